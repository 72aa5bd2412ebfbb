"""`sdkgen` as a program: the interpreter set up before anything else is imported."""

from __future__ import annotations

import gc


def run() -> None:
    """The console script. Python's cyclic garbage collector stays off for the whole run: a run
    is short and ends in `os._exit`, and the collector would only walk what the imports, the
    spec and the IR build up (0.01 s of the imports, and a full pass of 0.015 s over the IR when
    it came back on after resolving) to free next to nothing."""
    gc.disable()
    from generator.cli import run_command

    run_command()
