"""What a round's feedback report holds: for the member, or a shorter one for a tutor.

The report is built on ``synthesis.synthesize`` and adds nothing per respondent:
who was asked is given as counts by relationship (a line manager is named only
with consent, as in the synthesis), then the synthesis by prompt and by
dimension, self against others where ratings exist, and the member's own view.
The tutor's version holds only the synthesis and the member's own themes.

``report_texts`` lists every string that would leave in the file, so the
patient-data guard can run over all of it before anything is written; a
``redact`` given to ``build_report`` is applied to each of those strings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from alsdesk.i18n import translate
from alsdesk.services.feedback.model import Relationship, RequestStatus, RoundContents
from alsdesk.services.feedback.synthesis import (
    DimensionView,
    Group,
    PromptView,
    Synthesis,
    synthesize,
)
from alsdesk.services.patient_data import Finding, find_identifiers


@dataclass(frozen=True)
class Theme:
    """A theme the member marked (point 7): "Strength" or "Development area", and its words.

    Optional everywhere: a report without themes says the member marked none.
    """

    kind: str
    text: str
    dimension: int | None = None


@dataclass(frozen=True)
class ReportChoice:
    """What the member chose on the Feedback page; the document layer gathers from it."""

    round_id: int
    tutor: bool = False  # the shorter version: only the synthesis and the member's themes
    redact: bool = False  # remove possible patient identifiers first


@dataclass(frozen=True)
class FeedbackReport:
    synthesis: Synthesis
    asked: tuple[tuple[str, int], ...]  # relationship label (or a named line manager), count
    replies: int
    self_view: tuple[tuple[str, str], ...]  # prompt text, the member's answer (may be "")
    themes: tuple[Theme, ...]
    tutor: bool
    member: str  # whose leadership (the round's "about")
    today: dt.date
    redacted: bool = False


def themes_of(feedback, round_id: int) -> tuple[Theme, ...]:
    """The member's themes of a round, in the order marked, for its reports.

    A theme's words are its label, or else the comment it marks (a comment of the
    synthesis, which names no respondent); its dimension is its question's.
    """
    from alsdesk.services.feedback.themes import FeedbackThemes, comment_hash

    marked = FeedbackThemes(feedback).themes(round_id)
    if not marked:
        return ()
    found = feedback.get_round(round_id)
    comments = {
        (prompt.key, comment_hash(text)): text
        for prompt, texts in _answers_by_prompt(feedback.contents(round_id))
        for text in texts
    }
    made = []
    for theme in marked:
        prompt = found.prompt(theme.prompt_key)
        words = theme.label or comments.get((theme.prompt_key, theme.comment), "")
        if words:
            made.append(Theme(theme.kind.label, words, prompt.dimension if prompt else None))
    return tuple(made)


def _answers_by_prompt(contents: RoundContents):
    for prompt in contents.round.draft.prompts:
        texts = [
            response.draft.answers.texts.get(prompt.key, "").strip()
            for response in contents.responses.values()
        ]
        yield prompt, [text for text in texts if text]


def _asked(contents: RoundContents) -> tuple[tuple[str, int], ...]:
    """How many were asked, by relationship as the member recorded it; no names but consent's."""
    counts: Counter[Relationship] = Counter()
    named: list[str] = []
    for person in contents.respondents:
        if person.request.status is RequestStatus.NOT_ASKED:
            continue
        relationship = person.draft.relationship
        response = contents.responses.get(person.id)
        consents = person.draft.may_name or (response is not None and response.draft.may_name)
        if relationship is Relationship.LINE_MANAGER and consents:
            named.append(translate("services", "Line manager: %s") % person.name)
            continue
        counts[relationship] += 1
    rows = [(name, 1) for name in named]
    rows += [(r.label, counts[r]) for r in Relationship if counts[r]]
    return tuple(rows)


def build_report(
    contents: RoundContents,
    today: dt.date,
    *,
    tutor: bool = False,
    themes: Sequence[Theme] = (),
    redact: Callable[[str], str] | None = None,
    seed: int | None = None,
) -> FeedbackReport:
    """The report of one round; ``seed`` fixes the synthesis's shuffle (tests)."""
    synthesis = synthesize(contents, seed=seed)
    report = FeedbackReport(
        synthesis=synthesis,
        asked=() if tutor else _asked(contents),
        replies=synthesis.responses,
        self_view=()
        if tutor
        else tuple(
            (p.text, contents.self_view.texts.get(p.key, "").strip())
            for p in contents.round.draft.prompts
        ),
        themes=tuple(themes),
        tutor=tutor,
        member=contents.round.draft.about,
        today=today,
    )
    return _redacted(report, redact) if redact is not None else report


def report_texts(report: FeedbackReport) -> list[str]:
    """Every free text the report would carry: what the patient-data guard reads."""
    found = [report.synthesis.title]
    for view in report.synthesis.prompts:
        found.append(view.self_answer)
        found += [c for g in view.groups for c in g.comments]
    found += [answer for _prompt, answer in report.self_view]
    found += [t.text for t in report.themes]
    return [t for t in found if t.strip()]


def identifiers(report: FeedbackReport) -> list[Finding]:
    """The possible patient identifiers in everything the report would carry."""
    return [f for t in report_texts(report) for f in find_identifiers(t, report.today)]


def _redacted(report: FeedbackReport, redact: Callable[[str], str]) -> FeedbackReport:
    def view(v: PromptView) -> PromptView:
        groups = tuple(Group(g.label, tuple(redact(c) for c in g.comments)) for g in v.groups)
        return replace(v, self_answer=redact(v.self_answer), groups=groups)

    prompts = {id(v): view(v) for v in report.synthesis.prompts}

    def dimension(d: DimensionView) -> DimensionView:
        return replace(d, prompts=tuple(prompts[id(v)] for v in d.prompts))

    synthesis = replace(
        report.synthesis,
        title=redact(report.synthesis.title),
        prompts=tuple(prompts[id(v)] for v in report.synthesis.prompts),
        dimensions=tuple(dimension(d) for d in report.synthesis.dimensions),
        open_questions=tuple(prompts[id(v)] for v in report.synthesis.open_questions),
    )
    return replace(
        report,
        synthesis=synthesis,
        self_view=tuple((p, redact(a)) for p, a in report.self_view),
        themes=tuple(replace(t, text=redact(t.text)) for t in report.themes),
        redacted=True,
    )
