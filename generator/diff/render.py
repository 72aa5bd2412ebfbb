"""The report as text (terminals), Markdown (pull requests) or JSON (tools; stable key order)."""

from __future__ import annotations

import json
from typing import Any

from generator.diff.model import SEVERITIES, Change, DiffReport

FORMATS = ("text", "markdown", "json")
_HEADINGS = {
    "breaking": "Breaking for SDK users",
    "potentially-breaking": "Potentially breaking for SDK users",
    "non-breaking": "Not breaking for SDK users",
}


def render(report: DiffReport, fmt: str = "text") -> str:
    if fmt == "text":
        return render_text(report)
    if fmt == "markdown":
        return render_markdown(report)
    if fmt == "json":
        return render_json(report)
    raise ValueError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")


def to_document(report: DiffReport) -> dict[str, Any]:
    return {
        "old": vars(report.old),
        "new": vars(report.new),
        "semver": vars(report.semver),
        "names": report.names,
        "summary": {
            "total": len(report.changes),
            "by_severity": report.counts_by_severity(),
            "by_kind": report.counts_by_kind(),
        },
        "changes": [change.to_dict() for change in report.changes],
    }


def render_json(report: DiffReport) -> str:
    return json.dumps(to_document(report), indent=2, sort_keys=True, default=_jsonable) + "\n"


def _jsonable(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(_jsonable(v) for v in value)
    return str(value)


def _title(report: DiffReport) -> str:
    old, new = report.old, report.new
    name = new.title if old.title == new.title else f"{old.title} -> {new.title}"
    return f"{name} {old.version} ({old.path}) -> {new.version} ({new.path})"


def _naming(report: DiffReport) -> str:
    if report.names == "fresh":
        return "SDK names: as a fresh generation gives them (pass --keep-names to judge regeneration in place)"
    return f"SDK names: {report.names}: the new spec keeps the names already given out, as regenerating in place does"


def _totals(report: DiffReport) -> str:
    counts = report.counts_by_severity()
    sides = []
    for side, label in (("sdk", "SDK"), ("wire", "wire")):
        parts = [f"{counts[side][s]} {s}" for s in SEVERITIES if counts[side][s]]
        sides.append(f"{label}: {', '.join(parts)}")
    total = len(report.changes)
    return f"{total} change{'' if total == 1 else 's'}; " + "; ".join(sides)


# -- text -----------------------------------------------------------------------------------
def render_text(report: DiffReport) -> str:
    lines = [
        f"API diff: {_title(report)}",
        _naming(report),
        f"SDK release: {report.semver.level.upper()} - {report.semver.reason}",
    ]
    if report.semver.warning:
        lines.append(f"warning: {report.semver.warning}")
    if not report.changes:
        lines += ["", "No changes."]
        return "\n".join(lines) + "\n"
    for severity in SEVERITIES:
        group = [c for c in report.changes if c.sdk == severity]
        if not group:
            continue
        lines += ["", f"{_HEADINGS[severity]} ({len(group)}):"]
        for change in group:
            lines += _text_change(change)
    lines += ["", f"Summary: {_totals(report)}"]
    lines += _text_table(report)
    return "\n".join(lines) + "\n"


def _text_change(change: Change) -> list[str]:
    lines = [f"  {change.kind}  {change.subject}  [wire: {change.wire}]", f"      {change.message}"]
    lines += [f"      {detail}" for detail in change.details]
    if change.note:
        lines.append(f"      note: {change.note}")
    return lines


def _text_table(report: DiffReport) -> list[str]:
    rows = report.counts_by_kind()
    width = max(len("kind"), *(len(kind) for kind in rows))
    header = f"  {'kind':<{width}}  total  sdk-breaking  wire-breaking  potentially"
    lines = [header]
    for kind, row in rows.items():
        lines.append(
            f"  {kind:<{width}}  {row['total']:>5}  {row['sdk-breaking']:>12}  {row['wire-breaking']:>13}  {row['potentially-breaking']:>11}"
        )
    return lines


# -- markdown -------------------------------------------------------------------------------
def render_markdown(report: DiffReport) -> str:
    lines = [
        f"## API diff: {_md(_title(report))}",
        "",
        f"**SDK release: {report.semver.level}** - {_md(report.semver.reason)}",
        "",
        f"_{_md(_naming(report))}_",
    ]
    if report.semver.warning:
        lines += ["", f"> **Warning:** {_md(report.semver.warning)}"]
    if not report.changes:
        lines += ["", "No changes."]
        return "\n".join(lines) + "\n"
    for severity in SEVERITIES:
        group = [c for c in report.changes if c.sdk == severity]
        if not group:
            continue
        lines += [
            "",
            f"### {_HEADINGS[severity]} ({len(group)})",
            "",
            "| kind | subject | change | wire | note |",
            "| --- | --- | --- | --- | --- |",
        ]
        for c in group:
            message = "<br>".join(_md(part) for part in [c.message, *c.details])
            lines.append(f"| `{c.kind}` | `{_md(c.subject)}` | {message} | {c.wire} | {_md(c.note or '')} |")
    lines += [
        "",
        "### Summary",
        "",
        _md(_totals(report)),
        "",
        "| kind | total | SDK-breaking | wire-breaking | potentially breaking |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for kind, row in report.counts_by_kind().items():
        lines.append(
            f"| `{kind}` | {row['total']} | {row['sdk-breaking']} | {row['wire-breaking']} | {row['potentially-breaking']} |"
        )
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
