"""Column fitting reads a sample of rows, and nothing for a tab that is not open."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget

from alsdesk.ui.common.columns import SAMPLE_ROWS, fit_columns

ROWS = 1000


class CountingModel(QAbstractTableModel):
    """Two columns of text; remembers which rows Qt asked to display."""

    def __init__(self):
        super().__init__()
        self.rows_read: set[int] = set()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        self.rows_read.add(index.row())
        if index.column() == 0:
            return f"Person {index.row()}"
        return "A much longer action text for the first row" if index.row() == 0 else "Short"

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ["Owner", "Action"][section]
        return None


def test_a_shown_table_is_sized_from_a_sample_of_rows_not_all_of_them(qtbot):
    model = CountingModel()
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(800, 400)
    with qtbot.waitExposed(view, timeout=30_000):
        view.show()
    model.rows_read.clear()

    fit_columns(view, max_width=600)

    assert 0 < len(model.rows_read) <= 2 * SAMPLE_ROWS
    header = view.horizontalHeader()
    longest = view.fontMetrics().horizontalAdvance(model.data(model.index(0, 1)))
    assert header.sectionSize(1) >= longest  # the long text in sight is whole


def test_a_table_on_a_tab_not_open_is_fitted_only_when_the_tab_is_opened(qtbot):
    model = CountingModel()
    view = QTableView()
    view.setModel(model)
    tabs = QTabWidget()
    tabs.addTab(QLabel("Details"), "Details")
    tabs.addTab(view, "Actions")
    qtbot.addWidget(tabs)
    tabs.resize(800, 400)
    with qtbot.waitExposed(tabs, timeout=30_000):
        tabs.show()
    model.rows_read.clear()
    narrow = view.horizontalHeader().sectionSize(1)

    fit_columns(view, max_width=600)

    assert model.rows_read == set()
    tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(1) > narrow, timeout=30_000)
    assert 0 < len(model.rows_read) <= 2 * SAMPLE_ROWS
