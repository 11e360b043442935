"""The round and respondent dialogs of the 360 feedback page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.feedback import model
from alsdesk.services.feedback.importing import FileOutcome, Outcome
from alsdesk.services.feedback.model import Relationship, RespondentDraft, RoundDraft
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.layouts import hint_label

DEADLINE_DAYS = 21


class RoundDialog(FormDialog):
    """A new round: title, whose leadership, deadline, ratings; the default prompts.

    ``save(draft)`` stores it or raises ValidationError (the dialog stays open).
    """

    def __init__(
        self,
        save: Callable[[RoundDraft], object],
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("New 360 feedback round"), self.collect, parent)
        self._save = save
        self.setMinimumWidth(480)
        self.top.addWidget(
            hint_label(
                self.tr(
                    "The round starts with a question for each leadership dimension and four "
                    "open questions, all in plain words; you can change them later."
                )
            )
        )
        self.title_edit = self.add_field(
            "title", self.tr("&Title"), QLineEdit(), max_length=model.TITLE_LIMIT
        )
        self.title_edit.setPlaceholderText(self.tr("e.g. Mid-programme 360"))
        self.about = self.add_field(
            "about", self.tr("&Whose leadership"), QLineEdit(), max_length=model.NAME_LIMIT
        )
        self.about.setPlaceholderText(self.tr("Your name, as the forms will show it"))
        self.deadline = self.add_field("deadline", self.tr("&Reply by"), DateField())
        self.deadline.setDate(QDate(today + dt.timedelta(days=DEADLINE_DAYS)))
        self.ratings = self.add_field(
            "ratings", "", QCheckBox(self.tr("Also ask for &ratings on the four levels"))
        )

    def collect(self):
        draft = RoundDraft(
            self.title_edit.text(),
            self.deadline.date().toPython(),
            model.default_prompts(),
            ratings=self.ratings.isChecked(),
            about=self.about.text(),
        )
        return self._save(draft)


class RespondentDialog(FormDialog):
    """Someone to ask: name, email, relationship, and a line manager's consent to be named."""

    def __init__(
        self,
        save: Callable[[RespondentDraft], object],
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Ask someone for feedback"), self.collect, parent)
        self._save = save
        self.setMinimumWidth(460)
        self.name = self.add_field(
            "name", self.tr("&Name"), QLineEdit(), max_length=model.NAME_LIMIT
        )
        self.email = self.add_field(
            "email", self.tr("&Email"), QLineEdit(), max_length=model.EMAIL_LIMIT
        )
        self.relationship = self.add_field("relationship", self.tr("&Relationship"), QComboBox())
        for relationship in Relationship:
            self.relationship.addItem(relationship.label, relationship.value)
        self.relationship.setCurrentIndex(list(Relationship).index(Relationship.PEER))
        self.may_name = self.add_field(
            "may_name", "", QCheckBox(self.tr("They agree to be &named in the synthesis"))
        )
        self.relationship.currentIndexChanged.connect(self._consent_applies)
        self._consent_applies()

    def _consent_applies(self) -> None:
        is_manager = self.relationship.currentData() == Relationship.LINE_MANAGER.value
        self.may_name.setEnabled(is_manager)
        if not is_manager:
            self.may_name.setChecked(False)

    def collect(self):
        draft = RespondentDraft(
            self.name.text(),
            self.email.text(),
            Relationship(self.relationship.currentData()),
            self.may_name.isChecked(),
        )
        return self._save(draft)


class ImportDialog(QDialog):
    """Each file's outcome; a reply already stored is kept unless its box is ticked."""

    def __init__(self, outcomes: list[FileOutcome], names: dict[int, str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Replies imported"))
        self.setMinimumWidth(560)
        self.outcomes = outcomes
        imported = sum(o.outcome is Outcome.IMPORTED for o in outcomes)
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("%d of %d files imported.") % (imported, len(outcomes)))
        summary.setObjectName("import_summary")
        layout.addWidget(summary)
        self.list = QListWidget()
        self.list.setObjectName("import_outcomes")
        self.list.setWordWrap(True)
        for outcome in outcomes:
            text = f"{outcome.name}: {outcome.message}"
            if outcome.outcome is Outcome.ALREADY and outcome.respondent_id in names:
                text = f"{outcome.name} ({names[outcome.respondent_id]}): {outcome.message}"
                if outcome.same_file:
                    text += " " + self.tr("It is the same file as before.")
            item = QListWidgetItem(text)
            if outcome.outcome is Outcome.ALREADY:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Tick to replace the reply stored with this file's"))
            self.list.addItem(item)
        layout.addWidget(self.list)
        if any(o.outcome is Outcome.ALREADY for o in outcomes):
            layout.addWidget(
                hint_label(self.tr("Tick a file to replace the reply already stored."))
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def replacements(self) -> list[FileOutcome]:
        """The ALREADY outcomes whose box is ticked."""
        chosen = []
        for row, outcome in enumerate(self.outcomes):
            item = self.list.item(row)
            if outcome.outcome is Outcome.ALREADY and item.checkState() == Qt.CheckState.Checked:
                chosen.append(outcome)
        return chosen
