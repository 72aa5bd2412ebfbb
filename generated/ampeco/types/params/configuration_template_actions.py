"""Request dicts of the `configuration_template_actions` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Optional, TypeAlias, Union

from typing_extensions import Required, TypedDict

if TYPE_CHECKING:
    from ..configuration_template_actions import (
        VariablesConfigurationVariableForOcpp16,
        VariablesConfigurationVariableForOcpp201,
    )

__all__ = [
    "VariablesConfigurationVariableForOcpp16Param",
    "VariablesConfigurationVariableForOcpp201Param",
    "TemplateBulkCreateVariablesRequestParam",
]


class VariablesConfigurationVariableForOcpp16Param(TypedDict, total=False):
    """The `VariablesConfigurationVariableForOcpp16` a request sends, as a dict keyed by wire names."""

    keyName: Required[str]
    value: Required[str]


class VariablesConfigurationVariableForOcpp201Param(TypedDict, total=False):
    """The `VariablesConfigurationVariableForOcpp201` a request sends, as a dict keyed by wire names."""

    value: Required[str]
    variableName: Required[str]
    variableType: Optional[Literal["Actual", "Target", "MinSet", "MaxSet"]]
    component: Required[str]
    componentInstance: Optional[str]
    evseId: Optional[int]


TemplateBulkCreateVariablesRequestParam: TypeAlias = Union[
    "VariablesConfigurationVariableForOcpp16Param",
    "VariablesConfigurationVariableForOcpp16",
    "VariablesConfigurationVariableForOcpp201Param",
    "VariablesConfigurationVariableForOcpp201",
]
"""`TemplateBulkCreateVariablesRequest` as a request takes it: any of its variants, as a dict keyed by wire names or as a model."""
