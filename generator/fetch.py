"""`sdkgen fetch`: download the newest AMPECO spec from the developer portal's index page.

The index lists the published specs as links of the form `/openapi/<24 hex id>`, oldest
first, so the newest is the last one. The spec (JSON or YAML) is saved under its own
`info.version`: `<out_dir>/ampeco-public-api-<version>.json` (or `.yaml`), byte for byte.

Every failure is a GeneratorError naming the URL and the reason: network errors, HTTP
errors, an index without such links, a download that is not an OpenAPI document.
"""

from __future__ import annotations

import json
import os
import re
import socket
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from generator import __version__
from generator.errors import GeneratorError

DEFAULT_INDEX_URL = "https://developers.ampeco.com/openapi/"
DEFAULT_OUT_DIR = "specs/"
TIMEOUT_SECONDS = 30.0
MAX_BYTES = 64 * 1024 * 1024  # the real spec is ~3 MB
SPEC_PATH = re.compile(r"/openapi/([0-9a-fA-F]{24})/?$")
_LINK_IN_TEXT = re.compile(r"""(?:https?://[^\s"'<>()]+)?/openapi/[0-9a-fA-F]{24}(?![0-9A-Za-z])/?""")
_SAFE_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._+-]{0,63}")


def fetch_latest(
    index_url: str = DEFAULT_INDEX_URL,
    out_dir: str | os.PathLike[str] = DEFAULT_OUT_DIR,
    timeout: float = TIMEOUT_SECONDS,
) -> Path:
    """Downloads the newest spec listed on `index_url` into `out_dir`; returns the saved file."""
    page, _ = download(index_url, timeout)
    links = spec_links(_decode(page, index_url), index_url)
    if not links:
        raise GeneratorError(f"{index_url}: no spec links of the form /openapi/<24-hex id> on the page")
    spec_url = links[-1]
    raw, content_type = download(spec_url, timeout)
    document, extension = parse_spec(raw, spec_url, content_type)
    version = spec_version(document, spec_url)
    return _save(raw, Path(out_dir) / f"ampeco-public-api-{version}.{extension}")


def download(url: str, timeout: float = TIMEOUT_SECONDS) -> tuple[bytes, str]:
    """(body, content type) of a GET; any failure is a GeneratorError naming the URL."""
    if urllib.parse.urlparse(url).scheme not in ("http", "https"):
        raise GeneratorError(f"{url}: only http and https URLs can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": f"sdkgen/{__version__}", "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_BYTES + 1)
            content_type = response.headers.get("Content-Type", "") or ""
    except urllib.error.HTTPError as exc:
        raise GeneratorError(f"cannot download {url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise GeneratorError(f"cannot download {url}: {_reason(exc.reason)}") from None
    except TimeoutError:
        raise GeneratorError(f"cannot download {url}: no answer within {timeout:g} s") from None
    except OSError as exc:  # connection reset mid-body, and the like
        raise GeneratorError(f"cannot download {url}: {_reason(exc)}") from None
    if len(body) > MAX_BYTES:
        raise GeneratorError(f"cannot download {url}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    return body, content_type


def spec_links(page: str, index_url: str) -> list[str]:
    """Absolute URLs of the `/openapi/<24 hex id>` links on the page, in page order, without repeats."""
    collector = _HrefCollector()
    try:
        collector.feed(page)
        collector.close()
    except Exception:  # noqa: BLE001 - a page html.parser cannot read: fall back to the text scan
        collector.hrefs = []
    candidates = collector.hrefs + _LINK_IN_TEXT.findall(page)
    found: list[str] = []
    for candidate in candidates:
        url = urllib.parse.urljoin(index_url, candidate.strip())
        parts = urllib.parse.urlparse(url)
        if parts.scheme in ("http", "https") and SPEC_PATH.search(parts.path):
            url = urllib.parse.urlunparse(parts._replace(fragment=""))
            if url not in found:
                found.append(url)
    return found


def parse_spec(raw: bytes, url: str, content_type: str = "") -> tuple[dict[str, Any], str]:
    """(document, "json" | "yaml"); a GeneratorError when it is not an OpenAPI document."""
    text = _decode(raw, url)
    stripped = text.lstrip()
    document: Any
    if stripped.startswith("{") or "json" in content_type.lower():
        try:
            document, extension = json.loads(text), "json"
        except ValueError as exc:
            raise GeneratorError(f"{url}: the download is not an OpenAPI document (invalid JSON: {exc})") from None
    else:
        try:
            document, extension = yaml.safe_load(text), "yaml"
        except yaml.YAMLError as exc:
            reason = getattr(exc, "problem", None) or type(exc).__name__
            raise GeneratorError(
                f"{url}: the download is not an OpenAPI document (neither JSON nor YAML: {reason})"
            ) from None
    if not isinstance(document, dict) or not isinstance(document.get("openapi"), str):
        what = "an HTML page" if stripped[:15].lower().startswith(("<!doctype", "<html")) else "no 'openapi' field"
        raise GeneratorError(f"{url}: the download is not an OpenAPI document ({what})")
    return document, extension


def spec_version(document: dict[str, Any], url: str) -> str:
    info = document.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        version = str(version)
    if not isinstance(version, str) or not version.strip():
        raise GeneratorError(f"{url}: the OpenAPI document has no info.version")
    if not _SAFE_VERSION.fullmatch(version.strip()):
        raise GeneratorError(f"{url}: info.version {version!r} cannot be used in a file name")
    return version.strip()


def _save(raw: bytes, target: Path) -> Path:
    """Writes through a temporary file, so an interrupted fetch never leaves half a spec."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".fetch-", dir=target.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
        os.replace(temporary, target)
    except OSError as exc:
        raise GeneratorError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target


def _decode(raw: bytes, url: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
            raise GeneratorError(f"{url}: not text") from None


def _reason(reason: object) -> str:
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "timed out"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


class _HrefCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src", "data-href") and value:
                self.hrefs.append(value)
