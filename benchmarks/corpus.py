"""`make corpus`: every spec of tests/corpus/ through sdkgen (all checks) and openapi-python-client.

For each spec, ours: generated in a subprocess (wall time, CPU time, peak memory), every
operation emitted, every module imported and every type built, `black --check` and
`mypy --strict` clean (tests/support/corpus.py, the same checks `make test` runs on the
small specs). The peer: `openapi-python-client generate` on the same file, from its own
virtualenv under benchmarks/.peers/ (installed on first use, see _harness.py): its exit
code, the endpoints it wrote (modules with a `sync_detailed` function) and its time.

    python benchmarks/corpus.py [--skip-peers] [--tier small|big] [NAME ...]

Prints a Markdown table and writes benchmarks/out/corpus.json. Exit 1 if a spec fails ours.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _generators as g
import _harness as h

sys.path.insert(0, str(h.REPO_ROOT))

from tests.support import corpus  # noqa: E402


def run_peer(bin_dir: Path, spec: Path, out: Path) -> dict[str, object]:
    """openapi-python-client on one spec: exit code, endpoints written, wall time, peak memory."""
    command = [str(bin_dir / "openapi-python-client"), "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    try:
        output, _ = process.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        return {"result": "timeout (600 s)", "endpoints": 0, "seconds": 600.0}
    seconds = time.perf_counter() - started
    endpoints = 0
    if (out).is_dir():
        for module in out.rglob("*.py"):
            if "def sync_detailed(" in module.read_text(encoding="utf-8", errors="replace"):
                endpoints += 1
    dropped = output.count("Endpoint will not be generated")
    if process.returncode != 0:
        generic = ("If you believe", "Error(s) encountered", "For further information")
        said = [line.strip() for line in output.splitlines() if line.strip() and not line.strip().startswith(generic)]
        result = f"exit {process.returncode}: {': '.join(said[:2]).replace(str(out), '<out>')[:90]}"
    else:
        result = "ok" if not dropped else f"ok, {dropped} endpoint(s) dropped"
    return {"result": result, "endpoints": endpoints, "seconds": round(seconds, 2)}


def openapi_version(spec: Path) -> str:
    from generator.loader import read_document

    return str(read_document(str(spec)).get("openapi", "?"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these specs (names from tests/corpus/corpus.json)")
    parser.add_argument("--tier", choices=("small", "big"), help="only this tier")
    parser.add_argument("--skip-peers", action="store_true", help="only run ours")
    args = parser.parse_args()
    selected = [e for e in corpus.entries(args.tier) if not args.names or e.name in args.names]
    folder = Path(tempfile.mkdtemp(prefix="sdkgen-corpus-"))
    try:
        started = time.perf_counter()
        results = corpus.run_all(selected, folder)
        ours_seconds = time.perf_counter() - started
        peer_bin = None if args.skip_peers else h.ensure_peer_venv("openapi-python-client", [g.OPC_REQUIREMENT])
        peer_version = h.installed_version(peer_bin, "openapi-python-client") if peer_bin else "-"
        rows = []
        for result in results:
            row = corpus.as_row(result)
            row["openapi"] = openapi_version(result.spec_path)
            if peer_bin is not None:
                print(f"[peer] {result.entry.name} ...", flush=True)
                row["peer"] = run_peer(peer_bin, result.spec_path, folder / "peer" / result.entry.name)
            rows.append(row)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print_table(rows, peer_version)
    failed = [r["spec"] for r in rows if r["result"] != "ok"]
    ours_ok = len(rows) - len(failed)
    peer_ok = sum(1 for r in rows if str(r.get("peer", {}).get("result", "")).startswith("ok"))
    print(f"\n{len(rows)} specs; ours: {ours_ok} pass every check ({ours_seconds:.0f} s for all checks)", end="")
    print(f"; openapi-python-client {peer_version}: {peer_ok} generate" if peer_bin else "")
    for row in rows:
        for problem in row["problems"]:
            print(f"  {row['spec']}: {problem[:400]}")
    h.OUT_DIR.mkdir(parents=True, exist_ok=True)
    (h.OUT_DIR / "corpus.json").write_text(json.dumps({"peer_version": peer_version, "rows": rows}, indent=2) + "\n")
    sys.exit(1 if failed else 0)


def print_table(rows: list[dict], peer_version: str) -> None:
    print(
        "\n| spec | OpenAPI | operations | ours | time (wall / CPU) | peak memory "
        f"| openapi-python-client {peer_version} | its endpoints | its time |"
    )
    print("| --- | --- | ---: | --- | ---: | ---: | --- | ---: | ---: |")
    for r in rows:
        peer = r.get("peer") or {"result": "-", "endpoints": "-", "seconds": "-"}
        peer_time = f"{peer['seconds']} s" if isinstance(peer["seconds"], float) else peer["seconds"]
        ours = "ok" if r["result"] == "ok" else "FAIL"
        print(
            f"| {r['spec']} | {r['openapi']} | {r['emitted']}/{r['operations']} | {ours} | {r['seconds']:.2f} / {r['cpu_seconds']:.2f} s "
            f"| {r['megabytes']} MB | {peer['result']} | {peer['endpoints']} | {peer_time} |"
        )


if __name__ == "__main__":
    main()
