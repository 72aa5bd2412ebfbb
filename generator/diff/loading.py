"""Both specs into the IR, with the class, method and argument names the SDK would get.

`sdkgen generate` keeps the public names an earlier generation gave out (the name lock in
the output's manifest), so what regenerating an SDK in place does to its names differs from
what a fresh generation does. Three ways to name things:

- fresh (default): each spec as `sdkgen generate` names it into an empty folder;
- kept: the new spec named with the old spec's names locked, as regenerating in place does;
- kept, from an SDK folder: the old spec named with that SDK's lock (so the old names are
  exactly the ones its users have), the new one with that lock plus the old spec's names.
"""

from __future__ import annotations

from pathlib import Path

from generator.errors import GeneratorError
from generator.ir import Api
from generator.parser.lock import NameLock

FRESH = "fresh"
KEPT = "kept"


def load_pair(
    old_path: str,
    new_path: str,
    allow_remote_refs: bool = False,
    keep_names: bool = False,
    sdk_dir: str | None = None,
    old_config: str | None = None,
    new_config: str | None = None,
) -> tuple[Api, Api, str]:
    """(old Api, new Api, how names were given); raises SpecError on a bad spec.

    Each spec is built with its sdkgen.yaml: the one given, else the one beside it.
    """
    from generator.config import find_config
    from generator.diff.forked import build_both
    from generator.loader import load_spec
    from generator.parser import build_api
    from generator.parser.lock import lock_of

    lock = sdk_lock(sdk_dir) if sdk_dir else None
    keep = keep_names or sdk_dir is not None

    def build(path: str, config: str | None, names: NameLock | None = None) -> Api:
        spec = load_spec(path, allow_remote_refs=allow_remote_refs)
        return build_api(spec, names, find_config(path, config))

    if same_document(old_path, new_path) and old_config == new_config:
        old = new = build(old_path, old_config, lock)
    elif keep:  # the new names depend on the old ones: one after the other
        old = build(old_path, old_config, lock)
        new = build(new_path, new_config, lock_of(old, lock))
    else:
        old, new = build_both(lambda: build(old_path, old_config), lambda: build(new_path, new_config))
    how = FRESH if not keep else KEPT if sdk_dir is None else f"{KEPT} (name lock of {sdk_dir})"
    return old, new, how


def sdk_lock(sdk_dir: str) -> NameLock:
    """The name lock in the manifest of an SDK folder `sdkgen generate` wrote."""
    from generator.emit.output import read_manifest

    manifest = read_manifest(Path(sdk_dir))
    if manifest is None:
        raise GeneratorError(f"{sdk_dir}: no sdkgen manifest: not a folder `sdkgen generate` wrote")
    return NameLock.from_json(manifest.names)


def same_document(old_path: str, new_path: str) -> bool:
    """The same file, or the same bytes in the same folder (so relative $refs agree too)."""
    old, new = Path(old_path).resolve(), Path(new_path).resolve()
    if old == new:
        return True
    try:
        return old.parent == new.parent and old.read_bytes() == new.read_bytes()
    except OSError:
        return False  # loading reports it
