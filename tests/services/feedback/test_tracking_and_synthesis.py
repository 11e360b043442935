"""Tracking a round and reading its synthesis: anonymity by rule, not by trust."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from alsdesk.services.feedback.model import (
    Answers,
    Relationship,
    RespondentDraft,
    ResponseDraft,
)
from alsdesk.services.feedback.synthesis import Gap, synthesize
from alsdesk.services.feedback.tracking import Standing, reminder_text, tracking
from tests.services.feedback.conftest import DEADLINE


def reply(feedback, a_round, person, text, ratings=None, **extra):
    """``person`` answers the first prompt, the open "do well" one and rates as given."""
    prompts = a_round.draft.prompts
    answers = Answers({prompts[0].key: f"{text} (purpose)", prompts[9].key: text}, ratings or {})
    feedback.record_response(person.id, ResponseDraft(answers, **extra))


def test_tracking_shows_asked_replied_overdue_and_declined(feedback, a_round, people):
    feedback.mark_asked([p.id for p in people[:5]], dt.date(2026, 12, 1))
    reply(feedback, a_round, people[0], "Clear")
    feedback.mark_declined(people[1].id, dt.date(2026, 12, 2))
    before = tracking(feedback.contents(a_round.id), DEADLINE)
    assert [p.standing for p in before.people] == [
        Standing.REPLIED,
        Standing.DECLINED,
        Standing.ASKED,
        Standing.ASKED,
        Standing.ASKED,
        Standing.NOT_ASKED,
    ]
    after = tracking(feedback.contents(a_round.id), DEADLINE + dt.timedelta(days=1))
    assert after.count(Standing.OVERDUE) == 3 and after.count(Standing.REPLIED) == 1
    assert [p.name for p in after.waiting()] == ["Grace Mensah", "Daniel Price", "Amira Hassan"]


def test_a_reminder_names_the_deadline_and_changes_once_it_has_passed(feedback, a_round, people):
    feedback.mark_asked([people[2].id])
    contents = feedback.contents(a_round.id)
    early = reminder_text(contents, people[2].id, dt.date(2026, 12, 10))
    assert early.startswith("Dear Grace,")
    assert "by 18 December 2026" in early and early.rstrip().endswith("Priya Patel")
    late = reminder_text(contents, people[2].id, dt.date(2026, 12, 21))
    assert "has passed" in late and "18 December 2026" in late
    feedback.mark_reminded([people[2].id], dt.date(2026, 12, 21))
    assert feedback.contents(a_round.id).respondents[2].request.reminded_on == dt.date(2026, 12, 21)


def test_a_group_of_two_is_not_shown_and_a_consenting_line_manager_is_named(
    feedback, a_round, people
):
    # Siobhán (line manager, consents), three peers, two people I manage.
    for person in people:
        reply(feedback, a_round, person, f"Said by {person.name}")
    synthesis = synthesize(feedback.contents(a_round.id), seed=7)
    assert synthesis.responses == 6
    assert dict(synthesis.groups) == {"Line manager: Siobhán O'Connor": 1, "Peers": 3}
    view = synthesis.open_questions[0]
    by_label = {g.label: set(g.comments) for g in view.groups}
    assert by_label["Peers"] == {
        "Said by Łukasz Wójcik",
        "Said by Grace Mensah",
        "Said by Daniel Price",
    }
    assert by_label["Line manager: Siobhán O'Connor"] == {"Said by Siobhán O'Connor"}
    # The two people I manage: shown without any group, never as "People I manage".
    assert by_label[""] == {"Said by Amira Hassan", "Said by Wei Zhang 张伟"}
    assert "People I manage" not in repr(synthesis)
    assert [g.label for g in view.groups][-1] == ""


def test_without_consent_the_line_manager_is_one_more_colleague(feedback, a_round, people):
    feedback.update_respondent(people[0].id, replace(people[0].draft, may_name=False))
    extra = feedback.add_respondent(
        a_round.id, RespondentDraft("Tom Avery", relationship=Relationship.OTHER_SERVICE)
    )
    for person in [*people, extra]:
        reply(feedback, a_round, person, f"Said by {person.name}")
    synthesis = synthesize(feedback.contents(a_round.id), seed=1)
    # Line manager, two people I manage and one from another service: four, merged.
    assert dict(synthesis.groups) == {"Other colleagues": 4, "Peers": 3}
    assert "Siobhán" not in {g.label for v in synthesis.prompts for g in v.groups}
    others = next(g for g in synthesis.open_questions[0].groups if g.label == "Other colleagues")
    assert "Said by Siobhán O'Connor" in others.comments


def test_the_consent_box_on_the_form_is_consent_too(feedback, a_round, people):
    feedback.update_respondent(people[0].id, replace(people[0].draft, may_name=False))
    reply(feedback, a_round, people[0], "Well done", may_name=True)
    assert dict(synthesize(feedback.contents(a_round.id)).groups) == {
        "Line manager: Siobhán O'Connor": 1
    }


def test_the_relationship_given_on_the_form_decides_the_group(feedback, a_round, people):
    for person in people[1:4]:
        reply(feedback, a_round, person, "x", relationship=Relationship.OTHER_SERVICE)
    assert dict(synthesize(feedback.contents(a_round.id)).groups) == {
        "Colleagues in other services": 3
    }


def test_comments_are_shuffled_and_nothing_per_respondent_reaches_the_synthesis(
    feedback, a_round, people
):
    names = [f"Peer comment {n}" for n in range(12)]
    peers = [
        feedback.add_respondent(a_round.id, RespondentDraft(f"Peer {n}", f"p{n}@example.org"))
        for n in range(12)
    ]
    for person, text in zip(peers, names, strict=True):
        reply(feedback, a_round, person, text)
    contents = feedback.contents(a_round.id)
    orders = {
        synthesize(contents, seed=seed).open_questions[0].groups[0].comments for seed in range(5)
    }
    assert len(orders) > 1 and all(sorted(o) == sorted(names) for o in orders)
    leaves = list(_leaves(synthesize(contents)))
    assert not any(isinstance(v, dt.date) for v in leaves)
    shown = " ".join(str(v) for v in leaves)
    for person in peers:
        assert person.name not in shown.replace("Peer comment", "")
        assert person.draft.email not in shown and person.request.uid not in shown
    assert "2026" not in shown


def _leaves(value):
    """Every plain value inside a synthesis (dataclasses, tuples, dicts walked)."""
    if hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            yield from _leaves(getattr(value, name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def test_self_against_others_marks_blind_spots_and_hidden_strengths(feedback, a_round, people):
    feedback.save_self_view(
        a_round.id,
        Answers({a_round.draft.prompts[9].key: "I listen well."}, {1: 4, 2: 1, 3: 3, 4: 2}),
    )
    ratings = [{1: 2, 2: 3, 3: 3, 4: 3}, {1: 3, 2: 2, 3: 3, 4: 2}, {1: 2, 2: 3, 3: 2}]
    for person, rated in zip(people[1:4], ratings, strict=True):
        reply(feedback, a_round, person, "x", rated)
    synthesis = synthesize(feedback.contents(a_round.id))
    dims = {d.number: d for d in synthesis.dimensions}
    assert dims[1].others_mean == pytest.approx(2.33) and dims[1].gap is Gap.BLIND_SPOT
    assert dims[2].others_mean == pytest.approx(2.67) and dims[2].gap is Gap.HIDDEN_STRENGTH
    assert dims[3].gap is Gap.NONE
    # Only two others rated dimension 4: no mean shown, so no single rating can be read off.
    assert dims[4].others_mean is None and dims[4].others_count == 2 and dims[4].gap is Gap.NONE
    assert [v.prompt.dimension for v in dims[1].prompts] == [1]
    assert synthesis.open_questions[0].self_answer == "I listen well."
    assert synthesis.has_ratings
