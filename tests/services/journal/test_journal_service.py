"""A member keeps a private journal: nothing readable on disk without the passphrase."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing

import pytest

from alsdesk.services.errors import ValidationError
from alsdesk.services.journal.entries import EntryDraft, EntryLinks, Section, TemplateDraft
from alsdesk.services.journal.service import (
    JournalLockedError,
    KeyringDamagedError,
    WrongPassphraseError,
)
from alsdesk.store import open_store
from alsdesk.store.vault import vault_beside

PASSPHRASE = "sturdy lantern orchard tide"
NEW_PASSPHRASE = "quiet harbour violet mango"


def draft(title="After the bed meeting", text="I spoke up.", **overrides) -> EntryDraft:
    values = {
        "entry_date": dt.date(2026, 11, 20),
        "title": title,
        "model_key": "free",
        "model_name": "Free writing",
        "sections": (Section("Reflection", "Write freely.", text),),
    }
    values.update(overrides)
    return EntryDraft(**values)


@pytest.fixture
def journal(services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    return services.journal


def every_file_under(root):
    return [p for p in root.rglob("*") if p.is_file()]


def test_a_new_journal_is_not_set_up_and_refuses_entries(services):
    assert not services.vault.is_set_up()
    with pytest.raises(JournalLockedError):
        services.journal.add(draft())


def test_setting_up_leaves_the_journal_open_and_entries_read_back(journal):
    assert journal.vault.is_set_up() and journal.is_unlocked
    first = journal.add(draft("Older", entry_date=dt.date(2026, 10, 1)))
    second = journal.add(
        draft(
            "Newer",
            tags=("conflict", "bed meeting"),
            links=EntryLinks(meeting_id=None, goal_id=None, dimensions=(1, 5)),
        )
    )
    contents = journal.read_all()
    assert [e.id for e in contents.entries] == [second.id, first.id]
    assert contents.entries[0].draft == second.draft
    assert contents.damaged == ()


def test_a_weak_or_mistyped_passphrase_is_refused_at_set_up(services):
    with pytest.raises(ValidationError) as weak:
        services.vault.set_up("password1", "password1", with_recovery_key=False)
    assert "passphrase" in weak.value.fields
    with pytest.raises(ValidationError) as differ:
        services.vault.set_up(PASSPHRASE, PASSPHRASE + "x", with_recovery_key=False)
    assert "confirmation" in differ.value.fields
    assert not services.vault.is_set_up()


def test_locking_forgets_the_key_and_a_wrong_passphrase_says_so(journal):
    journal.add(draft())
    journal.vault.lock()
    assert not journal.is_unlocked
    with pytest.raises(JournalLockedError):
        journal.read_all()
    with pytest.raises(WrongPassphraseError, match="does not open this journal"):
        journal.vault.unlock("sturdy lantern orchard")
    journal.vault.unlock(PASSPHRASE)
    assert [e.draft.title for e in journal.read_all().entries] == ["After the bed meeting"]


def test_a_canary_in_every_field_is_in_no_file_under_the_data_folder(
    data_paths, store, make_journal, tmp_path, caplog
):
    canary = "Zebracanary7431"
    journal = make_journal(store)
    journal.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=True)
    entry = journal.add(
        draft(
            title=f"Title {canary}",
            text=f"Body {canary}",
            tags=(f"tag-{canary}",),
            model_name=f"Model {canary}",
        )
    )
    journal.save(entry.id, draft(title=f"Edited {canary}", text=f"Again {canary}"))
    journal.add_template(TemplateDraft(f"Mine {canary}", (Section(f"Stage {canary}", canary),)))
    fill_a_feedback_round(journal.vault, canary, tmp_path / "forms")
    journal.vault.lock()

    def assert_no_canary(files):
        for path in files:
            data = path.read_bytes()
            for form in (
                canary.encode("utf-8"),
                canary.encode("utf-16-le"),
                canary.lower().encode(),
            ):
                assert form not in data, path

    # While both stores are open their write-ahead logs and shared memory are files too.
    open_files = {p.name for p in every_file_under(data_paths.root)}
    assert {"private.sqlite3-wal", "private.sqlite3-shm", "alsdesk.sqlite3-wal"} <= open_files
    assert_no_canary(every_file_under(data_paths.root))
    store.close()
    journal.vault.store.close()
    files = every_file_under(data_paths.root)
    assert {data_paths.database, data_paths.vault} <= set(files)
    assert_no_canary(files)
    assert canary.lower() not in caplog.text.lower()  # nothing of it logged either


def fill_a_feedback_round(vault, canary: str, forms_folder) -> None:
    """A 360 round with the canary in every field it has, filled by form, email and paper.

    The forms go to a folder of the member's choosing outside the data folder (they
    are meant to be sent); only the vault holds the round, sealed.
    """
    from alsdesk.documents.feedback_forms import write_forms
    from alsdesk.services.feedback import importing
    from alsdesk.services.feedback.model import (
        Answers,
        Prompt,
        Relationship,
        RespondentDraft,
        ResponseDraft,
        RoundDraft,
        Source,
    )
    from alsdesk.services.feedback.service import FeedbackService
    from alsdesk.services.feedback.synthesis import synthesize
    from tests.services.feedback.filling import answer_keys, fill

    feedback = FeedbackService(vault)
    prompts = (Prompt("k1", f"Prompt {canary}?", 2), Prompt("k2", f"Open {canary}?"))
    found = feedback.create_round(
        RoundDraft(
            f"Round {canary}", dt.date(2026, 12, 18), prompts, ratings=True, about=f"Me {canary}"
        )
    )
    people = [
        feedback.add_respondent(
            found.id,
            RespondentDraft(f"Name{n} {canary}", f"{canary}{n}@example.org", relationship, True),
        )
        for n, relationship in enumerate(
            [Relationship.LINE_MANAGER, Relationship.PEER, Relationship.PEER]
        )
    ]
    forms_folder.mkdir()
    written = {w.respondent_id: w for w in write_forms(feedback, found.id, forms_folder)}
    form = written[people[0].id].pdf
    filled = fill(
        form,
        forms_folder / "back.pdf",
        {k: f"Form answer {canary}" for k in answer_keys(form)},
        {2: 3},
    )
    [outcome] = importing.import_files(feedback, found.id, [filled])
    assert outcome.outcome is importing.Outcome.IMPORTED
    text = written[people[1].id].text.read_text(encoding="utf-8")
    text = text.replace(
        "=== ANSWER 1 [k1] ===\n", f"=== ANSWER 1 [k1] ===\nEmail answer {canary}\n"
    )
    assert importing.import_text(feedback, found.id, text).outcome is importing.Outcome.IMPORTED
    feedback.record_response(
        people[2].id,
        ResponseDraft(Answers({"k2": f"Paper answer {canary}"}, {2: 4}), source=Source.PAPER),
    )
    feedback.save_self_view(found.id, Answers({"k1": f"Self view {canary}"}, {2: 2}))
    feedback.mark_reminded([people[1].id])
    assert canary in repr(synthesize(feedback.contents(found.id)))
    from alsdesk.services.feedback.themes import FeedbackThemes, ThemeKind

    themes = FeedbackThemes(feedback)
    themes.mark(found.id, "k2", f"Paper answer {canary}", ThemeKind.STRENGTH, f"Label {canary}")
    themes.mark(found.id, "k1", f"Email answer {canary}", ThemeKind.DEVELOPMENT, f"Grow {canary}")
    assert {t.label for t in themes.themes(found.id)} == {f"Label {canary}", f"Grow {canary}"}


def test_a_flipped_byte_damages_that_entry_only(journal, store):
    kept = journal.add(draft("Kept"))
    spoilt = journal.add(draft("Spoilt"))
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        sealed = bytearray(
            conn.execute("SELECT sealed FROM journal_entry WHERE id = ?", (spoilt.id,)).fetchone()[
                0
            ]
        )
        sealed[len(sealed) // 2] ^= 0x40
        conn.execute("UPDATE journal_entry SET sealed = ? WHERE id = ?", (bytes(sealed), spoilt.id))
        conn.commit()
    contents = journal.read_all()
    assert [e.id for e in contents.entries] == [kept.id]
    [damaged] = contents.damaged
    assert damaged.id == spoilt.id and "changed on disk" in damaged.reason
    journal.delete(spoilt.id)
    assert journal.read_all().damaged == ()


def test_ciphertext_moved_to_another_row_does_not_open(journal, store):
    first = journal.add(draft("First"))
    second = journal.add(draft("Second"))
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        sealed = conn.execute(
            "SELECT sealed FROM journal_entry WHERE id = ?", (first.id,)
        ).fetchone()
        conn.execute("UPDATE journal_entry SET sealed = ? WHERE id = ?", (sealed[0], second.id))
        conn.commit()
    contents = journal.read_all()
    assert [e.id for e in contents.entries] == [first.id]
    assert [d.id for d in contents.damaged] == [second.id]


def test_changing_the_passphrase_rewrites_one_row_and_survives_reopening(
    journal, data_paths, store, make_journal
):
    for n in range(5):
        journal.add(draft(f"Entry {n}"))
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        before = conn.execute("SELECT id, sealed FROM journal_entry ORDER BY id").fetchall()
    journal.vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        after = conn.execute("SELECT id, sealed FROM journal_entry ORDER BY id").fetchall()
    assert after == before  # no entry was re-encrypted
    store.close()

    reopened = open_store(data_paths.database)
    try:
        again = make_journal(reopened)
        with pytest.raises(WrongPassphraseError):
            again.vault.unlock(PASSPHRASE)
        again.vault.unlock(NEW_PASSPHRASE)
        assert len(again.read_all().entries) == 5
    finally:
        reopened.close()


def test_changing_the_passphrase_checks_the_current_one_and_the_new_one(journal):
    with pytest.raises(ValidationError) as wrong:
        journal.vault.change_passphrase("not it at all really", NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert "current" in wrong.value.fields
    with pytest.raises(ValidationError) as same:
        journal.vault.change_passphrase(PASSPHRASE, PASSPHRASE, PASSPHRASE)
    assert "passphrase" in same.value.fields
    with pytest.raises(ValidationError) as weak:
        journal.vault.change_passphrase(PASSPHRASE, "abc", "abc")
    assert "passphrase" in weak.value.fields


def test_the_old_wrapped_key_is_not_left_in_the_database_files(journal, store, data_paths):
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        old = conn.execute("SELECT wrapped_key FROM vault_keyring").fetchone()[0]
    journal.vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    for path in every_file_under(data_paths.root):
        assert old not in path.read_bytes(), path


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(services):
    recovery_key = services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=True)
    assert recovery_key and services.vault.has_recovery_key()
    services.journal.add(draft())
    services.vault.lock()
    with pytest.raises(ValidationError) as wrong:
        services.vault.unlock_with_recovery(
            "0000-0000-0000-0000-0000-0000-0000-0000", NEW_PASSPHRASE, NEW_PASSPHRASE
        )
    assert "recovery_key" in wrong.value.fields
    services.vault.unlock_with_recovery(recovery_key.lower(), NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert services.journal.is_unlocked
    services.vault.lock()
    services.vault.unlock(NEW_PASSPHRASE)
    assert len(services.journal.read_all().entries) == 1


def test_a_new_recovery_key_replaces_the_old(services):
    old = services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=True)
    new = services.vault.replace_recovery_key()
    services.vault.lock()
    with pytest.raises(ValidationError):
        services.vault.unlock_with_recovery(old, NEW_PASSPHRASE, NEW_PASSPHRASE)
    services.vault.unlock_with_recovery(new, NEW_PASSPHRASE, NEW_PASSPHRASE)


def test_saving_keeps_when_the_entry_was_first_written(journal):
    entry = journal.add(draft())
    saved = journal.save(entry.id, draft(text="I spoke up, and then listened."))
    again = journal.get(entry.id)
    assert again.created_at == entry.created_at
    assert again.draft.sections[0].text == "I spoke up, and then listened."
    assert saved == again


def test_idle_time_is_ten_minutes_until_changed_within_limits(journal):
    assert journal.vault.idle_minutes() == 10
    journal.vault.set_idle_minutes(3)
    assert journal.vault.idle_minutes() == 3
    with pytest.raises(ValidationError):
        journal.vault.set_idle_minutes(0)


def test_templates_are_kept_sealed_and_sorted(journal):
    later = journal.add_template(TemplateDraft("Safety huddle", (Section("What happened?", ""),)))
    journal.add_template(
        TemplateDraft("After a complaint", (Section("The complaint", "In brief."),))
    )
    assert [t.draft.name for t in journal.templates()] == ["After a complaint", "Safety huddle"]
    journal.save_template(later.id, TemplateDraft("Huddle", later.draft.stages))
    journal.delete_template(later.id)
    assert [t.draft.name for t in journal.templates()] == ["After a complaint"]
    with pytest.raises(ValidationError):
        journal.add_template(TemplateDraft("", (Section("", ""),)))


def test_links_offer_held_meetings_and_my_own_goals(journal, services, cedar, people):
    from alsdesk.services.goals import GoalDraft

    me = services.people.set_me("Ruth Okafor")
    services.goals.create(me.id, GoalDraft("Fewer agency shifts"))
    services.goals.create(people["Amira"], GoalDraft("Not mine"))
    event = next(e for e in services.schedule.list_events(cedar.id) if e.kind == "set_meeting")
    meeting = services.meetings.open_for_event(event.id)
    options = journal.link_options()
    assert [g.label for g in options.goals] == ["Fewer agency shifts"]
    assert [m.id for m in options.meetings] == [meeting.id]
    assert options.meetings[0].label.startswith("Cedar set · ")
    assert options.goal_label(999) == "a goal no longer in alsdesk"


def spoil_keyring(store, column, position):
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        value = conn.execute(f"SELECT {column} FROM vault_keyring").fetchone()[0]
        raw = bytearray(value.encode() if isinstance(value, str) else value)
        raw[position] ^= 0x01
        stored = raw.decode("latin-1") if isinstance(value, str) else bytes(raw)
        conn.execute(f"UPDATE vault_keyring SET {column} = ?", (stored,))
        conn.commit()


@pytest.mark.parametrize("position", [2, 15, 30, -20, -5])
def test_a_flipped_byte_in_the_key_parameters_says_the_key_record_is_damaged(
    journal, store, position
):
    journal.vault.lock()
    spoil_keyring(store, "kdf", position)
    with pytest.raises(KeyringDamagedError, match="key record is damaged"):
        journal.vault.unlock(PASSPHRASE)


def test_a_key_record_that_is_not_text_leaves_idle_time_readable_and_says_damaged(journal, store):
    journal.vault.lock()
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        conn.execute("UPDATE vault_keyring SET kdf = CAST(X'FF' || CAST(kdf AS BLOB) AS TEXT)")
        conn.commit()
    assert journal.vault.idle_minutes() == 10
    with pytest.raises(KeyringDamagedError, match="key record is damaged"):
        journal.vault.unlock(PASSPHRASE)


def test_a_damaged_wrapped_key_is_not_taken_for_a_mistyped_passphrase(journal, store):
    journal.vault.lock()
    spoil_keyring(store, "wrapped_key", 20)
    with pytest.raises(KeyringDamagedError, match="backup"):
        journal.vault.unlock(PASSPHRASE)


def test_a_keyring_without_its_check_still_opens_and_gains_one(journal, store):
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        kdf = json.loads(conn.execute("SELECT kdf FROM vault_keyring").fetchone()[0])
        del kdf["check"]
        conn.execute("UPDATE vault_keyring SET kdf = ?", (json.dumps(kdf),))
        conn.commit()
    journal.vault.lock()
    journal.vault.unlock(PASSPHRASE)
    journal.vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        assert "check" in json.loads(conn.execute("SELECT kdf FROM vault_keyring").fetchone()[0])


def test_an_entry_whose_uid_is_not_text_is_reported_while_the_rest_opens(journal, store):
    kept = journal.add(draft("Kept"))
    spoilt = journal.add(draft("Spoilt"))
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        conn.execute(
            "UPDATE journal_entry SET uid = CAST(X'C3' || CAST(uid AS BLOB) AS TEXT) WHERE id = ?",
            (spoilt.id,),
        )
        conn.commit()
    contents = journal.read_all()
    assert [e.id for e in contents.entries] == [kept.id]
    assert [d.id for d in contents.damaged] == [spoilt.id]


def test_a_damaged_template_is_reported_not_silently_dropped(journal, store):
    kept = journal.add_template(TemplateDraft("Huddle", (Section("What happened?", ""),)))
    spoilt = journal.add_template(TemplateDraft("Complaint", (Section("In brief", ""),)))
    other = journal.add_template(TemplateDraft("Other", (Section("Why", ""),)))
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        sealed = bytearray(
            conn.execute(
                "SELECT sealed FROM journal_template WHERE id = ?", (spoilt.id,)
            ).fetchone()[0]
        )
        sealed[-3] ^= 0x10
        conn.execute(
            "UPDATE journal_template SET sealed = ? WHERE id = ?", (bytes(sealed), spoilt.id)
        )
        conn.execute(
            "UPDATE journal_template SET uid = CAST(X'C3' || CAST(uid AS BLOB) AS TEXT)"
            " WHERE id = ?",
            (other.id,),
        )
        conn.commit()
    assert [t.id for t in journal.templates()] == [kept.id]
    assert sorted(journal.damaged_templates()) == sorted([spoilt.id, other.id])
