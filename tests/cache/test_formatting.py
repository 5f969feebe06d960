"""The formatting cache (``generator.cache.formatting``), alone: it answers exactly what the
formatter it wraps answers, calls that formatter once per distinct text, and recomputes an
entry that was damaged."""

from __future__ import annotations

from pathlib import Path

from generator.cache.formatting import cached


class Counting:
    """A stand-in formatter that records its calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, path: str, text: str) -> str:
        self.calls.append(text)
        return text.upper()


def test_a_text_seen_before_is_not_formatted_again(tmp_path: Path) -> None:
    inner = Counting()
    format_one = cached(inner, tmp_path)
    assert format_one("a.py", "x = 1\n") == "X = 1\n"
    assert format_one("b.py", "x = 1\n") == "X = 1\n"  # same text under another name
    assert format_one("a.py", "y = 2\n") == "Y = 2\n"
    assert inner.calls == ["x = 1\n", "y = 2\n"]
    # A second process (a new wrapper over the same folder) finds the entries on disk.
    again = Counting()
    assert cached(again, tmp_path)("c.py", "y = 2\n") == "Y = 2\n"
    assert again.calls == []


def test_a_damaged_entry_is_recomputed(tmp_path: Path) -> None:
    inner = Counting()
    format_one = cached(inner, tmp_path)
    format_one("a.py", "x = 1\n")
    for entry in (p for p in tmp_path.rglob("*") if p.is_file()):
        entry.write_text(entry.read_text().replace("X", "Z"))
    assert format_one("a.py", "x = 1\n") == "X = 1\n"
    assert inner.calls == ["x = 1\n", "x = 1\n"]
