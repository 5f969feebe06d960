# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel


class Note(BaseModel):
    """
    A note. It says \"\"\"hello\"\"\" and \\"goodbye\\" and ends in a backslash \\
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    body: Annotated[str, Field(examples=['He said "hi" \\ then left — naïve café'])]
    """
    Text with a quote at the end"
    """
    title: str = 'Untitled "note" \\ ünïcödé'
    """
    '''Single triple quotes''' and a lone \\ backslash.
    """
    mood: (
        Literal[
            "happy", "it's fine", '"quoted"', "back\\slash", "naïve", "two words", "—"
        ]
        | None
    ) = None
    """
    Moods with awkward spellings.
    """
    naïve_field: Annotated[
        str | None,
        Field(validation_alias="naïve field", serialization_alias="naïve field"),
    ] = None
    """
    A non-ASCII property name with a space.
    """
    breaks: str | None = None
    """
    Line breaks of every kind:
    line separator,
    paragraph separator,
    next line,
    vertical tab,
    form feed,
    carriage return,
    CRLF, then the end\\
    """
    quoted_end: str | None = None
    """
    Ends with three quotes \"\"\"
    """
    kebab_case: Annotated[
        int | None,
        Field(validation_alias="kebab-case", serialization_alias="kebab-case"),
    ] = None
    """
    A property name with a hyphen.
    """
