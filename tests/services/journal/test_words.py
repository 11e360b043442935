"""A member sees the word count an assignment marker would count, not the Markdown."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.journal.entries import EntryDraft, Section
from alsdesk.services.journal.words import entry_word_count, plain_text, word_count


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("", 0),
        ("   \n\n  ", 0),
        ("The handover went well.", 4),
        ("I don't think it's over.", 5),
        ("Staff well-being came first.", 4),
        ("We had 12 staff for 3.5 shifts at 07:30.", 9),
        ("Tired — but proud.", 3),
    ],
)
def test_words_are_counted_as_a_reader_counts_them(markdown, words):
    assert word_count(markdown) == words


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("# What happened", 2),
        ("## Feelings ##", 1),
        ("Felt **really** _quite_ *low*.", 4),
        ("- first point\n- second point", 4),
        ("* starred\n+ plus", 2),
        ("1. Talk to Sam\n2) Book a room", 6),
        ("> A quote from the set", 5),
        ("Use `SBAR` every time", 4),
        ("Read [the leadership model](https://example.org/hlm) again", 5),
        ("![ward board](board.png)", 2),
        ("Above\n\n---\n\nBelow", 2),
        ("- [ ] ring Sam\n- [x] book room", 4),
        ("```\nnot much\n```", 2),
    ],
)
def test_markdown_markup_is_not_counted(markdown, words):
    assert word_count(markdown) == words


def test_plain_text_is_what_the_reader_sees_on_one_line():
    markdown = "## Description\n\nWe met on **Ward 7**;\n\n- the _team_ was [calm](http://x)."
    assert plain_text(markdown) == "Description We met on Ward 7; the team was calm."


def test_an_underscore_inside_a_word_stays():
    assert plain_text("see file_name and _emphasis_") == "see file_name and emphasis"


def test_entry_count_adds_up_the_sections_but_not_the_title_or_headings():
    draft = EntryDraft(
        entry_date=dt.date(2026, 10, 1),
        title="A long title that is not counted",
        model_key="driscoll",
        model_name="Driscoll / Rolfe",
        sections=(
            Section("What?", "prompt", "The rota broke down."),
            Section("So what?", "prompt", "People felt **unheard**."),
            Section("Now what?", "prompt", ""),
        ),
    )
    assert entry_word_count(draft) == 4 + 3
