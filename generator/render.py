"""One Jinja environment over ``templates/``: ``render(api, models) → {relative path: text}``.

Every value that came from the spec reaches the output through a filter made for where it
lands: a Python string literal, an identifier, a docstring, a comment, TOML, Markdown.
"""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from generator import ir
from generator.errors import InternalError
from generator.models import Models

if TYPE_CHECKING:
    import jinja2

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# Characters Python or editors may treat as line ends inside a docstring or comment.
# Control characters Python source, TOML or a terminal must not see raw (tab and newline aside).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def py_str(value: object) -> str:
    """A Python string literal that ``ast.literal_eval`` turns back into exactly ``value``."""
    return repr(str(value))


def ident(value: object) -> str:
    """An identifier computed by ``generator.naming``; anything else is a bug, not spec text."""
    text = str(value)
    if not text.isidentifier() or keyword.iskeyword(text):
        raise InternalError(f"{text!r} reached a template as an identifier")
    return text


def docstring(value: object, indent: int = 0) -> str:
    """Text safe inside a triple-quoted docstring, continuation lines indented."""
    text = _LINE_BREAKS.sub("\n", str(value)).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text.replace("\t", "    "))
    text = _wrap(text.strip(), max(40, 84 - indent))
    pad = " " * indent
    text = "\n".join((pad + line if line.strip() else "").rstrip() if i else line.rstrip()
                     for i, line in enumerate(text.split("\n")))
    # A bare quote right before the closing quotes would end the string early.
    backslashes = len(text[:-1]) - len(text[:-1].rstrip("\\"))
    return text[:-1] + '\\"' if text.endswith('"') and backslashes % 2 == 0 else text


def _wrap(text: str, width: int) -> str:
    """Wrap prose lines to ``width``; lists, tables and indented blocks keep their layout."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((" ", "-", "*", "|", "```", "#")):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def comment(value: object) -> str:
    """Text for one ``#`` comment line: no line break or control character gets through."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", str(value))).strip()


def toml_str(value: object) -> str:
    """A TOML basic string (JSON string escapes are valid TOML; DEL must be escaped too)."""
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")


def markdown(value: object) -> str:
    """Spec prose for the generated README: HTML and template-looking text neutralised."""
    return str(value).replace("<", "&lt;").replace(">", "&gt;")


def environment() -> jinja2.Environment:
    """The single Jinja environment: strict about undefined names, layout-preserving."""
    import jinja2  # here: a run the run cache skips never needs it

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(py_str=py_str, ident=ident, docstring=docstring, comment=comment,
                       toml_str=toml_str, markdown=markdown)
    return env


def static_files(package: str) -> dict[str, str]:
    """The runtime modules copied verbatim into the package (kept black-clean by a test)."""
    return {f"src/{package}/{static.name}": static.read_text(encoding="utf-8")
            for static in sorted((TEMPLATES / "package").glob("*.py"))}


def render(api: ir.Api, models: Models) -> dict[str, str]:
    """Every file of the generated project, keyed by its path relative to the output folder."""
    env = environment()
    src = f"src/{api.package}"
    files: dict[str, str] = {
        "pyproject.toml": env.get_template("pyproject.toml.jinja").render(api=api),
        "README.md": env.get_template("README.md.jinja").render(api=api),
        f"{src}/py.typed": "",
        f"{src}/models.py": models.source,
    }
    for name in ("__init__.py", "__main__.py", "_version.py", "_client.py"):
        files[f"{src}/{name}"] = env.get_template(f"{name}.jinja").render(api=api)
    files[f"{src}/resources/__init__.py"] = env.get_template("resources/__init__.py.jinja").render(api=api)
    resource_template = env.get_template("resources/resource.py.jinja")
    for resource in api.resources:
        files[f"{src}/resources/{resource.module}.py"] = resource_template.render(
            api=api, resource=resource)
    files.update(static_files(api.package))
    return files
