"""Long text in every PDF: a note of 30 KB prints whole; a name at its limit is cut to one line."""

from __future__ import annotations

import dataclasses

from reportlab.pdfbase.pdfmetrics import stringWidth

from alsdesk.exports import fonts
from alsdesk.exports.meeting_pdf import write_meeting_pdf
from alsdesk.exports.pdf_layout import fit
from alsdesk.exports.set_record_pdf import write_set_record_pdf
from alsdesk.services.limits import LINE
from alsdesk.services.records import meeting_record, set_record
from tests.exports.conftest import PRINTED, pdf_pages

NOTE_30_KB = " ".join(f"Reflection{n:05d}" for n in range(2_500))  # 30 KB, words a reader can find


def test_fit_cuts_a_30_kb_string_to_the_room_with_an_ellipsis():
    fonts.register_fonts()
    cut = fit("Łódź " * 6_000, 200, fonts.REGULAR, 8)

    assert cut.endswith("\u2026")
    assert ("Łódź " * 6_000).startswith(cut[:-1])
    assert stringWidth(cut, fonts.REGULAR, 8) <= 200
    # As long as fits: the next prefix that ends in a letter would not.
    text = "Łódź " * 6_000
    end = len(cut) - 1
    while text[end] == " ":
        end += 1
    assert stringWidth(text[: end + 1] + "\u2026", fonts.REGULAR, 8) > 200


def test_fit_leaves_text_that_fits_alone():
    fonts.register_fonts()
    assert fit("Cedar set", 200, fonts.REGULAR, 8) == "Cedar set"
    assert fit("", 200, fonts.REGULAR, 8) == ""


def test_a_30_kb_process_review_prints_whole(services, held_set, tmp_path):
    meeting_id = held_set.meeting_ids[1]
    services.meetings.save_notes(meeting_id, process_review=NOTE_30_KB)

    pages = pdf_pages_of(write_meeting_pdf, meeting_record(services, meeting_id), tmp_path)

    text = " ".join(pages)
    assert "Reflection00000" in text and "Reflection02499" in text
    assert all(f"Reflection{n:05d}" in text for n in range(0, 2_500, 97))


def test_a_set_name_at_its_limit_is_cut_on_the_footer_line_of_every_page(
    services, held_set, tmp_path
):
    cedar = services.sets.get(held_set.set_id)
    longest = ("Cedar " * LINE)[:LINE].strip()
    services.sets.update(cedar.id, dataclasses.replace(cedar.draft(), name=longest))
    services.meetings.save_notes(held_set.meeting_ids[1], process_review=NOTE_30_KB)

    pages = pdf_pages_of(write_set_record_pdf, set_record(services, cedar.id), tmp_path)

    assert len(pages) > 2
    for page in pages:
        assert "Confidential to Cedar Cedar" in page and "\u2026" in page
        assert f"Page {pages.index(page) + 1} of {len(pages)}" in page


def pdf_pages_of(write, record, tmp_path) -> list[str]:
    path = tmp_path / "record.pdf"
    write(record, path, today=PRINTED)
    return pdf_pages(path)
