"""The meeting workspace at 1024x768 with the text at 150%, the sidebar showing.

At that size the page once needed about 1200 px: the window grew past the screen
and the attendance rows and the steps list scrolled sideways. Every panel now
wraps or stacks its controls and scrolls only up and down.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from alsdesk.services.meetings import AttendanceStatus
from tests.ui.meeting.helpers import person

WIDTH, HEIGHT = 1024, 768


@pytest.fixture
def large_text(qapp):
    """The application font at 1.5 times, before the window is built; restored after."""
    base = qapp.font()
    bigger = type(base)(base)
    bigger.setPointSizeF(base.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield
    qapp.setFont(base)


@pytest.fixture
def meeting_at_large_text(large_text, make_window, services, cedar, meetings, clock, qtbot):
    clock.now = dt.datetime(2026, 10, 27, 11, 0)
    meeting = services.meetings.open_for_event(meetings[1].id)
    for name in ("Amira Hassan", "Daniel Price"):
        pid = person(services, cedar, name)
        services.meetings.mark(meeting.id, pid, AttendanceStatus.PRESENT)
        services.airtime.bid(meeting.id, pid, 30)
    window = make_window()
    window.resize(WIDTH, HEIGHT)
    window.sets_panel.reload(cedar.id)
    window.show_page("meeting", meeting.id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.meeting_page, timeout=30_000)
    return window


def sideways_scrolling(widget) -> list[str]:
    return [
        area.objectName() or type(area).__name__
        for area in widget.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def test_every_meeting_tab_fits_1024_wide_at_150_percent_text(meeting_at_large_text, qtbot, qapp):
    window = meeting_at_large_text
    page = window.meeting_page
    assert window.sidebar.isVisible()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qapp.processEvents()
        name = page.tabs.tabText(index)
        # The page asks for no more than the window has beside the sidebar...
        assert window.width() == WIDTH, name
        assert window.height() == HEIGHT, name
        assert page.minimumSizeHint().width() <= page.width(), name
        # ...and nothing in it scrolls sideways.
        qtbot.waitUntil(lambda: not sideways_scrolling(page), timeout=30_000)
    # Every tab's name whole: the bar neither scrolls nor cuts them.
    bar = page.tabs.tabBar()
    for index in range(bar.count()):
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width(), bar.tabText(index)
        assert bar.tabRect(index).right() <= bar.width()


def test_the_clock_buttons_wrap_below_the_face_not_over_it(meeting_at_large_text, qapp):
    page = meeting_at_large_text.meeting_page
    page.tabs.setCurrentWidget(page.airtime)
    qapp.processEvents()
    airtime = page.airtime
    face_bottom = airtime.face.mapTo(airtime, airtime.face.rect().bottomLeft()).y()
    buttons = (airtime.start_button, airtime.set_time_button, airtime.next_button)
    for button in buttons:
        top = button.mapTo(airtime, button.rect().topLeft()).y()
        assert top > face_bottom, button.objectName()
        right = button.mapTo(airtime, button.rect().topRight()).x()
        assert right <= airtime.width(), button.objectName()
    # The countdown keeps at least 2.5 times the text size: never squeezed to a sliver.
    assert airtime.face.clock.font().pointSizeF() >= qapp.font().pointSizeF() * 2.4


def test_long_step_titles_are_cut_with_the_whole_title_as_tooltip(meeting_at_large_text):
    steps = meeting_at_large_text.meeting_page.steps
    assert steps.count() > 0
    item = steps.item(1)
    assert item.text().strip() in item.toolTip()


def test_the_locked_journals_heading_is_whole_at_150_percent(large_text, make_window, services):
    passphrase = "sturdy lantern orchard tide"
    services.vault.set_up(passphrase, passphrase, with_recovery_key=False)
    services.vault.lock()
    window = make_window()
    window.resize(WIDTH, HEIGHT)
    window.show_page("journal", None)
    heading = next(
        label
        for label in window.page("journal").findChildren(QLabel, "heading")
        if label.isVisible() and label.text() == "Your journal is locked"
    )
    assert heading.width() >= heading.fontMetrics().horizontalAdvance(heading.text())


def test_every_stop_of_the_tour_shows_its_text_whole_at_150_percent(large_text, make_window):
    window = make_window()
    window.resize(WIDTH, HEIGHT)
    window.help.show_tour()
    card = window.help.tour
    for index in range(len(card.stops)):
        card.go(index)
        text = card.text
        assert text.height() >= text.heightForWidth(text.width()), card.title.text()
    card.end()
