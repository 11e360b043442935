"""An entry as one Markdown document, for the Read tab."""

from __future__ import annotations

import re

from alsdesk.dates import long_date
from alsdesk.services.journal.entries import EntryDraft
from alsdesk.services.journal.links import LinkOptions
from alsdesk.services.leadership import DIMENSIONS


def entry_markdown(draft: EntryDraft, links: LinkOptions | None) -> str:
    title = draft.title or "Untitled reflection"
    lines = [f"# {_plain(title)}", "", f"*{long_date(draft.entry_date)} · {draft.model_name}*", ""]
    facts = []
    if draft.tags:
        facts.append("Tags: " + ", ".join(draft.tags))
    if links is not None and draft.links.meeting_id is not None:
        facts.append("Meeting: " + links.meeting_label(draft.links.meeting_id))
    if links is not None and draft.links.goal_id is not None:
        facts.append("Goal: " + links.goal_label(draft.links.goal_id))
    if links is not None and draft.links.round_id is not None:
        facts.append("360 feedback round: " + links.round_label(draft.links.round_id))
    names = [d.name for d in DIMENSIONS if d.number in draft.links.dimensions]
    if names:
        facts.append("Leadership dimensions: " + ", ".join(names))
    lines += [f"- {_plain(fact)}" for fact in facts]
    staged = len(draft.sections) > 1
    for section in draft.sections:
        if staged:
            lines += ["", f"## {_plain(section.heading)}", ""]
        text = _demoted(section.text.strip(), 2 if staged else 1)
        lines += ["", text or "*(nothing written yet)*"]
    return "\n".join(lines) + "\n"


def _demoted(markdown: str, levels: int) -> str:
    """The writer's own headings, moved below the entry's title and stage headings."""
    return re.sub(
        r"^( {0,3})(#{1,6})(?=\s|$)",
        lambda m: m.group(1) + "#" * min(len(m.group(2)) + levels, 6),
        markdown,
        flags=re.MULTILINE,
    )


def _plain(text: str) -> str:
    """Text that Markdown prints as written (no accidental emphasis or headings)."""
    return "".join("\\" + ch if ch in "\\`*_{}[]<>#+-.!|" else ch for ch in text)
