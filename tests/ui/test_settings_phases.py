"""Settings: the airtime phases a new set starts with, chosen in the meetings' own editor."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox

from alsdesk import settings as keys
from alsdesk.services.airtime_phases import PhaseSpec, standard_phases
from alsdesk.services.sets import SetDraft
from alsdesk.settings import AppSettings, meeting_defaults
from tests.ui.conftest import click, click_button

WITHOUT_FELT = [p for p in standard_phases() if p.title != "How the process felt"]


def reread(data_paths) -> AppSettings:
    return AppSettings(QSettings(str(data_paths.settings), QSettings.Format.IniFormat))


def choose_without_felt(qtbot, seen):
    """In the phases editor: untick "How the process felt", Presenting's share to 30."""

    def phases(dialog):
        seen["title"] = dialog.windowTitle()
        table = dialog.table
        titles = [table.item(row, 0).text() for row in range(table.rowCount())]
        table.item(titles.index("How the process felt"), 0).setCheckState(Qt.CheckState.Unchecked)
        presenting = table.cellWidget(titles.index("Presenting"), 1)
        assert isinstance(presenting, QSpinBox)
        presenting.setFocus()
        presenting.selectAll()
        qtbot.keyClicks(presenting, "30")
        click_button(qtbot, dialog, "OK")

    return phases


def test_the_default_phases_chosen_in_settings_start_every_new_set(
    qtbot, window, on_modal, services, data_paths
):
    before = services.sets.create(SetDraft(name="Older set"))
    seen = {}

    def settings(dialog):
        summary = dialog.findChild(QLabel, "default_phases_summary")
        seen["before"] = summary.text()
        on_modal(choose_without_felt(qtbot, seen))
        click(qtbot, dialog.findChild(QPushButton, "default_phases"))
        seen["after"] = summary.text()
        click_button(qtbot, dialog, "Save")

    on_modal(settings)
    window.settings_action.trigger()
    assert seen["before"].startswith("The standard phases: Presenting (")
    assert seen["title"] == "Airtime phases of a new set"
    assert "How the process felt" not in seen["after"]
    assert seen["after"].startswith("Presenting (30), Clarifying questions (")

    expected = tuple(
        PhaseSpec(p.title, 30 if p.title == "Presenting" else p.share) for p in WITHOUT_FELT
    )
    # Kept in the one settings file, read afresh as after a restart, and in use at once.
    assert reread(data_paths).meeting_phases == expected
    assert meeting_defaults().phases == expected
    # A set made through the window starts with them; one made before keeps the standard.
    new_id = window.editor.create_set(SetDraft(name="Newer set"))
    assert services.phases.set_phases(new_id) == expected
    assert services.phases.set_phases(before.id) == standard_phases()


def test_cancelling_the_phases_editor_or_settings_changes_nothing(
    qtbot, window, on_modal, data_paths
):
    def settings(dialog):
        on_modal(choose_without_felt(qtbot, {}))
        click(qtbot, dialog.findChild(QPushButton, "default_phases"))
        click_button(qtbot, dialog, "Cancel")

    on_modal(settings)
    window.settings_action.trigger()
    assert reread(data_paths).meeting_phases is None
    assert meeting_defaults().phases is None


def test_no_phases_at_all_is_kept_apart_from_never_chosen(data_paths):
    chosen = reread(data_paths)
    assert chosen.meeting_phases is None
    chosen.set_meeting_phases(())
    assert reread(data_paths).meeting_phases == ()
    assert meeting_defaults().phases == ()
    chosen.set_meeting_phases(None)
    assert reread(data_paths).meeting_phases is None
    assert meeting_defaults().phases is None


def test_damaged_default_phases_read_as_the_standard(data_paths):
    raw = QSettings(str(data_paths.settings), QSettings.Format.IniFormat)
    for damaged in ("not json", '[{"title": 3}]', '[{"title": "", "share": 10}]'):
        raw.setValue(keys.MEETING_PHASES, damaged)
        raw.sync()
        assert reread(data_paths).meeting_phases is None, damaged
