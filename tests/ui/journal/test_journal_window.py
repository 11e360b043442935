"""A member keeps their journal in the main window: set up, write, search, lock, export."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTextEdit,
)

from alsdesk.services.journal.entries import EntryDraft, EntryLinks, Section
from alsdesk.store.vault import vault_beside
from tests.exports.conftest import pdf_pages
from tests.ui.conftest import click, click_button, positions

PASSPHRASE = "sturdy lantern orchard tide"


def set_up_through_the_window(qtbot, window, with_recovery=False):
    click(qtbot, window.journal_button)
    page = window.journal_page
    assert page.stack.currentWidget() is page.setup_panel
    panel = page.setup_panel
    qtbot.keyClicks(panel.findChild(QLineEdit, "passphrase"), PASSPHRASE)
    qtbot.keyClicks(panel.findChild(QLineEdit, "confirmation"), PASSPHRASE)
    recovery = panel.findChild(QCheckBox, "with_recovery")
    if recovery.isChecked() != with_recovery:
        click(qtbot, recovery)
    click(qtbot, panel.findChild(QPushButton, "create"))
    qtbot.waitUntil(lambda: page.workspace is not None)
    return page.workspace


def unlock_through_the_window(qtbot, window, passphrase=PASSPHRASE):
    page = window.journal_page
    field = page.unlock_panel.findChild(QLineEdit, "passphrase")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, passphrase)
    click(qtbot, page.unlock_panel.findChild(QPushButton, "unlock"))
    # The key, the entries and the index are made in a worker: wait for it to end.
    qtbot.waitUntil(lambda: not page.unlock_panel.busy, timeout=30_000)


def entry(title, text, day=dt.date(2026, 11, 2), **overrides) -> EntryDraft:
    values = {"model_key": "free", "model_name": "Free writing"}
    values.update(overrides)
    return EntryDraft(day, title, sections=(Section("Reflection", "", text),), **values)


@pytest.fixture
def journal_with_entries(services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    services.journal.add(entry("Bed meeting", "I spoke up about the escalation beds."))
    services.journal.add(entry("Handover", "Night handover ran late again.", dt.date(2026, 11, 9)))
    services.journal.add(entry("Supervision", "Talked about delegation.", dt.date(2026, 10, 1)))
    services.vault.lock()
    return services.journal


@pytest.fixture
def cedar_with_my_goal(services, make_set):
    """Ruth's own goal and a held meeting of Cedar set: (goal id, meeting id)."""
    from alsdesk.services.goals import GoalDraft

    cedar = make_set("Cedar set")
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    me = services.people.set_me("Ruth Okafor")
    goal = services.goals.create(me.id, GoalDraft("Fewer agency shifts"))
    event = next(e for e in services.schedule.list_events(cedar.id) if e.kind == "set_meeting")
    return goal.id, services.meetings.open_for_event(event.id).id


def new_entry(workspace, model_name):
    workspace._fill_new_menu()
    action = next(a for a in workspace.new_menu.actions() if a.text() == model_name)
    action.trigger()


def decrypted_text_in(widget) -> str:
    parts = []
    for child in widget.findChildren(QLineEdit):
        parts.append(child.text())
    for child in widget.findChildren(QPlainTextEdit):
        parts.append(child.toPlainText())
    for child in widget.findChildren(QTextEdit):
        parts.append(child.toPlainText())
    for child in widget.findChildren(QLabel):
        parts.append(child.text())
    return "\n".join(parts)


