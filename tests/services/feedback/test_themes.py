"""Themes on synthesis comments: sealed, by prompt and comment hash, in the manifest."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from alsdesk.services.errors import ValidationError
from alsdesk.services.feedback.themes import FeedbackThemes, ThemeKind, comment_hash


def test_a_theme_is_kept_by_comment_hash_and_removed_with_its_round(
    feedback, a_round, people, data_paths
):
    themes = FeedbackThemes(feedback)
    key = a_round.draft.prompts[0].key
    theme = themes.mark(a_round.id, key, "  Listens first.\n", ThemeKind.STRENGTH, " Calm  ")
    assert theme.comment == comment_hash("Listens first.\n") and theme.label == "Calm"
    again = themes.mark(a_round.id, key, "Listens first.\n", ThemeKind.DEVELOPMENT)
    assert again.id == theme.id
    assert [(t.kind, t.label) for t in themes.themes(a_round.id)] == [(ThemeKind.DEVELOPMENT, "")]
    assert not feedback.tampered()
    with pytest.raises(ValidationError) as refused:
        themes.mark(a_round.id, key, "Other", ThemeKind.STRENGTH, "x" * 121)
    assert "label" in refused.value.fields
    assert len(themes.themes(a_round.id)) == 1  # nothing half-saved
    feedback.delete_round(a_round.id)
    with closing(sqlite3.connect(data_paths.vault)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM feedback_theme").fetchone() == (0,)


def test_a_deleted_theme_row_is_noticed(feedback, a_round, people, data_paths):
    themes = FeedbackThemes(feedback)
    themes.mark(a_round.id, a_round.draft.prompts[0].key, "Listens.", ThemeKind.STRENGTH)
    with closing(sqlite3.connect(data_paths.vault)) as conn:
        conn.execute("DELETE FROM feedback_theme")
        conn.commit()
    assert feedback.tampered()
