"""The 360 feedback page: rounds, the people asked, forms out, replies in, the synthesis.

Everything of a round is in the private vault, so the page opens only while the
vault is unlocked (the journal's passphrase); locked, it says so and offers the
journal page, where it is unlocked. Writing forms and reading returned files
run off the GUI thread (``alsdesk.ui.common.jobs``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from alsdesk.documents import explain
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.feedback import importing
from alsdesk.services.feedback.model import self_view_start
from alsdesk.services.feedback.service import FeedbackService
from alsdesk.services.feedback.synthesis import synthesize
from alsdesk.services.feedback.themes import FeedbackThemes
from alsdesk.services.feedback.tracking import Standing, reminder_text, tracking
from alsdesk.services.vault import Vault
from alsdesk.ui.common import jobs
from alsdesk.ui.common.empty_state import EmptyState
from alsdesk.ui.common.layouts import HINT_STYLE, FlowLayout, hint_label
from alsdesk.ui.common.page import Page
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.feedback.answers_editor import PaperDialog, PasteDialog, SelfViewPanel
from alsdesk.ui.feedback.dialogs import ImportDialog, RespondentDialog, RoundDialog
from alsdesk.ui.feedback.people_table import PeopleTable
from alsdesk.ui.feedback.prompts_dialog import PromptsDialog
from alsdesk.ui.feedback.synthesis_html import synthesis_html
from alsdesk.ui.feedback.themes_panel import ThemesPanel


@dataclass(frozen=True)
class Member:
    """The app's own user, as the page needs them: their name and latest self-assessment."""

    name: str
    latest_assessment: object | None  # a plan.AssessmentInfo
    person_id: int | None = None  # for plan items made from themes


def _nobody() -> Member:
    return Member("", None)


