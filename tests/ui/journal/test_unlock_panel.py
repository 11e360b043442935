"""A member opens the locked journal: a mistyped passphrase, the right one, a recovery key."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from alsdesk.services.journal.service import WrongPassphraseError
from alsdesk.store.vault import vault_beside
from alsdesk.ui.journal.recover_dialog import RecoverDialog
from alsdesk.ui.journal.unlock_panel import UnlockPanel
from tests.ui.conftest import click, click_button, type_into

PASSPHRASE = "copper lantern drifts over quiet harbour"
NEW_PASSPHRASE = "violet kettle under the stairs"


def locked_journal(services, *, with_recovery_key: bool) -> str | None:
    key = services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=with_recovery_key)
    services.vault.lock()
    return key


@pytest.fixture
def panel(qtbot, services) -> UnlockPanel:
    widget = UnlockPanel(services.vault)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    with qtbot.waitExposed(widget, timeout=30_000):
        widget.show()
    widget.reset()
    return widget


def test_a_wrong_passphrase_is_refused_plainly_then_the_right_one_opens_the_journal(
    qtbot, services, panel, screenshot
):
    locked_journal(services, with_recovery_key=True)
    screenshot(panel, "journal-unlock-panel")
    type_into(qtbot, panel, "passphrase", "copper lantern drifts over quiet harbor")
    click(qtbot, panel.findChild(QWidget, "unlock"))
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)

    assert panel.error_text().startswith("That passphrase does not open this journal.")
    assert not services.journal.is_unlocked
    assert panel.passphrase.hasFocus()
    assert panel.passphrase.selectedText() == "copper lantern drifts over quiet harbor"
    screenshot(panel, "journal-unlock-panel-wrong")

    qtbot.keyClicks(panel.passphrase, PASSPHRASE)  # types over the selection
    assert panel.error_text() == ""
    with qtbot.waitSignal(panel.unlocked, timeout=30_000):
        qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)

    assert services.journal.is_unlocked
    assert panel.passphrase.text() == ""


def test_unlock_with_nothing_typed_asks_for_the_passphrase(qtbot, services, panel):
    locked_journal(services, with_recovery_key=False)
    with qtbot.assertNotEmitted(panel.unlocked):
        click(qtbot, panel.findChild(QWidget, "unlock"))
    assert panel.error_text() == "Type your passphrase first."


def test_reset_leaves_no_earlier_attempt_behind(qtbot, services, panel):
    locked_journal(services, with_recovery_key=False)
    type_into(qtbot, panel, "passphrase", "not it at all, sorry")
    click(qtbot, panel.findChild(QWidget, "unlock"))
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    assert panel.error_text()
    panel.findChild(QWidget, "forgot").setFocus()

    panel.reset()

    assert panel.passphrase.text() == ""
    assert panel.error_text() == ""
    assert panel.passphrase.hasFocus()


def test_a_forgotten_passphrase_is_recovered_with_the_recovery_key(
    qtbot, services, panel, on_modal, screenshot
):
    key = locked_journal(services, with_recovery_key=True)
    seen = {}

    def interact(dialog: RecoverDialog) -> None:
        assert isinstance(dialog, RecoverDialog)
        type_into(qtbot, dialog, "recovery_key", "AAAA-" + key[5:])
        type_into(qtbot, dialog, "passphrase", NEW_PASSPHRASE)
        assert dialog.meter.label_text() == "Very strong"
        type_into(qtbot, dialog, "confirmation", NEW_PASSPHRASE)
        click_button(qtbot, dialog, "Open journal")
        seen["wrong key"] = dialog.error_text("recovery_key")
        screenshot(dialog, "journal-recover-dialog-wrong-key")
        seen["opened too early"] = services.journal.is_unlocked
        dialog.field("recovery_key").clear()
        type_into(qtbot, dialog, "recovery_key", key.lower().replace("-", " "))
        click_button(qtbot, dialog, "Open journal")

    on_modal(interact)
    with qtbot.waitSignal(panel.unlocked, timeout=30_000):
        click(qtbot, panel.findChild(QWidget, "forgot"))

    assert seen["wrong key"] == "That recovery key does not open this journal."
    assert seen["opened too early"] is False
    assert services.journal.is_unlocked
    services.vault.lock()
    with pytest.raises(WrongPassphraseError):
        services.vault.unlock(PASSPHRASE)
    services.vault.unlock(NEW_PASSPHRASE)


def test_a_weak_new_passphrase_keeps_the_recovery_dialog_open(qtbot, services, panel, on_modal):
    key = locked_journal(services, with_recovery_key=True)
    seen = {}

    def interact(dialog: RecoverDialog) -> None:
        type_into(qtbot, dialog, "recovery_key", key)
        type_into(qtbot, dialog, "passphrase", "plum")
        type_into(qtbot, dialog, "confirmation", "plum")
        click_button(qtbot, dialog, "Open journal")
        seen["error"] = dialog.error_text("passphrase")
        seen["visible"] = dialog.isVisible()
        click_button(qtbot, dialog, "Cancel")

    on_modal(interact)
    with qtbot.assertNotEmitted(panel.unlocked):
        click(qtbot, panel.findChild(QWidget, "forgot"))

    assert seen["visible"]
    assert seen["error"].startswith("Too short")
    assert not services.journal.is_unlocked
    services.vault.unlock(PASSPHRASE)  # unchanged


def test_without_a_recovery_key_forgotten_explains_kindly_and_deletes_nothing(
    qtbot, services, panel, on_modal, screenshot
):
    locked_journal(services, with_recovery_key=False)
    seen = {}

    def interact(box: QMessageBox) -> None:
        seen["text"] = f"{box.text()} {box.informativeText()}"
        screenshot(box, "journal-no-recovery-key-message")
        click_button(qtbot, box, "OK")

    on_modal(interact)
    with qtbot.assertNotEmitted(panel.unlocked):
        click(qtbot, panel.findChild(QWidget, "forgot"))

    assert "without the passphrase or a recovery key nobody can open it" in seen["text"]
    assert "keeps it private" in seen["text"]
    assert "only by deleting this one" in seen["text"]
    assert services.vault.is_set_up()
    services.vault.unlock(PASSPHRASE)


def test_a_damaged_key_record_is_said_plainly_not_taken_for_a_typo(qtbot, services, store, panel):
    locked_journal(services, with_recovery_key=False)
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        kdf = conn.execute("SELECT kdf FROM vault_keyring").fetchone()[0]
        conn.execute("UPDATE vault_keyring SET kdf = ?", (kdf.replace("a", "b", 1),))
        conn.commit()
    panel.passphrase.setText(PASSPHRASE)
    panel.unlock()
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    assert "key record is damaged" in panel.error_text()
    assert "Caps Lock" not in panel.error_text()
    assert not services.journal.is_unlocked


def test_a_damaged_key_record_leaves_the_sets_working_and_the_journal_says_why(
    qtbot, services, store, make_set, make_window
):
    make_set("Cedar set")
    locked_journal(services, with_recovery_key=True)
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        raw = bytearray(conn.execute("SELECT CAST(kdf AS BLOB) FROM vault_keyring").fetchone()[0])
        raw[2] ^= 0x01
        conn.execute("UPDATE vault_keyring SET kdf = ?", (bytes(raw).decode("latin-1"),))
        conn.commit()

    window = make_window()  # starts as usual over the damaged key record

    assert [s.name for s in services.sets.list_sets()] == ["Cedar set"]
    window.show_journal()
    unlock = window.journal_page.findChild(UnlockPanel)
    assert unlock is not None and unlock.isVisible()
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock()
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert "key record is damaged" in unlock.error_text()
    assert "recovery key" in unlock.error_text()
    assert not services.journal.is_unlocked
