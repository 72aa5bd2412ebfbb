"""Groups operations into resources (from tags) and gives each a stable method name.

Scheme (documented in the README):
- resource attribute: the first tag, without its "resource / " prefix, in snake_case
  ("resource / charge points" -> `charge_points`); "action / X" tags become `X_actions`. An
  operation without tags goes by its path's first segment that names something
  (`/v1/containers/{id}/files` -> `containers`), as a user looks for it.
- method: the operationId with the resource's own words removed from its front, in
  snake_case, with CRUD verbs normalised (listing -> list, read/get/show -> retrieve); an
  operation without one is named by REST's conventions from its method and path
  (`_rest_method_name`).
- several versions of one operation: the newest non-deprecated keeps the plain name; the
  others take their version as a suffix (`list_v1_0`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator import naming
from generator.ir import Operation, Resource
from generator.parser.operations import unnamed_id

# Attributes of the generated client classes that a resource must not shadow.
CLIENT_ATTRIBUTES = frozenset({
    "request", "close", "with_raw_response", "timeout", "base_url", "max_retries", "strict_response_validation",
    "retry_non_idempotent", "with_options", "copy", "with_streaming_response",
})
_VERBS = {"listing": "list", "read": "retrieve", "get": "retrieve", "show": "retrieve"}
# Rails' `index` action lists; beside other words it is the noun (Meilisearch's `getIndex`)
_ALONE = {"index": "list"}
# words of an operationId that a method name leaves out: Spotify's `get-an-album` is
# `albums.retrieve`, AMPECO's `certificateIssueAnEmaid` `issue_emaid`
_UNSAID = frozenset({"deprecated", "a", "an", "the"})
# verbs that read better first: smartChargingUpdate -> update_smart_charging
_LEADING = {"list", "retrieve", "create", "update", "delete", "replace", "remove", "add", "set", "upsert"}
# first words after which a trailing verb stays last: Datadog's `checkCanDeleteMonitor` is
# `check_can_delete` (it deletes nothing), `bulkDelete` is `bulk_delete`
_KEEPS_ORDER = {"check", "can", "is", "has", "validate", "verify", "test", "preview", "estimate", "bulk", "batch"}


# path segments that name no resource: versions (`v1`, `v2.0`, `2010-04-01`, `v1beta1`), prefixes
_NOT_A_RESOURCE = re.compile(r"v\d+([._-]\d+)*([a-z]+\d*)?|\d+([._-]\d+)*|api|rest", re.IGNORECASE)


def path_group(path: str) -> str:
    """What an operation without tags is grouped by: its path's first segment that names
    something (Discord's `/guilds/{guild_id}/members` -> `guilds`); `default` when none does.
    Untagged, every operation of a big API would be a method of one `default` resource."""
    for segment in path.split("/"):
        if "{" not in segment and not _NOT_A_RESOURCE.fullmatch(segment) and naming.words(segment):
            return segment
    return "default"


# a version a tag starts with, before the words that name its resource: Twilio's
# `Api20100401Account` is `account`, `V2 Users` `users`, `2010-04-01 Calls` `calls`; a number
# that is part of the name stays (`2fa`, `3D Secure`, `360 Views`), and so does `ApiKeys`
_TAG_VERSION = re.compile(
    r"(?i:api|rest)[\s_-]*[vV]?\d[\d._-]*(?=[\s_-]*[A-Za-z])"
    r"|[vV]\d+(?:[._]\d+)*(?=[\s_-]+[A-Za-z]|[A-Z])"
    r"|\d{4}-\d{2}-\d{2}(?=[\s_-]+[A-Za-z])"
)


def resource_words(tag: str) -> list[str]:
    text = tag.strip()
    versioned = _TAG_VERSION.match(text)
    if versioned:
        text = text[versioned.end():].lstrip(" _-")
    lowered = text.lower()
    if lowered.startswith("resource /"):
        return naming.spoken_words(text.split("/", 1)[1])
    if lowered.startswith("action /") or lowered.startswith("actions /"):
        return [*naming.spoken_words(text.split("/", 1)[1]), "actions"]
    return naming.spoken_words(text)


def tag_attribute(tag: str) -> str:
    """The client attribute of the resource a tag makes."""
    attr = naming.field_name("_".join(w.lower() for w in resource_words(tag)) or "default", rule=2)
    return attr + "_" if attr in CLIENT_ATTRIBUTES else attr


def assign_accessors(
    operations: list[Operation], tag_descriptions: dict[str, str], locked: dict[str, str] | None = None,
    spelled: dict[str, str] | None = None, returns_list: Callable[[Operation], bool] | None = None,
    returns_one: Callable[[Operation], bool] | None = None,
) -> list[Resource]:
    """Resource and method names; `locked` (operationId -> "resource.method") wins over derivation.

    `spelled`: operationId -> the spelling method names derive from (sdkgen.yaml `names_from`).
    `returns_list`: whether an operation's response is a list, bare or in a `{data: [...]}`-like
    envelope (a GET that says its resource in the plural and returns one is a `list`).
    """
    lists = returns_list or (lambda op: False)
    one = returns_one or (lambda op: False)
    locked = locked or {}
    spelled = spelled or {}
    resources: dict[str, Resource] = {}
    reserved: dict[str, set[str]] = {}  # resource -> method names held by the lock
    for held in locked.values():
        resource, _, method = held.partition(".")
        reserved.setdefault(resource, set()).add(method)
    for op in operations:
        tag = op.sdk_group or (op.tags[0] if op.tags else path_group(op.path))
        # the words method names drop: of a dotted tag, its last part (Mistral's
        # `beta.connectors`: `connector_create` is `create`, as `connectors` would make it)
        words = resource_words(tag.rsplit(".", 1)[-1] if "." in tag.strip(".") else tag) or resource_words(tag) or ["default"]
        attr = tag_attribute(tag)
        op.resource = attr  # before the method is named: a list may hold its items under its name
        if op.operation_id in locked:
            attr, _, op.method_name = locked[op.operation_id].partition(".")
            op.resource = attr
        elif op.sdk_method and op.operation_id not in spelled:
            op.method_name = naming.method_name("_".join(w.lower() for w in naming.spoken_words(op.sdk_method)))  # as the API's authors named it
        elif _unnamed(op) and op.operation_id not in spelled:
            op.method_name = _rest_method_name(op, words, one)
        else:
            op.method_name = _base_method_name(op, words, spelled.get(op.operation_id), lists, one)
        if attr not in resources:
            resources[attr] = Resource(attr, naming.class_name(*naming.words(attr)), tag, tag_descriptions.get(tag))
        resources[attr].operations.append(op.operation_id)
    fresh: dict[str, list[Operation]] = {}
    for op in operations:
        if op.operation_id not in locked:
            fresh.setdefault(op.resource, []).append(op)
    for name, group in resources.items():
        # names the spec's authors gave are not renamed to tell others apart
        _unshare_names([op for op in fresh.get(name, []) if not op.sdk_method or op.operation_id in spelled], group.tag)
        _settle_versions(fresh.get(name, []), reserved.get(name, set()))
    return sorted(resources.values(), key=lambda r: r.name)


def _base_method_name(
    op: Operation, resource: list[str], spelling: str | None = None, lists: Callable[[Operation], bool] = lambda op: False,
    one: Callable[[Operation], bool] = lambda op: False,
) -> str:
    words = [w.lower() for w in naming.spoken_words(spelling or op.operation_id) if w.lower() not in _UNSAID]
    stems = [_singular(w.lower()) for w in resource if w.lower() != "actions"]
    plural = _says_plural(words, stems)
    if words and not _without_run(words, stems):
        # the operationId only names the resource (Together's `embeddings`, `models`): REST
        # says what is done to it, unless that is a guess (a lookup by query: Spotify's `search`)
        rest = _rest_method_name(op, resource, one)
        if rest in ("list", "create", "update", "delete") or rest == "retrieve" and (_on_item(op) or not _looked_up(op)):
            return rest
    words = _without_run(words, stems) or words or [op.method]
    unprefixed = _without_prefix(words)
    if unprefixed != words:  # the resource said again after the prefix (Mistral's `agents_api_v1_agents_list`)
        unprefixed = _without_run(unprefixed, stems) or unprefixed
    words = unprefixed
    # a verb last reads as one for a GET (AMPECO's `chargePointRead`); Zulip's `mark-all-as-read`
    # (a POST) marks messages read, it retrieves nothing
    ends = (0, len(words) - 1) if op.method == "get" else (0,)
    words = [_VERBS.get(w, w) if i in ends else w for i, w in enumerate(words)]
    if len(words) == 1 and op.method == "get":  # Typesense's `indexDocument` (a POST) indexes one
        words = [_ALONE.get(words[0], words[0])]
    if words[:2] == ["retrieve", "all"] and _lists_many(op, lists):  # Immich's `getAllAlbums`, not Meilisearch's settings
        words = ["list", *words[2:]]
    elif words[0] == "retrieve" and (plural if len(words) == 1 else _is_plural(words[-1])) and _lists_many(op, lists):
        # Clerk's `getApiKeys` beside `getApiKey`, `getUserOrganizations`; Spotify's
        # `get-list-users-playlists` is `list_users`
        words = ["list", *words[2:]] if words[1:2] == ["list"] else ["list", *words[1:]]
    if len(words) > 1 and words[-1] in _LEADING and words[0] not in _LEADING and words[0] not in _KEEPS_ORDER:
        words = [words[-1], *words[:-1]]
    return naming.method_name("_".join(words))


_VERSION_WORD = re.compile(r"v\d+")


def _without_prefix(words: list[str]) -> list[str]:
    """Without the `[<group>_]api_<resource>_v1_` a generator put in front of every operationId: Stytch's
    `api_user_v1_Create` is `create`, not `create_api_v1`, and Svix's `v1.application.list`
    `list`, not `list_v1`. Only in front: elsewhere a version tells operations apart (AMPECO's
    `authorizationsListingV2_1`)."""
    if len(words) >= 2 and _VERSION_WORD.fullmatch(words[0]):
        return words[1:]
    for i in range(1, len(words) - 2):  # Mistral's `agents_api_v1_agents_list`: what follows the API's version
        if words[i] == "api" and _VERSION_WORD.fullmatch(words[i + 1]):
            return words[i + 2 :]
    if len(words) < 2 or words[0] != "api":
        return words
    kept = [w for w in words[1:] if not _VERSION_WORD.fullmatch(w)]
    return kept or words


def _unnamed(op: Operation) -> bool:
    """Whether the spec gave the operation no operationId (parser.operations stood one in)."""
    return op.operation_id == unnamed_id(op.method, op.path)


def _on_item(op: Operation) -> bool:
    """Whether the operation's path ends in a parameter: one item of a collection."""
    return op.path.rstrip("/").endswith("}")


def _looked_up(op: Operation) -> bool:
    """A GET that needs a query parameter: a lookup (Spotify's `search`), not a plain read."""
    return any(p.location == "query" and p.required for p in op.parameters)


def _rest_method_name(op: Operation, resource: list[str], one: Callable[[Operation], bool] = lambda op: False) -> str:
    """The name of an operation without an operationId, by REST's conventions (named by the
    words of its method and path, `get /files/{id}` was `retrieve_id`): `list` and `create` on a
    collection, `retrieve`, `update` and `delete` on one of its items, and what the path says
    after the resource's own segment: `POST /files/{id}/cancel` is `cancel`, `GET
    /fine-tunes/{id}/events` `list_events`, `POST /images/generations` `create_generation`."""
    segments = [s for s in op.path.split("/") if s and "{" not in s and not _NOT_A_RESOURCE.fullmatch(s)]
    item = _on_item(op)
    words = [w.lower() for segment in segments for w in naming.spoken_words(segment)]
    stems = [_singular(w.lower()) for w in resource if w.lower() != "actions"]
    # what follows the resource's segment (by its last word), else the first segment; the
    # `default` resource names nothing, so all of the path is said
    ends = [i for i, word in enumerate(words) if _singular(word) == stems[-1]] if stems else []
    first = len(naming.spoken_words(segments[0])) if segments and resource != ["default"] else 0
    start = ends[-1] + 1 if ends else first
    subject = words[start:]
    plural = bool(subject) and _is_plural(subject[-1])
    verb = op.method
    if verb == "get":
        lookup = item or not segments or _looked_up(op)
        # `GET /health`, `/ping`, `/config`: one thing (no list in what it returns), not a collection
        singleton = not subject and bool(words) and not _is_plural(words[-1]) and one(op)
        if item and subject:  # one of them: Sentry's `GET /orgs/{org}/issues/{issue_id}/` is `retrieve_issue`
            name = ["retrieve", *subject[:-1], _singular(subject[-1])]
        elif not subject and (lookup or singleton):
            name = ["retrieve"]
        else:
            name = ["list" if plural or not subject else "retrieve", *subject]
    elif verb == "post" and subject:
        name = ["create", *subject[:-1], _singular(subject[-1])] if plural else subject
    elif verb == "post":
        name = ["update" if item else "create"]
    elif verb in ("put", "patch"):
        name = ["update", *subject]
    elif verb == "delete":
        name = ["delete", *subject]
    else:
        name = [verb, *subject]
    return naming.method_name("_".join(name))


def _unshare_names(ops: list[Operation], tag: str) -> None:
    """Operations of one resource that came to one name, and are not versions of one
    operation or a deprecated one and its successor (`_settle_versions` tells those apart),
    are told apart by REST where it agrees with what their operationIds say: Spotify's
    `get-categories` and `get-a-category` are `list` and `retrieve`; Qdrant's `get_point` and
    `get_points` (a POST) stay as they are, not `retrieve` and `create`. Operations without an
    operationId that REST names alike (`PUT /animal/search` and `PUT /animal/search/{id}`) are
    named by the words of their method and path instead."""
    by_name: dict[str, list[Operation]] = {}
    for op in ops:
        by_name.setdefault(op.method_name, []).append(op)
    taken = set(by_name)
    words = resource_words(tag) or ["default"]
    stems = [_singular(w.lower()) for w in words if w.lower() != "actions"]
    for name, group in by_name.items():
        if len(group) < 2 or _bulk_apart(group, name, stems, taken):
            continue
        if any(op.api_version for op in group) or len({_retired(op) for op in group}) > 1:
            continue
        if all(_unnamed(op) for op in group):
            for op in group:
                op.method_name = _base_method_name(op, words)
            continue
        rest = [_rest_method_name(op, words) for op in group]
        verb = name.split("_")[0]
        agrees = all(r.split("_")[0] == verb or verb == "retrieve" and r.startswith("list") for r in rest)
        if agrees and len(set(rest)) == len(rest) and not (set(rest) - {name}) & taken:
            for op, rest_name in zip(group, rest):
                op.method_name = rest_name
            taken.update(rest)


def _bulk_apart(group: list[Operation], name: str, stems: list[str], taken: set[str]) -> bool:
    """Two operations named alike, one on an item and one on several: Clerk's `BanUser` and
    `UsersBan` are `ban` and `bulk_ban`, Datadog's `DeleteDashboard` and `DeleteDashboards`
    `delete` and `bulk_delete` (not versions of one operation, to be told apart by version)."""
    if len(group) != 2 or name.split("_")[0] in ("list", "retrieve") or len({(op.api_version, _retired(op)) for op in group}) > 1:
        return False  # a list and a retrieve are told apart by REST (`_unshare_names`)
    many = [op for op in group if _says_plural([w.lower() for w in naming.spoken_words(op.spelling or op.operation_id)], stems)]
    if len(many) != 1:
        return False
    many[0].method_name = naming.unique(naming.method_name(f"bulk_{name}"), taken)
    return True


def _retired(op: Operation) -> bool:
    """Deprecated, by the spec's flag or by its operationId (Discord's `deprecated_list_pins`)."""
    return op.deprecated or "deprecated" in (w.lower() for w in naming.words(op.operation_id))


def _lists_many(op: Operation, lists: Callable[[Operation], bool]) -> bool:
    """A GET of a collection, not of one of its items, that returns a list."""
    return op.method == "get" and not _on_item(op) and lists(op)


def _says_plural(words: list[str], stems: list[str]) -> bool:
    """Whether the operationId names its resource in the plural: the whole collection, or
    several of its items (Clerk's `getApiKeys` and `UsersBan`, Datadog's `DeleteDashboards`)."""
    start = _run_start(words, stems)
    if start is None:
        return False
    last = words[start + len(stems) - 1]
    return last != stems[-1] and _is_plural(last)


def _without_run(words: list[str], stems: list[str]) -> list[str]:
    """Drops the resource's own words (chargePoint in chargePointCreate) wherever they stand;
    said apart or in another order, each once, around a verb alone (Resend's
    `emails/list-receiving` of `Receiving Emails` is `list`), they are dropped too."""
    start = _run_start(words, stems)
    if start is not None:
        return words[:start] + words[start + len(stems) :]
    singular = [_singular(w) for w in words]
    if len(stems) < 2 or any(singular.count(stem) != 1 for stem in stems):  # each said once: no guess
        return words
    drop = {singular.index(stem) for stem in stems}
    rest = [w for i, w in enumerate(words) if i not in drop]
    return rest if len(rest) == 1 and _VERBS.get(rest[0], rest[0]) in _LEADING else words


def _run_start(words: list[str], stems: list[str]) -> int | None:
    """Where the resource's own words (`stems`, in the singular) first stand in `words`."""
    size = len(stems)
    for start in range(len(words) - size + 1) if size else ():
        if [_singular(w) for w in words[start : start + size]] == stems:
            return start
    return None


def _is_plural(word: str) -> bool:
    """`events`, `logs`, `metrics`; not `status`, `address` or `analysis`."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in naming.SAME_IN_PLURAL


def _singular(word: str) -> str:
    """`policies` -> `policy`, `indexes` -> `index`, `batches` -> `batch`, `addresses` ->
    `address`, `files` -> `file`, `series` -> `series`."""
    if word in naming.SAME_IN_PLURAL:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses")) and word not in _PLURAL_OF_E:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_PLURAL_OF_E = frozenset({"caches", "niches", "headaches", "avalanches", "moustaches", "axes"})


def _settle_versions(ops: list[Operation], reserved: set[str]) -> None:
    """Plain name for the newest non-deprecated holder of a name; versioned names for the rest.

    A deprecated operation always takes its version suffix, even when nothing else wants its
    name, so that a new version arriving later can take the plain name without a rename.
    """
    by_name: dict[str, list[Operation]] = {}
    for op in ops:
        by_name.setdefault(op.method_name, []).append(op)
    taken = set(by_name) | reserved
    for name, group in by_name.items():
        ranked = sorted(group, key=lambda o: (not o.deprecated, _version_key(o.api_version)), reverse=True)
        keep_plain = 0 if not ranked[0].deprecated or not ranked[0].api_version else -1
        if name in reserved:
            keep_plain = -1  # the lock gave this name to an operation that already had it
        for index, op in enumerate(ranked):
            if index == keep_plain:
                continue
            suffix = _version_suffix(op.api_version) if op.api_version else op.method
            op.method_name = naming.unique(f"{name}_{suffix}", taken)


def _version_suffix(version: str) -> str:
    """v1.0 -> v1, v2.1 -> v2_1."""
    parts = version[1:].split(".")
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()
    return "v" + "_".join(parts)


def _version_key(version: str | None) -> tuple[int, ...]:
    if not version:
        return (0,)
    return tuple(int(part) for part in version[1:].split(".") if part.isdigit())


def settle_class_names(resources: list[Resource], taken: set[str]) -> None:
    """A resource class named like a model, enum, union or the client (a `Pet` tag beside a
    `Pet` schema) is `PetResource`, so neither name shadows the other in the generated code."""
    held = set(taken)
    for resource in resources:
        name = resource.class_name
        if name in held or f"Async{name}" in held:
            name = naming.unique(f"{name}Resource", held)
            while f"Async{name}" in held:
                name = naming.unique(f"{name}_", held)
        held.update((name, f"Async{name}"))
        resource.class_name = name
