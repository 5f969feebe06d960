"""The run cache (``generator.cache.runs``): an unchanged run is skipped without parsing the spec, and every input that
shapes the output (any spec file, a new referenced file, the output itself, a tool's version)
sends the run down the full path."""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

import pytest

from generator import pipeline, spec
from generator.cache import runs, store
from generator.config import Options
from tests.snapshot_support import models_source

ROOT = """\
openapi: 3.1.0
info: {title: Cached, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {$ref: "pet.yaml"}
"""
PET = """\
title: Pet
type: object
properties:
  name: {type: string, description: NAME}
"""


@pytest.fixture
def options(tmp_path: Path) -> Options:
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "openapi.yaml").write_text(ROOT)
    (tmp_path / "spec" / "pet.yaml").write_text(PET)
    return Options(
        spec=tmp_path / "spec" / "openapi.yaml",
        out=tmp_path / "out",
        package_name="cached",
        cache_dir=tmp_path / ".cache",
    )


def _models(options: Options) -> str:
    return models_source(options.out / "src" / "cached")


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> spec.Spec:
        raise AssertionError(
            f"the spec was parsed ({path}); the run cache should answer"
        )

    monkeypatch.setattr(spec, "load_spec", refuse)


def test_an_unchanged_run_is_skipped_without_parsing_the_spec(
    options: Options, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not pipeline.generate(options).skipped
    _no_parsing(monkeypatch)
    assert pipeline.generate(options).skipped
    result, diffs = pipeline.check(options)
    assert result.skipped and diffs == []


def test_an_edit_to_a_referenced_file_rebuilds(options: Options) -> None:
    pipeline.generate(options)
    pet = options.spec.parent / "pet.yaml"
    pet.write_text(PET.replace("NAME", "What the pet answers to"))
    assert not pipeline.generate(options).skipped
    assert "What the pet answers to" in _models(options)


def test_a_newly_referenced_file_is_watched_from_then_on(options: Options) -> None:
    pipeline.generate(options)
    (options.spec.parent / "owner.yaml").write_text(
        "title: Owner\ntype: object\n" "properties:\n  email: {type: string}\n"
    )
    pet = options.spec.parent / "pet.yaml"
    pet.write_text(PET + '  owner: {$ref: "owner.yaml"}\n')
    assert not pipeline.generate(options).skipped
    assert "class Owner(" in _models(options)
    (options.spec.parent / "owner.yaml").write_text(
        "title: Owner\ntype: object\n" "properties:\n  phone: {type: string}\n"
    )
    assert not pipeline.generate(options).skipped
    assert "phone" in _models(options)


def test_rewriting_a_file_with_the_same_bytes_stays_skipped(
    options: Options, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.generate(options)
    pet = options.spec.parent / "pet.yaml"
    pet.write_text(pet.read_text())
    _no_parsing(monkeypatch)
    assert pipeline.generate(options).skipped


def test_a_hand_edited_output_is_rebuilt(options: Options) -> None:
    pipeline.generate(options)
    models = options.out / "src" / "cached" / "models" / "__init__.py"
    original = models.read_text()
    models.write_text(original + "# edited by hand\n")
    assert not pipeline.generate(options).skipped
    assert models.read_text() == original


def test_another_tool_version_rebuilds(
    options: Options, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.generate(options)
    installed = runs.tool_versions()
    monkeypatch.setattr(runs, "tool_versions", lambda: {**installed, "black": "0.0.1"})
    assert not pipeline.generate(options).skipped


def test_tool_versions_agree_with_importlib_metadata() -> None:
    found = runs.tool_versions()
    for tool in (
        "datamodel-code-generator",
        "black",
        "jinja2",
        "openapi-spec-validator",
        "pydantic",
    ):
        assert found[tool] == importlib.metadata.version(tool)


@pytest.mark.parametrize(
    "recorded", [["../outside.yaml"], ["/etc/hostname"], "openapi.yaml", [7]]
)
def test_a_record_naming_files_outside_the_spec_folder_is_not_trusted(
    options: Options, recorded: object
) -> None:
    pipeline.generate(options)
    record_file = next((options.cache_dir / "runs").glob("*.json"))
    record = json.loads(store.read(record_file) or "")
    assert runs.recorded(options) is not None
    store.write(record_file, json.dumps({**record, "spec_files": recorded}))
    assert runs.recorded(options) is None


def test_without_the_layer_nothing_is_skipped_or_recorded(options: Options) -> None:
    """``--no-cache``: every run builds, and no cache file is written."""
    import dataclasses

    off = dataclasses.replace(options, cache=False)
    assert not pipeline.generate(off).skipped
    assert not pipeline.generate(off).skipped
    assert not options.cache_dir.exists()
