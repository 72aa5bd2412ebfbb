"""The `ChargePointChangeOwnerRequest` model, and the types that only it uses or that refer back to it."""

from typing import Annotated, Optional, Union

from pydantic import Field, Tag

from ..._models import BaseModel, Inferred, by_value

__all__ = [
    "ChargePointActionOwner",
    "ChargePointChangeOwnerRequest",
]

ChargePointActionOwner = Annotated[
    Union[Annotated[str, Tag("str")], Annotated[int, Tag("int")]],
    Inferred(
        by_value(
            (
                ("str", "string", ()),
                ("int", "integer", ()),
            )
        )
    ),
]
"""The new owner, given as an e-mail address or a numeric user id."""


class ChargePointChangeOwnerRequest(BaseModel):
    owner: ChargePointActionOwner
    """The new owner, given as an e-mail address or a numeric user id."""
    notify_owner: Annotated[Optional[bool], Field(alias="notifyOwner")] = False
