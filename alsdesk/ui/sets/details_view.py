"""The Details tab: what the set is, its ground rules, and what comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from alsdesk.i18n import translate
from alsdesk.services.schedule import EventInfo
from alsdesk.services.sets import HOLIDAY_REGIONS, SetInfo


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.programme = _value_label()
        self.facilitator = _value_label()
        self.start_date = _value_label()
        self.venue = _value_label()
        self.region = _value_label()
        self.next_event = _value_label()
        self.next_event.setObjectName("next_event")
        about = QGroupBox(self.tr("About this set"))
        form = QFormLayout(about)
        form.addRow(self.tr("Programme / cohort:"), self.programme)
        form.addRow(self.tr("Facilitator:"), self.facilitator)
        form.addRow(self.tr("Start date:"), self.start_date)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Bank holidays:"), self.region)
        form.addRow(self.tr("Next:"), self.next_event)

        rules_box = QGroupBox(self.tr("Ground rules"))
        self.ground_rules = _value_label()
        self.ground_rules.setObjectName("ground_rules")
        QVBoxLayout(rules_box).addWidget(self.ground_rules)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(rules_box)
        layout.addStretch(1)

    def show_set(self, action_set: SetInfo, upcoming: EventInfo | None) -> None:
        missing = self.tr("not set")
        self.programme.setText(action_set.programme or missing)
        self.facilitator.setText(action_set.facilitator or missing)
        start = action_set.start_date
        self.start_date.setText(f"{start:%A} {start.day} {start:%B %Y}" if start else missing)
        self.venue.setText(action_set.venue or missing)
        self.region.setText(
            translate("services", HOLIDAY_REGIONS.get(action_set.holiday_region, ""))
        )
        self.next_event.setText(_describe(upcoming) if upcoming else self.tr("nothing scheduled"))
        rules = action_set.ground_rules.splitlines()
        self.ground_rules.setText("\n".join(f"•  {rule}" for rule in rules if rule.strip()))


def _describe(event: EventInfo) -> str:
    when = f"{event.date:%A} {event.date.day} {event.date:%B %Y}"
    if event.start_time:
        when += f", {event.start_time:%H:%M}"
    where = f", {event.venue}" if event.venue else ""
    return f"{when}: {event.title}{where}"