def test_a_member_sets_up_the_journal_and_writes_a_gibbs_entry(qtbot, window, services, screenshot):
    workspace = set_up_through_the_window(qtbot, window)
    assert services.vault.is_set_up()
    hint = workspace.browser.empty.hint
    assert workspace.browser.empty.currentWidget() is hint and "No entries yet" in hint.text()

    new_entry(workspace, "Gibbs")
    editor = workspace.editor
    qtbot.keyClicks(editor.title, "The discharge that went wrong")
    description = editor.findChild(QPlainTextEdit, "section_1")
    qtbot.keyClicks(description, "A patient waited **six hours** for transport.")
    feelings = editor.findChild(QPlainTextEdit, "section_2")
    qtbot.keyClicks(feelings, "- frustrated")
    qtbot.keyClick(feelings, Qt.Key.Key_Return)
    qtbot.keyClicks(feelings, "- responsible")
    assert editor.findChild(QLabel, "words_1").text() == "7 words"
    assert editor.findChild(QLabel, "words_2").text() == "2 words"
    assert editor.total_words.text() == "Entry: 9 words"
    qtbot.waitUntil(lambda: editor.save_state.text().startswith("Saved"), timeout=30_000)

    [saved] = services.journal.read_all().entries
    assert saved.draft.title == "The discharge that went wrong"
    assert saved.draft.model_key == "gibbs"
    headings = [s.heading for s in saved.draft.sections]
    assert headings[:2] == ["Description", "Feelings"] and len(headings) == 6
    assert saved.draft.sections[1].text == "- frustrated\n- responsible"
    assert workspace.browser.list_model.rowCount() == 1

    editor.tabs.setCurrentIndex(1)
    shown = editor.reading.toPlainText()
    assert "six hours" in shown and "**" not in shown and "Feelings" in shown
    screenshot(window, "journal_gibbs_entry")


def test_search_finds_entries_as_the_member_types_and_marks_the_words(
    qtbot, window, journal_with_entries, screenshot
):
    click(qtbot, window.journal_button)
    assert window.journal_page.stack.currentWidget() is window.journal_page.unlock_panel
    unlock_through_the_window(qtbot, window)
    workspace = window.journal_page.workspace
    assert workspace is not None
    browser = workspace.browser
    assert browser.list_model.rowCount() == 3
    # Newest first.
    titles = [browser.list_model.hit(r).entry.draft.title for r in range(3)]
    assert titles == ["Handover", "Bed meeting", "Supervision"]

    qtbot.keyClicks(browser.search, "escal")
    qtbot.waitUntil(lambda: browser.list_model.rowCount() == 1)
    hit = browser.list_model.hit(0)
    assert hit.entry.draft.title == "Bed meeting"
    [(start, end)] = hit.snippet_spans
    assert hit.snippet[start:end].lower() == "escal"
    assert browser.count.text() == "1 of 3 entries"
    screenshot(window, "journal_search")

    browser.search.clear()
    qtbot.keyClicks(browser.search, "nothing like this")
    qtbot.waitUntil(lambda: browser.list_model.rowCount() == 0)
    assert "Nothing matches" in browser.empty.hint.text()


def test_the_journal_locks_itself_when_idle_and_clears_every_widget(
    qtbot, window, journal_with_entries, clock, services
):
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    page = window.journal_page
    workspace = page.workspace
    workspace.browser.select(workspace.browser.list_model.hit(0).entry.id)
    assert "Night handover" in decrypted_text_in(page)

    idle_check = page.idle.findChild(QTimer)
    with qtbot.waitSignal(idle_check.timeout, timeout=30_000):
        clock.advance(minutes=9)
    assert page.workspace is not None  # nine minutes is not yet idle

    clock.advance(minutes=2)
    qtbot.waitUntil(lambda: page.workspace is None, timeout=30_000)
    assert not services.journal.is_unlocked
    assert page.stack.currentWidget() is page.unlock_panel
    assert len(page.session.index) == 0
    text = decrypted_text_in(window)
    for word in ("Night handover", "escalation", "Supervision", "delegation"):
        assert word not in text

    unlock_through_the_window(qtbot, window, "sturdy lantern orchard")
    assert "does not open this journal" in page.unlock_panel.error_text()
    assert page.workspace is None
    unlock_through_the_window(qtbot, window)
    qtbot.waitUntil(lambda: page.workspace is not None)
    assert page.workspace.browser.list_model.rowCount() == 3


def test_the_member_locks_on_demand_and_typing_is_saved_first(qtbot, window, services):
    workspace = set_up_through_the_window(qtbot, window)
    new_entry(workspace, "Free writing")
    qtbot.keyClicks(workspace.editor.findChild(QPlainTextEdit, "section_1"), "Typed just now")
    click(qtbot, workspace.lock_button)
    assert window.journal_page.workspace is None
    services.vault.unlock(PASSPHRASE)
    [saved] = services.journal.read_all().entries
    assert saved.draft.sections[0].text == "Typed just now"


