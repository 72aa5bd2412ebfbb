"""Reads a spec (JSON or YAML) and the files its `$ref`s point to, and follows refs.

Locations are `(file, pointer)` pairs, where `file` is the path relative to the spec's
folder ("" for the spec itself). They identify every schema, so names and memoisation
stay stable whatever order things are visited in.
"""

from __future__ import annotations

import hashlib
import json
import os
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from generator import pointers
from generator.errors import RefEscapeError, SpecError

Location = tuple[str, str]
MAX_REF_HOPS = 64


@dataclass
class Spec:
    """A loaded spec plus every document reachable through its refs."""

    path: str
    root: dict[str, Any]
    sha256: str
    allow_remote_refs: bool = False
    documents: dict[str, Any] = field(default_factory=dict)
    # MUSTs the spec breaks that have one obvious reading: generated anyway, reported as
    # "FILE: POINTER: what was assumed" in the generation report
    warnings: list[str] = field(default_factory=list)
    # objects and lists in the spec and the files it refers to: set by validation when it walks
    # the spec for refs, else counted on first use (see object_count)
    size: int | None = None
    has_refs: bool = True  # False when the text holds no "$ref": then nothing needs following
    _real_folders: dict[str, str] = field(default_factory=dict, repr=False)  # folder -> os.path.realpath
    _targets: dict[tuple[str, str], Location] = field(default_factory=dict, repr=False)  # see ref_target

    def object_count(self) -> int:
        if self.size is None:
            self.size = sum(_count_nodes(doc) for doc in (self.root, *self.documents.values()))
        return self.size

    @property
    def display_name(self) -> str:
        return os.path.basename(self.path)

    def file_label(self, file: str) -> str:
        return file or self.display_name

    def node(self, loc: Location) -> Any:
        file, pointer = loc
        doc = self._document(file, (file, pointer))
        node = doc
        for token in pointers.split(pointer):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SpecError(self.file_label(file), pointer, "this location does not exist")
        return node

    def ref_target(self, ref: object, at: Location) -> Location:
        """The location a `$ref` found at `at` points to."""
        # It depends on the ref and the file it is in: a multi-file spec follows the same refs
        # from the same files over and over (DigitalOcean's: 23,000 times, a quarter of
        # resolving it). Refused refs are not kept: each place that has one is reported.
        key = (ref, at[0]) if isinstance(ref, str) else None
        found = self._targets.get(key) if key is not None else None
        if found is None:
            found = self._ref_target(ref, at)
            if key is not None:
                self._targets[key] = found
        return found

    def _ref_target(self, ref: object, at: Location) -> Location:
        if not isinstance(ref, str) or not ref:
            raise SpecError(self.file_label(at[0]), at[1], "$ref must be a non-empty string")
        target_file, _, fragment = ref.partition("#")
        fragment = urllib.parse.unquote(fragment)  # a URI fragment (RFC 6901 section 6)
        pointer = "#" + fragment
        if fragment and not fragment.startswith("/"):
            raise SpecError(self.file_label(at[0]), at[1], f"$ref {ref!r}: fragment is not a JSON pointer")
        if not target_file:
            return (at[0], pointer)
        if _has_scheme(target_file) and urllib.parse.urlparse(target_file).scheme in ("http", "https", "ftp", "file"):
            if not self.allow_remote_refs:
                raise SpecError(
                    self.file_label(at[0]),
                    at[1],
                    f"remote $ref {ref!r} refused (pass --allow-remote-refs to fetch it)",
                )
            return (target_file, pointer)
        base_dir = os.path.dirname(at[0]) if at[0] and not _is_url(at[0]) else ""
        joined = os.path.normpath(os.path.join(base_dir, urllib.parse.unquote(target_file)))
        if joined.startswith("..") or os.path.isabs(joined):
            raise RefEscapeError(self.file_label(at[0]), at[1], f"$ref {ref!r} leaves the spec's folder")
        return (joined.replace(os.sep, "/"), pointer)

    def deref(self, node: Any, loc: Location) -> tuple[Any, Location]:
        """Follows `$ref` chains until a node that is not a bare reference."""
        seen: list[Location] = []
        while isinstance(node, dict) and "$ref" in node:
            if loc in seen or len(seen) > MAX_REF_HOPS:
                raise SpecError(self.file_label(loc[0]), loc[1], "circular $ref chain")
            seen.append(loc)
            loc = self.ref_target(node["$ref"], loc)
            node = self.node(loc)
        return node, loc

    def _document(self, file: str, at: Location) -> Any:
        if file == "":
            return self.root
        if file not in self.documents:
            self.documents[file] = self._read_referenced(file, at)
        return self.documents[file]

    def _read_referenced(self, file: str, at: Location) -> Any:
        if _is_url(file):
            import urllib.request  # only for opt-in remote refs; costs ~15 ms to import

            try:
                with urllib.request.urlopen(file, timeout=10) as response:  # noqa: S310 - opt-in only
                    text = response.read().decode("utf-8")
            except OSError as exc:
                raise SpecError(self.file_label(at[0]), at[1], f"cannot fetch {file}: {exc}") from None
            return parse_text(text, file)
        folder = self._real_folder(os.path.dirname(os.path.abspath(self.path)))
        full = self._real_path(os.path.join(folder, file))
        if os.path.commonpath([folder, full]) != folder:
            raise RefEscapeError(self.file_label(at[0]), at[1], f"$ref to {file!r} leaves the spec's folder (through a link)")
        return read_document(full, label=file)

    # A multi-file spec reads thousands of files from far fewer folders (DigitalOcean's: 2,849
    # from 252): each folder is resolved once, not once per file and component by component.
    def _real_folder(self, folder: str) -> str:
        real = self._real_folders.get(folder)
        if real is None:
            real = self._real_folders[folder] = os.path.realpath(folder)
        return real

    def _real_path(self, path: str) -> str:
        """os.path.realpath(path), its folder taken from the cache: only a file that is itself a
        link needs resolving again."""
        folder, name = os.path.split(path)
        full = os.path.join(self._real_folder(folder), name)
        return os.path.realpath(full) if os.path.islink(full) else full


