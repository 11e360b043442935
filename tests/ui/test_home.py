"""A returning facilitator or member opens alsdesk and the home page says what today needs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from alsdesk.services.demo import create_demo
from alsdesk.ui.sets.set_page import ACTIONS_TAB, SCHEDULE_TAB
from tests.ui.conftest import TODAY, click, click_button, type_into

WAIT_MS = 30_000


@pytest.fixture
def demo_window(services, make_window):
    """The demonstration year, and a window opened on the home page."""
    demo, _ = create_demo(services, TODAY)
    window = make_window()
    window.show_home()
    return demo, window


def _row(rows, starts: str):
    for i in range(rows.count()):
        if rows.item(i).text().strip().startswith(starts):
            return rows.item(i)
    raise AssertionError(f"no row starting {starts!r}")


def test_the_next_meeting_is_on_the_home_page_and_its_button_opens_it(
    qtbot, demo_window, screenshot
):
    demo, window = demo_window
    home = window.welcome

    assert window.stack.currentWidget() is home
    assert not home.create_button.isVisible() and not home.demo_button.isVisible()
    line = home.meeting_line.text()
    assert line.startswith(f"Set meeting 3: {demo.name}")
    assert "09:30 to 16:30" in line and "Seminar Room 3" in line
    assert home.day_heading.text() == "Today, Monday 23 November 2026"
    assert home.run_button.text() == "Prepare meeting", "29 days ahead"
    screenshot(window, "home-today")

    click(qtbot, home.run_button)

    qtbot.waitUntil(lambda: window.current_page().name == "meeting", timeout=WAIT_MS)
    assert window.current_page().subject().title == "Set meeting 3"


def test_open_the_set_shows_its_schedule(qtbot, demo_window):
    demo, window = demo_window

    click(qtbot, window.welcome.open_set_button)

    assert window.stack.currentWidget() is window.set_page
    assert window.set_page.title.text() == demo.name
    assert window.set_page.tabs.currentIndex() == SCHEDULE_TAB


def test_overdue_actions_are_listed_by_member_and_open_the_sets_actions(qtbot, demo_window):
    demo, window = demo_window
    rows = window.welcome.action_list
    texts = [rows.item(i).text() for i in range(rows.count())]

    # Amira's carried-forward action is due again at the next meeting: not overdue.
    assert "Daniel Price" in texts and "Amira Hassan" not in texts
    daniel = texts.index("Daniel Price")
    following = texts[daniel + 1]
    assert rows.item(daniel).flags() == Qt.ItemFlag.NoItemFlags, "a heading, not an action"
    assert rows.item(daniel + 1).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "overdue since 10 Nov 2026" in following
    assert demo.name in following

    rows.itemClicked.emit(rows.item(daniel + 1))

    assert window.stack.currentWidget() is window.set_page
    assert window.set_page.title.text() == demo.name
    assert window.set_page.tabs.currentIndex() == ACTIONS_TAB


def test_a_member_sees_their_own_goals_latest_signal(qtbot, services, make_window, screenshot):
    create_demo(services, TODAY)
    amira = services.people.set_me("Amira Hassan")
    window = make_window()
    window.show_home()
    home = window.welcome

    assert home.goals_box.isVisible()
    goal = home.goal_list.item(0)
    assert goal.text().startswith("More discharges before midday")
    assert "signals of change: shift" in goal.text()
    screenshot(window, "home-member")

    home.goal_list.itemClicked.emit(goal)

    assert window.stack.currentWidget() is window.person_page
    assert window.person_page.subject().id == amira.id


def test_on_the_day_the_meeting_is_today(services, make_window):
    create_demo(services, TODAY)
    meeting_day = dt.date(2026, 12, 22)
    window = make_window(today=meeting_day)
    window.show_home()

    assert window.welcome.meeting_line.text().splitlines()[1].startswith("Today, 09:30 to 16:30")
    assert window.welcome.run_button.text() == "Run meeting"


def test_with_no_data_only_the_welcome_shows_until_a_set_is_made(
    qtbot, window, services, on_modal, screenshot
):
    home = window.welcome
    assert home.create_button.isVisible() and home.demo_button.isVisible()
    for box in (home.day_heading, home.meeting_box, home.actions_box, home.reviews, home.goals_box):
        assert not box.isVisible()

    def fill(dialog):
        type_into(qtbot, dialog, "name", "Cedar set")
        click_button(qtbot, dialog, "OK")

    on_modal(fill)
    click(qtbot, home.create_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.set_page, timeout=WAIT_MS)
    window.show_home()

    assert not home.create_button.isVisible() and not home.demo_button.isVisible()
    assert home.meeting_box.isVisible() and home.no_meeting.isVisible()
    assert home.actions_box.isVisible() and home.no_actions.isVisible()
    hint = home.no_actions
    assert hint.height() >= hint.heightForWidth(hint.width()), "the hint is not cut off"
    screenshot(window, "home-new-set")


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_home_page_fits_a_laptop(qtbot, services, make_window, screenshot, size):
    create_demo(services, TODAY)
    services.people.set_me("Amira Hassan")
    window = make_window()
    window.resize(*size)
    window.show_home()
    home = window.welcome
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=WAIT_MS)

    assert home.area.horizontalScrollBar().maximum() == 0
    assert home.area.verticalScrollBar().maximum() == 0, "all of it in view"
    bar = home.area.verticalScrollBar()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=WAIT_MS)
    for rows in (home.review_list, home.goal_list):
        assert rows.verticalScrollBar().maximum() == 0, f"{rows.objectName()} cut off"
    for box in (home.meeting_box, home.actions_box, home.reviews, home.goals_box):
        assert box.isVisible()
        assert box.geometry().right() <= home.area.viewport().width()
    screenshot(window, f"home-{size[0]}x{size[1]}")
