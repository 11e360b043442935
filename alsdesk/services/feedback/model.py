"""What a 360 feedback round holds, as plain frozen dataclasses (no storage, no Qt).

A round has a title, a deadline, ordered prompts (each about one leadership
dimension or an open question), and may ask for ratings on the model's four
levels per dimension. Respondents are the people asked; each has one request
(its random id goes, hidden, on their form) and at most one response.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from enum import StrEnum

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.errors import UserError
from alsdesk.services.leadership import DIMENSIONS

TITLE_LIMIT = 200
PROMPT_LIMIT = 600
NAME_LIMIT = 200
EMAIL_LIMIT = 254
ANSWER_LIMIT = 20_000  # one answer; a form's field is made to take this much


class Relationship(StrEnum):
    """How a respondent knows the member: the fixed list, in this order."""

    LINE_MANAGER = "line-manager"
    PEER = "peer"
    REPORT = "report"  # someone I manage
    OTHER_SERVICE = "other-service"
    PATIENT_REP = "patient-rep"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("services", RELATIONSHIP_LABELS[self])


RELATIONSHIP_LABELS = {
    Relationship.LINE_MANAGER: QT_TRANSLATE_NOOP("services", "Line manager"),
    Relationship.PEER: QT_TRANSLATE_NOOP("services", "Peer"),
    Relationship.REPORT: QT_TRANSLATE_NOOP("services", "Someone I manage"),
    Relationship.OTHER_SERVICE: QT_TRANSLATE_NOOP("services", "Colleague in another service"),
    Relationship.PATIENT_REP: QT_TRANSLATE_NOOP(
        "services", "Patient or service-user representative"
    ),
    Relationship.OTHER: QT_TRANSLATE_NOOP("services", "Other"),
}


class RequestStatus(StrEnum):
    NOT_ASKED = "not-asked"  # added, no form made or sent yet
    ASKED = "asked"
    REPLIED = "replied"
    DECLINED = "declined"


class Source(StrEnum):
    """How a response came back."""

    FORM = "form"  # a returned PDF
    EMAIL = "email"  # the plain-text version pasted back
    PAPER = "paper"  # typed in by the member


def new_key() -> str:
    """A prompt's short random key, stable across edits and reordering."""
    return secrets.token_hex(4)


@dataclass(frozen=True)
class Prompt:
    key: str
    text: str
    dimension: int | None = None  # 1-9, or None for an open question


@dataclass(frozen=True)
class RoundDraft:
    title: str
    deadline: dt.date
    prompts: tuple[Prompt, ...]
    ratings: bool = False  # ask for a level per dimension
    about: str = ""  # whose leadership: the member's name, as the forms name them


@dataclass(frozen=True)
class Round:
    id: int
    uid: str  # the round id printed, hidden, on its forms
    draft: RoundDraft
    created_at: dt.datetime
    version: int = 0

    @property
    def title(self) -> str:
        return self.draft.title

    def prompt(self, key: str) -> Prompt | None:
        return next((p for p in self.draft.prompts if p.key == key), None)


@dataclass(frozen=True)
class RespondentDraft:
    name: str
    email: str = ""
    relationship: Relationship = Relationship.PEER
    may_name: bool = False  # a line manager who agrees to be named in the synthesis


@dataclass(frozen=True)
class Request:
    id: int
    uid: str  # the request id printed, hidden, on the respondent's form
    status: RequestStatus
    asked_on: dt.date | None = None
    reminded_on: dt.date | None = None
    replied_on: dt.date | None = None
    declined_on: dt.date | None = None


@dataclass(frozen=True)
class Respondent:
    id: int
    round_id: int
    draft: RespondentDraft
    request: Request

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True)
class Answers:
    """Answers by prompt key, and levels (1-4) by dimension number; all optional."""

    texts: dict[str, str] = field(default_factory=dict)
    ratings: dict[int, int] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not any(t.strip() for t in self.texts.values()) and not self.ratings


@dataclass(frozen=True)
class ResponseDraft:
    answers: Answers
    relationship: Relationship | None = None  # as the respondent gave it; None: as asked
    may_name: bool = False  # the consent box on the form
    source: Source = Source.FORM
    digest: str = ""  # SHA-256 of the returned file, to recognise it again


@dataclass(frozen=True)
class Response:
    id: int
    request_id: int
    draft: ResponseDraft
    received_on: dt.date


@dataclass(frozen=True)
class SelfView:
    round_id: int
    answers: Answers


class AlreadyAnsweredError(UserError):
    """A response is already stored for that request (replace it, or keep it)."""


@dataclass(frozen=True)
class RoundContents:
    """Everything of one round, opened: for tracking, importing and the synthesis."""

    round: Round
    respondents: tuple[Respondent, ...]  # in the order they were added
    responses: dict[int, Response]  # by respondent id
    self_view: Answers
    damaged: int = 0  # rows of this round that failed their check and were left out
    tampered: bool = False  # rows were deleted or put back outside alsdesk (see ``tampered``)

    def respondent_by_request(self, request_uid: str) -> Respondent | None:
        return next((r for r in self.respondents if r.request.uid == request_uid), None)


def default_prompts() -> tuple[Prompt, ...]:
    """A prompt per leadership dimension, in our own words, then the four open questions."""
    about = {
        1: QT_TRANSLATE_NOOP(
            "services",
            "How do they help people see why our work matters, and keep to it when it is hard?",
        ),
        2: QT_TRANSLATE_NOOP(
            "services", "How do they notice how people are doing, and what do they do about it?"
        ),
        3: QT_TRANSLATE_NOOP(
            "services",
            "How do they gather evidence and different views before deciding? An example helps.",
        ),
        4: QT_TRANSLATE_NOOP(
            "services", "How do they work with teams and services beyond their own?"
        ),
        5: QT_TRANSLATE_NOOP(
            "services", "How clearly do they describe where things are going, and win people to it?"
        ),
        6: QT_TRANSLATE_NOOP(
            "services", "How do they involve others and make use of what each person brings?"
        ),
        7: QT_TRANSLATE_NOOP(
            "services", "How do they agree what is expected and follow it through, fairly?"
        ),
        8: QT_TRANSLATE_NOOP(
            "services", "How do they help others learn and grow, and keep learning themselves?"
        ),
        9: QT_TRANSLATE_NOOP(
            "services", "How do they build support for change where they have no authority?"
        ),
    }
    open_questions = (
        QT_TRANSLATE_NOOP("services", "What do they do well?"),
        QT_TRANSLATE_NOOP("services", "What could they do more of?"),
        QT_TRANSLATE_NOOP("services", "What could they do less of?"),
        QT_TRANSLATE_NOOP("services", "If they changed one thing, what should it be?"),
    )
    prompts = [
        Prompt(new_key(), translate("services", about[d.number]), d.number) for d in DIMENSIONS
    ]
    prompts += [Prompt(new_key(), translate("services", text)) for text in open_questions]
    return tuple(prompts)


def self_view_start(assessment) -> Answers:
    """The member's latest self-assessment as a start for their self-view's ratings.

    ``assessment`` is a ``plan.AssessmentInfo`` (or None: an empty start).
    """
    if assessment is None:
        return Answers()
    return Answers(ratings={r.dimension: int(r.level) for r in assessment.ratings})
