"""Qt item models over service results."""

from PySide6.QtCore import Qt

ROW_OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's dataclass (SetInfo, MemberInfo, EventInfo)."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role returning a value that sorts naturally (dates as dates, names folded)."""
