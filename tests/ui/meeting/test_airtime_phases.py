"""Phases inside an airtime, through the real workspace: shown, counted down, cued, moved on.

Amira has 30 minutes: with the standard phases that is presenting 6 min,
clarifying questions 5, reflective and analytical questions 9, questions about
future action 4, summary and actions 3, how the process felt 3.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from alsdesk.exports.meeting_pdf import write_meeting_pdf
from alsdesk.services.airtime_phases import PhaseService, PhaseState
from alsdesk.services.records import meeting_record
from alsdesk.store import open_store
from alsdesk.ui.meeting.workspace import AIRTIME_TAB
from tests.exports.conftest import pdf_pages
from tests.ui.conftest import click, click_button, positions
from tests.ui.meeting.helpers import run_meeting

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_airtime(qtbot, window, event, size=(1024, 768)):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size), timeout=30_000)
    workspace = run_meeting(qtbot, window, event)
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    return workspace.airtime


def geometry(window, widgets):
    """Each widget's place and size in the window, once pending layouts have run."""
    spots = positions(window, widgets)
    return [(spot, w.size().toTuple()) for spot, w in zip(spots, widgets, strict=True)]


def test_the_clock_shows_the_phase_counts_it_down_cues_its_end_and_waits(
    qtbot, shown, meetings, services, two_bidders, clock, data_paths, tmp_path
):
    airtime = open_airtime(qtbot, shown, meetings[1])
    face = airtime.face
    assert face.phase.text() == "6 phases, first: Presenting, 6 min"
    assert not airtime.phase_button.isEnabled()  # nothing to move on from before the start

    click(qtbot, airtime.start_button)
    assert face.phase.text() == "1 of 6 · Presenting · 6:00"
    assert face.phase_next.text() == "Next: Clarifying questions, 5 min"
    assert airtime.phase_button.isEnabled()

    clock.advance(minutes=5)
    qtbot.waitUntil(lambda: face.phase.text() == "1 of 6 · Presenting · 1:00", timeout=30_000)
    assert face.clock.text() == "25:00"  # the big clock still counts the whole airtime
    clock.advance(minutes=1, seconds=30)
    qtbot.waitUntil(lambda: face.phase_over, timeout=30_000)
    assert face.phase.text() == "1 of 6 · Presenting · -0:30"
    assert face.phase_next.text() == "Time is up: on to Clarifying questions"
    clock.advance(minutes=1)  # the phase waits for the facilitator: still presenting
    qtbot.waitUntil(lambda: face.phase.text().endswith("-1:30"), timeout=30_000)

    face.setFocus()
    qtbot.keyClick(face, Qt.Key.Key_P, CTRL_SHIFT)  # Next phase
    assert face.phase.text() == "2 of 6 · Clarifying questions · 5:00"
    assert not face.phase_over
    clock.advance(minutes=2)
    click(qtbot, airtime.next_button)  # Daniel's turn: Amira's phases are kept

    done = next(t for t in services.airtime.turns(two_bidders.id) if t.full_name == "Amira Hassan")
    airtime.presenters.setCurrentRow(0)  # reading Amira's notes: the clock stays Daniel's
    assert face.name.text() == "Daniel Price"
    assert face.phase.text() == "6 phases, first: Presenting, 4 min"

    # A second store over the same file (a restart) reads the same phase times.
    reopened = open_store(data_paths.database)
    try:
        kept = PhaseService(reopened).recorded([done])[done.id]
    finally:
        reopened.close()
    assert [(round(p.used_seconds), p.state) for p in kept[:3]] == [
        (450, PhaseState.DONE),
        (120, PhaseState.CURRENT),
        (0, PhaseState.WAITING),
    ]

    path = tmp_path / "record.pdf"
    write_meeting_pdf(meeting_record(services, two_bidders.id), path, dt.date(2026, 10, 28))
    text = " ".join(pdf_pages(path))
    assert "Phases of the airtime Phase Planned Used" in text
    assert "Presenting 6 min 7 min 30 s" in text
    assert "Clarifying questions 5 min 2 min" in text
    assert "How the process felt 3 min not reached" in text
    assert text.count("Phases of the airtime") == 1  # Daniel had no airtime yet


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_phase_changing_or_running_over_moves_nothing(
    qtbot, shown, meetings, two_bidders, clock, screenshot, size
):
    airtime = open_airtime(qtbot, shown, meetings[1], size)
    face = airtime.face
    targets = [
        face,
        face.clock,
        face.phase,
        face.phase_next,
        airtime.start_button,
        airtime.phase_button,
        airtime.next_button,
        airtime.notes.issue,
    ]
    before = geometry(shown, targets)
    click(qtbot, airtime.start_button)
    assert geometry(shown, targets) == before
    clock.advance(minutes=6, seconds=20)
    qtbot.waitUntil(lambda: face.phase_over, timeout=30_000)
    assert geometry(shown, targets) == before
    screenshot(shown, f"airtime_phase_over_{size[0]}x{size[1]}")
    click(qtbot, airtime.phase_button)
    assert not face.phase_over
    assert geometry(shown, targets) == before
    screenshot(shown, f"airtime_phase_two_{size[0]}x{size[1]}")
    click(qtbot, airtime.phase_button)  # the longest standard name, running over
    clock.advance(minutes=15)
    qtbot.waitUntil(lambda: face.phase_over, timeout=30_000)
    assert face.phase.text() == "3 of 6 · Reflective and analytical questions · -6:00"
    assert face.phase_next.text() == "Time is up: on to Questions about future action"
    assert geometry(shown, targets) == before
    screenshot(shown, f"airtime_phase_three_over_{size[0]}x{size[1]}")
    assert face.phase.toolTip() == face.phase_next.toolTip() == ""  # both lines whole


