"""The data folder, the database and every backup are readable by their owner alone."""

from __future__ import annotations

import os
import stat

import pytest

from alsdesk.cli import main
from alsdesk.paths import DataPaths, ensure
from alsdesk.services import Services
from alsdesk.services.backup import BackupService
from alsdesk.services.sets import SetDraft
from alsdesk.store import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    """A umask that would leave everything readable by all, as on many machines."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_data_folder_and_database_are_private_whatever_the_umask(tmp_path, open_umask):
    paths = ensure(DataPaths(tmp_path / "fresh" / "alsdesk"))
    store = open_store(paths.database)
    try:
        Services.over(store).sets.create(SetDraft(name="Cedar set"))
        wal = paths.database.with_name(paths.database.name + "-wal")
        assert wal.exists()
        assert mode(paths.root) == 0o700
        assert mode(paths.database) == 0o600
        assert mode(wal) == 0o600
    finally:
        store.close()


def test_a_database_left_readable_by_an_older_version_is_made_private(tmp_path, open_umask):
    paths = ensure(DataPaths(tmp_path / "data"))
    store = open_store(paths.database)
    store.close()
    os.chmod(paths.database, 0o644)

    open_store(paths.database).close()

    assert mode(paths.database) == 0o600


def test_automatic_and_chosen_backups_are_private(tmp_path, open_umask, capsys):
    paths = ensure(DataPaths(tmp_path / "data"))
    store = open_store(paths.database)
    Services.over(store).sets.create(SetDraft(name="Cedar set"))
    store.close()

    automatic = BackupService(paths.database, paths.backups).back_up()
    usb = tmp_path / "usb.sqlite3"
    assert main(["--data-dir", str(paths.root), "backup", "--out", str(usb)]) == 0

    assert mode(paths.backups) == 0o700
    assert mode(automatic) == 0o600
    assert mode(usb) == 0o600
