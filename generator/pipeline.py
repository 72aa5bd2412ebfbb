"""The generate and check flows, independent of the command line."""

from __future__ import annotations

import gc
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator import naming
from generator.beside import Beside, forks
from generator.config import Config, config_sha256, find_config
from generator.dealer import Dealer
from generator.emit.docs_pages import DocPages
from generator.emit.formatting import Formatting
from generator.emit.output import (
    Drift,
    Manifest,
    compare_tree,
    edited_files,
    generator_fingerprint,
    read_manifest,
    write_tree,
)
from generator.emit.project import spec_sources
from generator.emit.render import TreeRenderer
from generator.ir import Api
from generator.loader import Spec, load_spec
from generator.parser import build_api
from generator.parser.lock import NameLock, lock_of


@dataclass
class Generation:
    api: Api
    package: str
    files: dict[str, str]
    manifest: Manifest
    timings: dict[str, float] = field(default_factory=dict)
    written: tuple[int, int, int] = (0, 0, 0)


def default_package(title: str, server_url: str | None = None) -> str:
    """The title's first word, whole and in lower case: `GitHub's REST API` gives `github` and
    `OpenAI API` gives `openai` (not `git` and `open`), `AMPECO.CHARGE Public API` gives `ampeco`,
    `The Plaid API` gives `plaid`. A title that names no API (Sentry's `API Reference`) gives
    the server's domain (`https://{region}.sentry.io` -> `sentry`), not `api`."""
    word = naming.title_word(title)
    if word is None or word.lower() in _GENERIC_TITLE_WORDS:
        word = _domain_word(server_url) or word
    return naming.field_name(word.lower()) if word else "sdk"


# a title's first word that names no API: a package `api` and a client `Api` say nothing
_GENERIC_TITLE_WORDS = frozenset({"api", "apis", "rest", "restful", "openapi", "public", "reference", "http", "web", "service"})


def _domain_word(server_url: str | None) -> str | None:
    """The name in a server URL's host: `https://api.example-co.com/v1` -> `example-co`."""
    host = urllib.parse.urlsplit(server_url or "").hostname or ""
    labels = [label for label in host.split(".") if label and "{" not in label and "%7b" not in label.lower()]
    if len(labels) < 2 or labels[-1].isdigit() or host in ("localhost", "127.0.0.1"):
        return None
    name = labels[-2]
    return None if name in ("example", "localhost") or name.lower() in _GENERIC_TITLE_WORDS else name


