"""How the generated client sends its API token: as the spec's security scheme says."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.emit import text
from generator.ir import Api, SecurityScheme

# what a header or cookie name may be (RFC 9110 `token`): anything else is not sent that way
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


@dataclass
class Auth:
    kind: str  # bearer | basic | header | cookie | query
    name: str = ""  # the header, cookie or query parameter an apiKey scheme names

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
            "header": f"in the `{self.name}` header",
            "cookie": f"in the `{self.name}` cookie",
            "query": f"as the `{self.name}` query parameter",
        }[self.kind]


def auth_of(api: Api) -> Auth:
    """The first scheme the spec's top-level `security` names that the client can send (then any
    scheme it defines); a bearer token when there is none, as for AMPECO's."""
    schemes = {scheme.name: scheme for scheme in api.security_schemes}
    named = [name for requirement in api.security for name in requirement]
    for name in [*named, *schemes]:
        scheme = schemes.get(name)
        auth = _sendable(scheme) if scheme is not None else None
        if auth is not None:
            return auth
    return Auth("bearer")


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
