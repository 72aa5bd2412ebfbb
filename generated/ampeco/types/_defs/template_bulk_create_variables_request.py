"""The `TemplateBulkCreateVariablesRequest` type, and the types that only it uses or that refer back to it."""

from typing import Annotated, Literal, Optional, Union

from pydantic import Field, Tag

from ..._models import BaseModel, Inferred, by_keys

__all__ = [
    "VariablesConfigurationVariableForOcpp16",
    "VariablesConfigurationVariableForOcpp201",
    "TemplateBulkCreateVariablesRequest",
]


class VariablesConfigurationVariableForOcpp16(BaseModel):
    """Configuration variable for OCPP 1.6"""

    key_name: Annotated[str, Field(alias="keyName")]
    value: str


class VariablesConfigurationVariableForOcpp201(BaseModel):
    """Configuration variable for OCPP 2.0.1"""

    value: str
    variable_name: Annotated[str, Field(alias="variableName")]
    variable_type: Annotated[
        Optional[Literal["Actual", "Target", "MinSet", "MaxSet"]],
        Field(alias="variableType"),
    ] = None
    component: str
    component_instance: Annotated[Optional[str], Field(alias="componentInstance")] = (
        None
    )
    evse_id: Annotated[Optional[int], Field(alias="evseId")] = None


TemplateBulkCreateVariablesRequest = Annotated[
    Union[
        Annotated[
            VariablesConfigurationVariableForOcpp16,
            Tag("VariablesConfigurationVariableForOcpp16"),
        ],
        Annotated[
            VariablesConfigurationVariableForOcpp201,
            Tag("VariablesConfigurationVariableForOcpp201"),
        ],
    ],
    Inferred(
        by_keys(
            (
                (
                    "VariablesConfigurationVariableForOcpp16",
                    ("keyName", "value"),
                    ("id", "keyName", "value"),
                ),
                (
                    "VariablesConfigurationVariableForOcpp201",
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
