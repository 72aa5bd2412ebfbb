"""`sdkgen diff`: what changed between two versions of a spec, for the wire and for the SDK.

Both specs go through the intermediate model, so the diff speaks the SDK's language:
class names, `resource.method` accessors and argument names, as `sdkgen generate` makes them.

    report = diff_specs("old.json", "new.json")
    print(render(report, "text"))
    sys.exit(exit_code(report, "breaking"))
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from generator.diff.compare import diff_apis
from generator.diff.loading import load_pair
from generator.diff.model import (
    BREAKING,
    NON_BREAKING,
    POTENTIALLY_BREAKING,
    Change,
    DiffReport,
    SemverAdvice,
)
from generator.diff.render import FORMATS, render

FAIL_ON = ("breaking", "sdk-breaking", "wire-breaking")


def diff_specs(
    old_path: str,
    new_path: str,
    allow_remote_refs: bool = False,
    keep_names: bool = False,
    sdk_dir: str | None = None,
    old_config: str | None = None,
    new_config: str | None = None,
) -> DiffReport:
    """Loads both specs (SpecError on bad input) and compares them.

    Names are those of a fresh generation, unless `keep_names` (the new spec keeps the old
    one's names, as regenerating in place does) or `sdk_dir` (an SDK folder whose name lock
    names both); see generator.diff.loading. Each spec is named with its sdkgen.yaml
    (`old_config` / `new_config`, else the one beside it), so a rename made there is a rename.
    """
    with _collector_paused():
        old, new, names = load_pair(
            str(old_path), str(new_path), allow_remote_refs, keep_names, sdk_dir, old_config, new_config
        )
        return diff_apis(old, new, str(old_path), str(new_path), names)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Two parsed specs and two IRs are a million objects that all live until the diff is done.

    Their growth keeps triggering full cycle collections, each one scanning everything
    built so far and finding nothing (the IR holds no cycles): about a seventh of the
    diff's time. Reference counting still frees what the diff drops meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def exit_code(report: DiffReport, fail_on: str | None) -> int:
    """0, or 1 when `fail_on` is set and a change of that severity is in the report.

    fail_on: None (never fail), "breaking" (breaks the SDK or the wire),
    "sdk-breaking" or "wire-breaking".
    """
    if fail_on is None:
        return 0
    if fail_on not in FAIL_ON:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)} or None, not {fail_on!r}")
    sides = {"breaking": ("sdk", "wire"), "sdk-breaking": ("sdk",), "wire-breaking": ("wire",)}[fail_on]
    return int(any(getattr(change, side) == BREAKING for change in report.changes for side in sides))


__all__ = [
    "BREAKING",
    "FAIL_ON",
    "FORMATS",
    "NON_BREAKING",
    "POTENTIALLY_BREAKING",
    "Change",
    "DiffReport",
    "SemverAdvice",
    "diff_apis",
    "diff_specs",
    "exit_code",
    "render",
]
