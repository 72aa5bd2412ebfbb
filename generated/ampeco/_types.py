"""Small types shared by the runtime and the generated resources."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Union

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
