"""Settings: the data folder, the journal's auto-lock, backups, meetings and the theme.

One dialog over ``alsdesk.settings.AppSettings`` (and the vault, for the journal's
auto-lock). Saving applies at once what can be applied: the theme, the meeting defaults,
the sound cues, the backups kept and the auto-lock; the data folder is shown, not changed
here, because it holds the settings themselves (the dialog says how to use another).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from alsdesk import settings as keys
from alsdesk.services.airtime_phases import standard_phases
from alsdesk.services.errors import UserError
from alsdesk.services.journal.service import IDLE_MINUTES_RANGE
from alsdesk.services.vault import Vault
from alsdesk.settings import AppSettings
from alsdesk.ui.common.form import ERROR_STYLE
from alsdesk.ui.common.layouts import VerticalScrollArea
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.meeting.phases_dialog import PhasesDialog

WIDTH = 560


class SettingsDialog(QDialog):
    """Shows the current settings; ``save`` (the Save button) writes and applies them."""

    def __init__(
        self,
        app_settings: AppSettings,
        vault: Vault,
        data_folder: Path,
        backup_folder: Path,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.app_settings = app_settings
        self.vault = vault
        self.data_folder = data_folder
        sections = QWidget()
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._folder_group(data_folder))
        column.addWidget(self._journal_group())
        self.backups_group = self._backups_group(backup_folder)
        column.addWidget(self.backups_group)
        column.addWidget(self._meeting_group())
        column.addWidget(self._appearance_group())
        column.addStretch(1)
        self.sections = VerticalScrollArea(sections)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections, 1)
        self.message = SteadyLabel()
        self.message.setObjectName("settings_message")
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Tall enough for every section at this width, or for the screen (a large system
        # font): then the sections scroll.
        self.setMinimumWidth(WIDTH)
        margins = layout.contentsMargins()
        inside = WIDTH - margins.left() - margins.right()
        wanted = (
            column.totalHeightForWidth(inside)
            + self.message.sizeHint().height()
            + buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + 3 * layout.spacing()
            + 3 * self.fontMetrics().lineSpacing()  # notes wrap a line more once laid out
        )
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(WIDTH, min(wanted, screen - 40))

    # -- sections -----------------------------------------------------------------

    def _folder_group(self, folder: Path) -> QGroupBox:
        group = QGroupBox(self.tr("Data folder"))
        where = QLabel(str(folder))
        where.setObjectName("data_folder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setObjectName("open_data_folder")
        self.open_folder.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(where, 1)
        row.addWidget(self.open_folder)
        how = QLabel(
            self.tr(
                "Your sets, journal, backups and these settings are all in this folder. "
                "To use another, quit alsdesk, move or copy the folder, and start alsdesk "
                "with --data-dir and the new folder (or set ALSDESK_DATA_DIR): the change "
                "takes effect at that restart."
            )
        )
        how.setWordWrap(True)
        column = QVBoxLayout(group)
        column.addLayout(row)
        column.addWidget(how)
        return group

    def _journal_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Journal"))
        low, high = IDLE_MINUTES_RANGE
        self.lock_minutes = QSpinBox(objectName="lock_minutes")
        self.lock_minutes.setRange(low, high)
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setValue(self.vault.idle_minutes())
        self.lock_minutes.setAccessibleName(self.tr("Lock the journal after idle minutes"))
        form = QFormLayout(group)
        form.addRow(self.tr("Lock after idle for"), self.lock_minutes)
        if not self.vault.is_set_up():
            self.lock_minutes.setEnabled(False)
            form.addRow(QLabel(self.tr("Set up your journal first (My journal).")))
        return group

    def _backups_group(self, folder: Path) -> QGroupBox:
        group = QGroupBox(self.tr("Automatic backups"))
        intro = QLabel(
            self.tr(
                "alsdesk backs up your data at most once a day when something changed, "
                "and when you quit after changes. Older backups are removed, keeping:"
            )
        )
        intro.setWordWrap(True)
        self.daily = _spin("keep_daily", 1, keys.MAX_DAILY, self.app_settings.keep_daily)
        self.daily.setSuffix(self.tr(" days"))
        self.daily.setAccessibleName(self.tr("Daily backups to keep"))
        self.weekly = _spin("keep_weekly", 0, keys.MAX_WEEKLY, self.app_settings.keep_weekly)
        self.weekly.setSuffix(self.tr(" weeks"))
        self.weekly.setSpecialValueText(self.tr("none"))
        self.weekly.setAccessibleName(self.tr("Weekly backups to keep"))
        where = QLabel(
            self.tr(
                "They are kept in %s, on this computer only: use File > Back up now to keep "
                "one on a USB stick. The journal stays sealed inside every backup."
            )
            % folder
        )
        where.setObjectName("folder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(group)
        form.addRow(intro)
        form.addRow(self.tr("One a day for the last"), self.daily)
        form.addRow(self.tr("Then one a week for"), self.weekly)
        form.addRow(where)
        return group

    def _meeting_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Meetings"))
        self.meeting_start = _time_edit("meeting_start", self.app_settings.meeting_start)
        self.meeting_start.setAccessibleName(self.tr("Default meeting start"))
        self.meeting_end = _time_edit("meeting_end", self.app_settings.meeting_end)
        self.meeting_end.setAccessibleName(self.tr("Default meeting end"))
        times = QHBoxLayout()
        times.addWidget(self.meeting_start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.meeting_end)
        times.addStretch(1)
        self.sound_cues = QCheckBox(self.tr("Sound at the airtime timer's cues"))
        self.sound_cues.setObjectName("sound_cues")
        self.sound_cues.setChecked(self.app_settings.sound_cues)
        # The phases a new set starts with, chosen in the meeting's own Phases… editor.
        self._phases = self.app_settings.meeting_phases
        self.phases_summary = QLabel(objectName="default_phases_summary")
        self.phases_summary.setWordWrap(True)
        self.phases_button = QPushButton(self.tr("Choose…"), objectName="default_phases")
        self.phases_button.setAccessibleName(self.tr("Choose the airtime phases of a new set"))
        self.phases_button.setToolTip(
            self.tr("Each set keeps its own phases; this is what a new set starts with")
        )
        self.phases_button.clicked.connect(self.choose_phases)
        phases_row = QHBoxLayout()
        phases_row.addWidget(self.phases_summary, 1)
        phases_row.addWidget(self.phases_button, 0, Qt.AlignmentFlag.AlignTop)
        self._show_phases()
        self.meeting_form = QFormLayout(group)
        self.meeting_form.addRow(self.tr("A new meeting runs"), times)
        self.meeting_form.addRow(self.tr("A new set's airtime phases"), phases_row)
        self.meeting_form.addRow("", self.sound_cues)
        return group

    def choose_phases(self) -> None:
        current = standard_phases() if self._phases is None else self._phases
        chosen = PhasesDialog(current, self, self.tr("Airtime phases of a new set")).ask()
        if chosen is not None:
            self._phases = tuple(chosen)
            self._show_phases()

    def _show_phases(self) -> None:
        phases = standard_phases() if self._phases is None else self._phases
        if not phases:
            text = self.tr("None: each airtime is timed as a whole.")
        else:
            text = ", ".join(f"{p.title} ({p.share})" for p in phases)
            if self._phases is None:
                text = self.tr("The standard phases: %s") % text
        self.phases_summary.setText(text)

    def _appearance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"))
        self.theme = QComboBox(objectName="theme")
        for value, text in (
            ("system", self.tr("As the system (light or dark)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.app_settings.theme)))
        note = QLabel(
            self.tr(
                "Text follows the system's font size. A few colours change fully at the next start."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(group)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(note)
        return group

    # -- saving -------------------------------------------------------------------

    def save(self) -> None:
        """Write every setting, or none if one is refused (the message says which)."""
        start = self.meeting_start.time().toPython()
        end = self.meeting_end.time().toPython()
        if end <= start:
            self.message.setText(self.tr("A meeting must end after it starts."))
            self.meeting_end.setFocus()
            return
        minutes = self.lock_minutes.value()
        if self.lock_minutes.isEnabled() and minutes != self.vault.idle_minutes():
            try:
                self.vault.set_idle_minutes(minutes)
            except UserError as exc:
                self.message.setText(str(exc))
                return
            self.app_settings.changed.emit(keys.JOURNAL_LOCK)
        settings = self.app_settings
        settings.set_backups_kept(self.daily.value(), self.weekly.value())
        settings.set_meeting_times(start, end)
        if self._phases != settings.meeting_phases:
            settings.set_meeting_phases(self._phases)
        settings.sound_cues = self.sound_cues.isChecked()
        settings.theme = self.theme.currentData()
        self.accept()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))


def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(low, high)
    spin.setValue(min(max(value, low), high))
    return spin


def _time_edit(name: str, value) -> QTimeEdit:
    edit = QTimeEdit(displayFormat="HH:mm", objectName=name)
    edit.setTime(QTime(value))
    return edit
