"""A 360 round lives sealed in the private vault: nothing of it readable without the key."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest

from alsdesk.services.errors import ValidationError
from alsdesk.services.feedback.model import (
    Answers,
    Prompt,
    Relationship,
    RequestStatus,
    RespondentDraft,
    ResponseDraft,
    RoundDraft,
    Source,
    default_prompts,
)
from alsdesk.services.feedback.service import AlreadyAnsweredError
from alsdesk.services.vault import VaultLockedError
from tests.services.feedback.conftest import DEADLINE, PASSPHRASE


def test_the_default_prompts_cover_the_nine_dimensions_then_four_open_questions():
    prompts = default_prompts()
    assert [p.dimension for p in prompts] == [*range(1, 10), None, None, None, None]
    assert len({p.key for p in prompts}) == len(prompts)
    assert prompts[9].text == "What do they do well?"


def test_a_round_reads_back_with_prompts_reordered_and_edited(feedback, a_round):
    prompts = list(a_round.draft.prompts)
    prompts.reverse()
    prompts[0] = replace(prompts[0], text="  One thing to change?  ")
    prompts.append(Prompt("mine0001", "What should they keep doing?", 6))
    saved = feedback.save_round(
        a_round.id, replace(a_round.draft, prompts=tuple(prompts)), a_round.version
    )
    again = feedback.get_round(a_round.id)
    assert again.draft == saved.draft
    assert again.draft.prompts[0].text == "One thing to change?"
    assert [p.key for p in again.draft.prompts] == [p.key for p in prompts]
    assert feedback.rounds()[0].uid == a_round.uid


def test_bad_rounds_and_respondents_are_refused_by_field(feedback, a_round):
    with pytest.raises(ValidationError) as caught:
        feedback.create_round(RoundDraft("  ", DEADLINE, ()))
    assert set(caught.value.fields) == {"title", "prompts"}
    with pytest.raises(ValidationError) as caught:
        feedback.add_respondent(a_round.id, RespondentDraft("", "not an address"))
    assert set(caught.value.fields) == {"name", "email"}
    assert feedback.contents(a_round.id).respondents == ()


def test_only_a_line_manager_can_consent_to_be_named(feedback, a_round):
    peer = feedback.add_respondent(
        a_round.id, RespondentDraft("Grace Mensah", relationship=Relationship.PEER, may_name=True)
    )
    assert peer.draft.may_name is False


def test_requests_move_from_not_asked_to_asked_replied_and_declined(feedback, a_round, people):
    first, second = people[0], people[1]
    assert {p.request.status for p in people} == {RequestStatus.NOT_ASKED}
    assert len({p.request.uid for p in people}) == 6
    feedback.mark_asked([p.id for p in people], dt.date(2026, 12, 1))
    feedback.mark_declined(second.id, dt.date(2026, 12, 3))
    answers = Answers({a_round.draft.prompts[0].key: "Clear sense of purpose."}, {1: 3})
    feedback.record_response(
        first.id, ResponseDraft(answers, source=Source.PAPER), on=dt.date(2026, 12, 4)
    )
    contents = feedback.contents(a_round.id)
    by_id = {p.id: p.request for p in contents.respondents}
    assert by_id[first.id].status is RequestStatus.REPLIED
    assert by_id[first.id].asked_on == dt.date(2026, 12, 1)
    assert by_id[first.id].replied_on == dt.date(2026, 12, 4)
    assert by_id[second.id].status is RequestStatus.DECLINED
    assert by_id[people[2].id].status is RequestStatus.ASKED
    assert contents.responses[first.id].draft.answers == answers


def test_a_second_reply_replaces_only_when_asked_to(feedback, a_round, people):
    key = a_round.draft.prompts[0].key
    feedback.record_response(people[0].id, ResponseDraft(Answers({key: "First"})))
    with pytest.raises(AlreadyAnsweredError):
        feedback.record_response(people[0].id, ResponseDraft(Answers({key: "Second"})))
    assert feedback.contents(a_round.id).responses[people[0].id].draft.answers.texts[key] == "First"
    feedback.record_response(
        people[0].id, ResponseDraft(Answers({key: "Second"})), replace_existing=True
    )
    assert (
        feedback.contents(a_round.id).responses[people[0].id].draft.answers.texts[key] == "Second"
    )


def test_answers_to_unknown_prompts_or_out_of_range_ratings_store_nothing(
    feedback, a_round, people
):
    with pytest.raises(ValidationError) as caught:
        feedback.record_response(people[0].id, ResponseDraft(Answers({"nokey": "x"}, {1: 7})))
    assert set(caught.value.fields) == {"answers", "ratings"}
    contents = feedback.contents(a_round.id)
    assert contents.responses == {}
    assert contents.respondents[0].request.status is RequestStatus.NOT_ASKED


def test_the_self_view_is_kept_per_round(feedback, a_round):
    key = a_round.draft.prompts[9].key
    feedback.save_self_view(a_round.id, Answers({key: "I listen."}, {2: 4}))
    assert feedback.self_view(a_round.id) == Answers({key: "I listen."}, {2: 4})


def test_deleting_a_round_removes_everything_of_it(feedback, a_round, people, vault_store):
    feedback.record_response(people[0].id, ResponseDraft(Answers({}, {1: 2})))
    feedback.save_self_view(a_round.id, Answers({}, {1: 3}))
    feedback.delete_round(a_round.id)
    assert feedback.rounds() == []
    with vault_store.engine.connect() as conn:
        for table in (
            "feedback_respondent",
            "feedback_request",
            "feedback_response",
            "feedback_self_view",
        ):
            assert conn.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar() == 0


def test_nothing_reads_while_the_vault_is_locked(services, feedback, a_round):
    services.vault.lock()
    with pytest.raises(VaultLockedError):
        feedback.rounds()
    with pytest.raises(VaultLockedError):
        feedback.add_respondent(a_round.id, RespondentDraft("Grace"))
    services.vault.unlock(PASSPHRASE)
    assert feedback.get_round(a_round.id).title == "Mid-programme 360"


def test_a_respondent_moved_to_another_round_reads_as_damaged(
    feedback, a_round, people, data_paths
):
    other = feedback.create_round(RoundDraft("Another", DEADLINE, default_prompts()))
    with closing(sqlite3.connect(data_paths.vault)) as conn:
        conn.execute(
            "UPDATE feedback_respondent SET round_id = ? WHERE id = ?", (other.id, people[0].id)
        )
        conn.commit()
    moved = feedback.contents(other.id)
    assert moved.respondents == () and moved.damaged == 1
    assert len(feedback.contents(a_round.id).respondents) == 5


def test_a_flipped_byte_in_a_response_leaves_it_out_and_is_counted(
    feedback, a_round, people, data_paths
):
    feedback.record_response(people[0].id, ResponseDraft(Answers({}, {1: 2})))
    feedback.record_response(people[1].id, ResponseDraft(Answers({}, {1: 3})))
    with closing(sqlite3.connect(data_paths.vault)) as conn:
        row_id, sealed = conn.execute(
            "SELECT id, sealed FROM feedback_response ORDER BY id"
        ).fetchone()
        spoilt = bytearray(sealed)
        spoilt[len(spoilt) // 2] ^= 0x01
        conn.execute(
            "UPDATE feedback_response SET sealed = ? WHERE id = ?", (bytes(spoilt), row_id)
        )
        conn.commit()
    contents = feedback.contents(a_round.id)
    assert list(contents.responses) == [people[1].id] and contents.damaged == 1


def test_the_latest_self_assessment_is_offered_as_the_self_views_start(
    services, feedback, a_round, make_set, make_member
):
    from alsdesk.services.feedback.model import self_view_start
    from alsdesk.services.leadership import Level
    from alsdesk.services.plan import AssessmentDraft, Rating

    member = make_member(make_set("Cedar set").id, "Priya Patel")
    ratings = tuple(Rating(d, Level((d % 4) + 1)) for d in range(1, 10))
    services.plan.add_assessment(
        member.person_id, AssessmentDraft(dt.date(2026, 10, 1), "Start", ratings)
    )
    latest = services.plan.assessments(member.person_id)[-1]
    start = self_view_start(latest)
    assert start.ratings == {d: (d % 4) + 1 for d in range(1, 10)}
    feedback.save_self_view(a_round.id, start)
    assert feedback.self_view(a_round.id).ratings[4] == 1
    assert self_view_start(None) == Answers()


def test_a_deleted_reply_or_an_older_copy_put_back_is_noticed(
    feedback, a_round, people, data_paths
):
    feedback.record_response(people[0].id, ResponseDraft(Answers({}, {1: 2})))
    feedback.record_response(people[1].id, ResponseDraft(Answers({}, {1: 3})))
    assert not feedback.contents(a_round.id).tampered and not feedback.tampered()
    with closing(sqlite3.connect(data_paths.vault)) as conn:
        older = conn.execute("SELECT id, sealed FROM feedback_request").fetchall()
        conn.execute(
            "DELETE FROM feedback_response WHERE id = (SELECT MIN(id) FROM feedback_response)"
        )
        conn.commit()
    contents = feedback.contents(a_round.id)
    assert contents.tampered and len(contents.responses) == 1
    # The next write vouches for what is there now (the member has been told).
    feedback.mark_reminded([people[2].id])
    assert not feedback.tampered()
    with closing(sqlite3.connect(data_paths.vault)) as conn:
        conn.executemany(
            "UPDATE feedback_request SET sealed = ? WHERE id = ?", [(s, i) for i, s in older]
        )
        conn.commit()
    assert feedback.tampered()


def test_a_missing_manifest_with_rows_present_is_noticed(feedback, a_round, data_paths):
    with closing(sqlite3.connect(data_paths.vault)) as conn:
        conn.execute("DELETE FROM feedback_manifest")
        conn.commit()
    assert feedback.tampered()
