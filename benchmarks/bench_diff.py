"""`sdkgen diff` of two real-size specs, beside `sdkgen generate` of one, in one run.

The version-bump workflow diffs every new AMPECO release against the previous one; the diff
must cost well under a generation. The second spec is the real one with one operation
removed and one schema property added (written to benchmarks/out/, git-ignored).

    python benchmarks/bench_diff.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import time
from pathlib import Path
from typing import Callable

import _harness as h

SDKGEN = h.REPO_ROOT / ".venv" / "bin" / "sdkgen"


def mutated_copy(spec: Path, target: Path) -> Path:
    raw = json.loads(spec.read_text(encoding="utf-8"))
    del raw["paths"]["/public-api/resources/charge-points/v2.0"]["post"]
    raw["components"]["schemas"]["Location"]["properties"]["benchmarkField"] = {"type": "string"}
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(raw), encoding="utf-8")
    return target


def timed(command: list[str], runs: int, before: Callable[[], object] = lambda: None) -> list[float]:
    times = []
    for _ in range(runs):
        before()
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    spec = h.resolve_spec_path()
    other = mutated_copy(spec, h.OUT_DIR / "diff" / "mutated.json")
    out = h.OUT_DIR / "diff" / "sdk"
    diff = timed([str(SDKGEN), "diff", str(spec), str(other)], args.runs)
    generate = timed(
        [str(SDKGEN), "generate", "--spec", str(spec), "--out", str(out), "--package", "ampeco", "--no-cache"],
        args.runs,
        before=lambda: h.set_aside(out),
    )
    rows = [
        ["sdkgen diff (two real-size specs)", f"{statistics.median(diff):.2f}", f"{min(diff):.2f}"],
        ["sdkgen generate (one spec, cold)", f"{statistics.median(generate):.2f}", f"{min(generate):.2f}"],
    ]
    print(h.markdown_table(["command", "median s", "min s"], rows))
    ratio = statistics.median(diff) / statistics.median(generate)
    print(f"\ndiff takes {ratio:.0%} of a generation")


if __name__ == "__main__":
    main()
