"""A facilitator prints one meeting's record, checked through the text a reader would see."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from alsdesk.exports.meeting_pdf import write_meeting_pdf
from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.records import meeting_record
from tests.exports.conftest import PRINTED, at, pdf_pages

FOOTER = "Confidential to Cedar set: what is said in the set stays in the set."


def print_record(services, meeting_id: int, path) -> list[str]:
    write_meeting_pdf(meeting_record(services, meeting_id), path, today=PRINTED)
    return pdf_pages(path)


def test_title_block_names_the_set_meeting_date_venue_facilitator_and_programme(
    services, held_set, tmp_path
):
    pages = print_record(services, held_set.meeting_ids[1], tmp_path / "record.pdf")

    assert pages[0].startswith("Cedar set Set meeting 2: meeting record")
    for line in (
        "Date: Tuesday 27 October 2026, 09:30\u201316:30",
        "Venue: Education Centre, Room 2",
        "Facilitator: Dr Ruth Okafor",
        "Programme: MSc Healthcare Leadership 2026/27",
        "Printed 2 November 2026",
    ):
        assert line in pages[0]


def test_attendance_lists_every_member_with_status_and_late_arrival(services, held_set, tmp_path):
    first = " ".join(print_record(services, held_set.meeting_ids[0], tmp_path / "one.pdf"))
    second = " ".join(print_record(services, held_set.meeting_ids[1], tmp_path / "two.pdf"))

    assert "4 of 5 members attended." in first
    assert "Member Attendance Arrived Amira Hassan Present" in first
    assert "Grace Mensah Apologies" in first
    assert "5 of 5 members attended (1 late)." in second
    assert "Łukasz Zieliński Late 10:05" in second


def test_airtime_compares_planned_and_used_minutes_for_each_presenter(services, held_set, tmp_path):
    text = " ".join(print_record(services, held_set.meeting_ids[1], tmp_path / "record.pdf"))

    assert "Time was shared by bids by need." in text
    assert "Presenter Planned Used Over or under" in text
    assert "Şule Yılmaz 45 min 52 min 7 min over" in text
    assert "Amira Hassan 30 min 25 min 5 min under" in text
    assert "All presenters 75 min 77 min 2 min over" in text


def test_each_presenter_has_issue_questions_insight_report_back_and_actions(
    services, held_set, tmp_path
):
    first = " ".join(print_record(services, held_set.meeting_ids[0], tmp_path / "one.pdf"))
    second = " ".join(print_record(services, held_set.meeting_ids[1], tmp_path / "two.pdf"))

    assert "Airtime 1 of 2: Amira Hassan The issue in a line" in first
    assert "Patients wait until after 3 pm to go home & beds <stay> blocked." in first
    # One question a line becomes a list; the typed "- " markers are not printed.
    assert "Who decides a patient is ready to go?" in first
    assert "- Who decides" not in first
    assert "What they now see differently The delay starts the evening before" in first
    assert "Action Due Shadow the night coordinator for one shift. No date" in first
    assert "Map discharge steps with the therapy team. 20 Oct 2026" in first
    assert "Airtime 2 of 2: Łukasz Zieliński" in first
    # Carried forward at meeting 2: due at meeting 3 now, what it was shown with it.
    assert (
        "Ask the chief pharmacist about a Saturday rota trial. "
        "Carried forward 27 Oct 2026: was due 1 Oct 2026 8 Dec 2026"
    ) in first

    assert "Airtime 2 of 2: Amira Hassan" in second
    assert (
        "Action Agreed on Status Comment Shadow the night coordinator for one shift. "
        "15 Sep 2026 Done Saw how late the take-home medicines are ordered."
    ) in second
    assert "15 Sep 2026 Partly done Therapy lead on leave; half the map done." in second
    assert "Sit with each reception team for a morning. 8 Dec 2026" in second


def test_members_without_airtime_report_back_and_commit_to_actions_too(
    services, held_set, tmp_path
):
    first = " ".join(print_record(services, held_set.meeting_ids[0], tmp_path / "one.pdf"))
    second = " ".join(print_record(services, held_set.meeting_ids[1], tmp_path / "two.pdf"))

    assert (
        "Members without airtime Report-back on earlier actions No report-back. "
        "Actions agreed Owner Action Due Daniel Price Read the handover audit from last winter."
    ) in first
    assert (
        "Łukasz Zieliński Ask the chief pharmacist about a Saturday rota trial. "
        "15 Sep 2026 Carried forward to 8 Dec 2026 Meeting moved to November."
    ) in second
    assert "Daniel Price Read the handover audit from last winter. 15 Sep 2026 Done" in second


def test_process_review_and_next_meeting_practicalities_close_the_record(
    services, held_set, tmp_path
):
    pages = print_record(services, held_set.meeting_ids[0], tmp_path / "record.pdf")

    assert (
        "Process review Questions drifted into advice twice; we stopped the set once to "
        "notice it. Next meeting 27 October, Education Centre, Room 2."
    ) in pages[-1]


def test_a_meeting_with_nothing_recorded_says_so_in_every_section(services, held_set, tmp_path):
    third = services.meetings.open_for_event(held_set.meeting_events[2].id)
    text = " ".join(print_record(services, third.id, tmp_path / "record.pdf"))

    for message in (
        "Attendance was not recorded.",
        "No one had airtime at this meeting.",
        "No report-back or actions from members without airtime.",
        "No process review was recorded.",
        "No practicalities were recorded.",
    ):
        assert message in text
    assert "Member Attendance" not in text
    assert "Presenter Planned" not in text


def test_empty_parts_of_an_airtime_say_so_instead_of_vanishing(services, held_set, tmp_path):
    first = " ".join(print_record(services, held_set.meeting_ids[0], tmp_path / "one.pdf"))
    second = " ".join(print_record(services, held_set.meeting_ids[1], tmp_path / "two.pdf"))

    assert "Report-back on earlier actions No earlier actions to report back on." in first
    assert "What they now see differently Not recorded." in first  # Łukasz's
    assert "The issue in a line Not recorded." in second  # Amira's second airtime
    assert "Actions agreed No actions agreed. Members without airtime" in second


def test_an_extended_presenter_still_talking_is_shown_as_such(services, held_set, tmp_path):
    meeting = services.meetings.open_for_event(held_set.meeting_events[2].id)
    turn = services.airtime.bid(meeting.id, held_set.people["Grace Mensah"], 20)
    services.airtime.start(turn.id, at(meeting.date, 10))
    services.airtime.pause(turn.id, at(meeting.date, 10, 21))
    services.airtime.extend(turn.id, 300)
    text = " ".join(print_record(services, meeting.id, tmp_path / "record.pdf"))

    assert "Grace Mensah still presenting when printed 20 min extended by 5 min 21 min" in text
    assert "4 min under" in text  # against the 25 minutes allowed with the extension


def test_every_page_says_the_record_is_confidential_and_numbers_itself(
    services, held_set, tmp_path
):
    meeting_id = held_set.meeting_ids[1]
    for number in range(30):
        services.actions.add(
            meeting_id,
            ActionDraft(held_set.people["Şule Yılmaz"], f"Follow-up step {number}: " + "x " * 60),
        )
    pages = print_record(services, meeting_id, tmp_path / "record.pdf")

    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert FOOTER in page
        assert f"Page {number} of {len(pages)}" in page
        assert "Generated by alsdesk 0.1.0 on 2 November 2026" in page


def test_a_long_table_repeats_its_header_on_the_next_page(services, held_set, tmp_path):
    meeting_id = held_set.meeting_ids[1]
    for number in range(40):
        services.actions.add(
            meeting_id,
            ActionDraft(
                held_set.people["Şule Yılmaz"],
                f"Step {number}: talk to the reception team leads about the triage scripts.",
                dt.date(2026, 12, 8),
            ),
        )
    pages = print_record(services, meeting_id, tmp_path / "record.pdf")

    continued = [page for page in pages[1:] if page.startswith("Action Due Step")]
    assert continued, "the actions table did not carry its header onto the next page"
    text = " ".join(pages)
    assert all(f"Step {number}: talk" in text for number in range(40))


def test_a_comment_longer_than_a_page_is_printed_in_full(services, held_set, tmp_path):
    second = held_set.meeting_ids[1]
    (item, *_rest) = services.actions.report_back(second, held_set.people["Amira Hassan"])
    words = " ".join(f"word{number}" for number in range(900))
    services.actions.review(item.action.id, second, ActionStatus.DONE, words)
    text = " ".join(print_record(services, second, tmp_path / "record.pdf"))

    assert "word0 word1" in text
    assert "word899" in text


def test_names_beyond_western_european_letters_print(services, make_set, make_member, tmp_path):
    action_set = make_set("Zespół Łukasza", facilitator="Şule Yılmaz")
    member = make_member(action_set.id, "Małgorzata Wójcik")
    services.schedule.generate_default(action_set.id, dt.date(2026, 9, 14))
    event = next(
        e for e in services.schedule.list_events(action_set.id) if e.title.startswith("Set")
    )
    meeting = services.meetings.open_for_event(event.id)
    services.meetings.mark(meeting.id, member.person_id, AttendanceStatus.PRESENT)
    text = " ".join(print_record(services, meeting.id, tmp_path / "record.pdf"))

    assert "Zespół Łukasza" in text
    assert "Facilitator: Şule Yılmaz" in text
    assert "Małgorzata Wójcik Present" in text
    assert "Confidential to Zespół Łukasza" in text


@pytest.mark.parametrize("which", [0, 1])
def test_each_page_renders_to_an_image(services, held_set, tmp_path, which):
    """poppler can draw every page (a broken font or content stream fails here)."""
    path = tmp_path / "record.pdf"
    write_meeting_pdf(meeting_record(services, held_set.meeting_ids[which]), path, today=PRINTED)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(path), str(tmp_path / "page")], check=True)

    assert len(list(tmp_path.glob("page-*.png"))) == len(pdf_pages(path))
