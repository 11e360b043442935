"""Every document is described once; each description gathers and writes a real document."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import pytest

from alsdesk.documents import DOCUMENTS, Subject, by_name, explain, write_atomically
from alsdesk.documents.document import file_stem
from alsdesk.services.demo import create_demo
from alsdesk.services.errors import StorageError, UserError
from alsdesk.store.failures import StorageKind

TODAY = dt.date(2026, 11, 23)
PAGES_OFFER = {"schedule-ics", "schedule-pdf", "set-record", "actions", "meeting-record", "goal"}
PAGES_OFFER |= {"pdp", "journal", "feedback-report"}


def test_each_document_has_one_description_and_pages_find_theirs():
    names = [d.name for d in DOCUMENTS]
    assert len(names) == len(set(names))
    assert set(names) == PAGES_OFFER
    for document in DOCUMENTS:
        assert by_name(document.name) is document
        assert document.suffix in (".pdf", ".ics", ".csv")
        assert document.suffix[1:] in document.file_filter()
        assert document.title() and document.progress().endswith("…") and document.about()


def test_only_the_journal_and_feedback_are_personal_and_the_command_line_never_writes_them():
    personal = [d.name for d in DOCUMENTS if d.personal]
    assert personal == ["journal", "feedback-report"]
    assert all(by_name(name).command is None for name in personal)


def test_an_unknown_document_is_a_bug_not_a_silent_nothing():
    with pytest.raises(KeyError):
        by_name("horoscope")


def test_a_missing_suffix_is_added_and_a_present_one_kept_whatever_its_case():
    pdf = by_name("set-record")
    assert pdf.with_suffix(Path("/tmp/record")) == Path("/tmp/record.pdf")
    assert pdf.with_suffix(Path("/tmp/record.PDF")) == Path("/tmp/record.PDF")
    assert pdf.with_suffix(Path("/tmp/record.ics")) == Path("/tmp/record.ics.pdf")


def test_names_become_file_names_on_every_platform():
    assert file_stem('Birch: "the ward" / 7') == "Birch_ _the ward_ _ 7"
    assert file_stem("???") == "___"
    assert file_stem("  ") == "set"


def _subjects(services) -> dict[Subject, object]:
    action_set, _ = create_demo(services, TODAY)
    meeting = next(
        services.meetings.held_meeting_for_event(e.id)
        for e in services.schedule.list_events(action_set.id)
        if services.meetings.held_meeting_for_event(e.id) is not None
    )
    person = next(
        p
        for p in services.people.directory()
        if services.goals.list_goals(p.id) and services.plan.items(p.id)
    )
    goal = services.goals.list_goals(person.id)[0]
    return {
        Subject.SET: action_set.id,
        Subject.MEETING: meeting,
        Subject.GOAL: goal.id,
        Subject.PERSON: person.id,
    }


@pytest.mark.parametrize("name", sorted(PAGES_OFFER - {"journal", "feedback-report"}))
def test_each_document_gathers_and_writes_a_whole_file(services, tmp_path, name):
    document = by_name(name)
    subject = _subjects(services)[document.subject]

    stem = document.file_name(services, subject)
    data = document.gather(services, subject, TODAY)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"{stem}{document.suffix}"
    write_atomically(target, lambda path: document.write(data, path))

    head = target.read_bytes()[:20]
    expected = {".pdf": b"%PDF", ".ics": b"BEGIN:VCALENDAR", ".csv": "\ufeffMember".encode()}
    assert head.startswith(expected[document.suffix])
    assert document.summary(data)
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_an_empty_development_plan_is_refused_with_a_sentence(services, make_set, make_member):
    cedar = make_set("Cedar set")
    daniel = make_member(cedar.id, "Daniel Price")

    with pytest.raises(UserError, match="Daniel Price has no self-assessments"):
        by_name("pdp").gather(services, daniel.person.id, TODAY)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "you may not write in the folder /exports"),
        (errno.ENOENT, "the folder /exports does not exist"),
        (errno.EROFS, "the disk is read-only"),
    ],
)
def test_the_users_environment_is_one_sentence_naming_the_problem(code, words):
    sentence = explain(OSError(code, "strerror"), Path("/exports/cedar.pdf"))

    assert sentence == f"Could not write /exports/cedar.pdf: {words}. Nothing was changed."


def test_a_file_that_cannot_be_replaced_is_named_as_such(tmp_path):
    target = tmp_path / "record.pdf"
    target.write_bytes(b"%PDF open in a viewer")

    sentence = explain(PermissionError(errno.EACCES, "Permission denied"), target)

    assert sentence == (
        f"Could not write {target}: the file is read-only or open in another program. "
        "Nothing was changed."
    )


def test_reading_is_worded_as_reading():
    sentence = explain(OSError(errno.ENOENT, "x"), Path("/imports/form.csv"), writing=False)

    assert sentence == "Could not read /imports/form.csv: the folder /imports does not exist."


def test_the_databases_problems_keep_their_own_sentence_and_bugs_get_none():
    damaged = StorageError(StorageKind.DAMAGED, writing=False)

    assert explain(damaged, Path("/x.pdf")) == str(damaged)
    assert explain(UserError("That goal is no longer in alsdesk."), Path("/x.pdf")) == (
        "That goal is no longer in alsdesk."
    )
    assert explain(ZeroDivisionError("division by zero"), Path("/x.pdf")) is None
    assert explain(ValueError("a sentence from a journal"), Path("/x.pdf")) is None
