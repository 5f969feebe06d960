# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from datetime import date
from pydantic import ConfigDict, Field
from .._models import BaseModel
from typing import Annotated, Literal


class Format(BaseModel):
    """
    A property named format, holding an object with its own keyword names.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    type: date | None = None
    """
    A nested property named type.
    """
    format: str | None = None
    """
    A nested property named format.
    """


class Type(BaseModel):
    """
    A property named type, holding an object.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    format: str | None = None
    """
    A property named format inside one named type.
    """


class Description(BaseModel):
    """
    A property named description, holding an object.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    description: str | None = None
    """
    A nested property named description.
    """
    title: str | None = None
    """
    A nested property named title.
    """


class Item(BaseModel):
    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    format: str | None = None
    """
    A property named format, four levels down.
    """
    field_ref: Annotated[
        str | None, Field(validation_alias="$ref", serialization_alias="$ref")
    ] = None
    """
    A property named $ref, four levels down.
    """


class Properties(BaseModel):
    """
    A property named properties, two levels down.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    items: list[Item] | None = None
    """
    A property named items, three levels down.
    """


class Inner(BaseModel):
    """
    A nested record, to put keyword-named properties deeper.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    properties: Properties | None = None
    """
    A property named properties, two levels down.
    """
    pattern_properties: Annotated[
        str | None,
        Field(
            validation_alias="patternProperties",
            serialization_alias="patternProperties",
        ),
    ] = None
    """
    A property named patternProperties.
    """


class Record(BaseModel):
    """
    A record whose property names are all JSON Schema or OpenAPI keywords.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    format: Format | None = None
    """
    A property named format, holding an object with its own keyword names.
    """
    type: Type
    """
    A property named type, holding an object.
    """
    items: list[int] | None = None
    """
    A property named items, holding a list of integers.
    """
    properties: dict[str, str]
    """
    A property named properties, holding a map of strings.
    """
    enum: (
        Literal[
            "format",
            "type",
            "items",
            "properties",
            "enum",
            "default",
            "example",
            "required",
        ]
        | None
    ) = None
    """
    A property named enum whose values are keywords themselves.
    """
    default: str = "default"
    """
    A property named default, with a default of its own.
    """
    example: Annotated[str | None, Field(examples=["example"])] = None
    """
    A property named example.
    """
    examples: Annotated[list[str] | None, Field(examples=[["examples", "example"]])] = (
        None
    )
    """
    A property named examples.
    """
    required: bool | None = None
    """
    A property named required.
    """
    nullable: str | None = None
    """
    A property named nullable.
    """
    one_of: Annotated[
        str | int | None, Field(validation_alias="oneOf", serialization_alias="oneOf")
    ] = None
    """
    A property named oneOf, holding either a string or an integer.
    """
    field_ref: Annotated[
        str | None, Field(validation_alias="$ref", serialization_alias="$ref")
    ] = None
    """
    A property named $ref, holding a plain string.
    """
    description: Description | None = None
    """
    A property named description, holding an object.
    """
    all_of: Annotated[
        Inner | None, Field(validation_alias="allOf", serialization_alias="allOf")
    ] = None
    """
    A property named allOf, holding a record with keyword names again.
    """
    additional_properties: Annotated[
        bool | None,
        Field(
            validation_alias="additionalProperties",
            serialization_alias="additionalProperties",
        ),
    ] = None
    """
    A property named additionalProperties.
    """
    const: Literal["const"] | None = None
    """
    A property named const.
    """
    discriminator: str | None = None
    """
    A property named discriminator.
    """
    schema_: Annotated[
        str | None, Field(validation_alias="schema", serialization_alias="schema")
    ] = None
    """
    A property named schema.
    """
