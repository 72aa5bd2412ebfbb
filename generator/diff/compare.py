"""Two Apis in, one sorted and classified list of changes out."""

from __future__ import annotations

from generator.diff.classify import classify
from generator.diff.compare_definitions import compare_definitions, module_moves
from generator.diff.compare_operations import compare_operations
from generator.diff.compare_toplevel import compare_toplevel
from generator.diff.context import DiffContext
from generator.diff.folding import fold_definitions
from generator.diff.kinds import CANNOT_MOVE_CLASSES
from generator.diff.model import Change, DiffReport, SpecInfo
from generator.diff.semver import recommend
from generator.emit.plan import assign_modules
from generator.ir import Api


def diff_apis(old: Api, new: Api, old_label: str = "old", new_label: str = "new", names: str = "fresh") -> DiffReport:
    """`names` says how the class and method names were given (see generator.diff.loading), for the report."""
    ctx = DiffContext.build(old, new)
    changes = [*compare_toplevel(ctx), *compare_operations(ctx), *compare_definitions(ctx)]
    if any(c.kind not in CANNOT_MOVE_CLASSES for c in changes):
        for api in (old, new):
            if not _planned(api):
                assign_modules(api)
        changes += module_moves(ctx)
    changes = fold_definitions(ctx, changes)
    changes = sorted((classify(change) for change in changes), key=Change.sort_key)
    return DiffReport(
        old=SpecInfo(old_label, old.title, old.version),
        new=SpecInfo(new_label, new.title, new.version),
        changes=changes,
        semver=recommend(changes, old.version, new.version),
        names=names,
    )


def _planned(api: Api) -> bool:
    return all(d.module for table in (api.models, api.enums, api.unions) for d in table.values())
