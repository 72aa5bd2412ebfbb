"""How the generated client sends its API token: as the spec's security scheme says."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator import naming
from generator.emit import text
from generator.ir import Api, SecurityScheme

# what a header or cookie name may be (RFC 9110 `token`): anything else is not sent that way
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


@dataclass
class Key:
    """A further API key the spec's security requirement asks for beside the token (Datadog's
    application key beside its API key), sent in a header of every request."""

    header: str
    py_name: str  # the clients' argument
    env_name: str  # the environment variable read when the argument is not given

    @property
    def header_literal(self) -> str:
        return text.string(self.header)

    @property
    def lower_header_literal(self) -> str:
        return text.string(self.header.lower())

    @property
    def env_literal(self) -> str:
        return text.string(self.env_name)


@dataclass
class Auth:
    kind: str  # bearer | basic | header | cookie | query
    name: str = ""  # the header, cookie or query parameter an apiKey scheme names
    keys: list[Key] = field(default_factory=list)
    # API keys the spec accepts instead of the token (Immich's `x-api-key` beside its bearer
    # JWT): each an argument of its own; given one, the token is not needed
    alternatives: list[Key] = field(default_factory=list)
    description: str = ""  # the scheme's own words, first paragraph (PagerDuty's `Token token=<API_KEY>`)

    @property
    def hidden_headers(self) -> list[Key]:
        """The further headers that carry a secret: the keys and the alternatives."""
        return [*self.keys, *self.alternatives]

    @property
    def name_literal(self) -> str:
        return text.string(self.name)

    @property
    def lower_name_literal(self) -> str:
        return text.string(self.name.lower())

    @property
    def cookie_prefix_literal(self) -> str:
        return text.string(f"{self.name}=")

    @property
    def header_literal(self) -> str:
        """The header that carries the token (for a header, bearer, basic or cookie scheme)."""
        return text.string({"bearer": "Authorization", "basic": "Authorization", "cookie": "Cookie"}.get(self.kind, self.name))

    @property
    def how(self) -> str:
        """For the docs: "Every request carries your API token ..." """
        return {
            "bearer": "as a bearer token",
            "basic": "with HTTP basic authentication: pass it as `username:password`",
            "header": (
                "in the `Authorization` header, as it is given: pass the whole value the API expects there"
                if self.name.lower() == "authorization"
                else f"in the `{self.name}` header"
            ),
            "cookie": f"in the `{self.name}` cookie",
            "query": f"as the `{self.name}` query parameter",
        }[self.kind]


def auth_of(api: Api, env_prefix: str = "", taken: Iterable[str] = ()) -> Auth:
    """The first scheme the spec's top-level `security` names that the client can send (then any
    scheme it defines); a bearer token when there is none, as for AMPECO's. The other API keys
    its requirement asks for too, in headers, are the auth's `keys`: arguments of the clients
    named after their schemes (not one of `taken`), read from `{env_prefix}_{NAME}` otherwise."""
    schemes = {scheme.name: scheme for scheme in api.security_schemes}
    named = [name for requirement in api.security for name in requirement]
    for name in [*named, *schemes]:
        scheme = schemes.get(name)
        auth = _sendable(scheme) if scheme is not None else None
        if auth is not None and scheme is not None:
            requirement = next((r for r in api.security if name in r), [name])
            taken = set(taken)
            auth.keys = _keys([schemes[n] for n in requirement if n != name and n in schemes], auth, env_prefix, taken)
            auth.alternatives = _alternatives(api, schemes, auth, [name, *requirement], env_prefix, taken)
            said = (scheme.description or "").strip().split("\n\n", 1)[0].replace("\n", " ").strip()
            auth.description = said + ("" if not said or said.endswith((".", "!", "?")) else ".")
            return auth
    return Auth("bearer")


def _alternatives(
    api: Api, schemes: dict[str, SecurityScheme], primary: Auth, used: list[str], env_prefix: str, taken: set[str]
) -> list[Key]:
    """The API keys sent in a header that a requirement of their own accepts (at the top or of
    an operation), in the order the spec names them; not those the token's requirement uses."""
    requirements = [*api.security, *(list(r) for op in api.operations for r in op.security or [] if isinstance(r, dict))]
    alone = [r[0] for r in requirements if len(r) == 1 and r[0] not in used and r[0] in schemes]
    taken_headers = {key.header.lower() for key in primary.keys}
    found = [schemes[name] for name in dict.fromkeys(alone)]
    return [key for key in _keys(found, primary, env_prefix, taken) if key.header.lower() not in taken_headers]


_SCHEME_WORDS = {"auth", "authentication", "authorization", "scheme", "security", "header"}


def _keys(schemes: list[SecurityScheme], primary: Auth, env_prefix: str, taken: set[str]) -> list[Key]:
    """The apiKey schemes sent in a header, each once, beside the token's own header."""
    keys: list[Key] = []
    headers = {primary.name.lower()} if primary.kind == "header" else {"authorization"}
    for scheme in schemes:
        sent = _sendable(scheme)
        if sent is None or sent.kind != "header" or sent.name.lower() in headers:
            continue
        headers.add(sent.name.lower())
        words = naming.words(scheme.name)
        while words and words[-1].lower() in _SCHEME_WORDS:
            words.pop()
        py_name = naming.unique(naming.field_name("_".join(words) or sent.name), taken)
        keys.append(Key(sent.name, py_name, f"{env_prefix}_{py_name.upper()}"))
    return keys


def _sendable(scheme: SecurityScheme) -> Auth | None:
    if scheme.type == "http" and scheme.scheme == "basic":
        return Auth("basic")
    if scheme.type == "http" and scheme.scheme == "bearer" or scheme.type in ("oauth2", "openIdConnect"):
        return Auth("bearer")
    name = scheme.parameter_name
    if scheme.type != "apiKey" or not isinstance(name, str) or scheme.location not in ("header", "query", "cookie"):
        return None  # digest and other http schemes: not something one token can do
    if scheme.location != "query" and not _TOKEN.fullmatch(name):
        return None
    return Auth(str(scheme.location), name) if name else None
