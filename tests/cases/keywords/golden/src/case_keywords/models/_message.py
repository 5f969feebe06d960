# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class Global(BaseModel):
    """
    A schema whose name is a keyword.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    return_: Annotated[
        str | None, Field(validation_alias="return", serialization_alias="return")
    ] = None
    """
    A keyword inside a keyword-named schema.
    """


class Message(BaseModel):
    """
    A message whose field names are Python keywords, soft keywords and builtins.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    from_: Annotated[str, Field(validation_alias="from", serialization_alias="from")]
    """
    Sender; `from` is a keyword.
    """
    class_: Annotated[str, Field(validation_alias="class", serialization_alias="class")]
    """
    Category; `class` is a keyword.
    """
    import_: Annotated[
        bool | None, Field(validation_alias="import", serialization_alias="import")
    ] = None
    """
    Whether to import; `import` is a keyword.
    """
    def_: Annotated[
        int | None, Field(validation_alias="def", serialization_alias="def")
    ] = None
    """
    A number; `def` is a keyword.
    """
    none: Annotated[
        str | None, Field(validation_alias="None", serialization_alias="None")
    ] = None
    """
    A field named None.
    """
    match: str | None = None
    """
    A soft keyword.
    """
    type: str | None = None
    """
    A builtin.
    """
    list_: Annotated[
        list[str] | None, Field(validation_alias="list", serialization_alias="list")
    ] = None
    """
    A builtin, holding strings.
    """
    async_: Annotated[
        Global | None, Field(validation_alias="async", serialization_alias="async")
    ] = None
