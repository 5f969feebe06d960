"""The parts of the intermediate model: an operation's parameters, bodies, pages and
security, and the package's license and project URLs.

Frozen, slotted dataclasses (``generator.ir`` composes them into operations and the API).
Every name is a valid Python name; texts are raw spec text for the templates' filters;
annotations are Python source text.
"""

from __future__ import annotations

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
    """One operation parameter: its Python name, its wire name, its type and its style."""

    name: str
    wire_name: str
    location: Location
    annotation: str
    required: bool
    description: str
    # The spec's style and explode, when they are not the location's defaults ("", None).
    style: str = ""
    explode: bool | None = None

    @property
    def signature(self) -> str:
        """The parameter as it appears in a method signature (source text)."""
        if self.required:
            return f"{self.name}: {self.annotation}"
        return f"{self.name}: {self.annotation} | None = None"

    @property
    def styled(self) -> bool:
        """Whether the runtime must be told how this parameter travels."""
        return bool(self.style) or self.explode is not None


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
class BodyField:
    """One property of a multipart body, offered as a keyword argument of the method."""

    name: str
    wire_name: str
    annotation: str
    required: bool
    description: str


@dataclass(frozen=True, slots=True)
class Part:
    """How one property of a form or multipart body travels (its ``encoding`` entry)."""

    wire_name: str
    style: str
    explode: bool
    content_type: str


@dataclass(frozen=True, slots=True)
class Body:
    """A request body: what users pass (a model, keyword arguments, bytes) and how it travels."""

    annotation: str
    model: str
    required: bool
    description: str
    variants: tuple[Variant, ...] = ()
    encoding: str = "json"  # "form" (urlencoded), "multipart", "binary" (raw bytes)
    media_type: str = ""  # the Content-Type when it is not the encoding's usual one
    fields: tuple[BodyField, ...] = ()  # multipart: the method's keyword arguments
    parts: tuple[Part, ...] = ()  # form and multipart: properties with an encoding

    @property
    def as_arguments(self) -> bool:
        """Whether the method takes the body's properties as keyword arguments."""
        return self.encoding == "multipart" and bool(self.fields)


@dataclass(frozen=True, slots=True)
class Example:
    """A call of an operation written from the spec's examples (for the README)."""

    arguments: tuple[str, ...]  # source text of each argument, in call order
    code: str  # the call and a use of its result, ready to run with a ``client``
    answer: str = ""  # the documented 2xx JSON answer, as a Python literal ("": none)
    status: int = 200  # its status
    # A list's documented answer is its last page (so walking it against a mock ends).
    last_page: bool = False


@dataclass(frozen=True, slots=True)
class Pagination:
    """A list operation's pages (``x-pagination``): query parameters and body pointers."""

    page: str
    size: str
    items: str
    has_next: str
    total_pages: str
    total_items: str
    current_page: str
    page_size: str  # the answer's own page size, when it says
    item: str  # the annotation of one item


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """A security scheme: how its credential travels and the client argument that takes it."""

    key: str  # the spec's name for it
    kind: str  # bearer, basic, api_key_header, api_key_query, api_key_cookie
    name: str  # the header, query parameter or cookie it fills
    argument: str  # the client constructor's argument (``token`` for the main one)


@dataclass(frozen=True, slots=True)
class License:
    """The generated package's license: an SPDX expression, else the name the spec gives."""

    expression: str  # canonical SPDX expression (PEP 639); "" when only a name is known
    name: str  # the spec's ``info.license.name``; "" when the license is configured

    @property
    def text(self) -> str:
        """What the package's metadata shows: the expression, else the name."""
        return self.expression or self.name


@dataclass(frozen=True, slots=True)
class ProjectUrl:
    """One of the package's project URLs: a label shown by the index, and an http(s) URL."""

    label: str
    url: str
