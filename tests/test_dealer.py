"""generator.dealer: two processes that deal a list out between them take every unit once."""

from __future__ import annotations

import itertools
import json
import os

import pytest

from generator.dealer import SHARES, Dealer

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="dealing to a worker needs fork")


def _in_child(dealer: Dealer, count: int, how_many: int | None, pipe: int) -> None:
    """The worker's side: deals from the back (at most `how_many`), reports what it took, exits."""
    try:
        took = list(itertools.islice(dealer.deal(count, from_back=True), how_many))
        os.write(pipe, json.dumps(took).encode())
    finally:
        os._exit(0)


def _deal_in_two(count: int, child_takes: int | None = None) -> tuple[list[int], list[int], Dealer]:
    dealer = Dealer(shared=True)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _in_child(dealer, count, child_takes, write_end)
    os.close(write_end)
    here = list(dealer.deal(count))
    with os.fdopen(read_end, "rb") as answer:
        there = json.loads(answer.read() or b"[]")
    os.waitpid(pid, 0)
    return here, there, dealer


@needs_fork
@pytest.mark.parametrize("count", [0, 1, 7, SHARES - 1, SHARES, SHARES + 1, 5 * SHARES + 3])
def test_the_two_ends_take_every_unit_once(count: int) -> None:
    here, there, dealer = _deal_in_two(count)
    dealer.close()
    assert sorted(here + there) == list(range(count))
    assert here == sorted(here), "the front takes the list in order"
    assert there == sorted(there, reverse=True), "the back takes it in reverse"


@needs_fork
def test_what_a_worker_took_and_never_made_is_the_rest() -> None:
    here, there, dealer = _deal_in_two(600, child_takes=40)  # the worker stops after 40 units
    rest = dealer.rest(600)
    dealer.close()
    assert set(there) <= set(rest), "units the worker took come back as the rest"
    assert sorted(here + rest) == list(range(600))


def test_without_a_worker_this_process_takes_all_and_the_rest_is_empty() -> None:
    dealer = Dealer(shared=False)
    assert list(dealer.deal(10)) == list(range(10))
    assert list(dealer.deal(10)) == []
    assert dealer.rest(10) == []


def test_the_rest_is_everything_when_this_process_took_nothing() -> None:
    dealer = Dealer(shared=True)
    assert dealer.rest(5) == [0, 1, 2, 3, 4]
    dealer.close()
