"""Printing a set's schedule to PDF, checked through the text a reader would see."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from alsdesk.exports.schedule_pdf import write_schedule_pdf
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.schedule import EventDraft, EventKind

PRINTED = dt.date(2026, 9, 1)


@pytest.fixture
def cedar(make_set):
    return make_set("Cedar set")


def print_schedule(services, action_set, path) -> list[str]:
    """Write the PDF and return each page's text with whitespace collapsed."""
    events = services.schedule.list_events(action_set.id)
    write_schedule_pdf(action_set, events, path, today=PRINTED)
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_default_year_prints_title_block_months_and_events(services, cedar, tmp_path):
    events = services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    pages = print_schedule(services, cedar, tmp_path / "schedule.pdf")
    text = " ".join(pages)

    assert pages[0].startswith("Cedar set")
    assert "Programme: MSc Healthcare Leadership 2026/27" in text
    assert "Facilitator: Dr Ruth Okafor" in text
    assert "Printed 1 September 2026" in text
    for month in ("September 2026", "October 2026", "December 2026", "May 2027"):
        assert month in text
    for event in events:
        assert event.title in text
    assert "Mon 14 Sep" in text
    assert "09:30\u201316:30" in text
    assert "13:30\u201316:30" in text
    assert "Education Centre, Room 2" in text
    assert "Preparation: Read the programme handbook." in text
    assert "Set meeting" in text and "Workshop" in text


def test_every_page_has_the_footer(services, cedar, tmp_path):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    pages = print_schedule(services, cedar, tmp_path / "schedule.pdf")

    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Cedar set \u00b7 schedule" in text


def test_cancelled_meeting_is_struck_through_not_dropped(services, cedar, tmp_path):
    events = services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    services.schedule.set_cancelled(events[4].id, True)
    text = " ".join(print_schedule(services, cedar, tmp_path / "schedule.pdf"))

    assert f"{events[4].title} (cancelled)" in text
    assert text.count("(cancelled)") == 1


def test_saturday_event_carries_a_weekend_warning(services, cedar, tmp_path):
    services.schedule.add(
        cedar.id,
        EventDraft(EventKind.DEADLINE, "Assignment 1 due", dt.date(2026, 12, 19)),
    )
    services.schedule.add(
        cedar.id,
        EventDraft(EventKind.OTHER, "Tutor contact", dt.date(2026, 12, 21), dt.time(14)),
    )
    text = " ".join(print_schedule(services, cedar, tmp_path / "schedule.pdf"))

    assert "Sat 19 Dec" in text
    assert "Saturday (weekend)" in text
    assert "All day" in text
    assert "Mon 21 Dec" in text and "14:00" in text


def test_user_text_with_markup_characters_prints_as_typed(services, cedar, tmp_path):
    services.schedule.add(
        cedar.id,
        EventDraft(
            EventKind.OTHER,
            "Q&A <with> tutors",
            dt.date(2026, 10, 5),
            dt.time(10),
            dt.time(11),
            venue="Room <B> & annexe",
            notes="Bring R&D notes",
        ),
    )
    text = " ".join(print_schedule(services, cedar, tmp_path / "schedule.pdf"))

    assert "Q&A <with> tutors" in text
    assert "Room <B> & annexe" in text
    assert "Bring R&D notes" in text


def test_empty_schedule_says_so_instead_of_an_empty_table(services, cedar, tmp_path):
    pages = print_schedule(services, cedar, tmp_path / "schedule.pdf")

    assert len(pages) == 1
    assert "No events are scheduled yet." in pages[0]
    assert "Venue:" in pages[0]
    assert "Date Time Event" not in pages[0]
    assert "Page 1 of 1" in pages[0]


def test_long_month_repeats_the_table_header_on_the_next_page(services, cedar, tmp_path):
    drafts = [
        EventDraft(
            EventKind.OTHER,
            f"Coaching session {number}",
            dt.date(2026, 11, 1) + dt.timedelta(days=number // 2),
            dt.time(10 + 3 * (number % 2)),
            dt.time(12 + 3 * (number % 2)),
            venue="Library seminar room",
            preparation="Bring notes from the previous session.",
        )
        for number in range(60)
    ]
    services.schedule.add_many(cedar.id, drafts)
    pages = print_schedule(services, cedar, tmp_path / "schedule.pdf")

    assert len(pages) > 1
    assert "Page 1 of" in pages[0]
    for page in pages[1:]:
        assert page.startswith("Date Time Event Venue")
    text = " ".join(pages)
    assert all(f"Coaching session {number} " in text for number in range(60))


def test_names_beyond_western_european_letters_print(services, make_set, tmp_path):
    action_set = make_set("Zespół Łukasza", facilitator="Şule Yılmaz")
    path = tmp_path / "names.pdf"
    write_schedule_pdf(services.sets.get(action_set.id), [], path, today=dt.date(2026, 11, 23))

    text = PdfReader(path).pages[0].extract_text()
    assert "Zespół Łukasza" in text
    assert "Şule Yılmaz" in text


def test_past_meetings_print_as_held_or_missed(services, cedar, make_member, tmp_path):
    events = {
        e.title: e for e in services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    }
    meeting = services.meetings.open_for_event(events["Set meeting 1"].id)
    amira = make_member(cedar.id).person_id
    services.meetings.mark(meeting.id, amira, AttendanceStatus.PRESENT)
    path = tmp_path / "schedule.pdf"
    write_schedule_pdf(
        cedar,
        list(events.values()),
        path,
        today=dt.date(2026, 11, 23),
        records=services.schedule.meeting_records(cedar.id),
    )
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)

    assert "Set meeting 1 (held)" in text
    assert "Set meeting 2 (missed: no meeting record)" in text
    assert "Set meeting 3 (" not in text
    assert text.count("(held)") == 1 and text.count("(missed") == 1
