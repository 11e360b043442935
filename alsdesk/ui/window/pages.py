"""The window's one list of pages.

Each entry names a page, says how to build it from exactly the services it uses,
and whether it has a button at the top of the sidebar. The window builds a page
the first time it is shown (the home and set pages at once: they are the start).

Adding a page: write it in its area's package as a subclass of
``alsdesk.ui.common.page.Page``, then add one ``PageEntry`` here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from alsdesk.services import Services
from alsdesk.settings import JOURNAL_LOCK, AppSettings
from alsdesk.ui.common.page import Page
from alsdesk.ui.meeting.context import Clock
from alsdesk.ui.sets.editor import Editor


@dataclass(frozen=True)
class PageParts:
    """What the window hands a page's builder; each builder takes only what its page uses."""

    services: Services
    editor: Editor
    today: Callable[[], dt.date]
    clock: Clock
    window: QObject
    settings: AppSettings


@dataclass(frozen=True)
class SidebarButton:
    object_name: str
    icon: str
    text: str
    """Marked for translation; the page's ``title()`` replaces it once the page is built."""
    tip: str
    shortcut: str


@dataclass(frozen=True)
class PageEntry:
    name: str
    build: Callable[[PageParts], Page]
    button: SidebarButton | None = None
    at_start: bool = False
    """Built with the window (otherwise when first shown)."""


def _home(parts: PageParts) -> Page:
    from alsdesk.services.today import what_today_needs
    from alsdesk.ui.home.welcome_page import WelcomePage

    s = parts.services
    return WelcomePage(partial(what_today_needs, s), s.meetings, parts.today)


def _set(parts: PageParts) -> Page:
    from alsdesk.ui.sets.set_page import SetPage

    s = parts.services
    return SetPage(s.sets, s.members, s.schedule, s.actions, s.meetings, parts.editor, parts.today)


def _meeting(parts: PageParts) -> Page:
    from alsdesk.ui.meeting.autosave import Autosaver
    from alsdesk.ui.meeting.context import MeetingContext
    from alsdesk.ui.meeting.workspace import MeetingWorkspace

    s = parts.services
    autosave = Autosaver(parts.window)
    return MeetingWorkspace(
        MeetingContext(
            s.meetings,
            s.airtime,
            s.actions,
            s.goals,
            s.stops,
            s.phases,
            parts.clock,
            autosave,
            preferences=parts.settings,
        )
    )


def _person(parts: PageParts) -> Page:
    from alsdesk.ui.person.person_page import PersonPage

    s = parts.services
    page = PersonPage(s.people, s.goals, s.plan, parts.today)

    def others(person_id: int):
        from alsdesk.services.feedback.profile import others_profile

        me = s.people.me()
        if me is None or me.id != person_id or not s.vault.is_unlocked:
            return None
        return others_profile(s.feedback)

    page.plan.assessments.others_profile = others
    s.feedback.when_locked(page.plan.assessments.reload)
    return page


def _journal(parts: PageParts) -> Page:
    from alsdesk.ui.journal.page import JournalPage

    vault = parts.services.vault
    page = JournalPage(parts.services.journal, vault, parts.today, parts.clock)

    def follow(key: str) -> None:
        if key == JOURNAL_LOCK:
            page.session.idle_minutes_changed.emit(vault.idle_minutes())

    parts.settings.changed.connect(follow)
    return page


def _feedback(parts: PageParts) -> Page:
    from alsdesk.ui.feedback.page import FeedbackPage, Member

    s = parts.services

    def me() -> Member:
        person = s.people.me()
        if person is None:
            return Member("", None)
        assessments = s.plan.assessments(person.id)
        return Member(person.full_name, assessments[-1] if assessments else None, person.id)

    def plan_item_dialog(start, parent):
        from alsdesk.ui.person.plan_item_dialog import PlanItemDialog

        return PlanItemDialog(s.plan, parts.today(), start=start, parent=parent)

    return FeedbackPage(
        s.feedback, s.vault, parts.today, me, plan=s.plan, plan_item_dialog=plan_item_dialog
    )


PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        "home",
        _home,
        SidebarButton(
            "home",
            "alsdesk",
            QT_TRANSLATE_NOOP("MainWindow", "Home"),
            QT_TRANSLATE_NOOP("MainWindow", "Home: what today needs (Alt+Home)"),
            "Alt+Home",
        ),
        at_start=True,
    ),
    PageEntry(
        "journal",
        _journal,
        SidebarButton(
            "journal_button",
            "journal",
            QT_TRANSLATE_NOOP("MainWindow", "My journal"),
            QT_TRANSLATE_NOOP("MainWindow", "Your private reflective journal (Alt+J)"),
            "Alt+J",
        ),
    ),
    PageEntry(
        "feedback",
        _feedback,
        SidebarButton(
            "feedback_button",
            "member-edit",
            QT_TRANSLATE_NOOP("MainWindow", "360 feedback"),
            QT_TRANSLATE_NOOP("MainWindow", "Narrative 360 feedback on your leadership (Alt+3)"),
            "Alt+3",
        ),
    ),
    PageEntry("set", _set, at_start=True),
    PageEntry("meeting", _meeting),
    PageEntry("person", _person),
)
