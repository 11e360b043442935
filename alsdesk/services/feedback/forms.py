"""What one respondent's form holds, its field names, and its check value.

A form carries, hidden, the round's id, the request's id and a check value: an
HMAC-SHA256 of both under the round's own form key, which is kept sealed in the
vault. An id edited in a returned form no longer matches its check value, and a
form made by anyone without the vault cannot carry a valid one. The form holds
only what its respondent needs: whose leadership it is about, their own name,
the deadline, how the answers will be used, and the questions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from alsdesk.dates import long_date
from alsdesk.i18n import translate
from alsdesk.services.feedback.model import Answers, Prompt, Relationship, Respondent, Round
from alsdesk.services.leadership import DIMENSIONS, Level

MARK = "alsdesk-360-v1"
FIELD_MARK = "als_form"
FIELD_ROUND = "als_round"
FIELD_REQUEST = "als_request"
FIELD_CHECK = "als_check"
FIELD_RELATIONSHIP = "relationship"
FIELD_CONSENT = "consent"
CHECK_LENGTH = 32  # hex digits of the HMAC kept: 128 bits


def answer_field(prompt_key: str) -> str:
    return f"answer_{prompt_key}"


def rating_field(dimension: int) -> str:
    return f"rating_{dimension}"


def check_value(form_key: bytes, round_uid: str, request_uid: str) -> str:
    message = f"{MARK}\0{round_uid}\0{request_uid}".encode("ascii")
    return hmac.new(form_key, message, hashlib.sha256).hexdigest()[:CHECK_LENGTH]


def check_holds(form_key: bytes, round_uid: str, request_uid: str, check: str) -> bool:
    return hmac.compare_digest(check_value(form_key, round_uid, request_uid), check.strip().lower())


@dataclass(frozen=True)
class FormContent:
    """Everything a writer needs for one respondent's form (PDF or email text)."""

    about: str  # the member whose leadership it is
    respondent: str
    relationship: Relationship
    title: str
    deadline: dt.date
    prompts: tuple[Prompt, ...]
    ratings: bool
    round_uid: str
    request_uid: str
    check: str

    @property
    def heading(self) -> str:
        if self.about:
            return translate("services", "Feedback on %s's leadership") % self.about
        return translate("services", "Feedback on a colleague's leadership")

    @property
    def purpose(self) -> tuple[str, ...]:
        """How the answers will be used, as paragraphs (plain text)."""
        who = self.about or translate("services", "your colleague")
        return (
            translate("services", "For %s. Thank you for agreeing to help.") % self.respondent,
            translate(
                "services",
                "%s is on a leadership programme and has asked a few people who know their "
                "work to describe their leadership in their own words. There are no right "
                "answers: short examples of what you have seen help most. Leave out anything "
                "that could identify a patient or service user.",
            )
            % who,
            translate(
                "services",
                "Only %s reads your answers, in a summary that mixes them with everyone "
                "else's: comments are shuffled, and any group of fewer than three people "
                "(peers, say) is merged into a wider one, so what you write is not traced "
                "back to you. A line manager is named only if they tick the box at the end.",
            )
            % who,
            translate(
                "services",
                "Please save the filled form and return it by email by %s. "
                "Ratings are optional; leave any box empty if you prefer.",
            )
            % long_date(self.deadline),
        )


def form_content(found: Round, respondent: Respondent, form_key: bytes) -> FormContent:
    return FormContent(
        about=found.draft.about,
        respondent=respondent.name,
        relationship=respondent.draft.relationship,
        title=found.title,
        deadline=found.draft.deadline,
        prompts=found.draft.prompts,
        ratings=found.draft.ratings,
        round_uid=found.uid,
        request_uid=respondent.request.uid,
        check=check_value(form_key, found.uid, respondent.request.uid),
    )


def relationship_choices() -> list[tuple[str, str]]:
    """(label, value) for the relationship box, in the fixed order."""
    return [(r.label, r.value) for r in Relationship]


def level_choices() -> list[tuple[str, str]]:
    """(label, value) for a rating box: blank first (no rating), then the four levels."""
    return [("", ""), *((level.label, str(int(level))) for level in Level)]


def dimension_names() -> list[tuple[int, str]]:
    return [(d.number, d.name) for d in DIMENSIONS]


def parse_relationship(value: str) -> Relationship | None:
    """A relationship from a box's value or its label, in any case; None for blank or unknown."""
    wanted = value.strip().casefold()
    for relationship in Relationship:
        if wanted in (relationship.value, relationship.label.casefold()):
            return relationship
    return None


def parse_level(value: str) -> int | None:
    """A level 1-4 from a box's value or its label; None for blank or anything else."""
    wanted = value.strip().casefold()
    for level in Level:
        if wanted in (str(int(level)), level.label.casefold(), level.name.casefold()):
            return int(level)
    return None


@dataclass(frozen=True)
class ReturnedForm:
    """What a returned form (PDF or email text) said, before it is matched to a round."""

    round_uid: str
    request_uid: str
    check: str
    answers: Answers
    relationship: Relationship | None = None
    may_name: bool = False
