"""`Ampeco` and `AsyncAmpeco`: the entry points of the SDK."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, TypeVar

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
    from .resources.charge_point_actions import (
        ChargePointActions,
        AsyncChargePointActions,
    )
    from .resources.charge_points import ChargePoints, AsyncChargePoints
    from .resources.configuration_template_actions import (
        ConfigurationTemplateActions,
        AsyncConfigurationTemplateActions,
    )
    from .resources.locations import Locations, AsyncLocations
    from .resources.notifications import Notifications, AsyncNotifications
    from .resources.payment_terminals import PaymentTerminals, AsyncPaymentTerminals
    from .resources.sessions import Sessions, AsyncSessions
    from .resources.tariff_groups import TariffGroups, AsyncTariffGroups

__all__ = ["Ampeco", "AsyncAmpeco"]

SERVER_URL = "https://{tenantUrl}"
R = TypeVar("R")


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


class _ResourceCache:
    _resources: Dict[str, Any]

    def _resource(self, name: str, kind: Callable[[Any], R]) -> R:
        if name not in self._resources:
            self._resources[name] = kind(self)
        found: R = self._resources[name]
        return found

    @property
    def with_raw_response(self) -> Any:
        """The same client, whose methods return an `APIResponse` (status, headers, `.parse()`)."""
        raw = copy.copy(self)
        raw._raw = True  # type: ignore[attr-defined]
        raw._resources = {}
        return raw


class Ampeco(_ResourceCache, SyncAPIClient):
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
            http_client=http_client,
            strict_response_validation=strict_response_validation,
            retry_non_idempotent=retry_non_idempotent,
        )
        self._resources = {}

    @property
    def charge_point_actions(self) -> ChargePointActions:
        from .resources.charge_point_actions import ChargePointActions

        return self._resource("charge_point_actions", ChargePointActions)

    @property
    def charge_points(self) -> ChargePoints:
        from .resources.charge_points import ChargePoints

        return self._resource("charge_points", ChargePoints)

    @property
    def configuration_template_actions(self) -> ConfigurationTemplateActions:
        from .resources.configuration_template_actions import (
            ConfigurationTemplateActions,
        )

        return self._resource(
            "configuration_template_actions", ConfigurationTemplateActions
        )

    @property
    def locations(self) -> Locations:
        from .resources.locations import Locations

        return self._resource("locations", Locations)

    @property
    def notifications(self) -> Notifications:
        from .resources.notifications import Notifications

        return self._resource("notifications", Notifications)

    @property
    def payment_terminals(self) -> PaymentTerminals:
        from .resources.payment_terminals import PaymentTerminals

        return self._resource("payment_terminals", PaymentTerminals)

    @property
    def sessions(self) -> Sessions:
        from .resources.sessions import Sessions

        return self._resource("sessions", Sessions)

    @property
    def tariff_groups(self) -> TariffGroups:
        from .resources.tariff_groups import TariffGroups

        return self._resource("tariff_groups", TariffGroups)


class AsyncAmpeco(_ResourceCache, AsyncAPIClient):
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
            http_client=http_client,
            strict_response_validation=strict_response_validation,
            retry_non_idempotent=retry_non_idempotent,
        )
        self._resources = {}

    @property
    def charge_point_actions(self) -> AsyncChargePointActions:
        from .resources.charge_point_actions import AsyncChargePointActions

        return self._resource("charge_point_actions", AsyncChargePointActions)

    @property
    def charge_points(self) -> AsyncChargePoints:
        from .resources.charge_points import AsyncChargePoints

        return self._resource("charge_points", AsyncChargePoints)

    @property
    def configuration_template_actions(self) -> AsyncConfigurationTemplateActions:
        from .resources.configuration_template_actions import (
            AsyncConfigurationTemplateActions,
        )

        return self._resource(
            "configuration_template_actions", AsyncConfigurationTemplateActions
        )

    @property
    def locations(self) -> AsyncLocations:
        from .resources.locations import AsyncLocations

        return self._resource("locations", AsyncLocations)

    @property
    def notifications(self) -> AsyncNotifications:
        from .resources.notifications import AsyncNotifications

        return self._resource("notifications", AsyncNotifications)

    @property
    def payment_terminals(self) -> AsyncPaymentTerminals:
        from .resources.payment_terminals import AsyncPaymentTerminals

        return self._resource("payment_terminals", AsyncPaymentTerminals)

    @property
    def sessions(self) -> AsyncSessions:
        from .resources.sessions import AsyncSessions

        return self._resource("sessions", AsyncSessions)

    @property
    def tariff_groups(self) -> AsyncTariffGroups:
        from .resources.tariff_groups import AsyncTariffGroups

        return self._resource("tariff_groups", AsyncTariffGroups)
