"""The rule table: every kind of change and its severity for a user of the generated client."""

from __future__ import annotations

import enum
from typing import Literal

Bump = Literal["major", "minor", "patch", "none"]


class Severity(enum.Enum):
    """How a change lands on code written against the previous client release."""

    BREAKING = "breaking"
    POTENTIALLY_BREAKING = "potentially_breaking"
    FEATURE = "feature"
    DOCS = "docs"

    @property
    def rank(self) -> int:
        """0 for the most severe; used for sorting and thresholds."""
        return _RANKS[self]

    @property
    def bump(self) -> Bump:
        """The semver part this severity forces (potentially breaking is minor, flagged)."""
        return _BUMPS[self]


_RANKS = {
    Severity.BREAKING: 0,
    Severity.POTENTIALLY_BREAKING: 1,
    Severity.FEATURE: 2,
    Severity.DOCS: 3,
}
_BUMPS: dict[Severity, Bump] = {
    Severity.BREAKING: "major",
    Severity.POTENTIALLY_BREAKING: "minor",
    Severity.FEATURE: "minor",
    Severity.DOCS: "patch",
}


class Side(enum.Enum):
    """Which way data flows through a schema: the user sends it, or the user receives it."""

    REQUEST = "request"
    RESPONSE = "response"


class ChangeKind(enum.Enum):
    """What changed; `severity` looks the kind up in the rule table below."""

    # operations
    OPERATION_ADDED = "operation_added"
    OPERATION_REMOVED = "operation_removed"
    OPERATION_ID_CHANGED = "operation_id_changed"
    OPERATION_TAG_CHANGED = "operation_tag_changed"
    OPERATION_SECURITY_TIGHTENED = "operation_security_tightened"
    OPERATION_SECURITY_RELAXED = "operation_security_relaxed"
    DEPRECATED = "deprecated"
    # parameters (path, query, header, cookie)
    PARAMETER_ADDED_REQUIRED = "parameter_added_required"
    PARAMETER_ADDED_OPTIONAL = "parameter_added_optional"
    PARAMETER_REMOVED = "parameter_removed"
    PARAMETER_RENAMED = "parameter_renamed"
    PARAMETER_BECAME_REQUIRED = "parameter_became_required"
    PARAMETER_BECAME_OPTIONAL = "parameter_became_optional"
    # request bodies
    REQUEST_BODY_ADDED_REQUIRED = "request_body_added_required"
    REQUEST_BODY_ADDED_OPTIONAL = "request_body_added_optional"
    REQUEST_BODY_REMOVED = "request_body_removed"
    REQUEST_BODY_BECAME_REQUIRED = "request_body_became_required"
    REQUEST_BODY_BECAME_OPTIONAL = "request_body_became_optional"
    REQUEST_MEDIA_TYPE_ADDED = "request_media_type_added"
    REQUEST_MEDIA_TYPE_REMOVED = "request_media_type_removed"
    # schemas the user sends (bodies and parameters)
    REQUEST_FIELD_ADDED_REQUIRED = "request_field_added_required"
    REQUEST_FIELD_ADDED_OPTIONAL = "request_field_added_optional"
    REQUEST_FIELD_REMOVED = "request_field_removed"
    REQUEST_FIELD_RENAMED = "request_field_renamed"
    REQUEST_FIELD_BECAME_REQUIRED = "request_field_became_required"
    REQUEST_FIELD_BECAME_OPTIONAL = "request_field_became_optional"
    REQUEST_TYPE_CHANGED = "request_type_changed"
    REQUEST_TYPE_WIDENED = "request_type_widened"
    REQUEST_TYPE_NARROWED = "request_type_narrowed"
    REQUEST_BECAME_UNION = "request_became_union"
    REQUEST_MODEL_CHANGED = "request_model_changed"
    REQUEST_FORMAT_CHANGED = "request_format_changed"
    REQUEST_ENUM_VALUE_ADDED = "request_enum_value_added"
    REQUEST_ENUM_VALUE_REMOVED = "request_enum_value_removed"
    REQUEST_ENUM_RESTRICTED = "request_enum_restricted"
    REQUEST_ENUM_LIFTED = "request_enum_lifted"
    REQUEST_VARIANT_ADDED = "request_variant_added"
    REQUEST_VARIANT_REMOVED = "request_variant_removed"
    REQUEST_BECAME_NULLABLE = "request_became_nullable"
    REQUEST_BECAME_NON_NULLABLE = "request_became_non_nullable"
    REQUEST_CONSTRAINT_TIGHTENED = "request_constraint_tightened"
    REQUEST_CONSTRAINT_RELAXED = "request_constraint_relaxed"
    # responses
    RESPONSE_STATUS_ADDED = "response_status_added"
    RESPONSE_STATUS_REMOVED = "response_status_removed"
    RESPONSE_MEDIA_TYPE_ADDED = "response_media_type_added"
    RESPONSE_MEDIA_TYPE_REMOVED = "response_media_type_removed"
    ERROR_RESPONSE_ADDED = "error_response_added"
    ERROR_RESPONSE_REMOVED = "error_response_removed"
    # schemas the user receives
    RESPONSE_FIELD_ADDED = "response_field_added"
    RESPONSE_FIELD_REMOVED = "response_field_removed"
    RESPONSE_FIELD_RENAMED = "response_field_renamed"
    RESPONSE_FIELD_BECAME_REQUIRED = "response_field_became_required"
    RESPONSE_FIELD_BECAME_OPTIONAL = "response_field_became_optional"
    RESPONSE_TYPE_CHANGED = "response_type_changed"
    RESULT_SHAPE_CHANGED = "result_shape_changed"
    RESPONSE_TYPE_WIDENED = "response_type_widened"
    RESPONSE_TYPE_NARROWED = "response_type_narrowed"
    RESPONSE_BECAME_UNION = "response_became_union"
    RESPONSE_MODEL_CHANGED = "response_model_changed"
    RESPONSE_FORMAT_CHANGED = "response_format_changed"
    RESPONSE_ENUM_VALUE_ADDED = "response_enum_value_added"
    RESPONSE_ENUM_VALUE_REMOVED = "response_enum_value_removed"
    RESPONSE_ENUM_RESTRICTED = "response_enum_restricted"
    RESPONSE_ENUM_LIFTED = "response_enum_lifted"
    RESPONSE_VARIANT_ADDED = "response_variant_added"
    RESPONSE_VARIANT_REMOVED = "response_variant_removed"
    RESPONSE_BECAME_NULLABLE = "response_became_nullable"
    RESPONSE_BECAME_NON_NULLABLE = "response_became_non_nullable"
    RESPONSE_CONSTRAINT_TIGHTENED = "response_constraint_tightened"
    RESPONSE_CONSTRAINT_RELAXED = "response_constraint_relaxed"
    # either side
    CONSTRAINT_CHANGED = "constraint_changed"
    DEFAULT_CHANGED = "default_changed"
    # the document as a whole
    MODEL_ADDED = "model_added"
    MODEL_REMOVED = "model_removed"
    MODEL_RENAMED = "model_renamed"
    SECURITY_SCHEME_ADDED = "security_scheme_added"
    SECURITY_SCHEME_REMOVED = "security_scheme_removed"
    SECURITY_SCHEME_CHANGED = "security_scheme_changed"
    DEFAULT_SERVER_CHANGED = "default_server_changed"
    API_VERSION_CHANGED = "api_version_changed"
    DOCS_CHANGED = "docs_changed"

    @property
    def severity(self) -> Severity:
        """This kind's row in the rule table."""
        return RULES[self]

    @classmethod
    def for_side(cls, side: Side, rule: str) -> ChangeKind:
        """The REQUEST_ or RESPONSE_ kind for a side-dependent rule such as "TYPE_CHANGED"."""
        return cls[f"{side.name}_{rule}"]


