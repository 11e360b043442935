"""Markdown as a reader sees it: plain text and word counts.

Members quote entries in assignments with word limits, so the count follows
what a word processor would count in the formatted text: markup is not words,
"don't", "well-being" and "3.5" are one word each.
"""

from __future__ import annotations

import re

from alsdesk.services.journal.entries import EntryDraft

# Whole lines that are only markup: code fences, rules (also setext heading
# underlines) and link reference definitions.
_MARKUP_LINE = re.compile(
    r"[ \t]*(?:```|~~~|(?:[-*_=][ \t]*){3,}$|\[[^\]]+\]:[ \t]*\S+)",
)
# Block markers at the start of a line: quotes, then a heading, bullet or number.
_LINE_START = re.compile(
    r"[ \t]*(?:>[ \t]?)*"
    r"(?:(?P<heading>#{1,6})(?=[ \t]|$)|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)](?=[ \t]|$))?",
)
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_MARKS = re.compile(r"[*`~]+")
_UNDERSCORES = re.compile(r"_+")


def plain_text(markdown: str) -> str:
    """The text a reader sees, without markup, on one line with single spaces."""
    lines = []
    for line in markdown.splitlines():
        if _MARKUP_LINE.match(line):
            continue
        start = _LINE_START.match(line)
        if start and start.end():
            line = line[start.end() :]
            if start.group("heading"):
                line = _without_closing_hashes(line)
        lines.append(line)
    text = " ".join(lines)
    if "[" in text:
        text = _IMAGE_OR_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "*" in text or "`" in text or "~" in text:
        text = _MARKS.sub("", text)
    if "_" in text:
        text = _UNDERSCORES.sub(_emphasis_underscores, text)
    return " ".join(text.split())


def word_count(markdown: str) -> int:
    """Words a reader would count in ``markdown`` once it is formatted."""
    return sum(1 for token in plain_text(markdown).split() if _has_letter_or_digit(token))


def entry_word_count(draft: EntryDraft) -> int:
    """Words in all of an entry's sections; the title and stage headings are not counted."""
    return sum(word_count(section.text) for section in draft.sections)


def _without_closing_hashes(heading: str) -> str:
    """Drop the optional closing hashes of a heading: "Title ##" reads "Title"."""
    text = heading.rstrip()
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t"):
        return bare
    return heading


def _emphasis_underscores(match: re.Match[str]) -> str:
    """Underscores used for emphasis go; one inside a word (snake_case) stays."""
    text = match.string
    start, end = match.span()
    if start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
        return match.group()
    return ""


def _has_letter_or_digit(token: str) -> bool:
    return any(c.isalnum() for c in token)
