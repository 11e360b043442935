"""What the window and the command line know about one kind of document."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alsdesk.i18n import translate


class Subject(enum.Enum):
    """What a document is about, as the window and the command line hand it over."""

    SET = "set"  # a set id
    MEETING = "meeting"  # a held meeting's id
    GOAL = "goal"  # a goal id
    PERSON = "person"  # a person id
    JOURNAL_CHOICE = "journal choice"  # the entries a member chose, and whether to redact
    FEEDBACK_CHOICE = "feedback choice"  # a 360 round, which version, and whether to redact


Text = Callable[[], str]
"""A user-visible string, translated when asked for (the GUI's hook is installed late)."""


@dataclass(frozen=True)
class Document:
    """One kind of document: how to gather it, write it and name its file.

    ``gather`` and ``write`` run off the GUI thread in the app; ``file_name``
    runs on it before the save dialog, so it only looks up names.
    """

    name: str
    """Its key: pages offer it by this name (``Page.exports``) and ask for it."""
    subject: Subject
    suffix: str
    """The file's suffix, lower case with its dot; added when the user leaves it off."""
    about: Text
    """What it is, for ``alsdesk export --help``: "a set's schedule"."""
    title: Text
    """The save dialog's title, e.g. "Export schedule"."""
    progress: Text
    """The status bar while it is written, e.g. "Exporting the schedule…"."""
    file_name: Callable[[Any, Any], str]
    """``(services, subject)``: the suggested name without the suffix."""
    gather: Callable[[Any, Any, dt.date], Any]
    """``(services, subject, today)``: everything the writer needs, read in one go."""
    write: Callable[[Any, Path], None]
    """``(data, path)``: write what ``gather`` returned to ``path``."""
    summary: Callable[[Any], str]
    """``(data)``: what was written, for the command line's "Wrote … to FILE"."""
    command: str | None = None
    """``alsdesk export COMMAND`` writes it; None keeps it to the app (the journal)."""
    personal: bool = False
    """Private text: written only when its owner chooses, never logged."""

    def file_filter(self) -> str:
        """The save dialog's filter, e.g. "PDF (*.pdf)"."""
        kinds = {
            ".ics": translate("documents", "Calendar (*.ics)"),
            ".csv": translate("documents", "CSV (*.csv)"),
            ".pdf": translate("documents", "PDF (*.pdf)"),
        }
        return kinds[self.suffix]

    def with_suffix(self, path: Path) -> Path:
        """``path`` ending in the document's suffix (added unless it is there in any case)."""
        path = Path(path)
        return (
            path if path.suffix.lower() == self.suffix else path.with_name(path.name + self.suffix)
        )


def file_stem(name: str) -> str:
    """A set's or person's name as a file name on every platform."""
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "set"
