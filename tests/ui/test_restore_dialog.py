"""The facilitator restores yesterday's backup from the File menu and sees its sets again."""

from __future__ import annotations

import os

from alsdesk.services.backup import BackupService
from tests.ui.conftest import click_button


def _set_names(window) -> list[str]:
    model = window.sets_panel.model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_restoring_a_listed_backup_brings_back_its_sets(
    qtbot, make_window, make_set, store, data_paths, on_modal, monkeypatch
):
    make_set("Cedar set")
    BackupService(store.path, data_paths.backups).back_up()
    make_set("Birch set")
    window = make_window()
    assert sorted(_set_names(window)) == ["Birch set", "Cedar set"]
    monkeypatch.setattr(window, "_confirm_restore", lambda _path: True)
    seen = {}

    def interact(dialog) -> None:
        backups = dialog.list
        seen["rows"] = backups.topLevelItemCount()
        first = backups.topLevelItem(0)
        seen["counts"] = [first.text(1), first.text(2), first.text(3)]
        backups.setCurrentItem(first)
        if shots := os.environ.get("ALSDESK_SCREENSHOTS"):
            dialog.grab().save(os.path.join(shots, "restore.png"))
        click_button(qtbot, dialog, "Restore")

    on_modal(interact)
    window.restore_action.trigger()
    assert seen == {"rows": 1, "counts": ["1", "0", "0"]}
    assert _set_names(window) == ["Cedar set"]
    aside = list(data_paths.backups.glob("alsdesk-before-restore-*.sqlite3"))
    assert len(aside) == 1


def test_a_file_that_is_not_a_backup_is_refused_in_the_dialog(qtbot, window, tmp_path):
    from alsdesk.ui.dialogs.restore_dialog import RestoreDialog

    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database")
    dialog = RestoreDialog(window.backup_service(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choose_file(junk) is False
    assert "not an SQLite database" in dialog.problems.text()
    assert dialog.problems.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_after_a_passphrase_change_older_backups_are_resealed(window, services, store, data_paths):
    old, new = "correct horse battery staple 42", "a new and quite long passphrase 7"
    services.journal.set_up(old, old, with_recovery_key=False)
    service = window.backup_service()
    service.back_up()
    services.journal.change_passphrase(old, new, new)
    older = service.older_sealed_backups()
    assert len(older) == 1
    window.answer_reseal("reseal", older)
    assert service.older_sealed_backups() == []
    assert "Re-sealed 1" in window.statusBar().currentMessage()
