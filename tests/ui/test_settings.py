"""One Settings dialog: what is saved there survives a restart and applies at once."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QSettings, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QSpinBox, QTimeEdit

from alsdesk import settings as keys
from alsdesk import theme
from alsdesk.services.backup import DEFAULT_KEEP_WEEKLY
from alsdesk.services.schedule import EventKind
from alsdesk.settings import AppSettings, meeting_defaults
from alsdesk.ui.sets.event_dialog import EventDialog
from tests.ui.conftest import click_button, replace_text
from tests.ui.journal.test_journal_window import set_up_through_the_window


def change_everything(qtbot, seen):
    def change(dialog) -> None:
        seen["folder"] = dialog.findChild(QLabel, "data_folder").text()
        if shots := os.environ.get("ALSDESK_SCREENSHOTS"):
            dialog.grab().save(os.path.join(shots, "settings.png"))
        replace_text(qtbot, dialog, "lock_minutes", "25")
        replace_text(qtbot, dialog, "keep_daily", "21")
        replace_text(qtbot, dialog, "keep_weekly", "8")
        dialog.findChild(QTimeEdit, "meeting_start").setTime(QTime(10, 0))
        dialog.findChild(QTimeEdit, "meeting_end").setTime(QTime(15, 30))
        sound = dialog.findChild(QCheckBox, "sound_cues")
        if not sound.isChecked():
            sound.click()
        combo = dialog.findChild(QComboBox, "theme")
        combo.setCurrentIndex(combo.findData("dark"))
        click_button(qtbot, dialog, "Save")

    return change


def test_settings_saved_in_the_dialog_are_there_after_a_restart_and_apply_at_once(
    qtbot,
    make_window,
    on_modal,
    data_paths,
    services,
    looks,
    clock,
):
    window = make_window()
    looks("light").follow(window.app_settings)
    set_up_through_the_window(qtbot, window)
    page = window.journal_page
    seen = {}
    on_modal(change_everything(qtbot, seen))
    window.settings_action.trigger()
    assert seen["folder"] == str(data_paths.root)

    # At once: the theme, the journal's lock, the meeting defaults, the timer's sound.
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == (
        theme.DARK.palette.window
    )
    assert page.idle.minutes == 25
    assert meeting_defaults() == keys.MeetingDefaults(dt.time(10, 0), dt.time(15, 30))
    dialog = EventDialog(services.schedule, "ENG", parent=window)
    qtbot.addWidget(dialog)
    assert dialog.start_time.time() == QTime(10, 0) and dialog.end_time.time() == QTime(15, 30)
    assert window.backup_service().keep_daily == 21
    assert "last 21 days and 8 weeks" in window.statusBar().currentMessage()
    window.close()

    # After a restart: the same file, read afresh.
    reread = AppSettings(QSettings(str(data_paths.settings), QSettings.Format.IniFormat))
    assert (reread.theme, reread.sound_cues) == ("dark", True)
    assert (reread.keep_daily, reread.keep_weekly) == (21, 8)
    assert (reread.meeting_start, reread.meeting_end) == (dt.time(10, 0), dt.time(15, 30))
    assert services.vault.idle_minutes() == 25
    again = make_window()
    shown = {}

    def read(dialog) -> None:
        shown["lock"] = dialog.findChild(QSpinBox, "lock_minutes").value()
        shown["daily"] = dialog.findChild(QSpinBox, "keep_daily").value()
        shown["start"] = dialog.findChild(QTimeEdit, "meeting_start").time()
        shown["sound"] = dialog.findChild(QCheckBox, "sound_cues").isChecked()
        shown["theme"] = dialog.findChild(QComboBox, "theme").currentData()
        click_button(qtbot, dialog, "Cancel")

    on_modal(read)
    again.settings_action.trigger()
    assert shown == {
        "lock": 25,
        "daily": 21,
        "start": QTime(10, 0),
        "sound": True,
        "theme": "dark",
    }


def test_a_meeting_ending_before_it_starts_is_refused_and_nothing_is_saved(
    qtbot, window, on_modal, data_paths
):
    seen = {}

    def wrong(dialog) -> None:
        replace_text(qtbot, dialog, "keep_daily", "30")
        dialog.findChild(QTimeEdit, "meeting_start").setTime(QTime(16, 0))
        dialog.findChild(QTimeEdit, "meeting_end").setTime(QTime(9, 0))
        click_button(qtbot, dialog, "Save")
        seen["message"] = dialog.findChild(QLabel, "settings_message").text()
        seen["open"] = dialog.isVisible()
        click_button(qtbot, dialog, "Cancel")

    on_modal(wrong)
    window.settings_action.trigger()
    assert seen == {"message": "A meeting must end after it starts.", "open": True}
    reread = QSettings(str(data_paths.settings), QSettings.Format.IniFormat)
    assert reread.value(keys.KEEP_DAILY) is None
    assert reread.value(keys.MEETING_START) is None


def test_the_journal_lock_waits_for_a_journal(qtbot, window, on_modal):
    seen = {}

    def read(dialog) -> None:
        seen["enabled"] = dialog.findChild(QSpinBox, "lock_minutes").isEnabled()
        seen["hint"] = [label.text() for label in dialog.findChildren(QLabel)]

    on_modal(read)
    window.settings_action.trigger()
    assert not seen["enabled"]
    assert "Set up your journal first (My journal)." in seen["hint"]


def test_the_timers_sound_box_and_the_setting_are_one(qtbot, window, services, make_set):
    action_set = make_set("Cedar set", start_date=dt.date(2026, 9, 14))
    services.schedule.generate_default(action_set.id, dt.date(2026, 9, 14))
    event = next(
        e for e in services.schedule.list_events(action_set.id) if e.kind == EventKind.SET_MEETING
    )
    meeting = services.meetings.open_for_event(event.id)
    window.sets_panel.reload(action_set.id)
    window.show_page("meeting", meeting.id)
    sound = window.meeting_page.airtime.sound
    assert not sound.isChecked()
    window.app_settings.sound_cues = True
    assert sound.isChecked()
    sound.click()
    assert window.app_settings.sound_cues is False


def test_a_damaged_settings_file_reads_as_the_defaults(data_paths):
    raw = QSettings(str(data_paths.settings), QSettings.Format.IniFormat)
    for key, value in (
        (keys.THEME, "purple"),
        (keys.MEETING_START, "25:99"),
        (keys.KEEP_WEEKLY, "-3"),
        (keys.SOUND_CUES, "perhaps"),
    ):
        raw.setValue(key, value)
    read = AppSettings(raw)
    assert read.theme == "system"
    assert read.meeting_start == dt.time(9, 30)
    assert read.keep_weekly == DEFAULT_KEEP_WEEKLY
    assert read.sound_cues is False