def test_the_full_screen_clock_shows_the_phase_too(
    qtbot, shown, meetings, two_bidders, clock, screenshot
):
    airtime = open_airtime(qtbot, shown, meetings[1])
    click(qtbot, airtime.start_button)
    clock.advance(minutes=6, seconds=5)
    click(qtbot, airtime.present_button)
    big = airtime.presentation
    qtbot.waitExposed(big, timeout=30_000)
    qtbot.waitUntil(lambda: big.face.phase_over, timeout=30_000)
    assert big.face.phase.text() == "1 of 6 · Presenting · -0:05"
    assert big.face.phase_next.text() == "Time is up: on to Clarifying questions"
    big.showNormal()  # as on a 1280x720 projector (the test screen is smaller)
    big.resize(1280, 720)
    qtbot.waitUntil(lambda: big.size() == QSize(1280, 720), timeout=30_000)
    screenshot(big, "airtime_full_screen_phase_over")
    assert big.face.phase.toolTip() == big.face.phase_next.toolTip() == ""  # nothing cut
    click(qtbot, airtime.phase_button)
    assert big.face.phase.text() == "2 of 6 · Clarifying questions · 5:00"
    qtbot.keyClick(big, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: airtime.presentation is None, timeout=30_000)


def test_the_set_chooses_its_phases_from_the_airtime_panel(
    qtbot, shown, meetings, services, two_bidders, clock, on_modal, screenshot
):
    airtime = open_airtime(qtbot, shown, meetings[1])

    def choose(dialog):
        screenshot(dialog, "phases_dialog")
        table = dialog.table
        titles = [table.item(row, 0).text() for row in range(table.rowCount())]
        felt = table.item(titles.index("How the process felt"), 0)
        felt.setCheckState(Qt.CheckState.Unchecked)
        presenting = table.cellWidget(titles.index("Presenting"), 1)
        assert isinstance(presenting, QSpinBox)
        presenting.setFocus()
        presenting.selectAll()
        qtbot.keyClicks(presenting, "30")
        assert dialog.example.text() == (
            "In a 45-minute airtime (minutes): Presenting 14, Clarifying questions 7, "
            "Reflective and analytical questions 13, Questions about future action 7, "
            "Summary and actions 4."
        )
        click_button(qtbot, dialog, "OK")

    on_modal(choose)
    click(qtbot, airtime.phases_button)
    qtbot.waitUntil(lambda: airtime.face.phase.text().startswith("5 phases"), timeout=30_000)
    assert airtime.face.phase.text() == "5 phases, first: Presenting, 9 min"
    titles = [p.title for p in services.phases.set_phases(two_bidders.set_id)]
    assert "How the process felt" not in titles and len(titles) == 5

    def none_at_all(dialog):
        table = dialog.table
        for row in range(table.rowCount()):
            table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.example.text() == "No phases: the clock times each airtime as a whole."
        click_button(qtbot, dialog, "OK")

    on_modal(none_at_all)
    click(qtbot, airtime.phases_button)
    qtbot.waitUntil(lambda: airtime.face.phase.text() == "", timeout=30_000)
    click(qtbot, airtime.start_button)
    assert not airtime.phase_button.isEnabled()
    QApplication.processEvents()
    assert services.phases.set_phases(two_bidders.set_id) == ()


