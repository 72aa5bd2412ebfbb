"""Replacing a whole output folder in one step, so a killed run never leaves a mix.

The new tree is built beside the old one (same filesystem), hand-written files copied in,
and the two folders are exchanged with Linux's renameat2(RENAME_EXCHANGE): one system call,
so at every instant `out` is either the complete old tree or the complete new one. Where
that call is missing (other systems, old kernels), or `out` holds too much that sdkgen did
not write to copy it cheaply, output.py falls back to staging each file and renaming it.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
STAGING_SUFFIX = ".sdkgen-staging"
MAX_FOREIGN_FILES = 2000
MAX_FOREIGN_BYTES = 200 * 1024 * 1024


def staging_dir(out: Path) -> Path:
    return out.parent / f".{out.name}{STAGING_SUFFIX}"


def remove_stale_staging(out: Path) -> None:
    """A run killed after the exchange leaves the old tree here; it is ours to delete."""
    stale = staging_dir(out)
    if stale.is_dir() and not stale.is_symlink():
        shutil.rmtree(stale, ignore_errors=True)


def exchange(first: Path, second: Path) -> bool:
    """Atomically swaps two paths; False when the system cannot."""
    import ctypes  # here, not at the top: only a regeneration over an existing tree needs it

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    return bool(result == 0)


def foreign_files(out: Path, owned: set[str], skip: set[str]) -> list[str] | None:
    """Files under `out` that sdkgen did not write, or None when there are too many to copy."""
    found: list[str] = []
    size = 0
    for root, _, names in os.walk(out):
        for name in names:
            relative = os.path.relpath(os.path.join(root, name), out).replace(os.sep, "/")
            if relative in owned or relative in skip:
                continue
            found.append(relative)
            size += os.lstat(os.path.join(root, name)).st_size
            if len(found) > MAX_FOREIGN_FILES or size > MAX_FOREIGN_BYTES:
                return None
    return found


def build_tree(
    target: Path,
    files: dict[str, bytes],
    keep_from: Path | None,
    keep: list[str],
    last: Callable[[], tuple[str, bytes]] | None = None,
) -> None:
    """Writes a complete tree at `target`: the generated files plus copies of `keep` from `keep_from`,
    and the file `last()` makes (the manifest, which hashes the others) while they are written."""
    target.mkdir(parents=True)
    if keep_from is not None:
        for relative in keep:
            source, destination = keep_from / relative, target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination, follow_symlinks=False)
    by_folder = _by_folder(files)
    for folder in sorted(by_folder):  # parents sort before their children
        if folder:
            os.makedirs(os.path.join(target, folder), exist_ok=True)
    # Creating a file can cost the kernel more than writing it: ext4 without a journal steps
    # over every inode freed in the last minute (0.3-1 ms a file on the benchmark machine,
    # right after the previous output was deleted). Two writers, each with its own folders
    # (creates in one folder take its lock in turn), put the second core to work, idle by now;
    # this thread makes the last file meanwhile (hashing, like the writers' system calls, runs
    # without the GIL).
    shares: list[list[tuple[str, bytes]]] = [[], []]
    for folder_files in sorted(by_folder.values(), key=len, reverse=True):
        min(shares, key=len).extend(folder_files)
    root = str(target)
    failures: list[OSError] = []

    def write(share: list[tuple[str, bytes]]) -> None:
        try:
            _write_all(root, share)
        except OSError as exc:  # raised below, from the caller's thread
            failures.append(exc)

    writers = [threading.Thread(target=write, args=(share,), name="sdkgen-writer") for share in shares]
    for writer in writers:
        writer.start()
    try:
        final = last() if last is not None else None
    finally:
        for writer in writers:
            writer.join()
    if failures:
        raise failures[0]
    if final is not None:
        _write_all(root, [final])


def _by_folder(files: dict[str, bytes]) -> dict[str, list[tuple[str, bytes]]]:
    folders: dict[str, list[tuple[str, bytes]]] = {}
    for relative, data in files.items():
        folders.setdefault(os.path.dirname(relative), []).append((relative, data))
    return folders


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_OPEN = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _write_all(root: str, files: list[tuple[str, bytes]]) -> None:
    for relative, data in files:
        write_file(os.path.join(root, relative), data)


# os.open, os.read and os.write, not open(): a file object each for a thousand files costs more
# than the writing or reading itself (a quarter of writing the tree)
def write_file(path: str, data: bytes) -> None:
    descriptor = os.open(path, _CREATE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
    finally:
        os.close(descriptor)


def read_file(path: str) -> bytes:
    descriptor = os.open(path, _OPEN)
    try:
        chunks = []
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(descriptor)
    return b"".join(chunks)
