"""The 360 feedback report: the member's and the tutor's, anonymous by the synthesis's rules."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from alsdesk.documents import by_name, write_atomically
from alsdesk.exports.feedback_report_pdf import write_feedback_report_pdf
from alsdesk.exports.meeting_pdf import write_meeting_pdf
from alsdesk.exports.set_record_pdf import write_set_record_pdf
from alsdesk.services.feedback.model import (
    Answers,
    Relationship,
    RespondentDraft,
    ResponseDraft,
    RoundDraft,
    default_prompts,
)
from alsdesk.services.feedback.report import ReportChoice, Theme, build_report
from alsdesk.services.records import meeting_record, set_record
from tests.exports.conftest import pdf_pages

PASSPHRASE = "sturdy lantern orchard tide"
TODAY = dt.date(2026, 12, 20)
RECEIVED = dt.date(2026, 12, 9)
PEOPLE = (
    RespondentDraft("Siobhán O'Connor", "siobhan@example.nhs.uk", Relationship.LINE_MANAGER),
    RespondentDraft("Łukasz Wójcik", "lukasz@example.nhs.uk", Relationship.PEER),
    RespondentDraft("Grace Mensah", "grace@example.nhs.uk", Relationship.PEER),
    RespondentDraft("Daniel Price", "daniel@example.nhs.uk", Relationship.PEER),
    RespondentDraft("Amira Hassan", "amira@example.nhs.uk", Relationship.REPORT),
    RespondentDraft("Wei Zhang 张伟", "wei@example.nhs.uk", Relationship.REPORT),
    RespondentDraft("Tomasz Nowak", "tomasz@example.nhs.uk", Relationship.OTHER_SERVICE),
)
# Others rate dimension 1 two levels below the member (a blind spot), 2 two above (a hidden
# strength), 3 the same.
RATINGS = {1: 2, 2: 3, 3: 2}
SELF = {1: 4, 2: 1, 3: 2}


def comment(name: str) -> str:
    """Each respondent's own words, traceable in the PDF's text (and naming nobody)."""
    index = [p.name for p in PEOPLE].index(name)
    return f"Quokka{'ABCDEFG'[index]} comment"


def make_round(feedback, *, consent: bool):
    made = feedback.create_round(
        RoundDraft(
            "Mid-programme 360", dt.date(2026, 12, 18), default_prompts(), True, "Priya Patel"
        )
    )
    prompts = made.draft.prompts
    feedback.save_self_view(
        made.id, Answers({prompts[0].key: "I keep purpose in view; SelfwordsXyz."}, SELF)
    )
    for draft in PEOPLE:
        if draft.relationship is Relationship.LINE_MANAGER:
            draft = RespondentDraft(draft.name, draft.email, draft.relationship, consent)
        person = feedback.add_respondent(made.id, draft)
        feedback.mark_asked([person.id], dt.date(2026, 12, 1))
        words = comment(draft.name)
        answers = Answers({prompts[0].key: words, prompts[9].key: f"{words} well"}, RATINGS)
        feedback.record_response(person.id, ResponseDraft(answers), on=RECEIVED)
    return made


@pytest.fixture
def feedback(services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    return services.feedback


def written(feedback, made, tmp_path, name="report.pdf", **options) -> str:
    report = build_report(feedback.contents(made.id), TODAY, seed=3, **options)
    path = tmp_path / name
    write_feedback_report_pdf(report, path)
    return "\n".join(pdf_pages(path))


def assert_nothing_per_respondent(text: str, *, named: str | None):
    for person in PEOPLE:
        if person.name != named:
            assert person.name not in text
        assert person.email not in text
    for day in ("2026-12-09", "9 December 2026", "2026-12-01", "1 December 2026"):
        assert day not in text  # neither when they replied nor when they were asked


def test_the_full_report_merges_a_group_of_two_and_names_a_consenting_line_manager(
    feedback, tmp_path
):
    made = make_round(feedback, consent=True)
    text = written(feedback, made, tmp_path)

    assert "360 feedback report" in text and "Mid-programme 360" in text and "Priya Patel" in text
    # Who was asked: counts by relationship; the consenting line manager by name.
    assert "Line manager: Siobhán O'Connor" in text
    assert "Peer 3" in text and "Someone I manage 2" in text and "Everyone asked 7" in text
    # The two people I manage are merged with the colleague in another service.
    assert "People I manage" not in text and "Colleagues in other services" not in text
    assert "Other colleagues" in text and "Peers" in text
    for person in PEOPLE:
        assert comment(person.name) in text  # every comment, under its group
    assert "Blind spot" in text and "Hidden strength" in text
    assert "My own view" in text and "SelfwordsXyz" in text
    assert "No themes marked yet." in text
    assert_nothing_per_respondent(text, named="Siobhán O'Connor")


def test_without_consent_the_line_manager_is_one_more_colleague(feedback, tmp_path):
    made = make_round(feedback, consent=False)
    text = written(feedback, made, tmp_path)

    assert "Siobhán" not in text and "Line manager:" not in text
    assert "Line manager 1" in text  # counted as asked, never named
    assert comment("Siobhán O'Connor") in text
    assert_nothing_per_respondent(text, named=None)


def test_the_tutor_version_holds_only_the_synthesis_and_the_members_themes(feedback, tmp_path):
    made = make_round(feedback, consent=True)
    themes = (Theme("Strength", "Keeps the team's purpose in view", 1),)
    text = written(feedback, made, tmp_path, tutor=True, themes=themes)

    assert "360 feedback: synthesis for my tutor" in text
    assert "Strength (1. Inspiring shared purpose): Keeps the team's purpose in view" in text
    assert comment("Grace Mensah") in text and "Other colleagues" in text
    assert "Who was asked" not in text and "Everyone asked" not in text
    assert "My own view" not in text and "SelfwordsXyz" not in text
    assert_nothing_per_respondent(text, named="Siobhán O'Connor")


def test_redaction_reaches_every_comment_and_the_members_own_words(feedback, tmp_path):
    made = make_round(feedback, consent=True)
    prompts = made.draft.prompts
    feedback.save_self_view(made.id, Answers({prompts[1].key: "Met them at LS1 4AP."}, SELF))
    person = feedback.contents(made.id).respondents[2]
    answers = Answers({prompts[0].key: "The patient 943 476 5919 was helped."})
    feedback.record_response(person.id, ResponseDraft(answers), replace_existing=True)
    choice = ReportChoice(made.id, tutor=False, redact=True)
    document = by_name("feedback-report")
    target = tmp_path / f"{document.file_name(_Services(feedback), choice)}.pdf"
    data = document.gather(_Services(feedback), choice, TODAY)
    write_atomically(target, lambda path: document.write(data, path), private=document.personal)

    text = "\n".join(pdf_pages(target))
    assert "943 476 5919" not in text and "LS1 4AP" not in text
    assert "[NHS number removed]" in text and "[postcode removed]" in text
    assert "Possible patient identifiers were removed" in text
    assert target.stat().st_mode & 0o077 == 0


class _Services:
    def __init__(self, feedback):
        self.feedback = feedback


@pytest.mark.parametrize("record", ["set", "meeting"])
def test_a_set_or_meeting_record_holds_none_of_a_rounds_words(
    services, held_set, feedback, tmp_path, record
):
    made = make_round(feedback, consent=True)
    path = tmp_path / "record.pdf"
    if record == "set":
        write_set_record_pdf(set_record(services, held_set.set_id), path, TODAY)
    else:
        write_meeting_pdf(meeting_record(services, held_set.meeting_ids[1]), path, TODAY)

    text = "\n".join(pdf_pages(path))
    assert "Cedar set" in text  # the record itself is there
    assert "Mid-programme 360" not in text and "360 feedback" not in text
    for person in PEOPLE:
        assert comment(person.name) not in text and person.email not in text
    assert "SelfwordsXyz" not in text and made.uid not in text


def test_the_report_pages_render(feedback, tmp_path):
    made = make_round(feedback, consent=True)
    path = tmp_path / "look.pdf"
    write_feedback_report_pdf(build_report(feedback.contents(made.id), TODAY, seed=1), path)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page*.png"))) == len(pdf_pages(path)) >= 2


def test_a_long_accented_answer_runs_over_pages_whole(feedback, tmp_path):
    made = make_round(feedback, consent=True)
    person = feedback.contents(made.id).respondents[2]
    long = " ".join(f"Łódź-Siobhán-{i:04d}" for i in range(400))  # ~7,000 characters
    answers = Answers({made.draft.prompts[9].key: long})
    feedback.record_response(person.id, ResponseDraft(answers), replace_existing=True)
    text = written(feedback, made, tmp_path)

    assert "Łódź-Siobhán-0000" in text and "Łódź-Siobhán-0399" in text


def test_a_round_without_replies_or_ratings_says_so(feedback, tmp_path):
    made = feedback.create_round(
        RoundDraft("Quiet round", dt.date(2026, 12, 18), default_prompts(), about="Priya Patel")
    )
    text = written(feedback, made, tmp_path)

    assert "No replies yet" in text and "Nobody was asked." in text
    assert "Myself and others" not in text and "I have not written my own view yet." in text


def test_the_document_takes_the_themes_the_member_marked(feedback, tmp_path):
    """Themes marked on the synthesis reach the tutor's report: a label as written, an
    unlabelled theme as the comment it marks, each with its question's dimension."""
    from alsdesk.services.feedback.themes import FeedbackThemes, ThemeKind

    made = make_round(feedback, consent=True)
    prompts = made.draft.prompts
    themes = FeedbackThemes(feedback)
    themes.mark(made.id, prompts[0].key, comment("Grace Mensah"), ThemeKind.STRENGTH)
    themes.mark(
        made.id,
        prompts[9].key,
        comment("Amira Hassan") + " well",
        ThemeKind.DEVELOPMENT,
        "Say no to the fourth project",
    )
    document = by_name("feedback-report")
    data = document.gather(_Services(feedback), ReportChoice(made.id, tutor=True), TODAY)
    target = tmp_path / "tutor.pdf"
    write_atomically(target, lambda path: document.write(data, path), private=True)

    text = " ".join(" ".join(pdf_pages(target)).split())
    dimension_one = prompts[0].dimension
    assert dimension_one is not None
    assert f"Strength ({dimension_one}. " in text and comment("Grace Mensah") in text
    assert "Development area" in text and "Say no to the fourth project" in text
    assert "No themes marked yet." not in text
    assert document.summary(data) == 'the synthesis of "Mid-programme 360" for a tutor'
