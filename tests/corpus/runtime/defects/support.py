"""What the defect tests share: generate a defect's spec, import it, drive it with MockTransport."""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic

from generator import cli

from ..names import Names, learn

HERE = Path(__file__).parent
BASE_URL = "https://api.example.test"
Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Generated:
    """A defect spec's generated package and the names the generator gave its methods."""

    package: ModuleType
    names: Names

    def client(
        self, handler: Handler, **credentials: Any
    ) -> tuple[Any, list[httpx.Request]]:
        """A sync client whose every request is recorded and answered by ``handler``."""
        sent: list[httpx.Request] = []

        def record(request: httpx.Request) -> httpx.Response:
            # A copy: the client takes its credentials off the request once it is sent.
            copy = httpx.Request(
                request.method,
                request.url,
                headers=request.headers,
                content=request.read(),
            )
            sent.append(copy)
            return handler(copy)

        http = httpx.Client(transport=httpx.MockTransport(record))
        client_class = getattr(self.package, self.names.client_class)
        credentials.setdefault("token", "t0ken")
        client = client_class(
            base_url=BASE_URL, http_client=http, max_retries=0, **credentials
        )
        return client, sent

    def method(self, client: Any, verb: str, path: str) -> Any:
        """``client.<resource>.<method>`` of the operation ``verb path``."""
        found = self.names.methods[(verb, path)]
        return getattr(getattr(client, found.resource), found.name)

    def argument(self, verb: str, path: str, location: str, wire_name: str) -> str:
        """The Python name the generator gave a parameter."""
        return self.names.methods[(verb, path)].arguments[(location, wire_name)]

    def refusals(self) -> tuple[type[BaseException], ...]:
        """What a method raises for arguments it refuses before sending: pydantic's
        ValidationError, or the package's own ``InvalidArgumentError`` where it has one.
        """
        own = getattr(self.package, "InvalidArgumentError", None)
        return (pydantic.ValidationError,) + ((own,) if isinstance(own, type) else ())

    def error(self, name: str) -> type[BaseException]:
        """One of the package's exception classes (``APIStatusError``...)."""
        found = getattr(self.package, name)
        assert isinstance(found, type) and issubclass(found, BaseException)
        return found


@contextlib.contextmanager
def generated(spec: str, folder: Path) -> Iterator[Generated]:
    """``generate --allow-invalid --no-cache`` in process, then import; forget it afterwards."""
    package = "defect_" + spec.split("_", 1)[0].removeprefix("defect")
    out = folder / package
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        code = cli.main(
            [
                "generate",
                "--spec",
                str(HERE / spec),
                "--out",
                str(out),
                "--package-name",
                package,
                "--allow-invalid",
                "--no-cache",
            ]
        )
    assert code == 0, printed.getvalue()
    names = learn(HERE / spec, package)
    sys.path.insert(0, str(out / "src"))
    importlib.invalidate_caches()
    try:
        yield Generated(importlib.import_module(package), names)
    finally:
        sys.path.remove(str(out / "src"))
        for name in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[name]


def json_answer(status: int, data: Any, **headers: str) -> Handler:
    """A handler that always answers ``data`` as JSON."""
    return lambda request: httpx.Response(status, json=data, headers=headers)
