"""Spec prose (descriptions, summaries) as plain Markdown: the HTML that specs embed, converted.

Descriptions are Markdown by the OpenAPI standard, but specs mix in HTML: AMPECO's use
`<br>`, `<br />` and `</br>` for line breaks. Docstrings and docs show text, so the common
tags become their Markdown equivalents and entities are decoded. Only known tag names are
touched: `List<String>` or `a <b` in prose is text, not markup.
"""

from __future__ import annotations

import functools
import html
import re

_BLOCKS = "p|div|ul|ol|table|tr|h[1-6]|pre|blockquote"
_INLINE = {"b": "**", "strong": "**", "i": "*", "em": "*", "code": "`"}
_BREAK = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_BLOCK = re.compile(rf"<\s*/?\s*(?:{_BLOCKS})(?:\s[^<>]*)?>", re.IGNORECASE)
_ITEM = re.compile(r"<\s*li(?:\s[^<>]*)?>", re.IGNORECASE)
_END_ITEM = re.compile(r"<\s*/\s*li\s*>", re.IGNORECASE)
_CELL = re.compile(r"<\s*/?\s*t[dh](?:\s[^<>]*)?>", re.IGNORECASE)
_MARK = re.compile(r"<\s*(/?)\s*(b|strong|i|em|code)\s*>", re.IGNORECASE)
_LINK = re.compile(r"<\s*a\s[^<>]*?href\s*=\s*[\"']([^\"']*)[\"'][^<>]*>(.*?)<\s*/\s*a\s*>", re.IGNORECASE | re.DOTALL)
_OTHER = re.compile(r"<\s*/?\s*(?:span|font|u|small|sup|sub|thead|tbody|a)(?:\s[^<>]*)?>", re.IGNORECASE)
_TAG_LIKE = re.compile(r"<\s*/?\s*[a-zA-Z]")
_SPACE_BEFORE_BREAK = re.compile(r"[ \t]+\n")
_BLANK_RUNS = re.compile(r"\n{3,}")


@functools.lru_cache(maxsize=1 << 14)  # pure, and most descriptions come back many times (4,200 calls, 2,150 texts)
def markdown(value: str) -> str:
    """`value` with HTML tags made Markdown and entities decoded; text without them is returned as is."""
    if "<" not in value and "&" not in value:
        return value
    if _TAG_LIKE.search(value):
        value = _BREAK.sub("\n", value)
        value = _LINK.sub(lambda m: f"[{m.group(2).strip()}]({m.group(1)})", value)
        value = _ITEM.sub("\n- ", value)
        value = _END_ITEM.sub("", value)
        value = _CELL.sub(" ", value)
        value = _BLOCK.sub("\n\n", value)
        value = _MARK.sub(lambda m: _INLINE[m.group(2).lower()], value)
        value = _OTHER.sub("", value)
    value = html.unescape(value)
    value = _SPACE_BEFORE_BREAK.sub("\n", value)
    return _BLANK_RUNS.sub("\n\n", value).strip()
