"""One Jinja environment over ``templates/``: ``render(api, models) → {relative path: text}``.

Every value that came from the spec reaches the output through a filter made for where it
lands: a Python string literal, an identifier, a docstring, a comment, TOML, Markdown.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator import ir, naming, signatures
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


def static_files(package: str) -> dict[str, str]:
    """The runtime modules copied verbatim into the package (kept black-clean by a test)."""
    return {
        f"src/{package}/{static.name}": static.read_text(encoding="utf-8")
        for static in sorted((TEMPLATES / "package").glob("*.py"))
    }


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


def render(api: ir.Api, models: Models) -> dict[str, str]:
    """Every file of the generated project, keyed by its path relative to the output folder."""
    env = environment()
    src = f"src/{api.package}"
    files: dict[str, str] = {
        "pyproject.toml": env.get_template("pyproject.toml.jinja").render(
            api=api, dependencies=dependencies(models)
        ),
        "README.md": env.get_template("README.md.jinja").render(api=api),
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
    files.update(static_files(api.package))
    return files
