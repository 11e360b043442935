"""The set's phases of an airtime: which to time, their names and shares.

A row per phase: a tick to time it, its name and its share. Shares are
relative (they need not add up to 100); the line below the table says what
they come to in a 45-minute airtime, so the arithmetic is never hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from alsdesk.services.airtime_phases import (
    MAX_SHARE,
    PhaseSpec,
    split_seconds,
    standard_phases,
    validated,
)
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.layouts import HINT_STYLE
from alsdesk.ui.common.steady import SteadyLabel

EXAMPLE_MINUTES = 45
TITLE_COLUMN, SHARE_COLUMN = 0, 1


class PhasesDialog(FormDialog):
    """Returns the phases ticked, in order (an empty tuple: time the airtime as a whole)."""

    def __init__(
        self,
        phases: tuple[PhaseSpec, ...],
        parent: QWidget | None = None,
        title: str | None = None,
    ):
        """``title``: the window's, when the phases are not a set's (Settings: new sets')."""
        super().__init__(title or self.tr("Phases of an airtime"), self._collect, parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("phase_rows")
        self.table.setHorizontalHeaderLabels([self.tr("Phase (tick to time it)"), self.tr("Share")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SHARE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumSize(520, 250)
        self._fill(phases, ticked=True)
        # The standard phases the set dropped stay offered, unticked, below its own.
        chosen = {p.title for p in phases}
        self._fill(tuple(p for p in standard_phases() if p.title not in chosen), ticked=False)
        self.table.itemChanged.connect(lambda *_: self._show_example())

        buttons = QHBoxLayout()
        for name, text, slot in (
            ("add_phase", self.tr("Add phase"), self.add_phase),
            ("phase_up", self.tr("Move up"), lambda: self.move(-1)),
            ("phase_down", self.tr("Move down"), lambda: self.move(1)),
            ("standard_phases", self.tr("Standard phases"), self.reset),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        hint = QLabel(
            self.tr(
                "Each phase gets its share of the presenter's time. The clock shows the phase "
                "and cues its end; the facilitator moves on (Next phase). Untick every phase "
                "to time the airtime as a whole."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.example = SteadyLabel(3, name="phase_example")
        self.example.setStyleSheet(HINT_STYLE)
        self.top.addWidget(hint)
        self.add_field("phases", "", self.table)
        self.form.addRow(buttons)
        self.form.addRow(self.example)
        self._show_example()

    # -- rows ---------------------------------------------------------------------------

    def _fill(self, phases: tuple[PhaseSpec, ...], ticked: bool) -> None:
        self.table.blockSignals(True)
        for phase in phases:
            self._append(phase, ticked)
        self.table.blockSignals(False)

    def _append(self, phase: PhaseSpec, ticked: bool, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        title = QTableWidgetItem(phase.title)
        title.setFlags(title.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        title.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.table.setItem(row, TITLE_COLUMN, title)
        share = QSpinBox()
        share.setRange(1, MAX_SHARE)
        share.setValue(max(1, min(MAX_SHARE, phase.share)))
        share.setAccessibleName(self.tr("Share of %s") % phase.title)
        share.valueChanged.connect(lambda _v: self._show_example())
        self.table.setCellWidget(row, SHARE_COLUMN, share)

    def rows(self) -> list[tuple[PhaseSpec, bool]]:
        result = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, TITLE_COLUMN)
            share = self.table.cellWidget(row, SHARE_COLUMN)
            ticked = item is not None and item.checkState() == Qt.CheckState.Checked
            result.append((PhaseSpec(item.text() if item else "", share.value()), ticked))
        return result

    def chosen(self) -> list[PhaseSpec]:
        return [phase for phase, ticked in self.rows() if ticked]

    def add_phase(self) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else None
        self.table.blockSignals(True)
        self._append(PhaseSpec(self.tr("New phase"), 10), True, row)
        self.table.blockSignals(False)
        target = self.table.rowCount() - 1 if row is None else row
        self.table.setCurrentCell(target, TITLE_COLUMN)
        self.table.editItem(self.table.item(target, TITLE_COLUMN))
        self._show_example()

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows.insert(target, rows.pop(row))
        self._refill(rows)
        self.table.setCurrentCell(target, TITLE_COLUMN)

    def reset(self) -> None:
        self._refill([(phase, True) for phase in standard_phases()])

    def _refill(self, rows: list[tuple[PhaseSpec, bool]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for phase, ticked in rows:
            self._append(phase, ticked)
        self.table.blockSignals(False)
        self._show_example()

    # -- the arithmetic -------------------------------------------------------------------

    def _show_example(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.example.setText(self.tr("No phases: the clock times each airtime as a whole."))
            return
        seconds = split_seconds(EXAMPLE_MINUTES * 60, [p.share for p in chosen])
        parts = ", ".join(f"{p.title} {s // 60}" for p, s in zip(chosen, seconds, strict=True))
        self.example.setText(
            self.tr("In a %d-minute airtime (minutes): %s.") % (EXAMPLE_MINUTES, parts)
        )

    def _collect(self):
        return validated(self.chosen())
