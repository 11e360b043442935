"""Before entries leave the machine: ask about anything that looks patient-identifiable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from alsdesk.i18n import translate
from alsdesk.services.journal.entries import Entry
from alsdesk.services.journal.privacy import entry_identifiers
from alsdesk.services.patient_data import warning_text
from alsdesk.ui.journal.journal_list_model import entry_title


@dataclass(frozen=True)
class ExportChoice:
    entries: tuple[Entry, ...]  # oldest first
    redact: bool


def ask_about_patient_data(
    parent: QWidget, entries: Sequence[Entry], today: dt.date
) -> bool | None:
    """False when nothing looks identifiable, else the choice: True to redact, None to stop."""
    findings = {e.id: entry_identifiers(e.draft, today) for e in entries}
    flagged = [e for e in entries if findings[e.id]]
    if not flagged:
        return False
    every = [f for e in flagged for f in findings[e.id]]
    names = "\n".join(f"• {entry_title(e.draft.title)}" for e in flagged[:8])
    if len(flagged) > 8:
        names += "\n" + translate("ExportChoice", "• and %d more") % (len(flagged) - 8)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ExportChoice", "Before you export"))
    box.setText(
        translate("ExportChoice", "%d of the %d chosen entries may identify a patient:")
        % (len(flagged), len(entries))
        + "\n"
        + names
    )
    box.setInformativeText(
        warning_text(every, "They seem" if len(flagged) > 1 else "It seems")
        + "\n\n"
        + translate(
            "ExportChoice",
            "Removing takes out NHS numbers, dates of birth and postcodes only. Names, wards, "
            "dates and rare conditions stay: read the entries yourself before you share them.",
        )
    )
    redact = box.addButton(
        translate("ExportChoice", "Remove those details, then export"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    as_written = box.addButton(
        translate("ExportChoice", "Export as written"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(redact)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()  # it names entries: gone with the answer
    if clicked is redact:
        return True
    if clicked is as_written:
        return False
    return None
