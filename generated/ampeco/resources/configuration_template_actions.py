"""The `configuration_template_actions` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Sequence, Union

from .. import types as _types
from .._base_client import Call, Endpoint, RequestOptions
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_streamed,
    raw,
    streamed,
)
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from ..types.configuration_template_actions import (
        TemplateBulkCreateVariablesRequest,
    )
    from ..types.params.configuration_template_actions import (
        TemplateBulkCreateVariablesRequestParam,
    )

__all__ = [
    "ConfigurationTemplateActions",
    "AsyncConfigurationTemplateActions",
    "ConfigurationTemplateActionsWithRawResponse",
    "AsyncConfigurationTemplateActionsWithRawResponse",
    "ConfigurationTemplateActionsWithStreamingResponse",
    "AsyncConfigurationTemplateActionsWithStreamingResponse",
]

_BULK_CREATE_VARIABLES: Endpoint[None] = Endpoint(
    "post",
    "/public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables",
    shapes={"body": lambda: List[_types.TemplateBulkCreateVariablesRequest]},
    body_required=True,
)


class ConfigurationTemplateActions(SyncAPIResource):
    """Commands on configuration templates."""

    def bulk_create_variables(
        self,
        template: int,
        *,
        body: Sequence[
            Union[
                TemplateBulkCreateVariablesRequestParam,
                TemplateBulkCreateVariablesRequest,
            ]
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Bulk Create Variables

        Add several variables to a configuration template at once.

        `POST /public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables` (operationId `configurationTemplateBulkCreateVariables`)

        Args:
            template: The `template` path parameter.
            body: The request body.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _BULK_CREATE_VARIABLES,
                path={"template": template},
                body=body,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncConfigurationTemplateActions(AsyncAPIResource):
    """Commands on configuration templates."""

    async def bulk_create_variables(
        self,
        template: int,
        *,
        body: Sequence[
            Union[
                TemplateBulkCreateVariablesRequestParam,
                TemplateBulkCreateVariablesRequest,
            ]
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Bulk Create Variables

        Add several variables to a configuration template at once.

        `POST /public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables` (operationId `configurationTemplateBulkCreateVariables`)

        Args:
            template: The `template` path parameter.
            body: The request body.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _BULK_CREATE_VARIABLES,
                path={"template": template},
                body=body,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
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
