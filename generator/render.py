"""One Jinja environment over ``templates/``: ``render(api, models) → {relative path: text}``.

Every value that came from the spec reaches the output through a filter made for where it
lands: a Python string literal, an identifier, a docstring, a comment, TOML, Markdown.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from generator import ir, ir_fake, naming, signatures
from generator.filters import (
    cell,
    comment,
    docstring,
    ident,
    markdown,
    py_str,
    re_exports,
    toml_str,
)
from generator.model_index import ModelClass
from generator.model_modules import ModelModules, split_models
from generator.models import Models

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
__all__ = [
    "TEMPLATES",
    "comment",
    "docstring",
    "ident",
    "markdown",
    "py_str",
    "render",
    "render_testing",
    "static_files",
    "toml_str",
]


def environment() -> jinja2.Environment:
    """The single Jinja environment: strict about undefined names, layout-preserving."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        py_str=py_str,
        ident=ident,
        docstring=docstring,
        comment=comment,
        toml_str=toml_str,
        markdown=markdown,
        cell=cell,
        re_exports=re_exports,
        singular=naming.singular,
    )
    env.globals.update(signatures=signatures, runtime_errors=list(ir.RUNTIME_ERRORS))
    return env


def static_files(package: str, *, testing: bool = True) -> dict[str, str]:
    """The runtime modules copied verbatim into the package (kept black-clean by a test):
    with ``testing``, the fake server's too (``templates/package/_fake/``)."""
    statics = sorted((TEMPLATES / "package").glob("*.py"))
    if testing:
        statics += sorted((TEMPLATES / "package" / FAKE).glob("*.py"))
    root = TEMPLATES / "package"
    return {
        f"src/{package}/{static.relative_to(root).as_posix()}": static.read_text(
            encoding="utf-8"
        )
        for static in statics
    }


# The fake server's static package inside the generated one, and the data it reads.
FAKE = "_fake"
FAKE_DATA = "_fake_spec.json"


def render_testing(api: ir.Api, testing: ir_fake.FakeSpec) -> dict[str, str]:
    """The package's ``testing`` module (the fake clients), the data its server reads
    (``FAKE_DATA``) and the server itself (static, ``templates/package/_fake/``)."""
    env = environment()
    src = f"src/{api.package}"
    arguments = ["token"] if api.schemes else []
    arguments += [scheme.argument for scheme in api.extra_schemes]
    module = env.get_template("testing.py.jinja").render(
        api=api,
        testing=testing,
        fake_class=f"Fake{api.client_class}",
        async_fake_class=f"AsyncFake{api.client_class}",
        credential_arguments=arguments,
    )
    data = json.dumps(testing.data, indent=1, ensure_ascii=True, allow_nan=False)
    files = {f"{src}/testing.py": module, f"{src}/{FAKE_DATA}": data + "\n"}
    runtime = static_files(api.package, testing=False)
    files.update(
        (path, text)
        for path, text in static_files(api.package).items()
        if path not in runtime
    )
    return files


def _models_package(
    env: jinja2.Environment, package: str, parts: ModelModules
) -> dict[str, str]:
    """``models/__init__.py``, which loads each model on first use, and the modules it loads."""
    src = f"src/{package}/models"
    files = {
        f"{src}/__init__.py": env.get_template("models/__init__.py.jinja").render(
            package=package, exports=parts.exports, grouped=parts.names.items()
        )
    }
    files.update((f"{src}/{module}.py", text) for module, text in parts.modules.items())
    return files


# What the generated package needs installed: the runtime's two libraries, and what the models
# import beyond them (typing_extensions' TypeAliasType for constrained map values, before 3.12).
_RUNTIME = ("httpx>=0.27,<1", "pydantic>=2.7,<3")
_MODEL_EXTRAS = {"typing_extensions": "typing-extensions>=4.12"}


def dependencies(models: Models) -> tuple[str, ...]:
    """The requirements of the generated package, in a stable order."""
    extras = (
        requirement
        for module, requirement in _MODEL_EXTRAS.items()
        if f"from {module} import" in models.source
        or f"import {module}" in models.source
    )
    return (*_RUNTIME, *extras)


def _reference_models(models: Models) -> list[ModelClass]:
    """The models ``api.md`` describes (classes and type aliases), by name."""
    return sorted(models.classes.values(), key=lambda m: m.name)


def render(
    api: ir.Api, models: Models, testing: ir_fake.FakeSpec | None = None
) -> dict[str, str]:
    """Every file of the generated project, keyed by its path relative to the output folder,
    but the ``testing`` module (``render_testing``)."""
    env = environment()
    src = f"src/{api.package}"
    files: dict[str, str] = {
        "pyproject.toml": env.get_template("pyproject.toml.jinja").render(
            api=api, dependencies=dependencies(models)
        ),
        "README.md": env.get_template("README.md.jinja").render(
            api=api, testing=testing
        ),
        "api.md": env.get_template("api.md.jinja").render(
            api=api, reference_models=_reference_models(models)
        ),
        f"{src}/py.typed": "",
    }
    used = frozenset(
        name for resource in api.resources for name in resource.model_imports
    )
    files.update(_models_package(env, api.package, split_models(models.source, used)))
    for name in (
        "__init__.py",
        "__main__.py",
        "_version.py",
        "_client.py",
        "_errors.py",
    ):
        files[f"{src}/{name}"] = env.get_template(f"{name}.jinja").render(api=api)
    files[f"{src}/resources/__init__.py"] = env.get_template(
        "resources/__init__.py.jinja"
    ).render(api=api)
    resource_template = env.get_template("resources/resource.py.jinja")
    for resource in api.resources:
        files[f"{src}/resources/{resource.module}.py"] = resource_template.render(
            api=api, resource=resource
        )
    files.update(static_files(api.package, testing=False))
    return files
