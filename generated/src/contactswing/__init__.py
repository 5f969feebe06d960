"""ContactSwing API client: ``ContactSwing``, ``AsyncContactSwing`` and their errors.

Models live in ``contactswing.models``. Each name here loads on first use:
``import contactswing`` is instant, and reading a client or an error loads it,
with httpx and pydantic.
"""

from typing import TYPE_CHECKING

from ._version import __api_version__, __spec_sha256__, __version__

if TYPE_CHECKING:
    from ._body import FileTypes as FileTypes
    from ._client import (
        AsyncContactSwing as AsyncContactSwing,
        ContactSwing as ContactSwing,
    )
    from ._errors import (
        APIConnectionError as APIConnectionError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        ArgumentTypeError as ArgumentTypeError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ConflictError as ConflictError,
        ContactSwingError as ContactSwingError,
        InternalServerError as InternalServerError,
        InvalidArgumentError as InvalidArgumentError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from ._pagination import (
        AsyncPage as AsyncPage,
        AsyncPaginator as AsyncPaginator,
        SyncPage as SyncPage,
    )
    from ._response import APIResponse as APIResponse
    from . import models as models

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentTypeError",
    "AsyncContactSwing",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ContactSwing",
    "ContactSwingError",
    "FileTypes",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncPage",
    "UnprocessableEntityError",
    "__api_version__",
    "__spec_sha256__",
    "__version__",
    "models",
]

# Each name → the module that defines it.
_MODULES: dict[str, str] = {
    "APIConnectionError": "_errors",
    "APIResponse": "_response",
    "APIResponseValidationError": "_errors",
    "APIStatusError": "_errors",
    "APITimeoutError": "_errors",
    "ArgumentTypeError": "_errors",
    "AsyncContactSwing": "_client",
    "AsyncPage": "_pagination",
    "AsyncPaginator": "_pagination",
    "AuthenticationError": "_errors",
    "BadRequestError": "_errors",
    "ConflictError": "_errors",
    "ContactSwing": "_client",
    "ContactSwingError": "_errors",
    "FileTypes": "_body",
    "InternalServerError": "_errors",
    "InvalidArgumentError": "_errors",
    "NotFoundError": "_errors",
    "PermissionDeniedError": "_errors",
    "RateLimitError": "_errors",
    "SyncPage": "_pagination",
    "UnprocessableEntityError": "_errors",
    "models": "models",
}

if not TYPE_CHECKING:  # type checkers read the imports above; a typo stays an error

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        loaded = importlib.import_module(f"{__name__}.{module}")
        # ``models`` is a module of its own; every other name is defined in its module.
        value = loaded if name == module else getattr(loaded, name)
        globals()[name] = value  # read once: later reads skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
