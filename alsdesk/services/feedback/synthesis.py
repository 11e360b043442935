"""The anonymised synthesis of a round: by prompt, by dimension, self against others.

Anonymity is by rule, not by trust:

- responses are grouped by relationship (as the respondent gave it on the form,
  else as the member recorded it); a group of fewer than ``MIN_GROUP`` responses
  is merged into "Other colleagues", and if even that has fewer than
  ``MIN_GROUP``, its comments are shown without any group;
- a line manager is shown under their name only with consent (the box on their
  form, or consent the member recorded); without it they are one more colleague;
- the comments of each group are shuffled, afresh for every synthesis;
- nothing per respondent reaches the synthesis: no dates, no order, no ids, no
  names but a consenting line manager's, and ratings only as a mean of at least
  ``MIN_GROUP``.

Where ratings exist, the member's own level is set against the others' mean:
``GAP`` or more below is a blind spot (others see less than I do), ``GAP`` or more
above a hidden strength (others see more).
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from alsdesk.i18n import translate
from alsdesk.services.feedback.model import Prompt, Relationship
from alsdesk.services.feedback.service import RoundContents
from alsdesk.services.leadership import DIMENSIONS

MIN_GROUP = 3
GAP = 1.0  # a whole level between my view and the others' mean
OTHERS = "others"  # the merged group's key
UNGROUPED = ""


class Gap(StrEnum):
    NONE = ""
    BLIND_SPOT = "blind spot"  # I rate myself higher than others do
    HIDDEN_STRENGTH = "hidden strength"  # others rate me higher than I do

    @property
    def label(self) -> str:
        labels = {
            Gap.NONE: "",
            Gap.BLIND_SPOT: translate("services", "Blind spot"),
            Gap.HIDDEN_STRENGTH: translate("services", "Hidden strength"),
        }
        return labels[self]


@dataclass(frozen=True)
class Group:
    label: str  # "Peers", "Other colleagues", "Line manager: Siobhán O'Connor"; "" ungrouped
    comments: tuple[str, ...]  # shuffled


@dataclass(frozen=True)
class PromptView:
    prompt: Prompt
    self_answer: str
    groups: tuple[Group, ...]  # the named groups first, the ungrouped comments last

    @property
    def comments(self) -> int:
        return sum(len(g.comments) for g in self.groups)


@dataclass(frozen=True)
class DimensionView:
    number: int
    name: str
    self_level: int | None
    others_mean: float | None  # None: fewer than MIN_GROUP others rated it
    others_count: int
    gap: Gap
    prompts: tuple[PromptView, ...]  # the prompts about this dimension


@dataclass(frozen=True)
class Synthesis:
    title: str
    about: str
    responses: int
    groups: tuple[tuple[str, int], ...]  # the groups in use and their sizes
    prompts: tuple[PromptView, ...]  # in the round's order
    dimensions: tuple[DimensionView, ...]  # 1 to 9
    open_questions: tuple[PromptView, ...]  # prompts about no dimension

    @property
    def has_ratings(self) -> bool:
        return any(d.self_level is not None or d.others_count for d in self.dimensions)


def _group_label(relationship: Relationship) -> str:
    plural = {
        Relationship.PEER: translate("services", "Peers"),
        Relationship.REPORT: translate("services", "People I manage"),
        Relationship.OTHER_SERVICE: translate("services", "Colleagues in other services"),
        Relationship.PATIENT_REP: translate("services", "Patient and service-user representatives"),
        Relationship.LINE_MANAGER: translate("services", "Line managers"),
    }
    return plural.get(relationship, translate("services", "Other colleagues"))


def _assign(contents: RoundContents) -> dict[int, str]:
    """Each responding respondent's group label ("" for no group), by the rules above."""
    by_relationship: dict[Relationship, list[int]] = defaultdict(list)
    labels: dict[int, str] = {}
    for person in contents.respondents:
        response = contents.responses.get(person.id)
        if response is None:
            continue
        relationship = response.draft.relationship or person.draft.relationship
        consents = response.draft.may_name or person.draft.may_name
        if relationship is Relationship.LINE_MANAGER and consents:
            labels[person.id] = translate("services", "Line manager: %s") % person.name
            continue
        by_relationship[relationship].append(person.id)
    pool: list[int] = []
    for relationship, ids in by_relationship.items():
        if relationship is Relationship.OTHER or len(ids) < MIN_GROUP:
            pool += ids
        else:
            labels.update({i: _group_label(relationship) for i in ids})
    pooled = translate("services", "Other colleagues") if len(pool) >= MIN_GROUP else UNGROUPED
    labels.update({i: pooled for i in pool})
    return labels


def synthesize(contents: RoundContents, *, seed: int | None = None) -> Synthesis:
    """The synthesis of one round; ``seed`` fixes the shuffle (tests), else it is fresh."""
    shuffle = random.Random(seed) if seed is not None else random.SystemRandom()
    labels = _assign(contents)
    order = sorted(set(labels.values()), key=lambda label: (label == UNGROUPED, label))
    views = []
    for prompt in contents.round.draft.prompts:
        grouped: dict[str, list[str]] = defaultdict(list)
        for respondent_id, label in labels.items():
            text = contents.responses[respondent_id].draft.answers.texts.get(prompt.key, "")
            if text.strip():
                grouped[label].append(text.strip())
        groups = []
        for label in order:
            comments = grouped.get(label, [])
            shuffle.shuffle(comments)
            if comments:
                groups.append(Group(label, tuple(comments)))
        views.append(
            PromptView(prompt, contents.self_view.texts.get(prompt.key, ""), tuple(groups))
        )
    sizes: dict[str, int] = defaultdict(int)
    for label in labels.values():
        sizes[label] += 1
    return Synthesis(
        title=contents.round.title,
        about=contents.round.draft.about,
        responses=len(labels),
        groups=tuple((label, sizes[label]) for label in order if label != UNGROUPED),
        prompts=tuple(views),
        dimensions=tuple(_dimension(contents, d.number, d.name, views) for d in DIMENSIONS),
        open_questions=tuple(v for v in views if v.prompt.dimension is None),
    )


def _dimension(contents: RoundContents, number: int, name: str, views) -> DimensionView:
    levels = [
        r.draft.answers.ratings[number]
        for r in contents.responses.values()
        if number in r.draft.answers.ratings
    ]
    mean = sum(levels) / len(levels) if len(levels) >= MIN_GROUP else None
    mine = contents.self_view.ratings.get(number)
    gap = Gap.NONE
    if mean is not None and mine is not None:
        if mine - mean >= GAP:
            gap = Gap.BLIND_SPOT
        elif mean - mine >= GAP:
            gap = Gap.HIDDEN_STRENGTH
    return DimensionView(
        number,
        name,
        mine,
        round(mean, 2) if mean is not None else None,
        len(levels),
        gap,
        tuple(v for v in views if v.prompt.dimension == number),
    )
