"""The record of a meeting and of a set's year, as the exports will print them."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.records import MemberCompletion, meeting_record, set_record

FIRST, SECOND, THIRD = dt.date(2026, 9, 15), dt.date(2026, 10, 27), dt.date(2026, 12, 8)
NINE_THIRTY = dt.datetime(2026, 10, 27, 8, 30)  # UTC, during BST


def minutes_later(minutes: float) -> dt.datetime:
    return NINE_THIRTY + dt.timedelta(minutes=minutes)


@pytest.fixture
def year(services, cedar, people):
    """Meeting 1 agrees actions; at meeting 2 Daniel then Amira present, Grace does not."""
    amira, daniel, grace = people["Amira"], people["Daniel"], people["Grace"]
    first = services.meetings.find(cedar.id, FIRST).id
    second = services.meetings.find(cedar.id, SECOND).id

    add = services.actions.add
    matron = add(first, ActionDraft(amira, "Talk to the matron"))
    rota = add(first, ActionDraft(daniel, "Draft a rota"))
    audit = add(first, ActionDraft(grace, "Audit the handovers"))
    governors = add(first, ActionDraft(grace, "Meet the governors"))

    for person in (amira, daniel, grace):
        services.meetings.mark(first, person, AttendanceStatus.PRESENT)
    for person in (amira, daniel):
        services.meetings.mark(second, person, AttendanceStatus.PRESENT)

    amira_turn = services.airtime.bid(second, amira, 30)
    daniel_turn = services.airtime.bid(second, daniel, 40)
    services.airtime.bid(second, grace, 20)
    services.meetings.mark(second, grace, AttendanceStatus.APOLOGIES)  # her bid goes with it
    services.airtime.reorder(second, [daniel_turn.id, amira_turn.id])
    services.airtime.start(daniel_turn.id, NINE_THIRTY)
    services.airtime.save_notes(daniel_turn.id, issue="Rota gaps on the stroke unit")
    services.airtime.start(amira_turn.id, minutes_later(42))
    services.airtime.finish(amira_turn.id, minutes_later(70))

    services.actions.review(matron.id, second, ActionStatus.DONE, "Agreed a new handover sheet")
    services.actions.review(audit.id, second, ActionStatus.CARRIED_FORWARD, "By email")
    next_time = add(second, ActionDraft(amira, "Pilot the handover sheet", THIRD))
    board = add(second, ActionDraft(grace, "Paper for the board"))
    services.meetings.save_notes(second, process_review="Fewer stories, more questions.")
    return {
        "first": first,
        "second": second,
        "matron": matron,
        "rota": rota,
        "audit": audit,
        "governors": governors,
        "next_time": next_time,
        "board": board,
    }


def test_a_meeting_record_groups_report_back_and_actions_by_presenter(services, year):
    record = meeting_record(services, year["second"])

    assert record.action_set.name == "Cedar set"
    assert record.meeting.title == "Set meeting 2"
    assert record.meeting.process_review == "Fewer stories, more questions."
    assert [(m.full_name, m.status) for m in record.attendance] == [
        ("Amira Hassan", AttendanceStatus.PRESENT),
        ("Daniel Price", AttendanceStatus.PRESENT),
        ("Grace Mensah", AttendanceStatus.APOLOGIES),
    ]

    daniel, amira = record.presenters
    assert daniel.turn.full_name == "Daniel Price"
    assert daniel.turn.issue == "Rota gaps on the stroke unit"
    assert daniel.used_seconds == pytest.approx(42 * 60)
    assert [(i.action.text, i.status) for i in daniel.report_back] == [("Draft a rota", None)]
    assert daniel.actions == ()

    assert amira.turn.full_name == "Amira Hassan"
    assert amira.used_seconds == pytest.approx(28 * 60)
    assert [(i.action.text, i.status, i.comment) for i in amira.report_back] == [
        ("Talk to the matron", ActionStatus.DONE, "Agreed a new handover sheet")
    ]
    assert [a.text for a in amira.actions] == ["Pilot the handover sheet"]


def test_report_back_from_members_without_airtime_is_kept_apart(services, year):
    record = meeting_record(services, year["second"])

    assert "Grace Mensah" not in [p.turn.full_name for p in record.presenters]
    # Only what Grace actually reported on; the governors meeting was not discussed.
    assert [(name, item.action.text, item.status) for name, item in record.other_report_back] == [
        ("Grace Mensah", "Audit the handovers", ActionStatus.CARRIED_FORWARD)
    ]
    assert [a.text for a in record.other_actions] == ["Paper for the board"]
    assert [a.text for a in record.actions] == ["Pilot the handover sheet", "Paper for the board"]


def test_a_meeting_before_anyone_presented_has_an_empty_record(services, cedar, year):
    record = meeting_record(services, year["first"])
    assert record.presenters == ()
    assert record.other_report_back == ()
    assert [a.text for a in record.other_actions] == [
        "Talk to the matron",
        "Draft a rota",
        "Audit the handovers",
        "Meet the governors",
    ]


def test_a_set_record_has_the_register_every_meeting_and_the_tracker(services, cedar, year):
    record = set_record(services, cedar.id)

    assert [m.title for m in record.register_meetings] == ["Set meeting 1", "Set meeting 2"]
    assert [m.meeting.title for m in record.meetings] == ["Set meeting 1", "Set meeting 2"]
    assert {row.full_name: (row.marks, row.attended) for row in record.register} == {
        "Amira Hassan": ((AttendanceStatus.PRESENT, AttendanceStatus.PRESENT), 2),
        "Daniel Price": ((AttendanceStatus.PRESENT, AttendanceStatus.PRESENT), 2),
        "Grace Mensah": ((AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES), 1),
    }
    assert [a.text for a in record.tracker] == [
        "Talk to the matron",
        "Draft a rota",
        "Audit the handovers",
        "Meet the governors",
        "Pilot the handover sheet",
        "Paper for the board",
    ]
    # The only closed action (the matron talk) was done.
    assert record.completion_rate == pytest.approx(1.0)


def test_a_set_record_shows_each_member_s_completion(services, cedar, year):
    services.actions.review(
        year["governors"].id, services.meetings.find(cedar.id, THIRD).id, ActionStatus.PARTLY_DONE
    )
    services.actions.review(
        year["rota"].id, services.meetings.find(cedar.id, THIRD).id, ActionStatus.NOT_DONE
    )

    record = set_record(services, cedar.id)

    assert record.completion_by_member() == [
        MemberCompletion("Amira Hassan", agreed=2, done=1, rate=1.0),
        MemberCompletion("Daniel Price", agreed=1, done=0, rate=0.0),
        MemberCompletion("Grace Mensah", agreed=3, done=0, rate=0.5),
    ]
    # Done 1, partly done 0.5, not done 0, over three closed actions.
    assert record.completion_rate == pytest.approx(0.5)
    assert [m.meeting.title for m in record.meetings][-1] == "Set meeting 3"


def test_a_set_with_no_meetings_yet_has_an_empty_record(services, cedar):
    record = set_record(services, cedar.id)
    assert record.meetings == ()
    assert record.tracker == ()
    assert record.completion_rate is None
    assert [(m.full_name, m.agreed, m.rate) for m in record.completion_by_member()] == [
        ("Amira Hassan", 0, None),
        ("Daniel Price", 0, None),
        ("Grace Mensah", 0, None),
    ]


def test_the_set_record_holds_each_meetings_own_record(services, cedar, year):
    """Read in one go for the set, each meeting's part is what its own record says."""
    record = set_record(services, cedar.id)
    second = next(m for m in record.meetings if m.meeting.id == year["second"])
    assert second.presenters and second.other_report_back and second.other_actions
    for meeting in record.meetings:
        assert meeting == meeting_record(services, meeting.meeting.id)


def test_the_demonstration_years_record_holds_each_meetings_own_record(services):
    from alsdesk.services.demo import create_demo

    demo, _created = create_demo(services, dt.date(2027, 6, 1))
    record = set_record(services, demo.id)
    assert any(p.report_back for m in record.meetings for p in m.presenters)
    for meeting in record.meetings:
        assert meeting == meeting_record(services, meeting.meeting.id)


def test_the_set_record_reads_each_kind_of_record_once_not_per_meeting(services, store):
    from sqlalchemy import event

    from alsdesk.services.demo import create_demo

    demo, _created = create_demo(services, dt.date(2027, 6, 1))
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        record = set_record(services, demo.id)
        whole_year = len(statements)
        statements.clear()
        meeting_record(services, record.meetings[-1].meeting.id)
        one_meeting = len(statements)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len(record.meetings) >= 2
    # The year reads no more than one meeting's record does, however many meetings it holds.
    assert whole_year <= one_meeting
