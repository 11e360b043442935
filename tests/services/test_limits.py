"""Names are one line of sensible length; notes may be long; nothing over a limit is saved."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from alsdesk.services.errors import ValidationError
from alsdesk.services.goals import GoalDraft
from alsdesk.services.limits import LINE, NOTE
from alsdesk.services.members import PersonDraft
from alsdesk.services.schedule import EventDraft, EventKind
from alsdesk.services.sets import SetDraft

HUGE = "x" * 100_000


def refusal(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        call()
    return raised.value.fields


def test_a_100_kb_set_name_is_refused_with_a_message_on_the_name(services):
    fields = refusal(lambda: services.sets.create(SetDraft(name=HUGE)))

    assert fields == {"name": f"Keep the name to {LINE} characters (it has 100,000)."}
    assert services.sets.list_sets(include_archived=True) == []


def test_a_line_break_in_a_set_name_or_venue_is_refused(services, make_set):
    cedar = make_set("Cedar set")
    draft = dataclasses.replace(cedar.draft(), name="Cedar\nset", venue="Room 2\r\nLevel 3")

    fields = refusal(lambda: services.sets.update(cedar.id, draft))

    assert fields == {"name": "Keep the name on one line.", "venue": "Keep the venue on one line."}
    assert services.sets.get(cedar.id).name == "Cedar set"


def test_ground_rules_may_be_long_but_not_endless(services, make_set):
    cedar = make_set("Cedar set")
    rules = "We listen before we ask.\n" * 1_000  # 25 KB: legitimate
    assert services.sets.update(cedar.id, dataclasses.replace(cedar.draft(), ground_rules=rules))

    fields = refusal(
        lambda: services.sets.update(
            cedar.id, dataclasses.replace(cedar.draft(), ground_rules=HUGE)
        )
    )
    assert fields == {
        "ground_rules": f"Keep the ground rules to {NOTE:,} characters (it has 100,000)."
    }


def test_member_fields_are_one_line_each(services, make_set, make_member):
    cedar = make_set("Cedar set")
    amira = make_member(cedar.id, "Amira Hassan")
    draft = PersonDraft(full_name="Amira\nHassan", job_title="Ward\nManager", organisation=HUGE)

    fields = refusal(lambda: services.members.update_person(amira.person_id, draft))

    assert fields == {
        "full_name": "Keep the name on one line.",
        "job_title": "Keep the job title on one line.",
        "organisation": f"Keep the organisation to {LINE} characters (it has 100,000).",
    }
    assert services.members.list_members(cedar.id)[0].person.full_name == "Amira Hassan"


def test_an_event_title_is_one_line_and_its_notes_may_have_many(services, make_set):
    cedar = make_set("Cedar set")
    day = dt.date(2026, 10, 5)
    fields = refusal(
        lambda: services.schedule.add(cedar.id, EventDraft(EventKind.OTHER, "Tutor\ncontact", day))
    )
    assert fields == {"title": "Keep the title on one line."}
    assert services.schedule.list_events(cedar.id) == []

    event = services.schedule.add(
        cedar.id, EventDraft(EventKind.OTHER, "Tutor contact", day, notes="Line one\nLine two")
    )
    assert event.notes == "Line one\nLine two"


def test_a_goal_title_and_measure_name_are_one_line(services, make_set, make_member):
    cedar = make_set("Cedar set")
    amira = make_member(cedar.id, "Amira Hassan")
    draft = GoalDraft(title="Earlier\ndischarges")

    fields = refusal(lambda: services.goals.create(amira.person_id, draft))

    assert fields == {"title": "Keep the title on one line."}
    assert services.goals.list_goals(amira.person_id) == []


def test_meeting_and_presenter_notes_over_the_limit_are_refused_whole(services, first_meeting):
    meeting, amira = first_meeting
    services.meetings.save_notes(meeting.id, process_review="Kept.", next_meeting_notes="Kept too.")

    fields = refusal(
        lambda: services.meetings.save_notes(
            meeting.id, process_review="Changed.", next_meeting_notes=HUGE
        )
    )
    assert list(fields) == ["next_meeting_notes"]
    assert services.meetings.get(meeting.id).process_review == "Kept."

    turn = services.airtime.bid(meeting.id, amira.person_id, 30)
    services.airtime.save_notes(turn.id, issue="a" * 30_000)  # 30 KB of notes: fine
    assert refusal(lambda: services.airtime.save_notes(turn.id, key_questions=HUGE)) == {
        "key_questions": f"Keep the key questions to {NOTE:,} characters (it has 100,000)."
    }
