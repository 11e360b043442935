"""Automatic backups: once a day when something changed, at quit after changes, re-sealing."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from alsdesk.services.backup import BackupService
from alsdesk.store import backups


def _service(store, data_paths, now=dt.datetime(2026, 12, 2, 9, 0)):
    return BackupService(store.path, data_paths.backups, now=lambda: now)


def test_the_first_start_with_data_takes_a_backup_and_the_second_does_not(
    store, data_paths, make_set
):
    make_set("Cedar set")
    service = _service(store, data_paths)
    assert service.back_up_if_due() is not None
    assert service.back_up_if_due() is None
    assert [s.sets for s in service.summaries()] == [1]


def test_quitting_after_a_change_backs_up_and_without_one_does_not(store, data_paths, make_set):
    service = _service(store, data_paths)
    service.back_up()
    marker = data_paths.backups / "last-backup"
    past = time.time() - 60
    os.utime(marker, (past, past))
    for path in data_paths.root.glob("*.sqlite3*"):
        os.utime(path, (past - 60, past - 60))
    assert service.back_up_if_changed() is None
    make_set("Birch set")
    assert service.back_up_if_changed() is not None


def test_after_a_passphrase_change_older_backups_are_resealed(services, store, data_paths):
    journal = services.journal
    journal.vault.set_up(
        "correct horse battery staple 42",
        "correct horse battery staple 42",
        with_recovery_key=False,
    )
    service = _service(store, data_paths)
    old = service.back_up()
    journal.vault.change_passphrase(
        "correct horse battery staple 42",
        "a new and quite long passphrase 7",
        "a new and quite long passphrase 7",
    )
    assert service.older_sealed_backups() == [old]
    result = service.reseal([old], journal.opens_sealed)
    assert result.resealed == (old,)
    assert service.older_sealed_backups() == []
    assert backups.check(old) == []


def test_a_resealed_backup_opens_with_the_new_passphrase_and_its_entries_are_trusted(
    services, store, data_paths
):
    from functools import partial

    from alsdesk.crypto.kdf import fast_params
    from alsdesk.services.journal.entries import EntryDraft, Section
    from alsdesk.services.journal.links import link_options
    from alsdesk.services.journal.service import JournalService, KeyringReplacedError
    from alsdesk.services.vault import Vault
    from alsdesk.store import open_store
    from alsdesk.store.vault import open_vault

    old, new = "correct horse battery staple 42", "a new and quite long passphrase 7"
    journal = services.journal
    journal.vault.set_up(old, old, with_recovery_key=False)
    journal.add(
        EntryDraft(
            dt.date(2026, 11, 20), "Bed meeting", "free", "Free writing", (Section("", "", "x"),)
        )
    )
    service = _service(store, data_paths)
    resealed, keyring_only = service.back_up(), data_paths.root / "keyring-only.sqlite3"
    backups.write_backup(resealed, keyring_only, backups.companion(resealed))
    journal.vault.change_passphrase(old, new, new)

    service.reseal([resealed], journal.opens_sealed, journal.reseal_manifest)
    backups.copy_keyring(data_paths.vault, keyring_only)  # without the manifest: as before

    for path, opens in ((resealed, True), (keyring_only, False)):
        copy = open_store(path)
        vault_copy = open_vault(backups.companion(path))
        try:
            theirs = JournalService(
                Vault(vault_copy, kdf_params=fast_params), partial(link_options, copy)
            )
            if opens:
                theirs.vault.unlock(new)
                contents = theirs.read_all()
                assert [e.draft.title for e in contents.entries] == ["Bed meeting"]
                assert (contents.damaged, contents.missing, contents.notice) == ((), 0, "")
            else:  # its manifest still vouches for the old key record
                with pytest.raises(KeyringReplacedError):
                    theirs.vault.unlock(new)
        finally:
            vault_copy.close()
            copy.close()


def test_the_copy_taken_before_the_journal_moved_is_resealed_after_a_passphrase_change(
    tmp_path,
):
    import shutil
    from pathlib import Path

    from alsdesk.paths import DataPaths
    from alsdesk.services import Services
    from alsdesk.store import open_store
    from tests.store.make_fixture_0006 import PASSPHRASE as OLD

    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    fixture = Path(__file__).parents[1] / "store/fixtures/revision_0006_versions_manifest.sqlite3"
    shutil.copyfile(fixture, paths.database)
    services = Services.over(open_store(paths.database))  # moves the journal, after a copy
    [before_the_move] = backups.list_backups(paths.backups)
    assert backups.journal_file(before_the_move) == before_the_move  # one file, journal inside
    new = "a new and quite long passphrase 7"
    services.vault.change_passphrase(OLD, new, new)
    service = BackupService(paths.database, paths.backups)
    assert service.older_sealed_backups() == [before_the_move]

    services.vault.unlock(new)
    result = service.reseal(
        [before_the_move], services.journal.opens_sealed, services.journal.reseal_manifest
    )
    services.close()

    assert result.resealed == (before_the_move,)
    assert service.older_sealed_backups() == []
    assert backups.backup_keyring_bytes(before_the_move) == backups.keyring_bytes(paths.vault)
