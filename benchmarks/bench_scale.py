"""Scaling benchmark: does generation time and memory grow linearly with the spec?

Why: an API ten times AMPECO's size exists (cloud providers, Microsoft Graph); a generator
that is fast at one size only is not fast. The goal: each doubling of the spec costs at
most 2.2x time and 2.2x peak memory, up to 8x the real spec.

How to run (from the repo root; the script itself needs only the stdlib):

    python benchmarks/bench_scale.py [--runs N] [--factors 1,2,4,8]

* The real spec (``$AMPECO_SPEC``) is replicated k times at run time into a temporary
  folder, never into the repo: copy i > 1 has every path under ``/copy{i}``, every
  operationId and tag suffixed ``Copy{i}``, and every component schema copied under a
  suffixed name (``$ref``s to them rewritten), so the generator sees k times as many distinct
  operations, resources and schemas. Every schema of copy i also carries ``x-replica: i``:
  the generator converts a schema written out again only once, and copies that equal the
  original value for value would cost it next to nothing, unlike a spec that is really larger.
* Each size is generated cold (``--no-cache``, a fresh output folder) N times (default 3),
  each in a fresh process; we report the median wall time, the median of each stage the
  generator reports (load, resolve, render, format, write) and the peak RSS of the
  generator's process (its ``ru_maxrss`` from ``wait4``; the formatter is a child of it).
* Prints a Markdown table with the growth factor per doubling and writes
  ``benchmarks/out/scale.json``.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import os
import re
import shlex
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import _generators as g
import _harness as h

GOAL_GROWTH = 2.2
STAGES = ("load", "resolve", "render", "format", "write")
STAGE_PATTERN = re.compile(r"(load|resolve|render|format|write) ([0-9.]+)s")
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


# --------------------------------------------------------------------------- the replicated spec


def replicate(spec: dict, factor: int) -> dict:
    """``spec`` with its paths, operations, tags and component schemas ``factor`` times over."""
    result = copy.deepcopy(spec)
    originals = spec.get("paths", {})
    schemas = spec.get("components", {}).get("schemas", {})
    for index in range(2, factor + 1):
        suffix = f"Copy{index}"
        renamed = {name: f"{name}{suffix}" for name in schemas}
        for path, item in originals.items():
            result["paths"][f"/copy{index}{path}"] = _marked(_suffixed(copy.deepcopy(item), suffix, renamed), index)
        for name, schema in schemas.items():
            result["components"]["schemas"][renamed[name]] = _marked(_rewrite_refs(copy.deepcopy(schema), renamed), index)
        for tag in spec.get("tags", []):
            result["tags"].append({**tag, "name": f"{tag['name']} {suffix}"})
    return result


def _suffixed(item: dict, suffix: str, renamed: dict[str, str]) -> dict:
    for method, operation in item.items():
        if method not in HTTP_METHODS or not isinstance(operation, dict):
            continue
        if "operationId" in operation:
            operation["operationId"] += suffix
        operation["tags"] = [f"{tag} {suffix}" for tag in operation.get("tags", [])]
    return _rewrite_refs(item, renamed)


def _marked(node: object, index: int) -> object:
    """Every schema under ``node`` with ``x-replica: index`` (a schema: a string ``type``, or a
    list of ``allOf``/``oneOf``/``anyOf``; a map of properties named ``type`` is not one)."""
    if isinstance(node, dict):
        if isinstance(node.get("type"), str) or any(isinstance(node.get(k), list) for k in ("allOf", "oneOf", "anyOf")):
            node["x-replica"] = index
        for value in list(node.values()):
            _marked(value, index)
    elif isinstance(node, list):
        for value in node:
            _marked(value, index)
    return node


def _rewrite_refs(node: object, renamed: dict[str, str]) -> object:
    prefix = "#/components/schemas/"
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :] in renamed:
            node["$ref"] = prefix + renamed[ref[len(prefix) :]]
        for value in node.values():
            _rewrite_refs(value, renamed)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, renamed)
    return node


# --------------------------------------------------------------------------- running


def run_once(command: list[str], out: Path) -> dict[str, object]:
    """One cold generation in a fresh process: wall time, peak RSS (MB), stage times."""
    h.set_aside(out, out.parent / ".trash")  # deleted with the temporary folder, after the last run
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    stdout = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stages = {name: float(value) for name, value in STAGE_PATTERN.findall(stdout)}
    return {"seconds": elapsed, "peak_mb": usage.ru_maxrss / 1024, "exit_code": process.returncode, "stages": stages}


def measure(spec_path: Path, factor: int, runs: int, workdir: Path, sdkgen: list[str]) -> dict[str, object]:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    scaled = replicate(spec, factor)
    scaled_path = workdir / f"spec-x{factor}.json"
    scaled_path.write_text(json.dumps(scaled), encoding="utf-8")
    operations = sum(
        1 for item in scaled["paths"].values() for method in item if method in HTTP_METHODS
    )
    out = workdir / f"out-x{factor}"
    command = [*sdkgen, "generate", "--spec", str(scaled_path), "--out", str(out), "--package", "ampeco", "--no-cache"]
    results = []
    for run in range(1, runs + 1):
        result = run_once(command, out)
        print(f"[run] x{factor} #{run}: {result['seconds']:.2f}s {result['peak_mb']:.0f} MB exit={result['exit_code']}", flush=True)
        results.append(result)
    return {
        "factor": factor,
        "paths": len(scaled["paths"]),
        "operations": operations,
        "spec_mb": scaled_path.stat().st_size / 1e6,
        "exit_codes": [r["exit_code"] for r in results],
        "times_s": [r["seconds"] for r in results],
        "median_s": statistics.median(r["seconds"] for r in results),
        "peak_mb": statistics.median(r["peak_mb"] for r in results),
        "stages": {
            name: statistics.median(r["stages"].get(name, 0.0) for r in results) for name in STAGES
        },
    }


# --------------------------------------------------------------------------- reporting


def growth(rows: list[dict], index: int, key: str) -> float | None:
    """The growth of ``key`` per doubling of the spec from the previous row to this one."""
    if index == 0:
        return None
    previous, current = rows[index - 1], rows[index]
    doublings = math.log2(current["factor"] / previous["factor"])
    return (current[key] / previous[key]) ** (1 / doublings)


def table(rows: list[dict]) -> str:
    headers = ["spec", "paths", "operations", "spec MB", "median s", "per doubling (time)", "peak MB",
               "per doubling (memory)", *(f"{stage} s" for stage in STAGES)]  # fmt: skip
    lines = []
    for index, row in enumerate(rows):
        time_growth, memory_growth = growth(rows, index, "median_s"), growth(rows, index, "peak_mb")
        lines.append([
            f"x{row['factor']}", f"{row['paths']:,}", f"{row['operations']:,}", f"{row['spec_mb']:.1f}",
            f"{row['median_s']:.2f}", "-" if time_growth is None else f"{time_growth:.2f}x",
            f"{row['peak_mb']:.0f}", "-" if memory_growth is None else f"{memory_growth:.2f}x",
            *(f"{row['stages'][stage]:.2f}" for stage in STAGES),
        ])  # fmt: skip
    return h.markdown_table(headers, lines)


def verdicts(rows: list[dict]) -> list[str]:
    failed = [row["factor"] for row in rows if any(code != 0 for code in row["exit_codes"])]
    if failed:
        return [f"- cannot judge: generation failed at x{', x'.join(map(str, failed))}"]
    lines = []
    for key, label in (("median_s", "time"), ("peak_mb", "peak memory")):
        worst = max((growth(rows, i, key) or 0.0) for i in range(len(rows)))
        ok = worst <= GOAL_GROWTH
        lines.append(
            f"- each doubling costs <= {GOAL_GROWTH:g}x {label}: {'MET' if ok else 'NOT met'} (worst {worst:.2f}x)"
        )
    return lines


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="cold runs per size (default 3)")
    parser.add_argument("--factors", default="1,2,4,8", help="sizes, as multiples of the spec (default 1,2,4,8)")
    args = parser.parse_args()
    args.factors = sorted({int(f) for f in args.factors.split(",") if f.strip()})
    if args.runs < 1 or not args.factors or min(args.factors) < 1:
        parser.error("--runs and every factor must be >= 1")
    return args


def main() -> None:
    args = parse_args()
    spec_path = h.resolve_spec_path()
    sdkgen = shlex.split(os.environ.get("SDKGEN") or str(g.OURS_DEFAULT))
    with tempfile.TemporaryDirectory(prefix="sdkgen-scale-") as tmp:
        rows = [measure(spec_path, factor, args.runs, Path(tmp), sdkgen) for factor in args.factors]
    print("\nGeneration of the real spec replicated k times (cold, median of "
          f"{args.runs} fresh processes; growth is per doubling of the spec):\n")  # fmt: skip
    print(table(rows))
    report_verdicts = verdicts(rows)
    print("\nVerdicts:\n" + "\n".join(report_verdicts))
    h.write_json(
        h.OUT_DIR / "scale.json",
        {"spec": str(spec_path), "runs": args.runs, "machine": h.machine_summary(), "rows": rows, "verdicts": report_verdicts},
    )
    print(f"\nJSON: {h.OUT_DIR / 'scale.json'}")


if __name__ == "__main__":
    main()
