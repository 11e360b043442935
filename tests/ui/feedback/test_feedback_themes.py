"""The member marks themes on the synthesis's comments and turns one into a plan item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from alsdesk.services.feedback.model import (
    Answers,
    Relationship,
    RespondentDraft,
    ResponseDraft,
    RoundDraft,
    Source,
    default_prompts,
)
from alsdesk.services.feedback.themes import FeedbackThemes, ThemeKind
from tests.ui.conftest import TODAY, click, click_button

PASSPHRASE = "sturdy lantern orchard tide"
PEERS = ("Łukasz Wójcik", "Grace Mensah", "Daniel Price")
WELL = "Keeps the huddle calm when the ward is full."


def _round_with_replies(services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    made = services.feedback.create_round(
        RoundDraft(
            "Mid-programme 360",
            TODAY + dt.timedelta(days=21),
            default_prompts(),
            ratings=True,
            about="Priya Patel",
        )
    )
    compassion = made.draft.prompts[1]  # dimension 2, Leading with care
    for n, name in enumerate(PEERS):
        person = services.feedback.add_respondent(
            made.id, RespondentDraft(name, relationship=Relationship.PEER)
        )
        texts = {compassion.key: WELL if n == 0 else f"Comment {n} on care."}
        services.feedback.record_response(
            person.id,
            ResponseDraft(
                Answers(texts, {d: 2 + n % 2 for d in range(1, 10)}), source=Source.PAPER
            ),
        )
    return made, compassion


def _comment_item(page, text):
    tree = page.themes.tree
    for top in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(top)
        for row in range(parent.childCount()):
            if parent.child(row).text(0) == text:
                return parent.child(row)
    raise AssertionError(f"no comment {text!r}")


def _click_item(qtbot, tree, item):
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_theme_is_marked_kept_and_turned_into_a_plan_item(
    qtbot, window, services, on_modal, screenshot
):
    made, compassion = _round_with_replies(services)
    me = services.people.set_me("Priya Patel")
    window.show_page("feedback")
    page = window.page("feedback")
    window.resize(1024, 768)
    page.tabs.setCurrentWidget(page.themes)
    qtbot.waitUntil(lambda: page.themes.tree.topLevelItemCount() == 1, timeout=30_000)
    panel = page.themes
    assert not panel.strength.isEnabled()  # nothing chosen yet

    _click_item(qtbot, panel.tree, _comment_item(page, WELL))
    assert panel.strength.isEnabled() and not panel.to_plan.isEnabled()
    qtbot.keyClicks(panel.label, "Calm under pressure")
    click(qtbot, panel.development)
    assert _comment_item(page, WELL).text(1) == "Development area: Calm under pressure"
    click(qtbot, panel.strength)  # marked again: the kind changes, still one theme
    [theme] = FeedbackThemes(services.feedback).themes(made.id)
    assert (theme.kind, theme.label, theme.prompt_key) == (
        ThemeKind.STRENGTH,
        "Calm under pressure",
        compassion.key,
    )
    for size in ((1024, 768), (1366, 768)):
        window.resize(*size)
        QApplication.processEvents()
        screenshot(window, f"feedback-themes-{size[0]}")

    # Reloaded (another round's visit, a lock and unlock): the theme is still there.
    services.vault.lock()
    assert panel.tree.topLevelItemCount() == 0
    services.vault.unlock(PASSPHRASE)
    window.show_page("feedback")
    page.tabs.setCurrentWidget(page.synthesis)
    page.tabs.setCurrentWidget(page.themes)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=30_000)
    assert _comment_item(page, WELL).text(1) == "Strength: Calm under pressure"
    assert _comment_item(page, "Comment 1 on care.").text(1) == ""
    page.tabs.setCurrentWidget(page.synthesis)  # the synthesis shows it beside its comment
    assert f"{WELL} [Strength: Calm under pressure]" in page.synthesis.toPlainText()
    page.tabs.setCurrentWidget(page.themes)

    def plan_item(dialog):
        assert dialog.dimensions.chosen() == (2,)  # the prompt's dimension, prefilled
        need = dialog.findChild(QLineEdit, "need")
        assert need.text() == "Calm under pressure"  # the label, not the comment
        assert "leaves your private vault" in dialog.error_text("need")
        window.resize(1024, 768)
        screenshot(dialog, "feedback-theme-plan-item")
        need.setText("Stay calm and keep others calm in a full ward")
        click_button(qtbot, dialog, "Add")
        assert dialog.error_text("objective")  # refused at the field, nothing saved
        assert services.plan.items(me.id) == []
        dialog.objective.setPlainText("Lead two full-ward huddles a week by March")
        click_button(qtbot, dialog, "Add")

    _click_item(qtbot, panel.tree, _comment_item(page, WELL))
    assert panel.label.text() == "Calm under pressure" and panel.to_plan.isEnabled()
    on_modal(plan_item, leave_open=True)
    click(qtbot, panel.to_plan)
    qtbot.waitUntil(lambda: bool(services.plan.items(me.id)), timeout=30_000)
    [item] = services.plan.items(me.id)
    assert item.need == "Stay calm and keep others calm in a full ward"
    assert item.dimensions == (2,)
    assert WELL not in repr(item)

    # Removed: gone from the vault too.
    _click_item(qtbot, panel.tree, _comment_item(page, WELL))
    click(qtbot, panel.remove)
    assert _comment_item(page, WELL).text(1) == ""
    assert FeedbackThemes(services.feedback).themes(made.id) == []


def test_the_plan_radar_shows_others_view_beside_mine_while_the_vault_is_open(
    qtbot, window, services, screenshot
):
    from alsdesk.services.leadership import Level
    from alsdesk.services.plan import AssessmentDraft, Rating

    made, _compassion = _round_with_replies(services)  # three peers rated every dimension
    me = services.people.set_me("Priya Patel")
    ratings = tuple(Rating(d, Level(4 if d == 2 else 3)) for d in range(1, 10))
    services.plan.add_assessment(me.id, AssessmentDraft(TODAY, "Start of programme", ratings))
    assert window.show_page("person", me.id)
    page = window.page("person")
    page.tabs.setCurrentWidget(page.plan)
    radar = page.plan.radar
    qtbot.waitUntil(lambda: radar.others is not None, timeout=30_000)
    label, levels = radar.others
    assert label == "Others' view (360: Mid-programme 360)"
    assert levels == dict.fromkeys(range(1, 10), round(7 / 3, 2))  # 2, 3, 2 from the peers
    assert radar.legend_texts() == ["Start of programme · 23 Nov 2026", label]
    mine, theirs = radar.vertex(0, 2), radar.others_vertex(2)
    centre = radar.centre()
    assert abs(mine.y() - centre.y()) > abs(theirs.y() - centre.y())  # I rate myself higher
    for size in ((1024, 768), (1366, 768)):
        window.resize(*size)
        QApplication.processEvents()
        screenshot(window, f"plan-radar-others-{size[0]}")

    services.vault.lock()  # locked: others' view is gone from the radar
    assert radar.others is None and radar.legend_texts() == ["Start of programme · 23 Nov 2026"]