def test_the_phase_and_its_time_so_far_come_back_when_the_meeting_is_opened_again(
    qtbot, shown, meetings, two_bidders, clock
):
    airtime = open_airtime(qtbot, shown, meetings[1])
    click(qtbot, airtime.start_button)
    clock.advance(minutes=7)
    click(qtbot, airtime.phase_button)  # presenting took 7 of its 6 minutes
    clock.advance(minutes=1)
    click(qtbot, airtime.start_button)  # pause one minute into the questions
    workspace = shown.meeting_page
    click(qtbot, workspace.back_button)
    clock.advance(hours=1)  # paused: nothing counts meanwhile

    airtime = open_airtime(qtbot, shown, meetings[1])
    assert airtime.face.name.text() == "Amira Hassan"
    assert airtime.face.phase.text() == "2 of 6 · Clarifying questions · 4:00"
    assert airtime.face.clock.text() == "22:00"


def test_a_phase_without_a_name_is_refused_at_the_table_and_nothing_is_saved(
    qtbot, shown, meetings, services, two_bidders, clock, on_modal
):
    airtime = open_airtime(qtbot, shown, meetings[1])
    messages = []

    def unnamed(dialog):
        dialog.table.item(0, 0).setText("   ")
        click_button(qtbot, dialog, "OK")
        messages.append(dialog.error_text("phases"))
        assert dialog.isVisible()  # still open, to put it right

    on_modal(unnamed)
    click(qtbot, airtime.phases_button)
    assert messages == ["Every phase needs a name."]
    assert services.phases.set_phases(two_bidders.set_id)[0].title == "Presenting"


def test_with_sound_on_a_phase_end_sounds_once(
    qtbot, shown, meetings, two_bidders, clock, monkeypatch
):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append("beep")))
    airtime = open_airtime(qtbot, shown, meetings[1])
    click(qtbot, airtime.sound)
    click(qtbot, airtime.start_button)
    clock.advance(minutes=5, seconds=59)
    qtbot.waitUntil(lambda: airtime.face.phase.text().endswith("0:01"), timeout=30_000)
    assert beeps == []
    clock.advance(seconds=2)
    qtbot.waitUntil(lambda: airtime.face.phase_over, timeout=30_000)
    airtime.tick()  # and the ticks after it
    airtime.tick()
    assert beeps == ["beep"]


def test_a_next_phase_pressed_too_soon_is_undone_and_the_phase_carries_on(
    qtbot, shown, meetings, two_bidders, clock
):
    airtime = open_airtime(qtbot, shown, meetings[1])
    face = airtime.face
    click(qtbot, airtime.start_button)
    assert not airtime.back_phase_button.isEnabled()  # nothing before the first phase
    clock.advance(minutes=3)
    click(qtbot, airtime.phase_button)  # too soon: she was still presenting
    clock.advance(minutes=1)
    face.setFocus()
    qtbot.keyClick(face, Qt.Key.Key_O, CTRL_SHIFT)  # Back
    assert face.phase.text() == "1 of 6 · Presenting · 2:00"  # four of its six minutes used
    assert not airtime.back_phase_button.isEnabled()
    clock.advance(minutes=2)
    click(qtbot, airtime.phase_button)
    assert face.phase.text() == "2 of 6 · Clarifying questions · 5:00"
