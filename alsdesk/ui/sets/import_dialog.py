"""Import members from a CSV file: choose it, see each row's fate, import the good ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.member_import import ImportPreview, MemberImport
from alsdesk.services.members import PersonDraft
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.sets.import_model import NAME, OUTCOME, ImportRowsModel


class ImportDialog(FormDialog):
    """Returns the rows to import (draft and known person's id or None), or None."""

    def __init__(self, importer: MemberImport, set_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Import members"), self.collect, parent)
        self._importer = importer
        self._set_id = set_id
        self._loaded = ""
        self.preview: ImportPreview | None = None
        self.setMinimumSize(760, 480)
        self.resize(900, 560)

        intro = QLabel(
            self.tr(
                "A CSV file whose first row names the columns: Name, Job title, "
                "Organisation, Email (other columns are left out). From Excel: "
                "File > Save As > CSV UTF-8."
            )
        )
        intro.setWordWrap(True)
        self.top.addWidget(intro)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Type a file's path, or choose it"))
        self.path.editingFinished.connect(self.load_typed)
        self.path.installEventFilter(self)
        browse = QPushButton(self.tr("&Choose file…"))
        browse.setObjectName("choose_file")
        browse.clicked.connect(self.choose_file)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(browse)
        self.add_field("path", self.tr("&File"), row, marks=self.path, max_length=4096)
        row.setObjectName("path_row")
        self.path.setObjectName("path")

        self.summary = SteadyLabel(2, name="import_summary")
        self.model = ImportRowsModel(self)
        self.model.dataChanged.connect(self._update_summary)
        self.table = QTableView()
        self.table.setObjectName("import_rows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # "what happens" gets a second line, never cut
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = self.layout()
        stretch = layout.indexOf(self.buttons) - 1  # the FormDialog's spacer before the buttons
        layout.insertWidget(stretch, self.summary)
        layout.insertWidget(stretch + 1, self.table, 1)
        layout.takeAt(layout.indexOf(self.table) + 1)  # the table takes the room instead
        self.ok_button.setText(self.tr("Import"))
        self.ok_button.setEnabled(False)
        self.ok_button.setAutoDefault(False)
        self.summary.setText(
            self.tr("Choose a file to see its rows here before anything is added.")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in the file field reads the file; it never imports rows not yet seen."""
        if (
            watched is self.path
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.load_typed()
            return True
        return super().eventFilter(watched, event)

    def choose_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import members"),
            start,
            self.tr("Member lists (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.load(path)

    def load_typed(self) -> None:
        typed = self.path.text().strip()
        if typed and typed != self._loaded:
            self.load(typed)

    def load(self, path: str | Path) -> None:
        """Read the file and show every row's outcome (nothing is saved)."""
        self._loaded = str(path)
        self.clear_error("path")
        try:
            preview = self._importer.preview(self._set_id, path)
        except (UserError, StorageError) as exc:  # the set went, or the database is locked
            preview = ImportPreview(self._set_id, Path(path).name, problem=str(exc))
        self.preview = preview
        self.model.reload(preview.rows)
        self.table.resizeColumnsToContents()
        for column in range(NAME, OUTCOME):
            if self.table.columnWidth(column) > 170:
                self.table.setColumnWidth(column, 170)
        self.table.resizeRowsToContents()
        if preview.problem:
            self.show_errors({"path": preview.problem})
        self._update_summary()

    def _update_summary(self, *_args) -> None:
        preview = self.preview
        if preview is None or preview.problem:
            self.summary.setText("")
            self.ok_button.setEnabled(False)
            return
        count = len(self.model.chosen())
        separators = {";": self.tr("semicolons"), "\t": self.tr("tabs")}
        how = self.tr("Read as %s text, columns separated by %s.") % (
            preview.encoding,
            separators.get(preview.delimiter, self.tr("commas")),
        )
        if preview.ignored:
            how += " " + self.tr("Left out: %s.") % ", ".join(preview.ignored)
        problems = self.model.problem_count()
        what = (
            self.tr("%d of %d rows will be added; the %d marked in red will not.")
            % (count, len(preview.rows), problems)
            if problems
            else self.tr("All %d rows will be added.") % count
        )
        if not preview.rows:
            what = self.tr("The file has a header row but no members below it.")
        self.summary.setText(f"{how}\n{what}")
        self.ok_button.setEnabled(count > 0)
        self.ok_button.setText(
            self.tr("Import %d members") % count if count != 1 else self.tr("Import 1 member")
        )

    def collect(self) -> list[tuple[PersonDraft, int | None]]:
        return self.model.chosen()
