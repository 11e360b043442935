"""Write one journal entry: its date, title, tags and links, and a box per reflective stage.

Everything saves by itself half a second after the user stops typing (and at
once when they move to another entry or the journal locks). A new entry is
only stored once something has been written in it. The Read tab shows the
entry formatted from its Markdown. A quiet banner appears when the text looks
as if it identifies a patient.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.journal.entries import Entry, EntryDraft, EntryLinks, Section
from alsdesk.services.journal.links import LinkOptions
from alsdesk.services.journal.privacy import entry_identifiers
from alsdesk.services.journal.reflective_models import ReflectiveModel, sections_for
from alsdesk.services.leadership import DIMENSIONS
from alsdesk.services.patient_data import GUIDANCE, warning_text
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.journal.reading import entry_markdown
from alsdesk.ui.journal.sections import MUTED_STYLE, SectionEditor, words_label
from alsdesk.ui.journal.session import JournalSession

AUTOSAVE_MS = 500
_GUARD = theme.current().screen.guard
GUARD_STYLE = (
    f"color: {_GUARD.text}; background: {_GUARD.fill}; border: 1px solid {_GUARD.border};"
    " border-radius: 3px; padding: 6px;"
)
# The same box, unlit: the guidance waits in the room the warning will take, so the stage
# boxes never move while the member types.
QUIET_GUARD_STYLE = (
    f"color: {theme.current().screen.hint}; border: 1px solid transparent;"
    " border-radius: 3px; padding: 6px;"
)
GUARD_LINES = 2


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags, trimmed, without repeats (first spelling kept)."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:
        chosen = super().pathFromIndex(index)
        typed = self.widget().text() if self.widget() else ""
        head = typed.rsplit(",", 1)[0].strip() if "," in typed else ""
        return f"{head}, {chosen}" if head else chosen


class EntryEditor(QWidget):
    saved = Signal(int)
    """An entry was stored (its id); the list should show the change."""
    failed = Signal(str)

    def __init__(self, session: JournalSession, today: Callable[[], dt.date], parent=None):
        super().__init__(parent)
        self._session = session
        self._today = today
        self._entry: Entry | None = None
        self._model_key = ""
        self._model_name = ""
        self._sections: list[SectionEditor] = []
        self._dirty = False
        self._loading = False
        self._links: LinkOptions | None = None

        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush)

        self.entry_date = DateField()
        self.entry_date.setObjectName("entry_date")
        self.entry_date.setDisplayFormat("d MMM yyyy")
        self.title = QLineEdit(objectName="title")
        self.title.setPlaceholderText(self.tr("A few words to find this by later"))
        self.model_label = QLabel(objectName="model_name")
        self.tags = QLineEdit(objectName="tags")
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. conflict, handover"))
        self._tag_words = QStringListModel(self)
        completer = TagCompleter(self._tag_words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.meeting = QComboBox(objectName="meeting")
        self.goal = QComboBox(objectName="goal")
        self.feedback_round = QComboBox(objectName="feedback_round")
        self.feedback_round.setToolTip(self.tr("A 360 feedback round this entry reflects on"))
        for box in (self.meeting, self.goal, self.feedback_round):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        self.dimensions = QToolButton(objectName="dimensions")
        self.dimensions.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.dimensions_menu = QMenu(self.dimensions)
        self._dimension_actions = []
        for dimension in DIMENSIONS:
            action = self.dimensions_menu.addAction(f"{dimension.number}. {dimension.name}")
            action.setCheckable(True)
            action.setData(dimension.number)
            action.toggled.connect(self._dimensions_toggled)
            self._dimension_actions.append(action)
        self.dimensions.setMenu(self.dimensions_menu)
        self.dimensions.setText(self.tr("Dimensions"))
        self.dimensions.setToolTip(self.tr("Link leadership dimensions"))

        self.guard = SteadyLabel(GUARD_LINES, name="patient_warning")
        self._show_guard(())
        self.total_words = QLabel(objectName="total_words")
        self.save_state = QLabel(objectName="save_state")
        self.save_state.setStyleSheet(MUTED_STYLE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        date_row = QHBoxLayout()
        date_row.addWidget(self.entry_date)
        date_row.addSpacing(12)
        date_row.addWidget(self.model_label, 1)
        form.addRow(self.tr("&Date"), date_row)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(
            self.entry_date
        )
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow(self.tr("&Meeting"), self.meeting)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal, 1)
        goal_row.addWidget(self.dimensions)
        form.addRow(self.tr("G&oal"), goal_row)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(
            self.goal
        )
        form.addRow(self.tr("&360 round"), self.feedback_round)

        self.section_area = QWidget()
        self.section_column = QVBoxLayout(self.section_area)
        self.section_column.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(objectName="sections")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.section_area)
        self.reading = QTextBrowser(objectName="reading")
        self.reading.setAccessibleName(self.tr("The entry as it reads"))
        self.reading.setOpenExternalLinks(False)
        self.tabs = QTabWidget(objectName="editor_tabs")
        self.tabs.addTab(scroll, self.tr("&Write"))
        self.tabs.addTab(self.reading, self.tr("&Read"))
        self.tabs.currentChanged.connect(self._tab_changed)

        status = QHBoxLayout()
        status.addWidget(self.total_words)
        status.addStretch(1)
        status.addWidget(self.save_state)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.guard)
        column.addWidget(self.tabs, 1)
        column.addLayout(status)

        self.entry_date.dateChanged.connect(self._changed)
        self.title.textChanged.connect(self._changed)
        self.tags.textChanged.connect(self._changed)
        self.meeting.currentIndexChanged.connect(self._changed)
        self.goal.currentIndexChanged.connect(self._changed)
        self.feedback_round.currentIndexChanged.connect(self._changed)
        self.setEnabled(False)

    # -- what is shown ----------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        return self._entry.id if self._entry else None

    def set_tags(self, tags: list[str]) -> None:
        """The tags already used, offered as the user types one."""
        self._tag_words.setStringList(tags)

    def set_choices(self, links: LinkOptions, tags: list[str]) -> None:
        self.set_tags(tags)
        self._links = links
        for box, none_text, choices in (
            (self.meeting, self.tr("No meeting"), links.meetings),
            (self.goal, self.tr("No goal"), links.goals),
            (self.feedback_round, self.tr("No feedback round"), links.rounds),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(none_text, None)
            for choice in choices:
                box.addItem(choice.label, choice.id)
            if chosen is not None and box.findData(chosen) < 0:
                box.addItem(self.tr("(no longer in alsdesk)"), chosen)
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
            box.blockSignals(False)

    def show_entry(self, entry: Entry) -> None:
        self.flush()
        self._entry = entry
        self._load(entry.draft)

    def start_entry(self, model: ReflectiveModel) -> None:
        """A blank entry in ``model``; stored once something is written."""
        self.flush()
        self._entry = None
        self._load(
            EntryDraft(
                entry_date=self._today(),
                title="",
                model_key=model.key,
                model_name=model.name,
                sections=sections_for(model),
            )
        )
        self.title.setFocus()

    def _load(self, draft: EntryDraft) -> None:
        self._loading = True
        try:
            self.setEnabled(True)
            self._model_key, self._model_name = draft.model_key, draft.model_name
            self.entry_date.setDate(QDate(draft.entry_date))
            self.title.setText(draft.title)
            self.model_label.setText(self.tr("Model: %s") % draft.model_name)
            self.tags.setText(", ".join(draft.tags))
            self._choose(self.meeting, draft.links.meeting_id)
            self._choose(self.goal, draft.links.goal_id)
            self._choose(self.feedback_round, draft.links.round_id)
            for action in self._dimension_actions:
                action.setChecked(action.data() in draft.links.dimensions)
            self._clear_sections()
            for number, section in enumerate(draft.sections, start=1):
                editor = SectionEditor(number, section)
                editor.changed.connect(self._changed)
                self.section_column.addWidget(editor)
                self._sections.append(editor)
            self.section_column.addStretch(1)
            self._dirty = False
            self.save_state.setText(self._saved_text())
        finally:
            self._loading = False
        self._after_edit()
        self.tabs.setCurrentIndex(0)

    def _choose(self, box: QComboBox, wanted: int | None) -> None:
        at = box.findData(wanted) if wanted is not None else 0
        if at < 0:
            box.addItem(self.tr("(no longer in alsdesk)"), wanted)
            at = box.count() - 1
        box.setCurrentIndex(at)

    def draft(self) -> EntryDraft:
        return EntryDraft(
            entry_date=self.entry_date.date().toPython(),
            title=self.title.text().strip(),
            model_key=self._model_key,
            model_name=self._model_name,
            sections=tuple(s.value() for s in self._sections),
            tags=parse_tags(self.tags.text()),
            links=EntryLinks(
                meeting_id=self.meeting.currentData(),
                goal_id=self.goal.currentData(),
                dimensions=self._chosen_dimensions(),
                round_id=self.feedback_round.currentData(),
            ),
        )

    def _chosen_dimensions(self) -> tuple[int, ...]:
        return tuple(a.data() for a in self._dimension_actions if a.isChecked())

    # -- saving -------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Editing…"))
        self.autosave.start()
        self._after_edit()

    def _dimensions_toggled(self, _checked: bool) -> None:
        chosen = self._chosen_dimensions()
        self.dimensions.setText(
            self.tr("Dimensions (%d)") % len(chosen) if chosen else self.tr("Dimensions")
        )
        self.dimensions.setToolTip(
            "\n".join(d.name for d in DIMENSIONS if d.number in chosen)
            or self.tr("Link leadership dimensions")
        )
        self._changed()

    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self.autosave.stop()
        if not self._dirty:
            return
        draft = self.draft()
        if self._entry is None and not _has_content(draft):
            return
        try:
            if self._entry is None:
                self._entry = self._session.add(draft)
            else:
                self._entry = self._session.save(self._entry.id, draft, self._entry.version or None)
        except (UserError, StorageError) as exc:
            self.save_state.setText(self.tr("Not saved"))
            self.failed.emit(str(exc))
            return
        self._dirty = False
        self.save_state.setText(self._saved_text())
        self.saved.emit(self._entry.id)

    def _saved_text(self) -> str:
        if self._entry is None:
            return self.tr("Saved once you start writing")
        local = self._entry.updated_at.replace(tzinfo=dt.UTC).astimezone()
        return self.tr("Saved %s") % local.strftime("%H:%M")

    def _after_edit(self) -> None:
        total = sum(s.word_count() for s in self._sections)
        self.total_words.setText(self.tr("Entry: %s") % words_label(total))
        self._check_patient_data()
        if self.tabs.currentIndex() == 1:
            self._render()

    def _check_patient_data(self) -> None:
        self._show_guard(entry_identifiers(self.draft(), self._today()))

    def _show_guard(self, findings) -> None:
        """The warning when something looks patient-identifiable, else the guidance, quietly."""
        found = bool(findings)
        if found != self.guard.property("found"):
            self.guard.setProperty("found", found)
            self.guard.setStyleSheet(GUARD_STYLE if found else QUIET_GUARD_STYLE)
        self.guard.setText(warning_text(findings) if found else GUIDANCE)

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self._render()

    def _render(self) -> None:
        self.reading.setMarkdown(entry_markdown(self.draft(), self._links))

    # -- locking ------------------------------------------------------------------

    def clear(self) -> None:
        """Forget what is shown: every field, section and the formatted view."""
        self.autosave.stop()
        self._loading = True
        self._entry = None
        self._dirty = False
        self.title.clear()
        self.tags.clear()
        self._tag_words.setStringList([])
        self.meeting.clear()
        self.goal.clear()
        self.reading.clear()
        self._show_guard(())
        self._clear_sections()
        self.setEnabled(False)
        self._loading = False

    def _clear_sections(self) -> None:
        for editor in self._sections:
            editor.clear()
        while self.section_column.count():
            item = self.section_column.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().setParent(None)  # out of the widget tree now, gone soon
                item.widget().deleteLater()
        self._sections = []


def _has_content(draft: EntryDraft) -> bool:
    return bool(draft.title or draft.tags or any(s.text.strip() for s in draft.sections))


__all__ = ["EntryEditor", "Section", "parse_tags"]
