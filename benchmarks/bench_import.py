"""Import-time and per-request-overhead benchmark: our SDK vs. two peers' SDKs.

Why: the project's goals are that ``import ampeco`` + building the client costs
at most 0.10 s more than ``import httpx, pydantic`` alone, is at least 20x
faster than the SDKs that peer generators make from the same AMPECO spec, and
that the first call (import, client, one ``charge_points.retrieve``) costs at most 0.10 s more
than that floor, and that one call costs at most 1.2x a bare ``httpx.Client.get(...).json()``
(with the server on a thread of the client's process, and in a process of its own).

How to run (from the repo root; the script itself needs only the stdlib):

    python benchmarks/bench_import.py [--runs N] [--reuse-peer-output]

* Spec: ``$AMPECO_SPEC``, default ``<repo>/../shared/specs/ampeco-public-api-3.110.0.json``.
* Each SDK is generated once into ``benchmarks/out/import-<tool>`` (not timed)
  and byte-compiled; each runs from a venv of its own under ``benchmarks/.peers/``: ours
  from one holding only the dependencies its pyproject declares, at the project's .venv
  versions (``_import_targets.runtime_python``), as an app that installs it would.
* Every timing is a fresh ``python -c`` process (wall clock, median of N runs, default 11:
  the floor alone took 0.11-0.24 s from round to round in one run; after one discarded
  warm-up run; runs interleave across tools),
  with PYTHONDONTWRITEBYTECODE unset. The floor is timed in each tool's own
  interpreter right before that tool's import; "minus floor" is the median of
  the per-round differences, which is robust to load from other processes.
* Per-request overhead (ours only): best of 5 alternating rounds of 2,000 calls.
* Calls go to a loopback-only canned-JSON server (``_local_server.py``).
* Prints Markdown tables and writes ``benchmarks/out/import.json``.
"""

from __future__ import annotations

import argparse
import os
import statistics
from dataclasses import asdict
from pathlib import Path

import _harness as h
import _import_targets as t
import _local_server as srv

FLOOR_CODE = "import httpx, pydantic"
GOAL_FLOOR_DELTA_S = 0.10
GOAL_PEER_SPEEDUP = 20.0
GOAL_OVERHEAD_RATIO = 1.2
NOISE_S = 0.01  # an excess over the floor below this is not told apart from zero
KINDS = ("floor", "import", "call")
# What any httpx + pydantic program pays for its first call, as a reference for ours: one GET
# and one small model (pydantic builds its model machinery on first use, httpx its TLS context
# and httpcore's connection pool), in our interpreter, timed like the probes.
BARE_CALL = (
    "import httpx, pydantic\n"
    "class Thing(pydantic.BaseModel):\n    id: int\n    name: str\n"
    "thing = Thing.model_validate(httpx.Client().get({url!r}).json()['data'])\n"
    "assert thing.id == 1"
)
# Less than any SDK built on httpx + pydantic can do: one small model built and validated and
# httpcore imported (httpx imports it when a client is built), no client, no request. A goal
# for the first call below this cannot be met by such an SDK, however lazy.
DEPENDENCY_MINIMUM = (
    "import httpx, pydantic, httpcore\n"
    "class Thing(pydantic.BaseModel):\n    id: int\n    name: str\n"
    "assert Thing.model_validate({'id': 1, 'name': 'x'}).id == 1"
)
FULL_PREFIX = "/full"  # server path prefix that answers with the spec-complete body


# --------------------------------------------------------------------------- fresh-process timing


