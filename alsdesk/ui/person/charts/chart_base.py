"""What the goal and plan charts share: a layout worked out once per size, font and
palette, and (for the charts of a measure over time) the point under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from alsdesk.i18n import translate
from alsdesk.ui.person.charts import palette as pal


class LaidOutChart(QWidget):
    """A painted chart whose ``_layout`` is dropped when its size, font or palette change
    (``_current_layout`` in the subclass works it out again when next asked)."""

    _layout: object | None = None

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._layout = None
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._layout = None
        super().changeEvent(event)


class MeasureChart(LaidOutChart):
    """A chart of a goal's measure: ``_measure`` (services.goals.Measure), the point under
    the mouse in ``_hover`` (from the subclass's ``point_at(pos)``), values with their unit;
    it grows with its room from ``minimum_height`` and the mouse is tracked for hovering."""

    def __init__(self, minimum_height: int, parent: QWidget | None = None):
        from alsdesk.services.goals import Measure

        super().__init__(parent)
        self._measure = Measure()
        self._hover: int | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(420, minimum_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.point_at(event.position())
        if index != self._hover:
            self._hover = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def _with_unit(self, value: float) -> str:
        text, unit = pal.format_number(value), self._measure.unit.strip()
        if not unit:
            return text
        return f"{text}{unit}" if unit == "%" else f"{text} {unit}"

    def _axis_title(self) -> str:
        name = self._measure.name.strip() or translate("MeasureChart", "Measure")
        unit = self._measure.unit.strip()
        return f"{name} ({unit})" if unit else name
