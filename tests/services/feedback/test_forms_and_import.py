"""Forms go out one per respondent and come back filled: every file gets its outcome."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest
from pypdf import PdfReader, PdfWriter

from alsdesk.documents.feedback_forms import write_forms
from alsdesk.exports.feedback_form import write_feedback_form
from alsdesk.services.feedback import forms
from alsdesk.services.feedback.email_text import parse_email, render_email
from alsdesk.services.feedback.importing import (
    Outcome,
    import_files,
    import_text,
    replace_with,
)
from alsdesk.services.feedback.model import (
    ANSWER_LIMIT,
    Relationship,
    RequestStatus,
    RoundDraft,
    Source,
    default_prompts,
)
from tests.services.feedback.conftest import DEADLINE
from tests.services.feedback.filling import answer_keys, fill, qpdf_available, qpdf_fill

ACCENTED = "Łódź, Siobhán, Zoë and Çağrı: «très bien»\nSecond line — with a dash."
NON_LATIN = "Добре слухає. 很会倾听。 يستمع جيدا"
LONG = ("She asks what matters to the team before deciding. " * 120)[:5000]


@pytest.fixture
def sent(feedback, a_round, people, tmp_path):
    """The six forms written to a folder: {respondent name: written form}."""
    folder = tmp_path / "out"
    folder.mkdir()
    written = write_forms(feedback, a_round.id, folder)
    by_id = {p.id: p.name for p in people}
    return {by_id[w.respondent_id]: w for w in written}


def test_one_form_per_respondent_says_who_it_is_for_and_marks_them_asked(feedback, a_round, sent):
    assert len(sent) == 6
    form = sent["Siobhán O'Connor"].pdf
    assert form.name == "360 feedback - Mid-programme 360 - Siobhán O_Connor.pdf"
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(form).pages).split())
    assert "Feedback on Priya Patel's leadership" in text
    assert "For Siobhán O'Connor." in text
    assert "18 December 2026" in text
    assert "not traced back to you" in text
    assert "How do they build support for change where they have no authority?" in text
    assert "Łukasz" not in text  # only its own respondent's name
    statuses = {p.request.status for p in feedback.contents(a_round.id).respondents}
    assert statuses == {RequestStatus.ASKED}


def test_the_form_avoids_the_known_traps(a_round, sent):
    reader = PdfReader(sent["Grace Mensah"].pdf)
    assert reader.trailer["/Root"]["/AcroForm"]["/NeedAppearances"] == True  # noqa: E712 - a PDF boolean
    widgets = {
        a["/T"]: a
        for page in reader.pages
        for a in (x.get_object() for x in page["/Annots"])
        if "/T" in a
    }
    answers = [w for name, w in widgets.items() if name.startswith("answer_")]
    assert len(answers) == len(a_round.draft.prompts) == 13
    assert all(w["/MaxLen"] >= ANSWER_LIMIT and w["/Ff"] & 1 << 12 for w in answers)  # multiline
    choices = [widgets[forms.FIELD_RELATIONSHIP]] + [widgets[f"rating_{d}"] for d in range(1, 10)]
    assert all(w["/FT"] == "/Ch" and w["/Ff"] & 1 << 17 for w in choices)  # combo boxes
    assert not any(w.get("/Ff", 0) & 1 << 15 for w in widgets.values())  # no radio buttons
    assert widgets[forms.FIELD_CONSENT]["/FT"] == "/Btn"
    assert widgets[forms.FIELD_RELATIONSHIP]["/V"] == "peer"
    for name in (forms.FIELD_ROUND, forms.FIELD_REQUEST, forms.FIELD_CHECK):
        assert widgets[name]["/F"] & 2 and widgets[name]["/Ff"] & 1  # hidden, read-only


def test_accented_non_latin_multi_line_and_long_answers_come_back_exactly(
    feedback, a_round, people, sent, tmp_path
):
    form = sent["Łukasz Wójcik"].pdf
    keys = answer_keys(form)
    answers = {keys[0]: ACCENTED, keys[1]: NON_LATIN, keys[9]: LONG}
    filled = fill(form, tmp_path / "back.pdf", answers, {1: 3, 9: 4}, relationship="peer")
    [outcome] = import_files(feedback, a_round.id, [filled])
    assert outcome.outcome is Outcome.IMPORTED
    stored = feedback.contents(a_round.id).responses[people[1].id].draft
    assert stored.answers.texts == answers
    assert len(stored.answers.texts[keys[9]]) == 5000
    assert stored.answers.ratings == {1: 3, 9: 4}
    assert stored.relationship is Relationship.PEER and stored.source is Source.FORM
    assert stored.digest == hashlib.sha256(filled.read_bytes()).hexdigest()


@pytest.mark.skipif(not qpdf_available(), reason="qpdf is not installed")
def test_a_form_filled_by_qpdf_imports_and_is_deterministic(
    feedback, a_round, people, sent, tmp_path
):
    form = sent["Siobhán O'Connor"].pdf
    key = answer_keys(form)[2]
    values = {forms.answer_field(key): ACCENTED, "rating_2": "Strong", "consent": "/Yes"}
    first = qpdf_fill(form, tmp_path / "qpdf-1.pdf", values, tmp_path)
    second = qpdf_fill(form, tmp_path / "qpdf-2.pdf", values, tmp_path)
    assert first.read_bytes() == second.read_bytes()
    assert b"/ObjStm" in first.read_bytes()  # rewritten with object streams, not by pypdf
    [outcome] = import_files(feedback, a_round.id, [first])
    assert outcome.outcome is Outcome.IMPORTED
    stored = feedback.contents(a_round.id).responses[people[0].id].draft
    assert stored.answers.texts == {key: ACCENTED}
    assert stored.answers.ratings == {2: 3} and stored.may_name is True


def test_a_drop_of_good_and_bad_files_stores_only_the_good(
    feedback, a_round, people, sent, tmp_path, data_paths
):
    def filled(name, out, **extra):
        form = sent[name].pdf
        return fill(form, tmp_path / out, {answer_keys(form)[0]: f"From {out}"}, **extra)

    good = filled("Grace Mensah", "good.pdf")
    twice = filled("Grace Mensah", "twice.pdf")
    other_good = filled("Daniel Price", "daniel.pdf")
    edited = filled("Amira Hassan", "edited.pdf", extra={forms.FIELD_REQUEST: "0" * 32})
    empty = fill(sent["Wei Zhang 张伟"].pdf, tmp_path / "empty.pdf")
    not_ours = tmp_path / "minutes.pdf"
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(not_ours))
    canvas.drawString(72, 720, "Minutes of the ward meeting")
    canvas.save()
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(good.read_bytes()[:4000])
    locked = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=str(filled("Siobhán O'Connor", "to-lock.pdf")))
    writer.encrypt("secret")
    with open(locked, "wb") as handle:
        writer.write(handle)
    text = tmp_path / "notes.pdf"
    text.write_text("just some text", encoding="utf-8")
    other_round = feedback.create_round(RoundDraft("Earlier round", DEADLINE, default_prompts()))
    from alsdesk.services.feedback.model import RespondentDraft

    stranger = feedback.add_respondent(other_round.id, RespondentDraft("Sam Reed"))
    [elsewhere] = write_forms(feedback, other_round.id, tmp_path, [stranger.id])
    from_other = fill(elsewhere.pdf, tmp_path / "other.pdf", {answer_keys(elsewhere.pdf)[0]: "Hi"})

    files = [good, twice, other_good, edited, empty, not_ours, damaged, locked, text, from_other]
    outcomes = import_files(feedback, a_round.id, files)
    assert [(o.name, o.outcome) for o in outcomes] == [
        ("good.pdf", Outcome.IMPORTED),
        ("twice.pdf", Outcome.ALREADY),
        ("daniel.pdf", Outcome.IMPORTED),
        ("edited.pdf", Outcome.EDITED),
        ("empty.pdf", Outcome.EMPTY),
        ("minutes.pdf", Outcome.NOT_OURS),
        ("damaged.pdf", Outcome.DAMAGED),
        ("locked.pdf", Outcome.DAMAGED),
        ("notes.pdf", Outcome.NOT_OURS),
        ("other.pdf", Outcome.OTHER_ROUND),
    ]
    contents = feedback.contents(a_round.id)
    assert set(contents.responses) == {people[2].id, people[3].id}
    assert contents.responses[people[2].id].draft.answers.texts == {
        answer_keys(good)[0]: "From good.pdf"
    }
    assert feedback.contents(other_round.id).responses == {}

    # The member chooses to replace Grace's reply with the later file.
    replace_with(feedback, outcomes[1])
    texts = feedback.contents(a_round.id).responses[people[2].id].draft.answers.texts
    assert list(texts.values()) == ["From twice.pdf"]
    # The same file again is recognised as that very file.
    [again] = import_files(feedback, a_round.id, [twice])
    assert again.outcome is Outcome.ALREADY and again.same_file


def test_a_file_over_the_size_limit_is_not_read(feedback, a_round, sent, tmp_path):
    form = sent["Grace Mensah"].pdf
    filled = fill(form, tmp_path / "big.pdf", {answer_keys(form)[0]: "x"})
    [outcome] = import_files(feedback, a_round.id, [filled], max_bytes=1000)
    assert outcome.outcome is Outcome.TOO_LARGE
    assert feedback.contents(a_round.id).responses == {}


def test_the_email_text_parses_back_even_quoted_in_a_reply(feedback, a_round, people, sent):
    text = sent["Amira Hassan"].text.read_text(encoding="utf-8")
    key = a_round.draft.prompts[4].key
    marker = f"=== ANSWER 5 [{key}] ==="
    assert (
        marker in text
        and max(len(line) for line in text.splitlines() if line.startswith("===")) < 60
    )
    text = text.replace(marker + "\n", marker + "\n" + ACCENTED + "\n\n")
    text = text.replace("=== RATING 6 ===\n", "=== RATING 6 ===\nproficient\n")
    text = text.replace("Someone I manage\n\n=== ANSWER", "Peer\n\n=== ANSWER")
    quoted = "\n".join("> " + line for line in text.splitlines())
    returned = parse_email("Hello Priya, here it is.\n\n" + quoted)
    assert returned.answers.texts[key] == ACCENTED
    assert returned.answers.ratings == {6: 2}
    assert returned.relationship is Relationship.PEER
    outcome = import_text(feedback, a_round.id, quoted)
    assert outcome.outcome is Outcome.IMPORTED
    stored = feedback.contents(a_round.id).responses[people[4].id].draft
    assert stored.answers.texts == {key: ACCENTED} and stored.source is Source.EMAIL


def test_email_text_with_an_edited_id_or_none_stores_nothing(feedback, a_round, sent):
    text = sent["Daniel Price"].text.read_text(encoding="utf-8")
    content_key = a_round.draft.prompts[0].key
    text = text.replace(f"[{content_key}] ===\n", f"[{content_key}] ===\nGood.\n")
    lines = text.splitlines()
    request_line = next(i for i, line in enumerate(lines) if line.startswith("request: "))
    lines[request_line] = "request: " + "f" * 32
    assert import_text(feedback, a_round.id, "\n".join(lines)).outcome is Outcome.EDITED
    assert import_text(feedback, a_round.id, "Thanks, will do!").outcome is Outcome.NOT_OURS
    assert feedback.contents(a_round.id).responses == {}


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_a_form_renders_with_the_names_printed(a_round, people, tmp_path, feedback):
    content = forms.form_content(a_round, people[5], feedback.form_key(a_round.id))
    path = tmp_path / "wei.pdf"
    write_feedback_form(content, path)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
    )
    assert (tmp_path / "p-1.png").stat().st_size > 5000
    assert render_email(content).count("=== ANSWER") == 13


def test_the_kept_fixture_filled_by_qpdf_reads_back_with_its_check_value():
    from alsdesk.services.feedback.importing import read_pdf
    from tests.services.feedback import make_fixture_forms as fixture

    returned, _digest = read_pdf(fixture.FOLDER / "filled-by-qpdf.pdf")
    assert returned.answers.texts == fixture.ANSWERS
    assert returned.answers.ratings == {2: 4}
    assert returned.relationship is Relationship.LINE_MANAGER and returned.may_name
    assert (returned.round_uid, returned.request_uid) == (fixture.ROUND_UID, fixture.REQUEST_UID)
    assert forms.check_holds(
        fixture.FORM_KEY, returned.round_uid, returned.request_uid, returned.check
    )
    edited, _digest = read_pdf(fixture.FOLDER / "ids-edited-by-qpdf.pdf")
    assert not forms.check_holds(
        fixture.FORM_KEY, edited.round_uid, edited.request_uid, edited.check
    )


def test_two_people_of_one_name_get_a_form_each(feedback, a_round, tmp_path):
    from alsdesk.services.feedback.model import RespondentDraft

    first = feedback.add_respondent(a_round.id, RespondentDraft("Sam Reed", "sam@a.example.org"))
    second = feedback.add_respondent(a_round.id, RespondentDraft("Sam Reed", "sam@b.example.org"))
    written = write_forms(feedback, a_round.id, tmp_path)
    assert [w.pdf.name for w in written] == [
        "360 feedback - Mid-programme 360 - Sam Reed.pdf",
        "360 feedback - Mid-programme 360 - Sam Reed (2).pdf",
    ]
    requests = {PdfReader(w.pdf).get_fields()[forms.FIELD_REQUEST]["/V"] for w in written}
    assert requests == {first.request.uid, second.request.uid}
