"""Runs a piece of work in a forked worker process while this one goes on with its own.

sdkgen's stages are pure Python and hold the GIL, so a second core only helps from a second
process. A fork shares the parent's state as it is (the spec, the IR) without copying or
pickling it; only the answer crosses back, pickled through a pipe. On one core, without
fork (macOS, Windows) or with SDKGEN_DEBUG set (for real tracebacks), the work runs here,
in `result()`.

Work that yields (`streamed=True`) sends each item as soon as it is made, and `items()`
hands each over as it arrives: this process can start on the first while the worker makes
the next.

A failure reads as it would have here: a SpecError keeps its file, pointer and message,
other exceptions their type and text. A worker that dies or answers garbage is not an
error: its work is then done here.
"""

from __future__ import annotations

import itertools
import os
import pickle
import queue
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Generic, TypeVar, cast

from generator.errors import SpecError

T = TypeVar("T")
Reducers = dict[type, Callable[[Any], tuple[Any, ...]]]


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what this process may run on, not the machine
    except AttributeError:  # pragma: no cover - platforms without affinity
        return os.cpu_count() or 1


def can_fork() -> bool:
    # macOS may crash a forked child that touches system frameworks; Linux forks cleanly.
    return sys.platform.startswith("linux") and hasattr(os, "fork") and not os.environ.get("SDKGEN_DEBUG")


def forks() -> bool:
    """Whether a Beside made now runs its work in a worker (else in the caller, in `result()`)."""
    return usable_cores() >= 2 and can_fork()


class Beside(Generic[T]):
    """`work()` started in a worker; `result()` is its answer (or its exception, raised)."""

    def __init__(self, work: Callable[[], T], reducers: Reducers | None = None, streamed: bool = False) -> None:
        """`streamed`: `work()` returns an iterable, and `items()` is the way to its items."""
        self.work = work
        self.streamed = streamed
        self.pid = 0
        self.pipe: IO[bytes] | None = None
        if not forks():
            return
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
            _worker(work, write_end, reducers, streamed)
        os.close(write_end)
        self.pid, self.pipe = pid, os.fdopen(read_end, "rb")
        # The answer is read (and unpickled) as the worker writes it, by a thread of its own: a
        # read waits without the GIL, so the worker never waits on a full pipe while this process
        # works, and `result()` waits for the work only, not for the transfer too.
        self.answer: Any = None
        self.arrived: queue.SimpleQueue[Any] = queue.SimpleQueue()  # the items of streamed work
        self.reader = threading.Thread(target=self._read, name="sdkgen-beside", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.pipe is not None
        if not self.streamed:
            self.answer = _receive(self.pipe)
            return
        while True:
            item = _receive(self.pipe)
            self.arrived.put(item)
            if item is None or item is _END or isinstance(item, _Failure):
                return

    def items(self, here: Callable[[], Iterable[Any]] | None = None) -> Iterator[Any]:
        """The items of streamed work, each as soon as the worker has sent it. Without a worker,
        or from where it stopped answering, they are made here by `here()` (by default the
        work itself), which must yield the same items in the same order."""
        if self.pipe is None:
            yield from cast(Iterable[Any], (here or self.work)())
            return
        received = 0
        try:
            while (item := self.arrived.get()) is not _END:
                if item is None:  # the worker died or answered garbage: the rest is made here
                    yield from itertools.islice(cast(Iterable[Any], (here or self.work)()), received, None)
                    break
                if isinstance(item, _Failure):
                    raise item.exception
                received += 1
                yield item
        except BaseException:  # a failure, or the caller stopped: the worker is not wanted
            self.cancel()
            raise
        self._reap()

    def result(self, here: Callable[[], T] | None = None) -> T:
        """The worker's answer; without a worker, or when it gave none, `here()` (by default the
        work itself) is called in this process."""
        assert not self.streamed, "streamed work is read with items()"
        if self.pipe is None:
            return (here or self.work)()
        try:
            self.reader.join()
            answer = self.answer
        except BaseException:  # interrupted: the worker's result is not wanted
            self.cancel()
            raise
        self._reap()
        if answer is None:
            return (here or self.work)()
        if isinstance(answer, _Failure):
            raise answer.exception
        return cast(T, answer)

    def cancel(self) -> None:
        """Stops the worker (the caller failed and will not ask for the result)."""
        if self.pipe is not None:
            _stop(self.pid)
            self._reap()

    def _reap(self) -> None:
        assert self.pipe is not None
        self.reader.join()  # the worker has ended or been stopped: the pipe is at its end
        self.pipe.close()
        self.pipe = None
        os.waitpid(self.pid, 0)


_END = "end of the items"  # sent after the last item of streamed work


class _Failure:
    def __init__(self, exception: BaseException) -> None:
        self.exception = exception


def _worker(work: Callable[[], Any], write_end: int, reducers: Reducers | None, streamed: bool) -> None:
    try:
        with os.fdopen(write_end, "wb") as pipe:

            def send(message: tuple[str, Any]) -> None:
                # Written as it is pickled: the parent unpickles the first frames meanwhile.
                pickler = pickle.Pickler(pipe, protocol=pickle.HIGHEST_PROTOCOL)
                if reducers:
                    pickler.dispatch_table = reducers
                pickler.dump(message)
                pipe.flush()

            try:
                if streamed:
                    for item in work():
                        send(("ok", item))
                    send(("end", None))
                else:
                    send(("ok", work()))
            except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the parent
                send(("error", _portable(exc)))
    finally:
        os._exit(0)  # no atexit handlers, no flushing the parent's buffered output twice


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


def _receive(pipe: IO[bytes]) -> Any:
    """The worker's answer (or next item, or _END), a _Failure holding the exception it raised, or
    None when it gave no answer."""
    try:
        status, value = pickle.load(pipe)  # written by our own forked worker
    except Exception:  # noqa: BLE001 - died, or cut off mid-answer
        return None
    if status == "ok":
        return value
    if status == "end":
        return _END
    kind, *rest = value
    if kind == "spec":
        cls, file, pointer, message = rest
        return _Failure(cls(file, pointer, message))
    if kind == "pickled":
        return _Failure(rest[0])
    name, text = rest
    return _Failure(type(name, (Exception,), {})(text))


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
