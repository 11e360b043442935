"""The patient-data guard applied to whole journal entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from alsdesk.services.journal.entries import Entry, EntryDraft
from alsdesk.services.patient_data import Finding, find_identifiers


def entry_texts(draft: EntryDraft) -> list[str]:
    return [draft.title, *draft.tags, *(s.text for s in draft.sections)]


def entry_identifiers(draft: EntryDraft, today: dt.date) -> list[Finding]:
    """What in the entry's title, tags or text looks like a patient identifier."""
    return [found for text in entry_texts(draft) for found in find_identifiers(text, today)]


def flagged_entries(entries: Sequence[Entry], today: dt.date) -> list[Entry]:
    return [entry for entry in entries if entry_identifiers(entry.draft, today)]
