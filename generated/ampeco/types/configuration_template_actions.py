"""Models used by the `configuration_template_actions` resource."""

from typing import Annotated, Optional, Union

from pydantic import Field, Tag

from .._models import Inferred, Model, OpenEnum, by_keys

__all__ = [
    "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201VariableType",
    "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp16",
    "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201",
    "ConfigurationTemplateBulkCreateVariablesRequestItem",
]


class ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201VariableType(
    OpenEnum
):
    ACTUAL = "Actual"
    TARGET = "Target"
    MIN_SET = "MinSet"
    MAX_SET = "MaxSet"


class ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp16(
    Model
):
    """Configuration variable for OCPP 1.6"""

    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    key_name: Annotated[str, Field(alias="keyName")]
    value: str


class ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201(
    Model
):
    """Configuration variable for OCPP 2.0.1"""

    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    value: str
    variable_name: Annotated[str, Field(alias="variableName")]
    variable_type: Annotated[
        Optional[
            ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201VariableType
        ],
        Field(alias="variableType"),
    ] = None
    component: str
    component_instance: Annotated[Optional[str], Field(alias="componentInstance")] = (
        None
    )
    evse_id: Annotated[Optional[int], Field(alias="evseId")] = None


ConfigurationTemplateBulkCreateVariablesRequestItem = Annotated[
    Union[
        Annotated[
            ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp16,
            Tag(
                "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp16"
            ),
        ],
        Annotated[
            ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201,
            Tag(
                "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201"
            ),
        ],
    ],
    Inferred(
        by_keys(
            (
                (
                    "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp16",
                    ("keyName", "value"),
                    ("id", "keyName", "value"),
                ),
                (
                    "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201",
                    ("component", "variableName", "value"),
                    (
                        "id",
                        "value",
                        "variableName",
                        "variableType",
                        "component",
                        "componentInstance",
                        "evseId",
                    ),
                ),
            )
        )
    ),
]
