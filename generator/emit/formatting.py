"""Formats generated Python so that `black --check` passes.

The engine is ruff's formatter (black-compatible, written in Rust, ~100x faster than
black on the 100k+ lines the real spec produces); tests run `black --check` on the output
to prove the two agree. Results are cached by content hash, so regenerating after a
small spec change only formats the modules that changed.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import subprocess
import tempfile
from pathlib import Path

from generator.emit.swap import read_file, write_file
from generator.errors import GeneratorError

LINE_LENGTH = 88
TARGET = "py310"


def _ruff_binary() -> str | None:
    try:
        from ruff.__main__ import find_ruff_bin
    except ImportError:
        return None
    try:
        return str(find_ruff_bin())
    except FileNotFoundError:
        return None


@functools.cache
def _engine() -> tuple[str | None, str]:
    """The ruff binary (None: black formats) and the engine's id, asked once per process: the
    id costs a `ruff --version` run, and the pipeline formats the code in parts."""
    ruff = _ruff()
    return ruff, _engine_id(ruff)


@functools.cache
def _ruff() -> str | None:
    """The ruff binary alone: a run without the cache needs no engine id (no `ruff --version`)."""
    return _ruff_binary()


def _engine_id(ruff: str | None) -> str:
    if ruff is None:
        import black

        return f"black-{black.__version__}"
    version = subprocess.run([ruff, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    # black formats the modules ruff would format unlike it (_overlong_annotation): its version
    # is part of what made a cached module too
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        black_version = installed("black")
    except PackageNotFoundError:
        black_version = "none"
    return f"{version}-{LINE_LENGTH}-{TARGET}-black {black_version} for overlong annotations"


def cache_root() -> Path:
    """sdkgen's cache folder: formatted modules (`format/`) and compiled templates (`templates/`)."""
    base = os.environ.get("SDKGEN_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "sdkgen"
    )
    return Path(base)


def cache_dir() -> Path:
    return cache_root() / "format"


def format_files(files: dict[str, str], use_cache: bool = True) -> dict[str, str]:
    """Returns `files` with every .py file formatted; other files are unchanged."""
    return Formatting(files, use_cache).result()


class Formatting:
    """Formatting under way: ruff runs as a process of its own while the caller does other
    work (the pipeline renders the next part meanwhile); `result()` waits for it."""

    def __init__(self, files: dict[str, str], use_cache: bool = True) -> None:
        """Starts formatting every .py file of `files` (from the cache where it can)."""
        self.files = dict(files)
        self.pending: dict[str, tuple[str, Path | None]] = {}
        if use_cache:
            ruff, engine = _engine()
            cache = cache_dir()
            for path, source in files.items():
                if path.endswith(".py"):
                    key = hashlib.sha256(f"{engine}\0{source}".encode()).hexdigest()
                    entry = cache / key[:2] / key
                    if entry.is_file():
                        self.files[path] = entry.read_text(encoding="utf-8")
                    else:
                        self.pending[path] = (source, entry)
        else:
            ruff = _ruff()
            self.pending = {path: (source, None) for path, source in files.items() if path.endswith(".py")}
        self.sources = {p: s for p, (s, _) in self.pending.items()}
        self.ruff = _RuffRun(ruff, self.sources) if ruff and self.sources else None

    def result(self) -> dict[str, str]:
        if self.ruff:
            formatted = self.ruff.result()
        else:  # black when ruff is missing; nothing to do for a part without Python (the docs)
            formatted = _run_black(self.sources) if self.sources else {}
        for path, text in formatted.items():
            self.files[path] = text
            entry = self.pending[path][1]
            if entry is not None:
                _store(entry, text)
        return self.files

    def cancel(self) -> None:
        if self.ruff:
            self.ruff.cancel()


def _store(entry: Path, text: str) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, entry)
    except OSError:
        pass  # a cache that cannot be written only costs time


def _scratch_dir() -> str | None:
    """Memory (/dev/shm) for the formatter's copies where there is one: on disk, deleting a
    thousand freshly written files waited on the journal (4 s at 8x the real spec)."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


class _RuffRun:
    """`ruff format` over a temporary copy of the sources, started at once, read by `result()`."""

    def __init__(self, ruff: str, sources: dict[str, str]) -> None:
        self.sources = sources
        self.folder = tempfile.TemporaryDirectory(prefix="sdkgen-fmt-", dir=_scratch_dir())
        tmp = self.folder.name
        try:
            made: set[str] = set()
            for path, source in sources.items():  # os.path, not pathlib: hundreds of files per part
                target = os.path.join(tmp, path)
                folder = os.path.dirname(target)
                if folder not in made:
                    os.makedirs(folder, exist_ok=True)
                    made.add(folder)
                write_file(target, source.encode("utf-8"))
            command = [ruff, "format", "--isolated", "--no-cache", f"--line-length={LINE_LENGTH}", f"--target-version={TARGET}", tmp]
            self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        except BaseException:
            self.folder.cleanup()
            raise

    def result(self) -> dict[str, str]:
        try:
            _, stderr = self.process.communicate()
            if self.process.returncode != 0:
                raise GeneratorError(f"formatting the generated code failed (a generator bug):\n{stderr.strip()[:2000]}")
            formatted = {path: _read(os.path.join(self.folder.name, path)) for path in self.sources}
        finally:
            self.folder.cleanup()
        disputed = {path: text for path, text in formatted.items() if _overlong_annotation(text)}
        return {**formatted, **_run_black(disputed)} if disputed else formatted

    def cancel(self) -> None:
        if self.process.returncode is None:  # not already read by result(), which failed after
            self.process.kill()
            self.process.communicate()
        self.folder.cleanup()


_ANNOTATED_NAME = re.compile(r" *\w+: ")


def _overlong_annotation(text: str) -> bool:
    """Whether ruff left a line over the limit that annotates a name and ends in `[`: the name
    and the start of its type are too long already (a 74-character field name and its
    `Optional[`), and black splits that line otherwise (it puts the type in parentheses). Such
    a module goes to black, so that the output stays black's; black itself is too slow for
    the thousands of others. Found with str.find: a regular expression over every line of 5 MB
    of code costs 50 ms."""
    end = text.find("[\n")
    while end != -1:
        start = text.rfind("\n", 0, end) + 1
        if end + 1 - start > LINE_LENGTH and _ANNOTATED_NAME.match(text, start, end):
            return True
        end = text.find("[\n", end + 2)
    return False


def _read(path: str) -> str:
    return read_file(path).decode("utf-8")


def _run_black(sources: dict[str, str]) -> dict[str, str]:
    import black

    mode = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=LINE_LENGTH)
    try:
        return {path: black.format_str(source, mode=mode) for path, source in sources.items()}
    except black.InvalidInput as exc:
        raise GeneratorError(f"formatting the generated code failed (a generator bug): {exc}") from None
