"""Make fixtures/revision_0005_journal.sqlite3 (run once, by the release that made 0005).

    python -m tests.store.make_fixture_0005

The 0004 data, plus a journal (passphrase below, with the real key-stretching
costs) holding one Gibbs entry linked to Ruth's meeting and goal, and a template.
"""

from __future__ import annotations

import datetime as dt
import sys

from alsdesk.services import Services
from alsdesk.services.goals import GoalDraft
from alsdesk.services.journal.entries import EntryDraft, EntryLinks, Section, TemplateDraft
from tests.store import make_fixture_0004
from tests.store.fixture_writer import write_fixture

REVISION = "0005_journal"
PASSPHRASE = "fixture lantern orchard tide"


def fill(services: Services) -> None:
    make_fixture_0004.fill(services)
    me = services.people.me()
    goal = services.goals.create(me.id, GoalDraft("Protected time for supervision"))
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    meeting_id = services.journal.link_options().meetings[0].id
    services.journal.add(
        EntryDraft(
            entry_date=dt.date(2026, 10, 12),
            title="The handover that went wrong",
            model_key="gibbs",
            model_name="Gibbs' reflective cycle",
            sections=(
                Section("Description", "What happened?", "Night handover ran **late**."),
                Section("Feelings", "What did you feel?", "- rushed\n- cross"),
            ),
            tags=("handover",),
            links=EntryLinks(meeting_id=meeting_id, goal_id=goal.id, dimensions=(2, 6)),
        )
    )
    services.journal.add_template(
        TemplateDraft("After a complaint", (Section("The complaint", "In brief."),))
    )


if __name__ == "__main__":
    sys.exit(write_fixture(REVISION, fill))
