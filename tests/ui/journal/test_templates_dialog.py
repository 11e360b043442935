"""A member opens their templates and is told when one of them is damaged."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from alsdesk.services.journal.entries import Section, TemplateDraft
from alsdesk.ui.journal.templates_dialog import TemplatesDialog

PASSPHRASE = "copper lantern drifts over quiet harbour"


def test_a_damaged_template_is_counted_while_the_rest_are_listed(qtbot, services, store):
    journal = services.journal
    journal.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    journal.add_template(TemplateDraft("Huddle", (Section("What happened?", ""),)))
    spoilt = journal.add_template(TemplateDraft("Complaint", (Section("In brief", ""),)))
    with closing(sqlite3.connect(store.path)) as conn:
        conn.execute("UPDATE journal_template SET sealed = X'00' WHERE id = ?", (spoilt.id,))
        conn.commit()
    dialog = TemplatesDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert not dialog.damaged.isHidden()
    assert dialog.damaged.text() == "1 template is damaged and cannot be opened."
