"""Someone uses alsdesk from a terminal: the version, demo data and the exports.

Every user error prints one line on stderr, nothing on stdout, and exits 2.
"""

from __future__ import annotations

import csv
import datetime as dt
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
from alsdesk.services.actions import ActionDraft
from alsdesk.services.demo import DEMO_SET_NAME
from alsdesk.services.goals import GoalDraft, Measure, MilestoneDraft, UpdateDraft
from alsdesk.services.leadership import Level
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.members import PersonDraft
from alsdesk.services.plan import AssessmentDraft, PlanItemDraft, Rating
from alsdesk.services.sets import SetDraft
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


# -- export meeting, set-record, actions ------------------------------------------------


def hold_first_meeting(data_dir: str) -> None:
    """Cedar set, with set meeting 1 (15 September 2026) held and two actions agreed."""
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    with opened(data_dir) as services:
        action_set = services.sets.create(SetDraft("Cedar set", facilitator="Dr Ruth Okafor"))
        amira, lukasz = (
            services.members.add_new(action_set.id, PersonDraft(name)).person_id
            for name in ("Amira Hassan", "Łukasz Zieliński")
        )
        services.schedule.generate_default(action_set.id, dt.date(2026, 9, 14))
        meeting = services.meetings.find(action_set.id, dt.date(2026, 9, 15))
        services.meetings.mark(meeting.id, amira, AttendanceStatus.PRESENT)
        services.meetings.mark(meeting.id, lukasz, AttendanceStatus.APOLOGIES)
        turn = services.airtime.bid(meeting.id, amira, 30)
        services.airtime.start(turn.id, dt.datetime(2026, 9, 15, 13, 45))
        services.airtime.finish(turn.id, dt.datetime(2026, 9, 15, 14, 17))
        services.actions.add(meeting.id, ActionDraft(amira, "Shadow the night coordinator."))
        services.actions.add(
            meeting.id, ActionDraft(lukasz, "Ask about a Saturday rota.", dt.date(2026, 10, 1))
        )


def export(capsys, data_dir: str, kind: str, *args: str) -> tuple[int, str, str]:
    return run(capsys, data_dir, "export", kind, "--set", "Cedar set", *args)


def test_exporting_a_held_meetings_record_writes_its_pdf(capsys, data_dir, tmp_path):
    hold_first_meeting(data_dir)
    out_file = tmp_path / "meeting.pdf"

    code, out, err = export(
        capsys, data_dir, "meeting", "--date", "2026-09-15", "--out", str(out_file)
    )

    assert (code, err) == (0, "")
    assert "Set meeting 1 (15 September 2026)" in out and str(out_file) in out
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out_file).pages)
    assert "Set meeting 1: meeting record" in text
    assert "Łukasz Zieliński Apologies" in text
    assert "Amira Hassan 30 min 32 min 2 min over" in text
    assert "Shadow the night coordinator." in text
    assert "Confidential to Cedar set" in text


def test_exporting_the_set_record_writes_every_held_meeting(capsys, data_dir, tmp_path):
    hold_first_meeting(data_dir)
    out_file = tmp_path / "cedar record.pdf"

    code, out, err = export(capsys, data_dir, "set-record", "--out", str(out_file))

    assert (code, err) == (0, "")
    assert "Wrote the record of 1 meeting to" in out
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out_file).pages)
    assert "Record of the set" in text
    assert "Amira Hassan \u2713 1 of 1" in text
    assert "Set meeting 1 Tuesday 15 September 2026" in text


def test_exporting_the_actions_writes_a_csv_for_a_spreadsheet(capsys, data_dir, tmp_path):
    hold_first_meeting(data_dir)
    out_file = tmp_path / "actions.csv"

    code, out, err = export(capsys, data_dir, "actions", "--out", str(out_file))

    assert (code, err) == (0, "")
    assert f"Wrote 2 actions to {out_file}" in out
    with out_file.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [(r["Member"], r["Action"], r["Due"]) for r in rows] == [
        ("Amira Hassan", "Shadow the night coordinator.", ""),
        ("Łukasz Zieliński", "Ask about a Saturday rota.", "2026-10-01"),
    ]


def test_exporting_a_meeting_with_a_date_that_is_not_a_date_prints_one_line_and_fails(
    capsys, data_dir, tmp_path
):
    hold_first_meeting(data_dir)
    out_file = tmp_path / "meeting.pdf"

    line = assert_user_error(
        *export(capsys, data_dir, "meeting", "--date", "15/09/2026", "--out", str(out_file))
    )

    assert "YYYY-MM-DD" in line and "15/09/2026" in line
    assert not out_file.exists()


