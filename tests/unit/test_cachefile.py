"""Cache files: what was written is read back; anything else (missing, cut short, edited,
unwritable) is None, so the caller recomputes instead of using it."""

from __future__ import annotations

from pathlib import Path

from generator import cachefile


def test_what_was_written_is_read_back(tmp_path: Path) -> None:
    entry = tmp_path / "a" / "b.py"
    cachefile.write(entry, "x = 'é'\n\nlast line without newline")
    assert cachefile.read(entry) == "x = 'é'\n\nlast line without newline"
    assert [p.name for p in entry.parent.iterdir()] == ["b.py"]  # no temporary file left


def test_a_missing_cut_or_edited_entry_reads_as_none(tmp_path: Path) -> None:
    entry = tmp_path / "entry.json"
    assert cachefile.read(entry) is None
    assert cachefile.read(None) is None
    cachefile.write(entry, '{"a": 1}')
    stored = entry.read_text()
    entry.write_text(stored[:-1])
    assert cachefile.read(entry) is None
    entry.write_text(stored.replace("1", "2"))
    assert cachefile.read(entry) is None
    entry.write_bytes(b"\xff\xfe")
    assert cachefile.read(entry) is None


def test_an_unwritable_cache_is_ignored(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cachefile.write(blocker / "under" / "entry", "text")  # a file where a folder should be
    assert cachefile.read(blocker / "under" / "entry") is None
