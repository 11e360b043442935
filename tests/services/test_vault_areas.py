"""The private vault: one unlock for every area, each sealing with its own bound context."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from alsdesk.crypto import TamperedError
from alsdesk.services.journal.entries import EntryDraft, Section
from alsdesk.services.journal.links import LinkChoice, LinkOptions
from alsdesk.services.journal.service import JournalService
from alsdesk.services.vault import Vault, VaultLockedError

PASSPHRASE = "sturdy lantern orchard tide"


def draft(title: str = "After the bed meeting") -> EntryDraft:
    import datetime as dt

    return EntryDraft(dt.date(2026, 11, 3), title, "free", "Free writing", (Section("", "", "x"),))


def test_one_unlock_opens_the_journal_and_a_later_area_and_locking_closes_both(services):
    vault = services.vault
    feedback = vault.sealer("feedback")  # the next area, sealing without a service of its own
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    sealed = feedback.seal("response:1", b"Gives clear handovers")
    services.journal.add(draft())
    vault.lock()

    assert not services.journal.is_unlocked
    with pytest.raises(VaultLockedError):
        feedback.open("response:1", sealed)
    with pytest.raises(VaultLockedError):
        services.journal.read_all()

    vault.unlock(PASSPHRASE)  # through the vault, not the journal
    assert services.journal.is_unlocked
    assert feedback.open("response:1", sealed) == b"Gives clear handovers"
    assert [e.draft.title for e in services.journal.read_all().entries] == ["After the bed meeting"]


def test_each_area_seals_with_its_own_context(services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    journal, feedback = services.vault.sealer("journal"), services.vault.sealer("feedback")
    sealed = feedback.seal("entry:abc", b"private")
    with pytest.raises(TamperedError):
        journal.open("entry:abc", sealed)
    with pytest.raises(TamperedError):
        feedback.open("entry:abd", sealed)
    assert feedback.open("entry:abc", sealed) == b"private"
    with pytest.raises(ValueError):
        services.vault.sealer("journal-entry")  # would blur the boundary between areas


def test_an_area_that_refuses_the_unlock_keeps_the_vault_locked(services):
    class Refusing:
        def vault_created(self, session, keyring_digest):
            pass

        def vault_opening(self, keyring_digest, *, trust_keyring):
            raise RuntimeError("key record put back")

        def vault_keyring_changed(self, session, keyring_digest):
            pass

        def vault_locked(self):
            pass

    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    services.vault.lock()
    services.vault.attach(Refusing())
    with pytest.raises(RuntimeError):
        services.vault.unlock(PASSPHRASE)
    assert not services.vault.is_unlocked and not services.journal.is_unlocked


def test_the_vault_holds_no_shared_table_and_the_links_come_from_a_service_call(
    services, vault_store, make_set
):
    assert not {"meeting", "goal", "action_set", "person"} & set(
        inspect(vault_store.engine).get_table_names()
    )
    calls = []

    def links() -> LinkOptions:
        calls.append(1)
        return LinkOptions(meetings=(LinkChoice(4, "Cedar set · Set meeting 1"),), goals=())

    journal = JournalService(services.vault, links)
    assert journal.link_options().meeting_label(4) == "Cedar set · Set meeting 1"
    assert calls == [1]
    make_set("Cedar set")
    assert services.journal.link_options().meetings == ()  # no meeting held yet


def test_the_journal_service_keeps_no_key_of_its_own(services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    assert not [name for name, value in vars(services.journal).items() if value == _key(services)]


def _key(services) -> bytes:
    return services.vault._session_key()


def test_a_second_vault_over_the_same_file_needs_its_own_unlock(services, vault_store):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    other = Vault(vault_store)
    assert other.is_set_up() and not other.is_unlocked
