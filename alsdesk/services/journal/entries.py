"""What a journal entry holds, as plain frozen dataclasses, and its byte form.

An entry is only ever in this form in memory, after unlocking. On disk it is the
sealed bytes of ``encode(draft)`` (see ``alsdesk.crypto``); nothing here knows
about encryption or the database.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

FORMAT_VERSION = 1


@dataclass(frozen=True)
class Section:
    """One stage of a reflective model (or the whole text of free writing).

    ``heading`` and ``prompt`` are copied from the model when the entry is made,
    so an entry reads the same if a template is later changed or deleted.
    ``text`` is Markdown.
    """

    heading: str
    prompt: str
    text: str = ""


@dataclass(frozen=True)
class EntryLinks:
    """Optional links to shared data, kept inside the entry's ciphertext."""

    meeting_id: int | None = None
    goal_id: int | None = None
    dimensions: tuple[int, ...] = ()  # leadership dimension numbers 1-9
    round_id: int | None = None  # a 360 feedback round (in the vault too), to reflect on


@dataclass(frozen=True)
class EntryDraft:
    """Everything the user writes in one entry."""

    entry_date: dt.date
    title: str
    model_key: str  # a reflective model key ("gibbs", "free", ...) or "template:<uid>"
    model_name: str  # the model's name when the entry was made, for display
    sections: tuple[Section, ...]
    tags: tuple[str, ...] = ()
    links: EntryLinks = field(default_factory=EntryLinks)

    @property
    def body(self) -> str:
        """All sections' text, each under its heading, as one Markdown document."""
        if len(self.sections) == 1:
            return self.sections[0].text
        return "\n\n".join(f"## {s.heading}\n\n{s.text}" for s in self.sections if s.text.strip())


@dataclass(frozen=True)
class Entry:
    """A stored entry: its row id, what was written, and when."""

    id: int
    draft: EntryDraft
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int = 0  # the row's version counter when read (0: not known)


@dataclass(frozen=True)
class TemplateDraft:
    """A user's own reflective template: a name and its stages."""

    name: str
    stages: tuple[Section, ...]  # text is unused (empty); heading + prompt


@dataclass(frozen=True)
class Template:
    id: int
    uid: str
    draft: TemplateDraft


class EntryFormatError(ValueError):
    """Decrypted bytes that are not an entry this version can read (a bug, not tampering)."""


def encode_entry(draft: EntryDraft, created_at: dt.datetime, updated_at: dt.datetime) -> bytes:
    """The bytes that get sealed: compact JSON, UTF-8."""
    data = {
        "v": FORMAT_VERSION,
        "date": draft.entry_date.isoformat(),
        "title": draft.title,
        "model": draft.model_key,
        "model_name": draft.model_name,
        "sections": [[s.heading, s.prompt, s.text] for s in draft.sections],
        "tags": list(draft.tags),
        "meeting": draft.links.meeting_id,
        "goal": draft.links.goal_id,
        "dimensions": list(draft.links.dimensions),
        **({"round": draft.links.round_id} if draft.links.round_id is not None else {}),
        "created": created_at.isoformat(),
        "updated": updated_at.isoformat(),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_entry(entry_id: int, raw: bytes) -> Entry:
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("v") != FORMAT_VERSION:
            raise EntryFormatError(f"Unknown journal entry format {data.get('v')!r}")
        draft = EntryDraft(
            entry_date=dt.date.fromisoformat(data["date"]),
            title=data["title"],
            model_key=data["model"],
            model_name=data["model_name"],
            sections=tuple(Section(h, p, t) for h, p, t in data["sections"]),
            tags=tuple(data["tags"]),
            links=EntryLinks(
                meeting_id=data["meeting"],
                goal_id=data["goal"],
                dimensions=tuple(data["dimensions"]),
                round_id=data.get("round"),
            ),
        )
        return Entry(
            id=entry_id,
            draft=draft,
            created_at=dt.datetime.fromisoformat(data["created"]),
            updated_at=dt.datetime.fromisoformat(data["updated"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, EntryFormatError):
            raise
        raise EntryFormatError(f"Journal entry {entry_id} is not in the expected form") from exc


def encode_template(draft: TemplateDraft) -> bytes:
    data = {
        "v": FORMAT_VERSION,
        "name": draft.name,
        "stages": [[s.heading, s.prompt] for s in draft.stages],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_template(template_id: int, uid: str, raw: bytes) -> Template:
    try:
        data = json.loads(raw.decode("utf-8"))
        stages = tuple(Section(h, p) for h, p in data["stages"])
        return Template(template_id, uid, TemplateDraft(name=data["name"], stages=stages))
    except (KeyError, TypeError, ValueError) as exc:
        raise EntryFormatError(
            f"Journal template {template_id} is not in the expected form"
        ) from exc
