"""The types and the models' docs are made in a forked worker (from the spec up) while the rest is made and formatted here.

No timing here (speed is measured by `make bench` only); these check that the worker is
invisible: the output is byte-for-byte what one process writes, and a failure in the worker
reads as it would here.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import yaml

from generator import beside
from generator.emit import render
from generator.emit.docs_pages import DocPages
from generator.errors import SpecError
from generator.pipeline import build

OWN_SPEC = Path(__file__).resolve().parent.parent / "specs" / "ampeco.yaml"

pytestmark = pytest.mark.skipif(not beside.can_fork(), reason="the worker needs fork (Linux)")


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(beside, "usable_cores", lambda: 2)
    monkeypatch.delenv("SDKGEN_DEBUG", raising=False)


@pytest.fixture(params=["yaml", "json"])
def own_spec(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Our spec as YAML (parsed here, shared with the worker) and as JSON (parsed by both)."""
    if request.param == "yaml":
        return str(OWN_SPEC)
    path = tmp_path / "ampeco.json"
    path.write_text(json.dumps(yaml.safe_load(OWN_SPEC.read_text(encoding="utf-8"))), encoding="utf-8")
    return str(path)


def test_the_output_is_what_one_process_writes(two_cores: None, monkeypatch: pytest.MonkeyPatch, own_spec: str) -> None:
    forked_pids: list[int] = []
    real_fork = beside.os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            forked_pids.append(pid)
        return pid

    monkeypatch.setattr(beside.os, "fork", fork)
    beside_files = build(own_spec, "ampeco", use_cache=False).files
    assert forked_pids, "the docs were not rendered in a worker"
    monkeypatch.setattr(beside, "usable_cores", lambda: 1)
    here_files = build(own_spec, "ampeco", use_cache=False).files
    assert list(beside_files) == list(here_files)
    assert beside_files == here_files
    assert any(path.startswith("docs/") for path in beside_files)


def test_a_failure_in_the_docs_reads_as_it_does_here_whichever_process_meets_it(two_cores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_page(self: DocPages, module: str) -> dict[str, str]:
        raise SpecError("spec.yaml", "#/paths/~1x", "a docs failure")

    monkeypatch.setattr(DocPages, "_models", broken_page)
    with pytest.raises(SpecError) as raised:
        build(str(OWN_SPEC), "ampeco", use_cache=False)
    assert (raised.value.file, raised.value.pointer, raised.value.message) == ("spec.yaml", "#/paths/~1x", "a docs failure")


def test_docs_the_worker_took_and_never_sent_are_made_here(two_cores: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    here = beside.os.getpid()
    real_render = DocPages.render
    taken = tmp_path / "taken"

    def render_then_die(self: DocPages, indices: Iterable[int] | None = None) -> dict[str, str]:
        if beside.os.getpid() == here:
            for _ in range(2000):  # this process deals its own pages once the worker took some
                if taken.exists():
                    break
                time.sleep(0.005)
            return real_render(self, indices)
        assert indices is not None
        first = list(itertools.islice(indices, 3))
        taken.write_text(" ".join(map(str, first)))
        beside.os._exit(3)  # dies with those pages (and the shares they came in) in hand

    monkeypatch.setattr(DocPages, "render", render_then_die)
    files = build(str(OWN_SPEC), "ampeco", use_cache=False).files
    monkeypatch.setattr(DocPages, "render", real_render)
    monkeypatch.setattr(beside, "usable_cores", lambda: 1)
    assert files == build(str(OWN_SPEC), "ampeco", use_cache=False).files
    assert taken.read_text().split(), "the worker took no pages before it died"


def test_a_worker_that_dies_is_replaced_by_the_work_done_here(two_cores: None) -> None:
    here = beside.os.getpid()

    def work() -> dict[str, str]:
        if beside.os.getpid() != here:
            beside.os._exit(3)  # the worker dies without an answer
        return {"a": "b"}

    assert beside.Beside(work).result() == {"a": "b"}


def test_a_worker_that_dies_is_replaced_by_the_work_given_for_here(two_cores: None) -> None:
    here = beside.os.getpid()
    calls: list[str] = []

    def work() -> dict[str, str]:
        calls.append("work")
        if beside.os.getpid() != here:
            beside.os._exit(3)
        return {"a": "from the work"}

    def done_here() -> dict[str, str]:
        calls.append("here")
        return {"a": "from here"}

    # the pipeline's worker starts from the spec; here the docs come from the IR already built
    assert beside.Beside(work).result(here=done_here) == {"a": "from here"}
    assert calls == ["here"]


def test_bad_input_is_reported_once_with_the_worker_running(two_cores: None, tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: wrong}\n")
    with pytest.raises(SpecError) as raised:
        build(str(spec), "t", use_cache=False)
    assert "unknown type" in raised.value.message


def test_streamed_items_arrive_in_order_and_each_before_the_worker_ends(two_cores: None, tmp_path: Path) -> None:
    gate = tmp_path / "gate"

    def work() -> Iterator[dict[str, str]]:
        yield {"first": "1"}
        for _ in range(2000):  # the worker waits until the caller has the first item
            if gate.exists():
                break
            time.sleep(0.005)
        yield {"second": "2" if gate.exists() else "the first item never reached the caller"}

    items = beside.Beside(work, streamed=True).items()
    assert next(items) == {"first": "1"}
    gate.touch()
    assert list(items) == [{"second": "2"}]


def test_a_streaming_worker_that_dies_midway_leaves_the_rest_to_here(two_cores: None) -> None:
    here = beside.os.getpid()

    def work() -> Iterator[str]:
        yield "a"
        if beside.os.getpid() != here:
            beside.os._exit(3)  # dies after its first item
        yield "b"
        yield "c"

    made_here: list[str] = []

    def again() -> Iterator[str]:
        for item in ("a", "b", "c"):
            made_here.append(item)
            yield item

    assert list(beside.Beside(work, streamed=True).items(here=again)) == ["a", "b", "c"]
    assert made_here == ["a", "b", "c"]  # made again from the start; "a" is not handed over twice


def test_a_failure_after_the_first_item_reads_as_it_does_here(two_cores: None) -> None:
    def work() -> Iterator[str]:
        yield "a"
        raise SpecError("spec.yaml", "#/x", "the second item failed")

    items = beside.Beside(work, streamed=True).items()
    assert next(items) == "a"
    with pytest.raises(SpecError) as raised:
        next(items)
    assert raised.value.message == "the second item failed"


def test_a_failure_in_the_types_reads_as_it_does_here(two_cores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_types(self: render.TreeRenderer) -> Iterator[dict[str, str]]:
        raise SpecError("spec.yaml", "#/components/schemas/X", "a types failure")
        yield {}

    monkeypatch.setattr(render.TreeRenderer, "types_parts", broken_types)
    with pytest.raises(SpecError) as raised:
        build(str(OWN_SPEC), "ampeco", use_cache=False)
    assert raised.value.message == "a types failure"
