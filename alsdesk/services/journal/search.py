"""Full-text search over unlocked journal entries, held only in memory.

The journal is encrypted on disk, so there is no on-disk index: this one is
built from decrypted entries after unlocking and dropped (``clear``) when the
journal locks. Nothing here writes to a file, a log or a cache.

Matching is by substring on "folded" text: case-insensitive, accent-insensitive
("schon" finds "Schön") and typographic quotes and dashes read as plain ones.
Folding keeps every character in place, one for one, so a match found in the
folded text is at the same offsets in the text shown to the user.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from alsdesk.services.journal.entries import Entry
from alsdesk.services.journal.words import plain_text

SNIPPET_LENGTH = 160
# How much text to keep before the first match, so it is read in context.
SNIPPET_LEAD = 50
ELLIPSIS = "…"

Span = tuple[int, int]


@dataclass(frozen=True)
class Filters:
    """Narrow a search; ``None`` means any. Dates are inclusive; tags ignore case."""

    tag: str | None = None
    model_key: str | None = None
    goal_id: int | None = None
    meeting_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


class Hit:
    """An entry that matched, with where to highlight the query words.

    ``snippet`` is about 160 characters of plain text from the entry's body
    (markup removed) around the first match, with "…" where it is cut; the
    spans are ``(start, end)`` offsets into ``snippet`` and into
    ``entry.draft.title`` covering every occurrence of every query word.

    The snippet and spans are worked out when first read, so a search that
    matches thousands of entries costs only what the visible rows need.
    """

    __slots__ = ("entry", "_record", "_terms", "_parts")

    def __init__(self, record: _Record, terms: tuple[str, ...]) -> None:
        self.entry: Entry = record.entry
        self._record = record
        self._terms = terms
        self._parts: tuple[str, tuple[Span, ...], tuple[Span, ...]] | None = None

    @property
    def snippet(self) -> str:
        return self._highlight()[0]

    @property
    def snippet_spans(self) -> tuple[Span, ...]:
        return self._highlight()[1]

    @property
    def title_spans(self) -> tuple[Span, ...]:
        return self._highlight()[2]

    def __repr__(self) -> str:
        return f"Hit(entry_id={self.entry.id}, terms={self._terms!r})"

    def _highlight(self) -> tuple[str, tuple[Span, ...], tuple[Span, ...]]:
        if self._parts is None:
            self._parts = self._record.highlight(self._terms)
        return self._parts


class Hits(Sequence[Hit]):
    """The entries a search found, in order, each made a ``Hit`` only when read.

    A keystroke matching 20,000 entries would otherwise make 20,000 objects the
    list never shows (and wake Python's garbage collector over the whole
    journal every few keystrokes); the list reads a page of 200 at most.
    """

    __slots__ = ("_records", "_terms", "_made")

    def __init__(self, records: list[_Record], terms: tuple[str, ...]) -> None:
        self._records = records
        self._terms = terms
        self._made: list[Hit | None] = [None] * len(records)

    def __len__(self) -> int:
        return len(self._records)

    def __getitem__(self, at):  # an index or a slice, as a list's
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(len(self._records)))]
        hit = self._made[at]
        if hit is None:
            hit = self._made[at] = Hit(self._records[at], self._terms)
        return hit

    def __iter__(self) -> Iterator[Hit]:
        return (self[i] for i in range(len(self._records)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Hits | list | tuple):
            return len(self) == len(other) and all(a is b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __repr__(self) -> str:
        return f"Hits({len(self)} entries, terms={self._terms!r})"

    def entry_ids(self) -> list[int]:
        """The found entries' ids, in order (no ``Hit`` is made)."""
        return [r.entry.id for r in self._records]


