"""One set: a header, then Details, Members, Schedule, Actions and Attendance tabs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from alsdesk import theme
from alsdesk.services.sets import SetInfo
from alsdesk.ui.sets.actions_view import ActionsView
from alsdesk.ui.sets.details_view import DetailsView
from alsdesk.ui.sets.editor import Editor
from alsdesk.ui.sets.members_view import MembersView
from alsdesk.ui.sets.register_view import RegisterView
from alsdesk.ui.sets.schedule_view import ScheduleView

DETAILS_TAB, MEMBERS_TAB, SCHEDULE_TAB, ACTIONS_TAB, ATTENDANCE_TAB = range(5)


class SetPage(QWidget):
    def __init__(
        self,
        editor: Editor,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
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
        self.subtitle.setStyleSheet(f"color: {theme.current().screen.secondary};")

        self.details = DetailsView()
        self.members = MembersView(editor)
        self.schedule = ScheduleView(editor, today)
        self.actions = ActionsView(editor, today)
        self.register = RegisterView(editor)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.members, self.tr("&Members"))
        self.tabs.addTab(self.schedule, self.tr("&Schedule"))
        self.tabs.addTab(self.actions, self.tr("&Actions"))
        self.tabs.addTab(self.register, self.tr("A&ttendance"))
        self.actions.count_changed.connect(self._show_action_count)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

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
