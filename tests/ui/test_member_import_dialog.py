"""A facilitator imports a set's members from a spreadsheet's CSV file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from alsdesk.ui.sets.import_model import NAME, OUTCOME
from tests.ui.conftest import click_button, type_into
from tests.ui.screens import on_laptops

FILE = (  # Excel's CSV on a machine with a decimal comma: semicolons, Windows cp1252
    "Full name;Role;Organization;E-mail;Mobile\r\n"
    "Zoë Lévêque;Ward Sister;Hôpital Saint-Louis;zoe.leveque@example.fr;0612\r\n"
    ";Matron;Eastfield Trust;nobody@eastfield.nhs.uk;\r\n"
    "Grace Mensah;Matron;Eastfield Trust;grace@eastfield;\r\n"
    "Ruth Adeyemi;Pharmacist;Northgate;ruth.adeyemi@northgate.nhs.uk;\r\n"
    "Ruth Adeyemi;Pharmacist;Northgate;;\r\n"
    "Daniel Price;Physiotherapist;Northgate;;\r\n"
    "AMIRA HASSAN;Ward Manager;Northgate NHS Trust;;\r\n"
)


@pytest.fixture
def cedar(window, make_set, make_member):
    action_set = make_set("Cedar set")
    make_member(action_set.id, "Daniel Price")
    oak = make_set("Oak set")
    make_member(oak.id, "Amira Hassan", email="amira.hassan@northgate.nhs.uk")
    window.sets_panel.reload(action_set.id)
    window.set_page.tabs.setCurrentWidget(window.set_page.members)
    return action_set


@pytest.fixture
def member_file(tmp_path):
    path = tmp_path / "cohort.csv"
    path.write_bytes(FILE.encode("cp1252"))
    return path


def _open_file(qtbot, dialog, path) -> None:
    type_into(qtbot, dialog, "path", str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # reads the file, imports nothing yet
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=30_000)
    assert dialog.isVisible()


def _outcomes(dialog) -> dict[str, str]:
    model = dialog.model
    return {
        model.index(row, 0).data(): model.index(row, OUTCOME).data()
        for row in range(model.rowCount())
    }


def test_the_preview_shows_each_rows_problem_and_only_good_rows_are_imported(
    qtbot, window, cedar, member_file, services, on_modal, screenshot
):
    seen = {}

    def importing(dialog):
        seen["ok_before"] = dialog.ok_button.isEnabled()
        _open_file(qtbot, dialog, member_file)
        seen["outcomes"] = _outcomes(dialog)
        seen["summary"] = dialog.summary.text()
        seen["zoe"] = dialog.model.index(0, NAME).data()
        seen["red"] = dialog.model.index(1, NAME).data(Qt.ItemDataRole.ForegroundRole)
        seen["ok"] = dialog.ok_button.text()
        folder = screenshot(dialog, "import-dialog").parent
        on_laptops(window, dialog, folder, "import-dialog")
        seen["hscroll"] = dialog.table.horizontalScrollBar().isVisible()
        click_button(qtbot, dialog, seen["ok"])

    on_modal(importing)
    window.set_page.members.import_action.trigger()

    assert not seen["ok_before"]
    outcomes = seen["outcomes"]
    assert outcomes["2"] == "New member"
    assert outcomes["3"] == "Not imported: Enter the member's name."
    assert "not an email address" in outcomes["4"]
    assert outcomes["5"] == "New member"
    assert outcomes["6"] == "Not imported: The same person as row 5."
    assert outcomes["7"] == "Not imported: Daniel Price is already a member of this set."
    assert outcomes["8"].startswith("Joins: Amira Hassan, already in alsdesk")
    assert seen["zoe"] == "Zoë Lévêque"
    assert seen["red"] is not None
    assert "Windows (cp1252) text, columns separated by semicolons" in seen["summary"]
    assert "Left out: Mobile." in seen["summary"]
    assert "3 of 7 rows will be added; the 4 marked in red will not." in seen["summary"]
    assert seen["ok"] == "Import 3 members"
    assert not seen["hscroll"]

    members = services.members.list_members(cedar.id)
    assert [m.person.full_name for m in members] == [
        "Daniel Price",
        "Zoë Lévêque",
        "Ruth Adeyemi",
        "Amira Hassan",
    ]
    assert members[3].other_sets == ("Oak set",)  # joined, not typed twice
    assert members[1].person.organisation == "Hôpital Saint-Louis"
    assert window.set_page.members.model.rowCount() == 4
    assert "imported 3 members" in window.statusBar().currentMessage()
    window.resize(1024, 768)
    QApplication.processEvents()
    screenshot(window, "members-imported-1024x768")
    bar = window.set_page.members.toolbar.bar
    assert all(bar.widgetForAction(a).isVisible() for a in bar.actions())  # none in overflow

    window.undo_action.trigger()
    assert [m.person.full_name for m in services.members.list_members(cedar.id)] == ["Daniel Price"]
    window.redo_action.trigger()
    assert len(services.members.list_members(cedar.id)) == 4


def test_unticking_a_known_person_imports_someone_new_of_that_name(
    qtbot, window, cedar, member_file, services, on_modal
):
    seen = {}

    def importing(dialog):
        _open_file(qtbot, dialog, member_file)
        amira = dialog.model.index(dialog.model.rowCount() - 1, OUTCOME)
        dialog.model.setData(amira, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        seen["outcome"] = amira.data()
        click_button(qtbot, dialog, "Import 3 members")

    on_modal(importing)
    window.set_page.members.import_action.trigger()

    assert seen["outcome"] == "New person, not the Amira Hassan already in alsdesk"
    amiras = [p for p in services.members.list_people() if p.full_name.casefold() == "amira hassan"]
    assert len(amiras) == 2


def test_a_file_that_is_not_a_member_list_is_explained_at_the_field(
    qtbot, window, cedar, tmp_path, services, on_modal
):
    path = tmp_path / "budget.csv"
    path.write_text("Cost centre,Amount\nWard 7,1200\n", encoding="utf-8")
    seen = {}

    def importing(dialog):
        type_into(qtbot, dialog, "path", str(path))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.error_text("path") != "", timeout=30_000)
        seen["error"] = dialog.error_text("path")
        seen["ok"] = dialog.ok_button.isEnabled()

    on_modal(importing)
    window.set_page.members.import_action.trigger()

    assert seen["error"].startswith("No column of names")
    assert not seen["ok"]
    assert len(services.members.list_members(cedar.id)) == 1
