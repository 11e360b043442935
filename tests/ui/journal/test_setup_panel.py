"""A member sets up the private journal: a passphrase, its strength, and a recovery key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from alsdesk.services.journal.service import WrongPassphraseError
from alsdesk.ui.journal.recovery_key_dialog import RecoveryKeyDialog
from alsdesk.ui.journal.setup_panel import COLUMN_WIDTH, SetupPanel
from tests.ui.conftest import click, positions, type_into

STRONG = "copper lantern drifts over quiet harbour"
NEW = "violet kettle under the stairs"


@pytest.fixture
def panel(qtbot, services) -> SetupPanel:
    widget = SetupPanel(services.vault)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    with qtbot.waitExposed(widget, timeout=30_000):
        widget.show()
    return widget


def store_the_key(qtbot, seen: dict, screenshot=None):
    """A dialog interaction: read the recovery key, tick "stored" and press Done."""

    def interact(dialog: RecoveryKeyDialog) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        seen["key"] = dialog.findChild(QLabel, "recovery_key").text()
        done = dialog.findChild(QPushButton, "done")
        seen["done_enabled_at_first"] = done.isEnabled()
        if screenshot:
            screenshot(dialog, "journal-recovery-key-dialog")
        click(qtbot, dialog.findChild(QWidget, "stored"))
        click(qtbot, done)

    return interact


def test_a_weak_passphrase_is_called_weak_and_refused_under_the_field(
    qtbot, panel, services, screenshot
):
    type_into(qtbot, panel, "passphrase", "sunshine")

    assert panel.meter.label_text() == "Very weak"
    assert panel.meter.bar.filled == 1
    type_into(qtbot, panel, "confirmation", "sunshine")
    click(qtbot, panel.findChild(QWidget, "create"))

    assert panel.error_text("passphrase").startswith("Too short: use at least 10 characters.")
    assert panel.error_text("confirmation") == ""
    assert not services.vault.is_set_up()
    assert panel.meter.advice_text() == ""  # said once, by the error
    assert panel.passphrase.hasFocus()
    qtbot.waitUntil(lambda: panel.meter.height() == panel.meter.sizeHint().height())
    screenshot(panel, "journal-setup-panel-weak")

    qtbot.keyClicks(panel.passphrase, " by the sea")
    assert panel.error_text("passphrase") == ""
    assert panel.meter.advice_text() != ""


def test_the_meter_follows_the_typing_from_weak_to_very_strong(qtbot, panel):
    assert panel.meter.label_text() == ""
    assert panel.meter.bar.filled == 0
    assert "unrelated words" in panel.meter.advice_text()

    type_into(qtbot, panel, "passphrase", "tangerine92x")
    assert (panel.meter.label_text(), panel.meter.bar.filled) == ("Fair", 2)

    panel.passphrase.clear()
    type_into(qtbot, panel, "passphrase", STRONG)
    assert (panel.meter.label_text(), panel.meter.bar.filled) == ("Very strong", 4)
    assert panel.meter.advice_text().startswith("Good:")


def test_a_strong_passphrase_makes_the_journal_and_its_recovery_key_opens_it(
    qtbot, panel, services, on_modal, screenshot
):
    type_into(qtbot, panel, "passphrase", STRONG)
    type_into(qtbot, panel, "confirmation", STRONG)
    assert panel.findChild(QWidget, "with_recovery").isChecked()
    screenshot(panel, "journal-setup-panel-typed")
    seen: dict = {}
    on_modal(store_the_key(qtbot, seen, screenshot))

    with qtbot.waitSignal(panel.set_up):
        click(qtbot, panel.findChild(QWidget, "create"))

    assert seen["done_enabled_at_first"] is False
    assert services.journal.is_unlocked
    assert panel.passphrase.text() == panel.confirmation.text() == ""
    services.vault.lock()
    services.vault.unlock_with_recovery(seen["key"], NEW, NEW)
    assert services.journal.is_unlocked
    services.vault.lock()
    with pytest.raises(WrongPassphraseError):
        services.vault.unlock(STRONG)


def test_differing_confirmation_is_shown_under_it_and_nothing_is_saved(qtbot, panel, services):
    type_into(qtbot, panel, "passphrase", STRONG)
    type_into(qtbot, panel, "confirmation", STRONG.replace("quiet", "quite"))
    click(qtbot, panel.findChild(QWidget, "create"))

    assert panel.error_text("confirmation") == "The two passphrases differ. Type it again."
    assert panel.error_text("passphrase") == ""
    assert not services.vault.is_set_up()
    type_into(qtbot, panel, "confirmation", "x")
    assert panel.error_text("confirmation") == ""  # cleared as soon as it is edited


def test_enter_in_the_confirmation_creates_a_journal_without_a_recovery_key(qtbot, panel, services):
    click(qtbot, panel.findChild(QWidget, "with_recovery"))
    type_into(qtbot, panel, "passphrase", STRONG)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert panel.confirmation.hasFocus()
    qtbot.keyClicks(panel.confirmation, STRONG)

    with qtbot.waitSignal(panel.set_up):  # no recovery key dialog to answer
        qtbot.keyClick(panel.confirmation, Qt.Key.Key_Return)

    assert services.journal.is_unlocked
    assert not services.vault.has_recovery_key()


def test_show_reveals_both_passphrases(qtbot, panel):
    fields = panel.findChildren(QLineEdit)
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Password}
    click(qtbot, panel.findChild(QWidget, "show"))
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Normal}


@pytest.mark.parametrize("size", [(800, 600), (1366, 768), (560, 480)])
def test_the_panel_is_a_centred_column_at_common_window_sizes(qtbot, panel, screenshot, size):
    panel.resize(*size)
    page, bar = panel.scroll.widget(), panel.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() == (page.height() > panel.scroll.viewport().height()))
    column = panel.findChild(QWidget, "setup_column")
    left = column.mapTo(panel, column.rect().topLeft()).x()
    right = panel.width() - left - column.width()
    assert column.width() <= COLUMN_WIDTH
    assert abs(left - right) <= panel.scroll.verticalScrollBar().width() + 2
    warning = panel.findChild(QLabel, "forget_warning")
    assert warning.height() >= warning.heightForWidth(warning.width())  # not clipped
    create = panel.findChild(QWidget, "create")
    assert create.mapTo(page, create.rect().bottomLeft()).y() < page.height()  # scrolls to it
    screenshot(panel, f"journal-setup-panel-{size[0]}x{size[1]}")


def test_the_fields_below_stay_put_while_the_passphrase_is_typed(qtbot, panel):
    below = [panel.findChild(QLineEdit, "confirmation"), panel.findChild(QWidget, "create")]
    before = positions(panel, below)

    for text in ("s", "sunshine", "sunshine and", STRONG):  # advice of one, two, no lines
        field = panel.findChild(QLineEdit, "passphrase")
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        assert positions(panel, below) == before, text
