"""Self-assessments side by side: one row a leadership dimension, one column an assessment.

A level that moved since the assessment before carries an arrow ("Strong ↑"), so
a reader sees the change without comparing columns; the tooltip says from what.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from alsdesk.dates import medium_date
from alsdesk.services.leadership import DIMENSIONS
from alsdesk.services.plan import AssessmentInfo, Rating
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE
from alsdesk.ui.person.plan_items_model import rich_tooltip

RATING_ROLE = Qt.ItemDataRole.UserRole + 3
"""Role returning the cell's Rating (level and reason)."""


def _rating(assessment: AssessmentInfo, dimension: int) -> Rating | None:
    return next((r for r in assessment.ratings if r.dimension == dimension), None)


class AssessmentTableModel(QAbstractTableModel):
    """ROW_OBJECT_ROLE on a cell or a column header gives that column's AssessmentInfo."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._assessments: list[AssessmentInfo] = []

    def reload(self, assessments: list[AssessmentInfo]) -> None:
        """Show ``assessments``, oldest on the left."""
        if assessments == self._assessments:
            return
        self.beginResetModel()
        self._assessments = list(assessments)
        self.endResetModel()

    def assessment(self, column: int) -> AssessmentInfo:
        return self._assessments[column]

    def column_of(self, assessment_id: int) -> int:
        """The column showing that assessment, or -1."""
        ids = [a.id for a in self._assessments]
        return ids.index(assessment_id) if assessment_id in ids else -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(DIMENSIONS)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._assessments)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(DIMENSIONS):
                return None
            dimension = DIMENSIONS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return dimension.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return dimension.prompt
            return None
        if not 0 <= section < len(self._assessments):
            return None
        assessment = self._assessments[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{assessment.label}\n{medium_date(assessment.date)}"
        if role == ROW_OBJECT_ROLE:
            return assessment
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        assessment = self._assessments[index.column()]
        dimension = DIMENSIONS[index.row()].number
        rating = _rating(assessment, dimension)
        if role == ROW_OBJECT_ROLE:
            return assessment
        if role == RATING_ROLE:
            return rating
        if rating is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        before = self._previous(index.column(), dimension)
        if role == Qt.ItemDataRole.DisplayRole:
            if before is None or before.level == rating.level:
                return rating.level.label
            arrow = "↑" if rating.level > before.level else "↓"
            return f"{rating.level.label} {arrow}"
        if role == SORT_ROLE:
            return int(rating.level)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.column(), rating, before)
        return None

    def _previous(self, column: int, dimension: int) -> Rating | None:
        return _rating(self._assessments[column - 1], dimension) if column > 0 else None

    def _tooltip(self, column: int, rating: Rating, before: Rating | None) -> str:
        lines = [rating.level.label]
        if before is not None and before.level != rating.level:
            earlier = self._assessments[column - 1].label
            if rating.level > before.level:
                lines[0] = self.tr("%s, up from %s (%s)") % (
                    rating.level.label,
                    before.level.label,
                    earlier,
                )
            else:
                lines[0] = self.tr("%s, down from %s (%s)") % (
                    rating.level.label,
                    before.level.label,
                    earlier,
                )
        if rating.reason:
            lines.append(self.tr("Why: %s") % rating.reason)
        return rich_tooltip("\n".join(lines))
