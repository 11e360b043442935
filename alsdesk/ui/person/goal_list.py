"""The list of a person's goals: each row the title, with its status in a smaller line beneath."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from alsdesk.i18n import translate
from alsdesk.ui.person.goal_list_model import STATUS_ROLE

PADDING = 6


class GoalListDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(option.rect.width(), 2 * line + 2 * PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(group, role)
        area = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        metrics = QFontMetrics(option.font)
        line = metrics.height()

        painter.save()
        title_font = option.font
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(colour)
        title = QFontMetrics(title_font).elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(QRect(area.left(), area.top(), area.width(), line), 0, title)
        title_font.setBold(False)
        painter.setFont(title_font)
        colour.setAlphaF(0.75)
        painter.setPen(colour)
        status = str(index.data(STATUS_ROLE) or "")
        painter.drawText(QRect(area.left(), area.top() + line + 2, area.width(), line), 0, status)
        painter.restore()


def goal_list_view(parent: QWidget | None = None) -> QListView:
    view = QListView(parent)
    view.setObjectName("goals_list")
    view.setItemDelegate(GoalListDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setAccessibleName(translate("GoalList", "Improvement goals"))
    return view