def build_probes(targets: list[t.Target], port: int) -> list[t.Probe]:
    """Per tool, in this order within every round: the floor in the tool's own
    interpreter, (a) import+construct, (b) first call. Floor and (a) run back to
    back, so "minus floor" can be taken per round (paired) despite load drift."""
    base = f"http://127.0.0.1:{port}"
    full = base + FULL_PREFIX
    probes = []
    for target in [x for x in targets if not x.unavailable_reason]:
        # the peers' response models reject the sparse canned body: every tool gets the full one
        call_base = full
        codes = {
            "floor": FLOOR_CODE,
            "import": target.import_construct.format(base_url=base),
            "call": target.first_call.format(base_url=call_base),
        }
        if target.name == "ours":
            codes["call-full"] = target.first_call.format(base_url=full)
            codes["bare"] = BARE_CALL.format(url=base + srv.CALL_PATH)
            codes["minimum"] = DEPENDENCY_MINIMUM
        for kind, code in codes.items():
            key = f"{target.name}:{kind}"
            probes.append(t.Probe(key, target.python, target.cwd, code))
    return probes


# --------------------------------------------------------------------------- reporting


def seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def ratio(peer: float | None, ours: float | None) -> str:
    return "n/a" if peer is None or not ours or ours <= 0 else f"{peer / ours:.1f}x"


def met(ok: bool) -> str:
    return "MET" if ok else "NOT met"


def times_of(target: t.Target, results: dict) -> dict[str, float | None]:
    """Medians for one tool: floor, import+construct, first call, and the excess
    over the floor as the median of per-round differences (import - floor)."""
    probe = {kind: results.get(f"{target.name}:{kind}", {}) for kind in KINDS}
    medians = {kind: probe[kind].get("median_s") for kind in KINDS}
    for kind, key in (("import", "excess"), ("call", "call_excess")):
        pairs = zip(probe[kind].get("times_s", []), probe["floor"].get("times_s", []))
        diffs = [timed - floor for timed, floor in pairs]
        medians[key] = statistics.median(diffs) if diffs else None
    return medians


def excess_ratio(peer: float | None, ours: float | None) -> str:
    if ours is not None and ours < NOISE_S:
        return f"n/a (ours within {NOISE_S:g} s of floor)"
    return ratio(peer, ours)


def tool_rows(targets: list[t.Target], results: dict) -> list[list[str]]:
    ours = times_of(targets[0], results)
    rows = []
    for target in targets:
        row = [target.label, target.version]
        if target.unavailable_reason:
            rows.append(row + ["unavailable", "-", "-", "-", "-", "-"])
            continue
        mine = times_of(target, results)
        row += [seconds(mine[kind]) for kind in ("import", "excess", "call", "call_excess")]
        row += [ratio(mine["import"], ours["import"])]
        row += [excess_ratio(mine["excess"], ours["excess"])]
        rows.append(row)
    return rows


def overhead_rows(overhead: list[dict]) -> list[list[str]]:
    rows = []
    for row in overhead:
        if "failure" in row:
            rows.append([row["server"], "failed", "-", "-", row["failure"]])
            continue
        rates = [f"{row['ours_rps']:,.0f}", f"{row['plain_rps']:,.0f}"]
        rows.append(
            [row["server"], *rates, f"{row['ratio']:.2f}x", f"{row['overhead_us']:.0f}"]
        )
    return rows


