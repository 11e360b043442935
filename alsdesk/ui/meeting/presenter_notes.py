"""One presenter's record: report-back on earlier actions, notes, and new actions."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.dates import medium_date
from alsdesk.services.actions import ActionDraft, ActionInfo, ReportItem
from alsdesk.services.airtime_rounds import TurnInfo, TurnState
from alsdesk.services.errors import StorageError, UserError, ValidationError
from alsdesk.services.goals import GoalStatus
from alsdesk.services.meetings import MeetingInfo
from alsdesk.ui.common.action_dialogs import EditActionDialog
from alsdesk.ui.common.action_review import ReviewRow
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.form import ERROR_STYLE, WARNING_STYLE
from alsdesk.ui.common.layouts import HINT_STYLE, clear_layout, hint_label
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.meeting.context import MeetingContext


def _date_text(day: dt.date | None) -> str:
    return medium_date(day) if day else "no date"


def _error_label(name: str) -> SteadyLabel:
    """A line kept free for a message, so "Add action" never moves under the cursor."""
    label = SteadyLabel(name=name)
    label.setStyleSheet(ERROR_STYLE)
    return label


class PresenterNotes(QWidget):
    """Whose record this is stays in view: "Notes for Amira Hassan". While someone
    else has the floor, another presenter's record is locked until the facilitator
    chooses "Edit Amira Hassan's notes", so nothing is typed into the wrong record."""

    changed = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingInfo | None = None
        self.turn: TurnInfo | None = None
        self.on_clock: TurnInfo | None = None
        self._unlocked_turn: int | None = None

        self.whose = QLabel()
        self.whose.setObjectName("notes_whose")
        self.whose.setWordWrap(True)  # a long name at a large text size takes a second line
        font = self.whose.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.whose.setFont(font)
        self.whose.setTextFormat(Qt.TextFormat.PlainText)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("notes_unlock")
        self.unlock_button.clicked.connect(self.unlock)
        policy = self.unlock_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the header keeps its height either way
        self.unlock_button.setSizePolicy(policy)
        self.whose_note = SteadyLabel(name="notes_whose_note")
        self.whose_note.setStyleSheet(WARNING_STYLE)
        # Whose record this is, for the panel to keep in view above the scrolling record.
        self.header = QWidget()
        self.header.setObjectName("notes_header")
        header = QGridLayout(self.header)
        header.setContentsMargins(0, 4, 0, 0)
        # The name has the whole width; the unlock button shares the line under it with the note.
        header.addWidget(self.whose, 0, 0, 1, 2)
        header.addWidget(self.whose_note, 1, 0)
        header.addWidget(self.unlock_button, 1, 1, Qt.AlignmentFlag.AlignRight)
        header.setColumnStretch(0, 1)

        self.report_box = QGroupBox(self.tr("Report-back on earlier actions"))
        # Each action on a line of its own, its status and comment under it: the comment
        # gets the width, not a sliver beside a wrapped column of text.
        self.report_grid = QGridLayout(self.report_box)
        self.report_grid.setColumnStretch(1, 1)

        self.notes_box = notes_box = QGroupBox(self.tr("Notes for the record"))
        self.issue = QLineEdit()
        self.issue.setObjectName("turn_issue")
        self.issue.setPlaceholderText(self.tr("The issue in a line"))
        self.key_questions = QPlainTextEdit()
        self.key_questions.setObjectName("turn_questions")
        self.key_questions.setPlaceholderText(self.tr("Questions that opened things up"))
        self.key_questions.setTabChangesFocus(True)
        self.sees_differently = QPlainTextEdit()
        self.sees_differently.setObjectName("turn_sees_differently")
        self.sees_differently.setPlaceholderText(self.tr("What the presenter now sees differently"))
        self.sees_differently.setTabChangesFocus(True)
        for box in (self.key_questions, self.sees_differently):
            box.setMinimumHeight(60)
            box.setMaximumHeight(110)
        notes = QFormLayout(notes_box)
        notes.addRow(self.tr("Issue"), self.issue)
        notes.addRow(self.tr("Key questions"), self.key_questions)
        notes.addRow(self.tr("Sees differently"), self.sees_differently)
        self.issue.textEdited.connect(lambda _t: self._note_edited())
        self.key_questions.textChanged.connect(self._note_edited)
        self.sees_differently.textChanged.connect(self._note_edited)

        self.actions_box = actions_box = QGroupBox(self.tr("Actions before the next meeting"))
        self.actions_list = QVBoxLayout()
        self.action_text = QLineEdit()
        self.action_text.setObjectName("action_text")
        self.action_text.setPlaceholderText(self.tr("What will they do?"))
        self.action_text.returnPressed.connect(self.add_action)
        self.action_owner = QComboBox()
        self.action_owner.setObjectName("action_owner")
        self.action_owner.currentIndexChanged.connect(lambda _i: self._fill_goals())
        self.action_goal = QComboBox()
        self.action_goal.setObjectName("action_goal")
        self.action_goal.setToolTip(self.tr("The owner's improvement goal this action serves"))
        self.action_goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action_goal.setMinimumContentsLength(12)
        self.action_due = DateField()
        self.action_due.setObjectName("action_due")
        self.action_due.setDisplayFormat("d MMM yyyy")
        self.add_button = QPushButton(self.tr("Add action"))
        self.add_button.setObjectName("add_action")
        self.add_button.clicked.connect(self.add_action)
        self.text_error = _error_label("error_text")
        self.due_error = _error_label("error_due_date")
        form = QGridLayout()
        form.addWidget(self.action_text, 0, 0, 1, 4)
        form.addWidget(self.text_error, 1, 0, 1, 4)
        form.addWidget(QLabel(self.tr("Owner")), 2, 0)
        form.addWidget(self.action_owner, 2, 1)
        form.addWidget(QLabel(self.tr("Due")), 2, 2)
        form.addWidget(self.action_due, 2, 3)
        form.addWidget(QLabel(self.tr("Goal")), 3, 0)
        form.addWidget(self.action_goal, 3, 1, 1, 3)
        form.addWidget(self.due_error, 4, 0, 1, 4)
        form.addWidget(self.add_button, 5, 3, Qt.AlignmentFlag.AlignRight)
        form.setColumnStretch(1, 1)
        # The form first, the agreed actions under it: a new action lengthens the list
        # below, and the form (and "Add action") stay where the cursor is.
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addLayout(form)
        actions_layout.addLayout(self.actions_list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.report_box)
        layout.addWidget(notes_box)
        layout.addWidget(actions_box)
        layout.addStretch(1)
        self._loading = False
        self._added_here: set[int] = set()  # others' actions agreed in this turn
        self._goal_titles: dict[int, str] = {}
        self._default_carry: dt.date | None = None

    # -- loading -------------------------------------------------------------------

    def load(
        self, meeting: MeetingInfo, turn: TurnInfo | None, on_clock: TurnInfo | None = None
    ) -> None:
        """Show ``turn``'s record as saved now; ``on_clock`` is whoever has the floor.

        The notes are read again after the pending saves: the turn handed in may
        have been read before the notes typed since were saved (after "End the
        last airtime" nothing reloads the turns, so a record written up then and
        shown again came back empty).
        """
        self.context.autosave.flush()
        if turn is None or self.turn is None or turn.id != self.turn.id:
            self._added_here = set()
            self._unlocked_turn = None
        if turn is not None:
            saved = self.context.airtime.turns(meeting.id)
            turn = next((t for t in saved if t.id == turn.id), turn)
        self.meeting = meeting
        self.turn = turn
        self.setEnabled(turn is not None)
        self._loading = True
        self.issue.setText(turn.issue if turn else "")
        self.issue.setCursorPosition(0)  # a long issue reads from its start
        self.key_questions.setPlainText(turn.key_questions if turn else "")
        self.sees_differently.setPlainText(turn.sees_differently if turn else "")
        self._loading = False
        self._fill_owners()
        self._reset_action_form()
        self._show_report_back()
        self._show_actions()
        self.show_clock(on_clock)

    # -- whose record --------------------------------------------------------------

    def show_clock(self, on_clock: TurnInfo | None) -> None:
        """Say whose notes these are, and lock them while someone else has the floor.

        The header says it in the attention colour then, and names who has the floor.
        """
        self.on_clock = on_clock
        turn = self.turn
        if turn is None:
            self.whose.setText(self.tr("No presenter chosen"))
            self.whose.setStyleSheet("")
            self.whose_note.clear()
            self.unlock_button.hide()
            return
        self.whose.setText(self.tr("Notes for %s") % turn.full_name)
        self.whose.setToolTip(self.tr("Everything below is %s's record") % turn.full_name)
        other = (
            on_clock is not None and on_clock.id != turn.id and on_clock.state == TurnState.CURRENT
        )
        locked = other and self._unlocked_turn != turn.id
        if other:
            assert on_clock is not None
            self.whose.setStyleSheet(WARNING_STYLE)
            self.whose_note.setStyleSheet(WARNING_STYLE)
            self.whose_note.setText(
                self.tr("%s has the floor: you are editing these notes.") % on_clock.full_name
                if not locked
                else self.tr("%s has the floor: these notes are locked.") % on_clock.full_name
            )
        else:
            self.whose.setStyleSheet("")
            self.whose_note.setStyleSheet(HINT_STYLE)
            self.whose_note.setText(
                self.tr("On the clock now.")
                if on_clock is not None
                and on_clock.id == turn.id
                and on_clock.state == TurnState.CURRENT
                else ""
            )
        self.unlock_button.setText(self.tr("Edit %s's notes") % turn.full_name)
        self.unlock_button.setVisible(locked)
        for box in (self.report_box, self.notes_box, self.actions_box):
            box.setEnabled(not locked)

    @property
    def locked(self) -> bool:
        return not self.notes_box.isEnabled()

    def unlock(self) -> None:
        """The deliberate step: write in the record of someone not on the clock."""
        if self.turn is None:
            return
        self._unlocked_turn = self.turn.id
        self.show_clock(self.on_clock)
        self.issue.setFocus()

    def _fill_owners(self) -> None:
        assert self.meeting is not None
        self.action_owner.clear()
        for mark in self.context.meetings.attendance(self.meeting.id):
            if not mark.left_set:
                self.action_owner.addItem(mark.full_name, mark.person_id)
        if self.turn is not None:
            self.action_owner.setCurrentIndex(self.action_owner.findData(self.turn.person_id))

    def _fill_goals(self) -> None:
        """The owner's goals still being worked on; "No goal" first and by default."""
        self.action_goal.clear()
        self.action_goal.addItem(self.tr("No goal"), None)
        owner = self.action_owner.currentData()
        if owner is None:
            return
        for goal in self.context.goals.list_goals(owner):
            if goal.status not in (GoalStatus.ACHIEVED, GoalStatus.STOPPED):
                self.action_goal.addItem(goal.title, goal.id)

    def _reset_action_form(self) -> None:
        assert self.meeting is not None
        self.action_text.clear()
        self.text_error.clear()
        self.due_error.clear()
        due = self.context.actions.default_due_date(self.meeting.id)
        due = due or self.meeting.date + dt.timedelta(weeks=6)
        self.action_due.setDate(QDate(due.year, due.month, due.day))
        if self.turn is not None:
            self.action_owner.setCurrentIndex(self.action_owner.findData(self.turn.person_id))
        self.action_goal.setCurrentIndex(0)

    def _show_report_back(self) -> None:
        clear_layout(self.report_grid)
        if self.turn is None or self.meeting is None:
            return
        items = self.context.actions.report_back(self.meeting.id, self.turn.person_id)
        self._default_carry = self.context.actions.default_due_date(self.meeting.id)
        if not items:
            self.report_grid.addWidget(
                hint_label(self.tr("No earlier actions to report back on.")), 0, 0, 1, 2
            )
            return
        for row, item in enumerate(items):
            self._add_report_row(row, item)

    def _add_report_row(self, row: int, item: ReportItem) -> None:
        assert self.meeting is not None
        line = ReviewRow(item, self._default_carry)
        self.report_grid.addWidget(line, row, 0, 1, 2)
        meeting_id, action_id = self.meeting.id, item.action.id

        def save() -> None:
            try:
                self.context.actions.review(
                    action_id,
                    meeting_id,
                    line.chosen_status(),
                    line.comment.text(),
                    line.carried_to(),
                )
            except ValidationError as exc:
                line.show_error(" ".join(exc.fields.values()))
                raise  # the autosave says it was not saved
            self.changed.emit()

        def edited(at_once: bool) -> None:
            self.context.autosave.schedule(("review", action_id), save)
            if at_once:
                self.context.autosave.flush()

        line.edited.connect(edited)

    def _show_actions(self) -> None:
        clear_layout(self.actions_list)
        if self.turn is None or self.meeting is None:
            return
        agreed = self.context.actions.agreed_at(self.meeting.id)
        mine = [a for a in agreed if a.owner_id == self.turn.person_id or a.id in self._added_here]
        if not mine:
            self.actions_list.addWidget(hint_label(self.tr("No actions agreed yet.")))
        owners = {a.owner_id for a in mine if a.goal_id is not None}
        self._goal_titles = {
            goal.id: goal.title for owner in owners for goal in self.context.goals.list_goals(owner)
        }
        for action in mine:
            self.actions_list.addWidget(self._action_row(action))

    def _action_row(self, action: ActionInfo) -> QWidget:
        row = QWidget()
        row.setObjectName(f"action_{action.id}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        goal = self._goal_titles.get(action.goal_id) if action.goal_id else None
        goal_text = self.tr(" · goal: %s") % html.escape(goal) if goal else ""
        text = QLabel(
            f"• {html.escape(action.text)} <span style='color:{theme.current().screen.hint}'>"
            f"({html.escape(action.owner_name)}, due {_date_text(action.due_date)}"
            f"{goal_text})</span>"
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        remove = QToolButton()
        remove.setText("✕")
        remove.setObjectName("remove_action")
        remove.setToolTip(self.tr("Remove this action"))
        remove.setAccessibleName(self.tr("Remove action: %s") % action.text)
        remove.clicked.connect(lambda: self._remove_action(action))
        edit = QToolButton()
        edit.setText("✎")
        edit.setObjectName("edit_agreed_action")
        edit.setToolTip(self.tr("Change this action's text, owner or due date"))
        edit.setAccessibleName(self.tr("Edit action: %s") % action.text)
        edit.clicked.connect(lambda: self._edit_action(action))
        line.addWidget(text, 1)
        line.addWidget(edit)
        line.addWidget(remove)
        return row

    def _edit_action(self, action: ActionInfo) -> None:
        owners = [
            (self.action_owner.itemText(i), self.action_owner.itemData(i))
            for i in range(self.action_owner.count())
        ]
        if EditActionDialog(self.context.actions, action, owners, self).ask() is not None:
            # Handed to someone else, it stays in view in this record.
            self._added_here = self._added_here | {action.id}
            self._show_actions()
            self.changed.emit()

    # -- edits -----------------------------------------------------------------------

    def _note_edited(self) -> None:
        if self._loading or self.turn is None:
            return
        turn_id = self.turn.id
        issue, questions = self.issue.text(), self.key_questions.toPlainText()
        sees = self.sees_differently.toPlainText()

        def save() -> None:
            self.context.airtime.save_notes(
                turn_id, issue=issue, key_questions=questions, sees_differently=sees
            )

        self.context.autosave.schedule(("notes", turn_id), save)

    def add_action(self) -> None:
        if self.meeting is None or self.turn is None:
            return
        if unreadable := self.action_due.problem():
            self.due_error.setText(unreadable)
            self.action_due.setFocus()
            return
        qdate = self.action_due.date()
        draft = ActionDraft(
            owner_id=self.action_owner.currentData(),
            text=self.action_text.text(),
            due_date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            goal_id=self.action_goal.currentData(),
        )
        try:
            added = self.context.actions.add(self.meeting.id, draft)
        except ValidationError as exc:
            for key, label in (("text", self.text_error), ("due_date", self.due_error)):
                label.setText(exc.fields.get(key, ""))
            other = [m for k, m in exc.fields.items() if k not in ("text", "due_date")]
            if other:
                self.due_error.setText(" ".join(filter(None, [self.due_error.text(), *other])))
            (self.action_text if "text" in exc.fields else self.action_due).setFocus()
            return
        self._added_here = self._added_here | {added.id}
        self._reset_action_form()
        self._show_actions()
        self.action_text.setFocus()
        self.changed.emit()

    def _remove_action(self, action: ActionInfo) -> None:
        try:
            self.context.actions.delete(action.id)
        except (UserError, StorageError) as exc:
            self.due_error.setText(str(exc))
            return
        self._show_actions()
        self.changed.emit()
