"""Qt item models over service results."""

from PySide6.QtCore import Qt

ROW_OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's dataclass (SetInfo, MemberInfo, EventInfo)."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role returning a value that sorts naturally (dates as dates, names folded)."""


def column_title(headers: list[str], section: int, orientation, role: int):
    """headerData for a model whose columns have titles and rows have none."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(headers)
    ):
        return headers[section]
    return None
