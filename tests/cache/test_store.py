"""Cache files: what was written is read back; anything else (missing, cut short, edited,
unwritable) is None, so the caller recomputes instead of using it."""

from __future__ import annotations

from pathlib import Path

from generator.cache import store


def test_what_was_written_is_read_back(tmp_path: Path) -> None:
    entry = tmp_path / "a" / "b.py"
    store.write(entry, "x = 'é'\n\nlast line without newline")
    assert store.read(entry) == "x = 'é'\n\nlast line without newline"
    assert [p.name for p in entry.parent.iterdir()] == [
        "b.py"
    ]  # no temporary file left


def test_a_missing_cut_or_edited_entry_reads_as_none(tmp_path: Path) -> None:
    entry = tmp_path / "entry.json"
    assert store.read(entry) is None
    store.write(entry, '{"a": 1}')
    stored = entry.read_text()
    entry.write_text(stored[:-1])
    assert store.read(entry) is None
    entry.write_text(stored.replace("1", "2"))
    assert store.read(entry) is None
    entry.write_bytes(b"\xff\xfe")
    assert store.read(entry) is None


def test_an_unwritable_cache_is_ignored(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    store.write(blocker / "under" / "entry", "text")  # a file where a folder should be
    assert store.read(blocker / "under" / "entry") is None
