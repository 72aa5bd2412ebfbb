"""The arguments of a generated method: what a caller passes, and under which names.

Path parameters come first, positionally. Everything else is keyword-only: the request
body's properties by their Python names (as Stainless SDKs take them), then the query and
header parameters, then `body=` for a caller who has the whole body at hand, then the
per-call options. An argument that is not required defaults to `NOT_GIVEN`, so leaving
it out, passing `None` (sent as `null`) and passing a value stay three different things.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import naming
from generator.emit import text
from generator.emit.params import RequestTypes, request_fields
from generator.emit.prose import markdown
from generator.emit.pytypes import annotation
from generator.ir import Api, Operation, Parameter
from generator.ir import types as t

OPTIONS = (
    ("extra_headers", "Optional[Mapping[str, str]] = None", "Headers to send besides the SDK's own."),
    ("extra_query", "Optional[Mapping[str, Any]] = None", "Query parameters to add to the URL."),
    ("extra_body", "Optional[Mapping[str, Any]] = None", "Properties to add to the JSON body."),
    ("timeout", "Union[Timeout, NotGiven] = NOT_GIVEN", "This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's."),
    ("max_retries", "Union[int, NotGiven] = NOT_GIVEN", "How often this call is retried, instead of the client's setting."),
)
_RESERVED = {"self", *(name for name, _, _ in OPTIONS)}
WHOLE_BODY = "body"  # the argument that takes the whole request body, unless a property is named so


@dataclass
class Argument:
    name: str  # the Python name
    wire: str  # the name on the wire
    annotation: str  # without NotGiven
    required: bool
    doc: str
    where: str  # path | query | header | field (a body property) | body (the whole body)
    # a required query or header parameter's default in the spec, as Python: sent when the
    # caller gives none (Pinecone's `X-Pinecone-Api-Version` on every method)
    default: str | None = None

    def line(self, required: bool | None = None) -> str:
        needed = self.required if required is None else required
        if needed and self.default is not None:
            return f"{self.name}: {self.annotation} = {self.default},"
        if needed:
            return f"{self.name}: {self.annotation},"
        return f"{self.name}: {_or_not_given(self.annotation)} = NOT_GIVEN,"


@dataclass
class Arguments:
    path: list[Argument]
    fields: list[Argument]  # body properties as keywords (a body that is an object with properties)
    params: list[Argument]  # query and header
    body: Argument | None  # the whole body

    @property
    def overloaded(self) -> bool:
        """Required body properties and `body=` exclude each other: one overload for each way."""
        return self.body is not None and any(f.required for f in self.fields)

    def keyword_form(self) -> list[str]:
        """The signature that takes the body's properties (required ones required)."""
        return self._lines(self.fields, with_body=False, fields_required=True)

    def body_form(self) -> list[str]:
        """The signature that takes `body=` instead."""
        return self._lines([], with_body=True, fields_required=False, body_required=True)

    def implementation(self) -> list[str]:
        """What the method's own signature accepts: either way, so every property may be left out."""
        return self._lines(self.fields, with_body=True, fields_required=not self.overloaded)

    def _lines(self, fields: list[Argument], with_body: bool, fields_required: bool, body_required: bool | None = None) -> list[str]:
        lines = [a.line() for a in self.path]
        lines.append("*,")
        keywords = [(a, a.required and fields_required) for a in fields] + [(a, a.required) for a in self.params]
        lines += [a.line(needed) for a, needed in keywords if needed and a.default is None]
        lines += [a.line(needed) for a, needed in keywords if not needed or a.default is not None]
        if with_body and self.body is not None:
            needed = self.body.required if body_required is None else body_required
            if self.fields and body_required is None:
                needed = False  # the properties may be given instead
            lines.append(self.body.line(needed))
        lines += [f"{name}: {text}," for name, text, _ in OPTIONS]
        return lines

    def documented(self) -> list[Argument]:
        return [*self.path, *self.fields, *self.params, *([self.body] if self.body else [])]


