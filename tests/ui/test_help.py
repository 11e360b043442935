"""Help inside the app: the tour at the first start only, the topics, the shortcuts, About."""

from __future__ import annotations

import importlib.metadata
import os
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget, QTextBrowser

from alsdesk import __version__
from alsdesk.ui.help.licences import BUNDLED
from alsdesk.ui.help.shortcuts import NATIVE, action_label
from alsdesk.ui.help.topics import TOPICS
from tests.ui.conftest import click


def card(window):
    return window.findChild(QLabel, "tour_title")


def test_the_tour_shows_at_the_first_start_only_and_again_from_the_help_menu(qtbot, make_window):
    window = make_window()
    assert window.help.show_tour_once()
    tour = window.help.tour
    assert tour.isVisible() and tour.title.text() == "Home"
    assert QApplication.focusWidget() is tour.next_button  # the keyboard is on the card
    titles = [tour.title.text()]
    while tour.next_button.text() == "Next":
        click(qtbot, tour.next_button)
        titles.append(tour.title.text())
    assert titles == [
        "Home",
        "Your sets",
        "Running a meeting",
        "People",
        "My journal",
        "Help and settings",
    ]
    click(qtbot, tour.back_button)
    assert tour.title.text() == "My journal"
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.help.tour is None, timeout=30_000)
    window.close()

    again = make_window()  # the next start, over the same settings file
    assert not again.help.show_tour_once()
    assert again.help.tour is None
    again.help.tour_action.trigger()
    assert again.help.tour.isVisible() and again.help.tour.title.text() == "Home"


def test_a_tour_card_stays_inside_the_window_beside_what_it_names(qtbot, window):
    window.help.show_tour()
    tour = window.help.tour
    for index in range(len(tour.stops)):
        tour.go(index)
        assert window.rect().contains(tour.geometry()), tour.title.text()
        shots = os.environ.get("ALSDESK_SCREENSHOTS")
        if shots:
            window.grab().save(f"{shots}/tour_{index}.png")
    tour.go(1)
    panel = window.sets_panel
    assert tour.x() >= panel.mapTo(window, panel.rect().topRight()).x()  # to its right


def test_f1_opens_the_help_and_each_topic_is_there(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewer = window.help.viewer
    qtbot.waitUntil(lambda: viewer is not None and viewer.isVisible(), timeout=30_000)
    assert not viewer.isModal()
    window.help.show_help("run-charts")
    text = viewer.findChild(QTextBrowser, "help_text").toPlainText()
    assert viewer.current_key() == "run-charts"
    for words in ("six or more", "five or more", "Anhøj", "log2(n) + 3", "2.66"):
        assert words in text.replace("log\u2082", "log2"), words
    window.help.show_help("reflective-models")
    text = viewer.browser.toPlainText()
    for model in ("Gibbs", "Kolb", "Driscoll", "Rolfe", "Johns", "Schön", "Brookfield"):
        assert model in text
    for stage in ("action plan", "abstract conceptualisation", "Now what?", "reflexivity"):
        assert stage in text
    shown = {}
    for row in range(viewer.topics.count()):
        viewer.topics.setCurrentRow(row)
        shown[viewer.current_key()] = viewer.browser.toPlainText()
    assert (
        set(shown)
        == {t.key for t in TOPICS}
        == {
            "action-learning",
            "airtime",
            "reflective-models",
            "run-charts",
        }
    )
    assert "questions, not advice" in shown["action-learning"]
    assert "Equal time" in shown["airtime"]


def expected_shortcuts(window) -> dict[str, str]:
    """Straight from the window's actions, independently of the dialog's code."""
    found = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty()]
        if keys and action.text():
            found[action_label(action)] = ", ".join(keys)
    return found


def test_the_shortcut_list_is_the_windows_actions_own(qtbot, window, on_modal):
    window.new_set_action.setShortcut(QKeySequence("Ctrl+Alt+N"))  # whatever they are now
    seen = {}

    def read(dialog) -> None:
        table = dialog.findChild(QTableWidget, "shortcuts")
        seen["rows"] = {
            table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())
        }

    on_modal(read)
    window.help.shortcuts_action.trigger()
    rows = seen["rows"]
    expected = expected_shortcuts(window)
    assert expected.items() <= rows.items()
    assert rows["New set"] == QKeySequence("Ctrl+Alt+N").toString(NATIVE)
    assert rows["Keyboard shortcuts"] == QKeySequence("Ctrl+/").toString(NATIVE)
    assert rows["Home"] == QKeySequence("Alt+Home").toString(NATIVE)  # a sidebar button's
    assert rows["Settings"] == QKeySequence("Ctrl+,").toString(NATIVE)
    assert rows["alsdesk help"].startswith("F1")


def runtime_distributions() -> set[str]:
    """alsdesk's run-time dependencies and theirs, from the installed metadata."""
    seen, todo = set(), ["alsdesk"]
    while todo:
        name = todo.pop()
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # an optional back-port for older Pythons
        key = re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()
        if key in seen:
            continue
        seen.add(key)
        for requirement in dist.requires or []:
            if "extra ==" not in requirement:
                todo.append(re.split(r"[ ;<>=!\[(~]", requirement, maxsplit=1)[0])
    return seen - {"alsdesk"}


def test_about_names_the_version_and_every_bundled_library_with_its_licence(
    qtbot, window, on_modal
):
    listed = {re.sub(r"[-_.]+", "-", b.name).lower() for b in BUNDLED}
    assert runtime_distributions() <= listed
    seen = {}

    def read(dialog) -> None:
        seen["heading"] = dialog.findChild(QLabel, "about_heading").text()
        browser = dialog.findChild(QTextBrowser, "licences")
        seen["licences"] = browser.toPlainText()
        document = browser.document()
        seen["rows"] = [document.findBlockByNumber(n).text() for n in range(document.blockCount())]
        seen["data"] = dialog.findChild(QLabel, "about_data").text()

    on_modal(read)
    window.help.about_action.trigger()
    assert __version__ in seen["heading"]
    licences = seen["licences"]
    for name, licence in (
        ("PySide6-Essentials", "LGPL"),
        ("SQLAlchemy", "MIT"),
        ("reportlab", "BSD"),
        ("cryptography", "Apache-2.0"),
        ("platformdirs", "MIT"),
        ("holidays", "MIT"),
        ("python-dateutil", "BSD"),
        ("icalendar", "BSD"),
        ("DejaVu Sans", "Bitstream Vera"),
    ):
        at = next(n for n, text in enumerate(seen["rows"]) if text.startswith(name))
        assert licence in seen["rows"][at + 1], (name, seen["rows"][at + 1])  # the next cell
    assert importlib.metadata.version("SQLAlchemy") in licences
    assert str(window.services.store.path.parent) in seen["data"]


def test_the_help_menu_holds_help_shortcuts_tour_and_about(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["help_topics", "shortcuts", "tour", "about"]
    assert window.findChild(QPushButton, "home") is not None
