"""The `configuration_template_actions` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union

from .._base_client import Call, Endpoint, RequestOptions
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_page,
    async_streamed,
    async_streamed_page,
    raw,
    streamed,
)
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from ..types.configuration_template_actions import (
        TemplateBulkCreateVariablesRequest,
    )

__all__ = [
    "ConfigurationTemplateActions",
    "AsyncConfigurationTemplateActions",
    "ConfigurationTemplateActionsWithRawResponse",
    "AsyncConfigurationTemplateActionsWithRawResponse",
    "ConfigurationTemplateActionsWithStreamingResponse",
    "AsyncConfigurationTemplateActionsWithStreamingResponse",
]


class ConfigurationTemplateActions(SyncAPIResource):
    """Commands on configuration templates."""

    def bulk_create_variables(
        self,
        template: int,
        *,
        body: List[TemplateBulkCreateVariablesRequest],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Bulk Create Variables

        Add several variables to a configuration template at once.

        `POST /public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables` (operationId `configurationTemplateBulkCreateVariables`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables",
                ),
                {"template": template},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class AsyncConfigurationTemplateActions(AsyncAPIResource):
    """Commands on configuration templates."""

    async def bulk_create_variables(
        self,
        template: int,
        *,
        body: List[TemplateBulkCreateVariablesRequest],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Bulk Create Variables

        Add several variables to a configuration template at once.

        `POST /public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables` (operationId `configurationTemplateBulkCreateVariables`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables",
                ),
                {"template": template},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class ConfigurationTemplateActionsWithRawResponse:
    """`client.with_raw_response.configuration_template_actions`: each method returns an `APIResponse` of its result."""

    def __init__(self, resource: ConfigurationTemplateActions) -> None:
        self.bulk_create_variables = raw(resource.bulk_create_variables)


class AsyncConfigurationTemplateActionsWithRawResponse:
    """`client.with_raw_response.configuration_template_actions` of the async client."""

    def __init__(self, resource: AsyncConfigurationTemplateActions) -> None:
        self.bulk_create_variables = async_raw(resource.bulk_create_variables)


class ConfigurationTemplateActionsWithStreamingResponse:
    """`client.with_streaming_response.configuration_template_actions`: `with method(...) as response:`, the body unread."""

    def __init__(self, resource: ConfigurationTemplateActions) -> None:
        self.bulk_create_variables = streamed(resource.bulk_create_variables)


class AsyncConfigurationTemplateActionsWithStreamingResponse:
    """`client.with_streaming_response.configuration_template_actions` of the async client: `async with`."""

    def __init__(self, resource: AsyncConfigurationTemplateActions) -> None:
        self.bulk_create_variables = async_streamed(resource.bulk_create_variables)
