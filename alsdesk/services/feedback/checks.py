"""What a round, a respondent and a set of answers must be before they are stored."""

from __future__ import annotations

import re
from dataclasses import replace

from alsdesk.i18n import translate
from alsdesk.services.errors import raise_if_any
from alsdesk.services.feedback.model import (
    ANSWER_LIMIT,
    EMAIL_LIMIT,
    NAME_LIMIT,
    PROMPT_LIMIT,
    TITLE_LIMIT,
    Answers,
    Relationship,
    RespondentDraft,
    Round,
    RoundDraft,
)

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
LEVELS = range(1, 5)
DIMENSION_NUMBERS = range(1, 10)


def check_round(draft: RoundDraft) -> RoundDraft:
    """The draft with its title and prompts trimmed; ValidationError by field otherwise."""
    draft = replace(
        draft,
        title=draft.title.strip(),
        about=" ".join(draft.about.split()),
        prompts=tuple(replace(p, text=p.text.strip()) for p in draft.prompts),
    )
    problems = {}
    if not draft.title:
        problems["title"] = translate("services", "Give the round a title.")
    elif len(draft.title) > TITLE_LIMIT:
        problems["title"] = (
            translate("services", "Keep the title under %d characters.") % TITLE_LIMIT
        )
    if len(draft.about) > NAME_LIMIT:
        problems["about"] = translate("services", "Keep the name under %d characters.") % NAME_LIMIT
    if not draft.prompts:
        problems["prompts"] = translate("services", "A round needs at least one prompt.")
    elif any(not p.text for p in draft.prompts):
        problems["prompts"] = translate("services", "Each prompt needs its question.")
    elif any(len(p.text) > PROMPT_LIMIT for p in draft.prompts):
        problems["prompts"] = (
            translate("services", "Keep each prompt under %d characters.") % PROMPT_LIMIT
        )
    elif len({p.key for p in draft.prompts}) != len(draft.prompts):
        problems["prompts"] = translate("services", "Two prompts share one key.")
    elif any(
        p.dimension is not None and p.dimension not in DIMENSION_NUMBERS for p in draft.prompts
    ):
        problems["prompts"] = translate("services", "Leadership dimensions are numbered 1 to 9.")
    raise_if_any(problems)
    return draft


def check_respondent(draft: RespondentDraft) -> RespondentDraft:
    draft = replace(
        draft,
        name=" ".join(draft.name.split()),
        email=draft.email.strip(),
        relationship=Relationship(draft.relationship),
        # Only a line manager is ever named; consent means nothing for anyone else.
        may_name=draft.may_name and draft.relationship == Relationship.LINE_MANAGER,
    )
    problems = {}
    if not draft.name:
        problems["name"] = translate("services", "Give the person's name.")
    elif len(draft.name) > NAME_LIMIT:
        problems["name"] = translate("services", "Keep the name under %d characters.") % NAME_LIMIT
    if draft.email and (len(draft.email) > EMAIL_LIMIT or not _EMAIL.fullmatch(draft.email)):
        problems["email"] = translate(
            "services", "This does not look like an email address (name@example.nhs.uk)."
        )
    raise_if_any(problems)
    return draft


def check_answers(found: Round, answers: Answers) -> Answers:
    """Answers to this round's prompts only, blank ones dropped; ValidationError otherwise."""
    keys = {p.key for p in found.draft.prompts}
    texts = {k: v for k, v in answers.texts.items() if v.strip()}
    problems = {}
    if set(texts) - keys:
        problems["answers"] = translate(
            "services", "These answers are to prompts of another round."
        )
    elif any(len(v) > ANSWER_LIMIT for v in texts.values()):
        problems["answers"] = (
            translate("services", "Keep each answer under %d characters.") % ANSWER_LIMIT
        )
    if answers.ratings and not found.draft.ratings:
        problems["ratings"] = translate("services", "This round does not ask for ratings.")
    elif any(d not in DIMENSION_NUMBERS or v not in LEVELS for d, v in answers.ratings.items()):
        problems["ratings"] = translate(
            "services", "Ratings are a level from 1 to 4 for a dimension from 1 to 9."
        )
    raise_if_any(problems)
    return Answers(texts=texts, ratings=dict(answers.ratings))
