"""One set: a header, then Details, Members, Schedule, Actions and Attendance tabs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from alsdesk import theme
from alsdesk.services.actions import ActionService
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.meetings import MeetingService
from alsdesk.services.members import MemberService
from alsdesk.services.schedule import ScheduleService
from alsdesk.services.sets import SetInfo, SetService
from alsdesk.ui.common.page import Page
from alsdesk.ui.sets.actions_view import ActionsView
from alsdesk.ui.sets.details_view import DetailsView
from alsdesk.ui.sets.editor import Editor
from alsdesk.ui.sets.members_view import MembersView
from alsdesk.ui.sets.register_view import RegisterView
from alsdesk.ui.sets.schedule_view import ScheduleView

DETAILS_TAB, MEMBERS_TAB, SCHEDULE_TAB, ACTIONS_TAB, ATTENDANCE_TAB = range(5)
TABS = {
    "details": DETAILS_TAB,
    "members": MEMBERS_TAB,
    "schedule": SCHEDULE_TAB,
    "actions": ACTIONS_TAB,
}
SET_DOCUMENTS = ("schedule-ics", "schedule-pdf", "set-record", "actions")


class SetPage(Page):
    """Its subject is a set id, or ``(set id, tab name)`` to open one of its tabs."""

    name = "set"
    undo_applies = True

    def __init__(
        self,
        sets: SetService,
        members: MemberService,
        schedule: ScheduleService,
        actions: ActionService,
        meetings: MeetingService,
        editor: Editor,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._sets = sets
        self._meetings = meetings
        self._editor = editor
        self.action_set: SetInfo | None = None

        self.title = QLabel()
        self.title.setObjectName("set_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * theme.current().screen_sizes.page_title)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("set_subtitle")
        self.subtitle.setWordWrap(True)  # a long programme name wraps at 150% text, not widens
        self.subtitle.setStyleSheet(f"color: {theme.current().screen.secondary};")

        self.details = DetailsView()
        self.members = MembersView(members, editor)
        self.schedule = ScheduleView(schedule, editor, today)
        self.actions = ActionsView(actions, members, editor, today)
        self.register = RegisterView(meetings, editor)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.members, self.tr("&Members"))
        self.tabs.addTab(self.schedule, self.tr("&Schedule"))
        self.tabs.addTab(self.actions, self.tr("&Actions"))
        self.tabs.addTab(self.register, self.tr("A&ttendance"))
        self.actions.count_changed.connect(self._show_action_count)
        self.schedule.meeting_requested.connect(self._open_meeting)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

    # -- the page contract ------------------------------------------------------

    def title(self) -> str:
        return self.action_set.name if self.action_set else ""

    def show_subject(self, subject: object) -> bool:
        set_id, tab = subject if isinstance(subject, tuple) else (subject, None)
        if set_id is None:
            self.action_set = None
            return True
        try:
            self.show_set(self._sets.get(int(set_id)))
        except UserError:
            return False
        if tab is not None:
            self.tabs.setCurrentIndex(TABS[tab])
        return True

    def subject(self) -> SetInfo | None:
        return self.action_set

    def exports(self) -> tuple[str, ...]:
        return SET_DOCUMENTS if self.action_set is not None else ()

    def menu_actions(self) -> tuple[QAction, ...]:
        schedule = self.schedule
        return (
            self.members.add_action,
            schedule.add_action,
            schedule.generate_action,
            schedule.run_action,
        )

    def saved_state(self) -> str:
        return str(self.tabs.currentIndex())

    def restore_state(self, state: str) -> None:
        if state.isdigit():
            self.tabs.setCurrentIndex(int(state))

    # -- showing ------------------------------------------------------------------

    def _open_meeting(self, event_id: int) -> None:
        try:
            meeting = self._meetings.open_for_event(event_id)
        except (UserError, StorageError) as exc:
            self.failed.emit(str(exc))
            return
        self.navigate.emit("meeting", meeting.id)

    def show_set(self, action_set: SetInfo) -> None:
        changed = self.action_set is None or self.action_set.id != action_set.id
        self.action_set = action_set
        archived = self.tr(" (archived)") if action_set.archived else ""
        self.title.setText(action_set.name + archived)
        self.subtitle.setText(
            " · ".join(filter(None, [action_set.programme, action_set.facilitator]))
        )
        self.members.show_set(action_set.id)
        self.schedule.show_set(action_set)
        self.details.show_set(action_set, self.schedule.model.next_event())
        self.actions.show_set(action_set.id)
        self.register.show_set(action_set.id)
        self.tabs.setTabText(MEMBERS_TAB, self.tr("&Members (%d)") % action_set.member_count)
        if changed:
            self.schedule.scroll_to_next()

    def _show_action_count(self, count: int) -> None:
        self.tabs.setTabText(ACTIONS_TAB, self.tr("&Actions (%d)") % count)
