"""Add a member (new, or someone already known) or edit a member's details."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from alsdesk import theme
from alsdesk.services.members import MemberService, PersonDraft, PersonInfo, size_warning
from alsdesk.ui.common.fields import plain_text_edit
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.steady import SteadyLabel

_WARNING = theme.current().screen.warning
WARNING_STYLE = (
    f"background: {_WARNING.fill}; color: {_WARNING.text}; border: 1px solid {_WARNING.border};"
    " border-radius: 4px; padding: 6px;"
)
QUIET_STYLE = "border: 1px solid transparent; border-radius: 4px; padding: 6px;"  # same room


@dataclass(frozen=True)
class MemberChoice:
    """What the dialog returns: an existing person's id (or None) and the details."""

    person_id: int | None
    draft: PersonDraft


class MemberDialog(FormDialog):
    def __init__(
        self,
        members: MemberService,
        set_id: int,
        existing: PersonInfo | None = None,
        other_sets: tuple[str, ...] = (),
        parent=None,
    ):
        title = self.tr("Edit member") if existing else self.tr("Add member")
        super().__init__(title, self.collect, parent)
        self._members = members
        self._existing = existing
        self.setMinimumWidth(520)

        self.warning = QLabel()
        self.warning.setObjectName("size_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.top.addWidget(self.warning)

        self.known = QComboBox()
        self.known.setObjectName("known_person")
        self._people: list[PersonInfo] = []
        if existing is None:
            self._people = members.list_people(exclude_set_id=set_id)
            if self._people:
                self.known.addItem(self.tr("Someone new"), None)
                for person in self._people:
                    detail = ", ".join(filter(None, [person.job_title, person.organisation]))
                    label = f"{person.full_name} ({detail})" if detail else person.full_name
                    self.known.addItem(label, person.id)
                self.form.addRow(self.tr("&Already in alsdesk"), self.known)
                self.known.currentIndexChanged.connect(self._choose_known)

        self.full_name = self.add_field("full_name", self.tr("&Name"), QLineEdit())
        self.known_hint = SteadyLabel(2, name="known_hint")
        self.known_hint.setStyleSheet(QUIET_STYLE)
        if self._people:  # two lines kept: typing a known name must not move the fields below
            self.form.addRow("", self.known_hint)
        else:
            self.known_hint.hide()
        self.full_name.textEdited.connect(self._check_known)
        self.job_title = self.add_field("job_title", self.tr("&Job title"), QLineEdit())
        self.organisation = self.add_field("organisation", self.tr("&Organisation"), QLineEdit())
        self.email = self.add_field("email", self.tr("&Email"), QLineEdit())
        self.email.setPlaceholderText("name@example.nhs.uk")
        self.phone = self.add_field("phone", self.tr("&Phone (optional)"), QLineEdit())
        self.notes = self.add_field("notes", self.tr("No&tes"), plain_text_edit(lines=3))

        if existing is not None:
            self._fill(existing.draft())
            self.ok_button.setText(self.tr("Save"))
            if other_sets:
                self.warning.setText(
                    self.tr("Also a member of %s: changes apply there too.") % ", ".join(other_sets)
                )
                self.warning.show()
        else:
            warning = size_warning(members.count(set_id))
            self.ok_button.setText(self.tr("Add anyway") if warning else self.tr("Add"))
            if warning:
                self.warning.setText(warning)
                self.warning.show()

    def _fill(self, draft: PersonDraft) -> None:
        self.full_name.setText(draft.full_name)
        self.job_title.setText(draft.job_title)
        self.organisation.setText(draft.organisation)
        self.email.setText(draft.email)
        self.phone.setText(draft.phone)
        self.notes.setPlainText(draft.notes)

    def _choose_known(self) -> None:
        person_id = self.known.currentData()
        person = next((p for p in self._people if p.id == person_id), None)
        self._fill(person.draft() if person else PersonDraft(full_name=""))
        self._hint_known("")

    def _check_known(self, text: str) -> None:
        """Point to someone already known by this name, so nobody is typed twice."""
        wanted = text.strip().casefold()
        match = None
        if self.known.currentData() is None and wanted:
            match = next((p for p in self._people if p.full_name.casefold() == wanted), None)
        self._hint_known(
            self.tr(
                "%s is already in alsdesk: choose them under “Already in alsdesk”, "
                "or go on if this is someone else."
            )
            % match.full_name
            if match is not None
            else ""
        )

    def _hint_known(self, text: str) -> None:
        if bool(text) != bool(self.known_hint.text()):  # lit only while it says something
            self.known_hint.setStyleSheet(WARNING_STYLE if text else QUIET_STYLE)
        self.known_hint.setText(text)

    def collect(self) -> MemberChoice:
        draft = PersonDraft(
            full_name=self.full_name.text(),
            job_title=self.job_title.text(),
            organisation=self.organisation.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )
        person_id = self._existing.id if self._existing else self.known.currentData()
        return MemberChoice(person_id, self._members.validate(draft))