def test_a_patient_identifier_shows_a_quiet_warning_in_the_editor(qtbot, window):
    workspace = set_up_through_the_window(qtbot, window)
    new_entry(workspace, "Free writing")
    editor = workspace.editor
    assert "seems to hold" not in editor.guard.text()
    assert "no patient can be identified" in editor.guard.text()  # the guidance, quietly
    boxes = editor.findChildren(QPlainTextEdit)
    before = positions(window, boxes)

    qtbot.keyClicks(editor.findChild(QPlainTextEdit, "section_1"), "Mr X, NHS no 943 476 5919")

    assert "NHS number" in editor.guard.text() and "943" not in editor.guard.text()
    assert editor.guard.property("found")
    assert positions(window, boxes) == before  # the warning took the guidance's room


def test_chosen_entries_export_to_pdf_with_identifiers_removed_when_asked(
    qtbot, window, services, on_modal, monkeypatch, tmp_path
):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    services.journal.add(entry("Bed meeting", "Patient 943 476 5919 waited in LS1 4AP."))
    services.journal.add(entry("Not chosen", "This stays private.", dt.date(2026, 11, 3)))
    services.journal.add(entry("Handover", "Night handover ran late.", dt.date(2026, 11, 9)))
    services.vault.lock()
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    browser = window.journal_page.workspace.browser
    selection = browser.view.selectionModel()
    selection.clearSelection()
    for row in range(browser.list_model.rowCount()):
        if browser.list_model.hit(row).entry.draft.title != "Not chosen":
            selection.select(
                browser.list_model.index(row), QItemSelectionModel.SelectionFlag.Select
            )
    target = tmp_path / "for tutor.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = {}

    def answer(box):
        asked["text"] = box.text()
        click_button(qtbot, box, "Remove those details, then export")

    on_modal(answer)
    click(qtbot, window.journal_page.workspace.export_button)
    qtbot.waitUntil(lambda: target.exists() and not window.progress.isVisible(), timeout=30_000)

    assert "1 of the 2 chosen entries" in asked["text"] and "Bed meeting" in asked["text"]
    text = "\n".join(pdf_pages(target))
    assert "Bed meeting" in text and "Handover" in text
    assert "Not chosen" not in text and "stays private" not in text
    assert "943 476 5919" not in text and "LS1 4AP" not in text
    assert "[NHS number removed]" in text
    if os.name == "posix":  # the journal's words: readable by their author only
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_quitting_locks_the_journal_and_leaves_no_plaintext_on_disk(
    qtbot, make_window, services, store, data_paths
):
    canary = "Quokkacanary5521"
    window = make_window()
    workspace = set_up_through_the_window(qtbot, window, with_recovery=False)
    new_entry(workspace, "Gibbs")
    editor = workspace.editor
    qtbot.keyClicks(editor.title, f"Title {canary}")
    qtbot.keyClicks(editor.tags, f"tag{canary}, other")
    for number in range(1, 7):
        qtbot.keyClicks(editor.findChild(QPlainTextEdit, f"section_{number}"), f"{canary} {number}")
    qtbot.keyClicks(workspace.browser.search, canary)
    window.close()
    assert not services.journal.is_unlocked
    QApplication.processEvents()
    store.close()

    files = [p for p in data_paths.root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files)
    for path in files:
        data = path.read_bytes()
        for form in (canary.encode(), canary.encode("utf-16-le"), canary.lower().encode()):
            assert form not in data, path


