"""The `PersonalSmartChargingPreferences` type, and the types that only it uses or that refer back to it."""

from typing import Annotated, Union

from pydantic import Tag

from ..._models import BaseModel, Inferred, by_property
from .personal_smart_charging_preferences_charger_electricity_rate import (
    PersonalSmartChargingPreferencesChargerElectricityRate,
)
from .personal_smart_charging_preferences_nord_pool import (
    PersonalSmartChargingPreferencesNordPool,
)
from .personal_smart_charging_preferences_octopus_agile import (
    PersonalSmartChargingPreferencesOctopusAgile,
)
from .personal_smart_charging_preferences_octopus_go import (
    PersonalSmartChargingPreferencesOctopusGo,
)
from .personal_smart_charging_preferences_solar import (
    PersonalSmartChargingPreferencesSolar,
)
from .personal_smart_charging_preferences_user_controlled_schedule import (
    PersonalSmartChargingPreferencesUserControlledSchedule,
)

__all__ = [
    "PersonalSmartChargingPreferencesDisabled",
    "PersonalSmartChargingPreferences",
]


class PersonalSmartChargingPreferencesDisabled(BaseModel):
    """Disabled"""

    enabled: bool
    """Send false to switch personal smart charging off."""


PersonalSmartChargingPreferences = Annotated[
    Union[
        Annotated[
            PersonalSmartChargingPreferencesUserControlledSchedule,
            Tag("PersonalSmartChargingPreferencesUserControlledSchedule"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesSolar,
            Tag("PersonalSmartChargingPreferencesSolar"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesOctopusAgile,
            Tag("PersonalSmartChargingPreferencesOctopusAgile"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesOctopusGo,
            Tag("PersonalSmartChargingPreferencesOctopusGo"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesNordPool,
            Tag("PersonalSmartChargingPreferencesNordPool"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesChargerElectricityRate,
            Tag("PersonalSmartChargingPreferencesChargerElectricityRate"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesDisabled,
            Tag("PersonalSmartChargingPreferencesDisabled"),
        ],
    ],
    Inferred(
        by_property(
            "type",
            {
                "user_controlled_schedule": "PersonalSmartChargingPreferencesUserControlledSchedule",
                "solar": "PersonalSmartChargingPreferencesSolar",
                "octopus_agile": "PersonalSmartChargingPreferencesOctopusAgile",
                "octopus_go": "PersonalSmartChargingPreferencesOctopusGo",
                "nordpool": "PersonalSmartChargingPreferencesNordPool",
                "charger_electricity_rate": "PersonalSmartChargingPreferencesChargerElectricityRate",
            },
            (
                (
                    "PersonalSmartChargingPreferencesUserControlledSchedule",
                    ("type", "preferences"),
                    ("enabled", "type", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesSolar",
                    ("type", "preferences"),
                    ("enabled", "type", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesOctopusAgile",
                    ("type", "preferences", "integrationId"),
                    ("enabled", "type", "integrationId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesOctopusGo",
                    ("type", "preferences", "integrationId"),
                    ("enabled", "type", "integrationId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesNordPool",
                    ("type",),
                    ("enabled", "type", "integrationId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesChargerElectricityRate",
                    ("type", "electricityRateId", "preferences"),
                    ("enabled", "type", "electricityRateId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesDisabled",
                    ("enabled",),
                    ("enabled",),
                ),
            ),
            fallback="PersonalSmartChargingPreferencesDisabled",
        )
    ),
]
