"""The `charge_points` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Literal, Mapping, Optional, Union

from .. import types as _types
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
    from .._pagination import AsyncPaginator, SyncPage
    from ..types._shared import ChargePoint
    from ..types.charge_points import (
        ChargePointConfiguration,
        ChargePointConfigurationUpdateRequest,
        ChargePointSmartCharging,
        ChargePointSmartChargingUpdateRequest,
        ChargePointUpdateRequest,
        ChargePointsListingFilter,
        PersonalSmartChargingPreferences,
        PersonalSmartChargingPreferencesEnabled,
    )

__all__ = [
    "ChargePoints",
    "AsyncChargePoints",
    "ChargePointsWithRawResponse",
    "AsyncChargePointsWithRawResponse",
    "ChargePointsWithStreamingResponse",
    "AsyncChargePointsWithStreamingResponse",
]


class ChargePoints(SyncAPIResource):
    """Charge points, their smart charging and configuration."""

    def create(
        self,
        *,
        body: Union[ChargePoint, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Create

        Create a new charge point.

        `POST /public-api/resources/charge-points/v2.0` (operationId `chargePointCreate`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/resources/charge-points/v2.0",
                    response=lambda: _types.ChargePoint,
                    envelope="data",
                ),
                {},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def delete(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete

        Delete a charge point.

        `DELETE /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointDelete`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="delete",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def list(
        self,
        *,
        filter: Union[
            Union[ChargePointsListingFilter, Mapping[str, Any]], NotGiven
        ] = NOT_GIVEN,
        include: Union[
            List[
                Literal[
                    "lastBootNotification",
                    "chargingProfile",
                    "smartCharging",
                    "personalSmartChargingPreferences",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[ChargePoint]:
        """Charge Points / Listing

        Get all charge points, using cursor pagination.

        `GET /public-api/resources/charge-points/v2.0` (operationId `chargePointsListing`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/charge-points/v2.0",
                    response=lambda: _types.ChargePointPage,
                    page="cursor",
                ),
                {},
                [
                    ("filter", filter, "deepObject", True),
                    ("include", include, "deepObject", True),
                    ("per_page", per_page, "form", True),
                    ("cursor", cursor, "form", True),
                ],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def retrieve(
        self,
        charge_point: int,
        *,
        include: Union[
            List[Literal["lastBootNotification", "chargingProfile", "smartCharging"]],
            NotGiven,
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a single charge point.

        `GET /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointRead`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}",
                    response=lambda: _types.ChargePoint,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [
                    ("include", include, "deepObject", True),
                ],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def retrieve_personal_smart_charging_preferences(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonalSmartChargingPreferencesEnabled:
        """Charge Point / Personal smart charging preferences / Read

        Read the owner's smart charging preferences of a personal charge point.

        `GET /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences` (operationId `chargePointPersonalSmartChargingPreferencesRead`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences",
                    response=lambda: _types.PersonalSmartChargingPreferencesEnabled,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def retrieve_v1(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a single charge point. Deprecated, use the v2.0 endpoint instead.

        Deprecated. Use `charge_points.retrieve()` instead.

        `GET /public-api/resources/charge-points/v1.0/{chargePoint}` (operationId `chargePointReadDeprecated`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/charge-points/v1.0/{chargePoint}",
                    response=lambda: _types.ChargePoint,
                    envelope="data",
                    deprecated="charge_points.retrieve_v1() calls a deprecated operation (chargePointReadDeprecated); use charge_points.retrieve() instead",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def update(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointUpdateRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Update

        Partially update a charge point. Only the supplied fields change.

        `PATCH /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointUpdate`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="patch",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}",
                    response=lambda: _types.ChargePoint,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def update_configuration(
        self,
        charge_point: int,
        key: str,
        *,
        body: Union[ChargePointConfigurationUpdateRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointConfiguration:
        """Charge Point / Configuration / Update

        Change the value of a single configuration key.

        `PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}` (operationId `chargePointConfigurationUpdate`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="patch",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}",
                    response=lambda: _types.ChargePointConfiguration,
                    envelope="data",
                ),
                {"chargePoint": charge_point, "key": key},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def update_personal_smart_charging_preferences(
        self,
        charge_point: int,
        *,
        body: Union[PersonalSmartChargingPreferences, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonalSmartChargingPreferences:
        """Charge Point / Personal smart charging preferences / Update

        Replace the owner's smart charging preferences, or disable them.

        `POST /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences` (operationId `personalSmartChargingPreferencesUpdate`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences",
                    response=lambda: _types.PersonalSmartChargingPreferences,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def update_smart_charging(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointSmartChargingUpdateRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointSmartCharging:
        """Charge Point / Smart Charging / Update

        Set the smart charging mode and its settings for a charge point.

        `POST /public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging` (operationId `chargePointSmartChargingUpdate`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging",
                    response=lambda: _types.ChargePointSmartCharging,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class AsyncChargePoints(AsyncAPIResource):
    """Charge points, their smart charging and configuration."""

    async def create(
        self,
        *,
        body: Union[ChargePoint, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Create

        Create a new charge point.

        `POST /public-api/resources/charge-points/v2.0` (operationId `chargePointCreate`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/resources/charge-points/v2.0",
                    response=lambda: _types.ChargePoint,
                    envelope="data",
                ),
                {},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def delete(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete

        Delete a charge point.

        `DELETE /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointDelete`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="delete",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def list(
        self,
        *,
        filter: Union[
            Union[ChargePointsListingFilter, Mapping[str, Any]], NotGiven
        ] = NOT_GIVEN,
        include: Union[
            List[
                Literal[
                    "lastBootNotification",
                    "chargingProfile",
                    "smartCharging",
                    "personalSmartChargingPreferences",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[ChargePoint]:
        """Charge Points / Listing

        Get all charge points, using cursor pagination.

        `GET /public-api/resources/charge-points/v2.0` (operationId `chargePointsListing`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/charge-points/v2.0",
                    response=lambda: _types.ChargePointPage,
                    page="cursor",
                ),
                {},
                [
                    ("filter", filter, "deepObject", True),
                    ("include", include, "deepObject", True),
                    ("per_page", per_page, "form", True),
                    ("cursor", cursor, "form", True),
                ],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def retrieve(
        self,
        charge_point: int,
        *,
        include: Union[
            List[Literal["lastBootNotification", "chargingProfile", "smartCharging"]],
            NotGiven,
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a single charge point.

        `GET /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointRead`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}",
                    response=lambda: _types.ChargePoint,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [
                    ("include", include, "deepObject", True),
                ],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def retrieve_personal_smart_charging_preferences(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonalSmartChargingPreferencesEnabled:
        """Charge Point / Personal smart charging preferences / Read

        Read the owner's smart charging preferences of a personal charge point.

        `GET /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences` (operationId `chargePointPersonalSmartChargingPreferencesRead`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences",
                    response=lambda: _types.PersonalSmartChargingPreferencesEnabled,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def retrieve_v1(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a single charge point. Deprecated, use the v2.0 endpoint instead.

        Deprecated. Use `charge_points.retrieve()` instead.

        `GET /public-api/resources/charge-points/v1.0/{chargePoint}` (operationId `chargePointReadDeprecated`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/charge-points/v1.0/{chargePoint}",
                    response=lambda: _types.ChargePoint,
                    envelope="data",
                    deprecated="charge_points.retrieve_v1() calls a deprecated operation (chargePointReadDeprecated); use charge_points.retrieve() instead",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def update(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointUpdateRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Update

        Partially update a charge point. Only the supplied fields change.

        `PATCH /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointUpdate`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="patch",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}",
                    response=lambda: _types.ChargePoint,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def update_configuration(
        self,
        charge_point: int,
        key: str,
        *,
        body: Union[ChargePointConfigurationUpdateRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointConfiguration:
        """Charge Point / Configuration / Update

        Change the value of a single configuration key.

        `PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}` (operationId `chargePointConfigurationUpdate`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="patch",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}",
                    response=lambda: _types.ChargePointConfiguration,
                    envelope="data",
                ),
                {"chargePoint": charge_point, "key": key},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def update_personal_smart_charging_preferences(
        self,
        charge_point: int,
        *,
        body: Union[PersonalSmartChargingPreferences, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonalSmartChargingPreferences:
        """Charge Point / Personal smart charging preferences / Update

        Replace the owner's smart charging preferences, or disable them.

        `POST /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences` (operationId `personalSmartChargingPreferencesUpdate`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences",
                    response=lambda: _types.PersonalSmartChargingPreferences,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def update_smart_charging(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointSmartChargingUpdateRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointSmartCharging:
        """Charge Point / Smart Charging / Update

        Set the smart charging mode and its settings for a charge point.

        `POST /public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging` (operationId `chargePointSmartChargingUpdate`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging",
                    response=lambda: _types.ChargePointSmartCharging,
                    envelope="data",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class ChargePointsWithRawResponse:
    """`client.with_raw_response.charge_points`: each method returns an `APIResponse` of its result."""

    def __init__(self, resource: ChargePoints) -> None:
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.retrieve_personal_smart_charging_preferences = raw(
            resource.retrieve_personal_smart_charging_preferences
        )
        self.retrieve_v1 = raw(resource.retrieve_v1)
        self.update = raw(resource.update)
        self.update_configuration = raw(resource.update_configuration)
        self.update_personal_smart_charging_preferences = raw(
            resource.update_personal_smart_charging_preferences
        )
        self.update_smart_charging = raw(resource.update_smart_charging)


class AsyncChargePointsWithRawResponse:
    """`client.with_raw_response.charge_points` of the async client."""

    def __init__(self, resource: AsyncChargePoints) -> None:
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list = async_raw_page(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.retrieve_personal_smart_charging_preferences = async_raw(
            resource.retrieve_personal_smart_charging_preferences
        )
        self.retrieve_v1 = async_raw(resource.retrieve_v1)
        self.update = async_raw(resource.update)
        self.update_configuration = async_raw(resource.update_configuration)
        self.update_personal_smart_charging_preferences = async_raw(
            resource.update_personal_smart_charging_preferences
        )
        self.update_smart_charging = async_raw(resource.update_smart_charging)


class ChargePointsWithStreamingResponse:
    """`client.with_streaming_response.charge_points`: `with method(...) as response:`, the body unread."""

    def __init__(self, resource: ChargePoints) -> None:
        self.create = streamed(resource.create)
        self.delete = streamed(resource.delete)
        self.list = streamed(resource.list)
        self.retrieve = streamed(resource.retrieve)
        self.retrieve_personal_smart_charging_preferences = streamed(
            resource.retrieve_personal_smart_charging_preferences
        )
        self.retrieve_v1 = streamed(resource.retrieve_v1)
        self.update = streamed(resource.update)
        self.update_configuration = streamed(resource.update_configuration)
        self.update_personal_smart_charging_preferences = streamed(
            resource.update_personal_smart_charging_preferences
        )
        self.update_smart_charging = streamed(resource.update_smart_charging)


class AsyncChargePointsWithStreamingResponse:
    """`client.with_streaming_response.charge_points` of the async client: `async with`."""

    def __init__(self, resource: AsyncChargePoints) -> None:
        self.create = async_streamed(resource.create)
        self.delete = async_streamed(resource.delete)
        self.list = async_streamed_page(resource.list)
        self.retrieve = async_streamed(resource.retrieve)
        self.retrieve_personal_smart_charging_preferences = async_streamed(
            resource.retrieve_personal_smart_charging_preferences
        )
        self.retrieve_v1 = async_streamed(resource.retrieve_v1)
        self.update = async_streamed(resource.update)
        self.update_configuration = async_streamed(resource.update_configuration)
        self.update_personal_smart_charging_preferences = async_streamed(
            resource.update_personal_smart_charging_preferences
        )
        self.update_smart_charging = async_streamed(resource.update_smart_charging)