def verdicts(targets: list[t.Target], results: dict, overhead: list[dict]) -> list[str]:
    ours = times_of(targets[0], results)
    if ours["excess"] is None or ours["import"] is None:
        return ["- cannot judge: ours unavailable or failed"]
    excess_ok = met(ours["excess"] <= GOAL_FLOOR_DELTA_S)
    goal = f"- ours import+construct <= its floor + {GOAL_FLOOR_DELTA_S:.2f} s"
    lines = [f"{goal}: {excess_ok} ({ours['excess']:+.3f} s)"]
    if ours["call_excess"] is not None:
        call_ok = met(ours["call_excess"] <= GOAL_FLOOR_DELTA_S)
        goal = f"- ours first call <= its floor + {GOAL_FLOOR_DELTA_S:.2f} s"
        minimum = over_floor(results, "minimum")
        below = (
            f"; below the dependencies' own minimum, {minimum:+.3f} s, so no SDK on httpx + pydantic meets it"
            if minimum is not None and minimum > GOAL_FLOOR_DELTA_S
            else ""
        )
        lines.append(f"{goal}: {call_ok} ({ours['call_excess']:+.3f} s{below})")
    for target in targets[1:]:
        peer = times_of(target, results)
        goal = f"- ours >= {GOAL_PEER_SPEEDUP:g}x faster than {target.label}"
        if peer["import"] is None or peer["excess"] is None:
            lines.append(f"{goal}: cannot judge (unavailable or failed)")
            continue
        whole = peer["import"] / ours["import"]
        excess = excess_ratio(peer["excess"], ours["excess"])
        excess_met = ours["excess"] < NOISE_S or (
            peer["excess"] / ours["excess"] >= GOAL_PEER_SPEEDUP
        )
        lines.append(
            f"{goal}: whole process {whole:.1f}x {met(whole >= GOAL_PEER_SPEEDUP)}; "
            f"above each one's floor {excess} {met(excess_met)}"
        )
    for row in overhead:
        if "ratio" in row:
            ok = row["ratio"] <= GOAL_OVERHEAD_RATIO
            lines.append(
                f"- per-call overhead <= {GOAL_OVERHEAD_RATIO:g}x plain httpx "
                f"(server: {row['server']}): {met(ok)} ({row['ratio']:.2f}x)"
            )
    return lines


def note_lines(targets: list[t.Target], results: dict, load: list[float]) -> list[str]:
    ready = [x for x in targets if not x.unavailable_reason]
    times = {x.label: times_of(x, results) for x in ready}
    lines = [f'Floors (`python -c "{FLOOR_CODE}"`, median, per interpreter):']
    lines += [
        f"- {x.label}: {seconds(times[x.label]['floor'])} s ({x.python})" for x in ready
    ]
    ours_min, floor_min = (
        results.get(f"ours:{kind}", {}).get("min_s", 0.0)
        for kind in ("import", "floor")
    )
    lines.append(
        f"- ours minus floor using min instead of median: {ours_min - floor_min:+.3f} s"
    )
    calls = [
        f"{label} {seconds(x['call'] - x['import'])} s"
        for label, x in times.items()
        if x["call"] is not None and x["import"] is not None
    ]
    lines.append(f"- first call minus import+construct: {', '.join(calls) or 'n/a'}")
    full = results.get("ours:call-full", {}).get("median_s")
    lines.append(
        f"- ours first call with the peers' spec-complete body: {seconds(full)} s"
    )
    bare = over_floor(results, "bare")
    if bare is not None:
        lines.append(
            f"- a bare httpx GET + one pydantic model, first call minus the same floor: {bare:+.3f} s "
            "(what any httpx + pydantic program pays once; ours is judged against the floor alone)"
        )
    minimum = over_floor(results, "minimum")
    if minimum is not None:
        lines.append(
            f"- one pydantic model validated + httpcore imported, no request, minus the same floor: "
            f"{minimum:+.3f} s (the least any SDK on httpx + pydantic pays before its first request)"
        )
    lines.append(
        f"- load average (1 min) at start / end: {load[0]:.2f} / {load[1]:.2f}"
    )
    for target in targets:
        reason = target.unavailable_reason
        for note in ([f"unavailable: {reason}"] if reason else []) + target.notes:
            lines.append(f"- {target.label}: {note}")
        for kind in ("import", "call"):
            failure = results.get(f"{target.name}:{kind}", {}).get("failure")
            if failure:
                lines.append(f"- {target.label}: {kind} FAILED: {failure}")
    return lines


def over_floor(results: dict, kind: str) -> float | None:
    """The median of the per-round differences between one of ours' reference probes and the floor."""
    timed = results.get(f"ours:{kind}", {}).get("times_s", [])
    floors = results.get("ours:floor", {}).get("times_s", [])
    if not timed or not floors:
        return None
    return statistics.median(a - b for a, b in zip(timed, floors))


