"""Server-sent events: a method whose operation answers `text/event-stream` returns a `Stream` of
the spec's event type (OpenAI's chunks, Mistral's `{event, data}` events), one overloaded on the
body's `stream` returns the JSON or the `Stream` as the call asks; both type-check as such.

tests/stream_app/app.py drives the SDK of tests/realworld_repro/event_streams.yaml through an
httpx.MockTransport (sync and async, retries, errors before the first event, strict and lenient
events, the decoding rules of the HTML standard) and is type-checked with mypy --strict and
pyright strict: its lines marked `# error` must fail, every other line must pass."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import generate
from tests.conftest import REPO
from tests.support.typecheck import expected_errors, mypy_errors, pyright_errors

APP = REPO / "tests" / "stream_app" / "app.py"
SPEC = REPO / "tests" / "realworld_repro" / "event_streams.yaml"


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("streams")
    generate(str(SPEC), folder / "sdk", "chatter")
    shutil.copytree(folder / "sdk" / "chatter", folder / "chatter")
    shutil.copy(APP, folder / "app.py")
    return folder


def test_the_app_runs_against_event_streams(root: Path) -> None:
    done = subprocess.run(
        [sys.executable, "app.py"], cwd=root, capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stdout + done.stderr


def test_streams_type_check_as_streams(root: Path) -> None:
    expected = expected_errors(root / "app.py")
    assert len(expected) == 4
    assert mypy_errors(root) == expected
    assert pyright_errors(root) == expected


def test_what_the_sdk_says_about_its_streams(root: Path) -> None:
    chat = (root / "chatter" / "resources" / "chat.py").read_text(encoding="utf-8")
    assert "stream: Literal[True]," in chat and ") -> Stream[ChatCompletionChunk]: ..." in chat
    assert "With `True`, the answer is a `Stream` of `ChatCompletionChunk` events" in chat
    page = (root / "sdk" / "docs" / "resources" / "chat.md").read_text(encoding="utf-8")
    assert "with `stream=True`, a `Stream` of" in page
    events = (root / "chatter" / "resources" / "events.py").read_text(encoding="utf-8")
    assert "-> Stream[ListEventsEvent]:" in events and 'accept="text/event-stream"' in events
