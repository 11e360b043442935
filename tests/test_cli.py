"""Someone uses alsdesk from a terminal: the version, demo data and schedule exports.

Every user error prints one line on stderr, nothing on stdout, and exits 2.
"""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

import alsdesk
from alsdesk.cli import main
from alsdesk.paths import DataPaths
from alsdesk.services import Services
from alsdesk.services.demo import DEMO_SET_NAME
from alsdesk.store import open_store

ERROR_PREFIX = "alsdesk: error:"


@pytest.fixture
def data_dir(tmp_path) -> str:
    """A data folder that does not exist yet; the command line creates it."""
    return str(tmp_path / "data")


@contextmanager
def opened(data_dir: str):
    store = open_store(DataPaths(Path(data_dir)).database)
    try:
        yield Services.over(store)
    finally:
        store.close()


def run(capsys, data_dir: str, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", data_dir, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def make_demo(capsys, data_dir: str) -> None:
    code, _, err = run(capsys, data_dir, "demo")
    assert code == 0, err


def assert_user_error(code: int, out: str, err: str) -> str:
    """The error line, after checking the one-line-on-stderr contract."""
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(ERROR_PREFIX)
    return lines[0]


# -- version ------------------------------------------------------------------------


def test_asking_for_the_version_prints_it_and_exits_cleanly(capsys, data_dir):
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", data_dir, "--version"])

    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.strip() == f"alsdesk {alsdesk.__version__}"
    assert alsdesk.__version__ == "0.1.0"


# -- demo -----------------------------------------------------------------------------


def test_making_the_demo_creates_the_set_with_six_members(capsys, data_dir):
    code, out, err = run(capsys, data_dir, "demo")

    assert code == 0
    assert err == ""
    assert "Created" in out
    assert DEMO_SET_NAME in out
    assert "6 members" in out
    with opened(data_dir) as services:
        (demo,) = services.sets.list_sets(include_archived=True)
        assert demo.name == DEMO_SET_NAME
        assert services.members.count(demo.id) == 6


def test_making_the_demo_twice_says_it_is_already_there_and_adds_nothing(capsys, data_dir):
    make_demo(capsys, data_dir)
    with opened(data_dir) as services:
        (demo,) = services.sets.list_sets(include_archived=True)
        events_before = services.schedule.list_events(demo.id)

    code, out, err = run(capsys, data_dir, "demo")

    assert code == 0
    assert err == ""
    assert "already there" in out.lower()
    assert "6 members" in out
    with opened(data_dir) as services:
        sets = services.sets.list_sets(include_archived=True)
        assert [s.name for s in sets] == [DEMO_SET_NAME]
        assert services.members.count(sets[0].id) == 6
        assert len(services.members.list_people()) == 6
        assert services.schedule.list_events(sets[0].id) == events_before


# -- export schedule ------------------------------------------------------------------


def test_exporting_the_demo_schedule_as_ics_writes_every_event(capsys, data_dir, tmp_path):
    make_demo(capsys, data_dir)
    out_file = tmp_path / "birch.ics"

    code, out, err = run(
        capsys, data_dir, "export", "schedule", "--set", DEMO_SET_NAME, "--out", str(out_file)
    )

    assert code == 0
    assert err == ""
    with opened(data_dir) as services:
        events = services.schedule.list_events(services.sets.find_by_name(DEMO_SET_NAME).id)
    assert len(events) == 14  # 11 in the default year plan, 3 extra
    assert f"Wrote {len(events)} events" in out
    calendar = Calendar.from_ical(out_file.read_bytes())
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == len(events)
    assert {str(v["UID"]) for v in vevents} == {e.uid for e in events}
    assert str(calendar["X-WR-CALNAME"]) == DEMO_SET_NAME


def test_exporting_the_demo_schedule_as_pdf_writes_a_document_naming_the_set(
    capsys, data_dir, tmp_path
):
    make_demo(capsys, data_dir)
    out_file = tmp_path / "birch.pdf"

    code, out, err = run(
        capsys, data_dir, "export", "schedule", "--set", DEMO_SET_NAME, "--out", str(out_file)
    )

    assert (code, err) == (0, "")
    assert str(out_file) in out
    assert out_file.read_bytes().startswith(b"%PDF")
    reader = PdfReader(out_file)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert DEMO_SET_NAME in text


def test_exporting_finds_the_set_whatever_the_case_of_its_name(capsys, data_dir, tmp_path):
    make_demo(capsys, data_dir)
    out_file = tmp_path / "birch.ics"

    code, _, err = run(
        capsys, data_dir, "export", "schedule", "--set", "dEMONSTRATION SET: birch",
        "--out", str(out_file),
    )  # fmt: skip

    assert (code, err) == (0, "")
    calendar = Calendar.from_ical(out_file.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == DEMO_SET_NAME
    assert len(calendar.walk("VEVENT")) == 14


def test_exporting_to_a_file_with_an_upper_case_suffix_works(capsys, data_dir, tmp_path):
    make_demo(capsys, data_dir)
    out_file = tmp_path / "BIRCH.ICS"

    code, _, err = run(
        capsys, data_dir, "export", "schedule", "--set", DEMO_SET_NAME, "--out", str(out_file)
    )

    assert (code, err) == (0, "")
    assert len(Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")) == 14


# -- user errors ----------------------------------------------------------------------


def test_exporting_an_unknown_set_prints_one_line_and_fails(capsys, data_dir, tmp_path):
    make_demo(capsys, data_dir)
    out_file = tmp_path / "nope.ics"

    line = assert_user_error(
        *run(capsys, data_dir, "export", "schedule", "--set", "Nope", "--out", str(out_file))
    )

    assert "Nope" in line
    assert not out_file.exists()


def test_exporting_to_a_text_file_prints_one_line_and_fails(capsys, data_dir, tmp_path):
    make_demo(capsys, data_dir)
    out_file = tmp_path / "birch.txt"

    line = assert_user_error(
        *run(capsys, data_dir, "export", "schedule", "--set", DEMO_SET_NAME, "--out", str(out_file))
    )

    assert ".ics or .pdf" in line
    assert not out_file.exists()


def test_exporting_into_a_folder_that_does_not_exist_prints_one_line_and_fails(
    capsys, data_dir, tmp_path
):
    make_demo(capsys, data_dir)
    missing = tmp_path / "no such folder"
    out_file = missing / "birch.ics"

    line = assert_user_error(
        *run(capsys, data_dir, "export", "schedule", "--set", DEMO_SET_NAME, "--out", str(out_file))
    )

    assert "does not exist" in line
    assert not missing.exists()


def test_exporting_without_naming_the_set_prints_one_line_and_fails(capsys, data_dir, tmp_path):
    out_file = tmp_path / "birch.ics"

    line = assert_user_error(*run(capsys, data_dir, "export", "schedule", "--out", str(out_file)))

    assert "--set" in line
    assert not out_file.exists()


def test_typing_an_unknown_command_prints_one_line_and_fails(capsys, data_dir):
    line = assert_user_error(*run(capsys, data_dir, "frobnicate"))

    assert "frobnicate" in line


def test_using_a_file_as_the_data_folder_prints_one_line_and_fails(capsys, tmp_path):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("I am a file.\n")

    line = assert_user_error(*run(capsys, str(not_a_folder), "demo"))

    assert str(not_a_folder) in line
    assert not_a_folder.read_text() == "I am a file.\n"


def test_opening_a_database_of_garbage_bytes_prints_one_line_and_fails(capsys, tmp_path):
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    garbage = b"\x00\xffThis is not an SQLite database.\n" * 256
    paths.database.write_bytes(garbage)

    line = assert_user_error(*run(capsys, str(paths.root), "demo"))

    assert "database" in line
    assert paths.database.read_bytes() == garbage  # left as it was


def test_exporting_from_a_garbage_database_prints_one_line_and_fails(capsys, tmp_path):
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    paths.database.write_bytes(b"garbage" * 1000)
    out_file = tmp_path / "birch.pdf"

    assert_user_error(
        *run(
            capsys, str(paths.root), "export", "schedule", "--set", "Birch", "--out", str(out_file)
        )
    )

    assert not out_file.exists()


def test_running_as_a_module_with_an_unknown_set_exits_2_with_one_line(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("ALSDESK_DATA_DIR", None)
    result = subprocess.run(
        [
            sys.executable, "-m", "alsdesk", "--data-dir", str(tmp_path / "data"),
            "export", "schedule", "--set", "Nope", "--out", str(tmp_path / "nope.ics"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )  # fmt: skip

    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(ERROR_PREFIX)
    assert not (tmp_path / "nope.ics").exists()
