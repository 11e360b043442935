"""The facilitator restores yesterday's backup from the File menu and sees its sets again."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from alsdesk.services.backup import DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY, BackupService
from tests.ui.conftest import click_button, replace_text


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
    from alsdesk.ui.window.restore_dialog import RestoreDialog

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
    services.vault.set_up(old, old, with_recovery_key=False)
    service = window.backup_service()
    service.back_up()
    services.vault.change_passphrase(old, new, new)
    older = service.older_sealed_backups()
    assert len(older) == 1
    window.answer_reseal("reseal", older)
    assert service.older_sealed_backups() == []
    assert "Re-sealed 1" in window.statusBar().currentMessage()


def _restore_the_listed_backup(qtbot, window, on_modal, answer: str) -> dict:
    """Choose the first listed backup, then answer the confirmation with ``answer``."""
    asked = {}

    def confirm_box(box) -> None:
        asked["question"] = box.text()
        click_button(qtbot, box, answer)

    def choose(dialog) -> None:
        dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
        on_modal(confirm_box)
        click_button(qtbot, dialog, "Restore")

    on_modal(choose)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: "question" in asked, timeout=30_000)
    return asked


def test_cancelling_the_confirmation_leaves_the_data_as_it_was(
    qtbot, make_window, make_set, store, data_paths, on_modal
):
    make_set("Cedar set")
    BackupService(store.path, data_paths.backups).back_up()
    make_set("Birch set")
    window = make_window()
    asked = _restore_the_listed_backup(qtbot, window, on_modal, "Cancel")
    assert "in place of the data you have now" in asked["question"]
    assert sorted(_set_names(window)) == ["Birch set", "Cedar set"]
    assert list(data_paths.backups.glob("alsdesk-before-restore-*.sqlite3")) == []


def test_confirming_puts_the_backups_data_in_place(
    qtbot, make_window, make_set, store, data_paths, on_modal, services
):
    make_set("Cedar set")
    BackupService(store.path, data_paths.backups).back_up()
    make_set("Birch set")
    window = make_window()
    _restore_the_listed_backup(qtbot, window, on_modal, "Restore")
    assert _set_names(window) == ["Cedar set"]
    assert [s.name for s in services.sets.list_sets()] == ["Cedar set"]
    assert "Restored" in window.statusBar().currentMessage()


def test_the_number_of_automatic_backups_kept_can_be_changed(qtbot, window, data_paths, on_modal):
    seen = {}

    def change(dialog) -> None:
        seen["folder"] = dialog.findChild(QLabel, "folder").text()
        if shots := os.environ.get("ALSDESK_SCREENSHOTS"):
            dialog.grab().save(os.path.join(shots, "backup_settings.png"))
        replace_text(qtbot, dialog, "keep_daily", "14")
        replace_text(qtbot, dialog, "keep_weekly", "0")
        click_button(qtbot, dialog, "Save")

    on_modal(change)
    window.backup_settings_action.trigger()
    qtbot.waitUntil(lambda: "folder" in seen, timeout=30_000)
    assert str(data_paths.backups) in seen["folder"]
    service = window.backup_service()
    assert (service.keep_daily, service.keep_weekly) == (14, 0)
    reread = QSettings(str(data_paths.settings), QSettings.Format.IniFormat)
    assert int(reread.value("backups/keep_daily")) == 14
    assert "last 14 days and 0 weeks" in window.statusBar().currentMessage()

    on_modal(lambda dialog: click_button(qtbot, dialog, "Cancel"))
    window.backup_settings_action.trigger()
    assert window.backup_service().keep_daily == 14


def test_a_damaged_setting_falls_back_to_the_default(window):
    window.settings.setValue("backups/keep_daily", "lots")
    window.settings.setValue("backups/keep_weekly", "-3")
    service = window.backup_service()
    assert (service.keep_daily, service.keep_weekly) == (DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY)


def test_restoring_brings_back_the_journal_of_the_backup_and_locks_it(
    qtbot, make_window, store, data_paths, on_modal, services
):
    import datetime as dt

    from alsdesk.services.journal.entries import EntryDraft, Section

    passphrase = "sturdy lantern orchard tide"

    def entry(title):
        return EntryDraft(
            dt.date(2026, 11, 3), title, "free", "Free writing", (Section("", "", "x"),)
        )

    services.vault.set_up(passphrase, passphrase, with_recovery_key=False)
    services.journal.add(entry("In the backup"))
    BackupService(store.path, data_paths.backups).back_up()
    services.journal.add(entry("Written since"))
    window = make_window()
    _restore_the_listed_backup(qtbot, window, on_modal, "Restore")

    assert not services.journal.is_unlocked
    services.vault.unlock(passphrase)
    assert [e.draft.title for e in services.journal.read_all().entries] == ["In the backup"]
