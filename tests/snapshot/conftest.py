"""Fixtures of the snapshot tests: options whose run cache starts empty every session."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.config import Options
from tests.snapshot_support import Freshen, fresh_cache_dir


@pytest.fixture(scope="session")
def session_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's black cache, with run records private to this session."""
    return fresh_cache_dir(tmp_path_factory.mktemp("generator-cache"))


@pytest.fixture(scope="session")
def fresh(session_cache: Path) -> Freshen:
    """Options → the same options with the session's cache, so every check builds for real."""

    def freshen(options: Options) -> Options:
        return dataclasses.replace(options, cache_dir=session_cache)

    return freshen
