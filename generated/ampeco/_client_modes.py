"""`client.with_raw_response` and `client.with_streaming_response`: the resources in raw and streaming mode.

Imported when a mode is first used, so building a client does not define these classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncAmpeco, Ampeco
    from .resources.charge_point_actions import (
        AsyncChargePointActionsWithRawResponse,
        AsyncChargePointActionsWithStreamingResponse,
        ChargePointActionsWithRawResponse,
        ChargePointActionsWithStreamingResponse,
    )
    from .resources.charge_points import (
        AsyncChargePointsWithRawResponse,
        AsyncChargePointsWithStreamingResponse,
        ChargePointsWithRawResponse,
        ChargePointsWithStreamingResponse,
    )
    from .resources.configuration_template_actions import (
        AsyncConfigurationTemplateActionsWithRawResponse,
        AsyncConfigurationTemplateActionsWithStreamingResponse,
        ConfigurationTemplateActionsWithRawResponse,
        ConfigurationTemplateActionsWithStreamingResponse,
    )
    from .resources.locations import (
        AsyncLocationsWithRawResponse,
        AsyncLocationsWithStreamingResponse,
        LocationsWithRawResponse,
        LocationsWithStreamingResponse,
    )
    from .resources.notifications import (
        AsyncNotificationsWithRawResponse,
        AsyncNotificationsWithStreamingResponse,
        NotificationsWithRawResponse,
        NotificationsWithStreamingResponse,
    )
    from .resources.payment_terminals import (
        AsyncPaymentTerminalsWithRawResponse,
        AsyncPaymentTerminalsWithStreamingResponse,
        PaymentTerminalsWithRawResponse,
        PaymentTerminalsWithStreamingResponse,
    )
    from .resources.sessions import (
        AsyncSessionsWithRawResponse,
        AsyncSessionsWithStreamingResponse,
        SessionsWithRawResponse,
        SessionsWithStreamingResponse,
    )
    from .resources.tariff_groups import (
        AsyncTariffGroupsWithRawResponse,
        AsyncTariffGroupsWithStreamingResponse,
        TariffGroupsWithRawResponse,
        TariffGroupsWithStreamingResponse,
    )

__all__ = [
    "AmpecoWithRawResponse",
    "AsyncAmpecoWithRawResponse",
    "AmpecoWithStreamingResponse",
    "AsyncAmpecoWithStreamingResponse",
]


class AmpecoWithRawResponse:
    """`client.with_raw_response`: each method returns an `APIResponse` of what it would return."""

    def __init__(self, client: Ampeco) -> None:
        self._client = client  # a copy of the client in raw-response mode

    @property
    def charge_point_actions(self) -> ChargePointActionsWithRawResponse:
        from .resources.charge_point_actions import ChargePointActionsWithRawResponse

        return ChargePointActionsWithRawResponse(self._client.charge_point_actions)

    @property
    def charge_points(self) -> ChargePointsWithRawResponse:
        from .resources.charge_points import ChargePointsWithRawResponse

        return ChargePointsWithRawResponse(self._client.charge_points)

    @property
    def configuration_template_actions(
        self,
    ) -> ConfigurationTemplateActionsWithRawResponse:
        from .resources.configuration_template_actions import (
            ConfigurationTemplateActionsWithRawResponse,
        )

        return ConfigurationTemplateActionsWithRawResponse(
            self._client.configuration_template_actions
        )

    @property
    def locations(self) -> LocationsWithRawResponse:
        from .resources.locations import LocationsWithRawResponse

        return LocationsWithRawResponse(self._client.locations)

    @property
    def notifications(self) -> NotificationsWithRawResponse:
        from .resources.notifications import NotificationsWithRawResponse

        return NotificationsWithRawResponse(self._client.notifications)

    @property
    def payment_terminals(self) -> PaymentTerminalsWithRawResponse:
        from .resources.payment_terminals import PaymentTerminalsWithRawResponse

        return PaymentTerminalsWithRawResponse(self._client.payment_terminals)

    @property
    def sessions(self) -> SessionsWithRawResponse:
        from .resources.sessions import SessionsWithRawResponse

        return SessionsWithRawResponse(self._client.sessions)

    @property
    def tariff_groups(self) -> TariffGroupsWithRawResponse:
        from .resources.tariff_groups import TariffGroupsWithRawResponse

        return TariffGroupsWithRawResponse(self._client.tariff_groups)


class AsyncAmpecoWithRawResponse:
    """`client.with_raw_response` of the async client: each method returns an awaitable `APIResponse`."""

    def __init__(self, client: AsyncAmpeco) -> None:
        self._client = client

    @property
    def charge_point_actions(self) -> AsyncChargePointActionsWithRawResponse:
        from .resources.charge_point_actions import (
            AsyncChargePointActionsWithRawResponse,
        )

        return AsyncChargePointActionsWithRawResponse(self._client.charge_point_actions)

    @property
    def charge_points(self) -> AsyncChargePointsWithRawResponse:
        from .resources.charge_points import AsyncChargePointsWithRawResponse

        return AsyncChargePointsWithRawResponse(self._client.charge_points)

    @property
    def configuration_template_actions(
        self,
    ) -> AsyncConfigurationTemplateActionsWithRawResponse:
        from .resources.configuration_template_actions import (
            AsyncConfigurationTemplateActionsWithRawResponse,
        )

        return AsyncConfigurationTemplateActionsWithRawResponse(
            self._client.configuration_template_actions
        )

    @property
    def locations(self) -> AsyncLocationsWithRawResponse:
        from .resources.locations import AsyncLocationsWithRawResponse

        return AsyncLocationsWithRawResponse(self._client.locations)

    @property
    def notifications(self) -> AsyncNotificationsWithRawResponse:
        from .resources.notifications import AsyncNotificationsWithRawResponse

        return AsyncNotificationsWithRawResponse(self._client.notifications)

    @property
    def payment_terminals(self) -> AsyncPaymentTerminalsWithRawResponse:
        from .resources.payment_terminals import AsyncPaymentTerminalsWithRawResponse

        return AsyncPaymentTerminalsWithRawResponse(self._client.payment_terminals)

    @property
    def sessions(self) -> AsyncSessionsWithRawResponse:
        from .resources.sessions import AsyncSessionsWithRawResponse

        return AsyncSessionsWithRawResponse(self._client.sessions)

    @property
    def tariff_groups(self) -> AsyncTariffGroupsWithRawResponse:
        from .resources.tariff_groups import AsyncTariffGroupsWithRawResponse

        return AsyncTariffGroupsWithRawResponse(self._client.tariff_groups)


class AmpecoWithStreamingResponse:
    """`client.with_streaming_response`: each method is a context manager giving the response unread."""

    def __init__(self, client: Ampeco) -> None:
        self._client = client  # a copy of the client in streaming mode

    @property
    def charge_point_actions(self) -> ChargePointActionsWithStreamingResponse:
        from .resources.charge_point_actions import (
            ChargePointActionsWithStreamingResponse,
        )

        return ChargePointActionsWithStreamingResponse(
            self._client.charge_point_actions
        )

    @property
    def charge_points(self) -> ChargePointsWithStreamingResponse:
        from .resources.charge_points import ChargePointsWithStreamingResponse

        return ChargePointsWithStreamingResponse(self._client.charge_points)

    @property
    def configuration_template_actions(
        self,
    ) -> ConfigurationTemplateActionsWithStreamingResponse:
        from .resources.configuration_template_actions import (
            ConfigurationTemplateActionsWithStreamingResponse,
        )

        return ConfigurationTemplateActionsWithStreamingResponse(
            self._client.configuration_template_actions
        )

    @property
    def locations(self) -> LocationsWithStreamingResponse:
        from .resources.locations import LocationsWithStreamingResponse

        return LocationsWithStreamingResponse(self._client.locations)

    @property
    def notifications(self) -> NotificationsWithStreamingResponse:
        from .resources.notifications import NotificationsWithStreamingResponse

        return NotificationsWithStreamingResponse(self._client.notifications)

    @property
    def payment_terminals(self) -> PaymentTerminalsWithStreamingResponse:
        from .resources.payment_terminals import PaymentTerminalsWithStreamingResponse

        return PaymentTerminalsWithStreamingResponse(self._client.payment_terminals)

    @property
    def sessions(self) -> SessionsWithStreamingResponse:
        from .resources.sessions import SessionsWithStreamingResponse

        return SessionsWithStreamingResponse(self._client.sessions)

    @property
    def tariff_groups(self) -> TariffGroupsWithStreamingResponse:
        from .resources.tariff_groups import TariffGroupsWithStreamingResponse

        return TariffGroupsWithStreamingResponse(self._client.tariff_groups)


class AsyncAmpecoWithStreamingResponse:
    """`client.with_streaming_response` of the async client: each method is an async context manager."""

    def __init__(self, client: AsyncAmpeco) -> None:
        self._client = client

    @property
    def charge_point_actions(self) -> AsyncChargePointActionsWithStreamingResponse:
        from .resources.charge_point_actions import (
            AsyncChargePointActionsWithStreamingResponse,
        )

        return AsyncChargePointActionsWithStreamingResponse(
            self._client.charge_point_actions
        )

    @property
    def charge_points(self) -> AsyncChargePointsWithStreamingResponse:
        from .resources.charge_points import AsyncChargePointsWithStreamingResponse

        return AsyncChargePointsWithStreamingResponse(self._client.charge_points)

    @property
    def configuration_template_actions(
        self,
    ) -> AsyncConfigurationTemplateActionsWithStreamingResponse:
        from .resources.configuration_template_actions import (
            AsyncConfigurationTemplateActionsWithStreamingResponse,
        )

        return AsyncConfigurationTemplateActionsWithStreamingResponse(
            self._client.configuration_template_actions
        )

    @property
    def locations(self) -> AsyncLocationsWithStreamingResponse:
        from .resources.locations import AsyncLocationsWithStreamingResponse

        return AsyncLocationsWithStreamingResponse(self._client.locations)

    @property
    def notifications(self) -> AsyncNotificationsWithStreamingResponse:
        from .resources.notifications import AsyncNotificationsWithStreamingResponse

        return AsyncNotificationsWithStreamingResponse(self._client.notifications)

    @property
    def payment_terminals(self) -> AsyncPaymentTerminalsWithStreamingResponse:
        from .resources.payment_terminals import (
            AsyncPaymentTerminalsWithStreamingResponse,
        )

        return AsyncPaymentTerminalsWithStreamingResponse(
            self._client.payment_terminals
        )

    @property
    def sessions(self) -> AsyncSessionsWithStreamingResponse:
        from .resources.sessions import AsyncSessionsWithStreamingResponse

        return AsyncSessionsWithStreamingResponse(self._client.sessions)

    @property
    def tariff_groups(self) -> AsyncTariffGroupsWithStreamingResponse:
        from .resources.tariff_groups import AsyncTariffGroupsWithStreamingResponse

        return AsyncTariffGroupsWithStreamingResponse(self._client.tariff_groups)
