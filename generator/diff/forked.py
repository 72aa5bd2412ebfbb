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
from collections.abc import Callable
from typing import Any

from generator.beside import Beside, Reducers, can_fork, usable_cores
from generator.ir import Api
from generator.ir import api as ir_api
from generator.ir import types as ir_types

Build = Callable[[], Api]

__all__ = ["build_both", "can_fork", "usable_cores"]


def build_both(build_old: Build, build_new: Build) -> tuple[Api, Api]:
    """(build_old(), build_new()), side by side when a second core is there to use."""
    if usable_cores() < 2 or not can_fork():
        return build_old(), build_new()
    worker = Beside(build_old, _ir_reducers())
    try:
        new, new_error = build_new(), None
    except Exception as exc:  # noqa: BLE001 - reported after the old spec's outcome
        new, new_error = None, exc
    except BaseException:  # interrupted: the worker's result is not wanted
        worker.cancel()
        raise
    old = worker.result()  # the old spec's error wins, as one after the other
    if new_error is not None:
        raise new_error
    assert new is not None
    return old, new


def _ir_reducers() -> Reducers:
    """IR objects pickled as their constructor arguments, not their `__dict__`s: a third
    smaller, and calling the class to load them takes half the time of restoring a dict."""
    table: Reducers = {}
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
