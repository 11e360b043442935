"""A member finds journal entries as they type, narrowed by tag, model, link and date."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.journal.entries import Entry, EntryDraft, EntryLinks, Section
from alsdesk.services.journal.search import ELLIPSIS, Filters, JournalIndex, fold

SAVED = dt.datetime(2026, 10, 1, 9, 0)


def entry(
    entry_id: int,
    title: str = "An entry",
    *texts: str,
    day: dt.date = dt.date(2026, 10, 1),
    tags: tuple[str, ...] = (),
    model_key: str = "free",
    links: EntryLinks | None = None,
    headings: tuple[str, ...] = (),
) -> Entry:
    texts = texts or ("",)
    heads = headings or tuple(f"Stage {n}" for n in range(1, len(texts) + 1))
    draft = EntryDraft(
        entry_date=day,
        title=title,
        model_key=model_key,
        model_name=model_key.title(),
        sections=tuple(Section(h, "prompt", t) for h, t in zip(heads, texts, strict=True)),
        tags=tags,
        links=links or EntryLinks(),
    )
    return Entry(entry_id, draft, SAVED, SAVED)


def ids(hits) -> list[int]:
    return [h.entry.id for h in hits]


def marked(text: str, spans) -> list[str]:
    return [text[start:end] for start, end in spans]


@pytest.fixture
def journal() -> JournalIndex:
    return JournalIndex(
        [
            entry(1, "Night shift on Ward 7", "The handover was rushed and the rota was short."),
            entry(
                2,
                "Set meeting",
                "Reflection-in-action, as Schön puts it, helped me stay calm.",
                day=dt.date(2026, 10, 8),
                tags=("Conflict", "set"),
                model_key="schon",
            ),
            entry(
                3,
                "Budget conversation",
                "The **handover** of the budget went well.",
                day=dt.date(2026, 10, 8),
                tags=("budget",),
                links=EntryLinks(meeting_id=11, goal_id=5),
            ),
        ]
    )


def test_every_word_typed_must_appear_in_the_entry(journal):
    assert ids(journal.search("handover")) == [3, 1]
    assert ids(journal.search("handover rota")) == [1]
    assert ids(journal.search("handover calm")) == []


def test_a_word_matches_as_the_start_of_a_longer_word_while_typing(journal):
    assert ids(journal.search("hando")) == [3, 1]
    assert ids(journal.search("rus")) == [1]


def test_search_ignores_case_and_accents(journal):
    assert ids(journal.search("HANDOVER")) == [3, 1]
    assert ids(journal.search("schon")) == [2]
    assert ids(journal.search("SCHÖN")) == [2]


def test_curly_and_straight_apostrophes_match_each_other():
    index = JournalIndex([entry(1, "Tea", "I didn’t say so.")])
    assert ids(index.search("didn't")) == [1]


def test_title_headings_and_tags_are_searched_too(journal):
    assert ids(journal.search("night")) == [1]
    assert ids(journal.search("conflict")) == [2]
    assert ids(journal.search("stage")) == [3, 2, 1]


def test_empty_query_lists_everything_newest_first_then_latest_added(journal):
    assert ids(journal.search("")) == [3, 2, 1]
    assert ids(journal.search("   ")) == [3, 2, 1]


def test_filter_by_tag_ignores_case(journal):
    assert ids(journal.search("", Filters(tag="conflict"))) == [2]
    assert ids(journal.search("", Filters(tag="CONFLICT"))) == [2]
    assert ids(journal.search("", Filters(tag="nothing"))) == []


def test_filter_by_model(journal):
    assert ids(journal.search("", Filters(model_key="schon"))) == [2]


def test_filter_by_linked_goal_and_meeting(journal):
    assert ids(journal.search("", Filters(goal_id=5))) == [3]
    assert ids(journal.search("", Filters(meeting_id=11))) == [3]
    assert ids(journal.search("", Filters(meeting_id=12))) == []


def test_date_range_includes_both_ends(journal):
    assert ids(journal.search("", Filters(date_from=dt.date(2026, 10, 8)))) == [3, 2]
    assert ids(journal.search("", Filters(date_to=dt.date(2026, 10, 1)))) == [1]
    both = Filters(date_from=dt.date(2026, 10, 2), date_to=dt.date(2026, 10, 7))
    assert ids(journal.search("", both)) == []


def test_filters_and_words_combine(journal):
    assert ids(journal.search("handover", Filters(tag="budget"))) == [3]
    assert ids(journal.search("rota", Filters(tag="budget"))) == []


def test_highlights_point_at_every_occurrence_in_title_and_snippet():
    index = JournalIndex(
        [entry(1, "Rota trouble: the ROTA again", "The rota changed; rotas are hard. Schön too.")]
    )
    [hit] = index.search("rota schon")
    assert marked(hit.entry.draft.title, hit.title_spans) == ["Rota", "ROTA"]
    assert marked(hit.snippet, hit.snippet_spans) == ["rota", "rota", "Schön"]


def test_overlapping_words_highlight_as_one_span():
    [hit] = JournalIndex([entry(1, "Handover", "handover")]).search("hand over handover")
    assert hit.title_spans == ((0, 8),)
    assert hit.snippet_spans == ((0, 8),)


def test_snippet_is_plain_text_around_the_first_match_with_ellipses():
    before = " ".join(f"early{n}" for n in range(30))
    after = " ".join(f"late{n}" for n in range(40))
    index = JournalIndex(
        [entry(1, "Long", f"**{before}**\n\n- the *escalation* went well\n{after}")]
    )
    [hit] = index.search("escalation")
    assert hit.snippet.startswith(ELLIPSIS) and hit.snippet.endswith(ELLIPSIS)
    assert "*" not in hit.snippet and "\n" not in hit.snippet and "  " not in hit.snippet
    assert len(hit.snippet) <= 162
    assert marked(hit.snippet, hit.snippet_spans) == ["escalation"]
    # The cut falls between words.
    assert hit.snippet[1:].split()[0].startswith("early")
    assert hit.snippet[:-1].split()[-1].startswith("late")


def test_a_match_only_in_the_title_shows_the_start_of_the_body(journal):
    [hit] = journal.search("night")
    assert hit.snippet == "The handover was rushed and the rota was short."
    assert hit.snippet_spans == ()
    assert marked(hit.entry.draft.title, hit.title_spans) == ["Night"]


def test_a_short_body_is_shown_whole_without_ellipses(journal):
    [hit] = journal.search("rota")
    assert hit.snippet == "The handover was rushed and the rota was short."


def test_empty_query_snippet_is_the_start_of_the_body():
    index = JournalIndex([entry(1, "Long", " ".join(["word"] * 100))])
    [hit] = index.search("")
    assert hit.snippet.startswith("word word") and hit.snippet.endswith(ELLIPSIS)
    assert hit.snippet_spans == () and hit.title_spans == ()


def test_editing_an_entry_replaces_it_in_the_index(journal):
    edited = entry(1, "Night shift on Ward 7", "Now about sickness absence instead.")
    journal.put(edited)
    assert len(journal) == 3
    assert journal.get(1) is edited
    assert ids(journal.search("rushed")) == []
    assert ids(journal.search("sickness")) == [1]


def test_a_new_entry_appears_in_searches():
    index = JournalIndex()
    assert index.search("") == []
    index.put(entry(9, "Coaching", "First coaching session."))
    assert ids(index.search("coach")) == [9]


def test_deleting_an_entry_removes_it(journal):
    journal.remove(3)
    journal.remove(42)
    assert len(journal) == 2
    assert journal.get(3) is None
    assert ids(journal.search("handover")) == [1]


def test_locking_clears_the_index(journal):
    journal.clear()
    assert len(journal) == 0
    assert journal.search("") == []
    assert journal.tags() == []
    assert journal.get(1) is None


def test_tags_are_listed_once_ignoring_case():
    index = JournalIndex(
        [
            entry(1, tags=("NHS", "rota")),
            entry(2, tags=("nhs", "Budget")),
            entry(3, tags=("NHS",)),
        ]
    )
    assert index.tags() == ["Budget", "NHS", "rota"]


@pytest.mark.parametrize("text", ["Schön", "naïve café", "ÉCOLE", "Straße", "İstanbul", "a\u0301b"])
def test_folding_keeps_every_character_in_place(text):
    assert len(fold(text)) == len(text)


def test_folding_drops_case_accents_and_typographic_quotes():
    assert fold("Schön’s “CAFÉ” – ok") == 'schon\'s "cafe" - ok'


def test_typing_on_and_back_finds_what_a_fresh_search_finds(journal):
    """Each keystroke narrows the last search's results; the results never differ
    from searching from scratch, typing on, deleting, or with other filters."""
    keystrokes = ["h", "ha", "han", "hand", "handover", "handover r", "handover ro"]
    keystrokes += ["handover", "hand", "", "s", "st", "stage", "stage 1", "night", "nigh"]
    fresh = {
        q: ids(JournalIndex([journal.get(i) for i in (1, 2, 3)]).search(q)) for q in keystrokes
    }
    for query in keystrokes:
        assert ids(journal.search(query)) == fresh[query], query
    assert ids(journal.search("s", Filters(tag="set"))) == [2]
    assert ids(journal.search("se", Filters(tag="set"))) == [2]
    assert ids(journal.search("stage")) == [3, 2, 1]


def test_an_entry_changed_between_keystrokes_is_searched_again(journal):
    assert ids(journal.search("calm")) == [2]
    journal.put(entry(1, "Night shift", "I stayed calm at handover.", day=dt.date(2026, 10, 1)))
    assert ids(journal.search("calm")) == [2, 1]
    journal.remove(2)
    assert ids(journal.search("calm at")) == [1]
    assert ids(journal.search("calm")) == [1]


def test_hits_are_made_as_they_are_read_and_read_as_a_list(journal):
    hits = journal.search("stage")
    assert len(hits) == 3
    assert hits.entry_ids() == [3, 2, 1]
    assert hits[0] is hits[0]
    assert ids(hits[1:]) == [2, 1]
    assert hits[-1].entry.id == 1
    assert list(hits) == [hits[0], hits[1], hits[2]]
    with pytest.raises(IndexError):
        hits[3]
