"""The set's record and its actions leave the app from the File menu, in the background."""

from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from alsdesk.services.demo import create_demo
from tests.ui.conftest import TODAY


@pytest.fixture
def demo(window, services):
    action_set, _created = create_demo(services, TODAY)
    window.sets_panel.reload(action_set.id)
    return action_set


def export_to(qtbot, window, monkeypatch, action, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage(), timeout=30_000)


def test_the_set_record_pdf_holds_every_held_meeting(qtbot, window, demo, monkeypatch, tmp_path):
    target = tmp_path / "record"  # the suffix is added
    export_to(qtbot, window, monkeypatch, window.export_record_action, target)

    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(f"{target}.pdf").pages
    )
    assert "Demonstration set: Birch" in text
    assert "Set meeting 1" in text and "Set meeting 2" in text
    for member in ("Amira Hassan", "Siobhan Kelly", "Tomasz Nowak"):
        assert member in text


def test_the_actions_csv_has_a_row_per_action(qtbot, window, demo, services, monkeypatch, tmp_path):
    target = tmp_path / "actions.csv"
    export_to(qtbot, window, monkeypatch, window.export_actions_action, target)

    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    tracked = services.actions.tracker(demo.id)
    assert len(rows) == len(tracked) > 0
    assert [r["Action"] for r in rows] == [a.text for a in tracked]
    assert {r["Member"] for r in rows} <= {
        m.person.full_name for m in services.members.list_members(demo.id)
    }


def test_record_exports_wait_for_a_set(window):
    assert not window.export_record_action.isEnabled()
    assert not window.export_actions_action.isEnabled()
