"""The built program runs on its own: demonstration data, PDFs, the window, a bare machine.

Not part of the default run (the build takes a while and needs PyInstaller):

    python packaging/build_linux.py && python -m pytest -m bundle

Every test runs dist/alsdesk/alsdesk itself, from a temporary folder with a
temporary data folder, never the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from alsdesk import __version__
from alsdesk.instance import DataFolderLock

# Each run of the program is guarded at 300 s (a hang, not a wait), so each test may
# take longer than the suite's 60 s default.
pytestmark = [pytest.mark.bundle, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "alsdesk"
PROGRAM = BUNDLE / ("alsdesk.exe" if sys.platform == "win32" else "alsdesk")
INTERNAL = BUNDLE / "_internal"
DEMO_SET = "Demonstration set: Birch"
DEMO_PERSON = "Amira Hassan"
DEMO_GOAL = "More discharges before midday on the Acute Medical Unit"
WINDOW_START_DEADLINE = 180  # a loaded 2-core machine starts a 200 MB bundle slowly


@pytest.fixture
def run(tmp_path):
    """Run the built program headless with a fresh data folder; returns the finished process."""
    if not PROGRAM.exists():
        pytest.fail(f"no bundle at {PROGRAM}: build it with python packaging/build_linux.py")
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        ALSDESK_DATA_DIR=str(tmp_path / "data"),
        ALSDESK_LOG_DIR=str(tmp_path / "log"),
    )

    def run_program(*args: str, environ=environ, **options) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(PROGRAM), *args],
            cwd=tmp_path,
            env=environ,
            capture_output=True,
            text=True,
            timeout=300,  # a guard against a hung program, not a wait
            **options,
        )

    run_program.environ = environ
    return run_program


def test_the_program_says_its_version(run):
    assert run("--version").stdout.strip() == f"alsdesk {__version__}"


def test_demonstration_data_gives_every_pdf_and_a_calendar(run, tmp_path):
    made = run("demo")
    assert made.returncode == 0, made.stderr
    assert DEMO_SET in made.stdout
    exports = {
        "set-record.pdf": ("set-record", "--set", DEMO_SET),
        "schedule.pdf": ("schedule", "--set", DEMO_SET),
        "goal.pdf": ("goal", "--person", DEMO_PERSON, "--goal", DEMO_GOAL),
        "plan.pdf": ("pdp", "--person", DEMO_PERSON),
    }
    for name, command in exports.items():
        written = run("export", *command, "--out", str(tmp_path / name))
        assert written.returncode == 0, f"{name}: {written.stderr}"
        assert len(PdfReader(tmp_path / name).pages) >= 1
    calendar = run("export", "schedule", "--set", DEMO_SET, "--out", str(tmp_path / "s.ics"))
    assert calendar.returncode == 0, calendar.stderr
    assert (tmp_path / "s.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert run("check").returncode == 0
    assert not (tmp_path / "log").exists()  # no bug was reported


@pytest.mark.timeout(WINDOW_START_DEADLINE + 300)
def test_the_window_opens_headless_and_answers_a_second_start(run, tmp_path):
    """The window is up, its event loop running, when a second start is answered.

    (That answer goes through QtNetwork's local socket, so the bundle's Qt is whole.)
    The program is then stopped from outside and the data checked.
    """
    assert run("demo").returncode == 0
    window = subprocess.Popen(
        [str(PROGRAM)],
        cwd=tmp_path,
        env=run.environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = DataFolderLock(tmp_path / "data")
    deadline = time.monotonic() + WINDOW_START_DEADLINE
    try:
        # Another process: nothing to wait on but the files and answers it gives.
        while lock.holder_pid() != window.pid and window.poll() is None:
            assert time.monotonic() < deadline, "the window never took the data folder"
            time.sleep(0.2)
        second = run()  # refused (status 1) until the window listens for later starts
        while second.returncode == 1 and window.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
            second = run()
        assert window.poll() is None, window.communicate()
        assert second.returncode == 0, second.stderr
        assert "its window was brought forward" in second.stdout
    finally:
        window.terminate()
        window.communicate(timeout=120)
    assert run("check").returncode == 0
    assert not (tmp_path / "log").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is Linux's")
def test_without_a_display_the_program_says_so(run):
    environ = {k: v for k, v in run.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    del environ["QT_QPA_PLATFORM"]
    started = run(environ=environ)
    assert started.returncode == 2
    assert started.stderr.startswith("alsdesk needs a graphical desktop: no display found")
    assert len(started.stderr.splitlines()) == 1


def test_the_bundle_holds_the_migrations_and_resources_and_no_unused_qt():
    store = INTERNAL / "alsdesk" / "store"
    assert (store / "migrations" / "script.py.mako").is_file()
    assert (store / "vault_migrations" / "script.py.mako").is_file()
    revisions = sorted(p.name for p in (ROOT / "alsdesk/store/migrations/versions").glob("0*.py"))
    assert sorted(p.name for p in (store / "migrations/versions").glob("0*.py")) == revisions
    resources = INTERNAL / "alsdesk" / "resources"
    for source in (ROOT / "resources").rglob("*"):
        relative = source.relative_to(ROOT / "resources")
        if source.is_file() and relative.parts[0] != "screenshots":
            assert (resources / relative).is_file(), relative
    qt = INTERNAL / "PySide6" / "Qt"
    assert not list(qt.rglob("*qgtk3*"))
    assert {p.name.split("_")[0] for p in (qt / "translations").glob("*.qm")} == {"qtbase"}
    assert not list(INTERNAL.rglob("*QtQml*")) and not list(INTERNAL.rglob("*QtQuick*"))
