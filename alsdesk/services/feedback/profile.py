"""Others' view by dimension from the latest 360 round that has one, for the plan's radar."""

from __future__ import annotations

from alsdesk.i18n import translate
from alsdesk.services.feedback.synthesis import synthesize


def others_profile(feedback) -> tuple[str, dict[int, float]] | None:
    """The newest round's others' mean level per dimension (only dimensions rated by at least
    three respondents), with a legend label; None when locked or no round has one."""
    if not feedback.is_unlocked:
        return None
    for found in feedback.rounds():  # newest first
        synthesis = synthesize(feedback.contents(found.id), seed=0)
        levels = {d.number: d.others_mean for d in synthesis.dimensions if d.others_mean}
        if levels:
            return translate("services", "Others' view (360: %s)") % found.title, levels
    return None
