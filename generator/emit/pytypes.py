"""Python annotations for IR types. Computed here so templates only print strings."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from generator.emit import text
from generator.ir import EnumDef, TypeRef
from generator.ir import types as t

# Enums are written where they are used, as `Literal[...]` (as Stainless SDKs do): a plain
# string type-checks where the spec allows it, and no class is built for a value set.
Enums = Mapping[str, EnumDef]

# Module aliases start with "_" because a field may be named `date` or `decimal`, and a
# field name in a pydantic class body would shadow a bare imported name in annotations.
_STRING_FORMATS = {
    "date-time": "_dt.datetime",
    "date": "_dt.date",
    "time": "_dt.time",
    "decimal": "_decimal.Decimal",
}
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def annotation(ref: TypeRef, enums: Enums, optional: bool = False, later: AbstractSet[str] = frozenset()) -> str:
    """`later`: definitions not yet defined where the annotation is evaluated; they are quoted."""
    inner = _bare(ref, enums, later)
    if (ref.nullable or optional) and inner != "Any":
        return f"Optional[{inner}]"
    return inner


def literal(enum: EnumDef) -> str:
    return f"Literal[{', '.join(text.literal(v) for v in enum.values)}]"


def _bare(ref: TypeRef, enums: Enums, later: AbstractSet[str]) -> str:
    if ref.kind == t.PRIMITIVE:
        if ref.format == "decimal" and ref.primitive in ("number", "string", "integer"):
            return "_decimal.Decimal"
        if ref.primitive == "string" and ref.format in _STRING_FORMATS:
            return _STRING_FORMATS[ref.format]
        if ref.primitive == "string" and ref.format == "binary":
            return "bytes"
        return _PRIMITIVES.get(ref.primitive or "", "Any")
    if ref.kind == t.LIST:
        return f"List[{annotation(ref.item, enums, later=later) if ref.item else 'Any'}]"
    if ref.kind == t.MAP:
        return f"Dict[str, {annotation(ref.item, enums, later=later) if ref.item else 'Any'}]"
    if ref.kind == t.ENUM and ref.name is not None and ref.name in enums and enums[ref.name].origin != "component":
        return literal(enums[ref.name])
    if ref.kind in (t.MODEL, t.ENUM, t.UNION):
        return f'"{ref.name}"' if ref.name in later else str(ref.name)
    if ref.kind == t.LITERAL:
        return f"Literal[{ref.value!r}]"
    return "Any"


def named_refs(ref: TypeRef | None) -> list[str]:
    """Names of the definitions a type refers to (directly or through lists and maps)."""
    found: list[str] = []
    while ref is not None:
        if ref.kind in (t.MODEL, t.ENUM, t.UNION) and ref.name:
            found.append(ref.name)
        ref = ref.item
    return found


def emitted_refs(ref: TypeRef | None, enums: Enums) -> list[str]:
    """The named classes and aliases among `named_refs` (enums written inline are not)."""
    return [n for n in named_refs(ref) if n not in enums or enums[n].origin == "component"]


_WORD = re.compile(r"\w+")


def names_used(code: str, candidates: Sequence[str]) -> list[str]:
    """The `candidates` (typing names) that `code` uses as words, in the candidates' order."""
    words = set(_WORD.findall(code))
    return [name for name in candidates if name in words]


def mentions(code: str, name: str) -> bool:
    """Whether `code` uses `name` as a word (`Any`, not `AnyOf`); the substring test first
    spares the regex on most modules, which never name it."""
    return name in code and re.search(rf"\b{re.escape(name)}\b", code) is not None


def stdlib_modules(annotation_text: str) -> set[str]:
    needed = set()
    if "_dt." in annotation_text:
        needed.add("datetime")
    if "_decimal." in annotation_text:
        needed.add("decimal")
    return needed
