"""A member runs a 360 round from the Feedback page: people, forms out, replies in, synthesis."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget

from alsdesk.services.feedback import forms
from alsdesk.services.feedback.model import Relationship, RespondentDraft
from alsdesk.services.leadership import Level
from alsdesk.services.plan import AssessmentDraft, Rating
from tests.services.feedback.filling import answer_keys, fill
from tests.ui.conftest import TODAY, click, click_button

PASSPHRASE = "sturdy lantern orchard tide"
TODAY_PLUS = TODAY + dt.timedelta(days=21)
OTHERS = (
    RespondentDraft("Łukasz Wójcik", "lukasz@example.nhs.uk", Relationship.PEER),
    RespondentDraft("Grace Mensah", "grace@example.nhs.uk", Relationship.PEER),
    RespondentDraft("Daniel Price", "daniel@example.nhs.uk", Relationship.PEER),
    RespondentDraft("Amira Hassan", "amira@example.nhs.uk", Relationship.REPORT),
    RespondentDraft("Wei Zhang 张伟", "wei@example.nhs.uk", Relationship.REPORT),
)


def test_locked_the_page_says_where_to_unlock(qtbot, window, services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    services.vault.lock()
    window.show_page("feedback")
    page = window.page("feedback")
    assert page.stack.currentWidget() is page.locked
    click(qtbot, page.to_journal)
    qtbot.waitUntil(lambda: window.current_page() is window.page("journal"), timeout=30_000)


def test_a_round_end_to_end(qtbot, window, services, on_modal, tmp_path, screenshot):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    click(qtbot, window.findChild(type(window.journal_button), "feedback_button"))
    page = window.page("feedback")
    qtbot.waitUntil(lambda: window.current_page() is page, timeout=30_000)
    assert page.stack.currentWidget() is page.open

    def new_round(dialog):
        # OK with no title: refused at the field, nothing saved.
        click_button(qtbot, dialog, "OK")
        assert dialog.error_text("title") == "Give the round a title."
        qtbot.keyClicks(dialog.findChild(QLineEdit, "title"), "Mid-programme 360")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "about"), "Priya Patel")
        dialog.ratings.setChecked(True)
        click_button(qtbot, dialog, "OK")

    on_modal(new_round, leave_open=True)
    click(qtbot, page.new_round)
    qtbot.waitUntil(lambda: page.rounds.count() == 1, timeout=30_000)
    [made] = services.feedback.rounds()
    assert made.draft.about == "Priya Patel" and made.draft.ratings

    def line_manager(dialog):
        dialog.name.setText("Siobhán O'Connor")  # keyClicks aborts on letters beyond ASCII
        qtbot.keyClicks(dialog.email, "not-an-address")
        dialog.relationship.setCurrentIndex(0)  # line manager
        dialog.may_name.setChecked(True)
        click_button(qtbot, dialog, "OK")
        assert "email" in dialog.error_text("email")
        dialog.email.setText("siobhan@example.nhs.uk")
        click_button(qtbot, dialog, "OK")

    on_modal(line_manager, leave_open=True)
    click(qtbot, page.add_person)
    qtbot.waitUntil(lambda: page.people.rowCount() == 1, timeout=30_000)
    for person in OTHERS:
        services.feedback.add_respondent(made.id, person)
    page.refresh()
    assert page.people.rowCount() == 6
    assert page.people.item(0, 2).text() == "Not asked yet"

    folder = tmp_path / "forms"
    folder.mkdir()
    page.choose_folder = lambda: folder
    click(qtbot, page.make_forms)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == 6 and len(list(folder.glob("*.txt"))) == 6
    assert {page.people.item(r, 2).text() for r in range(6)} == {"Asked"}
    assert "6 forms made" in page.status.text()

    def form_of(name):
        return next(p for p in pdfs if name.split()[0] in p.name)

    back = tmp_path / "back"
    back.mkdir()
    returned = []
    for name in ("Łukasz Wójcik", "Amira Hassan", "Wei Zhang 张伟"):
        form = form_of(name)
        keys = answer_keys(form)
        returned.append(
            fill(form, back / f"{name.split()[0]}.pdf", {keys[9]: f"{name} says: listens."}, {2: 3})
        )
    edited = fill(
        form_of("Grace"),
        back / "Grace.pdf",
        {answer_keys(form_of("Grace"))[0]: "x"},
        extra={forms.FIELD_ROUND: "0" * 32},
    )
    not_ours = back / "agenda.pdf"
    not_ours.write_bytes(b"%PDF-1.4\n%broken")
    page.choose_files = lambda: [*returned, edited, not_ours]

    seen = {}

    def outcomes(dialog):
        listed = dialog.findChild(QListWidget, "import_outcomes")
        seen["rows"] = [listed.item(i).text() for i in range(listed.count())]
        screenshot(dialog, "feedback-import-outcomes")

    on_modal(outcomes)
    click(qtbot, page.import_replies)
    qtbot.waitUntil(lambda: "rows" in seen and not page.is_busy(), timeout=60_000)
    assert seen["rows"][:3] == [f"{p.name}: Imported." for p in returned]
    assert "hidden identifiers were changed" in seen["rows"][3]
    assert "damaged" in seen["rows"][4]
    qtbot.waitUntil(lambda: "3 of 5 files imported." in page.status.text(), timeout=30_000)
    standings = [page.people.item(r, 2).text() for r in range(6)]
    assert standings.count("Replied") == 3

    page.tabs.setCurrentWidget(page.synthesis)
    text = page.synthesis.toPlainText()
    # One peer and two people I manage: three, merged; the group of two is not shown.
    assert "Other colleagues" in text and "People I manage" not in text
    assert "Wei Zhang 张伟 says: listens." in text
    assert "Siobhán" not in text  # no reply from her, so no name
    for size in ((1024, 768), (1366, 768)):
        window.resize(*size)
        QApplication.processEvents()
        screenshot(window, f"feedback-synthesis-{size[0]}")
    page.tabs.setCurrentIndex(0)
    window.resize(1024, 768)
    QApplication.processEvents()
    screenshot(window, "feedback-people-1024")

    services.vault.lock()
    assert page.stack.currentWidget() is page.locked
    assert page.synthesis.toPlainText() == "" and page.people.rowCount() == 0


def test_my_view_paper_and_email_replies_through_the_page(
    qtbot, window, services, on_modal, tmp_path, screenshot
):
    from alsdesk.documents.feedback_forms import write_forms
    from alsdesk.services.feedback.model import RoundDraft, default_prompts

    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    made = services.feedback.create_round(
        RoundDraft("Final 360", TODAY_PLUS, default_prompts(), ratings=True, about="Priya Patel")
    )
    people = [services.feedback.add_respondent(made.id, p) for p in OTHERS[:3]]
    window.show_page("feedback")
    page = window.page("feedback")

    # My view: typed into the tab and saved, then beside others' in the synthesis.
    page.tabs.setCurrentIndex(1)
    panel = page.self_view
    well = made.draft.prompts[9].key
    click(qtbot, panel.from_assessment)
    assert panel.status.text().startswith("No self-assessment yet")
    me = services.people.set_me("Priya Patel")
    ratings = tuple(Rating(d, Level(2)) for d in range(1, 10))
    services.plan.add_assessment(me.id, AssessmentDraft(TODAY, "Start of programme", ratings))
    click(qtbot, panel.from_assessment)
    assert panel.editor.answers().ratings == dict.fromkeys(range(1, 10), 2)
    qtbot.keyClicks(panel.editor.texts[well], "I listen before I decide.")
    panel.editor.levels[2].setCurrentIndex(4)  # Exemplary
    click(qtbot, panel.save_button)
    assert panel.status.text() == "Your view is saved."
    assert services.feedback.self_view(made.id).ratings == {**dict.fromkeys(range(1, 10), 2), 2: 4}
    window.resize(1024, 768)
    screenshot(window, "feedback-my-view-1024")

    # A paper reply for the chosen person.
    page.tabs.setCurrentIndex(0)
    page.people.selectRow(0)

    def paper(dialog):
        click_button(qtbot, dialog, "OK")
        assert dialog.error.text() == "Type at least one answer or rating."
        qtbot.keyClicks(dialog.editor.texts[well], "Calm in a crisis.")
        dialog.editor.levels[2].setCurrentIndex(2)
        click_button(qtbot, dialog, "OK")

    on_modal(paper, leave_open=True)
    click(qtbot, page.paper)
    qtbot.waitUntil(lambda: page.people.item(0, 2).text() == "Replied", timeout=30_000)

    # An email reply pasted back.
    folder = tmp_path / "forms"
    folder.mkdir()
    [written] = write_forms(services.feedback, made.id, folder, [people[1].id])
    text = written.text.read_text(encoding="utf-8")
    marker = next(line for line in text.splitlines() if line.endswith(f"[{well}] ==="))
    text = text.replace(marker + "\n", marker + "\nShares credit.\n")

    def paste(dialog):
        dialog.text.setPlainText(text)
        click_button(qtbot, dialog, "OK")

    on_modal(paste, leave_open=True)
    click(qtbot, page.paste)
    qtbot.waitUntil(lambda: page.status.text() == "Imported.", timeout=30_000)
    assert page.people.item(1, 2).text() == "Replied"

    page.tabs.setCurrentWidget(page.synthesis)
    shown = page.synthesis.toPlainText()
    assert "My own view: I listen before I decide." in shown
    assert "Calm in a crisis." in shown and "Shares credit." in shown


def test_questions_are_reordered_edited_and_an_empty_one_refused(qtbot, window, services, on_modal):
    from alsdesk.services.feedback.model import RoundDraft, default_prompts

    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    made = services.feedback.create_round(RoundDraft("Final 360", TODAY_PLUS, default_prompts()))
    window.show_page("feedback")
    page = window.page("feedback")
    first, second = made.draft.prompts[0], made.draft.prompts[1]

    def edit(dialog):
        dialog.list.setCurrentRow(1)
        click_button(qtbot, dialog, "Move up")
        assert dialog.list.currentRow() == 0
        dialog.text.setPlainText("   ")
        click_button(qtbot, dialog, "OK")
        assert dialog.error.text() == "Each prompt needs its question."
        dialog.text.setPlainText("How do they notice how people are, and act on it?")
        click_button(qtbot, dialog, "Add question")
        dialog.text.setPlainText("What should they keep doing?")
        click_button(qtbot, dialog, "OK")

    on_modal(edit, leave_open=True)
    click(qtbot, page.questions)
    qtbot.waitUntil(lambda: page.status.text() == "The questions are saved.", timeout=30_000)
    saved = services.feedback.get_round(made.id).draft.prompts
    assert [p.key for p in saved[:2]] == [second.key, first.key]
    assert saved[0].text == "How do they notice how people are, and act on it?"
    assert saved[-1].text == "What should they keep doing?" and saved[-1].dimension is None
    assert len(saved) == 14


def test_returned_forms_dropped_on_the_page_are_imported(
    qtbot, window, services, on_modal, tmp_path
):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from alsdesk.documents.feedback_forms import write_forms
    from alsdesk.services.feedback.model import RoundDraft, default_prompts

    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    made = services.feedback.create_round(RoundDraft("Final 360", TODAY_PLUS, default_prompts()))
    for person in OTHERS[:2]:
        services.feedback.add_respondent(made.id, person)
    window.show_page("feedback")
    page = window.page("feedback")
    written = write_forms(services.feedback, made.id, tmp_path)
    filled = [
        fill(w.pdf, tmp_path / f"back-{n}.pdf", {answer_keys(w.pdf)[0]: f"Reply {n}"})
        for n, w in enumerate(written)
    ]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in filled])
    seen = {}
    on_modal(
        lambda dialog: seen.setdefault("summary", dialog.findChild(QLabel, "import_summary").text())
    )
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: "summary" in seen and not page.is_busy(), timeout=60_000)
    assert seen["summary"] == "2 of 2 files imported."
    assert len(services.feedback.contents(made.id).responses) == 2


def test_my_view_typed_and_not_saved_is_kept_when_the_vault_locks(qtbot, window, services):
    from alsdesk.services.feedback.model import RoundDraft, default_prompts

    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    made = services.feedback.create_round(
        RoundDraft("Final 360", TODAY_PLUS, default_prompts(), about="Priya Patel")
    )
    window.show_page("feedback")
    page = window.page("feedback")
    page.tabs.setCurrentIndex(1)
    panel = page.self_view
    first = made.draft.prompts[0].key
    qtbot.keyClicks(panel.editor.texts[first], "I keep purpose in view")
    assert services.feedback.self_view(made.id).texts.get(first, "") == ""  # not saved yet

    services.vault.lock()  # as the idle lock does
    assert page.stack.currentWidget() is page.locked
    services.vault.unlock(PASSPHRASE)
    assert services.feedback.self_view(made.id).texts[first] == "I keep purpose in view"
    page.refresh()
    assert page.self_view.editor.texts[first].toPlainText() == "I keep purpose in view"