def print_report(
    targets: list[t.Target], results: dict, overhead: list[dict], report: dict
) -> None:
    headers = [
        "tool", "version", "import+construct (s)", "minus floor (s)", "first call (s)", "first call minus floor (s)",
        "ratio vs ours (import+construct)", "ratio vs ours (minus floor)",
    ]  # fmt: skip
    print("\n" + h.markdown_table(headers, tool_rows(targets, results)) + "\n")
    print("\n".join(note_lines(targets, results, report["load_average_1min"])))
    print(
        f"\nPer-request overhead, ours only ({srv.OVERHEAD_CALLS} sequential "
        f"`retrieve(1)` vs plain `httpx.Client.get(url).json()`, best of "
        f"{srv.OVERHEAD_ROUNDS} alternating rounds, {srv.OVERHEAD_WARMUP} warm-up each):\n"
    )
    headers = ["server", "ours req/s", "plain httpx req/s", "ours/plain (time)"]
    print(h.markdown_table(headers + ["overhead us/call"], overhead_rows(overhead)))
    print("\nVerdicts:\n" + "\n".join(report["verdicts"]))


def measure_ours_overhead(ours: t.Target) -> list[dict[str, object]]:
    assert ours.python is not None and ours.cwd is not None
    env = t.timing_env()
    return [
        srv.measure_overhead(ours.python, ours.cwd, env, mode)
        for mode in srv.OVERHEAD_MODES
    ]


def target_json(target: t.Target) -> dict[str, object]:
    data, base = asdict(target), "http://127.0.0.1:PORT"
    call_base = base if target.name == "ours" else base + FULL_PREFIX
    data["import_construct"] = target.import_construct.format(base_url=base)
    data["first_call"] = target.first_call.format(base_url=call_base)
    return data


# --------------------------------------------------------------------------- main


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=11, help="runs per probe (default 11)"
    )
    parser.add_argument(
        "--reuse-peer-output",
        action="store_true",
        help="reuse out/import-opc and out/import-oag if present (skip generation)",
    )
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be >= 1")
    return args


def build_targets(spec: Path, args: argparse.Namespace) -> list[t.Target]:
    regenerate = not args.reuse_peer_output
    return [
        t.build_ours(spec),
        t.build_opc(spec, regenerate),
        t.build_oag(spec, regenerate),
    ]


def main() -> None:
    args = parse_args()
    spec = h.resolve_spec_path()
    report: dict = {
        "spec": str(spec),
        "runs": args.runs,
        "machine": h.machine_summary(),
    }
    load_at_start = os.getloadavg()[0]
    targets = build_targets(spec, args)
    for target in targets:
        reason = target.unavailable_reason
        print(f"[setup] {target.label}: {reason or 'ready'}", flush=True)
    print(f"[setup] written back in {h.settle():.1f} s (see _harness.settle)", flush=True)
    bodies = {"": srv.DEFAULT_BODY, FULL_PREFIX: srv.example_body(spec, t.OPERATION_ID)}
    port, stop_server = srv.start_in_thread(bodies)
    try:
        probes = build_probes(targets, port)
        t.run_probes(probes, args.runs)
    finally:
        stop_server()
    print("[run] per-request overhead ...", flush=True)
    overhead = (
        [] if targets[0].unavailable_reason else measure_ours_overhead(targets[0])
    )
    results = {probe.key: probe.summary() for probe in probes}
    report.update(floor_code=FLOOR_CODE, targets=[target_json(x) for x in targets])
    report.update(probes=results, overhead=overhead)
    report.update(verdicts=verdicts(targets, results, overhead))
    report["load_average_1min"] = [load_at_start, os.getloadavg()[0]]
    print_report(targets, results, overhead, report)
    h.write_json(h.OUT_DIR / "import.json", report)
    print(f"\nJSON: {h.OUT_DIR / 'import.json'}")


if __name__ == "__main__":
    main()