def load_api(spec_path: str, allow_remote_refs: bool = False, config_path: str | None = None) -> Api:
    spec = load_spec(spec_path, allow_remote_refs=allow_remote_refs)
    return build_api(spec, None, find_config(spec_path, config_path))


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """The spec and the IR are large graphs with few reference cycles: Python's cyclic
    collector walked them again and again as they grew (40% of resolving 4x the real spec)
    and freed next to nothing (peak memory is the same without it). It stays off until the
    output is written: turned back on, it would first walk the whole IR (0.015 s)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@cyclic_gc_paused()
def build(
    spec_path: str,
    package: str | None,
    allow_remote_refs: bool = False,
    use_cache: bool = True,
    lock: NameLock | None = None,
    release_names: bool = False,
    config: Config | None = None,
    previous_package: str | None = None,
) -> Generation:
    """`config`: the sdkgen.yaml to apply (see generator.config.find_config). The package is
    `package`, else the config's, else `previous_package` (the one generated before into the
    same folder), else the title's first word."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    given_lock = None if release_names else lock

    def loaded() -> Spec:
        spec = load_spec(spec_path, allow_remote_refs=allow_remote_refs)
        timings["load"] = time.perf_counter() - started
        return spec

    # The types, and the docs' pages it takes, are made by a worker beside this process. It resolves the
    # spec itself rather than being forked from this process's IR: after a fork, every page
    # either process touches is copied (the code took 0.28 s instead of 0.20 s to render). For
    # the same reason a JSON spec is parsed again by the worker, at the same time as here (the
    # real spec: 0.07 s faster than sharing it). YAML is parsed once and shared: it parses
    # twenty times slower (DigitalOcean's 2,900 files: 0.87 s, and 1 s of CPU less shared).
    # Remote $refs are fetched once.
    shared = loaded() if allow_remote_refs or not _looks_like_json(spec_path) else None

    def resolved() -> tuple[TreeRenderer, str]:
        spec = shared or loaded()
        api = build_api(spec, given_lock, config)
        timings["resolve"] = time.perf_counter() - started - timings["load"]
        server = api.servers[0].url if api.servers else None
        chosen = package or (config.package_name if config else None) or previous_package or default_package(api.title, server)
        kept = kept_client_name(given_lock, chosen, previous_package)
        return TreeRenderer(api, chosen, config, spec_sources(spec), kept), chosen

    # The docs' pages are dealt out as each process gets free: the worker takes them from the
    # back while its types are formatted, this process from the front after the resources' code.
    dealer = Dealer(shared=forks())

    def worker_docs(pages: DocPages) -> dict[str, str]:
        return pages.render(dealer.deal(len(pages), from_back=True))

    def rest_of_docs(pages: DocPages) -> dict[str, str]:
        return pages.render(dealer.rest(len(pages)))

    with closing(dealer):
        worker = Beside(lambda: _worker_share(resolved()[0], use_cache, worker_docs), streamed=True)
        formatting: list[Formatting] = []
        try:
            renderer, chosen_package = resolved()
            mark = started + timings["load"] + timings["resolve"]  # setting up the renderer is rendering
            for part in renderer.client_parts():  # each part formatted while the next one is rendered
                formatting.append(Formatting(part, use_cache))
            # without a worker, or when it dies, its share (all the docs this process did not take) is made here
            share = worker.items(here=lambda: _worker_share(renderer, use_cache, rest_of_docs))
            pages = renderer.doc_pages
            parts = [pages.render(dealer.deal(len(pages)))]
            timings["render"] = time.perf_counter() - mark
            manifest = _manifest(renderer, chosen_package, config, lock, release_names)  # while the worker may be at work
            mark = time.perf_counter()
            parts.extend(share)
            parts.extend(job.result() for job in formatting)
        except BaseException:  # the worker and the other parts' formatters are not wanted
            worker.cancel()  # nothing to stop once its items are in
            for job in formatting:
                job.cancel()
            raise
    files = dict(sorted((path, text) for part in parts for path, text in part.items()))
    timings["format"] = time.perf_counter() - mark  # the wait for the worker and the formatter
    return Generation(renderer.api, chosen_package, files, manifest, timings)


def _manifest(
    renderer: TreeRenderer, package: str, config: Config | None, lock: NameLock | None, release_names: bool
) -> Manifest:
    """The output's manifest without its files (write_tree lists them): the generator's
    fingerprint and the name lock."""
    api = renderer.api
    manifest = Manifest(
        package=package, spec_sha256=api.spec_sha256, fingerprint=generator_fingerprint(), config_sha256=config_sha256(config)
    )
    manifest.names = lock_of(api, lock, release=release_names, client=renderer.client_name).to_json()
    manifest.names_json()  # encoded now, while the worker may be at work, not when the tree is written
    return manifest


def kept_client_name(lock: NameLock | None, package: str, previous_package: str | None) -> str | None:
    """The client's class name as the folder's last generation gave it, when the package is the
    same: its users import it. A lock from before the name was kept had the package's name as a
    class (`Openai`); a new folder or package gets emit.client.client_class_name's (`OpenAI`)."""
    if lock is None or package != previous_package:
        return None
    return lock.client or naming.class_name(package)


def _looks_like_json(path: str) -> bool:
    """Whether the spec file starts as JSON does (what the loader's fast path checks too)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(256).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return True  # the loader reports it, in this process
    return head[:1] in (b"{", b"[")


def _worker_share(
    renderer: TreeRenderer, use_cache: bool, docs: Callable[[DocPages], dict[str, str]]
) -> Iterator[dict[str, str]]:
    """The worker's part of the output: the types, formatted while it makes its `docs` (the
    caller makes the resources' code and the other docs meanwhile)."""
    types: list[Formatting] = []
    try:
        types.extend(Formatting(part, use_cache) for part in renderer.types_parts())
        pages = docs(renderer.doc_pages)
        for job in types:
            yield job.result()
    except BaseException:  # the formatter is not wanted, nor its copies of the sources
        for job in types:
            job.cancel()
        raise
    yield pages


