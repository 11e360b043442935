"""The journal notices whole rows put back, deleted, moved or added, and an old key record.

Each test damages the database file the way someone with the file (and no
passphrase) could, through sqlite3 beside the app, then unlocks as the member.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

import pytest

from alsdesk.services.errors import ChangedElsewhereError, StorageError, UserError
from alsdesk.services.journal import manifest
from alsdesk.services.journal.entries import EntryDraft, Section, TemplateDraft
from alsdesk.services.journal.service import (
    MANIFEST_REBUILT,
    KeyringReplacedError,
    WrongPassphraseError,
)

PASSPHRASE = "sturdy lantern orchard tide"
NEW_PASSPHRASE = "quiet harbour violet mango"


def draft(title: str, text: str = "I spoke up.") -> EntryDraft:
    return EntryDraft(
        entry_date=dt.date(2026, 11, 20),
        title=title,
        model_key="free",
        model_name="Free writing",
        sections=(Section("Reflection", "Write freely.", text),),
    )


@pytest.fixture
def journal(services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    return services.journal


@pytest.fixture
def db(data_paths, vault_store):
    """A second connection to the same file, as another program would have."""

    def run(sql: str, *params):
        vault_store.engine.dispose()  # the app's next query reads the file afresh
        with closing(sqlite3.connect(data_paths.vault)) as conn, conn:
            return conn.execute(sql, params).fetchall()

    return run


def reopen(journal, passphrase: str = PASSPHRASE):
    journal.vault.lock()
    journal.vault.unlock(passphrase)
    return journal.read_all()


def reasons(contents) -> dict[int, str]:
    return {d.id: d.reason for d in contents.damaged}


def test_an_untouched_journal_reports_nothing(journal):
    journal.add(draft("Monday"))
    saved = journal.add(draft("Tuesday"))
    journal.save(saved.id, draft("Tuesday", "Edited."))
    journal.delete(journal.add(draft("Gone")).id)

    contents = reopen(journal)

    assert [e.draft.title for e in contents.entries] == ["Tuesday", "Monday"]
    assert (contents.damaged, contents.missing, contents.notice) == ((), 0, "")


def test_an_entry_put_back_to_an_older_sealed_copy_is_reported_not_shown(journal, db):
    entry = journal.add(draft("Bed meeting", "First thoughts."))
    [(old_sealed, old_version)] = db("SELECT sealed, version FROM journal_entry")
    journal.save(entry.id, draft("Bed meeting", "What I really think now."))

    db(
        "UPDATE journal_entry SET sealed = ?, version = ? WHERE id = ?",
        old_sealed,
        old_version,
        entry.id,
    )
    contents = reopen(journal)

    assert contents.entries == ()
    assert reasons(contents) == {entry.id: manifest.ROLLED_BACK}


def test_an_older_sealed_copy_under_the_current_version_number_is_reported(journal, db):
    entry = journal.add(draft("Bed meeting", "First thoughts."))
    [(old_sealed,)] = db("SELECT sealed FROM journal_entry")
    journal.save(entry.id, draft("Bed meeting", "What I really think now."))

    db("UPDATE journal_entry SET sealed = ? WHERE id = ?", old_sealed, entry.id)

    assert reasons(reopen(journal)) == {entry.id: manifest.CHANGED}


def test_a_deleted_entry_row_is_counted_missing_until_the_member_accepts_it(journal, db):
    kept = journal.add(draft("Kept"))
    gone = journal.add(draft("Gone"))

    db("DELETE FROM journal_entry WHERE id = ?", gone.id)
    contents = reopen(journal)

    assert [e.id for e in contents.entries] == [kept.id]
    assert contents.missing == 1
    journal.accept_missing()
    assert reopen(journal).missing == 0


def test_two_entries_swapping_uid_and_sealed_bytes_are_both_reported(journal, db):
    first, second = journal.add(draft("First")), journal.add(draft("Second"))
    rows = dict((i, (u, s)) for i, u, s in db("SELECT id, uid, sealed FROM journal_entry"))

    db("UPDATE journal_entry SET uid = 'x' || uid")  # the uids are unique: move them aside first
    for target, source in ((first.id, second.id), (second.id, first.id)):
        uid, sealed = rows[source]
        db("UPDATE journal_entry SET uid = ?, sealed = ? WHERE id = ?", uid, sealed, target)
    contents = reopen(journal)

    assert contents.entries == ()
    assert reasons(contents) == {first.id: manifest.MOVED, second.id: manifest.MOVED}


def test_an_entry_row_brought_back_from_a_copy_is_reported_as_added_outside(journal, db):
    entry = journal.add(draft("Said too much"))
    [(uid, sealed, version)] = db("SELECT uid, sealed, version FROM journal_entry")
    journal.delete(entry.id)

    db(
        "INSERT INTO journal_entry (id, uid, sealed, version) VALUES (?, ?, ?, ?)",
        entry.id,
        uid,
        sealed,
        version,
    )
    contents = reopen(journal)

    assert contents.entries == ()
    assert reasons(contents) == {entry.id: manifest.NOT_RECORDED}


def test_a_key_record_from_before_a_passphrase_change_does_not_open_the_journal(services, db):
    journal = services.journal
    recovery_key = journal.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=True)
    journal.add(draft("Private"))
    [old] = db("SELECT kdf, wrapped_key, recovery_wrapped_key, generation FROM vault_keyring")
    journal.vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    journal.vault.lock()

    db(
        "UPDATE vault_keyring SET kdf = ?, wrapped_key = ?, recovery_wrapped_key = ?, "
        "generation = ?",
        *old,
    )
    with pytest.raises(KeyringReplacedError, match="put back from an earlier copy"):
        journal.vault.unlock(PASSPHRASE)
    assert not journal.is_unlocked
    with pytest.raises(WrongPassphraseError):
        journal.vault.unlock(NEW_PASSPHRASE)

    # The recovery key proves the owner: it opens the journal and sets a new key record.
    journal.vault.unlock_with_recovery(recovery_key, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert [e.draft.title for e in reopen(journal, NEW_PASSPHRASE).entries] == ["Private"]


def test_a_deleted_or_damaged_manifest_is_rebuilt_and_said_once(journal, db):
    journal.add(draft("Monday"))

    db("DELETE FROM journal_manifest")
    assert reopen(journal).notice == MANIFEST_REBUILT
    assert reopen(journal).notice == ""

    [(sealed,)] = db("SELECT sealed FROM journal_manifest")
    db("UPDATE journal_manifest SET sealed = ?", sealed[:-1] + bytes([sealed[-1] ^ 1]))
    contents = reopen(journal)
    assert contents.notice == MANIFEST_REBUILT
    assert [e.draft.title for e in contents.entries] == ["Monday"]


def test_a_journal_from_before_manifests_is_trusted_at_first_unlock_then_guarded(journal, db):
    kept, gone = journal.add(draft("Kept")), journal.add(draft("Gone"))
    db("DELETE FROM journal_manifest")
    db("UPDATE vault_keyring SET generation = 1")  # as migration 0006 leaves a keyring

    first = reopen(journal)
    assert (first.notice, first.missing, len(first.entries)) == ("", 0, 2)

    db("DELETE FROM journal_entry WHERE id = ?", gone.id)
    assert reopen(journal).missing == 1
    assert [e.id for e in journal.read_all().entries] == [kept.id]


def test_templates_put_back_or_deleted_are_reported_for_themselves(journal, db):
    stages = (Section("What happened?", "Describe it."),)
    rolled = journal.add_template(TemplateDraft("Handover", stages))
    [(old_sealed, old_version)] = db("SELECT sealed, version FROM journal_template")
    journal.save_template(rolled.id, TemplateDraft("Handover (v2)", stages))
    gone = journal.add_template(TemplateDraft("Supervision", stages))
    fine = journal.add_template(TemplateDraft("Appraisal", stages))

    db(
        "UPDATE journal_template SET sealed = ?, version = ? WHERE id = ?",
        old_sealed,
        old_version,
        rolled.id,
    )
    db("DELETE FROM journal_template WHERE id = ?", gone.id)
    reopen(journal)

    assert [t.id for t in journal.templates()] == [fine.id]
    assert journal.damaged_templates() == (rolled.id,)
    assert journal.missing_templates() == 1


def test_a_save_that_fails_in_its_transaction_leaves_the_held_manifest_unchanged(
    journal, impatient, data_paths
):
    entry = journal.add(draft("Monday"))

    with closing(sqlite3.connect(data_paths.vault, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StorageError):
            journal.save(entry.id, draft("Monday", "Never saved."))
        other.execute("ROLLBACK")
    journal.add(draft("Tuesday"))  # writes the manifest the service holds

    contents = reopen(journal)
    assert (contents.damaged, contents.missing) == ((), 0)
    assert {e.draft.sections[0].text for e in contents.entries} == {"I spoke up."}


@pytest.fixture
def second_window(journal, store, make_journal):
    """The same journal open a second time over the same database (another window)."""
    other = make_journal(store)
    other.vault.unlock(PASSPHRASE)
    return other


def test_a_save_over_an_entry_changed_elsewhere_is_refused_and_keeps_the_other(
    journal, second_window
):
    entry = journal.add(draft("Bed meeting", "First thoughts."))
    [seen_there] = second_window.read_all().entries
    journal.save(entry.id, draft("Bed meeting", "Saved here first."))

    with pytest.raises(ChangedElsewhereError):
        second_window.save(entry.id, draft("Bed meeting", "Typed there."), seen_there.version)

    [kept] = reopen(journal).entries
    assert kept.draft.sections[0].text == "Saved here first."


def test_writes_from_two_windows_keep_one_true_manifest(journal, second_window):
    first = journal.add(draft("Here"))
    second_window.add(draft("There"))
    journal.save(first.id, draft("Here", "Edited here."))
    second_window.delete(first.id)
    journal.add(draft("Here again"))

    contents = reopen(journal)
    assert sorted(e.draft.title for e in contents.entries) == ["Here again", "There"]
    assert (contents.damaged, contents.missing) == ((), 0)


def test_two_set_ups_at_once_end_in_a_message_not_an_integrity_error(services, store, make_journal):
    other = make_journal(store)
    checked_before_the_first_was_written = other.vault.is_set_up()
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    assert not checked_before_the_first_was_written
    other.vault.is_set_up = lambda: checked_before_the_first_was_written  # its check came first

    with pytest.raises(UserError, match="already set up"):
        other.vault.set_up(NEW_PASSPHRASE, NEW_PASSPHRASE, with_recovery_key=False)
    services.vault.lock()
    services.vault.unlock(PASSPHRASE)
