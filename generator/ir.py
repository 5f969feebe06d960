"""The intermediate model: what we will generate, decided, before any template sees it.

Frozen, slotted dataclasses. Every name here is already a valid Python name; every text
here is raw spec text that templates must pass through a filter for where it lands.
Type annotations are Python source text produced by us or by datamodel-code-generator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ir_parts import (
    Body,
    BodyField,
    Example,
    License,
    Location,
    Pagination,
    Parameter,
    Part,
    ProjectUrl,
    SecurityScheme,
    Variant,
    VariantField,
)

__all__ = [
    "Api",
    "Body",
    "BodyField",
    "Example",
    "License",
    "Location",
    "Operation",
    "Pagination",
    "Parameter",
    "Part",
    "ProjectUrl",
    "Resource",
    "SecurityScheme",
    "Variant",
    "VariantField",
]


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
    returns: str  # the method's return annotation (one item's, for a list's pages)
    # The expression given to the runtime to read the body into ("None": no body): the
    # whole envelope when the method returns part of it.
    response_model: str
    idempotency_header: str | None
    deprecated: bool
    accept: str = "application/json"  # the Accept header: the documented answer types
    returns_kind: str = "json"  # what a 2xx body is: json, text, binary or none
    redirects: bool = False  # a documented 3xx is a result (a Redirect), not an error
    # The security alternatives (scheme keys); None: the document's default.
    security: tuple[tuple[str, ...], ...] | None = None
    envelope: str | None = None  # the body property the method returns
    request_id: str | None = None  # the envelope property with the server's request id
    pagination: Pagination | None = None
    rate_limit: str = ""  # the documented rate limit, as a sentence
    example: Example | None = None  # a runnable call from the spec's examples

    @property
    def documented_arguments(self) -> tuple[tuple[str, str], ...]:
        """(argument, description) of each argument the spec describes, in signature order."""
        found = [(p.name, p.description) for p in self.path_parameters]
        if self.body and self.body.as_arguments:
            found += [(f.name, f.description) for f in self.body.fields]
        elif self.body:
            found.append(("body", self.body.description))
        found += [(p.name, p.description) for p in self.keyword_parameters]
        return tuple((name, text) for name, text in found if text.strip())

    @property
    def cookie_parameters(self) -> tuple[Parameter, ...]:
        """Parameters sent as cookies."""
        return tuple(p for p in self.parameters if p.location is Location.COOKIE)

    @property
    def styled_parameters(self) -> tuple[Parameter, ...]:
        """Parameters whose style or explode the runtime must be told."""
        return tuple(p for p in self.parameters if p.styled)

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

    def uses(self, feature: str) -> bool:
        """Whether any operation needs ``feature``: the runtime names its module imports.

        ``pages`` (a list's pages), ``redirect`` (a redirect result), ``files`` (file
        arguments or uploads), ``parts`` (body encodings).
        """
        ops = self.operations
        if feature == "pages":
            return any(op.pagination for op in ops)
        if feature == "redirect":
            return any(op.redirects for op in ops)
        if feature == "files":
            return any(
                op.body and (op.body.encoding == "binary" or op.body.as_arguments)
                for op in ops
            )
        if feature == "parts":
            return any(op.body and op.body.parts for op in ops)
        raise ValueError(feature)

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
                for field in op.body.fields:
                    names.update(_names(field.annotation))
                for variant in op.body.variants:
                    names.add(variant.model)
                    for f in variant.fields:
                        names.update(_names(f.annotation))
            for p in op.parameters:
                names.update(_names(p.annotation))
        return tuple(sorted(names))


# The CPython minor versions the generated package declares (Requires-Python and classifiers):
# from the oldest the runtime supports (asyncio.timeout, typing.Self) to the newest released.
PYTHON_VERSIONS = ("3.11", "3.12", "3.13", "3.14")


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
    schemes: tuple[SecurityScheme, ...]
    security: tuple[tuple[str, ...], ...]  # the document's default requirement
    # The body property holding the server's id of a request (x-envelope request-id).
    request_id_field: str | None
    resources: tuple[Resource, ...]
    model_names: tuple[str, ...]
    license: License | None = None
    project_urls: tuple[ProjectUrl, ...] = ()

    @property
    def sample(self) -> tuple[str, Operation] | None:
        """The call the docs' general examples make (client.<attribute>.<method>): of the
        operations with an example, a GET with the shortest arguments; None without any.
        """
        found = [
            (
                op.http_method != "GET",
                len(", ".join(op.example.arguments)) + len(op.example.answer),
                i,
                r,
                op,
            )
            for i, (r, op) in enumerate(
                (r, op) for r in self.resources for op in r.operations
            )
            if op.example is not None
        ]
        if not found:
            return None
        *_, resource, operation = min(found, key=lambda row: row[:3])
        return resource.attribute, operation

    @property
    def listed_sample(self) -> tuple[str, Operation] | None:
        """The paginated call the docs walk: one whose documented answer is a last page
        (a walk against a mock of the spec then ends), with the shortest arguments."""
        found = [
            (
                not op.example.last_page,
                len(", ".join(op.example.arguments)),
                i,
                r.attribute,
                op,
            )
            for i, (r, op) in enumerate(
                (r, op) for r in self.resources for op in r.operations
            )
            if op.example is not None and op.pagination is not None
        ]
        if not found:
            return None
        *_, attribute, operation = min(found, key=lambda row: row[:3])
        return attribute, operation

    @property
    def requires_python(self) -> str:
        """The package's Requires-Python: the oldest supported version and up."""
        return f">={PYTHON_VERSIONS[0]}"

    @property
    def classifiers(self) -> tuple[str, ...]:
        """Trove classifiers: the Python versions of ``requires_python``, and typed."""
        return (
            "Programming Language :: Python :: 3",
            "Programming Language :: Python :: 3 :: Only",
            *(f"Programming Language :: Python :: {v}" for v in PYTHON_VERSIONS),
            "Typing :: Typed",
        )

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
            self.error_base: "_errors",
            **_RUNTIME_EXPORTS,
        }
        if any(r.uses("pages") for r in self.resources):
            names.update(_PAGES_EXPORTS)
        if any(r.uses("redirect") for r in self.resources):
            names["Redirect"] = "_response"
        if any(r.uses("files") for r in self.resources):
            names["FileTypes"] = "_body"  # what a file argument accepts
        return dict(sorted(names.items()))

    @property
    def extra_schemes(self) -> tuple[SecurityScheme, ...]:
        """The schemes whose credential has its own constructor argument (not ``token``)."""
        return tuple(s for s in self.schemes if s.argument != "token")

    @property
    def env_prefix(self) -> str:
        """Prefix of the environment variables the client reads."""
        return self.package.upper()


# What the package root re-exports from the static runtime (see templates/__init__.py.jinja),
# each with its module.
# The runtime's errors besides the base, which is named after the client (``Api.error_base``).
RUNTIME_ERRORS = (
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentTypeError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
)
_RUNTIME_EXPORTS = {
    **dict.fromkeys(RUNTIME_ERRORS, "_errors"),
    "APIResponse": "_response",
    "models": "models",
}
# Exported only by a package with a paginated list.
_PAGES_EXPORTS = dict.fromkeys(
    ("AsyncPage", "AsyncPaginator", "SyncPage"), "_pagination"
)
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
