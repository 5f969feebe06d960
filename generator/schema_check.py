"""The single place that calls openapi-spec-validator and openapi-schema-validator.

Both get a bundled document whose every ``$ref`` is local, so neither can reach a file or a
network address on its own.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_schema_validator import (
    OAS30Validator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    UnresolvableParameterError,
)
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT4, DRAFT202012

from generator.sourcemap import join_pointer

# Checked by generator.validate with exact locations; the validator reports them without one.
_OURS = (DuplicateOperationIDError, UnresolvableParameterError)
_ROOT = "urn:contactswing-generator:spec"


def spec_errors(document: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer, message) for each way the document breaks the OpenAPI schema."""
    is_31 = str(document.get("openapi", "")).startswith("3.1")
    validator = (OpenAPIV31SpecValidator if is_31 else OpenAPIV30SpecValidator)(document)
    try:
        for error in validator.iter_errors():
            if isinstance(error, _OURS):
                continue
            if isinstance(error, ValidationError):
                if not error.absolute_path and error.instance is not document:
                    # A default or example checked against its schema: the validator does not
                    # say where; generator.validate reports the same problem with its location.
                    continue
                yield join_pointer([str(s) for s in error.absolute_path]), _short(error)
            else:
                yield "", str(error)
    except RecursionError:
        yield "", "the document is too deeply nested for the validator"
    except Unresolvable:
        # A dangling $ref: generator.validate reports it with its location; the validator
        # cannot go on past it.
        return
    except Exception as err:  # the validator crashes on some broken shapes
        yield "", (f"openapi-spec-validator stopped ({type(err).__name__}); the document's "
                   "structure is broken somewhere it does not say")


def _short(error: ValidationError) -> str:
    """The validator's message without the (possibly huge) instance dump."""
    message = error.message
    return message if len(message) <= 200 else message[:197] + "..."


class InstanceChecker:
    """Validates values (examples, defaults) against schemas inside one document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        is_31 = str(document.get("openapi", "")).startswith("3.1")
        spec = DRAFT202012 if is_31 else DRAFT4
        self._cls = OAS31Validator if is_31 else OAS30Validator
        self._formats = oas31_format_checker if is_31 else oas30_format_checker
        self._registry: Registry[Any] = Registry().with_resource(
            _ROOT, Resource.from_contents(dict(document), default_specification=spec))

    def errors(self, schema_pointer: str, value: Any) -> list[str]:
        """Messages for each way ``value`` fails the schema at ``schema_pointer``."""
        fragment = urllib.parse.quote(schema_pointer, safe="/~!$&'()*+,;=:@")
        validator = self._cls({"$ref": f"{_ROOT}#{fragment}"}, registry=self._registry,
                              format_checker=self._formats)
        try:
            return [_located(e) for e in validator.iter_errors(value)]
        except Exception as err:
            return [f"the schema cannot be checked ({type(err).__name__})"]


def _located(error: ValidationError) -> str:
    where = join_pointer([str(s) for s in error.absolute_path])
    return f"{_short(error)} at {where}" if where else _short(error)
