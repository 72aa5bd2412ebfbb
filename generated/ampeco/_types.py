"""Small types shared by the runtime and the generated resources."""

from __future__ import annotations

import os
from typing import IO, Annotated, Any, Dict, Mapping, Optional, Tuple, Union

import httpx


class NotGiven:
    """The default of optional arguments: "not given" is not the same as ``None``."""

    _instance: Optional["NotGiven"] = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Headers = Mapping[str, str]
Query = Mapping[str, Any]
Body = Dict[str, Any]
Timeout = Union[float, httpx.Timeout, None]


class _TakenAsItIs:
    """Lets pydantic build a schema for a request dict that holds a file: a file is sent as the
    caller gave it, never validated (pydantic has no schema for `IO`)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema  # only when something builds that schema

        return core_schema.any_schema()


# A file to upload (a `format: binary` property of a request): its bytes, its path or a file
# opened in binary mode, alone or as `(filename, content)` or `(filename, content, content_type)`.
# Paths and file objects are streamed as the request is sent, not read into memory.
FileContent = Union[
    bytes,
    Annotated[os.PathLike[str], _TakenAsItIs()],
    Annotated[IO[bytes], _TakenAsItIs()],
]
FileTypes = Union[FileContent, Tuple[str, FileContent], Tuple[str, FileContent, str]]
