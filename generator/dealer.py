"""Deals a list of work units out to this process and its forked worker as each gets free.

Which of the two gets to the list first is not known beforehand: the worker resolves the spec
itself, and the machine's other load falls on either. Split in advance, one of them idles
while the other finishes (0.1-0.3 s of a one-second generation, from run to run). Dealt, each
takes the next unit when it is free: this process from the front of the list, the worker from
the back, until they meet.

The list's length is known only once the spec is resolved, after the fork, so what is dealt
are shares of it: a pipe filled before the fork with one byte per share, its writing end
closed. A read takes a share; a read at the end of the pipe means every share is taken. The
k-th share read from the front is part k of SHARES equal parts of the list, the k-th read from
the back is part SHARES-1-k: the two ends together take SHARES shares, so their parts never
overlap and cover the list. No lock is held by anyone, so a worker that dies holds nothing
up; the shares it took are `rest()`, what this process did not take.

Without a worker (one core, no fork), the shares are counted here, without a pipe.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

SHARES = 1024  # at most the 4 KiB any pipe holds; parts of one or two units up to 2,048 units


class Dealer:
    def __init__(self, shared: bool) -> None:
        """`shared`: a worker is to be forked and deal from the other end (create this before it)."""
        self.taken: list[int] = []  # the shares this process took
        self._left = SHARES  # without a pipe
        self._pipe: int | None = None
        if shared:
            read_end, write_end = os.pipe()
            try:
                os.write(write_end, bytes(SHARES))
            finally:
                os.close(write_end)
            self._pipe = read_end

    def deal(self, count: int, from_back: bool = False) -> Iterator[int]:
        """Indices into a list of `count` units, each handed over when the caller asks for the
        next one: the caller's own units, no other process's."""
        for nth in range(SHARES):
            if not self._take():
                return
            share = SHARES - 1 - nth if from_back else nth
            self.taken.append(share)
            units = _part(share, count)
            yield from (reversed(units) if from_back else units)

    def rest(self, count: int) -> list[int]:
        """The units of the shares this process did not take (the worker's, or none)."""
        mine = set(self.taken)
        return [index for share in range(SHARES) if share not in mine for index in _part(share, count)]

    def close(self) -> None:
        if self._pipe is not None:
            os.close(self._pipe)
            self._pipe = None

    def _take(self) -> bool:
        if self._pipe is None:
            self._left -= 1
            return self._left >= 0
        return bool(os.read(self._pipe, 1))


def _part(share: int, count: int) -> range:
    return range(share * count // SHARES, (share + 1) * count // SHARES)
