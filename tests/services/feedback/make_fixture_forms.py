"""Make the filled-form fixtures: a form of ours, filled by qpdf (not by pypdf), kept in git.

Run from the repository root: ``python -m tests.services.feedback.make_fixture_forms``.
The ids and the form key are fixed, so the check value is known to the test.
qpdf writes with ``--deterministic-id``; the form itself is made once and kept.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from alsdesk.exports.feedback_form import write_feedback_form
from alsdesk.services.feedback import forms
from alsdesk.services.feedback.model import Prompt, Relationship
from tests.services.feedback.filling import qpdf_fill

FOLDER = Path(__file__).with_name("fixtures")
ROUND_UID = "0123456789abcdef0123456789abcdef"
REQUEST_UID = "fedcba9876543210fedcba9876543210"
FORM_KEY = bytes(range(32))
PROMPTS = (
    Prompt("k1a2b3c4", "How do they look after people?", 2),
    Prompt("k5d6e7f8", "What do they do well?"),
)
ANSWERS = {
    "k1a2b3c4": "Siobhán says: in Łódź she stayed late.\nSecond line.",
    "k5d6e7f8": "很会倾听 — listens well. Добре.",
}


def content() -> forms.FormContent:
    return forms.FormContent(
        about="Priya Patel",
        respondent="Siobhán O'Connor",
        relationship=Relationship.LINE_MANAGER,
        title="Fixture round",
        deadline=dt.date(2026, 12, 18),
        prompts=PROMPTS,
        ratings=True,
        round_uid=ROUND_UID,
        request_uid=REQUEST_UID,
        check=forms.check_value(FORM_KEY, ROUND_UID, REQUEST_UID),
    )


def main() -> None:
    FOLDER.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        blank = Path(work) / "blank.pdf"
        write_feedback_form(content(), blank)
        values = {forms.answer_field(k): v for k, v in ANSWERS.items()}
        values.update({"rating_2": "4", "consent": "/Yes", "relationship": "line-manager"})
        qpdf_fill(blank, FOLDER / "filled-by-qpdf.pdf", values, Path(work))
        edited = dict(values, **{forms.FIELD_REQUEST: "0" * 32})
        qpdf_fill(blank, FOLDER / "ids-edited-by-qpdf.pdf", edited, Path(work))


if __name__ == "__main__":
    main()
