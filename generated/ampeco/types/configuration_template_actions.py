"""Models used by the `configuration_template_actions` resource.

The classes are defined in `types/_defs`, one small module each, so that a call builds
only the classes it needs; import them from here or from `types`.
"""

from ._defs.template_bulk_create_variables_request import (
    TemplateBulkCreateVariablesRequest,
    VariablesConfigurationVariableForOcpp16,
    VariablesConfigurationVariableForOcpp201,
)

__all__ = [
    "VariablesConfigurationVariableForOcpp16",
    "VariablesConfigurationVariableForOcpp201",
    "TemplateBulkCreateVariablesRequest",
]
