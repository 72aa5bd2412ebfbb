"""YAML reading that refuses alias bombs and recursive anchors before building any data.

PyYAML shares the object an alias points to, so an alias bomb ("billion laughs") costs
nothing to load; the cost comes later, from whatever walks the data as a tree (the schema
converter, enum rendering, hashing). A self-referencing anchor loads into a cyclic object
that no tree walk ends on. Both are checked on the composed node graph, where aliases are
still shared nodes: one pass, each node visited once.
"""

from __future__ import annotations

from typing import Any

import yaml

from generator.errors import SpecError

try:  # libyaml is ~10x faster; fall back to the pure-Python loader where it is missing.
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how pyyaml was built
    _YamlLoader = yaml.SafeLoader

# The real AMPECO spec is about 217,000 nodes (keys and values); 20 times that is an attack.
MAX_EXPANDED_NODES = 5_000_000


def load_yaml(text: str, label: str) -> Any:
    loader = _YamlLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_aliases(node, label)
        return loader.construct_document(node)
    finally:
        loader.dispose()


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
