"""ContactSwing API client: ``ContactSwing``, ``AsyncContactSwing`` and their errors.

Models live in ``contactswing.models``.
"""

from . import models
from ._client import AsyncContactSwing, ContactSwing
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
    "AsyncContactSwing",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ContactSwing",
    "ContactSwingError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "__api_version__",
    "__spec_sha256__",
    "__version__",
    "models",
]
