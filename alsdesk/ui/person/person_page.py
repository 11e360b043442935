"""One person's own pages: their improvement goals and their development plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from alsdesk import theme
from alsdesk.services import Services
from alsdesk.services.people import PersonEntry
from alsdesk.ui.person.goals_page import GoalsPage
from alsdesk.ui.person.plan_page import PlanPage

GOALS_TAB, PLAN_TAB = range(2)


class PersonPage(QWidget):
    changed = Signal()
    """A goal or plan item was saved (the home page's review list may change)."""

    def __init__(
        self,
        services: Services,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.person: PersonEntry | None = None
        self.title = QLabel()
        self.title.setObjectName("person_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * theme.current().screen_sizes.page_title)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("person_subtitle")
        self.subtitle.setStyleSheet(f"color: {theme.current().screen.secondary};")

        self.goals = GoalsPage(services, today)
        self.plan = PlanPage(services, today)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.goals, self.tr("Improvement &goals"))
        self.tabs.addTab(self.plan, self.tr("Development &plan"))
        self.goals.changed.connect(self.changed)
        self.plan.changed.connect(self.changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

    def show_person(self, person: PersonEntry) -> None:
        self.person = person
        self.title.setText(person.full_name)
        self.subtitle.setText(
            self.tr("Your own goals and development plan")
            if person.is_self
            else self.tr("Member of %s") % person.subtitle
        )
        self.goals.show_person(person.id)
        self.plan.show_person(person.id)
