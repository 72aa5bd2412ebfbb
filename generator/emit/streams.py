"""Methods whose operation answers with server-sent events: what they return, and their overloads.

An operation whose success is only a `text/event-stream` returns a `Stream` of its event type
(`AsyncStream` from the async client). One that answers JSON or events, as a boolean `stream`
property of its body asks (OpenAI's and Mistral's chat completions), is overloaded on that
property, as Stainless SDKs are: `stream=True` returns the `Stream`, `stream=False` or none
the JSON model, a `bool` either.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from generator import media
from generator.emit.arguments import Argument, Arguments
from generator.ir import Operation, TypeRef
from generator.parser.pagination import primary_success

SWITCH = "stream"  # the body property that asks for events instead of JSON


@dataclass
class Events:
    type: TypeRef  # each event's type
    framed: bool  # the type is the whole event (`{event, data}`), not its data
    switch: Argument | None  # the `stream` argument; None: the operation always answers with events


@dataclass
class Overload:
    lines: list[str]  # argument lines after `self`
    returns: str
    async_returns: str


def events_of(op: Operation, args: Arguments) -> Events | None:
    success = primary_success(op)
    if success is None or success.type is None:
        return None
    if media.is_event_stream(success.content_type):
        return Events(success.type, success.framed, None)
    stream = next(
        (r for r in op.responses if r.status == success.status and r is not success and media.is_event_stream(r.content_type)), None
    )
    switch = next((a for a in args.fields if a.wire == SWITCH and a.annotation in ("bool", "Optional[bool]")), None)
    if stream is None or stream.type is None or switch is None or not media.is_json(success.content_type):
        return None  # events the call cannot ask for (another switch, `stream_format`): the JSON is what it gets
    return Events(stream.type, stream.framed, switch)


def switch_overloads(args: Arguments, switch: Argument, returns: str, streams: tuple[str, str]) -> list[Overload]:
    """`stream=False` (or none) -> the JSON, `stream=True` -> the events, a `bool` -> either; and
    `body=` (whose `stream` the types cannot see) -> either."""
    stream, async_stream = streams
    either, async_either = f"Union[{returns}, {stream}]", f"Union[{returns}, {async_stream}]"
    optional = switch.annotation.startswith("Optional[")
    no = dataclasses.replace(switch, annotation="Optional[Literal[False]]" if optional else "Literal[False]", required=False)
    yes = dataclasses.replace(switch, annotation="Literal[True]", required=True)

    def form(variant: Argument) -> list[str]:
        given = dataclasses.replace(args, fields=[variant if a is switch else a for a in args.fields])
        return given.keyword_form() if args.overloaded else given.implementation()

    overloads = [
        Overload(form(no), returns, returns),
        Overload(form(yes), stream, async_stream),
        Overload(form(switch), either, async_either),
    ]
    if args.overloaded:
        overloads.append(Overload(args.body_form(), either, async_either))
    return overloads
