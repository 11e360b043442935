"""A round's questions: edit, add, remove and reorder them before the forms go out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from alsdesk.services.errors import ValidationError
from alsdesk.services.feedback.model import Prompt, Round, new_key
from alsdesk.services.leadership import DIMENSIONS
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.steady import SteadyLabel


class PromptsDialog(QDialog):
    """``save(prompts)`` stores the questions in their new order or raises ValidationError."""

    def __init__(self, found: Round, save: Callable[[tuple[Prompt, ...]], object], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questions of %s") % found.title)
        self.setModal(True)
        self.resize(640, 560)
        self._save = save
        self.prompts = list(found.draft.prompts)
        self.list = QListWidget()
        self.list.setObjectName("prompt_list")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.text = QPlainTextEdit()
        self.text.setObjectName("prompt_text")
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 12)
        self.text.textChanged.connect(self._edited)
        self.dimension = QComboBox()
        self.dimension.setObjectName("prompt_dimension")
        self.dimension.addItem(self.tr("An open question"), None)
        for d in DIMENSIONS:
            self.dimension.addItem(f"{d.number}. {d.name}", d.number)
        self.dimension.currentIndexChanged.connect(self._edited)
        moves = QHBoxLayout()
        for name, text, slot in (
            ("prompt_up", self.tr("Move &up"), lambda: self._move(-1)),
            ("prompt_down", self.tr("Move &down"), lambda: self._move(1)),
            ("prompt_add", self.tr("&Add question"), self._add),
            ("prompt_remove", self.tr("&Remove"), self._remove),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            moves.addWidget(button)
        moves.addStretch(1)
        self.error = SteadyLabel(1, name="prompts_error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(
            hint_label(self.tr("Forms made from now on ask these questions, in this order."))
        )
        column.addWidget(self.list, 1)
        column.addLayout(moves)
        column.addWidget(self.dimension)
        column.addWidget(self.text)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self._fill(0)

    def _fill(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, prompt in enumerate(self.prompts, start=1):
            item = QListWidgetItem(f"{number}. {prompt.text}")
            item.setData(Qt.ItemDataRole.UserRole, prompt.key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.prompts:
            self.list.setCurrentRow(max(0, min(row, len(self.prompts) - 1)))
            self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.prompts):
            return
        prompt = self.prompts[row]
        for widget in (self.text, self.dimension):
            widget.blockSignals(True)
        self.text.setPlainText(prompt.text)
        self.dimension.setCurrentIndex(self.dimension.findData(prompt.dimension))
        for widget in (self.text, self.dimension):
            widget.blockSignals(False)

    def _edited(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.prompts):
            return
        self.prompts[row] = replace(
            self.prompts[row],
            text=" ".join(self.text.toPlainText().split()),
            dimension=self.dimension.currentData(),
        )
        self.list.item(row).setText(f"{row + 1}. {self.prompts[row].text}")

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self.prompts) and 0 <= target < len(self.prompts):
            self.prompts[row], self.prompts[target] = self.prompts[target], self.prompts[row]
            self._fill(target)

    def _add(self) -> None:
        self.prompts.append(Prompt(new_key(), self.tr("A question of your own")))
        self._fill(len(self.prompts) - 1)
        self.text.setFocus()
        self.text.selectAll()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.prompts):
            del self.prompts[row]
            self._fill(row)

    def _try_accept(self) -> None:
        try:
            self._save(tuple(self.prompts))
        except ValidationError as error:
            self.error.setText(str(error))
            return
        self.accept()