def _has_scheme(text: str) -> bool:
    """False for text that cannot start with a URL scheme (none has a colon): most $refs."""
    return ":" in text


def _is_url(text: str) -> bool:
    return _has_scheme(text) and urllib.parse.urlparse(text).scheme in ("http", "https")


def parse_text(text: str, label: str) -> Any:
    """JSON when it looks like JSON (fast path), YAML otherwise."""
    if "\x00" in text:
        raise SpecError(label, "#", "file contains a NUL byte; not a JSON or YAML document")
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if label.endswith(".json"):
                raise SpecError(label, "#", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    import yaml  # JSON specs, the common case, never need the YAML reader's import time

    from generator.yaml_aliases import load_yaml

    try:
        return load_yaml(text, label)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        position = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        reason = getattr(exc, "problem", None) or str(exc)
        raise SpecError(label, "#", f"invalid YAML{position}: {reason}") from None
    except RecursionError:
        raise SpecError(label, "#", "document is nested too deeply to read") from None


def read_document(path: str, label: str | None = None) -> Any:
    label = label or os.path.basename(path)
    return parse_bytes(read_bytes(path, label), label)


def read_bytes(path: str, label: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise SpecError(label, "#", "file not found") from None
    except IsADirectoryError:
        raise SpecError(label, "#", "is a directory, not a spec file") from None
    except OSError as exc:
        raise SpecError(label, "#", f"cannot read file: {exc.strerror}") from None
    return raw


def parse_bytes(raw: bytes, label: str) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(label, "#", f"not UTF-8 text (byte {exc.start})") from None
    return parse_text(text, label)


def load_spec(path: str, allow_remote_refs: bool = False) -> Spec:
    """Loads and structurally validates a spec; raises SpecError on unusable input."""
    from generator.validate import validate_spec

    label = os.path.basename(path)
    raw = read_bytes(path, label)
    root = parse_bytes(raw, label)
    if not isinstance(root, dict):
        raise SpecError(label, "#", "the document must be a mapping (an OpenAPI object)")
    digest = hashlib.sha256(raw).hexdigest()
    spec = Spec(path=path, root=root, sha256=digest, allow_remote_refs=allow_remote_refs, has_refs=_may_hold_refs(raw))
    validate_spec(spec)
    return spec


def _may_hold_refs(raw: bytes) -> bool:
    """False only when no "$ref" key can be in the text, even spelled with an escape."""
    return any(marker in raw for marker in (b"$ref", b"\\u0024", b"\\x24", b"\\U00000024"))


def _count_nodes(root: Any) -> int:
    """Objects and lists in a document, each counted once (YAML aliases share nodes)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        children = node.values() if isinstance(node, dict) else node
        stack.extend(child for child in children if isinstance(child, (dict, list)))
    return len(seen)
