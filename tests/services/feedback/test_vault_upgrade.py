"""A vault from before 360 feedback (revision vault_0001) gains its tables and keeps its journal."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

from alsdesk.crypto.kdf import fast_params
from alsdesk.services.feedback.model import RespondentDraft, RoundDraft, default_prompts
from alsdesk.services.feedback.service import FeedbackService
from alsdesk.services.journal.entries import EntryDraft, Section
from alsdesk.services.journal.service import JournalService
from alsdesk.services.vault import Vault
from alsdesk.store import vault as store_vault
from alsdesk.store.engine import current_revision
from alsdesk.store.vault import VAULT_HEAD, open_vault

PASSPHRASE = "sturdy lantern orchard tide"


def test_a_vault_at_revision_0001_upgrades_and_keeps_its_journal(tmp_path):
    path = tmp_path / "private.sqlite3"
    store_vault._build(path, {})
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "vault_0001_journal"
        )
    # A journal written at revision 0001 (the tables are the same there as at head).
    opened = open_vault(path, tmp_path / "backups")
    vault = Vault(opened, kdf_params=fast_params)
    journal = JournalService(vault, lambda: None)
    vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    journal.add(
        EntryDraft(dt.date(2026, 11, 2), "Kept", "free", "Free", (Section("R", "", "text"),))
    )
    assert current_revision(opened.engine) == VAULT_HEAD == "vault_0003_feedback_theme"
    opened.close()
    # The upgrade made a backup of the 0001 file first.
    assert any((tmp_path / "backups").iterdir())

    again = open_vault(path)
    try:
        vault = Vault(again, kdf_params=fast_params)
        journal = JournalService(vault, lambda: None)
        feedback = FeedbackService(vault)
        vault.unlock(PASSPHRASE)
        assert [e.draft.title for e in journal.read_all().entries] == ["Kept"]
        found = feedback.create_round(RoundDraft("First", dt.date(2027, 1, 8), default_prompts()))
        feedback.add_respondent(found.id, RespondentDraft("Grace Mensah"))
        assert [r.name for r in feedback.contents(found.id).respondents] == ["Grace Mensah"]
    finally:
        again.close()
