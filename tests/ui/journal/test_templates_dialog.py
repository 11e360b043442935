"""A member opens their templates and is told when one of them is damaged."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from alsdesk.services.journal.entries import Section, TemplateDraft
from alsdesk.store.vault import vault_beside
from alsdesk.ui.journal.templates_dialog import TemplatesDialog

PASSPHRASE = "copper lantern drifts over quiet harbour"


def test_a_damaged_template_is_counted_while_the_rest_are_listed(qtbot, services, store):
    journal = services.journal
    journal.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    journal.add_template(TemplateDraft("Huddle", (Section("What happened?", ""),)))
    spoilt = journal.add_template(TemplateDraft("Complaint", (Section("In brief", ""),)))
    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        conn.execute("UPDATE journal_template SET sealed = X'00' WHERE id = ?", (spoilt.id,))
        conn.commit()
    dialog = TemplatesDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert not dialog.damaged.isHidden()
    assert dialog.damaged.text() == "1 template is damaged and cannot be opened."


def test_a_template_deleted_outside_alsdesk_is_said_beside_a_damaged_one(qtbot, services, store):
    journal = services.journal
    journal.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    journal.add_template(TemplateDraft("Huddle", (Section("What happened?", ""),)))
    spoilt = journal.add_template(TemplateDraft("Complaint", (Section("In brief", ""),)))
    gone = journal.add_template(TemplateDraft("Appraisal", (Section("This year", ""),)))
    store.engine.dispose()
    with closing(sqlite3.connect(vault_beside(store.path))) as conn, conn:
        conn.execute("UPDATE journal_template SET sealed = X'00' WHERE id = ?", (spoilt.id,))
        conn.execute("DELETE FROM journal_template WHERE id = ?", (gone.id,))
    dialog = TemplatesDialog(journal)
    qtbot.addWidget(dialog)

    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Huddle"]
    assert dialog.damaged.text() == (
        "1 template is damaged and cannot be opened. "
        "1 template was deleted outside alsdesk; a backup has it."
    )
