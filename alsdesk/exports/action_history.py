"""An action's history in words, for the PDFs: what it was before each change."""

from __future__ import annotations

from alsdesk.dates import medium_date
from alsdesk.exports.pdf_layout import text
from alsdesk.services.actions import ActionInfo


def history_lines(action: ActionInfo) -> list[str]:
    """'Carried forward 27 Oct 2026: was due 1 Oct 2026', 'Changed 3 Nov 2026: was “…”'."""
    lines = []
    for was, fields in action.revisions():
        when = medium_date(was.day)
        due = medium_date(was.due_date) if was.due_date else "no date"
        if was.carried and fields == ("due_date",):
            lines.append(f"Carried forward {when}: was due {due}")
            continue
        parts = []
        if "text" in fields:
            parts.append(f"was \u201c{text(was.text)}\u201d")
        if "owner" in fields:
            parts.append(f"was {text(was.owner_name)}\u2019s")
        if "due_date" in fields:
            parts.append(f"was due {due}")
        lines.append(f"Changed {when}: " + ", ".join(parts))
    return lines
