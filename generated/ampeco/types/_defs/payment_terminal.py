"""The `PaymentTerminal` type, and the types that only it uses or that refer back to it."""

import decimal as _decimal
from typing import Annotated, Literal, Optional, Union

from pydantic import Field, Tag

from ..._models import BaseModel, Inferred, by_property

__all__ = [
    "PaymentTerminalPayter",
    "PaymentTerminalValina",
    "PaymentTerminalCrane",
    "PaymentTerminalAmpeco",
    "PaymentTerminal",
]


class PaymentTerminalPayter(BaseModel):
    """Payter"""

    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    name: str
    integration_id: Annotated[int, Field(alias="integrationId")]
    terminal_type: Annotated[
        Literal["Payter", "Valina", "Crane", "Ampeco"], Field(alias="terminalType")
    ]
    operator_id: Annotated[int, Field(alias="operatorId")]
    charge_point_id: Annotated[Optional[int], Field(alias="chargePointId")] = None
    serial_number: Annotated[str, Field(alias="serialNumber")]
    default_language: Annotated[str, Field(alias="defaultLanguage")]
    preauthorize_amount: Annotated[
        Optional[_decimal.Decimal], Field(alias="preauthorizeAmount")
    ] = None


class PaymentTerminalValina(BaseModel):
    """Valina"""

    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    name: str
    integration_id: Annotated[int, Field(alias="integrationId")]
    terminal_type: Annotated[
        Literal["Payter", "Valina", "Crane", "Ampeco"], Field(alias="terminalType")
    ]
    """Every terminal variant accepts all of these values."""
    operator_id: Annotated[int, Field(alias="operatorId")]
    charging_zone_id: Annotated[Optional[int], Field(alias="chargingZoneId")] = None
    """Give either `chargePointId` or this."""
    charge_point_id: Annotated[Optional[int], Field(alias="chargePointId")] = None
    """Give either `chargingZoneId` or this."""
    phone: str
    default_language: Annotated[str, Field(alias="defaultLanguage")]
    network_status: Annotated[
        Optional[Literal["online", "offline", "unknown"]], Field(alias="networkStatus")
    ] = None
    """Read-only: sent by the server, ignored in requests."""
    present_card_on_stop_session: Annotated[
        Optional[bool], Field(alias="presentCardOnStopSession")
    ] = False


class PaymentTerminalCrane(BaseModel):
    """Crane"""

    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    name: str
    integration_id: Annotated[int, Field(alias="integrationId")]
    terminal_type: Annotated[
        Literal["Payter", "Valina", "Crane", "Ampeco"], Field(alias="terminalType")
    ]
    """Every terminal variant accepts all of these values."""
    operator_id: Annotated[int, Field(alias="operatorId")]
    charging_zone_id: Annotated[Optional[int], Field(alias="chargingZoneId")] = None
    """Give either `chargePointId` or this."""
    charge_point_id: Annotated[Optional[int], Field(alias="chargePointId")] = None
    """Give either `chargingZoneId` or this."""
    serial_number: Annotated[str, Field(alias="serialNumber")]
    external_id: Annotated[Optional[str], Field(alias="externalId")] = None


class PaymentTerminalAmpeco(BaseModel):
    """Ampeco"""

    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    name: str
    integration_id: Annotated[int, Field(alias="integrationId")]
    terminal_type: Annotated[
        Literal["Payter", "Valina", "Crane", "Ampeco"], Field(alias="terminalType")
    ]
    """Every terminal variant accepts all of these values."""
    operator_id: Annotated[int, Field(alias="operatorId")]
    charging_zone_id: Annotated[Optional[int], Field(alias="chargingZoneId")] = None
    """Give either `chargePointId` or this."""
    charge_point_id: Annotated[Optional[int], Field(alias="chargePointId")] = None
    """Give either `chargingZoneId` or this."""
    display_text: Annotated[Optional[str], Field(alias="displayText")] = None
    display_text_timeout: Annotated[
        Optional[int], Field(alias="displayTextTimeout")
    ] = None


PaymentTerminal = Annotated[
    Union[
        Annotated[PaymentTerminalPayter, Tag("PaymentTerminalPayter")],
        Annotated[PaymentTerminalValina, Tag("PaymentTerminalValina")],
        Annotated[PaymentTerminalCrane, Tag("PaymentTerminalCrane")],
        Annotated[PaymentTerminalAmpeco, Tag("PaymentTerminalAmpeco")],
    ],
    Inferred(
        by_property(
            "terminalType",
            {
                "Payter": "PaymentTerminalPayter",
                "Valina": "PaymentTerminalValina",
                "Crane": "PaymentTerminalCrane",
                "Ampeco": "PaymentTerminalAmpeco",
            },
            (
                (
                    "PaymentTerminalPayter",
                    (
                        "name",
                        "integrationId",
                        "terminalType",
                        "serialNumber",
                        "defaultLanguage",
                        "operatorId",
                    ),
                    (
                        "id",
                        "name",
                        "integrationId",
                        "terminalType",
                        "operatorId",
                        "chargePointId",
                        "serialNumber",
                        "defaultLanguage",
                        "preauthorizeAmount",
                    ),
                ),
                (
                    "PaymentTerminalValina",
                    (
                        "name",
                        "integrationId",
                        "terminalType",
                        "operatorId",
                        "phone",
                        "defaultLanguage",
                    ),
                    (
                        "id",
                        "name",
                        "integrationId",
                        "terminalType",
                        "operatorId",
                        "chargingZoneId",
                        "chargePointId",
                        "phone",
                        "defaultLanguage",
                        "networkStatus",
                        "presentCardOnStopSession",
                    ),
                ),
                (
                    "PaymentTerminalCrane",
                    (
                        "name",
                        "integrationId",
                        "terminalType",
                        "operatorId",
                        "serialNumber",
                    ),
                    (
                        "id",
                        "name",
                        "integrationId",
                        "terminalType",
                        "operatorId",
                        "chargingZoneId",
                        "chargePointId",
                        "serialNumber",
                        "externalId",
                    ),
                ),
                (
                    "PaymentTerminalAmpeco",
                    ("name", "integrationId", "terminalType", "operatorId"),
                    (
                        "id",
                        "name",
                        "integrationId",
                        "terminalType",
                        "operatorId",
                        "chargingZoneId",
                        "chargePointId",
                        "displayText",
                        "displayTextTimeout",
                    ),
                ),
            ),
        )
    ),
]
