"""The ``on_modal`` fixture itself: one handler per modal dialog, none left over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tests.ui.conftest import _ModalHandlers, click_button


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def ask(parent: QWidget, text: str) -> QMessageBox.StandardButton:
    return QMessageBox.question(parent, "Question", text)


def test_each_handler_answers_one_dialog_in_order(qtbot, parent):
    handlers = _ModalHandlers()
    seen = []

    def answer(button: str):
        def interact(box) -> None:
            seen.append(box.text())
            click_button(qtbot, box, button)

        return interact

    handlers(answer("Yes"))
    handlers(answer("No"))
    assert ask(parent, "first") == QMessageBox.StandardButton.Yes
    assert ask(parent, "second") == QMessageBox.StandardButton.No
    handlers.finish()
    assert seen == ["first", "second"]


def test_a_handler_can_answer_a_dialog_its_own_click_opens(qtbot, parent):
    handlers = _ModalHandlers()
    seen = []
    outer = QDialog(parent)
    outer.setModal(True)

    def confirm(box) -> None:
        seen.append(box.text())
        click_button(qtbot, box, "Yes")

    def in_outer(dialog) -> None:
        handlers(confirm)
        if ask(dialog, "sure?") == QMessageBox.StandardButton.Yes:
            dialog.accept()

    handlers(in_outer)
    assert outer.exec() == QDialog.DialogCode.Accepted
    handlers.finish()
    assert seen == ["sure?"]


def test_a_handler_that_never_runs_fails_the_test(qtbot):
    handlers = _ModalHandlers()
    handlers(lambda dialog: None)
    with pytest.raises(pytest.fail.Exception, match="on_modal handler never ran"):
        handlers.finish()


def test_an_error_in_a_handler_reaches_the_test_and_the_dialog_is_rejected(qtbot, parent):
    handlers = _ModalHandlers()

    def broken(box) -> None:
        raise RuntimeError("handler broke")

    handlers(broken)
    with qtbot.captureExceptions() as errors:
        answer = ask(parent, "anything")
    handlers.finish()
    assert answer != QMessageBox.StandardButton.Yes
    assert [str(e[1]) for e in errors] == ["handler broke"]


def test_a_dialog_that_refuses_to_close_is_still_closed_after_its_handler(qtbot, parent):
    class Stubborn(QDialog):
        def closeEvent(self, event) -> None:
            event.ignore()

        def reject(self) -> None:
            pass

    handlers = _ModalHandlers()
    handlers(lambda dialog: None)
    dialog = Stubborn(parent)
    dialog.setModal(True)
    dialog.exec()
    handlers.finish()
    assert not dialog.isVisible()


def test_a_handler_can_leave_its_dialog_for_the_app_to_close(qtbot, parent):
    handlers = _ModalHandlers()
    dialog = QDialog(parent)
    dialog.setModal(True)
    seen = []

    def look(shown) -> None:
        seen.append(shown.isVisible())
        QTimer.singleShot(50, shown.accept)

    handlers(look, leave_open=True)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    handlers.finish()
    assert seen == [True]
