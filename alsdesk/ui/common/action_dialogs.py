"""Change an action, or hear back on it between meetings.

From the set's Actions tab, and (a change) from the actions agreed in a
meeting: an owner emails to say an action is done, or the set agrees to hand
it to someone else, and the facilitator records it without waiting for the
next meeting. An action changed after report-back keeps what it was (the service
keeps the history); the dialog shows that history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from alsdesk.dates import medium_date
from alsdesk.services import limits
from alsdesk.services.actions import (
    MAX_ACTION_TEXT,
    REVIEW_STATUSES,
    ActionDraft,
    ActionInfo,
    ActionService,
    ActionStatus,
)
from alsdesk.services.errors import StorageError, UserError, ValidationError
from alsdesk.ui.common.action_review import from_qdate, history_lines, to_qdate
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.fields import OptionalDate
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.layouts import hint_label


@contextmanager
def _said_at(key: str) -> Iterator[None]:
    """A refusal that is not about one field (changed elsewhere, the disk) said at ``key``:
    the dialog stays open with what was typed, and nothing is saved."""
    try:
        yield
    except ValidationError:
        raise
    except (UserError, StorageError) as exc:
        raise ValidationError({key: str(exc)}) from exc


def _history_hint(action: ActionInfo) -> QLabel | None:
    lines = history_lines(action)
    if not lines:
        return None
    label = hint_label("\n".join(lines))
    label.setObjectName("action_history")
    return label


class EditActionDialog(FormDialog):
    """The action's text, owner and due date; saved only if nobody changed it meanwhile.

    ``owners`` are the (name, person id) the action may go to.
    """

    def __init__(
        self,
        actions: ActionService,
        action: ActionInfo,
        owners: list[tuple[str, int]],
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Edit action"), self._save, parent)
        self._actions = actions
        self._action = action
        heading = hint_label(
            self.tr("Agreed %s. A change after report-back keeps what the action was.")
            % medium_date(action.agreed_on)
        )
        self.top.addWidget(heading)
        if (history := _history_hint(action)) is not None:
            self.top.addWidget(history)
        self.text = self.add_field(
            "text", self.tr("&Action"), QLineEdit(action.text), max_length=MAX_ACTION_TEXT
        )
        self.text.setCursorPosition(0)
        self.owner = QComboBox()
        for name, person_id in owners:
            self.owner.addItem(name, person_id)
        if self.owner.findData(action.owner_id) < 0:
            self.owner.addItem(self.tr("%s (left the set)") % action.owner_name, action.owner_id)
        self.owner.setCurrentIndex(self.owner.findData(action.owner_id))
        self.add_field("owner_id", self.tr("&Owner"), self.owner)
        self.due = OptionalDate(self.tr("by"), action.due_date or action.agreed_on)
        self.due.set_value(action.due_date)
        self.add_field("due_date", self.tr("&Due date"), self.due, self.due.edit)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _save(self) -> ActionInfo:
        owner = self.owner.currentData()
        # A goal is the owner's own: handed to someone else, the action serves none.
        goal = self._action.goal_id if owner == self._action.owner_id else None
        draft = ActionDraft(owner, self.text.text(), self.due.value(), goal)
        with _said_at("text"):
            return self._actions.update(
                self._action.id, draft, expected_version=self._action.version
            )


class ReportBetweenDialog(FormDialog):
    """What became of an action, heard between meetings, with the day it was heard."""

    def __init__(
        self,
        actions: ActionService,
        action: ActionInfo,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Report back on an action"), self._save, parent)
        self._actions = actions
        self._action = action
        summary = hint_label(
            self.tr("%s: “%s”, agreed %s, now %s.")
            % (
                action.owner_name,
                action.text,
                medium_date(action.agreed_on),
                action.status.label.lower(),
            )
        )
        summary.setObjectName("report_summary")
        self.top.addWidget(summary)
        if (history := _history_hint(action)) is not None:
            self.top.addWidget(history)
        self.status = QComboBox()
        for choice in REVIEW_STATUSES:
            self.status.addItem(choice.label, choice)
        self.status.setCurrentIndex(max(0, self.status.findData(action.status)))
        self.add_field("status", self.tr("&What became of it"), self.status)
        self.comment = QPlainTextEdit(action.comment if action.reported_between else "")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        self.add_field("comment", self.tr("&Comment"), self.comment, max_length=limits.NOTE)
        self.reviewed_on = DateField(today=lambda: today)
        self.reviewed_on.setDate(to_qdate(today))
        self.add_field("reviewed_on", self.tr("&Heard on"), self.reviewed_on)
        self.carried_to = DateField(today=lambda: today)
        default = actions.next_meeting_after(action.set_id, today) or today + dt.timedelta(weeks=6)
        self.carried_to.setDate(to_qdate(default))
        self.add_field("carried_to", self.tr("Due &again"), self.carried_to)
        self.status.currentIndexChanged.connect(lambda _i: self._enable())
        self._enable()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _enable(self) -> None:
        carried = self.status.currentData() == ActionStatus.CARRIED_FORWARD
        self.carried_to.setEnabled(carried)
        if not carried:
            self.clear_error("carried_to")

    def _save(self) -> ActionInfo:
        status = self.status.currentData()
        carried = (
            from_qdate(self.carried_to.date()) if status == ActionStatus.CARRIED_FORWARD else None
        )
        with _said_at("status"):
            return self._actions.report_between(
                self._action.id,
                from_qdate(self.reviewed_on.date()),
                status,
                self.comment.toPlainText(),
                carried,
            )
