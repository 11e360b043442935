"""A member exports chosen journal entries to PDF for an assignment or their tutor."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.exports.journal_pdf import JournalExport, write_journal_pdf
from alsdesk.services.journal.entries import Entry, EntryDraft, EntryLinks, Section
from alsdesk.services.patient_data import redact
from tests.exports.conftest import pdf_pages

PRINTED = dt.date(2027, 3, 14)
AUTHOR = "Siobhán Ní Bhriain"
FOOTER = (
    f"Private reflective journal of {AUTHOR}, exported by them on 14 Mar 2027: theirs to share."
)
MEETINGS = {3: "Cedar set · Set meeting 3, 12 Jan 2027"}
GOALS = {5: "Get patients home before 3 pm"}
NHS_NUMBER = "943 476 5919"

GIBBS_STAGES = (
    ("Description", "What happened?", "# The morning huddle\n\n"
     "The **discharge huddle** ran over by *twenty minutes*:\n\n"
     "1. We started late.\n2. Nobody owned the list:\n   - pharmacy thought the ward had it;\n"
     "   - the ward thought pharmacy had it.\n\n"
     f"The patient in bay 4 (NHS {NHS_NUMBER}) waited until 6 pm."),
    ("Feelings", "What were you thinking and feeling?",
     "I felt *embarrassed*.\n\n> You always say we'll fix the huddle.\n\n"
     "Fewer than <5 of us & the bed manager stayed."),
    ("Evaluation", "What went well?", "People came."),
    ("Analysis", "Why did it unfold so?", "## Why the list mattered\n\nNobody held it."),
    ("Conclusion", "What have you learned?", "   "),
    ("Action plan", "What will you do?", "- Agree who holds the list.\n- Start on time."),
)  # fmt: skip
FREE_TEXT = (
    "Some *free* thoughts after the set, with a [link](https://example.org) & <angle brackets>."
)


def gibbs(**changes) -> Entry:
    values = {
        "entry_date": dt.date(2027, 1, 12),
        "title": "The huddle that overran",
        "model_key": "gibbs",
        "model_name": "Gibbs' reflective cycle",
        "sections": tuple(Section(h, p, t) for h, p, t in GIBBS_STAGES),
        "tags": ("handover", "discharge"),
        "links": EntryLinks(meeting_id=3, goal_id=5, dimensions=(2, 6)),
    }
    values.update(changes)
    return entry(1, EntryDraft(**values))


def free_writing(**changes) -> Entry:
    values = {
        "entry_date": dt.date(2027, 2, 3),
        "title": "After the set",
        "model_key": "free",
        "model_name": "Free writing",
        "sections": (Section("Your reflection", "Write freely.", FREE_TEXT),),
        "links": EntryLinks(meeting_id=99),
    }
    values.update(changes)
    return entry(2, EntryDraft(**values))


def entry(number: int, draft: EntryDraft) -> Entry:
    written = dt.datetime.combine(draft.entry_date, dt.time(18))
    return Entry(number, draft, written, written)


def export_pdf(tmp_path, entries, author=AUTHOR, redactor=None, name="journal.pdf") -> list[str]:
    path = tmp_path / name
    export = JournalExport(tuple(entries), author, MEETINGS, GOALS, PRINTED, redactor)
    write_journal_pdf(export, path)
    return pdf_pages(path)


@pytest.fixture
def two_entries(tmp_path) -> str:
    return " ".join(export_pdf(tmp_path, [gibbs(), free_writing()]))


def test_title_block_names_the_member_the_entries_and_their_dates(two_entries):
    assert two_entries.startswith(
        f"Reflective journal: selected entries {AUTHOR} "
        "2 entries, 12 January 2027 to 3 February 2027 Printed 14 March 2027"
    )


def test_contents_list_each_entry_with_its_date_model_and_words(two_entries):
    assert (
        "Contents Date Title Model Words "
        "12 Jan 2027 The huddle that overran Gibbs' reflective cycle 79 "
        "3 Feb 2027 After the set Free writing 11"
    ) in two_entries


def test_one_entry_needs_no_contents(tmp_path):
    (page,) = export_pdf(tmp_path, [free_writing()])

    assert "1 entry, 3 February 2027 Printed 14 March 2027" in page
    assert "Contents" not in page


def test_each_entry_gives_its_date_model_words_tags_and_links(two_entries):
    assert (
        "The huddle that overran 12 January 2027 · Gibbs' reflective cycle · 79 words "
        "Tags: handover, discharge "
        "Meeting: Cedar set · Set meeting 3, 12 Jan 2027 "
        "Goal: Get patients home before 3 pm "
        "Leadership dimensions: Leading with care, Engaging the team "
        "Description"
    ) in two_entries


def test_a_meeting_no_longer_in_alsdesk_is_named_so(two_entries):
    assert (
        "After the set 3 February 2027 · Free writing · 11 words "
        "Meeting: a meeting no longer in alsdesk Some free thoughts"
    ) in two_entries


def test_a_goal_no_longer_in_alsdesk_is_named_so(tmp_path):
    (page,) = export_pdf(tmp_path, [free_writing(links=EntryLinks(goal_id=41, dimensions=(9,)))])

    assert "Goal: a goal no longer in alsdesk Leadership dimension: Influencing for results" in page


def test_sections_print_under_their_headings_without_the_prompts(two_entries):
    assert (
        "Description The morning huddle The discharge huddle ran over by twenty minutes: "
        "1. We started late. 2. Nobody owned the list: \u2013 pharmacy thought the ward had it; "
        "\u2013 the ward thought pharmacy had it."
    ) in two_entries
    assert (
        "Feelings I felt embarrassed. You always say we'll fix the huddle. "
        "Fewer than <5 of us & the bed manager stayed. Evaluation People came. "
        "Analysis Why the list mattered Nobody held it."
    ) in two_entries
    assert "Action plan \u2022 Agree who holds the list. \u2022 Start on time." in two_entries
    for _heading, prompt, _text in GIBBS_STAGES:
        assert prompt not in two_entries


def test_an_empty_section_is_left_out(two_entries):
    assert "Conclusion" not in two_entries


def test_free_writing_prints_its_text_without_a_heading(two_entries):
    assert "Your reflection" not in two_entries
    assert "Some free thoughts after the set, with a link & <angle brackets>." in two_entries


def test_markdown_prints_formatted_not_as_markup(two_entries):
    for markup in ("**", "# ", "- ", "*", "> ", "](", "https://"):
        assert markup not in two_entries


def test_an_entry_with_nothing_written_says_so(tmp_path):
    blank = tuple(Section(h, p, "") for h, p, _ in GIBBS_STAGES)

    (page,) = export_pdf(tmp_path, [gibbs(sections=blank)])

    assert "Nothing written in this entry." in page


def test_removing_patient_identifiers_applies_to_titles_text_and_tags(tmp_path):
    entries = [
        gibbs(title=f"Bay 4, {NHS_NUMBER}", tags=("handover", f"nhs {NHS_NUMBER}")),
        free_writing(),
    ]

    pages = export_pdf(tmp_path, entries, redactor=lambda text: redact(text, PRINTED))

    text = " ".join(pages)
    assert NHS_NUMBER not in text
    assert "2 entries, 12 January 2027 to 3 February 2027 Printed 14 March 2027 " in text
    assert "Possible patient identifiers were removed before export. Contents" in text
    assert "12 Jan 2027 Bay 4, [NHS number removed] Gibbs' reflective cycle" in text
    assert "Tags: handover, nhs [NHS number removed]" in text
    assert "The patient in bay 4 (NHS [NHS number removed]) waited until 6 pm." in text


def test_without_removal_the_export_makes_no_claim_about_identifiers(tmp_path):
    text = " ".join(export_pdf(tmp_path, [gibbs()]))

    assert NHS_NUMBER in text
    assert "Possible patient identifiers" not in text


def test_every_page_says_whose_private_journal_it_is(tmp_path):
    many = [
        gibbs(entry_date=dt.date(2027, 1, 1) + dt.timedelta(days=7 * n), title=f"Week {n + 1}")
        for n in range(8)
    ]

    pages = export_pdf(tmp_path, many)

    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert FOOTER in page
        assert f"Page {number} of {len(pages)}" in page
    assert "8 entries, 1 January 2027 to 19 February 2027" in pages[0]


def test_an_entry_title_is_never_left_alone_at_the_foot_of_a_page(tmp_path):
    many = [gibbs(title=f"Week {n + 1} huddle") for n in range(8)]

    pages = export_pdf(tmp_path, many)

    for n in range(8):
        (page,) = [p for p in pages if f"Week {n + 1} huddle 12 January 2027" in p]
        start = page.index(f"Week {n + 1} huddle 12 January 2027")
        assert "The discharge huddle ran over" in page[start:], n


def test_a_journal_without_the_members_name_still_says_it_is_private(tmp_path):
    (page,) = export_pdf(tmp_path, [free_writing()], author="")

    assert page.startswith("Reflective journal: selected entries 1 entry, 3 February 2027")
    assert (
        "Private reflective journal, exported by its writer on 14 Mar 2027: theirs to share."
        in page
    )


def test_an_untitled_entry_is_called_untitled(tmp_path):
    (page,) = export_pdf(tmp_path, [free_writing(title="  ")])

    assert "Untitled 3 February 2027 · Free writing" in page