def test_exporting_a_meeting_on_a_day_without_one_prints_one_line_and_fails(
    capsys, data_dir, tmp_path
):
    hold_first_meeting(data_dir)
    out_file = tmp_path / "meeting.pdf"

    line = assert_user_error(
        *export(capsys, data_dir, "meeting", "--date", "2026-09-16", "--out", str(out_file))
    )

    assert '"Cedar set" has no set meeting on 16 September 2026' in line
    assert not out_file.exists()


def test_exporting_a_meeting_not_yet_held_refuses_and_does_not_open_it(capsys, data_dir, tmp_path):
    hold_first_meeting(data_dir)
    out_file = tmp_path / "meeting.pdf"

    line = assert_user_error(
        *export(capsys, data_dir, "meeting", "--date", "2026-10-27", "--out", str(out_file))
    )

    assert "Set meeting 2" in line and "has not been held yet" in line
    assert not out_file.exists()
    with opened(data_dir) as services:
        cedar = services.sets.find_by_name("Cedar set")
        assert len(services.meetings.meetings(cedar.id)) == 1


@pytest.mark.parametrize(
    ("kind", "extra", "name", "expected"),
    [
        ("meeting", ("--date", "2026-09-15"), "meeting.csv", ".pdf"),
        ("set-record", (), "record.ics", ".pdf"),
        ("actions", (), "actions.pdf", ".csv"),
    ],
)
def test_exporting_to_the_wrong_kind_of_file_prints_one_line_and_fails(
    capsys, data_dir, tmp_path, kind, extra, name, expected
):
    hold_first_meeting(data_dir)
    out_file = tmp_path / name

    line = assert_user_error(*export(capsys, data_dir, kind, *extra, "--out", str(out_file)))

    assert f"--out must end in {expected}" in line
    assert not out_file.exists()


def test_exporting_the_actions_of_an_unknown_set_prints_one_line_and_fails(
    capsys, data_dir, tmp_path
):
    hold_first_meeting(data_dir)
    out_file = tmp_path / "actions.csv"

    line = assert_user_error(
        *run(capsys, data_dir, "export", "actions", "--set", "Nope", "--out", str(out_file))
    )

    assert "Nope" in line
    assert not out_file.exists()


def test_exporting_a_meeting_without_a_date_prints_one_line_and_fails(capsys, data_dir, tmp_path):
    line = assert_user_error(
        *export(capsys, data_dir, "meeting", "--out", str(tmp_path / "meeting.pdf"))
    )

    assert "--date" in line


# -- export goal, pdp -------------------------------------------------------------------


def keep_a_goal_and_a_plan(data_dir: str) -> None:
    """Łukasz Wróbel of Cedar set, with a goal measured for eight weeks and a plan."""
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    with opened(data_dir) as services:
        action_set = services.sets.create(SetDraft("Cedar set", facilitator="Dr Ruth Okafor"))
        person = services.members.add_new(action_set.id, PersonDraft("Łukasz Wróbel")).person_id
        start = dt.date(2026, 9, 3)
        measure = Measure("Discharges after 3 pm", "%", 42, start, 30, dt.date(2027, 3, 31), False)
        goal = services.goals.create(
            person, GoalDraft("Home before 3 pm on Ward 7", measure=measure, median_points=4)
        )
        for week, value in enumerate([42, 45, 40, 44, 38, 35, 33, 31]):
            day = start + dt.timedelta(weeks=week)
            services.goals.add_update(goal.id, UpdateDraft(day, value, f"Week {week + 1}."))
        services.goals.add_milestone(
            goal.id, MilestoneDraft("Agree discharge criteria", dt.date(2026, 10, 1))
        )
        services.plan.add_assessment(
            person,
            AssessmentDraft(
                dt.date(2026, 9, 14),
                "Start of programme",
                tuple(Rating(d, Level.PROFICIENT, "") for d in range(1, 10)),
            ),
        )
        item = services.plan.add_item(
            person,
            PlanItemDraft("Hold people to account", (7,), "One planned conversation a fortnight."),
        )
        services.plan.add_review(item.id, dt.date(2026, 11, 2), "Tried it twice with Siobhán.")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_exporting_a_goal_writes_its_progress_report(capsys, data_dir, tmp_path):
    keep_a_goal_and_a_plan(data_dir)
    out_file = tmp_path / "goal.pdf"

    code, out, err = run(
        capsys, data_dir, "export", "goal", "--person", "łukasz wróbel",
        "--goal", "home before 3 PM on ward 7", "--out", str(out_file),
    )  # fmt: skip

    assert (code, err) == (0, "")
    assert f'Wrote the progress report of "Home before 3 pm on Ward 7" to {out_file}' in out
    text = pdf_text(out_file)
    assert text.startswith("Home before 3 pm on Ward 7 Goal progress report")
    assert "Person: Łukasz Wróbel Set: Cedar set" in text
    assert "8 Oct 2026 35 Week 6." in text
    assert "Agree discharge criteria 1 Oct 2026 Planned" in text
    assert "Median 43" in text  # of the first four weeks


