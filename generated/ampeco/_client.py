"""`Ampeco` and `AsyncAmpeco`: the entry points of the SDK."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
    env,
    server_url,
)
from ._types import Timeout

if TYPE_CHECKING:
    from ._client_modes import (
        AsyncAmpecoWithRawResponse,
        AsyncAmpecoWithStreamingResponse,
        AmpecoWithRawResponse,
        AmpecoWithStreamingResponse,
    )
    from .resources.charge_point_actions import (
        AsyncChargePointActions,
        ChargePointActions,
    )
    from .resources.charge_points import AsyncChargePoints, ChargePoints
    from .resources.configuration_template_actions import (
        AsyncConfigurationTemplateActions,
        ConfigurationTemplateActions,
    )
    from .resources.locations import AsyncLocations, Locations
    from .resources.notifications import AsyncNotifications, Notifications
    from .resources.payment_terminals import AsyncPaymentTerminals, PaymentTerminals
    from .resources.sessions import AsyncSessions, Sessions
    from .resources.tariff_groups import AsyncTariffGroups, TariffGroups

__all__ = ["Ampeco", "AsyncAmpeco"]

SERVER_URL = "https://{tenantUrl}"


def _base_url(base_url: Optional[str], tenant_url: Optional[str]) -> str:
    given = base_url or env("AMPECO_BASE_URL")
    if given:
        return given
    return server_url(
        SERVER_URL,
        {
            "tenantUrl": (
                tenant_url or env("AMPECO_TENANT_URL"),
                "tenant_url",
                "AMPECO_TENANT_URL",
            ),
        },
        "AMPECO",
    )


class Ampeco(SyncAPIClient):
    """Client for the AMPECO.CHARGE Public API (compact).

    The API token and the server come from the arguments or, when not given, from the
    `AMPECO_API_TOKEN`, `AMPECO_TENANT_URL` and `AMPECO_BASE_URL` environment variables.
    """

    def __init__(
        self,
        *,
        api_token: Optional[str] = None,
        tenant_url: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, Any]] = None,
        http_client: Optional[httpx.Client] = None,
        strict_response_validation: bool = False,
        retry_non_idempotent: bool = False,
    ) -> None:
        super().__init__(
            api_token=api_token or env("AMPECO_API_TOKEN"),
            base_url=_base_url(base_url, tenant_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
            retry_non_idempotent=retry_non_idempotent,
        )

    @property
    def with_raw_response(self) -> AmpecoWithRawResponse:
        """The same resources, whose methods return an `APIResponse[T]` (status, headers, `.parse()` -> T)."""
        from ._client_modes import AmpecoWithRawResponse

        return AmpecoWithRawResponse(self._mode(raw=True))

    @property
    def with_streaming_response(self) -> AmpecoWithStreamingResponse:
        """The same resources, called as `with method(...) as response:`; the body is read on demand."""
        from ._client_modes import AmpecoWithStreamingResponse

        return AmpecoWithStreamingResponse(self._mode(raw=True, stream=True))

    @property
    def charge_point_actions(self) -> ChargePointActions:
        from .resources.charge_point_actions import ChargePointActions

        found: ChargePointActions = self._resource(
            "charge_point_actions", ChargePointActions
        )
        return found

    @property
    def charge_points(self) -> ChargePoints:
        from .resources.charge_points import ChargePoints

        found: ChargePoints = self._resource("charge_points", ChargePoints)
        return found

    @property
    def configuration_template_actions(self) -> ConfigurationTemplateActions:
        from .resources.configuration_template_actions import (
            ConfigurationTemplateActions,
        )

        found: ConfigurationTemplateActions = self._resource(
            "configuration_template_actions", ConfigurationTemplateActions
        )
        return found

    @property
    def locations(self) -> Locations:
        from .resources.locations import Locations

        found: Locations = self._resource("locations", Locations)
        return found

    @property
    def notifications(self) -> Notifications:
        from .resources.notifications import Notifications

        found: Notifications = self._resource("notifications", Notifications)
        return found

    @property
    def payment_terminals(self) -> PaymentTerminals:
        from .resources.payment_terminals import PaymentTerminals

        found: PaymentTerminals = self._resource("payment_terminals", PaymentTerminals)
        return found

    @property
    def sessions(self) -> Sessions:
        from .resources.sessions import Sessions

        found: Sessions = self._resource("sessions", Sessions)
        return found

    @property
    def tariff_groups(self) -> TariffGroups:
        from .resources.tariff_groups import TariffGroups

        found: TariffGroups = self._resource("tariff_groups", TariffGroups)
        return found


class AsyncAmpeco(AsyncAPIClient):
    """Async client for the AMPECO.CHARGE Public API (compact); same arguments as `Ampeco`."""

    def __init__(
        self,
        *,
        api_token: Optional[str] = None,
        tenant_url: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, Any]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        strict_response_validation: bool = False,
        retry_non_idempotent: bool = False,
    ) -> None:
        super().__init__(
            api_token=api_token or env("AMPECO_API_TOKEN"),
            base_url=_base_url(base_url, tenant_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
            retry_non_idempotent=retry_non_idempotent,
        )

    @property
    def with_raw_response(self) -> AsyncAmpecoWithRawResponse:
        """The same resources, whose methods return an `APIResponse[T]` (status, headers, `.parse()` -> T)."""
        from ._client_modes import AsyncAmpecoWithRawResponse

        return AsyncAmpecoWithRawResponse(self._mode(raw=True))

    @property
    def with_streaming_response(self) -> AsyncAmpecoWithStreamingResponse:
        """The same resources, called as `async with method(...) as response:`."""
        from ._client_modes import AsyncAmpecoWithStreamingResponse

        return AsyncAmpecoWithStreamingResponse(self._mode(raw=True, stream=True))

    @property
    def charge_point_actions(self) -> AsyncChargePointActions:
        from .resources.charge_point_actions import AsyncChargePointActions

        found: AsyncChargePointActions = self._resource(
            "charge_point_actions", AsyncChargePointActions
        )
        return found

    @property
    def charge_points(self) -> AsyncChargePoints:
        from .resources.charge_points import AsyncChargePoints

        found: AsyncChargePoints = self._resource("charge_points", AsyncChargePoints)
        return found

    @property
    def configuration_template_actions(self) -> AsyncConfigurationTemplateActions:
        from .resources.configuration_template_actions import (
            AsyncConfigurationTemplateActions,
        )

        found: AsyncConfigurationTemplateActions = self._resource(
            "configuration_template_actions", AsyncConfigurationTemplateActions
        )
        return found

    @property
    def locations(self) -> AsyncLocations:
        from .resources.locations import AsyncLocations

        found: AsyncLocations = self._resource("locations", AsyncLocations)
        return found

    @property
    def notifications(self) -> AsyncNotifications:
        from .resources.notifications import AsyncNotifications

        found: AsyncNotifications = self._resource("notifications", AsyncNotifications)
        return found

    @property
    def payment_terminals(self) -> AsyncPaymentTerminals:
        from .resources.payment_terminals import AsyncPaymentTerminals

        found: AsyncPaymentTerminals = self._resource(
            "payment_terminals", AsyncPaymentTerminals
        )
        return found

    @property
    def sessions(self) -> AsyncSessions:
        from .resources.sessions import AsyncSessions

        found: AsyncSessions = self._resource("sessions", AsyncSessions)
        return found

    @property
    def tariff_groups(self) -> AsyncTariffGroups:
        from .resources.tariff_groups import AsyncTariffGroups

        found: AsyncTariffGroups = self._resource("tariff_groups", AsyncTariffGroups)
        return found
