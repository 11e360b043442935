"""What a screen reader and a keyboard user meet: accessible names and the Tab order."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from alsdesk.ui.common.keyboard import KEYBOARD_ONLY_BY_SHORTCUT

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
MAX_TABS = 2000


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _part_of_another_control(widget: QWidget) -> bool:
    """The line edit inside a spin box or combo, a tab bar's scroll arrows, a scroll bar."""
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar | QHeaderView):
        return True  # a table is read and moved through from the table itself
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    if isinstance(widget, QAbstractButton) and isinstance(parent, QTabBar | QAbstractItemView):
        return True  # tab scroll arrows (arrow keys move between tabs), a table's corner
    return isinstance(widget, QAbstractButton) and isinstance(parent, QToolBar)  # in a menu too


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` a user can see and use now."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _part_of_another_control(widget):
            continue
        if widget.isVisibleTo(root) and widget.isVisible() and widget.isEnabled():
            found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__}({widget.objectName() or '-'}, {text!r}) in {'/'.join(parents)}"


def unnamed(root: QWidget) -> list[str]:
    """The controls a screen reader would announce without a name."""
    return [
        describe(w)
        for w in interactive_widgets(root)
        if not isinstance(w, QTabBar) and not accessible_name(w).strip()
    ]


def tab_reachable(window: QWidget) -> set[QWidget]:
    """Every widget Tab gives the focus to, starting in ``window``, once round."""
    first = window.focusWidget() or window
    first.setFocus()
    start = QApplication.focusWidget()
    reached: set[QWidget] = {start} if start is not None else set()
    for _ in range(MAX_TABS):
        window.focusNextChild()
        focused = QApplication.focusWidget()
        if focused is None or focused is start or focused in reached:
            break
        reached.add(focused)
    return reached


def unreachable(window: QWidget, root: QWidget) -> list[str]:
    """The controls under ``root`` that Tab from the window never reaches."""
    reached = tab_reachable(window)

    def got(widget: QWidget) -> bool:
        if widget in reached or widget.focusProxy() in reached:
            return True
        if widget.property(KEYBOARD_ONLY_BY_SHORTCUT):
            return True  # its own shortcut, by design
        if isinstance(widget.parentWidget(), QLineEdit):
            return True  # a field's icon button: the field has a key for it (a date's Alt+Down)
        group = widget.group() if isinstance(widget, QAbstractButton) else None
        if group is not None and group.exclusive():
            # Like radio buttons: Tab goes to the group, the arrow keys within it.
            return any(b in reached for b in group.buttons())
        return any(widget.isAncestorOf(r) for r in reached)

    return [describe(w) for w in interactive_widgets(root) if not got(w)]


def traps_tab(root: QWidget) -> list[str]:
    """Editable text boxes where Tab types a tab instead of moving on."""
    return [
        describe(w)
        for w in interactive_widgets(root)
        if isinstance(w, QTextEdit | QPlainTextEdit)
        and not w.isReadOnly()
        and not w.tabChangesFocus()
    ]
