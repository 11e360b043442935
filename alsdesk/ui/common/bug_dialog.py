"""The one dialog for our bugs: a friendly sentence, the technical report, the log's path.

``install`` makes every uncaught exception (a slot, another thread) show it;
background jobs show it through their ``crashed`` signal (``ui.common.jobs``);
start-up shows it modally before exiting (``alsdesk.app``). The app stays up.
One dialog at a time: a later report replaces the one shown and the count says
how many happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from alsdesk import bug_report
from alsdesk.bug_report import BugReport
from alsdesk.ui.common.layouts import hint_label

OBJECT_NAME = "bug_report"


class BugDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("alsdesk ran into a problem"))
        self._count = 0

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Something went wrong inside alsdesk."))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(self.headline)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(words, 1)

        self.report = QPlainTextEdit()
        self.report.setObjectName("report")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setMinimumHeight(220)
        self.log_label = hint_label("")
        self.log_label.setObjectName("log_path")
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setObjectName("copy_report")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.report, 1)
        column.addWidget(self.log_label)
        column.addWidget(buttons)
        self.resize(640, 420)

    def show_report(self, report: BugReport) -> None:
        self._count += 1
        text = self.tr(
            "This is a bug in alsdesk, not something you did, and you can carry on "
            "working: what was saved before stays saved.\n\n"
            "To help fix it, copy the report below into an e-mail to whoever looks after "
            "alsdesk for you. It describes the program only and holds none of your journal, "
            "feedback or notes."
        )
        if self._count > 1:
            text += "\n\n" + self.tr("This has happened %d times; the latest is shown.") % (
                self._count
            )
        self.headline.setText(text)
        self.report.setPlainText(report.text)
        if report.log_path is not None:
            self.log_label.setText(self.tr("The report is also saved in %s") % report.log_path)
        else:
            self.log_label.setText(self.tr("The report could not be saved to the log file."))

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


_shown: list[BugDialog] = []


def current() -> BugDialog | None:
    """The bug dialog on screen, if any."""
    return next((d for d in _shown if d.isVisible()), None)


def show_bug(report: BugReport) -> BugDialog:
    """Show ``report`` in the bug dialog (reused while it is open), without blocking."""
    dialog = current()
    if dialog is None:
        dialog = BugDialog(QApplication.activeWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _shown.append(dialog)
        dialog.destroyed.connect(lambda: _shown.remove(dialog) if dialog in _shown else None)
    dialog.show_report(report)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class _Reporter(QObject):
    """Carries a report from whichever thread met the bug to the GUI thread."""

    reported = Signal(object)

    @Slot(object)
    def show(self, report: BugReport) -> None:
        show_bug(report)


def install(app: QObject) -> Callable[[], None]:
    """Show the bug dialog for every uncaught exception from now on; returns the undo."""
    reporter = _Reporter(app)
    reporter.reported.connect(reporter.show)  # queued when reported from another thread
    uninstall = bug_report.install(reporter.reported.emit)

    def undo() -> None:
        uninstall()
        reporter.deleteLater()

    return undo


def show_modally(report: BugReport) -> None:
    """For start-up, before there is a window: show the report and wait for Close."""
    dialog = BugDialog()
    dialog.show_report(report)
    dialog.exec()
    dialog.deleteLater()
