"""Sub-phases of an airtime: the set's choice, each phase's time, and what the record keeps."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.airtime_phases import (
    PhaseService,
    PhaseSpec,
    PhaseState,
    loads,
    split_seconds,
    standard_phases,
)
from alsdesk.services.errors import ValidationError
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.records import meeting_record, set_record
from alsdesk.store import open_store

NINE = dt.datetime(2026, 9, 15, 9, 0)


@pytest.fixture
def amira_turn(services, first_meeting):
    meeting, amira = first_meeting
    services.meetings.mark(meeting.id, amira.person_id, AttendanceStatus.PRESENT)
    return meeting, services.airtime.bid(meeting.id, amira.person_id, 45)


def test_a_set_that_never_chose_has_the_six_standard_phases():
    assert [p.title for p in loads("")] == [
        "Presenting",
        "Clarifying questions",
        "Reflective and analytical questions",
        "Questions about future action",
        "Summary and actions",
        "How the process felt",
    ]
    assert loads("[]") == ()  # the set chose to time the airtime as a whole
    assert loads("not json") == standard_phases()


def test_shares_split_the_airtime_in_whole_minutes_that_add_up():
    shares = [p.share for p in standard_phases()]
    assert [s // 60 for s in split_seconds(45 * 60, shares)] == [9, 7, 14, 7, 4, 4]
    assert sum(split_seconds(45 * 60 + 30, shares)) == 45 * 60 + 30
    assert split_seconds(20 * 60, [1, 1, 1]) == [7 * 60, 7 * 60, 6 * 60]
    assert split_seconds(0, [1, 2]) == [0, 0]


def test_the_set_chooses_its_phases_and_bad_ones_are_refused(services, first_meeting):
    meeting, _amira = first_meeting
    phases = services.phases
    chosen = [PhaseSpec("  Presenting ", 30), PhaseSpec("Questions", 70)]
    assert phases.save_set_phases(meeting.set_id, chosen) == (
        PhaseSpec("Presenting", 30),
        PhaseSpec("Questions", 70),
    )
    with pytest.raises(ValidationError, match="share between 1 and 100"):
        phases.save_set_phases(meeting.set_id, [PhaseSpec("Presenting", 0)])
    with pytest.raises(ValidationError, match="needs a name"):
        phases.save_set_phases(meeting.set_id, [PhaseSpec(" ", 10)])
    assert [p.title for p in phases.set_phases(meeting.set_id)] == ["Presenting", "Questions"]
    phases.save_set_phases(meeting.set_id, [])
    assert phases.set_phases(meeting.set_id) == ()


def test_phases_run_on_the_presenters_clock_and_are_kept(services, amira_turn, data_paths):
    meeting, turn = amira_turn
    airtime, phases = services.airtime, services.phases
    preview = phases.clock(turn, NINE)
    assert not preview.begun and preview.following.title == "Presenting"
    assert preview.phases[0].planned_seconds == 9 * 60

    airtime.start(turn.id, NINE)
    phases.begin(turn.id)
    phases.begin(turn.id)  # once only
    at_five = NINE + dt.timedelta(minutes=5)
    clock = phases.clock(airtime.turns(meeting.id)[0], at_five)
    assert clock.current.title == "Presenting"
    assert clock.current.remaining_seconds == 4 * 60

    phases.next_phase(turn.id, NINE + dt.timedelta(minutes=11))  # two minutes over
    airtime.pause(turn.id, NINE + dt.timedelta(minutes=14))
    later = NINE + dt.timedelta(hours=2)  # paused: the phase does not count on
    clock = phases.clock(airtime.turns(meeting.id)[0], later)
    assert [(p.state, round(p.used_seconds)) for p in clock.phases[:3]] == [
        (PhaseState.DONE, 11 * 60),
        (PhaseState.CURRENT, 3 * 60),
        (PhaseState.WAITING, 0),
    ]
    assert clock.phases[0].over and not clock.current.over

    # A restart: a second store over the same file reads the same times.
    reopened = open_store(data_paths.database)
    try:
        again = PhaseService(reopened)
        recorded = again.recorded(airtime.turns(meeting.id))[turn.id]
        assert [round(p.used_seconds) for p in recorded] == [660, 180, 0, 0, 0, 0]
    finally:
        reopened.close()


def test_a_phase_past_the_last_stays_on_the_last(services, amira_turn):
    meeting, turn = amira_turn
    services.phases.save_set_phases(meeting.set_id, [PhaseSpec("Presenting", 1)])
    services.airtime.start(turn.id, NINE)
    services.phases.next_phase(turn.id, NINE + dt.timedelta(minutes=3))  # begins, then stays
    clock = services.phases.clock(services.airtime.turns(meeting.id)[0], NINE)
    assert [(p.title, p.state) for p in clock.phases] == [("Presenting", PhaseState.CURRENT)]


def test_editing_the_sets_phases_never_rewrites_an_airtime_begun(services, amira_turn):
    meeting, turn = amira_turn
    services.airtime.start(turn.id, NINE)
    services.phases.begin(turn.id)
    services.phases.save_set_phases(meeting.set_id, [PhaseSpec("Questions only", 1)])
    clock = services.phases.clock(services.airtime.turns(meeting.id)[0], NINE)
    assert len(clock.phases) == 6 and clock.phases[0].title == "Presenting"


def test_the_meeting_and_year_records_keep_the_phases_of_each_airtime(services, amira_turn):
    meeting, turn = amira_turn
    services.airtime.start(turn.id, NINE)
    services.phases.begin(turn.id)
    services.phases.next_phase(turn.id, NINE + dt.timedelta(minutes=8))
    services.airtime.finish(turn.id, NINE + dt.timedelta(minutes=15))

    presenter = meeting_record(services, meeting.id).presenters[0]
    assert [(p.title, round(p.used_seconds / 60)) for p in presenter.phases[:2]] == [
        ("Presenting", 8),
        ("Clarifying questions", 7),
    ]
    year = set_record(services, meeting.set_id)
    assert year.meetings[0].presenters[0].phases == presenter.phases


def test_a_new_set_can_start_with_chosen_phases_or_none_and_bad_ones_make_no_set(services):
    from alsdesk.services.airtime_phases import PhaseSpec
    from alsdesk.services.sets import SetDraft

    two = (PhaseSpec("Presenting", 2), PhaseSpec("Questions", 1))
    chosen = services.sets.create(SetDraft(name="Oak set"), two)
    assert services.phases.set_phases(chosen.id) == two
    bare = services.sets.create(SetDraft(name="Ash set"), ())
    assert services.phases.set_phases(bare.id) == ()
    before = len(services.sets.list_sets(include_archived=True))
    with pytest.raises(ValidationError):
        services.sets.create(SetDraft(name="Elm set"), (PhaseSpec("  ", 3),))
    assert len(services.sets.list_sets(include_archived=True)) == before
