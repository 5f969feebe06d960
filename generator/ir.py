"""The intermediate model: what we will generate, decided, before any template sees it.

Frozen, slotted dataclasses. Every name here is already a valid Python name; every text
here is raw spec text that templates must pass through a filter for where it lands.
Type annotations are Python source text produced by us or by datamodel-code-generator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Location(Enum):
    """Where a parameter travels."""

    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"


@dataclass(frozen=True, slots=True)
class Parameter:
    """One operation parameter: its Python name, its wire name, and its type."""

    name: str
    wire_name: str
    location: Location
    annotation: str
    required: bool
    description: str

    @property
    def signature(self) -> str:
        """The parameter as it appears in a method signature (source text)."""
        if self.required:
            return f"{self.name}: {self.annotation}"
        return f"{self.name}: {self.annotation} | None = None"


@dataclass(frozen=True, slots=True)
class VariantField:
    """One keyword argument of a per-variant method: the model field it fills."""

    name: str  # the model field
    annotation: str
    default: str | None  # source text of the default; None when the field is required
    description: str
    parameter: str = ""  # the method's parameter name, when the field name is taken

    @property
    def argument(self) -> str:
        """The parameter name in the per-variant method's signature."""
        return self.parameter or self.name


@dataclass(frozen=True, slots=True)
class Variant:
    """One member of a discriminated request body, offered as its own typed method."""

    method_name: str
    model: str
    discriminator_field: str
    discriminator_value: str
    fields: tuple[VariantField, ...]
    description: str


@dataclass(frozen=True, slots=True)
class Body:
    """A JSON request body: the annotation users pass and its model class."""

    annotation: str
    model: str
    required: bool
    description: str
    variants: tuple[Variant, ...] = ()
    encoding: str = "json"  # or "form": application/x-www-form-urlencoded


@dataclass(frozen=True, slots=True)
class Operation:
    """One HTTP operation as one method on a resource."""

    name: str
    operation_id: str
    http_method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    returns: str  # the method's return annotation
    response_model: (
        str  # the expression given to the runtime to parse the body ("None": no body)
    )
    idempotency_header: str | None
    deprecated: bool

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        """Parameters substituted into the path template."""
        return tuple(p for p in self.parameters if p.location is Location.PATH)

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        """Parameters sent in the query string."""
        return tuple(p for p in self.parameters if p.location is Location.QUERY)

    @property
    def header_parameters(self) -> tuple[Parameter, ...]:
        """Parameters sent as headers (the idempotency header is filled by the runtime)."""
        return tuple(p for p in self.parameters if p.location is Location.HEADER)

    @property
    def constant(self) -> str:
        """The module-level name of this operation's endpoint description."""
        return "_" + self.name.upper()

    @property
    def keyword_parameters(self) -> tuple[Parameter, ...]:
        """Query and header parameters: always passed by keyword."""
        return tuple(p for p in self.parameters if p.location is not Location.PATH)

    @property
    def has_keyword_only(self) -> bool:
        """Whether the signature needs a ``*`` separator."""
        return bool(self.keyword_parameters) or (
            self.body is not None and not self.body.required
        )

    @property
    def retry_policy(self) -> str:
        """One sentence for the docstring: when the runtime retries this call."""
        if self.http_method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS"):
            return (
                "Retried on connection errors, timeouts, 408, 429 and 5xx answers "
                "(the method is idempotent)."
            )
        if self.idempotency_header:
            return (
                f"Sent with a generated {self.idempotency_header} header, reused across "
                "attempts, so it is retried like an idempotent call."
            )
        return (
            "Retried only when the request provably did not reach the server (connection "
            "refused, pool timeout) and on 429, so a retry never repeats its effect."
        )

    @property
    def retries_like_idempotent(self) -> bool:
        """Whether the runtime may retry this call after it may have reached the server."""
        return self.http_method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS") or bool(
            self.idempotency_header
        )


@dataclass(frozen=True, slots=True)
class Resource:
    """A group of operations sharing a tag: ``client.<attribute>.<method>()``."""

    attribute: str
    class_name: str
    module: str
    description: str
    operations: tuple[Operation, ...]

    @property
    def has_variants(self) -> bool:
        """Whether any operation offers per-variant methods."""
        return any(op.body and op.body.variants for op in self.operations)

    @property
    def needs_builtins(self) -> bool:
        """Whether an annotation had to say ``builtins.list`` because a method is named ``list``."""
        texts = [op.returns for op in self.operations]
        texts += [p.annotation for op in self.operations for p in op.parameters]
        texts += [op.body.annotation for op in self.operations if op.body]
        texts += [
            f.annotation
            for op in self.operations
            if op.body
            for v in op.body.variants
            for f in v.fields
        ]
        return any("builtins." in t for t in texts)

    @property
    def model_imports(self) -> tuple[str, ...]:
        """The model names this resource's module imports, sorted."""
        names: set[str] = set()
        for op in self.operations:
            names.update(_names(op.returns))
            names.update(_names(op.response_model))
            if op.body:
                names.update(_names(op.body.annotation))
                for variant in op.body.variants:
                    names.add(variant.model)
                    for f in variant.fields:
                        names.update(_names(f.annotation))
            for p in op.parameters:
                names.update(_names(p.annotation))
        return tuple(sorted(names))


@dataclass(frozen=True, slots=True)
class Auth:
    """How the token travels: ``kind`` is bearer, basic, header, query or none."""

    kind: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class Api:
    """Everything the templates render."""

    package: str
    distribution: str
    client_class: str
    async_client_class: str
    error_base: str
    title: str
    description: str
    api_version: str
    client_version: str
    spec_sha256: str
    server_url: str
    auth: Auth
    resources: tuple[Resource, ...]
    model_names: tuple[str, ...]

    @property
    def exports(self) -> tuple[str, ...]:
        """The package's ``__all__``: clients, errors, versions and ``models``, sorted."""
        return tuple(sorted({*self.lazy_exports, *_VERSIONS}))

    @property
    def lazy_exports(self) -> dict[str, str]:
        """What the package root loads on first use: name → its module (``models`` is one)."""
        names = {
            self.client_class: "_client",
            self.async_client_class: "_client",
            **_RUNTIME_EXPORTS,
        }
        return dict(sorted(names.items()))

    @property
    def env_prefix(self) -> str:
        """Prefix of the environment variables the client reads."""
        return self.package.upper()


# What the package root re-exports from the static runtime (see templates/__init__.py.jinja),
# each with its module.
_RUNTIME_EXPORTS = {
    **dict.fromkeys(
        (
            "APIConnectionError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "ArgumentTypeError",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "ContactSwingError",
            "InternalServerError",
            "InvalidArgumentError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "UnprocessableEntityError",
        ),
        "_errors",
    ),
    "APIResponse": "_response",
    "models": "models",
}
_VERSIONS = (
    "__api_version__",
    "__spec_sha256__",
    "__version__",
)  # imported, not loaded lazily
_IDENT = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_TYPING = frozenset({"Any", "Literal", "Annotated", "None", "True", "False", "Field"})


def _names(annotation: str) -> set[str]:
    """Capitalised names in an annotation: the model classes it mentions."""
    return {n for n in _IDENT.findall(_STRING.sub("", annotation)) if n not in _TYPING}
