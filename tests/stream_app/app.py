"""An app of the SDK of tests/realworld_repro/event_streams.yaml, as a user writes one: run against
an httpx.MockTransport (test_event_streams), and type-checked (lines ending `# error` must fail)."""

from __future__ import annotations

import asyncio
import json

import httpx

import chatter
from chatter import APIResponseValidationError, AsyncStream, BadRequestError, Stream
from chatter.types import ChatCompletion, ChatCompletionChunk, ConversationEvents

CHUNKS = [{"id": "c1", "choices": [{"delta": {"content": word}}]} for word in ("Hel", "lo")]
SEEN: list[httpx.Request] = []
FAILURES = {"left": 0}


def answer(request: httpx.Request) -> httpx.Response:
    SEEN.append(request)
    events = {"content-type": "text/event-stream"}
    if request.url.path.endswith("/chat/completions"):
        body = json.loads(request.content)
        if body.get("model") == "bad":
            return httpx.Response(400, json={"message": "no such model"})
        if not body.get("stream"):
            return httpx.Response(200, json={"id": "x", "choices": [{"message": {"role": "assistant", "content": "Hello"}}]})
        if body.get("model") == "drifting":
            return httpx.Response(200, content=b'data: {"id": 7}\n\n', headers=events)
        text = "".join(f"data: {json.dumps(chunk)}\n\n" for chunk in CHUNKS) + ": keep-alive\n\ndata: [DONE]\n\n"
        return httpx.Response(200, content=text.encode(), headers=events)
    if request.url.path.endswith("/conversations/stream"):
        text = (
            'event: message.delta\ndata: {"text": "a"}\n\n'
            'event: message.delta\r\nid: 2\r\ndata: {"text":\r\ndata: "b"}\r\n\r\n'
            "event: ping\n\n"  # no data: not an event
            "retry: 10\nevent: conversation.done\ndata: {}"  # the last blank line missing
        )
        return httpx.Response(200, content=text.encode(), headers=events)
    if request.url.path.endswith("/events"):
        if FAILURES["left"]:
            FAILURES["left"] -= 1
            return httpx.Response(503, headers={"retry-after": "0"})
        return httpx.Response(200, content=b'data: {"kind": "created", "id": 1}\n\ndata: {"kind": "renamed"}\n\n', headers=events)
    return httpx.Response(404)


def sync_calls() -> None:
    client = chatter.Chatter(api_token="t", max_retries=1, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    completion: ChatCompletion = client.chat.create_completion(model="m", messages=[{"role": "user", "content": "hi"}])
    assert completion.choices[0].message.content == "Hello"
    assert SEEN[-1].headers["accept"] != "text/event-stream" and "stream" not in json.loads(SEEN[-1].content)

    stream: Stream[ChatCompletionChunk] = client.chat.create_completion(model="m", messages=[], stream=True)
    assert SEEN[-1].headers["accept"] == "text/event-stream" and json.loads(SEEN[-1].content)["stream"] is True
    with stream:
        words = [chunk.choices[0].delta.content for chunk in stream]
    assert words == ["Hel", "lo"], words
    assert stream.response.is_closed

    events: list[ConversationEvents] = list(client.conversations.stream(inputs="x"))
    assert [(e.event, e.data.text) for e in events] == [("message.delta", "a"), ("message.delta", "b"), ("conversation.done", None)]
    assert SEEN[-1].headers["accept"] == "text/event-stream"

    FAILURES["left"] = 1  # retried as any GET, before the stream opens
    listed = list(client.events.list(since="now"))
    assert listed[0].kind == "created" and listed[0].id == 1
    assert str(listed[1].kind) == "renamed"  # lenient: a value the spec does not list is kept

    raw = client.with_raw_response.chat.create_completion(model="m", messages=[], stream=True)
    assert [chunk.id for chunk in raw.parse()] == ["c1", "c1"]

    try:
        client.chat.create_completion(model="bad", messages=[], stream=True)
    except BadRequestError as error:
        assert error.status_code == 400
    else:
        raise AssertionError("a 400 is raised by the call, before any event")

    strict = client.with_options(strict_response_validation=True)
    try:
        list(strict.chat.create_completion(model="drifting", messages=[], stream=True))
    except APIResponseValidationError as error:
        assert "event" in str(error)
    else:
        raise AssertionError("strict validation checks each event")
    lenient = list(client.chat.create_completion(model="drifting", messages=[], stream=True))
    assert lenient[0].id == 7  # type: ignore[comparison-overlap]  # kept as the server sent it


async def async_calls() -> None:
    client = chatter.AsyncChatter(api_token="t", http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)))
    stream: AsyncStream[ChatCompletionChunk] = await client.chat.create_completion(model="m", messages=[], stream=True)
    async with stream:
        ids = [chunk.id async for chunk in stream]
    assert ids == ["c1", "c1"]
    completion: ChatCompletion = await client.chat.create_completion(model="m", messages=[])
    assert completion.id == "x"
    kinds = [event.event async for event in await client.conversations.stream(inputs="x")]
    assert kinds == ["message.delta", "message.delta", "conversation.done"]


def misuse(client: chatter.Chatter, flag: bool) -> None:
    """What the types refuse."""
    stream = client.chat.create_completion(model="m", messages=[], stream=True)
    print(stream.choices)  # error
    completion = client.chat.create_completion(model="m", messages=[])
    print(completion.response)  # error
    either = client.chat.create_completion(model="m", messages=[], stream=flag)
    print(either.id)  # error
    for event in client.events.list():
        print(event.kind.upper(), event.text)  # error


if __name__ == "__main__":
    sync_calls()
    asyncio.run(async_calls())
    print("ok")
