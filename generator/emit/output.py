"""Writes the output tree safely and checks it for drift.

A manifest (`.sdkgen-manifest.json`) inside the output lists every file the generator
wrote with its hash, plus the spec hash and a fingerprint of the generator itself.
It is what lets regeneration delete only files it created, refuse to overwrite files
someone wrote by hand, and lets `check` answer from hashes alone when nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import __version__
from generator.emit import swap
from generator.errors import GeneratorError

MANIFEST = ".sdkgen-manifest.json"
TMP_SUFFIX = ".sdkgen-tmp"


def generator_fingerprint() -> str:
    """Hash of the generator's own code and templates: output depends on nothing else."""
    from generator.emit.render import template_files

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*.py")) + template_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass
class Manifest:
    package: str
    spec_sha256: str
    fingerprint: str
    files: dict[str, str] = field(default_factory=dict)
    names: dict[str, Any] = field(default_factory=dict)  # the name lock (generator.parser.lock)
    config_sha256: str = ""  # the sdkgen.yaml it was generated with ("" without one)
    _names_text: tuple[dict[str, Any], str] | None = field(default=None, init=False, repr=False, compare=False)

    def to_json(self) -> str:
        """The manifest's text: `json.dumps(..., indent=2, sort_keys=True)` of its fields.

        Each member is encoded on its own, and the name lock (most of the text: 1 MB of the real
        spec's 1.2 MB) once per lock, however often the manifest is written or compared: json's
        indented output is made in pure Python (12 ms for the real spec's manifest)."""
        data = {
            "generator": "sdkgen",
            "generator_version": __version__,
            "generator_fingerprint": self.fingerprint,
            "package": self.package,
            "spec_sha256": self.spec_sha256,
            "config_sha256": self.config_sha256,
            "files": dict(sorted(self.files.items())),
        }
        members = {key: _member_json(value) for key, value in data.items()}
        members["names"] = self.names_json()
        body = ",\n".join(f"  {json.dumps(key)}: {members[key]}" for key in sorted(members))
        return "{\n" + body + "\n}\n"

    def names_json(self) -> str:
        """The name lock as the manifest writes it; made again only when `names` is another
        dict (the lock is made whole by generator.parser.lock and not edited in place)."""
        if self._names_text is None or self._names_text[0] is not self.names:
            self._names_text = (self.names, _member_json(self.names))
        return self._names_text[1]


def _member_json(value: Any) -> str:
    """`value` as json.dumps writes it one level into an object indented by 2: a JSON text has
    line breaks only between its tokens (a string's are escaped), so each is indented once more."""
    return json.dumps(value, indent=2, sort_keys=True).replace("\n", "\n  ")


