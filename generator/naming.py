"""Turns spec text (operationIds, property names, titles, tags) into Python names."""

from __future__ import annotations

import keyword
import re
import unicodedata
from functools import lru_cache

# words of identifiers: a plural acronym is one word (`URLs`, `SLOs`, `IDs`: not `UR` + `Ls`), as
# is a letter-digit-letter one in capitals (`M2M`, `B2B`), then the usual camel-case words
_WORD = re.compile(r"[A-Z]{2,}s(?![a-z])|[A-Z]\d[A-Z](?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
# the words of field names under rules 1 and 2 (parser.lock.FIELD_NAMES): `userIDs` was `user_i_ds`
_WORD_BEFORE_ACRONYMS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
# A spec repeats the same property names, tags and hint words thousands of times (and the
# two specs of a diff repeat each other), so the pure text -> name functions are memoized.
# Bounded, because long-lived callers (tests, a changelog loop) pass many distinct texts.
_memo = lru_cache(maxsize=1 << 16)

# Names a generated model field must not take: pydantic's BaseModel attributes, and the
# lower-case names that model annotations use (a field named `str` would shadow the type).
_FIELD_RESERVED = frozenset(
    {
        "model_config", "model_fields", "model_computed_fields", "model_extra", "model_fields_set",
        "model_construct", "model_copy", "model_dump", "model_dump_json", "model_json_schema",
        "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate",
        "model_validate_json", "model_validate_strings", "dict", "json", "copy", "parse_obj",
        "parse_raw", "parse_file", "from_orm", "construct", "schema", "schema_json", "validate",
        "update_forward_refs", "fields", "str", "int", "float", "bool", "bytes", "list", "to_dict", "to_json",
        # the metaclass's, which pydantic also refuses to see shadowed (it warns at import)
        "mro", "register",
    }
)
# Of those, pydantic's alone: a method's keyword argument may take them (Typesense's
# `collections.create(name=..., fields=[...])`, not `fields_=`).
_MODEL_ATTRIBUTES = frozenset(
    {
        "model_config", "model_fields", "model_computed_fields", "model_extra", "model_fields_set",
        "model_construct", "model_copy", "model_dump", "model_dump_json", "model_json_schema",
        "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate",
        "model_validate_json", "model_validate_strings", "json", "copy", "parse_obj", "parse_raw",
        "parse_file", "from_orm", "construct", "schema", "schema_json", "validate",
        "update_forward_refs", "fields", "to_dict", "to_json", "mro", "register",
    }
)
# Names a generated class must not take: the names every generated module imports.
CLASS_RESERVED = frozenset(
    {
        "Any", "Annotated", "Dict", "List", "Literal", "Optional", "Union", "BaseModel", "Field",
        "OpenEnum", "OpenIntEnum", "Decimal", "TYPE_CHECKING", "Tag", "Discriminator",
        "Call", "Endpoint", "RequestOptions", "SyncAPIResource", "AsyncAPIResource", "NotGiven", "Timeout", "Mapping",
    }
)


def ascii_fold(text: str) -> str:
    """'Ümlaut café' -> 'Umlaut cafe'; characters without an ASCII form are dropped."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


_SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
_TITLE_WORD = re.compile(r"[A-Za-z0-9]+")
_ARTICLES = {"the", "a", "an"}  # `The Plaid API` is plaid's


def title_word(title: str) -> str | None:
    """The first word of an API's title, as written (articles aside): `OpenAI API` gives `OpenAI`,
    `GitHub's REST API` `GitHub`, `The Plaid API` `Plaid`; None when it has no ASCII word."""
    found = [word for word in _TITLE_WORD.findall(ascii_fold(title)) if word.lower() not in _ARTICLES]
    return found[0] if found else None


def words(text: str) -> list[str]:
    return list(_words(text))


@_memo
def _words(text: str) -> tuple[str, ...]:
    if "'" in text or "\u2019" in text:  # Sentry's `List a Project's User Feedback`: not `project_s`
        text = _POSSESSIVE.sub("", text)
    return tuple(_WORD.findall(ascii_fold(text)))


_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['\u2019]s\b")


def spoken_words(text: str) -> list[str]:
    """`words` as a method or a resource says them: a number stays with the word before it
    (`V2` of `authorizationsListingV2_1`, `oauth2`, `ec2`, `s3`) and OAuth is one word, where
    `words` splits them (`o_auth_2`)."""
    return list(_spoken(text))


@_memo
def _spoken(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for word in _words(text):
        if found and word.isdigit() and found[-1].isalpha():
            found[-1] += word
        elif found and found[-1] in ("O", "o") and word == "Auth":  # OAuth, oAuth
            found[-1] = "OAuth"
        else:
            found.append(word)
    return tuple(found)


@_memo
def pascal(text: str) -> str:
    return "".join(w.capitalize() for w in _words(text))


@_memo
def snake(text: str) -> str:
    return "_".join(w.lower() for w in _words(text))


@_memo
def class_name(*parts: str) -> str:
    name = "".join([pascal(p) for p in parts if p])
    if not name:
        name = "Unnamed"
    if name[0].isdigit():
        name = "N" + name
    if name in CLASS_RESERVED or keyword.iskeyword(name):
        name += "Model"
    return name


@_memo
def field_name(wire: str, rule: int = 1) -> str:
    """A Python-safe snake_case name for a wire property or parameter name, by one of the
    rules of parser.lock.FIELD_NAMES: from rule 2 a name in snake_case already stays as it is
    (GitHub's `sha256`, `projects_v2_item`), where rule 1 split the digits off (`sha_256`);
    from rule 3 a plural acronym is one word (`userIDs` is `user_ids`, was `user_i_ds`)."""
    if rule >= 2 and _SNAKE_CASE.fullmatch(wire):
        name = wire
    elif rule >= 3:
        name = snake(wire)
    else:
        name = "_".join(w.lower() for w in _WORD_BEFORE_ACRONYMS.findall(ascii_fold(wire)))
    if not name:
        name = "value"
    if name[0].isdigit():
        name = "n" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _FIELD_RESERVED:
        name += "_"
    return name


def argument_name(field: str) -> str:
    """A keyword argument for what a model field is named `field`: without the `_` that only
    kept it off pydantic's own attributes (`fields_` -> `fields`)."""
    return field[:-1] if field.endswith("_") and field[:-1] in _MODEL_ATTRIBUTES else field


def method_name(text: str) -> str:
    """Methods may shadow builtins (`list`) but not keywords. Text in snake_case already (made
    of `spoken_words`) stays as it is."""
    name = text if _SNAKE_CASE.fullmatch(text) else snake(text) or "call"
    if name[0].isdigit():
        name = "n" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def enum_member(value: object) -> str:
    """'out of order' -> 'OUT_OF_ORDER', 'ocpp 1.6' -> 'OCPP_1_6', '' -> 'EMPTY'."""
    if value is None:
        return "NONE"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        text = str(value).replace("-", "MINUS_").replace(".", "_")
        return "VALUE_" + text
    name = "_".join(w.upper() for w in words(str(value)))
    if not name:
        name = "EMPTY" if str(value) == "" else "VALUE"
    if name[0].isdigit():
        name = "V" + name
    if keyword.iskeyword(name) or name.startswith("_") or name in ("MRO",):
        name += "_"
    return name


# nouns whose plural is the singular: AMPECO's `getHistoricalTimeSeries` returns one series
SAME_IN_PLURAL = frozenset({"series", "species", "news"})


def unique(name: str, taken: set[str]) -> str:
    """Adds trailing underscores until `name` is free (deterministic, not an ordinal)."""
    while name in taken:
        name += "_"
    taken.add(name)
    return name
