"""Generation-speed benchmark: our ``sdkgen`` vs. two peer generators.

Why: the project's goal is that generating the AMPECO SDK with ``sdkgen`` is
at least 20x faster than both openapi-python-client and
datamodel-code-generator on the real spec. This script measures that, the same
way every time, and keeps the peers out of the project's own environment.

How to run (from the repo root):

    python benchmarks/bench_generate.py [--runs N] [--skip-peers]

* Spec: ``$AMPECO_SPEC``, default ``<repo>/../shared/specs/ampeco-public-api-3.110.0.json``.
* Ours: ``$SDKGEN`` (a path or a command line), default ``<repo>/.venv/bin/sdkgen``.
* Peers are pip-installed (pinned) on first use into ``benchmarks/.peers/<name>/``;
  install time is not measured. Without network they are reported "unavailable".
* Each tool runs N times (default 5: runs of the same command here differ by up to 30%),
  its previous output moved aside before each run (``_harness.set_aside``: not deleted,
  which would slow the next run's file creation) and everything written so far synced to
  disk (``_harness.settle``); we report median/min wall-clock seconds, output files, .py lines and
  exit code, print a Markdown table and write ``benchmarks/out/generate.json``.
  Each tool's stdout/stderr of the last run is kept in ``benchmarks/out/logs/``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import _generators as g
import _harness as h
from _generators import Tool

GOAL_SPEEDUP = 20.0
GOAL_TEXT = f"ours at least {GOAL_SPEEDUP:g}x faster than both"


# --------------------------------------------------------------------------- running


def run_tool(tool: Tool, runs: int) -> dict[str, object]:
    """Time ``tool`` ``runs`` times; return a JSON-ready result dict."""
    result: dict[str, object] = {
        "name": tool.name,
        "label": tool.label,
        "version": tool.version,
        "command": tool.command,
        "available": False,
        "unavailable_reason": tool.unavailable_reason,
        "notes": tool.notes,
    }
    if tool.unavailable_reason:
        print(f"[skip] {tool.label}: unavailable — {tool.unavailable_reason}")
        return result
    env = h.env_with_bin_first(tool.bin_dir)
    timed_runs = []
    for run_index in range(1, runs + 1):
        h.set_aside(tool.output_path)
        if tool.create_output_dir:
            tool.output_path.mkdir(parents=True)
        # what the previous run wrote (up to 6,551 files) is written back before this one starts,
        # not by the kernel during it, whichever tool that is (see _harness.settle)
        h.settle()
        timed = h.time_command(tool.command, env, tool.name)
        print(
            f"[run] {tool.label} #{run_index}: {timed.seconds:.2f}s exit={timed.exit_code}",
            flush=True,
        )
        timed_runs.append(timed)
    seconds = [t.seconds for t in timed_runs]
    median_s, min_s = h.median_and_min(seconds)
    stderr_text = timed_runs[-1].stderr_path.read_text(errors="replace")
    result.update(
        available=True,
        times_s=seconds,
        median_s=median_s,
        min_s=min_s,
        exit_codes=[t.exit_code for t in timed_runs],
        exit_code=timed_runs[-1].exit_code,
        stderr_lines=len(stderr_text.splitlines()),
        notes=tool.notes
        + tool.summarize_stderr(stderr_text)
        + failure_note(timed_runs[-1]),
        **h.output_stats(tool.output_path),
    )
    return result


def failure_note(timed: h.TimedRun) -> list[str]:
    """Point at the log when the last run failed, quoting its last stderr line."""
    if timed.exit_code == 0:
        return []
    stderr_lines = timed.stderr_path.read_text(errors="replace").strip().splitlines()
    last_line = stderr_lines[-1][:160] if stderr_lines else "(no stderr)"
    relative_log = timed.stderr_path.relative_to(h.REPO_ROOT)
    return [f"FAILED exit={timed.exit_code}: {last_line} (see {relative_log})"]


# --------------------------------------------------------------------------- reporting


def ratio_text(peer: dict, ours: dict) -> str:
    if peer["name"] == "ours" or not peer["available"]:
        return "-"
    if not ours["available"] or ours.get("exit_code") != 0:
        return (
            "n/a (ours unavailable)" if not ours["available"] else "n/a (ours failed)"
        )
    ratio = peer["median_s"] / ours["median_s"]
    return (
        f"{ratio:.1f}x slower than ours"
        if ratio >= 1
        else f"ours {1 / ratio:.1f}x slower"
    )


def table_row(result: dict, ours: dict) -> list[str]:
    if not result["available"]:
        return [
            result["label"],
            result["version"],
            "unavailable",
            "-",
            "-",
            "-",
            "-",
            "-",
        ]
    return [
        result["label"],
        result["version"],
        f"{result['median_s']:.2f}",
        f"{result['min_s']:.2f}",
        str(result["files"]),
        f"{result['py_lines']:,}",
        str(result["exit_code"]),
        ratio_text(result, ours),
    ]


def verdict_text(results: list[dict]) -> str:
    ours, peers = results[0], results[1:]
    if not ours["available"] or ours.get("exit_code") != 0:
        return f"Verdict: cannot judge {GOAL_TEXT!r}: ours unavailable or failed."
    missing = [p["label"] for p in peers if not p["available"]]
    if missing:
        return f"Verdict: cannot judge fully — peers unavailable: {', '.join(missing)}."
    speedups = {p["label"]: p["median_s"] / ours["median_s"] for p in peers}
    met = all(speedup >= GOAL_SPEEDUP for speedup in speedups.values())
    detail = ", ".join(f"{label} {speedup:.1f}x" for label, speedup in speedups.items())
    outcome = "MET" if met else "NOT met"
    return f"Verdict: goal {GOAL_TEXT!r} {outcome} ({detail})."


def print_report(results: list[dict], black_clean: str, verdict: str) -> None:
    headers = [
        "tool",
        "version",
        "median s",
        "min s",
        "files",
        "py lines",
        "exit",
        "ratio",
    ]
    print()
    print(
        h.markdown_table(headers, [table_row(result, results[0]) for result in results])
    )
    print()
    print(f"- ours black-clean: {black_clean}")
    for result in results:
        reason = result["unavailable_reason"]
        for note in ([f"unavailable: {reason}"] if reason else []) + list(
            result["notes"]
        ):
            print(f"- {result['label']}: {note}")
    print()
    print(verdict)


def sdk_size(out: Path, spec_path: Path) -> dict[str, float]:
    """Lines and classes of our generated package, and lines per operation of the spec."""
    from generator.pipeline import load_api

    package = next((p for p in out.iterdir() if (p / "_base_client.py").is_file()), None)
    if package is None:
        return {}
    files = list(package.rglob("*.py"))
    lines = sum(len(f.read_text(encoding="utf-8").splitlines()) for f in files)
    classes = sum(f.read_text(encoding="utf-8").count("(BaseModel):") for f in (package / "types").rglob("*.py"))
    operations = len(load_api(str(spec_path)).operations)
    return {"lines": lines, "operations": operations, "lines_per_operation": lines / operations, "classes": classes}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=5, help="timed runs per tool (default 5)"
    )
    parser.add_argument("--skip-peers", action="store_true", help="only time ours")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be >= 1")
    return args


def main() -> None:
    args = parse_args()
    spec_path = h.resolve_spec_path()
    tools = [g.build_ours(spec_path)]
    if args.skip_peers:
        tools += [
            g.peer_skipped("opc", "openapi-python-client", g.OPC_VERSION),
            g.peer_skipped("dcg", "datamodel-code-generator", g.DCG_VERSION),
        ]
    else:
        tools += [
            g.build_openapi_python_client(spec_path),
            g.build_datamodel_codegen(spec_path),
        ]
    results = [run_tool(tool, args.runs) for tool in tools]
    black_clean = (
        h.check_black_clean(tools[0].output_path)
        if results[0]["available"]
        else "skipped (ours unavailable)"
    )
    verdict = verdict_text(results)
    print_report(results, black_clean, verdict)
    size = sdk_size(tools[0].output_path, spec_path) if results[0]["available"] else {}
    if size:
        print(
            f"- ours SDK size: {size['lines']:,} Python lines in the package, {size['operations']} operations"
            f" = {size['lines_per_operation']:.0f} lines per operation; {size['classes']:,} model classes"
            " (before entity types, 2026-12-01: 164,351 lines, 364 per operation, 4,293 model + 1,543 enum classes)"
        )
    h.write_json(
        h.OUT_DIR / "generate.json",
        {
            "spec": str(spec_path),
            "spec_bytes": spec_path.stat().st_size,
            "runs": args.runs,
            "machine": h.machine_summary(),
            "ours_black_clean": black_clean,
            "verdict": verdict,
            "tools": results,
            "ours_sdk_size": size,
        },
    )
    print(f"\nJSON: {h.OUT_DIR / 'generate.json'}")


if __name__ == "__main__":
    main()
