"""Make fixtures/revision_0006_versions_manifest.sqlite3 (run once, by the release that made 0006).

    python -m tests.store.make_fixture_0006

The 0005 data (its journal under the same passphrase), with the entry edited
once (version 2) and a second entry, so the journal's sealed manifest records
two entries and a template.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys

from alsdesk.services import Services
from alsdesk.services.journal.entries import EntryDraft, Section
from tests.store import make_fixture_0005
from tests.store.fixture_writer import write_fixture

REVISION = "0006_versions_manifest"
PASSPHRASE = make_fixture_0005.PASSPHRASE


def fill(services: Services) -> None:
    make_fixture_0005.fill(services)
    journal = services.journal
    [entry] = journal.read_all().entries
    journal.save(entry.id, dataclasses.replace(entry.draft, tags=("handover", "nights")))
    journal.add(
        EntryDraft(
            entry_date=dt.date(2026, 11, 2),
            title="Asking for help",
            model_key="free",
            model_name="Free writing",
            sections=(Section("Reflection", "Write freely.", "I asked Ruth first."),),
        )
    )
    journal.vault.lock()


if __name__ == "__main__":
    sys.exit(write_fixture(REVISION, fill))
