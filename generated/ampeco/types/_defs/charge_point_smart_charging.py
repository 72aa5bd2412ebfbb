"""The `ChargePointSmartCharging` type."""

from typing import Annotated, Union

from pydantic import Tag

from ..._models import Inferred, by_property
from .smart_charging_disabled import SmartChargingDisabled
from .smart_charging_dynamic import SmartChargingDynamic
from .smart_charging_tod import SmartChargingTod
from .smart_charging_user_schedule import SmartChargingUserSchedule

__all__ = [
    "ChargePointSmartCharging",
]

ChargePointSmartCharging = Annotated[
    Union[
        Annotated[SmartChargingTod, Tag("SmartChargingTod")],
        Annotated[SmartChargingDynamic, Tag("SmartChargingDynamic")],
        Annotated[SmartChargingUserSchedule, Tag("SmartChargingUserSchedule")],
        Annotated[SmartChargingDisabled, Tag("SmartChargingDisabled")],
    ],
    Inferred(
        by_property(
            "mode",
            {
                "tod": "SmartChargingTod",
                "dynamic": "SmartChargingDynamic",
                "user_schedule": "SmartChargingUserSchedule",
                "disabled": "SmartChargingDisabled",
            },
            (
                (
                    "SmartChargingTod",
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "maxVoltage",
                        "phases",
                        "phaseRotation",
                    ),
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "circuitId",
                        "periods",
                        "preconditioningTime",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "electricalConfiguration",
                        "phases",
                        "phaseRotation",
                        "connectedPhase",
                    ),
                ),
                (
                    "SmartChargingDynamic",
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "maxVoltage",
                        "phases",
                        "phaseRotation",
                    ),
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "preconditioningTime",
                        "circuitId",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "electricalConfiguration",
                        "phases",
                        "phaseRotation",
                        "connectedPhase",
                    ),
                ),
                (
                    "SmartChargingUserSchedule",
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "phases",
                        "phaseRotation",
                    ),
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "preconditioningTime",
                        "circuitId",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "electricalConfiguration",
                        "phases",
                        "phaseRotation",
                        "allowDynamicLoadManagement",
                        "connectedPhase",
                    ),
                ),
                ("SmartChargingDisabled", ("mode",), ("mode", "preconditioningTime")),
            ),
        )
    ),
]
