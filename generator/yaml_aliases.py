"""YAML reading that refuses alias bombs and recursive anchors before building any data.

PyYAML shares the object an alias points to, so an alias bomb ("billion laughs") costs
nothing to load; the cost comes later, from whatever walks the data as a tree (the schema
converter, enum rendering, hashing). A self-referencing anchor loads into a cyclic object
that no tree walk ends on. Both are checked on the composed node graph, where aliases are
still shared nodes: one pass, each node visited once.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from generator.errors import SpecError

try:  # libyaml is ~10x faster; fall back to the pure-Python loader where it is missing.
    _SafeLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how pyyaml was built
    _SafeLoader = yaml.SafeLoader

_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


# The tag of each plain scalar, by its text: shared by every document read, since a multi-file
# spec's thousands of files say the same words (bounded: a long-lived process reads many specs)
_PLAIN_TAGS: dict[str, str] = {}
_MAX_PLAIN_TAGS = 200_000


class _YamlLoader(_SafeLoader):  # type: ignore[misc]  # PyYAML's classes are untyped
    """The safe loader, with each plain scalar's tag looked up once (`_PLAIN_TAGS`): PyYAML
    asks its resolver for every scalar (110,000 in OpenAI's spec, a sixth of the load), and a
    spec says `type`, `string` and `description` thousands of times. The safe loader has no path
    resolvers, so a scalar's tag depends on its text alone (and is `str` when it is quoted)."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not yaml.ScalarNode or self.yaml_path_resolvers:
            return super().resolve(kind, value, implicit)
        if not implicit[0]:
            return _STR
        tag = _PLAIN_TAGS.get(value)
        if tag is None:
            if len(_PLAIN_TAGS) >= _MAX_PLAIN_TAGS:
                _PLAIN_TAGS.clear()
            tag = _PLAIN_TAGS[value] = super().resolve(kind, value, implicit)
        return tag


# The real AMPECO spec is about 217,000 nodes (keys and values); 20 times that is an attack.
MAX_EXPANDED_NODES = 5_000_000


# An anchor (`&name`) starts a node: at a line's start, after a space or a flow indicator.
# Without one there are no aliases, and the walk below (a third of a big YAML spec's load
# time) is skipped; text that only looks like an anchor (" &amp;" in a description) just
# costs the walk. The scan looks for "&" first and at what stands before it second: one regex
# for both took 0.1 s over OpenAI's spec, this 2 ms.
_AMPERSAND = re.compile(r"&[^\s\[\]{},]")


def _may_hold_anchor(text: str) -> bool:
    for match in _AMPERSAND.finditer(text):
        start = match.start()
        if start == 0 or text[start - 1].isspace() or text[start - 1] in "[{,":
            return True
    return False


def load_yaml(text: str, label: str) -> Any:
    loader = _YamlLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _may_hold_anchor(text):
            _check_aliases(node, label)
        return _construct(loader, node, {})
    finally:
        loader.dispose()


def _construct(loader: Any, node: yaml.Node, built: dict[int, Any]) -> Any:
    """What `loader.construct_document` returns, built about three times faster.

    Plain strings, mappings and sequences (nearly every node of a spec) are built here;
    other scalars (numbers, booleans, null, dates), merge keys and explicit tags go to
    PyYAML's own constructor. A node reached through several aliases is built once and
    shared, as PyYAML does.
    """
    if isinstance(node, yaml.ScalarNode):
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    known = built.get(id(node))
    if known is not None:
        return known
    if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
        if any(key.tag == "tag:yaml.org,2002:merge" for key, _ in node.value):
            return loader.construct_object(node, deep=True)
        mapping: dict[Any, Any] = {}
        built[id(node)] = mapping
        for key_node, value_node in node.value:
            key = _construct(loader, key_node, built)
            if isinstance(key, (dict, list)):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark, "found unhashable key", key_node.start_mark
                )
            mapping[key] = _construct(loader, value_node, built)
        return mapping
    if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
        sequence: list[Any] = []
        built[id(node)] = sequence
        sequence.extend(_construct(loader, child, built) for child in node.value)
        return sequence
    return loader.construct_object(node, deep=True)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_aliases(root: yaml.Node, label: str) -> None:
    """Expanded size of the tree (aliases counted at every use) and no node inside itself."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            if size[key] > MAX_EXPANDED_NODES:
                raise SpecError(
                    label, "#",
                    f"YAML aliases expand the document to more than {MAX_EXPANDED_NODES:,} nodes "
                    f"(an alias bomb; see line {node.start_mark.line + 1})",
                )
            continue
        if key in size:
            continue
        if key in on_path:
            raise SpecError(
                label, "#",
                f"the YAML node at line {node.start_mark.line + 1} contains an alias to itself (a recursive anchor)",
            )
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)) if id(child) not in size)
