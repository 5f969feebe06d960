"""The single place that calls openapi-spec-validator, openapi-schema-validator and jsonschema-rs.

Both get a bundled document whose every ``$ref`` is local, so neither can reach a file or a
network address on its own.

The first of openapi-spec-validator's two passes checks the whole document against the
OpenAPI schema; in Python that is most of its time on a large spec (bench row "cold
generation", docs/benchmarks.md). A valid document (the usual case) is recognised by
jsonschema-rs, the compiled backend the validator supports, and the Python pass is skipped. Only an invalid one goes through
the Python pass, whose messages are the ones users see: the compiled backend decides speed,
never what is reported.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from openapi_schema_validator import (
    OAS30Validator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.schemas.backend.jsonschema import create_validator
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    UnresolvableParameterError,
)
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT4, DRAFT202012

from generator.spec import pointer as jp

# Checked by generator.validate with exact locations; the validator reports them without one.
_OURS = (DuplicateOperationIDError, UnresolvableParameterError)
_ROOT = "urn:contactswing-generator:spec"
_ACCEPT_ALL = Draft202012Validator(True)  # the schema `true`: no instance has an error


def spec_errors(document: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer, message) for each way the document breaks the OpenAPI schema."""
    is_31 = str(document.get("openapi", "")).startswith("3.1")
    validator = (OpenAPIV31SpecValidator if is_31 else OpenAPIV30SpecValidator)(
        document
    )
    # The class-level hook for the first pass; set here, so the backend is ours to choose and
    # no environment variable of openapi-spec-validator's changes what is reported.
    validator.schema_validator = (
        _ACCEPT_ALL if _valid_fast(document, is_31) else _python_metaschema(is_31)
    )
    try:
        for error in validator.iter_errors():
            if isinstance(error, _OURS):
                continue
            if isinstance(error, ValidationError):
                if not error.absolute_path and error.instance is not document:
                    # A default or example checked against its schema: the validator does not
                    # say where; generator.validate reports the same problem with its location.
                    continue
                yield jp.join("", *(str(s) for s in error.absolute_path)), _short(error)
            else:
                yield "", str(error)
    except RecursionError:
        yield "", "the document is too deeply nested for the validator"
    except Unresolvable:
        # A dangling $ref: generator.validate reports it with its location; the validator
        # cannot go on past it.
        return
    except Exception as err:  # the validator crashes on some broken shapes
        yield "", (
            f"openapi-spec-validator stopped ({type(err).__name__}); the document's "
            "structure is broken somewhere it does not say"
        )


def _valid_fast(document: Mapping[str, Any], is_31: bool) -> bool:
    """True only if jsonschema-rs finds the document valid against the OpenAPI schema.

    False also when it cannot say (a value JSON cannot hold, say): the Python pass decides.
    A test checks on mutated documents that it never accepts what the Python pass rejects.
    """
    try:
        return _rust_metaschema(is_31).is_valid(document)
    except Exception:  # any doubt means: let the Python pass look
        return False


@functools.cache
def _rust_metaschema(is_31: bool) -> jsonschema_rs.Validator:
    # offline: the OpenAPI schemas only refer to the JSON Schema drafts it carries itself.
    return jsonschema_rs.validator_for(
        _openapi_schema(is_31), validate_formats=False, offline=True
    )


@functools.cache
def _python_metaschema(is_31: bool) -> Validator:
    """The validator openapi-spec-validator's own Python backend builds for its first pass."""
    validator: Validator = create_validator(_openapi_schema(is_31))
    return validator


def _openapi_schema(is_31: bool) -> dict[str, Any]:
    return dict(schema_v31 if is_31 else schema_v30)


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
            _ROOT, Resource.from_contents(dict(document), default_specification=spec)
        )

    def errors(self, schema_pointer: str, value: Any) -> list[str]:
        """Messages for each way ``value`` fails the schema at ``schema_pointer``."""
        validator = self._cls(
            {"$ref": _ROOT + jp.ref_to(schema_pointer)},
            registry=self._registry,
            format_checker=self._formats,
        )
        try:
            return [_located(e) for e in validator.iter_errors(value)]
        except Exception as err:
            return [f"the schema cannot be checked ({type(err).__name__})"]


def _located(error: ValidationError) -> str:
    where = jp.join("", *(str(s) for s in error.absolute_path))
    return f"{_short(error)} at {where}" if where else _short(error)
