"""Automatic backups: once a day when something changed, at quit after changes, re-sealing."""

from __future__ import annotations

import datetime as dt
import os
import time

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
    for path in data_paths.root.glob("alsdesk.sqlite3*"):
        os.utime(path, (past - 60, past - 60))
    assert service.back_up_if_changed() is None
    make_set("Birch set")
    assert service.back_up_if_changed() is not None


def test_after_a_passphrase_change_older_backups_are_resealed(services, store, data_paths):
    journal = services.journal
    journal.set_up(
        "correct horse battery staple 42",
        "correct horse battery staple 42",
        with_recovery_key=False,
    )
    service = _service(store, data_paths)
    old = service.back_up()
    journal.change_passphrase(
        "correct horse battery staple 42",
        "a new and quite long passphrase 7",
        "a new and quite long passphrase 7",
    )
    assert service.older_sealed_backups() == [old]
    result = service.reseal([old], journal.opens_sealed)
    assert result.resealed == (old,)
    assert service.older_sealed_backups() == []
    assert backups.check(old) == []
