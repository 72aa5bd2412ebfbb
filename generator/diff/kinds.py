"""Every kind of change the diff reports, with what it means.

A kind is "<what>.<event>". `ADDITIONS` are the kinds that grow the SDK's public surface
(they make a release at least a minor one).
"""

from __future__ import annotations

KINDS: dict[str, str] = {
    # operations and their SDK accessors
    "operation.added": "a new operation (a new SDK method)",
    "operation.removed": "an operation is gone (its SDK method too)",
    "operation.deprecated": "an operation is now deprecated",
    "operation.undeprecated": "an operation is no longer deprecated",
    "operation.endpoint_changed": "same operationId, different HTTP method or path",
    "operation.id_changed": "same method and path, different operationId",
    "operation.accessor_changed": "the SDK method moved or was renamed (resource.method_name)",
    "operation.pagination_changed": "the SDK method starts or stops returning a page",
    "operation.return_type_changed": "the SDK method returns another type (its primary 2xx response changed)",
    "operation.security_changed": "the operation's own security requirements changed",
    # parameters (SDK arguments)
    "parameter.added": "a new parameter (a new SDK argument)",
    "parameter.removed": "a parameter is gone (its SDK argument too)",
    "parameter.became_required": "a parameter is now required",
    "parameter.became_optional": "a parameter is now optional",
    "parameter.type_changed": "a parameter's type changed",
    "parameter.format_changed": "a parameter's format changed",
    "parameter.became_nullable": "a parameter now accepts null",
    "parameter.became_non_nullable": "a parameter no longer accepts null",
    "parameter.renamed": "the SDK argument name of a parameter changed (py_name)",
    "parameter.wire_name_changed": "a parameter's wire name changed, its SDK argument name did not",
    "parameter.reordered": "positional (path) arguments changed order",
    "parameter.deprecated": "a parameter is now deprecated",
    # request bodies (the `body` argument)
    "request_body.added": "the operation now takes a body",
    "request_body.removed": "the operation no longer takes a body",
    "request_body.became_required": "the body is now required",
    "request_body.became_optional": "the body is now optional",
    "request_body.type_changed": "the body's type changed",
    "request_body.format_changed": "the body's format changed",
    "request_body.became_nullable": "the body may now be null",
    "request_body.became_non_nullable": "the body may no longer be null",
    "request_body.content_type_changed": "the body's media type changed",
    # responses
    "response.added": "a new response status",
    "response.removed": "a response status is gone",
    "response.type_changed": "a response's type changed",
    "response.format_changed": "a response's format changed",
    "response.became_nullable": "a response may now be null",
    "response.became_non_nullable": "a response is no longer null",
    "response.content_type_changed": "a response's media type changed",
    # models and their fields
    "model.added": "a new model class",
    "model.removed": "a model class is gone",
    "model.renamed": "same schema, different class name",
    "model.module_changed": "a model class moved to another generated module",
    "field.added": "a new field",
    "field.removed": "a field is gone",
    "field.became_required": "a field is now required",
    "field.became_optional": "a field is now optional",
    "field.type_changed": "a field's type changed",
    "field.format_changed": "a field's format changed",
    "field.became_nullable": "a field may now be null",
    "field.became_non_nullable": "a field may no longer be null",
    "field.renamed": "the Python attribute name of a field changed (py_name)",
    "field.wire_name_changed": "a field's wire name changed, its Python attribute name did not",
    "field.deprecated": "a field is now deprecated",
    # enums
    "enum.added": "a new enum class",
    "enum.removed": "an enum class is gone",
    "enum.renamed": "same schema, different class name",
    "enum.module_changed": "an enum class moved to another generated module",
    "enum.value_added": "an enum gained a value",
    "enum.value_removed": "an enum lost a value",
    "enum.member_renamed": "the Python member name of an enum value changed",
    "enum.type_changed": "an enum's value type changed",
    # unions
    "union.added": "a new union type",
    "union.removed": "a union type is gone",
    "union.renamed": "same schema, different type name",
    "union.module_changed": "a union type moved to another generated module",
    "union.variant_added": "a union gained a variant",
    "union.variant_removed": "a union lost a variant",
    "union.strategy_changed": "the SDK tells the variants apart another way",
    # resources (SDK modules and client attributes)
    "resource.added": "a new resource (client attribute and module)",
    "resource.removed": "a resource is gone (client attribute and module)",
    # servers and security
    "server.added": "a new server",
    "server.removed": "a server is gone",
    "server.default_changed": "the first server (the SDK's default base URL) changed",
    "server.variable_added": "a server URL variable was added",
    "server.variable_removed": "a server URL variable is gone",
    "server.variable_default_changed": "a server URL variable's default changed",
    "security.scheme_added": "a new security scheme",
    "security.scheme_removed": "a security scheme is gone",
    "security.scheme_changed": "a security scheme works differently",
    "security.requirements_changed": "the API-wide security requirements changed",
}

ADDITIONS = frozenset(
    {
        "operation.added",
        "parameter.added",
        "request_body.added",
        "response.added",
        "model.added",
        "field.added",
        "enum.added",
        "enum.value_added",
        "union.added",
        "union.variant_added",
        "resource.added",
        "server.added",
        "server.variable_added",
        "security.scheme_added",
    }
)

# Changes that leave every definition where it was: which module holds a class depends only on
# which resources reach it (and whether it is a component), so these cannot move a class.
# fmt: off
CANNOT_MOVE_CLASSES = frozenset(
    {
        "operation.deprecated", "operation.undeprecated", "operation.endpoint_changed", "operation.id_changed",
        "operation.pagination_changed", "operation.security_changed", "parameter.became_required",
        "parameter.became_optional", "parameter.became_nullable", "parameter.became_non_nullable",
        "parameter.format_changed", "parameter.renamed", "parameter.wire_name_changed", "parameter.reordered",
        "parameter.deprecated", "request_body.became_required", "request_body.became_optional",
        "request_body.content_type_changed", "response.content_type_changed", "field.became_required",
        "field.became_optional", "field.became_nullable", "field.became_non_nullable", "field.format_changed",
        "field.renamed", "field.wire_name_changed", "field.deprecated", "enum.value_added", "enum.value_removed",
        "enum.member_renamed", "enum.type_changed", "union.strategy_changed", "model.renamed", "enum.renamed",
        "union.renamed", "server.added", "server.removed", "server.default_changed", "server.variable_added",
        "server.variable_removed", "server.variable_default_changed", "security.scheme_added",
        "security.scheme_removed", "security.scheme_changed", "security.requirements_changed",
    }
)
# fmt: on
