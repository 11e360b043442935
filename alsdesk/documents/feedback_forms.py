"""A round's forms: one fillable PDF (and its plain-text twin) per respondent, into a folder.

Unlike the catalogue's documents, one round makes several files, so the window
and the command line call ``write_forms`` with the folder the member chose. Each
file is written through ``write_atomically`` and is private to its owner until
the member sends it; a form holds only what its respondent needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from alsdesk.documents.atomic import write_atomically
from alsdesk.documents.document import file_stem
from alsdesk.i18n import translate
from alsdesk.services.feedback import forms
from alsdesk.services.feedback.email_text import render_email
from alsdesk.services.feedback.model import RequestStatus
from alsdesk.services.feedback.service import FeedbackService


def _write_pdf(content: forms.FormContent, path: Path) -> None:
    from alsdesk.exports.feedback_form import write_feedback_form

    write_feedback_form(content, path)


def _write_text(content: forms.FormContent, path: Path) -> None:
    path.write_text(render_email(content), encoding="utf-8")


@dataclass(frozen=True)
class WrittenForm:
    respondent_id: int
    pdf: Path
    text: Path


def form_stem(round_title: str, respondent_name: str) -> str:
    """ "360 feedback - Mid-programme 360 - Siobhán O'Connor" as a safe file name."""
    return file_stem(
        translate("documents", "360 feedback - %s - %s") % (round_title, respondent_name)
    )


def write_forms(
    feedback: FeedbackService,
    round_id: int,
    folder: Path,
    respondent_ids: Iterable[int] | None = None,
    *,
    mark_asked: bool = True,
) -> list[WrittenForm]:
    """Write the forms of ``respondent_ids`` (default: everyone not yet replied or declined)."""
    contents = feedback.contents(round_id)
    key = feedback.form_key(round_id)
    wanted = set(respondent_ids) if respondent_ids is not None else None
    folder = Path(folder)
    written = []
    stems: set[str] = set()
    for respondent in contents.respondents:
        if wanted is not None and respondent.id not in wanted:
            continue
        if wanted is None and respondent.request.status in (
            RequestStatus.REPLIED,
            RequestStatus.DECLINED,
        ):
            continue
        content = forms.form_content(contents.round, respondent, key)
        stem = base = form_stem(contents.round.title, respondent.name)
        count = 1
        while stem.casefold() in stems:  # two people of one name: one file each
            count += 1
            stem = f"{base} ({count})"
        stems.add(stem.casefold())
        pdf = write_atomically(
            folder / f"{stem}.pdf",
            partial(_write_pdf, content),
            private=True,
        )
        text = write_atomically(
            folder / f"{stem}.txt",
            partial(_write_text, content),
            private=True,
        )
        written.append(WrittenForm(respondent.id, pdf, text))
    if mark_asked and written:
        feedback.mark_asked([w.respondent_id for w in written])
    return written