class FeedbackPage(Page):
    """No subject: the member's own rounds."""

    name = "feedback"

    def __init__(
        self,
        feedback: FeedbackService,
        vault: Vault,
        today: Callable[[], dt.date],
        member: Callable[[], Member] = _nobody,
        parent: QWidget | None = None,
        plan=None,  # a PlanService: themes become plan items
        plan_item_dialog=None,  # makes the plan-item dialog (see ThemesPanel)
    ):
        super().__init__(parent)
        self._member = member
        self.feedback = feedback
        self.vault = vault
        self._today = today
        self._round_id: int | None = None
        self._job: jobs.JobSignals | None = None
        # The folder and files to use; the dialogs ask, tests set them.
        self.choose_folder: Callable[[], Path | None] = self._ask_folder
        self.choose_files: Callable[[], list[Path]] = self._ask_files
        self.setAcceptDrops(True)
        feedback.before_lock(self._keep_my_view)
        feedback.when_locked(self.refresh)

        self.locked = QWidget()
        locked = QVBoxLayout(self.locked)
        locked.addStretch(1)
        locked.addWidget(
            hint_label(
                self.tr(
                    "360 feedback is kept in your private vault with your journal. "
                    "Unlock your journal to open it."
                )
            ),
            0,
            Qt.AlignmentFlag.AlignHCenter,
        )
        self.to_journal = QPushButton(self.tr("Go to my &journal"))
        self.to_journal.setObjectName("to_journal")
        self.to_journal.clicked.connect(lambda: self.navigate.emit("journal", None))
        locked.addWidget(self.to_journal, 0, Qt.AlignmentFlag.AlignHCenter)
        locked.addStretch(2)

        self.rounds = QListWidget()
        self.rounds.setObjectName("rounds")
        self.rounds.setAccessibleName(self.tr("Feedback rounds"))
        self.rounds.setMinimumWidth(180)
        self.rounds.currentItemChanged.connect(lambda *_: self._round_chosen())
        self.new_round = QPushButton(self.tr("&New round…"))
        self.new_round.setObjectName("new_round")
        self.new_round.clicked.connect(self.add_round)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.new_round)
        left_column.addWidget(
            EmptyState(self.rounds, self.tr("No rounds yet. Start one with New round."))
        )
        self.rounds_empty = left_column.itemAt(1).widget()
        self.export_report = self._button(
            "export_report", self.tr("E&xport report…"), self.export_chosen_report
        )
        self.export_report.setToolTip(
            self.tr(
                "The chosen round's report as a PDF: the full one, or a shorter one for a tutor"
            )
        )
        left_column.addWidget(self.export_report)

        self.people = PeopleTable()
        self.people.setAccessibleName(self.tr("People asked for feedback"))
        self.people_empty = EmptyState(
            self.people, self.tr("Nobody asked yet. Add the people who know your work.")
        )
        # Both rows of buttons wrap where the page is narrow (a large text size).
        buttons = FlowLayout()
        self.add_person = self._button("add_person", self.tr("&Add person…"), self.add_respondent)
        self.make_forms = self._button("make_forms", self.tr("Make &forms…"), self.write_forms)
        self.import_replies = self._button(
            "import_replies", self.tr("&Import replies…"), self.import_files
        )
        self.declined = self._button("declined", self.tr("&Declined"), self.mark_declined)
        self.reminder = self._button("reminder", self.tr("Copy &reminder"), self.copy_reminder)
        self.questions = self._button("questions", self.tr("&Questions…"), self.edit_questions)
        self.paste = self._button("paste_reply", self.tr("&Paste email reply…"), self.paste_reply)
        self.paper = self._button("paper_reply", self.tr("&Enter reply…"), self.enter_reply)
        self.paper.setToolTip(self.tr("Type in a reply given on paper by the chosen person"))
        for button in (
            self.questions,
            self.add_person,
            self.make_forms,
            self.import_replies,
            self.paste,
        ):
            buttons.addWidget(button)
        chosen = FlowLayout()
        chosen_label = QLabel(self.tr("The chosen person:"))
        chosen_label.setStyleSheet(HINT_STYLE)
        chosen_label.setMinimumHeight(self.paper.sizeHint().height())  # level with the buttons
        chosen.addWidget(chosen_label)
        for button in (self.paper, self.declined, self.reminder):
            chosen.addWidget(button)
        people_tab = QWidget()
        people_column = QVBoxLayout(people_tab)
        people_column.addLayout(buttons)
        people_column.addLayout(chosen)
        people_column.addWidget(self.people_empty)
        people_column.addWidget(
            hint_label(self.tr("Returned forms can also be dropped onto this page."))
        )
        self.synthesis = QTextBrowser()
        self.synthesis.setObjectName("synthesis")
        self.synthesis.setAccessibleName(self.tr("Synthesis of the answers"))
        self.tabs = QTabWidget()
        self.tabs.addTab(people_tab, self.tr("People"))
        self.self_view_holder = QStackedWidget()
        self.tabs.addTab(self.self_view_holder, self.tr("My view"))
        self.tabs.addTab(self.synthesis, self.tr("Synthesis"))
        self.themes = ThemesPanel(
            FeedbackThemes(feedback),
            self._say,
            today,
            plan,
            lambda: self._member().person_id,
            plan_item_dialog=plan_item_dialog,
        )
        self.tabs.addTab(self.themes, self.tr("Themes"))
        self.tabs.currentChanged.connect(lambda *_: self._show_synthesis())
        self.detail = EmptyState(self.tabs, self.tr("Choose a round, or start one."))

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 780])
        self.status = SteadyLabel(2, name="feedback_status")
        self.open = QWidget()
        open_column = QVBoxLayout(self.open)
        open_column.addWidget(splitter, 1)
        open_column.addWidget(self.status)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.locked)
        self.stack.addWidget(self.open)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)
        self.refresh()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- the page contract ------------------------------------------------------

    def title(self) -> str:
        return self.tr("360 feedback")

    def entered(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not self.vault.is_unlocked:
            self._round_id = None
            self.rounds.clear()
            self.people.setRowCount(0)
            self.synthesis.clear()
            self.themes.clear()
            self._fill_self_view()
            self.stack.setCurrentWidget(self.locked)
            return
        self.stack.setCurrentWidget(self.open)
        self._fill_rounds()

    def release(self) -> None:
        self.synthesis.clear()
        self.themes.clear()

    def exports(self) -> tuple[str, ...]:
        return ("feedback-report",) if self.vault.is_unlocked and self._round_id else ()

    # -- rounds and people --------------------------------------------------------

    def _fill_rounds(self) -> None:
        keep = self._round_id
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for found in self._guarded(self.feedback.rounds) or []:
            item = QListWidgetItem(found.title)
            item.setToolTip(found.title)
            item.setData(Qt.ItemDataRole.UserRole, found.id)
            self.rounds.addItem(item)
            if found.id == keep:
                self.rounds.setCurrentItem(item)
        self.rounds.blockSignals(False)
        self.rounds_empty.set_empty(self.rounds.count() == 0)
        if self.rounds.currentItem() is None and self.rounds.count():
            self.rounds.setCurrentRow(0)
        self._round_chosen()

    def _round_chosen(self) -> None:
        item = self.rounds.currentItem()
        self._round_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.detail.set_empty(self._round_id is None)
        self.export_report.setEnabled(self._round_id is not None)
        self._fill_people()
        self._fill_self_view()
        if self._round_id is None:
            self.themes.clear()
        self._show_synthesis()

    def _keep_my_view(self) -> None:
        view = getattr(self, "self_view", None)
        if view is not None and self.self_view_holder.indexOf(view) >= 0:
            view.keep_unsaved()

    def _fill_self_view(self) -> None:
        while self.self_view_holder.count():
            old = self.self_view_holder.widget(0)
            self.self_view_holder.removeWidget(old)
            old.deleteLater()
        if self._round_id is None:
            return
        round_id = self._round_id
        contents = self._guarded(lambda: self.feedback.contents(round_id))
        if contents is None:
            return
        self.self_view = SelfViewPanel(
            contents.round,
            contents.self_view,
            lambda answers: self.feedback.save_self_view(round_id, answers),
            lambda: self_view_start(self._member().latest_assessment),
        )
        self.self_view_holder.addWidget(self.self_view)

    def _fill_people(self) -> None:
        self.people.setRowCount(0)
        if self._round_id is None:
            return
        contents = self._guarded(lambda: self.feedback.contents(self._round_id))
        if contents is None:
            return
        tracked = tracking(contents, self._today())
        if contents.tampered or contents.damaged:
            self._say(
                self.tr(
                    "Some of this round's data was changed outside alsdesk (deleted, damaged or "
                    "put back from an older copy); what could not be trusted is left out."
                )
            )
        self.people.fill(tracked)
        self.people_empty.set_empty(not tracked.people)

    def _show_synthesis(self) -> None:
        shown = self.tabs.currentWidget()
        if self._round_id is None or shown not in (self.synthesis, self.themes):
            return
        contents = self._guarded(lambda: self.feedback.contents(self._round_id))
        if contents is None:
            return
        if shown is self.synthesis:
            marks = self._guarded(lambda: self.themes.marks(self._round_id)) or {}
            self.synthesis.setHtml(synthesis_html(synthesize(contents), marks))
        else:
            self.themes.show_round(self._round_id, synthesize(contents))

    def _chosen_person(self) -> int | None:
        return self.people.chosen()

    def add_round(self) -> None:
        dialog = RoundDialog(self.feedback.create_round, self._today(), self)
        dialog.about.setText(self._member().name)
        created = dialog.ask()
        if created is not None:
            self._round_id = created.id
            self._fill_rounds()
            self.changed.emit()

    def edit_questions(self) -> None:
        if self._round_id is None:
            return
        found = self._guarded(lambda: self.feedback.get_round(self._round_id))
        if found is None:
            return

        def save(prompts) -> None:
            self.feedback.save_round(found.id, replace(found.draft, prompts=prompts), found.version)

        if PromptsDialog(found, save, self).exec():
            self._say(self.tr("The questions are saved."))
            self._round_chosen()

    def add_respondent(self) -> None:
        if self._round_id is None:
            return
        round_id = self._round_id
        dialog = RespondentDialog(lambda d: self.feedback.add_respondent(round_id, d), self)
        if dialog.ask() is not None:
            self._fill_people()

    def mark_declined(self) -> None:
        person = self._chosen_person()
        if person is None:
            self._say(self.tr("Choose the person who declined first."))
            return
        if self._guarded(lambda: self.feedback.mark_declined(person), done=True):
            self._fill_people()

    def copy_reminder(self) -> None:
        person = self._chosen_person()
        if person is None or self._round_id is None:
            self._say(self.tr("Choose whom to remind first."))
            return
        contents = self._guarded(lambda: self.feedback.contents(self._round_id))
        if contents is None:
            return
        QGuiApplication.clipboard().setText(reminder_text(contents, person, self._today()))
        self.feedback.mark_reminded([person])
        self._say(self.tr("A reminder is ready to paste into an email."))

    def paste_reply(self) -> None:
        if self._round_id is None:
            return
        dialog = PasteDialog(self)
        if dialog.exec() != PasteDialog.DialogCode.Accepted:
            return
        outcome = self._guarded(
            lambda: importing.import_text(self.feedback, self._round_id, dialog.text.toPlainText())
        )
        if outcome is not None:
            self._say(outcome.message)
            self._fill_people()

    def enter_reply(self) -> None:
        person = self._chosen_person()
        if person is None or self._round_id is None:
            self._say(self.tr("Choose whose reply you are typing in first."))
            return
        contents = self._guarded(lambda: self.feedback.contents(self._round_id))
        if contents is None:
            return
        respondent = next(r for r in contents.respondents if r.id == person)
        already = person in contents.responses

        def save(draft) -> None:
            self.feedback.record_response(person, draft, replace_existing=already)

        if PaperDialog(contents.round, respondent, save, self).exec():
            self._say(self.tr("Reply from %s saved.") % respondent.name)
            self._fill_people()

    def export_chosen_report(self) -> None:
        """Ask which version, run the patient-data guard over it, then hand it to the window.

        The guard reads the report as it would be written (every comment, the
        member's own words and themes) off the GUI thread: a large round's text
        takes longer to search than the GUI may wait.
        """
        if self._round_id is None:
            self._say(self.tr("Choose the round to report on first."))
            return
        from alsdesk.ui.feedback.report_choice import ask_version

        round_id = self._round_id
        tutor = ask_version(self)
        if tutor is None:
            return
        feedback, today = self.feedback, self._today()

        def check(_progress):
            from alsdesk.services.feedback.report import build_report, identifiers, themes_of

            themes = themes_of(feedback, round_id)
            return identifiers(
                build_report(feedback.contents(round_id), today, tutor=tutor, themes=themes)
            )

        self.export_report.setEnabled(False)
        self._say(self.tr("Checking the report for patient details…"))
        self._run(
            jobs.Job(check, _refusal, "a feedback report check"),  # never the report's words
            lambda found: self._report_checked(round_id, tutor, found),
            lambda: self.export_report.setEnabled(self._round_id is not None),
        )

    def _report_checked(self, round_id: int, tutor: bool, found) -> None:
        from alsdesk.services.feedback.report import ReportChoice
        from alsdesk.ui.feedback.report_choice import ask_about_patient_data

        self._say("")
        redact = ask_about_patient_data(self, found)
        if redact is None:
            return
        self.export_requested.emit("feedback-report", ReportChoice(round_id, tutor, redact))

    # -- forms out, replies in -----------------------------------------------------

    def write_forms(self) -> None:
        if self._round_id is None:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        from alsdesk.documents.feedback_forms import write_forms

        round_id = self._round_id
        self._say(self.tr("Making the forms…"))
        self._run(
            jobs.Job(
                lambda _progress: write_forms(self.feedback, round_id, folder),
                lambda error: explain(error, Path(folder), writing=True),
                "the feedback forms",
            ),
            self._forms_written,
        )

    def _forms_written(self, written) -> None:
        self._fill_people()
        if written:
            self._say(self.tr("%d forms made, each as PDF and as text for email.") % len(written))
        else:
            self._say(self.tr("Everyone has replied or declined: no forms to make."))

    def import_files(self) -> None:
        paths = self.choose_files()
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        if self._round_id is None:
            self._say(self.tr("Choose the round the replies belong to first."))
            return
        round_id = self._round_id
        self._say(self.tr("Reading %d files…") % len(paths))
        self._run(
            jobs.Job(
                lambda _progress: importing.import_files(self.feedback, round_id, paths),
                lambda error: explain(error, Path(paths[0]), writing=False),
                "a feedback import",  # never a file's content
            ),
            self._imported,
        )

    def _imported(self, outcomes) -> None:
        contents = self._guarded(lambda: self.feedback.contents(self._round_id))
        names = {r.id: r.name for r in contents.respondents} if contents else {}
        dialog = ImportDialog(outcomes, names, self)
        dialog.exec()
        for outcome in dialog.replacements():
            self._guarded(lambda o=outcome: importing.replace_with(self.feedback, o), done=True)
        imported = sum(o.outcome is importing.Outcome.IMPORTED for o in outcomes)
        self._say(self.tr("%d of %d files imported.") % (imported, len(outcomes)))
        self._fill_people()
        self._show_synthesis()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and self._round_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- helpers -------------------------------------------------------------------

    def _ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the forms in"))
        return Path(chosen) if chosen else None

    def _ask_files(self) -> list[Path]:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import returned forms"), "", self.tr("PDF forms (*.pdf)")
        )
        return [Path(p) for p in chosen]

    def _run(self, job: jobs.Job, finished, ended: Callable[[], None] = lambda: None) -> None:
        def done(result) -> None:
            self._job = None
            ended()
            finished(result)

        def failed(message: str) -> None:
            self._job = None
            ended()
            self._say(message)

        self._job = jobs.start(job, done, failed)

    def is_busy(self) -> bool:
        return self._job is not None

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _guarded(self, call, *, done: bool = False):
        """``call()``, with a refusal or a storage failure said in the status line."""
        try:
            result = call()
        except UserError as error:
            self._say(str(error))
            return None
        return True if done else result


def _refusal(error: BaseException) -> str | None:
    """A locked vault or damaged data in a sentence; anything else is a bug."""
    return str(error) if isinstance(error, UserError | StorageError) else None


__all__ = ["FeedbackPage", "Standing"]