class JournalIndex:
    """Entries by id, with their text folded once so each search is only substring tests."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._records: dict[int, _Record] = {}
        self._ordered: list[_Record] | None = None
        # The last search (terms, filters, records found), to narrow while typing on.
        self._last: tuple[tuple[str, ...], Filters, list[_Record]] | None = None
        for entry in entries:
            self.put(entry)
        if self._records:
            self._in_order()  # sorted here (in the unlock's worker), not at the first search

    def put(self, entry: Entry) -> None:
        """Add an entry, or replace the one with the same id."""
        self._records[entry.id] = _Record(entry)
        self._ordered = None
        self._last = None

    def remove(self, entry_id: int) -> None:
        """Forget an entry; an unknown id is ignored."""
        if self._records.pop(entry_id, None) is not None:
            self._ordered = None
            self._last = None

    def clear(self) -> None:
        """Drop every reference this index holds to entry text (on locking)."""
        self._records = {}
        self._ordered = None
        self._last = None

    def __len__(self) -> int:
        return len(self._records)

    def get(self, entry_id: int) -> Entry | None:
        record = self._records.get(entry_id)
        return record.entry if record else None

    def search(self, query: str, filters: Filters = Filters()) -> Hits:
        """Entries holding every word of ``query`` and passing ``filters``.

        Newest entry date first, then the most recently added. An empty query
        lists every entry that passes the filters.

        Typing on narrows: when each word of the last search (same filters, no
        entry changed since) is part of a word now typed, only what it found
        can match, so only that is searched again.
        """
        terms = _terms(query)
        last = self._last
        if last is not None and last[1] == filters and _narrower(terms, last[0]):
            records, todo = last[2], [t for t in terms if t not in last[0]]
        else:
            records, todo = self._in_order(), list(terms)
            if filters != _NO_FILTERS:
                tag = filters.tag.strip().casefold() if filters.tag is not None else None
                records = [r for r in records if _passes(r, filters, tag)]
        for term in todo:  # one pass a word, each over what the words before left
            records = [r for r in records if term in r.text]
        self._last = (terms, filters, records)
        return Hits(records, terms)

    def tags(self) -> list[str]:
        """Every tag in use, once each whatever its case, sorted ignoring case.

        When entries spell a tag differently ("NHS", "nhs") the commonest
        spelling is listed.
        """
        spellings: dict[str, Counter[str]] = {}
        for record in self._records.values():
            for tag in record.entry.draft.tags:
                spellings.setdefault(tag.casefold(), Counter())[tag] += 1
        chosen = [min(c, key=lambda t: (-c[t], t)) for c in spellings.values()]
        return sorted(chosen, key=lambda t: (t.casefold(), t))

    def _in_order(self) -> list[_Record]:
        if self._ordered is None:
            self._ordered = sorted(
                self._records.values(),
                key=lambda r: (r.entry.draft.entry_date, r.entry.id),
                reverse=True,
            )
        return self._ordered


class _Record:
    """One entry with the text search needs, prepared when the entry is put.

    ``text`` is the folded title, stage headings, tags and body, one per line,
    so one substring test covers them all; the body comes last, from
    ``body_start``, and lines up character for character with ``plain``.
    """

    __slots__ = ("entry", "text", "body_start", "plain", "tag_keys")

    def __init__(self, entry: Entry) -> None:
        draft = entry.draft
        self.entry = entry
        self.plain = unicodedata.normalize(
            "NFC", " ".join(filter(None, (plain_text(s.text) for s in draft.sections)))
        )
        head = "\n".join([draft.title, *(s.heading for s in draft.sections), *draft.tags, ""])
        self.text = fold(head + self.plain)
        self.body_start = len(head)
        self.tag_keys = frozenset(t.strip().casefold() for t in draft.tags)

    def highlight(self, terms: tuple[str, ...]) -> tuple[str, tuple[Span, ...], tuple[Span, ...]]:
        text, body = self.text, self.body_start
        found = [p for p in (text.find(t, body) for t in terms) if p >= 0]
        first = min(found) - body if found else 0
        start, end = _window(self.plain, first)
        prefix = ELLIPSIS if start > 0 else ""
        suffix = ELLIPSIS if end < len(self.plain) else ""
        snippet = prefix + self.plain[start:end] + suffix
        snippet_spans = _spans(text[body + start : body + end], terms, shift=len(prefix))
        title_spans = _spans(text[: len(self.entry.draft.title)], terms)
        return snippet, snippet_spans, title_spans


def _passes(record: _Record, filters: Filters, tag: str | None) -> bool:
    draft = record.entry.draft
    return (
        (tag is None or tag in record.tag_keys)
        and (filters.model_key is None or draft.model_key == filters.model_key)
        and (filters.goal_id is None or draft.links.goal_id == filters.goal_id)
        and (filters.meeting_id is None or draft.links.meeting_id == filters.meeting_id)
        and (filters.date_from is None or draft.entry_date >= filters.date_from)
        and (filters.date_to is None or draft.entry_date <= filters.date_to)
    )


def _narrower(terms: tuple[str, ...], before: tuple[str, ...]) -> bool:
    """Whether every entry holding ``terms`` holds ``before`` too."""
    return all(any(old in new for new in terms) for old in before)


def _terms(query: str) -> tuple[str, ...]:
    folded = (fold(unicodedata.normalize("NFC", word)) for word in query.split())
    return tuple(dict.fromkeys(t for t in folded if t.strip()))


def _window(plain: str, first: int) -> Span:
    """About SNIPPET_LENGTH characters of ``plain`` around ``first``, cut between words."""
    start = max(0, first - SNIPPET_LEAD)
    if start > 0:
        space = plain.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = min(len(plain), start + SNIPPET_LENGTH)
    if end < len(plain):
        space = plain.rfind(" ", first + 1, end + 1)
        end = space if space >= 0 else end
    return start, end


def _spans(folded: str, terms: tuple[str, ...], shift: int = 0) -> tuple[Span, ...]:
    spans = []
    for term in terms:
        at = folded.find(term)
        while at >= 0:
            spans.append((at + shift, at + shift + len(term)))
            at = folded.find(term, at + 1)
    spans.sort()
    merged: list[Span] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


# --- folding --------------------------------------------------------------

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NO_FILTERS = Filters()
_PUNCTUATION = {
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‐": "-",
    "‑": "-",
    "–": "-",
    "—": "-",
}
_FOLDED: dict[str, str] = {}


def fold(text: str) -> str:
    """``text`` lower-cased, without accents, with plain quotes and dashes, same length.

    A character whose folded form would be longer or empty ("ß", a lone
    combining accent) is only lower-cased, so offsets stay valid.
    """
    if text.isascii():
        return text.lower()
    folded = text
    for char in set(_NON_ASCII.findall(text)):
        folded = folded.replace(char, _fold_char(char))
    folded = folded.lower()
    if len(folded) == len(text):
        return folded
    return "".join(_fold_char(c) if not c.isascii() else c.lower() for c in text)


def _fold_char(char: str) -> str:
    folded = _FOLDED.get(char)
    if folded is None:
        folded = _PUNCTUATION.get(char) or "".join(
            c
            for c in unicodedata.normalize("NFKD", char.casefold())
            if not unicodedata.combining(c)
        )
        if len(folded) != 1:
            folded = char.lower() if len(char.lower()) == 1 else char
        _FOLDED[char] = folded
    return folded
