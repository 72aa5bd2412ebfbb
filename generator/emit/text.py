"""Safe Python literals for text that comes from the spec."""

from __future__ import annotations

import functools
import re
import textwrap

from generator.emit.prose import markdown

# Control characters and the Unicode line separators that Python or the formatters treat
# as line breaks; spec text is untrusted and must never end a literal early.
_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    text = _BREAKS.sub("\n", text.replace("\r\n", "\n"))
    text = _CONTROL.sub("", text).replace("\t", "    ")
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        return ""
    first, rest = lines[0].strip(), textwrap.dedent("\n".join(lines[1:]))
    return first + ("\n" + rest if rest else "")


# The same text comes back again and again (a field's description in every model that has the
# field, a name in every module that uses it): 57,000 literals of 2,600 strings and 7,400
# docstrings of 2,200 texts for the AMPECO spec. Both functions are pure, so answers are kept
# (a bounded number: a long-lived process may generate many specs).
@functools.lru_cache(maxsize=1 << 14)
def docstring(text: str | None, indent: str) -> str | None:
    """A triple-quoted literal whose value is `text`; nothing in `text` can close it early."""
    if not text:
        return None
    body = clean(markdown(text))
    if not body:
        return None
    body = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body += " "  # what black does too: a quote right before the closing quotes would end them
    lines = body.split("\n")
    if len(lines) == 1:
        return f'"""{body}"""'
    joined = "\n".join(indent + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{joined}\n{indent}"""'


@functools.lru_cache(maxsize=1 << 14)
def string(value: str) -> str:
    """A double-quoted literal (the formatters' preferred quote) for any str."""
    literal = repr(value)
    if literal.startswith("'") and '"' not in value:
        literal = '"' + literal[1:-1].replace("\\'", "'") + '"'
    return literal


def literal(value: object) -> str:
    if isinstance(value, str):
        return string(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    raise TypeError(f"no literal for {type(value).__name__}")