def arguments(api: Api, op: Operation, types: RequestTypes) -> Arguments:
    path = [_parameter(api, p, types) for p in op.parameters if p.location == "path"]
    params = [_parameter(api, p, types) for p in op.parameters if p.location in ("query", "header")]
    taken = _RESERVED | {a.name for a in (*path, *params)}
    fields: list[Argument] = []
    whole: Argument | None = None
    body = op.request_body
    if body is not None and body.type is not None:
        model = api.models.get(body.type.name or "") if body.type.kind == t.MODEL else None
        sent = request_fields(model.fields) if model is not None else []
        for f in sent:
            own = naming.argument_name(f.py_name)
            name = own if own not in taken else _free(f"{own}_body", taken)
            taken.add(name)
            doc = _doc(f.description, f.name, name, f.deprecated)
            if name != own:
                doc += f" (Named `{name}` here: `{own}` is another argument.)"
            # an optional body is sent whole or not at all: no property of it is required alone
            fields.append(Argument(name, f.name, types.annotation(f.type), f.required and body.required, doc, "field"))
        whole_doc = "The whole request body, instead of its properties." if sent else markdown(body.description or "")
        if not sent and body.type.kind == t.UNION:
            whole_doc = (whole_doc + " " if whole_doc else "") + "One of its variants, as a dict keyed by wire names or as a model."
        whole_doc = whole_doc or "The request body."
        # A property named `body` (an issue's text, a comment's) keeps its name: the API's word
        # wins over the SDK's own, which then takes `request_body`.
        whole_name = WHOLE_BODY if WHOLE_BODY not in taken else _free("request_body", taken)
        if whole_name != WHOLE_BODY:
            whole_doc += f" (Named `{whole_name}` here: `{WHOLE_BODY}` is one of its properties.)"
        whole = Argument(whole_name, "", types.annotation(body.type), body.required and not sent, whole_doc, "body")
    return Arguments(path, fields, params, whole)


def _parameter(api: Api, p: Parameter, types: RequestTypes) -> Argument:
    kind = annotation(p.type, api.enums) if p.location == "path" else types.annotation(p.type)
    where = {"query": "query parameter", "header": "header", "path": "path parameter"}[p.location]
    doc = _doc(p.description, p.name, p.py_name, p.deprecated, where)
    default = None
    if p.required and p.location != "path" and has_scalar_default(p):
        default = text.string(p.default) if isinstance(p.default, str) else repr(p.default)
        doc += f" Sent as `{p.default}` when not given."
    return Argument(p.py_name, p.name, kind, p.required, doc, p.location, default)


def has_scalar_default(p: Parameter) -> bool:
    """Whether a parameter's spec gives a default that one literal can say, of its own type
    (not the `default: 1` some specs give a string)."""
    if not p.has_default or p.type.nullable:
        return False
    value, kind = p.default, p.type
    if kind.kind == t.LITERAL:
        return bool(value == kind.value)
    if kind.kind != t.PRIMITIVE or kind.format in ("date", "date-time", "binary", "byte", "uuid", "decimal"):
        return False
    expected = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,)}.get(kind.primitive or "", ())
    return isinstance(value, expected) and (kind.primitive == "boolean" or not isinstance(value, bool))


def _doc(description: str | None, wire: str, name: str, deprecated: bool, where: str = "") -> str:
    text = markdown(description).strip() if description else ""
    if not text:
        text = f"The `{wire}` {where or 'property'}." if wire != name or where else f"The `{wire}` property."
    elif wire != name:
        text += f" (`{wire}` on the wire.)"
    if deprecated:
        text = "Deprecated. " + text
    return text


def _or_not_given(annotation_text: str) -> str:
    """`Union[A, B]` -> `Union[A, B, NotGiven]`, not a Union nested in a Union."""
    if annotation_text.startswith("Union[") and _closing(annotation_text, 5) == len(annotation_text) - 1:
        return f"{annotation_text[:-1]}, NotGiven]"
    return f"Union[{annotation_text}, NotGiven]"


def _closing(annotation_text: str, opening: int) -> int:
    depth = 0
    for index in range(opening, len(annotation_text)):
        depth += {"[": 1, "]": -1}.get(annotation_text[index], 0)
        if depth == 0:
            return index
    return -1


def _free(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}{n}", n + 1
    return candidate


def body_keywords(api: Api, op: Operation, body: object) -> dict[str, object] | None:
    """A body (a dict keyed by wire names) as the method's keyword arguments; None if it is not one."""
    fields = arguments(api, op, RequestTypes(api, {})).fields
    by_wire = {a.wire: a.name for a in fields}
    if not fields or not isinstance(body, dict) or any(key not in by_wire for key in body):
        return None
    return {by_wire[key]: value for key, value in body.items()}
