"""Before a feedback report leaves: which version, then anything patient-identifiable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from alsdesk.i18n import translate
from alsdesk.services.patient_data import Finding, warning_text


def ask_version(parent: QWidget) -> bool | None:
    """True for the tutor's shorter version, False for the full report, None to stop."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ReportChoice", "Export feedback report"))
    box.setText(translate("ReportChoice", "Which report do you want?"))
    box.setInformativeText(
        translate(
            "ReportChoice",
            "The full report is for your facilitated conversation: who was asked, the "
            "synthesis, yourself against others and your own view. The tutor's version holds "
            "only the synthesis and your themes.",
        )
    )
    full = box.addButton(
        translate("ReportChoice", "Full report"), QMessageBox.ButtonRole.AcceptRole
    )
    tutor = box.addButton(
        translate("ReportChoice", "Shorter version for my tutor"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(full)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is full:
        return False
    if clicked is tutor:
        return True
    return None


def ask_about_patient_data(parent: QWidget, found: Sequence[Finding]) -> bool | None:
    """False when nothing looks identifiable, else the choice: True to redact, None to stop.

    ``found`` is ``report.identifiers`` of the report as it would be written, so the
    guard has read exactly what would leave: the comments, the member's own
    answers and themes. It names the kinds of identifier, never their values.
    """
    if not found:
        return False
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ReportChoice", "Before you export"))
    box.setText(translate("ReportChoice", "This feedback report may identify a patient."))
    box.setInformativeText(
        warning_text(found, "Its comments or your own words seem")
        + "\n\n"
        + translate(
            "ReportChoice",
            "Removing takes out NHS numbers, dates of birth and postcodes only. Names, wards, "
            "dates and rare conditions stay: read the report yourself before you share it.",
        )
    )
    redact = box.addButton(
        translate("ReportChoice", "Remove those details, then export"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    as_written = box.addButton(
        translate("ReportChoice", "Export as written"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(redact)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is redact:
        return True
    if clicked is as_written:
        return False
    return None
