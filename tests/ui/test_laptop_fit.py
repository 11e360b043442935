"""Every page fits a 1024x768 laptop: no main table hides columns behind a horizontal scrollbar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea

from alsdesk.services.schedule import EventKind
from alsdesk.ui.sets.members_model import NAME, OTHER_SETS
from tests.ui.conftest import positions
from tests.ui.journal.test_journal_window import new_entry, set_up_through_the_window

LAPTOPS = [(1024, 768), (1100, 700)]


def scrolled_sideways(window) -> list[str]:
    """The visible scrolling areas whose content is wider than they are."""
    positions(window, [])  # let the layouts settle
    return [
        f"{type(area).__name__} {area.objectName()!r}: {area.horizontalScrollBar().maximum()} px"
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    ]


@pytest.fixture
def demo_window(qtbot, window):
    def at(size):
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size() == QSize(*size), timeout=30_000)
        window.demo_action.trigger()
        return window

    return at


@pytest.mark.parametrize("size", LAPTOPS)
def test_every_page_of_the_demonstration_fits_a_laptop(qtbot, demo_window, services, size):
    window = demo_window(size)
    tabs = window.set_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert scrolled_sideways(window) == [], tabs.tabText(index)

    window.people_panel.select(services.people.find("Amira Hassan").id)
    person_tabs = window.person_page.tabs
    for index in range(person_tabs.count()):
        person_tabs.setCurrentIndex(index)
        assert scrolled_sideways(window) == [], person_tabs.tabText(index)

    birch = services.sets.list_sets()[0]
    held = [e for e in services.schedule.list_events(birch.id) if e.kind == EventKind.SET_MEETING][
        1
    ]
    window.show_page("meeting", services.meetings.open_for_event(held.id).id)
    meeting_tabs = window.meeting_page.tabs
    for index in range(meeting_tabs.count()):
        meeting_tabs.setCurrentIndex(index)
        assert scrolled_sideways(window) == [], meeting_tabs.tabText(index)

    window.show_page("home")
    assert scrolled_sideways(window) == []
    workspace = set_up_through_the_window(qtbot, window)
    new_entry(workspace, "Gibbs")
    assert scrolled_sideways(window) == []


def test_member_names_show_whole_and_an_empty_column_takes_only_its_heading(qtbot, demo_window):
    window = demo_window((1024, 768))
    window.set_page.tabs.setCurrentWidget(window.set_page.members)
    positions(window, [])
    table = window.set_page.members.table
    header = table.horizontalHeader()
    assert header.sectionSize(NAME) >= table.sizeHintForColumn(NAME)
    assert header.sectionSize(OTHER_SETS) <= header.sectionSizeHint(OTHER_SETS) + 20
