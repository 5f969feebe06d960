"""Union API client: ``UnionApi``, ``AsyncUnionApi`` and their errors.

Models live in ``case_union.models``.
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncUnionApi, UnionApi
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContactSwingError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._response import APIResponse
from ._version import __api_version__, __spec_sha256__, __version__

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncUnionApi",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ContactSwingError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnionApi",
    "UnprocessableEntityError",
    "__api_version__",
    "__spec_sha256__",
    "__version__",
    "models",
]

if TYPE_CHECKING:
    from . import models


def __getattr__(name: str) -> Any:
    """Load ``models`` on first use: most of the import time of the package is model building."""
    if name == "models":
        import importlib

        return importlib.import_module(f"{__name__}.models")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
