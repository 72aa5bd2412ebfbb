"""Builds the IRs of two specs at once: one in a forked worker process, one here.

With fresh names the two builds share nothing, and each is most of a diff's time. The
worker streams its Api back pickled while this process unpickles it; that costs about a
third of a build, so it only pays with a second core. On one core, without fork, or with
SDKGEN_DEBUG set (for real tracebacks), the two are built one after the other.

A failure reads exactly as it does one after the other: the old spec's error wins, then
the new one's, and a SpecError keeps its file, pointer and message. A worker that dies
or answers garbage is not an error: its spec is then built here.
"""

from __future__ import annotations

import dataclasses
import operator
import os
import pickle
import signal
import sys
import warnings
from collections.abc import Callable
from typing import IO, Any, cast

from generator.errors import SpecError
from generator.ir import Api
from generator.ir import api as ir_api
from generator.ir import types as ir_types

Build = Callable[[], Api]


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what this process may run on, not the machine
    except AttributeError:  # pragma: no cover - platforms without affinity
        return os.cpu_count() or 1


def can_fork() -> bool:
    # macOS may crash a forked child that touches system frameworks; Linux forks cleanly.
    return sys.platform.startswith("linux") and hasattr(os, "fork") and not os.environ.get("SDKGEN_DEBUG")


def build_both(build_old: Build, build_new: Build) -> tuple[Api, Api]:
    """(build_old(), build_new()), side by side when a second core is there to use."""
    if usable_cores() < 2 or not can_fork():
        return build_old(), build_new()
    read_end, write_end = os.pipe()
    _widen(write_end)
    sys.stdout.flush()
    sys.stderr.flush()
    with warnings.catch_warnings():
        # Python 3.12+ warns on forking a threaded process; the other thread here (sdkgen's
        # main thread, generator/deepstack.py) only waits for this one and holds no locks.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the worker: never returns into the caller's code
        os.close(read_end)
        _worker(build_old, write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        try:
            try:
                new, new_error = build_new(), None
            except Exception as exc:  # noqa: BLE001 - reported after the old spec's outcome
                new, new_error = None, exc
            answer = _receive(pipe)
        except BaseException:  # interrupted: the worker's result is not wanted
            _stop(pid)
            raise
        finally:
            os.waitpid(pid, 0)
    if answer is None:
        old = build_old()
    elif isinstance(answer, BaseException):
        raise answer
    else:
        old = answer
    if new_error is not None:
        raise new_error
    assert new is not None
    return old, new


def _worker(build: Build, write_end: int) -> None:
    try:
        with os.fdopen(write_end, "wb") as pipe:
            try:
                api = build()
            except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the parent
                pickle.dump(("error", _portable(exc)), pipe, protocol=pickle.HIGHEST_PROTOCOL)
            else:
                # Written as it is pickled: the parent unpickles the first frames meanwhile.
                pickler = pickle.Pickler(pipe, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dispatch_table = _ir_reducers()
                pickler.dump(("ok", api))
    finally:
        os._exit(0)  # no atexit handlers, no flushing the parent's buffered output twice


def _ir_reducers() -> dict[type, Callable[[Any], tuple[Any, ...]]]:
    """IR objects pickled as their constructor arguments, not their `__dict__`s: a third
    smaller, and calling the class to load them takes half the time of restoring a dict."""
    table: dict[type, Callable[[Any], tuple[Any, ...]]] = {}
    for module in (ir_api, ir_types):
        for cls in vars(module).values():
            if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__:
                table[cls] = _reducer(cls, [f.name for f in dataclasses.fields(cls)])
    return table


def _reducer(cls: type, names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    if len(names) == 1:  # attrgetter of one name gives the value, not a 1-tuple
        return lambda obj: (cls, (getattr(obj, names[0]),))
    values = operator.attrgetter(*names)  # one C call for all the fields
    return lambda obj: (cls, values(obj))


def _portable(exc: BaseException) -> tuple[Any, ...]:
    """An exception as data the parent can raise again as the same type with the same text."""
    if isinstance(exc, SpecError):  # its constructor takes (file, pointer, message), not args
        return ("spec", type(exc), exc.file, exc.pointer, exc.message)
    try:
        if type(pickle.loads(pickle.dumps(exc))) is type(exc):
            return ("pickled", exc)
    except Exception:  # noqa: BLE001, S110 - fall through to a stand-in with the same name and text
        pass
    return ("named", type(exc).__name__, str(exc))


def _receive(pipe: IO[bytes]) -> Api | BaseException | None:
    """The worker's Api, or the exception its build raised, or None when it gave no answer."""
    try:
        status, value = pickle.load(pipe)  # written by our own forked worker
    except Exception:  # noqa: BLE001 - died, or cut off mid-answer
        return None
    if status == "ok":
        return cast(Api, value)
    kind, *rest = value
    if kind == "spec":
        cls, file, pointer, message = rest
        return cast(BaseException, cls(file, pointer, message))
    if kind == "pickled":
        return cast(BaseException, rest[0])
    name, text = rest
    return cast(BaseException, type(name, (Exception,), {})(text))


def _widen(fd: int) -> None:
    """A 1 MiB pipe instead of 64 KiB: the answer crosses in a few hops, not sixty."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    except OSError:  # over /proc/sys/fs/pipe-max-size: the default size still works
        pass


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
