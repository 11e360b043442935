"""A set's agenda for the day: the standard steps, stored as JSON, checked before saving."""

from __future__ import annotations

import json

import pytest

from alsdesk.services.errors import ValidationError
from alsdesk.services.meeting_agenda import (
    DEFAULT_AGENDA,
    MAX_TITLE,
    AgendaStep,
    StepKind,
    dumps,
    loads,
    step_key,
    validated,
)


def test_the_standard_day_runs_from_check_in_to_close():
    assert [(s.kind, s.title) for s in DEFAULT_AGENDA] == [
        (StepKind.CHECK_IN, "Check-in"),
        (StepKind.BIDS, "Bids for airtime"),
        (StepKind.AIRTIME, "Airtime rounds"),
        (StepKind.PROCESS_REVIEW, "Process review"),
        (StepKind.CLOSE, "Close"),
    ]
    assert StepKind.OTHER.label == "Other"


def test_a_set_s_own_agenda_survives_a_round_trip_through_json():
    own = (
        AgendaStep(StepKind.CHECK_IN, "Arrivals and tea"),
        AgendaStep(StepKind.OTHER, "Ground rules revisited"),
        AgendaStep(StepKind.AIRTIME, "Airtime"),
    )
    text = dumps(own)
    assert json.loads(text)[1] == {"kind": "other", "title": "Ground rules revisited"}
    assert loads(text) == own
    assert loads(dumps(list(own))) == own


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "[]",
        "not json at all",
        "{",
        "null",
        "42",
        '"check_in"',
        '{"kind": "bids", "title": "Bids"}',
        '[{"kind": "bids"}]',
        '[{"title": "Bids"}]',
        '[{"kind": "lunch", "title": "Lunch"}]',
        "[1, 2]",
    ],
)
def test_an_empty_or_unreadable_agenda_falls_back_to_the_standard_day(stored):
    assert loads(stored) == DEFAULT_AGENDA


def test_validation_trims_titles_and_accepts_kinds_given_as_text():
    from_a_form = AgendaStep("close", "Close")  # a combo box may hand back the plain value
    cleaned = validated([AgendaStep(StepKind.CHECK_IN, "  Check-in  "), from_a_form])
    assert cleaned == (
        AgendaStep(StepKind.CHECK_IN, "Check-in"),
        AgendaStep(StepKind.CLOSE, "Close"),
    )
    assert isinstance(cleaned[1].kind, StepKind)


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([], "An agenda needs at least one step."),
        (
            [AgendaStep(StepKind.CHECK_IN, "Check-in"), AgendaStep(StepKind.BIDS, "   ")],
            "Every step needs a title.",
        ),
        (
            [AgendaStep(StepKind.OTHER, "x" * (MAX_TITLE + 1))],
            f"Keep step titles to {MAX_TITLE} characters.",
        ),
    ],
)
def test_an_agenda_without_steps_or_with_a_bad_title_is_refused(steps, message):
    with pytest.raises(ValidationError) as raised:
        validated(steps)
    assert raised.value.fields == {"steps": message}


def test_a_title_of_exactly_the_limit_is_accepted():
    assert validated([AgendaStep(StepKind.OTHER, "x" * MAX_TITLE)])[0].title == "x" * MAX_TITLE


def test_a_step_s_key_is_its_position():
    assert [step_key(i) for i in range(3)] == ["0", "1", "2"]
