"""What happens to a response: typed parsing, typed errors, and the raw-response wrappers.

Pure functions of the response, shared by the sync and async clients. Every message built here
passes through ``Credentials.redact``, because a server may echo the request (a validation
error quoting the Authorization header, say) and messages end up in logs.
"""

from __future__ import annotations

import contextvars
import functools
import json
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar

import httpx
import pydantic

from ._adapter import type_adapter
from ._auth import Credentials
from ._body import validation_summary
from ._errors import APIResponseValidationError, request_id_of
from ._failures import describe, excerpt
from ._lenient import construct, fits_shape
from ._request import Endpoint, PreparedRequest

__all__ = [
    "APIResponse",
    "Redirect",
    "async_to_raw_response_wrapper",
    "capture_raw_response",
    "follow",
    "is_result",
    "parse_response",
    "raw_response_wanted",
    "read_answer",
    "to_raw_response_wrapper",
    "unwrap",
]

T = TypeVar("T")
P = ParamSpec("P")


@dataclass(frozen=True)
class Redirect:
    """A documented redirect, returned as the call's result: its status and where it points.

    The client never follows a redirect itself (the next host would receive the credentials);
    ``location`` is the URL the server names, for the caller to decide.
    """

    status_code: int
    location: str | None
    headers: httpx.Headers

    @classmethod
    def of(cls, response: httpx.Response) -> Redirect:
        """The redirect a 3xx response describes."""
        return cls(
            response.status_code, response.headers.get("location"), response.headers
        )


def follow(value: Any, pointer: str) -> Any:
    """What a JSON pointer names in a read answer (models followed by their wire names);
    None when it names nothing."""
    for segment in pointer.split("/")[1:]:
        key = segment.replace("~1", "/").replace("~0", "~")
        if isinstance(value, pydantic.BaseModel):
            value = _field(value, key)
        elif isinstance(value, dict):
            value = value.get(key)
        elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        else:
            return None
    return value


def _field(model: pydantic.BaseModel, wire: str) -> Any:
    name = _field_name(type(model), wire)
    if name is not None:
        return getattr(model, name, None)
    return (model.__pydantic_extra__ or {}).get(wire)


@functools.lru_cache(maxsize=1024)
def _field_name(model: type[pydantic.BaseModel], wire: str) -> str | None:
    """The attribute of a model class that holds the property named ``wire`` on the wire."""
    for name, info in model.model_fields.items():
        alias = (
            info.validation_alias if isinstance(info.validation_alias, str) else None
        )
        if (alias or info.alias or name) == wire:
            return name
    return None


def unwrap(
    parsed: Any,
    envelope: str,
    response: httpx.Response,
    request_id_field: str | None = None,
) -> Any:
    """The envelope's ``envelope`` property; a model keeps the rest of the envelope beside it
    (``_envelope``) and the request's id (``_request_id``)."""
    if not isinstance(parsed, pydantic.BaseModel):
        return parsed.get(envelope) if isinstance(parsed, dict) else parsed
    data = follow(parsed, "/" + envelope)
    if data is None and _required(type(parsed), envelope):
        # The method promises the part; an answer without it is not one to read leniently.
        kept = parsed.model_dump(
            mode="json", by_alias=True, exclude_unset=True, warnings=False
        )
        raise APIResponseValidationError(
            f"{response.status_code} from {response.request.method}"
            f" {response.request.url.path}: the answer has no {envelope!r}:"
            f" {excerpt(json.dumps(kept))}",
            response=response,
            body=kept,
            request_id=request_id_of(response.headers, kept, request_id_field),
        )
    if hasattr(data, "_envelope"):
        name = _field_name(type(parsed), envelope)
        rest = parsed.model_dump(
            mode="json",
            by_alias=True,
            exclude_unset=True,
            warnings=False,
            exclude={name} if name is not None else None,  # the part itself: not dumped
        )
        rest.pop(envelope, None)
        # Slots of our BaseModel (see _models), set past pydantic's __setattr__.
        object.__setattr__(data, "_envelope", rest)
        object.__setattr__(
            data, "_request_id", request_id_of(response.headers, rest, request_id_field)
        )
    return data


def _required(model: type[pydantic.BaseModel], wire: str) -> bool:
    """Whether the model's property named ``wire`` on the wire is required and not nullable."""
    for name, field in model.model_fields.items():
        if wire in (name, field.alias):
            return field.is_required() and not _admits_none(field.annotation)
    return False


class APIResponse(Generic[T]):
    """A successful response kept raw: headers and status now, the typed body on ``parse()``."""

    def __init__(
        self,
        http_response: httpx.Response,
        *,
        parser: Callable[[httpx.Response], T],
        retries_taken: int,
    ) -> None:
        """Wrap a read 2xx response and the function that turns it into ``T``."""
        self._http_response = http_response
        self._parser = parser
        self._parsed: tuple[T] | None = None
        self.retries_taken = retries_taken

    def __repr__(self) -> str:
        """Show the status, never the headers (they may carry credentials)."""
        status = f"{self.status_code} {self._http_response.reason_phrase}"
        return f"<APIResponse [{status}]>"

    @property
    def http_response(self) -> httpx.Response:
        """The underlying httpx response (already read and closed)."""
        return self._http_response

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self._http_response.headers

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self._http_response.status_code

    def parse(self) -> T:
        """Validate the body into the endpoint's response type (once; later calls reuse it)."""
        if self._parsed is None:
            self._parsed = (self._parser(self._http_response),)
        return self._parsed[0]


