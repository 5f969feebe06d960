"""The single call into datamodel-code-generator: pydantic v2 models for every component schema."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from generator.errors import InternalError
from generator.model_index import Field, ModelClass, Models
from generator.model_source import edit

__all__ = ["HEADER", "Field", "ModelClass", "Models", "build_models"]

HEADER = "# Pydantic models of every schema in the spec. Generated; do not edit."
_PLAIN_STRINGS = tuple(
    f"string+{fmt}=string"
    for fmt in (
        "uri",
        "uri-reference",
        "iri",
        "iri-reference",
        "url",
        "hostname",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "uuid",
    )
)


def build_models(document: Mapping[str, Any]) -> Models:
    """Generate pydantic v2 models for every component schema of ``document``, with our edits."""
    components = document.get("components")
    if not (isinstance(components, Mapping) and components.get("schemas")):
        return Models(f"{HEADER}\n", {})  # the tool refuses a document without schemas
    return edit(_tool_source(document))


def _tool_source(document: Mapping[str, Any]) -> str:
    """The models module as datamodel-code-generator writes it, before our edits."""
    # Imported here: it is heavy, and only generation needs it.
    from datamodel_code_generator import LiteralType, generate
    from datamodel_code_generator.enums import (
        DataModelType,
        InputFileType,
        OpenAPIScope,
    )

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            source = generate(
                dict(document),
                input_file_type=InputFileType.OpenAPI,
                output_model_type=DataModelType.PydanticV2BaseModel,
                openapi_scopes=[OpenAPIScope.Schemas],
                custom_file_header=HEADER,
                disable_timestamp=True,
                use_union_operator=True,
                use_standard_collections=True,
                use_annotated=True,
                field_constraints=True,
                use_schema_description=True,
                use_field_description=True,
                snake_case_field=True,
                enum_field_as_literal=LiteralType.All,
                allow_population_by_field_name=True,
                use_double_quotes=True,
                # Keep fields the server adds (ids, flags) and fields the docs never named.
                extra_fields="allow",
                # A required field that is also nullable (3.0 `nullable: true`) admits None.
                strict_nullable=True,
                # URIs, host names, addresses and UUIDs stay the strings users gave:
                # pydantic's types rewrite them (a trailing slash, a lower-cased host or
                # UUID), and parameters of these formats are plain strings already.
                type_mappings=list(_PLAIN_STRINGS),
                formatters=[],
            )
        except (
            Exception
        ) as err:  # the tool raises many types; each becomes our one error
            raise InternalError(
                f"datamodel-code-generator failed: {type(err).__name__}: "
                f"{str(err).splitlines()[0] if str(err) else ''}"
            ) from err
    if not isinstance(source, str):
        raise InternalError(
            "datamodel-code-generator returned several modules; expected one"
        )
    return source
