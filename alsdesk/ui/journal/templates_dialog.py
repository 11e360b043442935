"""The user's own reflective templates: a name and stages, each a heading and a prompt.

Templates are sealed like entries (their prompts can be personal). An entry
keeps its own copy of the headings and prompts, so editing or deleting a
template never changes what was already written.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.journal.entries import Section, Template, TemplateDraft
from alsdesk.services.journal.service import JournalService
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.saving import telling_failures
from alsdesk.ui.journal.sections import MUTED_STYLE

STARTING_ROWS = 3


class TemplateDialog(FormDialog):
    """Make or change one template."""

    def __init__(self, journal: JournalService, template: Template | None, parent=None):
        super().__init__(
            self.tr("Edit template") if template else self.tr("New template"), self._save, parent
        )
        self._journal = journal
        self._template = template
        self.name = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.stages = QTableWidget(0, 2)
        self.stages.setHorizontalHeaderLabels([self.tr("Stage heading"), self.tr("Prompt")])
        self.stages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.stages.horizontalHeader().setStretchLastSection(True)
        self.stages.setColumnWidth(0, 180)
        self.stages.verticalHeader().setVisible(True)
        self.stages.setMinimumHeight(200)
        self.stages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("&Add stage"), objectName="add_stage")
        add.clicked.connect(lambda: self._add_row("", ""))
        remove = QPushButton(self.tr("&Remove stage"), objectName="remove_stage")
        remove.clicked.connect(self._remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stages)
        column.addLayout(buttons)
        self.add_field("stages", self.tr("&Stages"), box, marks=self.stages)
        self.stages.setObjectName("stages_table")
        hint = QLabel(
            self.tr(
                "Each stage becomes a box in the entry, with its prompt above it. "
                "Entries already written keep the stages they were written with."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        self.top.addWidget(hint)
        if template is not None:
            self.name.setText(template.draft.name)
            for stage in template.draft.stages:
                self._add_row(stage.heading, stage.prompt)
        else:
            for _ in range(STARTING_ROWS):
                self._add_row("", "")
        self.resize(620, 440)

    def _add_row(self, heading: str, prompt: str) -> None:
        row = self.stages.rowCount()
        self.stages.insertRow(row)
        self.stages.setItem(row, 0, QTableWidgetItem(heading))
        self.stages.setItem(row, 1, QTableWidgetItem(prompt))
        self.clear_error("stages")

    def _remove_row(self) -> None:
        row = self.stages.currentRow()
        if row >= 0:
            self.stages.removeRow(row)

    def draft(self) -> TemplateDraft:
        stages = []
        for row in range(self.stages.rowCount()):
            heading, prompt = (
                (self.stages.item(row, col).text() if self.stages.item(row, col) else "").strip()
                for col in (0, 1)
            )
            if heading or prompt:
                stages.append(Section(heading, prompt))
        return TemplateDraft(self.name.text().strip(), tuple(stages))

    def _save(self) -> Template:
        self.stages.setCurrentCell(-1, -1)  # commit a cell still being typed in
        if self._template is None:
            return self._journal.add_template(self.draft())
        return self._journal.save_template(self._template.id, self.draft())


class TemplatesDialog(QDialog):
    """The list of the user's templates, to add, change or delete."""

    def __init__(self, journal: JournalService, parent: QWidget | None = None):
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("My templates"))
        self.list = QListWidget(objectName="templates")
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.hint = QLabel(
            self.tr(
                "No templates yet. A template is your own set of reflective stages, "
                "for example for a safety huddle or after a complaint."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.damaged = QLabel(objectName="damaged_templates")
        self.damaged.setWordWrap(True)
        new = QPushButton(self.tr("&New…"), objectName="new_template")
        new.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_template")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_template")
        self.delete_button.clicked.connect(self.delete)
        side = QVBoxLayout()
        for button in (new, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.hint)
        column.addWidget(self.damaged)
        column.addLayout(row, 1)
        column.addWidget(close)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.resize(480, 320)
        self._reload()

    def _reload(self, chosen: int | None = None) -> None:
        self.list.clear()
        for template in self._journal.templates():
            item = QListWidgetItem(template.draft.name)
            item.setData(256, template)
            item.setToolTip(", ".join(s.heading for s in template.draft.stages))
            self.list.addItem(item)
            if template.id == chosen:
                self.list.setCurrentItem(item)
        self.hint.setVisible(self.list.count() == 0)
        damaged = len(self._journal.damaged_templates())
        missing = self._journal.missing_templates()
        lines = []
        if damaged:
            lines.append(
                self.tr("1 template is damaged and cannot be opened.")
                if damaged == 1
                else self.tr("%d templates are damaged and cannot be opened.") % damaged
            )
        if missing:
            lines.append(
                self.tr("1 template was deleted outside alsdesk; a backup has it.")
                if missing == 1
                else self.tr("%d templates were deleted outside alsdesk; a backup has them.")
                % missing
            )
        self.damaged.setText(" ".join(lines))
        self.damaged.setVisible(bool(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _current(self) -> Template | None:
        item = self.list.currentItem()
        return item.data(256) if item else None

    def new(self) -> None:
        made = TemplateDialog(self._journal, None, self).ask()
        if made is not None:
            self._reload(made.id)

    def edit(self) -> None:
        template = self._current()
        if template is None:
            return
        saved = TemplateDialog(self._journal, template, self).ask()
        if saved is not None:
            self._reload(saved.id)

    def delete(self) -> None:
        template = self._current()
        if template is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “%s”? Entries written with it keep their stages.")
            % template.draft.name,
        )
        if answer == QMessageBox.StandardButton.Yes:
            with telling_failures(self, self.tr("Template not deleted")):
                self._journal.delete_template(template.id)
                self._reload()
