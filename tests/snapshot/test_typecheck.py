"""Protects the generated code as typed code: every golden package and the committed client
pass ``mypy --strict``, and so does code that uses them the way the README shows.

One mypy run covers everything (each case has its own package name, so they can share it).
The usage module also proves mypy really checks the calls: each line marked
``# type: ignore[...]`` must be an error, or ``--strict`` reports the ignore as unused.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.snapshot_support import ROOT, assembled_case, case_names, case_package

USAGE = """\
from case_keywords import Keywords
from case_keywords.models import Message
from case_operations import AsyncOperations, Operations
from case_operations.models import Widget, WidgetInput
from case_union import UnionApi
from case_union.models import Cat, Dog, Pet
from contactswing import ContactSwing
from contactswing.models import CreatedAction, SmsConfig


def keywords(client: Keywords) -> str:
    message = Message(from_="alice", class_="memo", import_=True)
    answer: Message = client.import_.from_("c", message, lambda_=1, from_="bob", self_=None)
    Message(from_=1, class_="memo")  # type: ignore[arg-type]
    return answer.from_


def operations(client: Operations) -> int:
    widgets: list[Widget] = client.widgets.list(page=1, sort="-name", tag=["a"])
    client.widgets.list(sort="newest")  # type: ignore[arg-type]
    created = client.widgets.create(WidgetInput(name="w"))
    client.widgets.delete("store", created.id)
    got = client.widgets.get("store", 1, x_request_id="r", x_trace="off")
    return len(widgets) + got.id


async def operations_async(client: AsyncOperations) -> list[Widget]:
    return await client.widgets.list()


def union(client: UnionApi) -> Pet:
    client.pets.create(Cat(pet_type="cat", name="Tom"))
    client.pets.create_dog(name="Rex")  # type: ignore[call-arg]
    return client.pets.create_dog(name="Rex", good_boy=True, tricks=["sit"])


def contactswing(client: ContactSwing) -> CreatedAction:
    return client.actions.create_sms(name="n", description="d", action_timing="DURING",
                                     sms=SmsConfig(from_="+13465507166"))
"""


def test_golden_packages_the_client_and_their_use_pass_mypy_strict(
    tmp_path: Path,
) -> None:
    (tmp_path / "usage_of_generated_clients.py").write_text(USAGE, encoding="utf-8")
    roots = [
        *(assembled_case(name, tmp_path / "cases") for name in case_names()),
        ROOT / "generated" / "src",
        tmp_path,
    ]
    packages = [
        arg
        for name in [*map(case_package, case_names()), "contactswing"]
        for arg in ("-p", name)
    ]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(r) for r in roots)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-color-output",
            *packages,
            "-m",
            "usage_of_generated_clients",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
