"""The filters the templates apply to every value from the spec, one per place it lands.

A Python string literal, an identifier, a docstring, a comment, TOML, Markdown: each filter
makes spec text safe (and faithful) exactly there.
"""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from collections.abc import Iterable

from generator.errors import InternalError

# Characters Python or editors may treat as line ends inside a docstring or comment.
# Control characters Python source, TOML or a terminal must not see raw (tab and newline aside).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def py_str(value: object) -> str:
    """A Python string literal that ``ast.literal_eval`` turns back into exactly ``value``.

    Double-quoted where black would make it so (no quote inside), sparing black the rewrite.
    """
    text = repr(str(value))
    if text.startswith("'") and '"' not in text:  # so no quote of either kind is inside
        return f'"{text[1:-1]}"'
    return text


def ident(value: object) -> str:
    """An identifier computed by ``generator.naming``; anything else is a bug, not spec text."""
    text = str(value)
    if not text.isidentifier() or keyword.iskeyword(text):
        raise InternalError(f"{text!r} reached a template as an identifier")
    return text


def re_exports(names: Iterable[object]) -> str:
    """``A as A, B as B``: names a package re-exports, as type checkers' strict mode wants."""
    return ", ".join(f"{ident(name)} as {ident(name)}" for name in names)


def docstring(value: object, indent: int = 0) -> str:
    """Text safe inside a triple-quoted docstring, continuation lines indented."""
    text = (
        _LINE_BREAKS.sub("\n", str(value))
        .replace("\\", "\\\\")
        .replace('"""', '\\"\\"\\"')
    )
    text = _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}", text.replace("\t", "    ")
    )
    text = _wrap(text.strip(), max(40, 84 - indent))
    pad = " " * indent
    text = "\n".join(
        (pad + line if line.strip() else "").rstrip() if i else line.rstrip()
        for i, line in enumerate(text.split("\n"))
    )
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
            out.extend(
                textwrap.wrap(
                    line, width, break_long_words=False, break_on_hyphens=False
                )
            )
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


def cell(value: object) -> str:
    """``markdown`` inside a table cell: on one line, its bars escaped."""
    return " ".join(markdown(value).replace("|", "\\|").split())
