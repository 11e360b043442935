"""Chosen reflective journal entries as an A4 PDF, for an assignment or a tutor.

Only the entries the member picked, in the order given: a title block saying how
many and over what dates, a contents list when there is more than one, then each
entry with its date, model, word count, tags and links, and its sections' Markdown
set as formatted text. When the member chose to remove possible patient
identifiers, ``redact`` is applied to every title, section and tag before anything
is laid out, and the document says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Paragraph, Spacer

from alsdesk.dates import long_date, medium_date
from alsdesk.exports import fonts
from alsdesk.exports import pdf_layout as layout
from alsdesk.exports.markdown_pdf import markdown_flowables
from alsdesk.exports.pdf_layout import ACCENT, MUTED_HEX, text
from alsdesk.services.journal.entries import Entry, EntryDraft
from alsdesk.services.journal.words import entry_word_count
from alsdesk.services.leadership import DIMENSIONS

Styles = dict[str, ParagraphStyle]

TITLE = "Reflective journal: selected entries"
MISSING_MEETING = "a meeting no longer in alsdesk"
MISSING_GOAL = "a goal no longer in alsdesk"
REDACTED_NOTE = "Possible patient identifiers were removed before export."
ENTRY_ROOM = 70 * mm  # an entry starting lower than this starts on the next page
ENTRY_GAP = 8 * mm
SECTION_ROOM = 25 * mm
DATE_COLUMN = 24 * mm
MODEL_COLUMN = 42 * mm
WORDS_COLUMN = 16 * mm
SEPARATOR = " \u00b7 "  # a middle dot between the facts of an entry


@dataclass(frozen=True)
class JournalExport:
    """What to print and how to label it; the UI gathers it after the member chooses."""

    entries: Sequence[Entry]  # in the order to print (the UI passes oldest first)
    author: str  # the member's name; may be ""
    meeting_labels: Mapping[int, str]  # for links.meeting_id; a missing id says so
    goal_labels: Mapping[int, str]  # for links.goal_id; likewise
    today: dt.date
    redact: Callable[[str], str] | None = None  # applied to titles, section texts and tags


def write_journal_pdf(export: JournalExport, path: Path) -> None:
    """Write the chosen entries to ``path``; ``export.today`` is the printed date."""
    fonts.register_fonts()
    styles = _styles()
    entries = [_redacted(entry.draft, export.redact) for entry in export.entries]
    # Counted as written, as the editor shows it, not after redaction.
    counts = [entry_word_count(entry.draft) for entry in export.entries]
    doc = layout.document(path, title=TITLE, author=export.author, subject="Reflective journal")
    story = _title_block(export, styles)
    if export.redact is not None:
        story.append(Paragraph(REDACTED_NOTE, styles["redacted"]))
    if not entries:
        story.append(Paragraph("No entries were chosen.", styles["empty"]))
    if len(entries) > 1:
        story += _contents(entries, counts, styles)
    for draft, words in zip(entries, counts, strict=True):
        story += _entry(draft, words, export, styles)
    layout.build(doc, story, _footer(export), layout.generated_note(export.today))


def _styles() -> Styles:
    styles = layout.styles()
    styles["entry"] = ParagraphStyle(
        "entry", parent=styles["part"], spaceBefore=2 * mm, spaceAfter=1.5 * mm
    )
    styles["redacted"] = ParagraphStyle(
        "redacted", parent=styles["note"], textColor=layout.MUTED, spaceBefore=2 * mm
    )
    styles["facts"] = ParagraphStyle("facts", parent=styles["meta"], textColor=layout.MUTED)
    styles["stage"] = ParagraphStyle(
        "stage",
        parent=styles["section"],
        fontSize=layout.SIZE.stage,
        leading=15,
        spaceBefore=4 * mm,
    )
    return styles


def _footer(export: JournalExport) -> str:
    when = medium_date(export.today)
    if export.author.strip():
        who = export.author.strip()
        return f"Private reflective journal of {who}, exported by them on {when}: theirs to share."
    return f"Private reflective journal, exported by its writer on {when}: theirs to share."


# -- the title block and contents ------------------------------------------------------------


def _title_block(export: JournalExport, styles: Styles) -> list[Flowable]:
    """Like ``pdf_layout.title_block``, but the entries line has no "Label:" to read as."""
    block: list[Flowable] = [Paragraph(text(TITLE), styles["title"])]
    if export.author.strip():
        block.append(Paragraph(text(export.author), styles["subtitle"]))
    block.append(Paragraph(_span(export.entries), styles["meta"]))
    block.append(Paragraph(layout.printed_on(export.today), styles["printed"]))
    block.append(Spacer(1, 2 * mm))
    block.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0))
    return block


def _span(entries: Sequence[Entry]) -> str:
    """'3 entries, 12 January 2027 to 3 March 2027'."""
    if not entries:
        return "No entries"
    days = [entry.draft.entry_date for entry in entries]
    first, last = min(days), max(days)
    count = "1 entry" if len(entries) == 1 else f"{len(entries)} entries"
    if first == last:
        return f"{count}, {long_date(first)}"
    return f"{count}, {long_date(first)} to {long_date(last)}"


def _contents(
    entries: Sequence[EntryDraft], counts: Sequence[int], styles: Styles
) -> list[Flowable]:
    rows: list[list] = [layout.head_row(("Date", "Title", "Model", "Words"), styles, right=1)]
    for draft, words in zip(entries, counts, strict=True):
        rows.append(
            [
                Paragraph(medium_date(draft.entry_date), styles["cell"]),
                Paragraph(_title(draft), styles["cell"]),
                Paragraph(text(draft.model_name), styles["cell"]),
                Paragraph(f"{words:,}", styles["cell_right"]),
            ]
        )
    table = layout.data_table(rows, layout.widths((DATE_COLUMN, None, MODEL_COLUMN, WORDS_COLUMN)))
    return [*layout.heading("Contents", styles["section"], 30 * mm), table]


# -- one entry ---------------------------------------------------------------------------------


def _entry(draft: EntryDraft, words: int, export: JournalExport, styles: Styles) -> list[Flowable]:
    # The space goes before the page-break check, so an entry at the top of a page
    # starts at the top.
    story: list[Flowable] = [Spacer(1, ENTRY_GAP), CondPageBreak(ENTRY_ROOM)]
    story.append(Paragraph(_title(draft), styles["entry"]))
    facts = [long_date(draft.entry_date), text(draft.model_name), _words(words)]
    story.append(Paragraph(SEPARATOR.join(f for f in facts if f), styles["facts"]))
    story += [Paragraph(line, styles["note"]) for line in _labels(draft, export)]
    story.append(Spacer(1, 1 * mm))
    story.append(HRFlowable(width="100%", thickness=0.5, color=layout.RULE, spaceAfter=2 * mm))
    written = [section for section in draft.sections if section.text.strip()]
    if not written:
        story.append(Paragraph("Nothing written in this entry.", styles["muted"]))
    elif len(draft.sections) == 1:  # free writing: the text is the entry
        story += markdown_flowables(written[0].text, styles)
    else:
        for section in written:
            story += layout.heading(section.heading, styles["stage"], SECTION_ROOM)
            story += markdown_flowables(section.text, styles)
    return story


def _title(draft: EntryDraft) -> str:
    return text(draft.title) or f'<font color="{MUTED_HEX}">Untitled</font>'


def _words(count: int) -> str:
    return "1 word" if count == 1 else f"{count:,} words"


def _labels(draft: EntryDraft, export: JournalExport) -> list[str]:
    """'Tags: ...', 'Meeting: ...', 'Goal: ...', 'Leadership dimensions: ...', those set."""
    lines = []
    if draft.tags:
        lines.append(("Tags", ", ".join(draft.tags)))
    links = draft.links
    if links.meeting_id is not None:
        lines.append(("Meeting", export.meeting_labels.get(links.meeting_id, MISSING_MEETING)))
    if links.goal_id is not None:
        lines.append(("Goal", export.goal_labels.get(links.goal_id, MISSING_GOAL)))
    names = [d.name for d in DIMENSIONS if d.number in links.dimensions]
    if names:
        label = "Leadership dimension" if len(names) == 1 else "Leadership dimensions"
        lines.append((label, ", ".join(names)))
    return [f"<b>{label}:</b> {text(value)}" for label, value in lines]


# -- redaction --------------------------------------------------------------------------------


def _redacted(draft: EntryDraft, redact: Callable[[str], str] | None) -> EntryDraft:
    if redact is None:
        return draft
    return replace(
        draft,
        title=redact(draft.title),
        sections=tuple(replace(s, text=redact(s.text)) for s in draft.sections),
        tags=tuple(redact(tag) for tag in draft.tags),
    )
