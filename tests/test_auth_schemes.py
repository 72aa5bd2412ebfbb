"""The API token goes where the spec's security scheme says: a bearer token, HTTP basic
(`username:password`, Twilio's), an apiKey header, query parameter or cookie. Errors handed
to the caller never carry it."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import imported_sdk

SCHEMES: dict[str, dict[str, Any]] = {
    "bearer": {"type": "http", "scheme": "bearer"},
    "basic": {"type": "http", "scheme": "basic"},
    "header": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
    "query": {"type": "apiKey", "in": "query", "name": "api_key"},
    "cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
}


def _spec(scheme: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Keys", "version": "1.0.0"},
        "security": [{"digest": []}, {scheme: []}],  # the first scheme one token cannot send is passed over
        "components": {"securitySchemes": {"digest": {"type": "http", "scheme": "digest"}, scheme: SCHEMES[scheme]}},
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "thingRead",
                    "tags": ["things"],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                        {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}},
                }
            },
            "/status": {  # public: `security: []` takes the API's requirement away
                "get": {
                    "operationId": "statusRead",
                    "tags": ["status"],
                    "security": [],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}},
                }
            },
        },
    }


@pytest.fixture(scope="module", params=sorted(SCHEMES))
def sdk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    scheme = request.param
    for module in imported_sdk(tmp_path_factory.mktemp(scheme), _spec(scheme), f"auth_{scheme}_sdk"):
        yield scheme, module


def _client(module: Any, sent: list[tuple[dict[str, str], httpx.URL]], status: int = 200) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((dict(request.headers), request.url))  # as sent: the SDK then redacts the request
        return httpx.Response(status, json={})

    name = "".join(word.capitalize() for word in module.__name__.split("_"))  # auth_basic_sdk -> AuthBasicSdk
    transport = httpx.MockTransport(handler)
    return getattr(module, name)(api_token="user:s3cret", base_url="https://api.example.com", http_client=httpx.Client(transport=transport), max_retries=0)


EXPECTED = {
    "bearer": ("authorization", "Bearer user:s3cret"),
    "basic": ("authorization", "Basic " + base64.b64encode(b"user:s3cret").decode()),
    "header": ("x-api-key", "user:s3cret"),
    "cookie": ("cookie", "session=user:s3cret"),
}


def test_the_token_goes_where_the_scheme_says(sdk: tuple[str, Any]) -> None:
    scheme, module = sdk
    sent: list[tuple[dict[str, str], httpx.URL]] = []
    _client(module, sent).things.retrieve(1, page=2)
    headers, url = sent[-1]
    if scheme == "query":
        assert url.params.multi_items() == [("page", "2"), ("api_key", "user:s3cret")]
        assert "authorization" not in headers
    else:
        header, value = EXPECTED[scheme]
        assert headers[header] == value
        assert url.query == b"page=2"


def test_an_error_does_not_carry_the_token(sdk: tuple[str, Any]) -> None:
    scheme, module = sdk
    with pytest.raises(module.NotFoundError) as caught:
        _client(module, [], status=404).things.retrieve(1)
    request = caught.value.response.request
    assert "s3cret" not in str(request.url)
    assert all("s3cret" not in value for value in request.headers.values())


def test_the_docs_say_how(sdk: tuple[str, Any]) -> None:
    scheme, module = sdk
    text = (Path(module.__file__).parent.parent / "README.md").read_text(encoding="utf-8").replace("\n", " ")
    how = {"bearer": "as a bearer token", "basic": "with HTTP basic authentication", "header": "in the `X-Api-Key` header", "query": "as the `api_key` query parameter", "cookie": "in the `session` cookie"}
    assert f"Every request carries your API token {how[scheme]}" in text


def test_a_basic_token_without_its_colon_is_refused_at_once(sdk: tuple[str, Any]) -> None:
    scheme, module = sdk
    make = "".join(word.capitalize() for word in module.__name__.split("_"))
    if scheme != "basic":
        assert getattr(module, make)(api_token="only-a-secret", base_url="https://api.example.com")
        return
    with pytest.raises(module.InvalidRequestError, match="username:password"):
        getattr(module, make)(api_token="only-a-secret", base_url="https://api.example.com")


def test_an_operation_the_spec_makes_public_is_sent_without_the_token(sdk: tuple[str, Any]) -> None:
    scheme, module = sdk
    sent: list[tuple[dict[str, str], httpx.URL]] = []
    client = _client(module, sent)
    client.status.retrieve()
    headers, url = sent[-1]
    assert "api_key" not in url.params and not any("s3cret" in value for value in headers.values())
    if scheme != "query":
        assert EXPECTED[scheme][0] not in headers, headers
    client.things.retrieve(1)  # the others still carry it
    headers, url = sent[-1]
    assert "api_key" in url.params if scheme == "query" else EXPECTED[scheme] in headers.items()
    if scheme == "bearer":  # a header given for the call is the caller's, and is sent
        client.status.retrieve(extra_headers={"Authorization": "Bearer other"})
        assert sent[-1][0]["authorization"] == "Bearer other"


def _keyed_clients(client_class: Any, sent: list[dict[str, str]]) -> Callable[..., Any]:
    """Makes clients of `client_class` with the keys given, whose requests' headers go to
    `sent`; `/things/404` answers 404."""

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(dict(request.headers))
        return httpx.Response(404 if request.url.path == "/things/404" else 200, json={})

    def client(**keys: str) -> Any:
        transport = httpx.MockTransport(handler)
        return client_class(base_url="https://api.example.com", http_client=httpx.Client(transport=transport), max_retries=0, **keys)

    return client


TWO_KEYS = {
    "openapi": "3.0.3",
    "info": {"title": "Two keys", "version": "1.0.0"},
    "security": [{"apiKeyAuth": [], "appKeyAuth": []}],  # both at once (Datadog's API and application keys)
    "components": {"securitySchemes": {
        "apiKeyAuth": {"type": "apiKey", "in": "header", "name": "DD-API-KEY"},
        "appKeyAuth": {"type": "apiKey", "in": "header", "name": "DD-APPLICATION-KEY"},
    }},
    "paths": _spec("bearer")["paths"],
}


@pytest.fixture(scope="module")
def two_keys(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from imported_sdk(tmp_path_factory.mktemp("two_keys"), TWO_KEYS, "two_keys_sdk")


def test_a_requirement_of_two_keys_sends_both(two_keys: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The token is the first key; the other is an argument named after its scheme (`app_key`),
    read from TWO_KEYS_SDK_APP_KEY when not given, sent on every request and never shown."""
    sent: list[dict[str, str]] = []
    client = _keyed_clients(two_keys.TwoKeysSdk, sent)

    client(api_token="api-s3cret", app_key="app-s3cret").things.retrieve(1)
    assert (sent[-1]["dd-api-key"], sent[-1]["dd-application-key"]) == ("api-s3cret", "app-s3cret")
    monkeypatch.setenv("TWO_KEYS_SDK_APP_KEY", "app-from-env")
    client(api_token="api-s3cret").things.retrieve(1)
    assert sent[-1]["dd-application-key"] == "app-from-env"
    monkeypatch.delenv("TWO_KEYS_SDK_APP_KEY")
    client(api_token="api-s3cret").things.retrieve(1)  # an operation may need the API key alone
    assert "dd-application-key" not in sent[-1]
    keyed = client(api_token="api-s3cret", app_key="app-s3cret")
    keyed.status.retrieve()  # `security: []`: neither key
    assert "dd-api-key" not in sent[-1] and "dd-application-key" not in sent[-1]
    with pytest.raises(two_keys.NotFoundError) as caught:
        keyed.things.retrieve(404)
    assert all("s3cret" not in value for value in caught.value.response.request.headers.values())
    readme = (Path(two_keys.__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "| `app_key` (sent in the `DD-APPLICATION-KEY` header) | `TWO_KEYS_SDK_APP_KEY` |" in readme


EITHER = {
    "openapi": "3.0.3",
    "info": {"title": "Either", "version": "1.0.0"},
    "components": {"securitySchemes": {  # Immich's: a session's bearer JWT, a cookie, or an API key
        "bearer": {"type": "http", "scheme": "bearer"},
        "cookie": {"type": "apiKey", "in": "cookie", "name": "access_token"},
        "api_key": {"type": "apiKey", "in": "header", "name": "x-api-key"},
    }},
    "paths": {
        path: {verb: {**operation, **({} if operation.get("security") == [] else {"security": [{"bearer": []}, {"cookie": []}, {"api_key": []}]})}
               for verb, operation in item.items()}
        for path, item in _spec("bearer")["paths"].items()
    },
}


@pytest.fixture(scope="module")
def either(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from imported_sdk(tmp_path_factory.mktemp("either"), EITHER, "either_sdk")


def test_an_api_key_the_spec_accepts_instead_of_the_token_stands_in_for_it(either: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Immich's clients could send only its bearer JWT: an API key (`x-api-key`, what its users
    hold) had no way in but a fake token beside it. It is an argument of its own (`api_key`), read
    from EITHER_SDK_API_KEY when not given; given one, no token is needed nor sent."""
    sent: list[dict[str, str]] = []
    client = _keyed_clients(either.EitherSdk, sent)

    client(api_key="key-s3cret").things.retrieve(1)
    assert sent[-1]["x-api-key"] == "key-s3cret" and "authorization" not in sent[-1]
    client(api_token="jwt-s3cret").things.retrieve(1)
    assert sent[-1]["authorization"] == "Bearer jwt-s3cret" and "x-api-key" not in sent[-1]
    monkeypatch.delenv("EITHER_SDK_API_TOKEN", raising=False)
    monkeypatch.delenv("EITHER_SDK_API_KEY", raising=False)
    with pytest.raises(either.APIError, match=r"api_token=\.\.\. or set EITHER_SDK_API_TOKEN, or api_key=\.\.\. \(EITHER_SDK_API_KEY\)"):
        client()
    monkeypatch.setenv("EITHER_SDK_API_KEY", "env-s3cret")
    keyed = client()
    keyed.things.retrieve(1)
    assert sent[-1]["x-api-key"] == "env-s3cret" and "authorization" not in sent[-1]
    keyed.status.retrieve()  # `security: []`: no key
    assert "x-api-key" not in sent[-1]
    with pytest.raises(either.NotFoundError) as caught:
        keyed.things.retrieve(404)
    assert all("s3cret" not in value for value in caught.value.response.request.headers.values())
    readme = (Path(either.__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "| `api_key` (instead of the token: an API key, sent in the `x-api-key` header) | `EITHER_SDK_API_KEY` |" in readme


def test_an_api_key_in_the_authorization_header_is_documented_in_the_apis_words(tmp_path_factory: pytest.TempPathFactory) -> None:
    """PagerDuty's key goes as `Token token=<KEY>`, Okta's as `SSWS <token>`: the SDK sends the
    token as given, and the README says so in the scheme's own words."""
    spec = {
        **_spec("bearer"),
        "security": [{"api_key": []}],
        "components": {"securitySchemes": {"api_key": {
            "type": "apiKey", "in": "header", "name": "Authorization", "description": "The API Key with format `Token token=<API_KEY>`",
        }}},
    }
    for module in imported_sdk(tmp_path_factory.mktemp("pd"), spec, "auth_words_sdk"):
        readme = (Path(module.__file__).parent.parent / "README.md").read_text(encoding="utf-8")
        assert "as it is given: pass the whole value the API expects there." in readme, readme
        assert "The API's\nown words on it: The API Key with format `Token token=<API_KEY>`." in readme, readme
