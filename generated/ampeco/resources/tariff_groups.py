"""The `tariff_groups` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import types as _types
from .._base_client import Call, Endpoint, RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from ..types._shared import TariffGroup
    from ..types.tariff_groups import TariffGroupV1

__all__ = ["TariffGroups", "AsyncTariffGroups"]


class TariffGroups(SyncAPIResource):
    """Ordered groups of tariffs."""

    def update(
        self,
        tariff_group: int,
        *,
        body: Union[TariffGroup, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1:
        """Tariff Group / Update

        Replace a tariff group.

        `PUT /public-api/resources/tariff-groups/v1.0/{tariffGroup}` (operationId `tariffGroupUpdate`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="put",
                    path="/public-api/resources/tariff-groups/v1.0/{tariffGroup}",
                    response=lambda: _types.TariffGroupV1,
                    envelope="data",
                ),
                {"tariffGroup": tariff_group},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class AsyncTariffGroups(AsyncAPIResource):
    """Ordered groups of tariffs."""

    async def update(
        self,
        tariff_group: int,
        *,
        body: Union[TariffGroup, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1:
        """Tariff Group / Update

        Replace a tariff group.

        `PUT /public-api/resources/tariff-groups/v1.0/{tariffGroup}` (operationId `tariffGroupUpdate`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="put",
                    path="/public-api/resources/tariff-groups/v1.0/{tariffGroup}",
                    response=lambda: _types.TariffGroupV1,
                    envelope="data",
                ),
                {"tariffGroup": tariff_group},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )
