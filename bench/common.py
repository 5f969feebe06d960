"""Shared helpers: measured subprocesses (wall clock and peak memory), medians, the bench venvs."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
VENVS = BENCH / ".venvs"

# The peers, pinned so that a rerun measures the same thing.
OPC_REQUIREMENTS = ("openapi-python-client==0.29.1",)
PLOT_REQUIREMENTS = ("matplotlib==3.11.2",)
# What a user installs to run either generated package (ours: httpx and pydantic, at the versions
# requirements.lock pins; openapi-python-client's: httpx and attrs), and nothing else. Imports
# are timed here: the project .venv also has click and rich (black's and the model generator's),
# and with them `import httpx` loads httpx's command line too (~100 ms no user pays).
RUNTIME_REQUIREMENTS = ("httpx==0.28.1", "pydantic==2.14.3", "attrs==26.1.0")

_PAGE = os.sysconf("SC_PAGE_SIZE")
_STARTED = time.perf_counter()


def elapsed() -> str:
    """Minutes:seconds since the bench started, for progress lines."""
    seconds = int(time.perf_counter() - _STARTED)
    return f"{seconds // 60}:{seconds % 60:02d}"


@dataclass(frozen=True, slots=True)
class Run:
    """One finished subprocess: exit code, wall seconds, peak memory in bytes, its output."""

    returncode: int
    seconds: float
    peak_rss: int  # max(largest single process's max RSS, sampled PSS sum of the tree)
    max_rss_single: int  # ru_maxrss from wait4: the largest process of the tree
    peak_pss_tree: int  # the largest sum of the tree's PSS seen by the sampler
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def run_measured(
    argv: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    sample_every: float = 0.05,
) -> Run:
    """Run one command to completion; time it and measure the peak memory of its process tree.

    Peak memory is taken two ways and the larger is kept: ``wait4``'s ``ru_maxrss`` (what
    ``/usr/bin/time -f %M`` shows: the largest single process of the tree, including short-lived
    ones), and the PSS summed over the tree every ``sample_every`` seconds (which counts a
    parent and its worker processes together). PSS, not RSS: a page shared by forked
    processes is split between them, so a worker's copy-on-write view of its parent's memory
    is not counted twice (summed RSS would).
    """
    fd, name = tempfile.mkstemp(prefix="bench-run-", suffix=".log")
    os.close(fd)
    log = Path(name)
    with open(log, "w+b") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [os.fspath(a) for a in argv],
            cwd=cwd,
            env=dict(env) if env else None,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        sampler = _TreeSampler(proc.pid, sample_every)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(
            status
        )  # wait4 reaped it, not Popen
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    log.unlink()
    single = usage.ru_maxrss * 1024  # Linux reports KiB
    return Run(
        proc.returncode, seconds, max(single, sampler.peak), single, sampler.peak, text
    )


class _TreeSampler(threading.Thread):
    """Polls /proc for the PSS of a process and all its descendants; keeps the largest sum."""

    def __init__(self, pid: int, every: float) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.peak = max(self.peak, _tree_pss(self.pid))
            self._done.wait(self.every)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree_pss(root: int) -> int:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss(pid)
        todo.extend(children.get(pid, ()))
    return total


def _pss(pid: int) -> int:
    """One process's proportional set size in bytes (its RSS where smaps_rollup is missing)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0  # exited (or a zombie) between the two reads


def median(values: Sequence[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def ensure_venv(name: str, requirements: Sequence[str]) -> Path:
    """``bench/.venvs/<name>`` with exactly ``requirements`` installed; returns its python.

    Created from the interpreter our own .venv is based on, so both run the same Python.
    Reinstalled only when the requirement list changes (recorded in the venv).
    """
    root = VENVS / name
    python = root / "bin" / "python"
    marker = root / "bench-requirements.txt"
    wanted = "\n".join(requirements) + "\n"
    if python.exists() and marker.is_file() and marker.read_text() == wanted:
        return python
    base = getattr(sys, "_base_executable", sys.executable)
    print(
        f"bench: creating {root.relative_to(REPO)} with {', '.join(requirements)}",
        flush=True,
    )
    subprocess.run([base, "-m", "venv", "--clear", str(root)], check=True)
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *requirements,
        ],
        capture_output=True,
        text=True,
    )
    if install.returncode != 0:
        raise RuntimeError(
            f"pip install {' '.join(requirements)} failed:\n{install.stdout}{install.stderr}"
        )
    marker.write_text(wanted)
    return python


def versions(python: Path, distributions: Sequence[str]) -> dict[str, str]:
    """Installed versions of ``distributions`` in the environment of ``python``."""
    code = (
        "import json, sys\nfrom importlib.metadata import version, PackageNotFoundError\n"
        "out = {}\nfor d in sys.argv[1:]:\n"
        "    try: out[d] = version(d)\n    except PackageNotFoundError: out[d] = 'missing'\n"
        "print(json.dumps(out))"
    )
    result = subprocess.run(
        [str(python), "-c", code, *distributions],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(result.stdout))


def time_import(
    python: Path | str,
    statement: str,
    *,
    pythonpath: Sequence[Path] = (),
    cwd: Path | None = None,
) -> float:
    """Seconds spent in ``statement`` (an import) in a fresh interpreter, measured inside it.

    Interpreter start-up is excluded; the wall clock is taken around the statement alone.
    """
    return time_import_output(python, statement, pythonpath=pythonpath, cwd=cwd)[0]


def time_import_output(
    python: Path | str,
    statement: str,
    *,
    pythonpath: Sequence[Path] = (),
    cwd: Path | None = None,
) -> tuple[float, str]:
    """``time_import`` plus what the statement printed."""
    code = (
        f"import time\n_t = time.perf_counter()\n{statement}\n"
        "print('bench-import-seconds', repr(time.perf_counter() - _t))"
    )
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(str(p) for p in pythonpath)
    result = subprocess.run(
        [str(python), "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or Path("/"),
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{statement!r} failed: {result.stderr.strip().splitlines()[-1:]}"
        )
    marked = [
        line
        for line in result.stdout.splitlines()
        if line.startswith("bench-import-seconds ")
    ]
    return float(marked[-1].split()[1]), result.stdout


def clean_env(**extra: str) -> dict[str, str]:
    """The current environment without Python path overrides, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(extra)
    return env
