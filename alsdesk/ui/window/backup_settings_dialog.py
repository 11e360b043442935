"""Automatic backups: how many daily and weekly copies to keep, and where they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MAX_DAILY = 60
MAX_WEEKLY = 52


class BackupSettingsDialog(QDialog):
    """``keep_daily`` / ``keep_weekly`` hold the chosen numbers once accepted."""

    def __init__(
        self, keep_daily: int, keep_weekly: int, folder: Path, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic backups"))
        intro = QLabel(
            self.tr(
                "alsdesk backs up your data at most once a day when something changed, "
                "and when you quit after changes. Older backups are removed, keeping:"
            )
        )
        intro.setWordWrap(True)
        self.daily = _spin("keep_daily", 1, MAX_DAILY, keep_daily, self.tr(" days"))
        self.daily.setAccessibleName(self.tr("Daily backups to keep"))
        self.weekly = _spin("keep_weekly", 0, MAX_WEEKLY, keep_weekly, self.tr(" weeks"))
        self.weekly.setAccessibleName(self.tr("Weekly backups to keep"))
        self.weekly.setSpecialValueText(self.tr("none"))
        form = QFormLayout()
        form.addRow(self.tr("One a day for the last"), self.daily)
        form.addRow(self.tr("Then one a week for"), self.weekly)
        where = QLabel(self.tr("They are kept in %s") % folder)
        where.setObjectName("folder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(
            self.tr(
                "These copies are on this computer only: use Back up now to keep one on a "
                "USB stick. The journal stays sealed inside every backup."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def keep_daily(self) -> int:
        return self.daily.value()

    @property
    def keep_weekly(self) -> int:
        return self.weekly.value()


def _spin(name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(min(max(value, low), high))
    spin.setSuffix(suffix)
    return spin
