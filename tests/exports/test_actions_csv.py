"""A facilitator exports the action tracker to open in a spreadsheet."""

from __future__ import annotations

import codecs
import csv
import datetime as dt

import pytest

from alsdesk.exports.actions_csv import HEADER, write_actions_csv
from alsdesk.services.actions import ActionDraft, ActionStatus
from tests.exports.conftest import PRINTED


def export(services, set_id: int, path, today: dt.date = PRINTED) -> list[dict[str, str]]:
    write_actions_csv(services.sets.get(set_id), services.actions.tracker(set_id), path, today)
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_every_action_is_a_row_with_iso_dates_status_and_last_comment(services, held_set, tmp_path):
    rows = export(services, held_set.set_id, tmp_path / "actions.csv")

    assert len(rows) == 5
    by_action = {row["Action"]: row for row in rows}
    assert by_action["Map discharge steps with the therapy team."] == {
        "Member": "Amira Hassan",
        "Action": "Map discharge steps with the therapy team.",
        "Agreed at meeting": "2026-09-15",
        "Due": "2026-10-20",
        "Status": "Partly done",
        "Overdue": "no",
        "Last comment": "Therapy lead on leave; half the map done.",
        "Reviewed on": "2026-10-27",
    }
    assert by_action["Sit with each reception team for a morning."] == {
        "Member": "Şule Yılmaz",
        "Action": "Sit with each reception team for a morning.",
        "Agreed at meeting": "2026-10-27",
        "Due": "2026-12-08",
        "Status": "Open",
        "Overdue": "no",
        "Last comment": "",
        "Reviewed on": "",
    }
    assert by_action["Shadow the night coordinator for one shift."]["Due"] == ""


def test_an_open_action_past_its_due_date_is_marked_overdue(services, held_set, tmp_path):
    rows = export(services, held_set.set_id, tmp_path / "actions.csv", today=dt.date(2026, 12, 9))
    overdue = {row["Action"] for row in rows if row["Overdue"] == "yes"}

    assert overdue == {
        "Ask the chief pharmacist about a Saturday rota trial.",  # carried forward
        "Sit with each reception team for a morning.",  # due 8 December
    }


def test_the_file_opens_in_excel_with_every_letter_intact(services, held_set, tmp_path):
    path = tmp_path / "actions.csv"
    export(services, held_set.set_id, path)
    raw = path.read_bytes()

    assert raw.startswith(codecs.BOM_UTF8)
    assert raw.count(codecs.BOM_UTF8) == 1
    assert raw[len(codecs.BOM_UTF8) :].startswith(",".join(HEADER).encode() + b"\r\n")
    assert "Łukasz Zieliński".encode() in raw


def test_text_with_commas_quotes_and_line_breaks_survives_the_round_trip(
    services, held_set, tmp_path
):
    tricky = 'Ask "why", then ask again;\nwrite down, in full, what they say'
    services.actions.add(
        held_set.meeting_ids[1], ActionDraft(held_set.people["Grace Mensah"], tricky)
    )
    rows = export(services, held_set.set_id, tmp_path / "actions.csv")

    assert rows[-1]["Action"] == tricky
    assert rows[-1]["Member"] == "Grace Mensah"


def test_text_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(services, held_set, tmp_path):
    second = held_set.meeting_ids[1]
    services.actions.add(
        second, ActionDraft(held_set.people["Grace Mensah"], '=HYPERLINK("http://x","y")')
    )
    services.actions.add(second, ActionDraft(held_set.people["Grace Mensah"], "- call the GP"))
    rows = export(services, held_set.set_id, tmp_path / "actions.csv")

    assert rows[-2]["Action"] == '\'=HYPERLINK("http://x","y")'
    assert rows[-1]["Action"] == "'- call the GP"


def test_a_set_without_actions_gives_just_the_header(services, make_set, tmp_path):
    action_set = make_set("Cedar set")
    path = tmp_path / "actions.csv"
    rows = export(services, action_set.id, path)

    assert rows == []
    assert path.read_text(encoding="utf-8-sig").splitlines() == [",".join(HEADER)]


def test_another_sets_actions_are_refused_and_nothing_is_written(
    services, held_set, make_set, tmp_path
):
    other = make_set("Birch set")
    path = tmp_path / "actions.csv"

    with pytest.raises(ValueError, match="not of set"):
        write_actions_csv(
            services.sets.get(other.id), services.actions.tracker(held_set.set_id), path, PRINTED
        )

    assert not path.exists()


def test_a_review_at_a_later_meeting_updates_status_comment_and_date(services, held_set, tmp_path):
    third = services.meetings.open_for_event(held_set.meeting_events[2].id)
    (carried,) = [
        a for a in services.actions.tracker(held_set.set_id) if a.status.still_open and a.comment
    ]
    services.actions.review(carried.id, third.id, ActionStatus.DONE, "Trial starts in January.")
    rows = export(services, held_set.set_id, tmp_path / "actions.csv")
    row = next(r for r in rows if r["Action"] == carried.text)

    assert (row["Status"], row["Last comment"], row["Reviewed on"]) == (
        "Done",
        "Trial starts in January.",
        "2026-12-08",
    )