_B, _PB, _F, _D = (
    Severity.BREAKING,
    Severity.POTENTIALLY_BREAKING,
    Severity.FEATURE,
    Severity.DOCS,
)
_K = ChangeKind

RULES: dict[ChangeKind, Severity] = {
    _K.OPERATION_ADDED: _F,
    _K.OPERATION_REMOVED: _B,
    _K.OPERATION_ID_CHANGED: _B,  # the Python method is named after operationId
    _K.OPERATION_TAG_CHANGED: _B,  # the method moves to another resource (first tag)
    _K.OPERATION_SECURITY_TIGHTENED: _B,
    _K.OPERATION_SECURITY_RELAXED: _F,
    _K.DEPRECATED: _F,  # semver 2.0.0, item 7: deprecating public API is a minor release
    _K.PARAMETER_ADDED_REQUIRED: _B,
    _K.PARAMETER_ADDED_OPTIONAL: _F,
    _K.PARAMETER_REMOVED: _B,
    _K.PARAMETER_RENAMED: _B,
    _K.PARAMETER_BECAME_REQUIRED: _B,
    _K.PARAMETER_BECAME_OPTIONAL: _F,
    _K.REQUEST_BODY_ADDED_REQUIRED: _B,
    _K.REQUEST_BODY_ADDED_OPTIONAL: _F,
    _K.REQUEST_BODY_REMOVED: _B,
    _K.REQUEST_BODY_BECAME_REQUIRED: _B,
    _K.REQUEST_BODY_BECAME_OPTIONAL: _F,
    _K.REQUEST_MEDIA_TYPE_ADDED: _F,
    _K.REQUEST_MEDIA_TYPE_REMOVED: _B,
    _K.REQUEST_FIELD_ADDED_REQUIRED: _B,
    _K.REQUEST_FIELD_ADDED_OPTIONAL: _F,
    _K.REQUEST_FIELD_REMOVED: _B,
    _K.REQUEST_FIELD_RENAMED: _B,
    _K.REQUEST_FIELD_BECAME_REQUIRED: _B,
    _K.REQUEST_FIELD_BECAME_OPTIONAL: _F,
    _K.REQUEST_TYPE_CHANGED: _B,
    _K.REQUEST_TYPE_WIDENED: _F,  # `int` -> `float`, `str` -> `Any`: all sent before still fits
    _K.REQUEST_TYPE_NARROWED: _B,
    _K.REQUEST_BECAME_UNION: _F,  # `list[str]` -> `str | list[str]`: a widening
    _K.REQUEST_MODEL_CHANGED: _B,  # code builds the old class; pydantic and mypy refuse it
    _K.REQUEST_FORMAT_CHANGED: _B,
    _K.REQUEST_ENUM_VALUE_ADDED: _F,
    _K.REQUEST_ENUM_VALUE_REMOVED: _B,
    _K.REQUEST_ENUM_RESTRICTED: _B,  # a free value becomes an enum: `str` -> `Literal[...]`
    _K.REQUEST_ENUM_LIFTED: _F,
    _K.REQUEST_VARIANT_ADDED: _F,
    _K.REQUEST_VARIANT_REMOVED: _B,
    _K.REQUEST_BECAME_NULLABLE: _F,
    _K.REQUEST_BECAME_NON_NULLABLE: _B,
    _K.REQUEST_CONSTRAINT_TIGHTENED: _PB,  # only some values the user sends start failing
    _K.REQUEST_CONSTRAINT_RELAXED: _F,
    _K.RESPONSE_STATUS_ADDED: _F,
    _K.RESPONSE_STATUS_REMOVED: _B,
    # The client raises an exception chosen from the status alone (the runtime's fixed table,
    # `status_error_class`) and does not type error bodies: a documented error response added
    # or removed changes no type, no name and no behaviour of the generated code.
    _K.ERROR_RESPONSE_ADDED: _D,
    _K.ERROR_RESPONSE_REMOVED: _D,
    _K.RESPONSE_MEDIA_TYPE_ADDED: _F,
    _K.RESPONSE_MEDIA_TYPE_REMOVED: _B,
    _K.RESPONSE_FIELD_ADDED: _F,
    _K.RESPONSE_FIELD_REMOVED: _B,
    _K.RESPONSE_FIELD_RENAMED: _B,
    _K.RESPONSE_FIELD_BECAME_REQUIRED: _F,  # `X | None` narrows to `X`: a stronger promise
    _K.RESPONSE_FIELD_BECAME_OPTIONAL: _B,  # may now be None where code assumed a value
    _K.RESPONSE_TYPE_CHANGED: _B,
    # x-pagination or x-envelope added, removed or changed: the method returns pages, a
    # part of the answer, or the whole answer, so every caller receives another type.
    _K.RESULT_SHAPE_CHANGED: _B,
    # A union that grows, or a type becoming `Any`: code keeps running and type-checking, but
    # handles only the old cases, or no longer has the value validated as the old type.
    _K.RESPONSE_TYPE_WIDENED: _PB,
    _K.RESPONSE_TYPE_NARROWED: _F,  # every value returned still fits the old type
    # `X` -> `X | Y`: code taking the result as `X` (annotations, parameters typed `X`,
    # attributes `Y` lacks) stops type-checking until it narrows with isinstance.
    _K.RESPONSE_BECAME_UNION: _B,
    _K.RESPONSE_MODEL_CHANGED: _B,  # isinstance checks and annotations name the old class
    _K.RESPONSE_FORMAT_CHANGED: _B,
    _K.RESPONSE_ENUM_VALUE_ADDED: _PB,  # breaks exhaustive matching without a fallback
    _K.RESPONSE_ENUM_VALUE_REMOVED: _F,  # enums are generated as Literal: the type only narrows
    _K.RESPONSE_ENUM_RESTRICTED: _F,
    _K.RESPONSE_ENUM_LIFTED: _PB,  # like a new value: exhaustive matching needs a fallback
    _K.RESPONSE_VARIANT_ADDED: _PB,  # breaks exhaustive isinstance/match chains
    # Like a response enum value removed: the returned type only narrows, so code handling
    # the member still runs and type-checks (mypy --strict passes `isinstance(r, Gone)`, and
    # the class is still importable; removing the model itself is MODEL_REMOVED).
    _K.RESPONSE_VARIANT_REMOVED: _F,
    _K.RESPONSE_BECAME_NULLABLE: _B,
    _K.RESPONSE_BECAME_NON_NULLABLE: _F,
    _K.RESPONSE_CONSTRAINT_TIGHTENED: _F,
    _K.RESPONSE_CONSTRAINT_RELAXED: _PB,  # only code relying on the old bound notices
    _K.CONSTRAINT_CHANGED: _PB,  # e.g. a new pattern: neither tighter nor looser
    _K.DEFAULT_CHANGED: _PB,  # behaviour changes silently for code that relied on the default
    _K.MODEL_ADDED: _F,
    _K.MODEL_REMOVED: _B,  # `from client.models import X` stops working
    _K.MODEL_RENAMED: _B,
    _K.SECURITY_SCHEME_ADDED: _F,
    _K.SECURITY_SCHEME_REMOVED: _B,
    _K.SECURITY_SCHEME_CHANGED: _B,  # credentials of another kind, or sent another way
    _K.DEFAULT_SERVER_CHANGED: _PB,  # code relying on the default base URL talks elsewhere
    _K.API_VERSION_CHANGED: _D,  # `__api_version__` changes, nothing else
    _K.DOCS_CHANGED: _D,
}