@cyclic_gc_paused()
def generate(
    spec_path: str,
    out: Path,
    package: str | None,
    allow_remote_refs: bool = False,
    use_cache: bool = True,
    release_names: bool = False,
    changelog_from: str | None = None,
    config_path: str | None = None,
) -> Generation:
    """Generates into `out`, keeping the public names its manifest's lock recorded.

    `config_path`: the sdkgen.yaml; without it, the one beside the spec (if any) applies.
    """
    config = find_config(spec_path, config_path)
    previous = read_manifest(out)
    lock = NameLock.from_json(previous.names) if previous else None
    # without --package, a folder keeps its package: a new title (or a new default) renames nothing
    previous_package = previous.package if previous else None
    generation = build(spec_path, package, allow_remote_refs, use_cache, lock, release_names, config, previous_package)
    changelog = carried_changelog(out, previous)
    if changelog_from is not None:
        changelog = changelog_entry(changelog_from, spec_path, out, config_path) + changelog
    if changelog:
        generation.files[CHANGELOG] = CHANGELOG_HEADER + changelog
    mark = time.perf_counter()
    generation.written = write_tree(out, generation.files, generation.manifest)
    generation.timings["write"] = time.perf_counter() - mark
    return generation


CHANGELOG = "CHANGELOG.md"
CHANGELOG_HEADER = "# Changelog\n\nWhat changed in the API between the spec versions this SDK was generated from.\n"


def carried_changelog(out: Path, previous: Manifest | None) -> str:
    """The entries of the CHANGELOG.md that an earlier generation wrote (kept as they are)."""
    path = out / CHANGELOG
    if previous is None or CHANGELOG not in previous.files or not path.is_file():
        return ""
    return path.read_text(encoding="utf-8").removeprefix(CHANGELOG_HEADER)


def changelog_entry(old_spec: str, new_spec: str, out: Path, config_path: str | None = None) -> str:
    """The diff as a Markdown changelog entry (its headings one level below the file's title)."""
    from generator.diff import diff_specs, render

    sdk_dir = str(out) if (out / ".sdkgen-manifest.json").is_file() else None
    report = diff_specs(old_spec, new_spec, sdk_dir=sdk_dir, new_config=config_path)
    body = render(report, "markdown").strip()
    lines = ["#" + line if line.startswith("#") else line for line in body.splitlines()]
    return "\n" + "\n".join(lines) + "\n"


@cyclic_gc_paused()
def check(spec_path: str, out: Path, package: str | None, config_path: str | None = None) -> Drift:
    """Is `out` exactly what `generate` would write? Answers from hashes when it can.

    The sdkgen.yaml (`config_path`, or the one beside the spec) is one of the inputs.
    """
    import hashlib

    drift = Drift()
    config = find_config(spec_path, config_path)
    previous = read_manifest(out)
    if previous is None:
        drift.reasons.append(f"no sdkgen manifest in {out}: it was never generated there")
        return drift
    spec_hash = hashlib.sha256(Path(spec_path).read_bytes()).hexdigest()
    fingerprint = generator_fingerprint()
    edited = edited_files(out, previous)
    if edited:
        drift.reasons.append("generated files were edited or deleted by hand")
    if previous.spec_sha256 != spec_hash:
        drift.reasons.append("the spec changed since the last generation")
    if previous.fingerprint != fingerprint:
        drift.reasons.append("the generator or its templates changed since the last generation")
    if previous.config_sha256 != config_sha256(config):
        drift.reasons.append(f"the {config.label if config else 'sdkgen.yaml'} changed since the last generation")
    if package and previous.package != package:
        drift.reasons.append(f"the package name changed ({previous.package} -> {package})")
    if not drift.reasons:
        return drift  # fast path: same inputs, same generator, untouched files
    lock = NameLock.from_json(previous.names)
    generation = build(spec_path, package or previous.package, lock=lock, config=config, previous_package=previous.package)
    changelog = carried_changelog(out, previous)
    if changelog:
        generation.files[CHANGELOG] = CHANGELOG_HEADER + changelog
    drift.files = compare_tree(out, generation.files, previous)
    if not drift.files and not edited:
        drift.reasons = []  # inputs changed in ways that do not change the output
    else:
        drift.files = sorted(set(drift.files) | set(edited))
    return drift