def read_manifest(out: Path) -> Manifest | None:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        return Manifest(
            data["package"], data["spec_sha256"], data["generator_fingerprint"], dict(data["files"]), dict(data.get("names") or {}),
            str(data.get("config_sha256") or ""),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _inside(relative: str) -> str:
    """`relative` if it names a path inside the output folder; the check is on the text alone."""
    parts = relative.split("/")
    if not relative or relative.startswith("/") or "\\" in relative or any(part in ("", ".", "..") for part in parts):
        raise GeneratorError(f"refusing to write outside the output folder: {relative}")
    return relative


def _safe_path(out: Path, relative: str) -> Path:
    """Where `relative` is under `out`, symlinks followed: for writes into an existing tree."""
    target = (out / _inside(relative)).resolve()
    if not str(target).startswith(str(out.resolve()) + os.sep):
        raise GeneratorError(f"refusing to write outside the output folder: {relative}")
    return target


def write_tree(out: Path, files: dict[str, str], manifest: Manifest) -> tuple[int, int, int]:
    """Writes `files` under `out`; returns (written, unchanged, removed).

    Files the previous manifest does not list are never overwritten or deleted: a file
    in the way is an error, others are kept as they are.
    """
    out = out.resolve() if out.is_symlink() else out
    swap.remove_stale_staging(out)
    previous = read_manifest(out) if out.is_dir() else None
    owned = set(previous.files) if previous else set()
    tree = {_inside(path): text.encode("utf-8") for path, text in files.items()}

    def manifest_file() -> tuple[str, bytes]:
        manifest.files = {path: hashlib.sha256(data).hexdigest() for path, data in tree.items()}
        return MANIFEST, manifest.to_json().encode("utf-8")

    if not out.exists():
        # A new folder: built beside it and renamed into place, so a failed run leaves no `out`.
        staging = swap.staging_dir(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        _build_or_clean(staging, tree, None, [], manifest_file)
        os.rename(staging, out)
        return len(files), 0, 0
    _, manifest_json = manifest_file()
    changed = _changed_files(out, files, owned)
    removed = [r for r in sorted(owned - set(files)) if (out / r).is_file()]
    if not changed and not removed and previous is not None and previous.to_json().encode("utf-8") == manifest_json:
        return 0, len(files), 0
    keep = swap.foreign_files(out, owned | set(removed), {MANIFEST})
    if keep is not None:
        staging = swap.staging_dir(out)
        _build_or_clean(staging, {**tree, MANIFEST: manifest_json}, out, keep)
        if swap.exchange(staging, out):
            shutil.rmtree(staging, ignore_errors=True)  # now the previous tree
            return len(changed), len(files) - len(changed), len(removed)
        shutil.rmtree(staging, ignore_errors=True)
    _replace_file_by_file(out, files, changed, removed, manifest)
    return len(changed), len(files) - len(changed), len(removed)


def _build_or_clean(
    staging: Path,
    tree: dict[str, bytes],
    keep_from: Path | None,
    keep: list[str],
    last: Callable[[], tuple[str, bytes]] | None = None,
) -> None:
    try:
        swap.build_tree(staging, tree, keep_from, keep, last)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise GeneratorError(f"cannot write the output: {exc}") from None
    except BaseException:  # interrupted: the staging folder is no one's
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _changed_files(out: Path, files: dict[str, str], owned: set[str]) -> list[str]:
    changed = []
    for relative, text in files.items():
        target = out / relative
        current = target.read_bytes() if target.is_file() else None
        if current == text.encode("utf-8"):
            continue
        if current is not None and relative not in owned:
            raise GeneratorError(
                f"{target} exists and was not written by sdkgen (it is not in {MANIFEST}); "
                "move it away or choose another --out"
            )
        changed.append(relative)
    return changed


def _replace_file_by_file(out: Path, files: dict[str, str], changed: list[str], removed: list[str], manifest: Manifest) -> None:
    """The fallback: stage every file, then rename each into place (a kill mid-way can mix trees)."""
    _remove_leftovers(out)
    staged: list[tuple[Path, Path]] = []
    try:  # stage everything first: a failure here leaves the previous output untouched
        for relative in changed:
            target = _safe_path(out, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + TMP_SUFFIX)
            with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(files[relative])
            staged.append((tmp, target))
    except OSError as exc:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise GeneratorError(f"cannot write the output: {exc}") from None
    for tmp, target in staged:
        os.replace(tmp, target)
    for relative in removed:
        stale = _safe_path(out, relative)
        stale.unlink()
        _prune_empty_dirs(stale.parent, out)
    tmp_manifest = out / (MANIFEST + TMP_SUFFIX)
    tmp_manifest.write_text(manifest.to_json(), encoding="utf-8")
    os.replace(tmp_manifest, out / MANIFEST)


def _remove_leftovers(out: Path) -> None:
    for leftover in out.rglob("*" + TMP_SUFFIX):
        leftover.unlink(missing_ok=True)


def _prune_empty_dirs(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


@dataclass
class Drift:
    reasons: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # "modified: x", "missing: y", ...

    @property
    def clean(self) -> bool:
        return not self.files and not self.reasons


def edited_files(out: Path, manifest: Manifest) -> list[str]:
    """Files whose bytes no longer match the manifest (hand edits, deletions)."""
    found = []
    for relative, digest in sorted(manifest.files.items()):
        path = out / relative
        if not path.is_file():
            found.append(f"missing: {relative}")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            found.append(f"modified: {relative}")
    return found


def compare_tree(out: Path, files: dict[str, str], previous: Manifest | None) -> list[str]:
    found = []
    for relative, text in files.items():
        path = out / relative
        if not path.is_file():
            found.append(f"missing: {relative}")
        elif path.read_bytes() != text.encode("utf-8"):
            found.append(f"differs: {relative}")
    for relative in sorted(set(previous.files if previous else ()) - set(files)):
        if (out / relative).is_file():
            found.append(f"stale: {relative}")
    return found