def test_a_member_makes_a_template_and_writes_with_it(qtbot, window, services, on_modal):
    workspace = set_up_through_the_window(qtbot, window)

    def make(dialog):
        def fill(form):
            form.findChild(QLineEdit, "name").setFocus()
            qtbot.keyClicks(form.findChild(QLineEdit, "name"), "Safety huddle")
            table = form.stages
            table.setItem(0, 0, QTableWidgetItem("What happened?"))
            table.setItem(0, 1, QTableWidgetItem("In two lines."))
            table.setItem(1, 0, QTableWidgetItem("What next?"))
            click_button(qtbot, form, "OK")

        on_modal(fill)
        click(qtbot, dialog.findChild(QPushButton, "new_template"))
        assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == ["Safety huddle"]
        click_button(qtbot, dialog, "Close")

    on_modal(make)
    workspace.templates_requested.emit()

    new_entry(workspace, "Safety huddle")
    editor = workspace.editor
    assert editor.findChild(QLabel, "prompt_1").text() == "In two lines."
    assert [s.section.heading for s in editor._sections] == ["What happened?", "What next?"]
    qtbot.keyClicks(editor.findChild(QPlainTextEdit, "section_2"), "Call the huddle earlier")
    editor.flush()
    [saved] = services.journal.read_all().entries
    assert saved.draft.model_name == "Safety huddle"
    assert saved.draft.model_key.startswith("template:")


def test_an_entry_changed_on_disk_is_reported_and_the_rest_open(
    qtbot, window, journal_with_entries, store
):
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(vault_beside(store.path))) as conn:
        row_id, sealed = conn.execute("SELECT id, sealed FROM journal_entry LIMIT 1").fetchone()
        spoilt = bytearray(sealed)
        spoilt[-3] ^= 0xFF
        conn.execute("UPDATE journal_entry SET sealed = ? WHERE id = ?", (bytes(spoilt), row_id))
        conn.commit()
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    browser = window.journal_page.workspace.browser
    assert browser.list_model.rowCount() == 2
    assert browser.damaged.isVisible()
    assert browser.damaged.text().startswith("1 entry could not be opened")


def test_filters_narrow_the_list_by_tag_model_link_and_dates(
    qtbot, window, services, cedar_with_my_goal
):
    goal_id, meeting_id = cedar_with_my_goal
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    services.journal.add(entry("Tagged", "a", dt.date(2026, 10, 5), tags=("Conflict",)))
    services.journal.add(
        entry("Gibbs one", "b", dt.date(2026, 11, 1), model_key="gibbs", model_name="Gibbs")
    )
    services.journal.add(
        entry("About my goal", "c", dt.date(2026, 11, 10), links=EntryLinks(goal_id=goal_id))
    )
    services.journal.add(
        entry("After the meeting", "d", dt.date(2026, 11, 12), links=EntryLinks(meeting_id))
    )
    services.vault.lock()
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    browser = window.journal_page.workspace.browser
    click(qtbot, browser.filters_button)
    assert browser.filter_panel.isVisible()

    def shown():
        model = browser.list_model
        return [model.hit(r).entry.draft.title for r in range(model.rowCount())]

    browser.tag.setCurrentIndex(browser.tag.findData("Conflict"))
    assert shown() == ["Tagged"]
    assert browser.filters_button.text() == "Filters (1)"
    click(qtbot, browser.clear_filters_button)
    browser.model.setCurrentIndex(browser.model.findData("gibbs"))
    assert shown() == ["Gibbs one"]
    click(qtbot, browser.clear_filters_button)
    browser.link.setCurrentIndex(browser.link.findData(f"goal:{goal_id}"))
    assert shown() == ["About my goal"]
    browser.link.setCurrentIndex(browser.link.findData(f"meeting:{meeting_id}"))
    assert shown() == ["After the meeting"]
    click(qtbot, browser.clear_filters_button)
    browser.date_from.set_value(dt.date(2026, 11, 1))
    browser.date_to.set_value(dt.date(2026, 11, 10))
    assert shown() == ["About my goal", "Gibbs one"]


