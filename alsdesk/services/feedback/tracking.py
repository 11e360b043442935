"""Who has been asked, who has replied, who is overdue, who declined; a reminder to send."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from alsdesk.dates import long_date
from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.errors import NotFoundError
from alsdesk.services.feedback.model import Relationship, RequestStatus
from alsdesk.services.feedback.service import RoundContents


class Standing(StrEnum):
    NOT_ASKED = "not asked"
    ASKED = "asked"
    OVERDUE = "overdue"
    REPLIED = "replied"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return translate("services", STANDING_LABELS[self])


STANDING_LABELS = {
    Standing.NOT_ASKED: QT_TRANSLATE_NOOP("services", "Not asked yet"),
    Standing.ASKED: QT_TRANSLATE_NOOP("services", "Asked"),
    Standing.OVERDUE: QT_TRANSLATE_NOOP("services", "Overdue"),
    Standing.REPLIED: QT_TRANSLATE_NOOP("services", "Replied"),
    Standing.DECLINED: QT_TRANSLATE_NOOP("services", "Declined"),
}


@dataclass(frozen=True)
class TrackedPerson:
    respondent_id: int
    name: str
    relationship: Relationship
    standing: Standing
    asked_on: dt.date | None
    reminded_on: dt.date | None
    replied_on: dt.date | None


@dataclass(frozen=True)
class Tracking:
    deadline: dt.date
    people: tuple[TrackedPerson, ...]

    def count(self, standing: Standing) -> int:
        return Counter(p.standing for p in self.people)[standing]

    def waiting(self) -> tuple[TrackedPerson, ...]:
        """Asked and not yet replied (overdue or not): the ones a reminder is for."""
        return tuple(p for p in self.people if p.standing in (Standing.ASKED, Standing.OVERDUE))


def standing(status: RequestStatus, deadline: dt.date, today: dt.date) -> Standing:
    if status is RequestStatus.ASKED:
        return Standing.OVERDUE if today > deadline else Standing.ASKED
    return {
        RequestStatus.NOT_ASKED: Standing.NOT_ASKED,
        RequestStatus.REPLIED: Standing.REPLIED,
        RequestStatus.DECLINED: Standing.DECLINED,
    }[status]


def tracking(contents: RoundContents, today: dt.date) -> Tracking:
    deadline = contents.round.draft.deadline
    return Tracking(
        deadline,
        tuple(
            TrackedPerson(
                r.id,
                r.name,
                r.draft.relationship,
                standing(r.request.status, deadline, today),
                r.request.asked_on,
                r.request.reminded_on,
                r.request.replied_on,
            )
            for r in contents.respondents
        ),
    )


def reminder_text(contents: RoundContents, respondent_id: int, today: dt.date) -> str:
    """A short, friendly reminder to copy into an email to one respondent."""
    person = next((r for r in contents.respondents if r.id == respondent_id), None)
    if person is None:
        raise NotFoundError(translate("services", "That person is no longer in the round."))
    first = person.name.split()[0] if person.name.split() else person.name
    deadline = contents.round.draft.deadline
    about = contents.round.draft.about
    lines = [translate("services", "Dear %s,") % first, ""]
    if today > deadline:
        lines.append(
            translate(
                "services",
                "A gentle reminder about the feedback form I sent you. The date I gave, %s, "
                "has passed, but your view would still be very welcome if you can send it in "
                "the next few days.",
            )
            % long_date(deadline)
        )
    else:
        lines.append(
            translate(
                "services",
                "A gentle reminder about the feedback form I sent you: I would be grateful "
                "for your answers by %s.",
            )
            % long_date(deadline)
        )
    lines += [
        "",
        translate(
            "services",
            "It takes about twenty minutes. Your answers are mixed with others' before I read "
            "them, so they are not traced back to you. If you would rather not take part, "
            "just tell me; if you have lost the form, I will send it again.",
        ),
        "",
        translate("services", "Thank you,"),
    ]
    if about:
        lines.append(about)
    return "\n".join(lines) + "\n"
