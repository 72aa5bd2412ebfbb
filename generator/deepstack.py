"""Runs a command on a thread with a large stack, so deeply nested specs can be processed.

The loader (json/yaml) and the schema converter are recursive: a spec with 500 nested
objects, or 1,000 component schemas chained by `$ref`, is real input and needs more than
Python's default 1,000 frames. The limit stays finite, so a hostile document nested
thousands of levels deep is still refused with a clear error instead of crashing the
interpreter.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

RECURSION_LIMIT = 20_000
# Python 3.11 frames that pass through C code (json's decoder, comprehensions called from
# builtins) take C stack; 20,000 of them fit well inside this.
STACK_BYTES = 512 * 1024 * 1024


def call_with_deep_stack(action: Callable[[], T]) -> T:
    """Returns `action()`, run on a thread whose stack and recursion limit fit deep specs."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            outcome["error"] = exc

    previous_limit = sys.getrecursionlimit()
    previous_stack = threading.stack_size(STACK_BYTES)
    sys.setrecursionlimit(max(previous_limit, RECURSION_LIMIT))
    try:
        worker = threading.Thread(target=run, name="sdkgen", daemon=True)  # Ctrl-C ends the process
        worker.start()
        worker.join()
    finally:
        threading.stack_size(previous_stack)
        sys.setrecursionlimit(previous_limit)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
