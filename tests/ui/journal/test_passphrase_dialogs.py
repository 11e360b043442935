"""A member changes the journal's passphrase, replaces its recovery key, and stores a key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QWidget

from alsdesk.services.errors import ValidationError
from alsdesk.ui.journal.passphrase_dialog import ChangePassphraseDialog, replace_recovery_key
from alsdesk.ui.journal.recovery_key_dialog import RecoveryKeyDialog, show_recovery_key
from alsdesk.ui.journal.unlock_panel import UnlockPanel
from tests.ui.conftest import click, click_button, positions, type_into

OLD = "copper lantern drifts over quiet harbour"
NEW = "violet kettle under the stairs"
KEY = "4Z0E-QG8M-3HXF-TG01-736Q-BHTG-DEPJ-49T0"


@pytest.fixture
def journal(services):
    services.vault.set_up(OLD, OLD, with_recovery_key=False)
    return services.journal


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_member_changes_the_passphrase_and_then_opens_the_journal_with_the_new_one(
    qtbot, journal, services, screenshot
):
    dialog = ChangePassphraseDialog(journal.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "only the key that opens them changes" in dialog.findChild(QLabel, "intro").text()

    type_into(qtbot, dialog, "current", "copper lantern")
    type_into(qtbot, dialog, "passphrase", NEW)
    type_into(qtbot, dialog, "confirmation", NEW)
    screenshot(dialog, "journal-change-passphrase-dialog")
    click_button(qtbot, dialog, "Change passphrase")
    assert dialog.isVisible()
    assert dialog.error_text("current") == "That is not the journal's passphrase."
    screenshot(dialog, "journal-change-passphrase-dialog-error")

    dialog.field("current").clear()
    type_into(qtbot, dialog, "current", OLD)
    assert dialog.error_text("current") == ""
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.field("confirmation"), Qt.Key.Key_Return)

    services.vault.lock()
    panel = UnlockPanel(services.vault)
    qtbot.addWidget(panel)
    panel.show()
    panel.reset()
    type_into(qtbot, panel, "passphrase", OLD)
    click(qtbot, panel.findChild(QWidget, "unlock"))
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    assert panel.error_text().startswith("That passphrase does not open this journal.")
    panel.reset()
    type_into(qtbot, panel, "passphrase", NEW)
    with qtbot.waitSignal(panel.unlocked, timeout=30_000):
        click(qtbot, panel.findChild(QWidget, "unlock"))


def test_a_weak_or_unchanged_new_passphrase_is_refused_at_its_field(qtbot, journal):
    dialog = ChangePassphraseDialog(journal.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "current", OLD)
    type_into(qtbot, dialog, "passphrase", "tangerine92x")
    assert dialog.meter.label_text() == "Fair"
    type_into(qtbot, dialog, "confirmation", "tangerine92x")
    click_button(qtbot, dialog, "Change passphrase")
    assert dialog.error_text("passphrase") == "Add another word or two. Uncommon words are better."

    dialog.field("passphrase").clear()
    type_into(qtbot, dialog, "passphrase", OLD)
    click_button(qtbot, dialog, "Change passphrase")
    assert dialog.error_text("passphrase") == "The new passphrase is the same as the old one."
    assert dialog.isVisible()
    journal.vault.lock()
    journal.vault.unlock(OLD)


def test_a_new_recovery_key_replaces_the_old_one_after_asking(qtbot, journal, parent, on_modal):
    old_key = journal.vault.replace_recovery_key()
    seen = {}

    def store_key(dialog: RecoveryKeyDialog) -> None:
        seen["key"] = dialog.findChild(QLabel, "recovery_key").text()
        click(qtbot, dialog.findChild(QWidget, "stored"))
        click(qtbot, dialog.findChild(QWidget, "done"))

    def agree(box) -> None:
        seen["question"] = box.text()
        on_modal(store_key)
        click_button(qtbot, box, "Make a new key")

    on_modal(agree)
    assert replace_recovery_key(parent, journal.vault)

    assert "current recovery key will stop working" in seen["question"]
    assert seen["key"] != old_key
    journal.vault.lock()
    with pytest.raises(ValidationError, match="does not open this journal"):
        journal.vault.unlock_with_recovery(old_key, NEW, NEW)
    journal.vault.unlock_with_recovery(seen["key"], NEW, NEW)
    assert journal.is_unlocked


def test_declining_keeps_the_old_recovery_key(qtbot, journal, parent, on_modal):
    old_key = journal.vault.replace_recovery_key()

    on_modal(lambda box: click_button(qtbot, box, "Cancel"))
    assert not replace_recovery_key(parent, journal.vault)

    journal.vault.lock()
    journal.vault.unlock_with_recovery(old_key, NEW, NEW)


@pytest.fixture
def key_dialog(qtbot) -> RecoveryKeyDialog:
    dialog = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog, timeout=30_000):
        dialog.show()
    return dialog


def test_the_recovery_key_is_copied_and_the_clipboard_cleared_when_done(qtbot, key_dialog):
    finish = [key_dialog.findChild(QWidget, "stored"), key_dialog.findChild(QPushButton, "done")]
    before = positions(key_dialog, finish)
    click(qtbot, key_dialog.findChild(QPushButton, "copy"))
    assert QApplication.clipboard().text() == KEY
    assert key_dialog.status_text().startswith("Copied.")
    assert positions(key_dialog, finish) == before  # the note had its room

    click(qtbot, key_dialog.findChild(QWidget, "stored"))
    click(qtbot, key_dialog.findChild(QPushButton, "done"))

    assert not key_dialog.isVisible()
    assert QApplication.clipboard().text() == ""


def test_the_recovery_key_is_saved_as_a_utf8_text_file(qtbot, key_dialog, tmp_path, monkeypatch):
    target = tmp_path / "clé de récupération.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    click(qtbot, key_dialog.findChild(QPushButton, "save"))

    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("alsdesk journal recovery key.")
    assert lines[-1] == KEY
    assert len([line for line in lines if line]) == 2
    assert key_dialog.status_text().startswith(f"Saved to {target}.")


def test_a_failed_save_is_explained_in_the_dialog(qtbot, key_dialog, tmp_path, monkeypatch):
    target = tmp_path / "no such folder" / "key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    click(qtbot, key_dialog.findChild(QPushButton, "save"))

    assert key_dialog.status_text().startswith("The key could not be saved there:")
    assert key_dialog.isVisible()


def test_the_key_dialog_stays_open_until_the_member_says_the_key_is_stored(qtbot, key_dialog):
    done = key_dialog.findChild(QPushButton, "done")
    assert not done.isEnabled()
    qtbot.keyClick(key_dialog, Qt.Key.Key_Escape)
    key_dialog.close()
    assert key_dialog.isVisible()

    click(qtbot, key_dialog.findChild(QWidget, "stored"))
    assert done.isEnabled()
    click(qtbot, done)
    assert key_dialog.result() == RecoveryKeyDialog.DialogCode.Accepted


def test_show_recovery_key_returns_once_done(qtbot, parent, on_modal):
    def store(dialog) -> None:
        click(qtbot, dialog.findChild(QWidget, "stored"))
        click_button(qtbot, dialog, "Done")

    on_modal(store)
    show_recovery_key(parent, KEY)
