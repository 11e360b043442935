"""The Feedback page exports a round's report: which version, then the patient-data guard."""

from __future__ import annotations

import os
import stat

from PySide6.QtWidgets import QApplication, QFileDialog

from alsdesk.services.feedback.model import Answers, ResponseDraft
from tests.exports.conftest import pdf_pages
from tests.exports.test_feedback_report_pdf import PEOPLE, comment, make_round
from tests.ui.conftest import click, click_button

PASSPHRASE = "sturdy lantern orchard tide"


def open_page(qtbot, window, services, *, identifier: bool):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    made = make_round(services.feedback, consent=True)
    if identifier:
        contents = services.feedback.contents(made.id)
        person = contents.respondents[1]
        answers = Answers({made.draft.prompts[0].key: "She helped patient 943 476 5919 home."})
        services.feedback.record_response(person.id, ResponseDraft(answers), replace_existing=True)
    click(qtbot, window.findChild(type(window.journal_button), "feedback_button"))
    page = window.page("feedback")
    qtbot.waitUntil(lambda: window.current_page() is page, timeout=30_000)
    qtbot.waitUntil(lambda: page.rounds.count() == 1, timeout=30_000)
    assert page.exports() == ("feedback-report",)
    return page


def test_the_tutor_version_is_exported_with_identifiers_removed_when_asked(
    qtbot, window, services, on_modal, monkeypatch, tmp_path
):
    page = open_page(qtbot, window, services, identifier=True)
    target = tmp_path / "for my tutor.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = {}

    def version(box):
        asked["version"] = box.text()
        click_button(qtbot, box, "Shorter version for my tutor")

    def guard(box):
        asked["guard"] = box.text() + box.informativeText()
        click_button(qtbot, box, "Remove those details, then export")

    on_modal(version)
    on_modal(guard)
    click(qtbot, page.export_report)
    qtbot.waitUntil(lambda: target.exists() and not window.progress.isVisible(), timeout=30_000)

    assert "Which report" in asked["version"]
    assert "may identify a patient" in asked["guard"] and "an NHS number" in asked["guard"]
    assert "943 476 5919" not in asked["guard"]  # the warning names the kind, never the value
    text = "\n".join(pdf_pages(target))
    assert "synthesis for my tutor" in text and "[NHS number removed]" in text
    assert "943 476 5919" not in text and "Who was asked" not in text
    assert comment(PEOPLE[3].name) in text
    for person in PEOPLE[1:]:
        assert person.name not in text and person.email not in text
    if os.name == "posix":  # 360 feedback: readable by its owner only
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_stopping_at_the_guard_writes_nothing(
    qtbot, window, services, on_modal, monkeypatch, tmp_path
):
    page = open_page(qtbot, window, services, identifier=True)
    saved = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: saved.append(1) or ("", ""))
    seen = []

    def guard(box):
        seen.append(box.windowTitle())
        click_button(qtbot, box, "Cancel")

    on_modal(lambda box: click_button(qtbot, box, "Full report"))
    on_modal(guard)
    click(qtbot, page.export_report)
    qtbot.waitUntil(
        lambda: seen == ["Before you export"] and QApplication.activeModalWidget() is None,
        timeout=30_000,
    )
    QApplication.processEvents()
    assert page.export_report.isEnabled() and not window.progress.isVisible()
    assert not saved and not list(tmp_path.glob("*.pdf"))


def test_without_identifiers_the_full_report_goes_straight_to_the_file(
    qtbot, window, services, on_modal, monkeypatch, tmp_path, screenshot
):
    page = open_page(qtbot, window, services, identifier=False)
    for size in ((1024, 768), (1366, 768)):
        window.resize(*size)
        QApplication.processEvents()
        button = page.export_report
        assert button.isVisible() and button.width() >= button.sizeHint().width()
        screenshot(window, f"feedback-export-report-{size[0]}")
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def version(box):
        screenshot(box, "feedback-report-version")
        click_button(qtbot, box, "Full report")

    on_modal(version)  # the only question
    click(qtbot, page.export_report)
    qtbot.waitUntil(lambda: target.exists() and not window.progress.isVisible(), timeout=30_000)

    text = "\n".join(pdf_pages(target))
    assert "360 feedback report" in text and "Who was asked" in text and "My own view" in text
    assert "Line manager: Siobhán O'Connor" in text


def test_export_as_written_keeps_the_words_the_member_chose_to_keep(
    qtbot, window, services, on_modal, monkeypatch, tmp_path
):
    page = open_page(qtbot, window, services, identifier=True)
    target = tmp_path / "as written.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    on_modal(lambda box: click_button(qtbot, box, "Full report"))
    on_modal(lambda box: click_button(qtbot, box, "Export as written"))
    click(qtbot, page.export_report)
    qtbot.waitUntil(lambda: target.exists() and not window.progress.isVisible(), timeout=30_000)

    text = "\n".join(pdf_pages(target))
    assert "943 476 5919" in text and "removed" not in text
    assert "Who was asked" in text
