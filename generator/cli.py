"""Command line: `sdkgen generate`, `sdkgen check`, `sdkgen ir`."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from generator import __version__
from generator.deepstack import call_with_deep_stack
from generator.errors import GeneratorError, SpecError

EXIT_DRIFT = 1
EXIT_BAD_INPUT = 2


def _guarded(action: Callable[[], int], spec_path: str | None = None) -> None:
    """Runs a command; user-facing errors become one line on stderr and exit code 2."""
    try:
        code = call_with_deep_stack(action)
    except SpecError as exc:
        click.echo(f"error: {exc.file}: {exc.pointer}: {exc.message}", err=True)
        code = EXIT_BAD_INPUT
    except GeneratorError as exc:
        click.echo(f"error: {exc}", err=True)
        code = EXIT_BAD_INPUT
    except RecursionError:
        label = os.path.basename(spec_path) if spec_path else "spec"
        click.echo(f"error: {label}: #: the spec nests schemas or $ref chains too deeply to process", err=True)
        code = EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - a bug must still not show users a traceback
        if os.environ.get("SDKGEN_DEBUG"):
            raise
        click.echo(f"internal error: {type(exc).__name__}: {exc} (set SDKGEN_DEBUG=1 for a traceback)", err=True)
        code = 3
    sys.exit(code)


@click.group()
@click.version_option(__version__, prog_name="sdkgen")
def main() -> None:
    """Generate a typed Python SDK (httpx + pydantic v2) from an OpenAPI 3.0/3.1 spec."""


@main.command()
@click.option("--spec", "spec_path", required=True, type=click.Path(dir_okay=False), help="OpenAPI spec (JSON or YAML)")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="output folder")
@click.option("--package", default=None, help="Python package name (default: the one the folder has, else the API title's first word)")
@click.option("--allow-remote-refs", is_flag=True, help="fetch $refs that point to http(s) URLs")
@click.option("--no-cache", is_flag=True, help="format every file again (the format cache is neither read nor written)")
@click.option("--release-names", is_flag=True, help="forget locked names of schemas and operations the spec no longer has")
@click.option("--changelog-from", "changelog_from", type=click.Path(dir_okay=False), default=None,
              help="the previous spec: add the diff against it to CHANGELOG.md in the output")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="the sdkgen.yaml (default: the one beside the spec, if any)")
def generate(
    spec_path: str, out: str, package: str | None, allow_remote_refs: bool, no_cache: bool, release_names: bool,
    changelog_from: str | None, config_path: str | None,
) -> None:
    """Generate the SDK for SPEC into OUT."""

    def run() -> int:
        from generator.pipeline import generate as run_generate
        from generator.report import summary

        _check_package(package)
        generation = run_generate(
            spec_path, Path(out), package, allow_remote_refs, use_cache=not no_cache, release_names=release_names,
            changelog_from=changelog_from, config_path=config_path,
        )
        click.echo(summary(generation, out))
        return 0

    _guarded(run, spec_path)


@main.command()
@click.option("--spec", "spec_path", required=True, type=click.Path(dir_okay=False))
@click.option("--out", required=True, type=click.Path(file_okay=False))
@click.option("--package", default=None)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="the sdkgen.yaml (default: the one beside the spec, if any)")
def check(spec_path: str, out: str, package: str | None, config_path: str | None) -> None:
    """Exit 0 if OUT is exactly what `generate` would write, 1 if it drifted."""

    def run() -> int:
        from generator.loader import read_bytes
        from generator.pipeline import check as run_check

        read_bytes(spec_path, os.path.basename(spec_path))  # a missing spec is bad input, not drift
        drift = run_check(spec_path, Path(out), package, config_path)
        if drift.clean:
            click.echo(f"{out} is up to date with {spec_path}")
            return 0
        click.echo(f"{out} has drifted from {spec_path}:", err=True)
        for reason in drift.reasons:
            click.echo(f"  - {reason}", err=True)
        for line in drift.files[:50]:
            click.echo(f"    {line}", err=True)
        if len(drift.files) > 50:
            click.echo(f"    ... and {len(drift.files) - 50} more", err=True)
        fix = f"sdkgen generate --spec {spec_path} --out {out}" + (f" --package {package}" if package else "")
        fix += f" --config {config_path}" if config_path else ""
        click.echo(f"fix: {fix}", err=True)
        return EXIT_DRIFT

    _guarded(run)


@main.command()
@click.argument("old", type=click.Path(dir_okay=False))
@click.argument("new", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(["breaking", "sdk-breaking", "wire-breaking"]), default=None,
              help="exit 1 when a change of this severity is found")
@click.option("--sdk", "sdk_dir", type=click.Path(file_okay=False), default=None,
              help="a generated SDK folder: use its name lock for both versions")
@click.option("--keep-names", is_flag=True, help="judge names as regenerating in place gives them (the old names kept)")
@click.option("--allow-remote-refs", is_flag=True, help="fetch $refs that point to http(s) URLs")
@click.option("--old-config", type=click.Path(dir_okay=False), default=None, help="the sdkgen.yaml for OLD (default: beside it)")
@click.option("--config", "new_config", type=click.Path(dir_okay=False), default=None, help="the sdkgen.yaml for NEW (default: beside it)")
def diff(
    old: str, new: str, fmt: str, fail_on: str | None, sdk_dir: str | None, keep_names: bool, allow_remote_refs: bool,
    old_config: str | None, new_config: str | None,
) -> None:
    """Compare two specs through the IR: wire and SDK changes, breaking or not, semver advice."""

    def run() -> int:
        import gc

        from generator.diff import diff_specs, exit_code, render

        gc.disable()  # a one-shot process whose million objects live until it exits; see diff_specs
        report = diff_specs(
            old, new, allow_remote_refs, keep_names=keep_names, sdk_dir=sdk_dir, old_config=old_config, new_config=new_config
        )
        click.echo(render(report, fmt), nl=False)
        return exit_code(report, fail_on)

    _guarded(run)


@main.command()
@click.option("--index", "index_url", default="https://developers.ampeco.com/openapi/", show_default=True,
              help="the page that lists the published specs, oldest first")
@click.option("--out", "out_dir", default="specs/", show_default=True, type=click.Path(file_okay=False))
@click.option("--timeout", default=30.0, show_default=True, type=float, help="seconds per download")
def fetch(index_url: str, out_dir: str, timeout: float) -> None:
    """Download the newest spec listed on the index page; prints the saved path."""

    def run() -> int:
        from generator.fetch import fetch_latest

        click.echo(str(fetch_latest(index_url, out_dir, timeout=timeout)))
        return 0

    _guarded(run)


@main.command()
@click.argument("spec_path", type=click.Path(dir_okay=False))
@click.option("--allow-remote-refs", is_flag=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="the sdkgen.yaml (default: the one beside the spec, if any)")
def ir(spec_path: str, allow_remote_refs: bool, config_path: str | None) -> None:
    """Print the intermediate model of SPEC as JSON (stable key order)."""

    def run() -> int:
        from generator.pipeline import load_api

        api = load_api(spec_path, allow_remote_refs, config_path)
        click.echo(json.dumps(ir_document(api), indent=2, sort_keys=True, default=str))
        return 0

    _guarded(run)


def ir_document(api: Any) -> dict[str, Any]:
    document = dataclasses.asdict(api)
    for op, raw in zip(api.operations, document["operations"]):
        raw["accessor"] = f"{op.resource}.{op.method_name}"
        raw["arguments"] = [p.py_name for p in op.parameters]
    return document


def _check_package(package: str | None) -> None:
    if package is not None and not package.isidentifier():
        raise GeneratorError(f"--package {package!r} is not a valid Python package name")


def run_command() -> None:
    """`sdkgen` as a program: `main`, then the process ends as soon as its output is flushed.

    A generation leaves a large spec and IR in memory; tearing the interpreter down frees it
    object by object and runs a last garbage collection, 0.05 s of every run that nobody needs.
    Every file is written and every worker reaped before `main` returns, so nothing is lost.
    """
    try:
        main()
        code = 0
    except SystemExit as exc:
        if isinstance(exc.code, str):
            click.echo(exc.code, err=True)
        code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe: the output is lost either way
        code = code or 1
    os._exit(code)
