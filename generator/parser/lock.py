"""The lock of public names: what regeneration must keep calling things.

Names are derived from the spec, but derivation alone cannot keep them stable: a new inline
schema whose natural name is taken first, or a new version of an operation, would rename
what users already import and call. The lock (stored in the output's manifest) maps each
schema location, operation and parameter to the name it was given, and the parser honours
it before deriving anything new. Entries whose schema or operation disappeared stay reserved
until a regeneration with `release=True` (`sdkgen generate --release-names`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.ir import Api

# Version 2: class names are entity names (one per shape, see parser/entities.py). A version 1
# lock held one class per schema location; its class names are not carried over (a one-time
# break before the first release), its method and argument names are.
VERSION = 2
# The rule a new folder's field and argument names follow: 3 says a plural acronym as one word
# (`userIDs` is `user_ids`; 2 and 1 said `user_i_ds`), 2 keeps a wire name that is snake_case
# already (`sha256`, `last4`), 1 split the digits off (`sha_256`, `last_4`). Field names are
# not locked one by one, so a folder keeps the rule it was generated under: its users read
# `transaction.last_4`. `--release-names` moves it to the current rule.
FIELD_NAMES = 3
RULES = (1, 2, 3)


@dataclass
class NameLock:
    classes: dict[str, str] = field(default_factory=dict)  # schema source -> class name
    methods: dict[str, str] = field(default_factory=dict)  # operationId -> "resource.method"
    arguments: dict[str, str] = field(default_factory=dict)  # "operationId location wire" -> python name
    client: str = ""  # the client's class; "" in a lock written before it was kept
    field_names: int = FIELD_NAMES  # the rule of field names (1 in a lock written before rules)

    @classmethod
    def from_json(cls, data: Any) -> NameLock:
        if not isinstance(data, dict):
            return cls()
        def pick(key: str) -> dict[str, str]:
            return {str(k): str(v) for k, v in (data.get(key) or {}).items()}

        classes = pick("classes") if data.get("version") == VERSION else {}
        client = data.get("client")
        rule = data.get("field_names")
        return cls(
            classes, pick("methods"), pick("arguments"), client if isinstance(client, str) else "",
            rule if rule in RULES else 1,
        )

    def to_json(self) -> dict[str, Any]:
        names: dict[str, Any] = {
            "version": VERSION,
            "classes": dict(sorted(self.classes.items())),
            "methods": dict(sorted(self.methods.items())),
            "arguments": dict(sorted(self.arguments.items())),
            "field_names": self.field_names,
        }
        if self.client:
            names["client"] = self.client
        return names


def argument_key(operation_id: str, location: str, wire: str) -> str:
    return f"{operation_id} {location} {wire}"


def lock_of(api: Api, previous: NameLock | None, release: bool = False, client: str = "") -> NameLock:
    """The names `api` uses, plus (unless released) the previous lock's entries it no longer uses.
    `client`: the class name the client was given."""
    rule = previous.field_names if previous is not None and not release else FIELD_NAMES
    current = NameLock(client=client, field_names=rule)
    for table in (api.models, api.enums, api.unions):
        for name, definition in table.items():
            for source in definition.sources or [definition.source]:
                current.classes[source] = name
    for op in api.operations:
        current.methods[op.operation_id] = f"{op.resource}.{op.method_name}"
        for p in op.parameters:
            current.arguments[argument_key(op.operation_id, p.location, p.name)] = p.py_name
    if previous is not None and not release:
        for mine, old in ((current.classes, previous.classes), (current.methods, previous.methods), (current.arguments, previous.arguments)):
            for key, value in old.items():
                mine.setdefault(key, value)
    return current
