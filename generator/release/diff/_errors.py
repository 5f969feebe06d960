"""What the generated client raises for a status outside 2xx: the static runtime's own table.

The client does not type error responses. Every answer outside 2xx raises the exception that
`status_error_class` in `templates/_errors.py.jinja` picks from the status alone (the same in
every generated package), with the parsed body on `err.body`. So adding,
removing or editing a documented error response changes nothing a user's code can see: the diff
reports it as documentation, and names the class from that very file.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import cast


def is_success(status: str) -> bool:
    """Whether a response key is a success the method returns (as `parse` decides: 2xx)."""
    return status.startswith("2")


def error_class(status: str) -> str:
    """The exception the client raises for a documented error status (`404`, `5XX`, `default`)."""
    if status.isdigit():
        return _status_error_class()(int(status)).__name__
    if status.upper() == "5XX":
        return _status_error_class()(500).__name__
    return (
        "APIStatusError"  # `4XX`, `default`: the subclass depends on the exact status
    )


@functools.cache
def _status_error_class() -> Callable[[int], type]:
    """`status_error_class` from the error module the generator writes into every package."""
    # Imported here: only a diff that touches an error response needs the renderer.
    import types

    from generator.render import environment

    api = types.SimpleNamespace(error_base="ClientError")
    source = environment().get_template("_errors.py.jinja").render(api=api)
    module = types.ModuleType("_client_runtime_errors")
    exec(compile(source, "_errors.py", "exec"), module.__dict__)
    return cast(Callable[[int], type], module.status_error_class)
