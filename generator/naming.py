"""Names computed once, valid by construction: identifiers, class names, module names.

Every function here returns a value that is a valid Python name whatever text the spec
holds; the wire name is kept beside it by the caller (for aliases and URLs).
"""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import unicodedata

# Acronyms keep their digits (HTTP2Server → http2 server, COM1 → com1, getV2Thing → get v2 thing).
_WORD = re.compile(
    r"[A-Z]+[0-9]*(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*"
)
# Names a generated method parameter must not take: they would shadow what the body uses.
_RESERVED_PARAMS = frozenset({"self", "options", "body", "cls"})
_BUILTINS = frozenset(dir(builtins))
_MAX_MODULE = 64
# Names the generated modules import; a model class must not take them.
_IMPORTED = frozenset(
    {
        "Any",
        "Literal",
        "Annotated",
        "Unpack",
        "Field",
        "BaseModel",
        "RootModel",
        "ConfigDict",
        "Enum",
        "StrEnum",
        "IntEnum",
        "Optional",
        "Union",
        "List",
        "Dict",
        "TYPE_CHECKING",
        "AwareDatetime",
        "NaiveDatetime",
        "UUID",
        "Decimal",
        "AnyUrl",
        "EmailStr",
        "Final",
    }
)
# Windows refuses these as file names whatever the extension.
_DEVICE_NAMES = frozenset(
    {
        "con",
        "prn",
        "aux",
        "nul",
        *(f"com{i}" for i in range(10)),
        *(f"lpt{i}" for i in range(10)),
    }
)


def words(text: str) -> list[str]:
    """Split any text into lower-case ASCII words: camelCase, snake_case, kebab, spaces."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return [w.lower() for w in _WORD.findall(ascii_text)]


def snake(text: str, *, fallback: str = "value") -> str:
    """A snake_case identifier that is never a keyword and never starts with a digit."""
    name = "_".join(words(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def pascal(text: str, *, fallback: str = "Model") -> str:
    """A PascalCase class name that never starts with a digit and is not a builtin."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or fallback
    if name[0].isdigit():
        name = fallback + name
    if name in _BUILTINS or name in _IMPORTED or keyword.iskeyword(name):
        name += fallback
    return name


def parameter_name(text: str) -> str:
    """A method parameter name: snake_case, and clear of the names generated bodies use."""
    name = snake(text)
    while name in _RESERVED_PARAMS:
        name += "_"
    return name


def module_name(text: str) -> str:
    """A module file name: word characters only, short, never a reserved device name."""
    name = snake(text, fallback="module")
    if name in _DEVICE_NAMES or name.startswith("_"):
        name = "m_" + name.lstrip("_")
    if (
        len(name) > _MAX_MODULE
    ):  # file systems cap names at 255 bytes; keep paths readable
        digest = hashlib.sha256(name.encode()).hexdigest()[:8]
        name = f"{name[:_MAX_MODULE - 9].rstrip('_')}_{digest}"
    return name


def package_name(title: str) -> str:
    """An import name for the package of an API with this title: ``Pet Store API`` → ``pet_store``."""
    words_ = [w for w in words(title) if w not in ("api", "openapi")] or ["client"]
    name = snake("_".join(words_), fallback="client")
    return (
        name
        if name.isidentifier() and name[0].isalpha()
        else f"client_{name}".rstrip("_")
    )


def unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name`` with the smallest numeric suffix that is not yet taken; records it."""
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}{n}", n + 1
    taken.add(candidate)
    return candidate


def singular(word: str) -> str:
    """An English singular, enough to strip a resource name from an operationId.

    (inflect knows more words, but takes seconds to import.)
    """
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"  # policies
    if word.endswith(("sses", "uses", "xes", "ches", "shes", "zzes", "iases")):
        return word[:-2]  # addresses, statuses, boxes, watches, wishes, aliases
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]  # actions, bases, responses, cases
    return word


def method_name(operation_id: str, resource: str) -> str:
    """``createAction`` in resource ``actions`` → ``create``: the resource words are implied."""
    op_words = words(operation_id)
    resource_words = set(words(resource)) | {singular(w) for w in words(resource)}
    kept = [w for w in op_words if w not in resource_words]
    return snake("_".join(kept or op_words), fallback="call")
