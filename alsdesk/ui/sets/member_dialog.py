"""Add a member (new, or someone already known) or edit a member's details."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.errors import ValidationError
from alsdesk.services.members import MemberService, PersonDraft, PersonInfo, size_warning
from alsdesk.services.person_match import PersonMatch
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
        self._set_id = set_id
        self._offered: PersonMatch | None = None
        self._new_chosen = False  # the user said: someone else of that name
        self._known = None
        self.known_hint = SteadyLabel(3, name="known_hint")
        self.known_hint.setStyleSheet(QUIET_STYLE)
        self.use_known = QPushButton(self.tr("&Use this person"))
        self.use_known.setObjectName("use_known")
        self.use_known.clicked.connect(self._use_offered)
        self.add_new = QPushButton(self.tr("Add as &someone new"))
        self.add_new.setObjectName("add_new")
        self.add_new.clicked.connect(self._add_as_new)
        offer = QWidget(self)
        column = QVBoxLayout(offer)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.known_hint)
        choices = QHBoxLayout()
        choices.addStretch(1)
        choices.addWidget(self.use_known)
        choices.addWidget(self.add_new)
        column.addLayout(choices)
        for button in (self.use_known, self.add_new):  # their room stays: nothing moves
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            button.hide()
        self._offering = existing is None and bool(members.list_people())
        if self._offering:
            self.form.addRow("", offer)  # kept while empty: typing a known name moves nothing
        else:
            offer.hide()
        self.full_name.textEdited.connect(self._check_known)
        self.job_title = self.add_field("job_title", self.tr("&Job title"), QLineEdit())
        self.organisation = self.add_field("organisation", self.tr("&Organisation"), QLineEdit())
        self.email = self.add_field("email", self.tr("&Email"), QLineEdit())
        self.email.setPlaceholderText("name@example.nhs.uk")
        self.email.textEdited.connect(self._check_known)
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
        self._check_known()

    def _check_known(self, *_args) -> None:
        """Offer someone already known by this name or email, so nobody is typed twice."""
        found: list[PersonMatch] = []
        if self._offering and self.known.currentData() is None:
            if self._known is None:  # looked up once: typing stays quick
                self._known = self._members.known_people(self._set_id)
            found = self._known.matches(self.full_name.text(), self.email.text())
        match = found[0] if found else None
        if match != self._offered:
            self._new_chosen = False
        self._offered = match
        self._show_offer(match, len(found) - 1 if match else 0, urgent=False)

    def _show_offer(self, match: PersonMatch | None, more: int, urgent: bool) -> None:
        if match is None:
            text = ""
        else:
            if match.in_set:
                first = self.tr("Already a member of this set: %s") % match.full_name
            elif match.same_email and not match.same_name:
                first = self.tr("Same email: %s") % match.full_name
            else:
                first = self.tr("Already in alsdesk: %s") % match.full_name
            if more:
                first += self.tr(" (and %d more under “Already in alsdesk”)") % more
            work = " · ".join(filter(None, [match.job_title, match.organisation]))
            lines = [first, work or self.tr("No job or organisation recorded")]
            lines.append(match.email or self.tr("No email recorded"))
            text = "\n".join(lines)
        lit = WARNING_STYLE if text else QUIET_STYLE
        if lit != self.known_hint.styleSheet():
            self.known_hint.setStyleSheet(lit)
        self.known_hint.setText(text)
        self.use_known.setVisible(match is not None and not match.in_set)
        self.add_new.setVisible(match is not None)
        if urgent and match is not None:
            (self.add_new if match.in_set else self.use_known).setFocus()

    def _use_offered(self) -> None:
        """Take the offered person, keeping what was typed where they have nothing yet."""
        match = self._offered
        if match is None:
            return
        typed = self._typed()
        index = self.known.findData(match.id)
        if index < 0:
            return
        self.known.setCurrentIndex(index)  # fills in their details
        known = self._typed()
        self._fill(PersonDraft(**{k: v or getattr(typed, k) for k, v in vars(known).items()}))
        self._show_offer(None, 0, urgent=False)

    def _add_as_new(self) -> None:
        self._new_chosen = True
        self._try_accept()

    def _typed(self) -> PersonDraft:
        return PersonDraft(
            full_name=self.full_name.text(),
            job_title=self.job_title.text(),
            organisation=self.organisation.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )

    def collect(self) -> MemberChoice:
        draft = self._members.validate(self._typed())
        person_id = self._existing.id if self._existing else self.known.currentData()
        if person_id is None and self._offering and not self._new_chosen:
            found = self._members.matches(self._set_id, draft.full_name, draft.email)
            if found:  # ask before making a second Amira Hassan
                self._offered = found[0]
                self._show_offer(found[0], len(found) - 1, urgent=True)
                raise ValidationError(
                    {
                        "full_name": self.tr(
                            "Choose above: the person already in alsdesk, or someone new."
                        )
                    }
                )
        return MemberChoice(person_id, draft)
