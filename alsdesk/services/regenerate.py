"""Generating the programme again once a set has events: what stays, what goes.

A set that has met must never lose a meeting record to a regenerated year, so
the choice is made here, as a plan the dialog can show before anything is
written and the service then carries out in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # schedule.py imports this module
    from alsdesk.services.schedule import EventDraft, EventInfo


class Regenerate(StrEnum):
    ADD = "add"
    """Keep every event; add the whole generated programme beside them."""
    FUTURE = "future"
    """Keep events up to today and meetings with a record; replace the rest."""
    ALL = "all"
    """Replace every event except meetings with a record."""


@dataclass(frozen=True)
class RegenerationPlan:
    keep: list[EventInfo]
    replace: list[EventInfo]
    add: list[EventDraft]
    skipped: list[EventDraft]
    """Generated events not added: dated up to today, or standing for a kept event
    of the same title (the held "Set meeting 2" is not added a second time)."""
    recorded: frozenset[int] = frozenset()
    """The ids of kept events that stay because their meeting has a record."""


def plan_regeneration(
    existing: list[EventInfo],
    recorded: Collection[int],
    drafts: list[EventDraft],
    mode: Regenerate,
    today: dt.date,
) -> RegenerationPlan:
    """Which of ``existing`` stay and go, and which ``drafts`` are added.

    ``recorded`` holds the ids of events with a meeting record (opened, with
    attendance or notes): those always stay, whatever the mode.
    """
    if mode == Regenerate.ADD:
        return RegenerationPlan(list(existing), [], list(drafts), [], frozenset(recorded))
    if mode == Regenerate.FUTURE:
        stays = [e.date <= today or e.id in recorded for e in existing]
    else:
        stays = [e.id in recorded for e in existing]
    keep = [e for e, stay in zip(existing, stays, strict=True) if stay]
    replace = [e for e, stay in zip(existing, stays, strict=True) if not stay]
    kept_titles = {e.title.casefold() for e in keep}
    add, skipped = [], []
    for draft in drafts:
        too_early = mode == Regenerate.FUTURE and draft.date <= today
        if too_early or draft.title.casefold() in kept_titles:
            skipped.append(draft)
        else:
            add.append(draft)
    return RegenerationPlan(keep, replace, add, skipped, frozenset(recorded))