# Set by the raw-response wrappers for the duration of one API method call: the client's
# ``call`` then hands back the APIResponse through this list instead of parsing. A context
# variable keeps concurrent calls (threads, tasks) from seeing each other's lists.
_raw_sink: contextvars.ContextVar[list[APIResponse[Any]] | None] = (
    contextvars.ContextVar("_raw_sink", default=None)
)


def raw_response_wanted() -> bool:
    """Whether an active raw-response wrapper waits for this call's response."""
    sink = _raw_sink.get()
    return sink is not None and not sink


def capture_raw_response(response: APIResponse[Any]) -> bool:
    """Hand the response to an active raw-response wrapper; False when there is none."""
    sink = _raw_sink.get()
    if sink is None or sink:
        return False
    sink.append(response)
    return True


def to_raw_response_wrapper(func: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Wrap a sync API method so that it returns ``APIResponse[T]`` instead of ``T``."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        sink: list[APIResponse[Any]] = []
        token = _raw_sink.set(sink)
        try:
            func(*args, **kwargs)
        finally:
            _raw_sink.reset(token)
        return _take(sink, func)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Coroutine[Any, Any, APIResponse[T]]]:
    """Wrap an async API method so that it returns ``APIResponse[T]`` instead of ``T``."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        sink: list[APIResponse[Any]] = []
        token = _raw_sink.set(sink)
        try:
            await func(*args, **kwargs)
        finally:
            _raw_sink.reset(token)
        return _take(sink, func)

    return wrapped


def _take(sink: list[APIResponse[Any]], func: object) -> APIResponse[Any]:
    """Return the captured response, or explain that ``func`` made no API call."""
    if not sink:
        raise TypeError(
            f"{func!r} did not call the API client, so it has no raw response"
        )
    return sink[0]


def parse_response(
    response: httpx.Response, response_type: Any, credentials: Credentials
) -> Any:
    """Validate a 2xx body into ``response_type``; anything unexpected is a typed error."""
    if response_type is None:
        return None

    def invalid(problem: str, body: object) -> APIResponseValidationError:
        where = f"{response.status_code} from {describe(response.request, credentials)}"
        message = credentials.redact(f"{where}: {problem}")
        return APIResponseValidationError(
            message,
            response=response,
            body=body,
            request_id=request_id_of(response.headers, body),
        )

    content = response.content
    if not content or content.isspace():
        if _admits_none(response_type):  # e.g. a 204 beside a 200 with a body
            return None
        raise invalid("the body is empty, expected JSON", None)
    content_type = response.headers.get("content-type", "")
    if content_type and not _is_json_type(content_type):
        raise invalid(
            f"expected JSON, got {content_type!r}: {excerpt(response.text)}",
            response.text,
        )
    adapter = type_adapter(response_type)
    try:
        # The common case in one step: pydantic parses and validates the bytes.
        return adapter.validate_json(content)
    except pydantic.ValidationError:
        pass  # not JSON, or off its schema: read it again below to say which
    try:
        data = json.loads(content)
    except ValueError as err:  # includes JSONDecodeError and UnicodeDecodeError
        raise invalid(
            f"the body is not valid JSON: {excerpt(response.text)}", response.text
        ) from err
    try:
        return adapter.validate_python(data)
    except pydantic.ValidationError as err:
        if not fits_shape(response_type, data):
            raise invalid(
                f"the body does not match {_type_name(response_type)}:"
                f" {validation_summary(err)}",
                data,
            ) from err
    # Lenient: an answer that breaks its schema (a too-long string, a new enum value, a
    # missing field, a drifted union item) is kept, typed where it fits (``_lenient``).
    return construct(response_type, data)


def _admits_none(response_type: Any) -> bool:
    """Whether ``None`` is a valid value of the response type (``Model | None``)."""
    try:
        type_adapter(response_type).validate_python(None)
    except pydantic.ValidationError:
        return False
    return True


def _is_json_type(content_type: str) -> bool:
    """Whether a Content-Type names JSON (``application/json``, ``*/*+json``)."""
    mime = content_type.split(";", 1)[0].strip().lower()
    return "json" in mime.partition("/")[2].split("+")


def _type_name(type_: Any) -> str:
    """A readable name for a type expression."""
    return getattr(type_, "__name__", None) or repr(type_)


def is_result(prepared: PreparedRequest, response: httpx.Response) -> bool:
    """Whether an answer is the call's result (a 2xx, or a 3xx the operation documents)."""
    return response.is_success or (prepared.redirects and response.is_redirect)


def read_answer(
    response: httpx.Response, endpoint: Endpoint[Any], credentials: Any
) -> Any:
    """A 2xx body as the operation documents it: JSON read into its type (and the envelope's
    ``data`` taken out), text, bytes, or nothing."""
    if endpoint.returns == "text":
        return response.text
    if endpoint.returns == "binary":
        return response.content
    if endpoint.returns == "none" or endpoint.response is None:
        return None
    parsed = parse_response(response, endpoint.response, credentials)
    if endpoint.envelope is None or endpoint.pagination is not None:
        return parsed
    return unwrap(parsed, endpoint.envelope, response, endpoint.request_id)