def test_exporting_a_development_plan_writes_it(capsys, data_dir, tmp_path):
    keep_a_goal_and_a_plan(data_dir)
    out_file = tmp_path / "plan.pdf"

    code, out, err = run(
        capsys, data_dir, "export", "pdp", "--person", "Łukasz Wróbel", "--out", str(out_file)
    )

    assert (code, err) == (0, "")
    assert f"Wrote the development plan of Łukasz Wróbel to {out_file}" in out
    text = pdf_text(out_file)
    assert text.startswith("Łukasz Wróbel Personal development plan Set: Cedar set")
    assert "1. Inspiring shared purpose Proficient" in text
    assert "1. Hold people to account Dimensions Holding to account" in text
    assert "2 Nov 2026 Tried it twice with Siobhán." in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("goal", "--person", "Nobody Here", "--goal", "Home before 3 pm on Ward 7"),
         'Nobody called "Nobody Here"'),
        (("goal", "--person", "Łukasz Wróbel", "--goal", "Fly to the moon"),
         '"Fly to the moon"'),
        (("pdp", "--person", "Nobody Here"), 'Nobody called "Nobody Here"'),
    ],
)  # fmt: skip
def test_exporting_for_an_unknown_person_or_goal_prints_one_line_and_fails(
    capsys, data_dir, tmp_path, args, expected
):
    keep_a_goal_and_a_plan(data_dir)
    out_file = tmp_path / "nope.pdf"

    line = assert_user_error(*run(capsys, data_dir, "export", *args, "--out", str(out_file)))

    assert expected in line
    assert not out_file.exists()


def test_exporting_an_empty_development_plan_prints_one_line_and_writes_nothing(
    capsys, data_dir, tmp_path
):
    """As in the app, whose button is disabled: no assessment and no item, nothing to print."""
    keep_a_goal_and_a_plan(data_dir)
    with opened(data_dir) as services:
        cedar = services.sets.find_by_name("Cedar set")
        services.members.add_new(cedar.id, PersonDraft("Daniel Price"))
    out_file = tmp_path / "plan.pdf"

    line = assert_user_error(
        *run(capsys, data_dir, "export", "pdp", "--person", "Daniel Price", "--out", str(out_file))
    )

    assert line == (
        f"{ERROR_PREFIX} Daniel Price has no self-assessments or plan items yet; nothing to print."
    )
    assert not out_file.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("goal", "--person", "Łukasz Wróbel", "--goal", "Home before 3 pm on Ward 7"),
        ("pdp", "--person", "Łukasz Wróbel"),
    ],
)
def test_exporting_a_goal_or_plan_to_anything_but_a_pdf_prints_one_line_and_fails(
    capsys, data_dir, tmp_path, args
):
    keep_a_goal_and_a_plan(data_dir)
    out_file = tmp_path / "plan.docx"

    line = assert_user_error(*run(capsys, data_dir, "export", *args, "--out", str(out_file)))

    assert "--out must end in .pdf, not 'plan.docx'" in line
    assert not out_file.exists()


def test_exporting_a_goal_without_naming_it_prints_one_line_and_fails(capsys, data_dir, tmp_path):
    line = assert_user_error(
        *run(
            capsys, data_dir, "export", "goal", "--person", "Łukasz Wróbel",
            "--out", str(tmp_path / "goal.pdf"),
        )
    )  # fmt: skip

    assert "--goal" in line


def test_an_unknown_option_is_named_even_before_the_missing_arguments(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "export", "--bogus"]) == 2
    assert capsys.readouterr().err == "alsdesk: error: unrecognized argument: --bogus\n"
    assert main(["--data-dir", str(tmp_path), "export", "meeting", "--bogus=3"]) == 2
    assert capsys.readouterr().err == "alsdesk: error: unrecognized argument: --bogus\n"


def test_an_error_echoing_what_was_typed_stays_one_short_line(tmp_path, capsys):
    out = str(tmp_path / "schedule.ics")
    for name in ("x" * 5_000, "Cedar\nset\nfrom\nlast year"):
        assert (
            main(["--data-dir", str(tmp_path), "export", "schedule", "--set", name, "--out", out])
            == 2
        )
        err = capsys.readouterr().err
        assert err.startswith("alsdesk: error: There is no set called")
        assert err.count("\n") == 1 and len(err) <= 220
    assert not (tmp_path / "schedule.ics").exists()
