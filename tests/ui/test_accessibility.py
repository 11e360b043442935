"""Every page, every tab: each control has a name a screen reader can say, and Tab reaches it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QTabWidget

from alsdesk.services.demo import create_demo
from alsdesk.services.feedback.model import (
    Relationship,
    RespondentDraft,
    RoundDraft,
    default_prompts,
)
from alsdesk.services.journal.reflective_models import MODELS
from alsdesk.ui.window.pages import PAGES
from tests.ui.accessibility import traps_tab, unnamed, unreachable
from tests.ui.conftest import TODAY
from tests.ui.journal.test_journal_window import set_up_through_the_window

PAGE_NAMES = [entry.name for entry in PAGES]


def subjects(services):
    """A subject for each page, from the demonstration set."""
    action_set, _ = create_demo(services)
    meeting_event = next(
        e for e in services.schedule.list_events(action_set.id) if e.kind == "set_meeting"
    )
    meeting = services.meetings.open_for_event(meeting_event.id)
    member = services.members.list_members(action_set.id)[0]
    return {
        "home": None,
        "journal": None,
        "feedback": None,
        "set": action_set.id,
        "meeting": meeting.id,
        "person": member.person_id,
    }


def each_tab(page):
    """Show every tab of every tab widget on ``page`` in turn (the page itself first)."""
    yield "page"
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"{tabs.objectName() or 'tabs'}:{tabs.tabText(index)}"


def problems_on(window, name, subject) -> dict[str, list[str]]:
    window.show_page(name, subject)
    page = window.page(name)
    found = {}
    for where in each_tab(page):
        for kind, check in (
            ("no name", lambda: unnamed(window)),
            ("not reached by Tab", lambda: unreachable(window, window)),
            ("Tab types a tab", lambda: traps_tab(window)),
        ):
            if listed := check():
                found[f"{name} {where}: {kind}"] = listed
    return found


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_control_on_the_page_has_a_name_and_is_reached_by_tab(qtbot, window, services, name):
    given = subjects(services)
    window.sets_panel.reload(given["set"])
    window.people_panel.reload()
    if name == "journal":
        problems = problems_on(window, name, None)  # the set-up panel
        workspace = set_up_through_the_window(qtbot, window)
        problems |= problems_on(window, name, None)  # the open journal
        workspace.start_entry(MODELS[1])
        problems |= {f"writing {k}": v for k, v in problems_on(window, name, None).items()}
    elif name == "feedback":
        problems = problems_on(window, name, None)  # locked: it points to the journal
        set_up_through_the_window(qtbot, window)
        made = services.feedback.create_round(
            RoundDraft("Mid-programme 360", TODAY + dt.timedelta(days=21), default_prompts(), True)
        )
        services.feedback.add_respondent(
            made.id, RespondentDraft("Grace Mensah", "grace@example.nhs.uk", Relationship.PEER)
        )
        window.page(name).refresh()
        problems |= {f"open {k}": v for k, v in problems_on(window, name, None).items()}
    else:
        problems = problems_on(window, name, given[name])
    assert problems == {}, "\n".join(
        f"{where}:\n  " + "\n  ".join(listed) for where, listed in problems.items()
    )
