"""A dialog of labelled fields that shows each error beneath its field.

Subclasses add fields with :meth:`add_field` and hand the constructor their
``collect`` function, which builds the value and asks the service to validate
it. The dialog only closes when ``collect`` succeeds, so nothing half-valid
ever leaves it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services import limits
from alsdesk.services.errors import StorageError, UserError, ValidationError
from alsdesk.ui.common.date_field import DateField

ERROR_STYLE = f"color: {theme.current().screen.error};"
WARNING_STYLE = f"color: {theme.current().screen.attention};"
INVALID_STYLE = f"border: 1px solid {theme.current().screen.error}; border-radius: 3px;"


class FormDialog(QDialog):
    def __init__(self, title: str, collect: Callable[[], object], parent: QWidget | None = None):
        """``collect`` builds and validates the result (and may save it); a ValidationError
        keeps the dialog open with messages at the fields, and a storage failure or other
        refusal keeps it open with the sentence in a message box, so nothing typed is lost."""
        super().__init__(parent)
        self._collect = collect
        self.setWindowTitle(title)
        self.setModal(True)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._marked: dict[str, QWidget] = {}
        self.result_value = None
        self._shown = False

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        self.top = QVBoxLayout()
        layout.addLayout(self.top)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_field(
        self,
        key: str,
        label: str,
        widget: QWidget,
        marks: QWidget | None = None,
        max_length: int = limits.LINE,
    ) -> QWidget:
        """A row with ``widget`` and, hidden until needed, its error message.

        ``marks`` is the input outlined in red on error (default: ``widget``),
        for rows that hold several controls. A line edit takes at most
        ``max_length`` characters, the service's limit for that field.
        """
        if isinstance(widget, QLineEdit):
            widget.setMaxLength(max_length)
            if widget.validator() is None:
                widget.setValidator(OneLine(widget))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.form.addRow(label, box)
        # The label's shortcut (Alt+T for "&Title") goes to the input, not to the box
        # that also holds its error.
        caption = self.form.labelForField(box)
        if isinstance(caption, QLabel):
            caption.setBuddy(_focus_target(widget))
        widget.setObjectName(key)
        self._fields[key] = widget
        self._marked[key] = marks or widget
        self._errors[key] = error
        self._watch(key, widget)
        return widget

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def error_text(self, key: str) -> str:
        """The message shown at a field ('' when none)."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def show_errors(self, problems: dict[str, str]) -> None:
        first = None
        for key, message in problems.items():
            if key not in self._errors:
                continue
            self._errors[key].setStyleSheet(ERROR_STYLE)
            self._errors[key].setText(message)
            keep_room_when_hidden(self._errors[key])
            self._errors[key].show()
            mark_invalid(self._marked[key])
            first = first or self._marked[key]
        if first is not None:
            first.setFocus()

    def _show_unreadable(self, key: str, field: DateField) -> None:
        """Say at once, as the user leaves it, that a typed date names no day."""
        if field.isEnabled() and field.problem() and key in self._errors:
            self._errors[key].setStyleSheet(ERROR_STYLE)
            self._errors[key].setText(field.problem())
            keep_room_when_hidden(self._errors[key])
            self._errors[key].show()
            mark_invalid(self._marked[key])

    def show_warning(self, key: str, message: str) -> None:
        """A doubt about a field's value ('' takes it away), in the message's place below
        it: it does not stop OK, and an error shown there takes precedence."""
        label = self._errors[key]
        if label.styleSheet() == ERROR_STYLE and not label.isHidden():
            return
        label.setStyleSheet(WARNING_STYLE if message else ERROR_STYLE)
        label.setText(message)
        keep_room_when_hidden(label)
        label.setVisible(bool(message))

    def clear_error(self, key: str) -> None:
        if key in self._errors and not self._errors[key].isHidden():
            self._errors[key].hide()
            mark_invalid(self._marked[key], False)

    def ask(self):
        """Show the dialog modally; the validated result, or None if cancelled."""
        try:
            return self.result_value if self.exec() else None
        finally:
            self.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:
        """Start in the first field, and let Tab reach OK and Cancel after the last one.

        The buttons exist before the fields, so Qt would otherwise begin with them.
        """
        super().showEvent(event)
        if self._fields and not self._shown:
            self._shown = True
            fields = [_focus_target(w) for w in self._fields.values()]
            buttons = [b for b in self.buttons.buttons() if b.isVisible()]
            for before, after in itertools.pairwise(fields[-1:] + buttons):
                QWidget.setTabOrder(before, after)
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _try_accept(self) -> None:
        unreadable = self._unreadable_dates()
        if unreadable:
            self.show_errors(unreadable)
            return
        try:
            self.result_value = self._collect()
        except ValidationError as exc:
            self.show_errors(exc.fields)
            return
        except (UserError, StorageError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()

    def _unreadable_dates(self) -> dict[str, str]:
        """A typed date that names no day, by field: it is never saved as some other day."""
        problems = {}
        for key, widget in self._fields.items():
            dates = [widget] if isinstance(widget, DateField) else widget.findChildren(DateField)
            for each in dates:
                if each.isEnabled() and each.problem():
                    problems[key] = each.problem()
        return problems

    def _watch(self, key: str, widget: QWidget) -> None:
        def clear(*_args) -> None:
            self.clear_error(key)

        for each in [widget] if isinstance(widget, DateField) else widget.findChildren(DateField):
            each.textEdited.connect(clear)
            each.dateChanged.connect(clear)
            each.editingFinished.connect(lambda each=each: self._show_unreadable(key, each))
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(clear)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(clear)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(clear)


def mark_invalid(widget: QWidget, invalid: bool = True) -> None:
    """Outline ``widget`` in the error colour (or take the outline off) without resizing it.

    A style sheet's border changes a combo box's or a line edit's height by a few pixels,
    which would move every row below; a one-line field's height is pinned at its natural
    size first (a text box that grows keeps growing).
    """
    one_line = widget.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed
    if one_line and widget.minimumHeight() != widget.maximumHeight():
        widget.setFixedHeight(widget.sizeHint().height())
    widget.setStyleSheet(INVALID_STYLE if invalid else "")


def keep_room_when_hidden(label: QLabel) -> None:
    """A message once shown keeps its room when it goes: the fields below it stay put
    while the user corrects the field (until the dialog closes)."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)


def _focus_target(widget: QWidget) -> QWidget:
    """What a label's shortcut and the first focus should reach in ``widget``.

    A row of several controls (a check box and a date) gets its first control as
    focus proxy: the shortcut then moves the focus there without clicking it, and
    Tab still stops at each control once.
    """
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
        return widget
    inner = next(
        (w for w in widget.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus),
        None,
    )
    if inner is not None:
        widget.setFocusProxy(inner)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return widget


class OneLine(QValidator):
    """Line breaks pasted into a one-line field become spaces, as the user sees them.

    (QLineEdit keeps a pasted line break, invisibly; the service would then
    refuse a name that looks like one line.)
    """

    def validate(self, text: str, pos: int):
        if "\n" not in text and "\r" not in text:
            return QValidator.State.Acceptable, text, pos
        spaced = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
        return QValidator.State.Acceptable, spaced, max(0, pos - (len(text) - len(spaced)))
