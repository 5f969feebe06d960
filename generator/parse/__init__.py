"""The only reader of raw spec keys: a planned document plus its models → ``ir.Api``.

- ``resources``: operations grouped by tag into resources, names made unique;
- ``operations``: one operation's parameters, body and response types;
- ``variants``: one typed method per member of a discriminated request body;
- ``parameters``, ``bodies``, ``responses``: what a method takes and returns, and how each
  travels;
- ``security``: the schemes a client takes credentials for, and who needs which;
- ``metadata``: the package's license and project URLs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator import ir, naming
from generator.models import Models
from generator.parse.metadata import package_license, project_urls
from generator.parse.operations import Context
from generator.parse.resources import group_resources
from generator.parse.responses import Envelope
from generator.parse.security import security as parse_security
from generator.parse.text import text

__all__ = ["Naming", "parse"]


@dataclass(frozen=True, slots=True)
class Naming:
    """What the user chose for the generated package (CLI or pyproject.toml): names, license."""

    package: str | None  # None: derived from the API's title
    client_version: str
    spec_sha256: str
    license: str | None = None  # an SPDX expression; None: the spec's info.license


def parse(document: Mapping[str, Any], models: Models, names: Naming) -> ir.Api:
    """Decide everything the templates will render."""
    info = document.get("info") if isinstance(document.get("info"), Mapping) else {}
    assert isinstance(info, Mapping)
    title = text(info.get("title")) or names.package or "API"
    package = names.package or naming.package_name(title)
    class_base = naming.pascal(
        title.removesuffix(" API").removesuffix(" Api"), fallback="Api"
    )
    schemes, security = parse_security(document)
    context = Context(
        envelope=Envelope.of(document.get("x-envelope")),
        schemes=frozenset(s.key for s in schemes),
    )
    grouped = group_resources(document, models, context)
    return ir.Api(
        package=package,
        distribution=package.replace("_", "-"),
        client_class=class_base,
        async_client_class=f"Async{class_base}",
        error_base=_error_base(class_base),
        title=title,
        description=text(info.get("description")),
        api_version=text(info.get("version")),
        client_version=names.client_version,
        spec_sha256=names.spec_sha256,
        server_url=_server_url(document),
        schemes=schemes,
        security=security,
        request_id_field=context.envelope.request_id if context.envelope else None,
        resources=grouped,
        model_names=tuple(sorted(models.classes)),
        license=package_license(info, names.license),
        project_urls=project_urls(
            document, info, configured_license=bool(names.license)
        ),
    )


def _error_base(client_class: str) -> str:
    """The base error class, named after the client: ``ContactSwing`` → ``ContactSwingError``.

    ``<Client>ClientError`` when that name is one of the runtime's other errors (a client
    called ``APIStatus``)."""
    name = f"{client_class}Error"
    return f"{client_class}ClientError" if name in ir.RUNTIME_ERRORS else name


def _server_url(document: Mapping[str, Any]) -> str:
    servers = document.get("servers")
    if (
        not isinstance(servers, list)
        or not servers
        or not isinstance(servers[0], Mapping)
    ):
        return ""
    server = servers[0]
    url = text(server.get("url"))
    variables = server.get("variables")
    if isinstance(variables, Mapping):
        for name, variable in variables.items():
            if isinstance(variable, Mapping) and "default" in variable:
                url = url.replace("{" + str(name) + "}", text(variable["default"]))
    return url.rstrip("/") if url.startswith(("http://", "https://")) else ""
