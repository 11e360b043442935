"""Answers to a round's prompts, with optional ratings: the member's own view, or paper replies."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.errors import ValidationError
from alsdesk.services.feedback import forms
from alsdesk.services.feedback.model import Answers, Respondent, ResponseDraft, Round, Source
from alsdesk.services.leadership import dimension
from alsdesk.ui.common.fields import plain_text_edit
from alsdesk.ui.common.layouts import VerticalScrollArea, hint_label
from alsdesk.ui.common.steady import SteadyLabel


class AnswersEditor(QWidget):
    """A box per prompt (in the round's order) and, if the round asks, a level per dimension."""

    def __init__(self, found: Round, parent: QWidget | None = None):
        super().__init__(parent)
        self.round = found
        self.texts: dict[str, QPlainTextEdit] = {}
        self.levels: dict[int, QComboBox] = {}
        column = QVBoxLayout(self)
        for number, prompt in enumerate(found.draft.prompts, start=1):
            about = dimension(prompt.dimension).name + ": " if prompt.dimension else ""
            label = QLabel(f"<b>{number}. {about}</b>{_escape(prompt.text)}")
            label.setWordWrap(True)
            column.addWidget(label)
            edit = plain_text_edit(4)  # Tab moves on to the next answer
            edit.setObjectName(f"answer_{prompt.key}")
            edit.setAccessibleName(f"{number}. {about}{prompt.text}")
            column.addWidget(edit)
            self.texts[prompt.key] = edit
        if found.draft.ratings:
            rows = QFormLayout()
            for number, name in forms.dimension_names():
                box = QComboBox()
                box.setObjectName(f"rating_{number}")
                for label, value in forms.level_choices():
                    box.addItem(label or self.tr("(no rating)"), value)
                rows.addRow(f"{number}. {name}", box)
                self.levels[number] = box
            column.addWidget(hint_label(self.tr("Ratings (optional)")))
            column.addLayout(rows)
        column.addStretch(1)

    def answers(self) -> Answers:
        texts = {key: edit.toPlainText() for key, edit in self.texts.items()}
        ratings = {n: int(box.currentData()) for n, box in self.levels.items() if box.currentData()}
        return Answers(texts, ratings)

    def set_answers(self, answers: Answers) -> None:
        for key, edit in self.texts.items():
            edit.setPlainText(answers.texts.get(key, ""))
        for number, box in self.levels.items():
            level = answers.ratings.get(number)
            box.setCurrentIndex(box.findData(str(level)) if level else 0)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


class SelfViewPanel(QWidget):
    """The member's own answers to the round's prompts, saved on demand."""

    def __init__(
        self,
        found: Round,
        answers: Answers,
        save: Callable[[Answers], None],
        start: Callable[[], Answers] = Answers,
        parent=None,
    ):
        super().__init__(parent)
        self._save = save
        self._start = start
        self.editor = AnswersEditor(found)
        self.editor.set_answers(answers)
        self._saved = self.editor.answers()  # as stored: what "unsaved" is measured against
        self.from_assessment = QPushButton(self.tr("Ratings from my latest &self-assessment"))
        self.from_assessment.setObjectName("from_assessment")
        self.from_assessment.clicked.connect(self.take_assessment)
        self.from_assessment.setVisible(bool(found.draft.ratings))
        self.save_button = QPushButton(self.tr("&Save my view"))
        self.save_button.setObjectName("save_self_view")
        self.save_button.clicked.connect(self.save)
        self.status = SteadyLabel(1, name="self_view_status")
        column = QVBoxLayout(self)
        column.addWidget(
            hint_label(
                self.tr(
                    "Your own answers to the same questions, worded as your respondents read "
                    "them: answer each about yourself. The synthesis sets them beside what "
                    "others said, and your ratings beside theirs."
                )
            )
        )
        column.addWidget(VerticalScrollArea(self.editor), 1)
        row = QHBoxLayout()
        row.addWidget(self.from_assessment)
        row.addStretch(1)
        row.addWidget(self.save_button)
        column.addLayout(row)
        column.addWidget(self.status)

    def take_assessment(self) -> None:
        """Start the ratings from the latest self-assessment (saved only with Save)."""
        start = self._start()
        if not start.ratings:
            self.status.setText(
                self.tr("No self-assessment yet: make one under your own goals and plan.")
            )
            return
        current = self.editor.answers()
        self.editor.set_answers(Answers(current.texts, start.ratings))
        self.status.setText(
            self.tr("Ratings taken from your latest self-assessment; Save keeps them.")
        )

    def save(self) -> None:
        answers = self.editor.answers()
        try:
            self._save(answers)
        except ValidationError as error:
            self.status.setText(str(error))
            return
        self._saved = answers
        self.status.setText(self.tr("Your view is saved."))

    def has_unsaved(self) -> bool:
        return self.editor.answers() != self._saved

    def keep_unsaved(self) -> None:
        """Before the vault locks: save what was typed (as Save would), so none is lost."""
        if self.has_unsaved():
            self.save()


class PaperDialog(QDialog):
    """A reply given on paper (or by phone), typed in by the member for one respondent."""

    def __init__(self, found: Round, respondent: Respondent, save, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply from %s") % respondent.name)
        self.setModal(True)
        self.resize(640, 600)
        self._save = save
        self.editor = AnswersEditor(found)
        self.error = SteadyLabel(2, name="paper_error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(VerticalScrollArea(self.editor), 1)
        column.addWidget(self.error)
        column.addWidget(buttons)

    def _try_accept(self) -> None:
        answers = self.editor.answers()
        if answers.is_empty():
            self.error.setText(self.tr("Type at least one answer or rating."))
            return
        try:
            self._save(ResponseDraft(answers, source=Source.PAPER))
        except ValidationError as error:
            self.error.setText(str(error))
            return
        self.accept()


class PasteDialog(QDialog):
    """The plain-text form pasted back from an email."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste a reply from email"))
        self.setModal(True)
        self.resize(620, 520)
        self.text = QPlainTextEdit()
        self.text.setObjectName("pasted_text")
        self.text.setAccessibleName(self.tr("The reply pasted from email"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("Paste the whole reply, including the lines that start with ===")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.text, 1)
        column.addWidget(buttons)
