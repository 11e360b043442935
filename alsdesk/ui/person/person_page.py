"""One person's own pages: their improvement goals and their development plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from alsdesk import theme
from alsdesk.services.goals import GoalService
from alsdesk.services.people import PeopleService, PersonEntry
from alsdesk.services.plan import PlanService
from alsdesk.ui.common.page import Page
from alsdesk.ui.person.goals_page import GoalsPage
from alsdesk.ui.person.plan_page import PlanPage

GOALS_TAB, PLAN_TAB = range(2)


class PersonPage(Page):
    """Its subject is a person id, or ``(person id, plan item id)`` to open a plan item.

    ``changed`` says a goal or plan item was saved (the home page's review list may change).
    """

    name = "person"

    def __init__(
        self,
        people: PeopleService,
        goals: GoalService,
        plan: PlanService,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._people = people
        self.person: PersonEntry | None = None
        self.title = QLabel()
        self.title.setObjectName("person_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * theme.current().screen_sizes.page_title)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("person_subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet(f"color: {theme.current().screen.secondary};")

        self.goals = GoalsPage(goals, today)
        self.plan = PlanPage(plan, today)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.goals, self.tr("Improvement &goals"))
        self.tabs.addTab(self.plan, self.tr("Development &plan"))
        self.goals.changed.connect(self.changed)
        self.plan.changed.connect(self.changed)
        self.goals.export_requested.connect(
            lambda goal_id: self.export_requested.emit("goal", goal_id)
        )
        self.plan.export_requested.connect(
            lambda person_id: self.export_requested.emit("pdp", person_id)
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

    # -- the page contract ------------------------------------------------------

    def title(self) -> str:
        return self.person.full_name if self.person else ""

    def show_subject(self, subject: object) -> bool:
        person_id, item_id = subject if isinstance(subject, tuple) else (subject, None)
        if item_id is None or self.person is None or self.person.id != person_id:
            entry = next((p for p in self._people.directory() if p.id == person_id), None)
            if entry is None:
                return False
            self.show_person(entry)
        if item_id is not None:
            self.tabs.setCurrentIndex(PLAN_TAB)
            self.plan.select_item(item_id)
        return True

    def subject(self) -> PersonEntry | None:
        return self.person

    def exports(self) -> tuple[str, ...]:
        return ("goal", "pdp") if self.person is not None else ()

    def saved_state(self) -> str:
        return "" if self.person is None else str(self.person.id)

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
