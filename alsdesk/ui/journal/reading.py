"""An entry as one Markdown document, for the Read tab."""

from __future__ import annotations

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
    names = [d.name for d in DIMENSIONS if d.number in draft.links.dimensions]
    if names:
        facts.append("Leadership dimensions: " + ", ".join(names))
    lines += [f"- {_plain(fact)}" for fact in facts]
    for section in draft.sections:
        if len(draft.sections) > 1:
            lines += ["", f"## {_plain(section.heading)}", ""]
        lines += ["", section.text.strip() or "*(nothing written yet)*"]
    return "\n".join(lines) + "\n"


def _plain(text: str) -> str:
    """Text that Markdown prints as written (no accidental emphasis or headings)."""
    return "".join("\\" + ch if ch in "\\`*_{}[]<>#+-.!|" else ch for ch in text)
