"""Checks of the benchmark's own helpers (no timing assertions): ``pytest bench``."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bench.common import run_measured
from bench.docs import KEPT_HEADING, kept_section
from bench.report import at_least, at_most, floor_seconds, paired_ratio
from bench.server import BODY
from bench.specs import count_lines, count_operations, edit_one_description

SPEC = {
    "openapi": "3.1.0",
    "info": {
        "title": "t",
        "version": "1",
        "description": "An API used by the bench tests",
    },
    "paths": {
        "/a": {"get": {"responses": {}}, "post": {"responses": {}}, "parameters": []},
        "/b": {"delete": {"responses": {}}},
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "description": "A thing of some kind",
                "properties": {
                    "x": {"type": "string", "description": "The x of the thing"}
                },
            }
        }
    },
}


def test_operations_are_counted_per_method(tmp_path: Path) -> None:
    root = tmp_path / "api.yaml"
    root.write_text(yaml.safe_dump(SPEC))
    assert count_operations(root) == 3


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_one_property_description_is_edited_in_place(
    tmp_path: Path, suffix: str
) -> None:
    root = tmp_path / f"api{suffix}"
    text = json.dumps(SPEC, indent=2) if suffix == ".json" else yaml.safe_dump(SPEC)
    root.write_text(text)
    where = edit_one_description(root, " (edited)")
    assert where == f"api{suffix}#/components/schemas/Thing/properties/x/description"
    edited = root.read_text()
    assert (
        edited.replace(" (edited)", "") == text
    )  # one textual change, nothing else moved
    loaded = json.loads(edited) if suffix == ".json" else yaml.safe_load(edited)
    assert loaded["components"]["schemas"]["Thing"]["properties"]["x"][
        "description"
    ].endswith("(edited)")


def test_a_multi_file_spec_is_edited_in_a_schema_file(tmp_path: Path) -> None:
    root = tmp_path / "openapi.yaml"
    root.write_text(
        yaml.safe_dump(
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
        )
    )
    (tmp_path / "thing.yaml").write_text(
        yaml.safe_dump({"type": "string", "description": "Lives in another file"})
    )
    assert edit_one_description(root, "!") == "thing.yaml#/description"


def test_lines_are_non_blank_python_lines(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text("x = 1\n\n\ny = 2\n")
    (tmp_path / "pkg" / "README.md").write_text("not code\n")
    assert count_lines(tmp_path / "pkg") == (2, 1)


def test_verdicts_say_by_how_much() -> None:
    assert at_most(0.32, 0.5) == "met (36% under)"
    assert at_most(0.7, 0.5) == "missed (40% over)"
    assert at_most(1.7, 0.5) == "missed (3.4× the limit)"  # noqa: RUF001
    assert at_least(0.93, 0.9) == "met (+3.0 pts)"
    assert at_least(0.85, 0.9) == "missed by 5.0 pts"
    assert paired_ratio([1.0, 4.0, 2.0], [2.0, 2.0, 2.0]) == 1.0
    assert (
        paired_ratio([1.0, 3.0], [2.0], paired=True) == 1.0
    )  # unequal lengths: ratio of medians


def test_measured_run_reports_exit_code_output_and_memory() -> None:
    run = run_measured(
        [
            sys.executable,
            "-c",
            "import sys; b = bytearray(30 * 2**20); " "print('hi'); sys.exit(3)",
        ]
    )
    assert run.returncode == 3
    assert "hi" in run.output
    assert run.peak_rss >= 30 * 2**20


def test_server_answers_keep_alive_requests_with_the_201_body() -> None:
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("server.py"))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        body = b'{"a":1}'
        request = (
            f"POST /v2/_actions HTTP/1.1\r\nhost: x\r\ncontent-length: {len(body)}\r\n\r\n".encode()
            + body
        )
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(request * 2)  # pipelined: two answers on one connection
            data = b""
            while data.count(BODY) < 2:
                chunk = sock.recv(65536)
                assert chunk
                data += chunk
        assert data.startswith(b"HTTP/1.1 201 Created\r\n")
    finally:
        server.terminate()
        server.wait()


def test_the_floor_is_the_longer_step_or_the_work_shared_among_the_cores() -> None:
    floor = {
        "start_load": 0.2,
        "models": 0.8,
        "validate": 0.6,
        "black_import": 0.2,
        "black_cpu": 0.4,
    }
    assert (
        floor_seconds(floor, 2) == 0.2 + (0.8 + 0.6 + 0.2 + 0.4) / 2
    )  # the work: 1.0 s
    assert (
        floor_seconds(floor, 8) == 0.2 + 0.8
    )  # the models step: 0.25 s of work per core
    assert floor_seconds({**floor, "validate": 3.0}, 2) == 0.2 + 3.0


def test_the_floor_script_formats_all_but_the_static_runtime(tmp_path: Path) -> None:
    """``floor.py black`` measures what the generator formats: not the runtime it copies as is."""
    package = tmp_path / "src" / "pkg"
    package.mkdir(parents=True)
    (package / "models.py").write_text("x = [1,\n 2]\n")
    (package / "_base.py").write_text("y = 1\n")  # a static runtime module's name
    repo = Path(__file__).resolve().parents[1]
    run = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("floor.py")),
            "black",
            str(tmp_path),
            "pkg",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(repo), "PATH": ""},
    )
    found = json.loads(run.stdout)
    assert (found["files"], found["lines"]) == (1, 2)
    assert found["cpu"] > 0


def test_a_rerun_keeps_the_hand_written_section_and_only_it() -> None:
    old = f"# Benchmarks\n\n## Results\n\nold table\n\n{KEPT_HEADING}\n\nbefore/after\n"
    assert kept_section(old) == f"{KEPT_HEADING}\n\nbefore/after\n"
    assert kept_section("# Benchmarks\n\n## Results\n") == ""