def test_an_entry_links_a_meeting_a_goal_and_dimensions(
    qtbot, window, services, cedar_with_my_goal
):
    goal_id, meeting_id = cedar_with_my_goal
    workspace = set_up_through_the_window(qtbot, window)
    new_entry(workspace, "Driscoll / Rolfe")
    editor = workspace.editor
    qtbot.keyClicks(editor.title, "What happened at set 1")
    editor.meeting.setCurrentIndex(editor.meeting.findData(meeting_id))
    editor.goal.setCurrentIndex(editor.goal.findData(goal_id))
    for action in editor.dimensions_menu.actions():
        if action.data() in (2, 6):
            action.trigger()
    assert editor.dimensions.text() == "Dimensions (2)"
    qtbot.keyClicks(editor.tags, "set, Set, listening")
    editor.flush()
    [saved] = services.journal.read_all().entries
    assert saved.draft.links == EntryLinks(meeting_id, goal_id, (2, 6))
    assert saved.draft.tags == ("set", "listening")
    editor.tabs.setCurrentIndex(1)
    shown = editor.reading.toPlainText()
    assert "Goal: Fewer agency shifts" in shown and "Engaging the team" in shown


def test_the_idle_time_is_the_members_to_choose(qtbot, window, services, clock, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    workspace = set_up_through_the_window(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (2, True))
    workspace.choose_idle_minutes()
    assert services.vault.idle_minutes() == 2
    clock.advance(minutes=2, seconds=1)
    qtbot.waitUntil(lambda: window.journal_page.workspace is None, timeout=30_000)


def test_going_idle_with_a_question_open_closes_it_then_locks(
    qtbot, window, journal_with_entries, clock, services, on_modal
):
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    page = window.journal_page
    assert page.workspace.editor.entry_id is not None
    seen = {}

    def go_idle(dialog):
        seen["asked"] = dialog.windowTitle()
        clock.advance(minutes=11)

    on_modal(go_idle, leave_open=True)  # the idle lock closes it
    click(qtbot, page.workspace.delete_button)  # returns once the idle lock closes the question
    qtbot.waitUntil(lambda: page.workspace is None, timeout=30_000)
    assert seen["asked"] == "Delete entry"
    services.vault.unlock(PASSPHRASE)
    assert len(services.journal.read_all().entries) == 3  # nothing was deleted


def test_export_takes_only_entries_the_list_shows(qtbot, window, journal_with_entries, on_modal):
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    workspace = window.journal_page.workspace
    browser = workspace.browser
    assert workspace.editor.title.text() == "Handover"
    qtbot.keyClicks(browser.search, "delegation")
    qtbot.waitUntil(lambda: browser.list_model.rowCount() == 1)
    browser.view.clearSelection()
    told = {}

    def read(box):
        told["text"] = box.text()
        click_button(qtbot, box, "OK")

    on_modal(read)
    click(qtbot, workspace.export_button)
    assert told["text"].startswith("Choose the entries to export")


def test_locking_empties_the_clipboard_of_journal_text(qtbot, window, journal_with_entries):
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    QApplication.clipboard().setText("Night handover ran late")
    click(qtbot, window.journal_page.workspace.lock_button)
    assert QApplication.clipboard().text() == ""
    QApplication.clipboard().setText("not from the journal at all")
    unlock_through_the_window(qtbot, window)
    click(qtbot, window.journal_page.workspace.lock_button)
    assert QApplication.clipboard().text() == "not from the journal at all"


def test_ctrl_l_locks_from_anywhere_on_the_journal_page(qtbot, window, journal_with_entries):
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    window.journal_button.setFocus()
    qtbot.keyClick(window.journal_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.journal_page.workspace is None


def test_the_writers_own_headings_read_below_the_stage_headings(qtbot, window):
    workspace = set_up_through_the_window(qtbot, window)
    new_entry(workspace, "Gibbs")
    editor = workspace.editor
    qtbot.keyClicks(editor.findChild(QPlainTextEdit, "section_1"), "# The huddle")
    editor.tabs.setCurrentIndex(1)
    html = editor.reading.toMarkdown()
    assert "## Description" in html and "### The huddle" in html


def test_tags_already_used_are_offered_for_each_tag_typed(
    qtbot, window, journal_with_entries, services
):
    services.vault.unlock(PASSPHRASE)
    services.journal.add(entry("Tagged", "x", tags=("Conflict", "handover")))
    services.vault.lock()
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    workspace = window.journal_page.workspace
    new_entry(workspace, "Free writing")
    tags = workspace.editor.tags
    qtbot.keyClicks(tags, "rota, conf")
    completer = tags.completer()
    # The tag being typed ("conf") is completed; the tags before it are kept.
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "rota, Conflict"
