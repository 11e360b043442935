"""About alsdesk: the version, the data folder, and the licences of what it bundles."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from alsdesk import __version__
from alsdesk.ui.help.licences import BUNDLED, FONTS, version


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About alsdesk"))
        heading = QLabel(
            self.tr(
                "<b>alsdesk %s</b><p>An offline companion for action learning sets in "
                "health and care leadership programmes. Free software under the MIT "
                "licence.</p>"
            )
            % escape(__version__)
        )
        heading.setObjectName("about_heading")
        heading.setWordWrap(True)
        where = QLabel(self.tr("Your data: %s") % (data_folder or self.tr("in memory")))
        where.setObjectName("about_data")
        where.setWordWrap(True)
        self.licences = QTextBrowser(objectName="licences")
        self.licences.setAccessibleName(self.tr("Bundled libraries and their licences"))
        self.licences.setHtml(self._licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addWidget(QLabel(self.tr("alsdesk includes:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _licences_html(self) -> str:
        rows = []
        for item in (*BUNDLED, FONTS):
            name = escape(item.name)
            found = version(item.name)
            if found:
                name += f" {escape(found)}"
            rows.append(
                f"<tr><td><b>{name}</b></td><td>{escape(item.licence)}</td>"
                f"<td>{escape(item.used_for)}</td></tr>"
            )
        note = self.tr(
            "Qt and Qt for Python are used unmodified under the LGPL version 3: you may "
            "replace the Qt libraries in the installed folder with your own build."
        )
        return "<table cellpadding='3'>" + "".join(rows) + f"</table><p>{escape(note)}</p>"
