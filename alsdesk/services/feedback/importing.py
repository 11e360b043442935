"""Returned forms read back: several files at once, one outcome per file.

Every file is read and judged before anything is stored; the good ones are then
stored in one transaction, and nothing of a bad file is kept. A file whose
request already has a reply is left for the member to decide (replace or keep),
carrying what it said in memory only.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.feedback import forms
from alsdesk.services.feedback.model import ANSWER_LIMIT, Answers, ResponseDraft, Source
from alsdesk.services.feedback.service import FeedbackService, RoundContents

MAX_FORM_BYTES = 20 * 1024 * 1024  # a filled form is well under 1 MB; scans are not forms


class Outcome(StrEnum):
    IMPORTED = "imported"
    ALREADY = "already imported"  # replace or keep: the member decides
    OTHER_ROUND = "from another round"
    EDITED = "identifiers edited"
    NOT_IN_ROUND = "person no longer in the round"
    EMPTY = "empty"
    NOT_OURS = "not a form of ours"
    DAMAGED = "damaged or encrypted"
    TOO_LARGE = "too large"

    @property
    def message(self) -> str:
        return translate("services", OUTCOME_MESSAGES[self])


OUTCOME_MESSAGES = {
    Outcome.IMPORTED: QT_TRANSLATE_NOOP("services", "Imported."),
    Outcome.ALREADY: QT_TRANSLATE_NOOP(
        "services",
        "A reply from this person is already stored: replace it with this one, "
        "or keep the one stored.",
    ),
    Outcome.OTHER_ROUND: QT_TRANSLATE_NOOP(
        "services", "This form belongs to another of your rounds. Import it there."
    ),
    Outcome.EDITED: QT_TRANSLATE_NOOP(
        "services",
        "The form's hidden identifiers were changed, or it was made by another "
        "copy of alsdesk, so it cannot be trusted. Nothing was stored.",
    ),
    Outcome.NOT_IN_ROUND: QT_TRANSLATE_NOOP(
        "services", "The person this form was made for is no longer in the round."
    ),
    Outcome.EMPTY: QT_TRANSLATE_NOOP(
        "services", "The form came back with nothing filled in. Nothing was stored."
    ),
    Outcome.NOT_OURS: QT_TRANSLATE_NOOP(
        "services", "This file is not a feedback form made by alsdesk."
    ),
    Outcome.DAMAGED: QT_TRANSLATE_NOOP(
        "services", "This file is damaged, or locked with a password, and cannot be read."
    ),
    Outcome.TOO_LARGE: QT_TRANSLATE_NOOP(
        "services", "This file (or an answer in it) is too large to be a returned form."
    ),
}


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file. ``respondent_id`` and ``pending`` only for ALREADY."""

    name: str  # the file's name, or "email text"
    outcome: Outcome
    respondent_id: int | None = None
    pending: ResponseDraft | None = field(default=None, repr=False)
    same_file: bool = False  # ALREADY: this very file was imported before

    @property
    def message(self) -> str:
        return self.outcome.message


class FileProblemError(Exception):
    def __init__(self, outcome: Outcome):
        super().__init__(outcome.value)
        self.outcome = outcome


def read_pdf(path: Path, max_bytes: int = MAX_FORM_BYTES) -> tuple[forms.ReturnedForm, str]:
    """What a returned PDF says, and the file's SHA-256; FileProblemError if it cannot be a form."""
    path = Path(path)
    try:
        if path.stat().st_size > max_bytes:
            raise FileProblemError(Outcome.TOO_LARGE)
        data = path.read_bytes()
    except OSError as exc:
        raise FileProblemError(Outcome.DAMAGED) from exc
    return read_pdf_bytes(data), hashlib.sha256(data).hexdigest()


def read_pdf_bytes(data: bytes) -> forms.ReturnedForm:
    from pypdf import PdfReader

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise FileProblemError(Outcome.NOT_OURS if data[:1024].isascii() else Outcome.DAMAGED)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileProblemError(Outcome.DAMAGED)
        fields = reader.get_fields() or {}
    except FileProblemError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure to parse an untrusted file is damage
        raise FileProblemError(Outcome.DAMAGED) from exc
    values = {name: _value(f.get("/V")) for name, f in fields.items()}
    if values.get(forms.FIELD_MARK) != forms.MARK:
        raise FileProblemError(Outcome.NOT_OURS)
    texts = {
        name.removeprefix("answer_"): value
        for name, value in values.items()
        if name.startswith("answer_")
    }
    ratings = {}
    for number in range(1, 10):
        level = forms.parse_level(values.get(forms.rating_field(number), ""))
        if level is not None:
            ratings[number] = level
    consent = values.get(forms.FIELD_CONSENT, "")
    return forms.ReturnedForm(
        round_uid=values.get(forms.FIELD_ROUND, ""),
        request_uid=values.get(forms.FIELD_REQUEST, ""),
        check=values.get(forms.FIELD_CHECK, ""),
        answers=Answers(texts, ratings),
        relationship=forms.parse_relationship(values.get(forms.FIELD_RELATIONSHIP, "")),
        may_name=consent not in ("", "/Off", "Off"),
    )


def _value(raw) -> str:
    """A field's value as text, newlines as ``\\n`` (Acrobat writes ``\\r``)."""
    if raw is None:
        return ""
    if isinstance(raw, list):
        raw = raw[0] if raw else ""
    text = str(raw)
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _Judge:
    """Matches returned forms to one round's requests, remembering what this batch held."""

    def __init__(self, service: FeedbackService, round_id: int):
        self.service = service
        self.contents: RoundContents = service.contents(round_id)
        self.key = service.form_key(round_id)
        self.seen: set[str] = set()

    def judge(self, name: str, returned: forms.ReturnedForm, digest: str, source: Source):
        """(the outcome, and for IMPORTED the respondent and draft to store)."""
        found = self.contents.round
        if returned.round_uid != found.uid:
            other = self.service.round_by_uid(returned.round_uid)
            if other is not None and forms.check_holds(
                self.service.form_key(other.id),
                returned.round_uid,
                returned.request_uid,
                returned.check,
            ):
                return FileOutcome(name, Outcome.OTHER_ROUND), None
            return FileOutcome(name, Outcome.EDITED), None
        if not forms.check_holds(self.key, found.uid, returned.request_uid, returned.check):
            return FileOutcome(name, Outcome.EDITED), None
        respondent = self.contents.respondent_by_request(returned.request_uid)
        if respondent is None:
            return FileOutcome(name, Outcome.NOT_IN_ROUND), None
        keys = {p.key for p in found.draft.prompts}
        texts = {k: v for k, v in returned.answers.texts.items() if k in keys and v.strip()}
        ratings = dict(returned.answers.ratings) if found.draft.ratings else {}
        if any(len(v) > ANSWER_LIMIT for v in texts.values()):
            return FileOutcome(name, Outcome.TOO_LARGE), None
        if not texts and not ratings:
            return FileOutcome(name, Outcome.EMPTY), None
        draft = ResponseDraft(
            Answers(texts, ratings),
            relationship=returned.relationship,
            may_name=returned.may_name,
            source=source,
            digest=digest,
        )
        stored = self.contents.responses.get(respondent.id)
        if stored is not None or returned.request_uid in self.seen:
            same = stored is not None and bool(digest) and stored.draft.digest == digest
            return FileOutcome(name, Outcome.ALREADY, respondent.id, draft, same), None
        self.seen.add(returned.request_uid)
        return FileOutcome(name, Outcome.IMPORTED), (respondent.id, draft, False)


def import_files(
    service: FeedbackService,
    round_id: int,
    paths: Iterable[Path],
    *,
    max_bytes: int = MAX_FORM_BYTES,
) -> list[FileOutcome]:
    """Read every file, then store the good ones together; one outcome per file, in order."""
    judge = _Judge(service, round_id)
    outcomes, to_store = [], []
    for path in paths:
        path = Path(path)
        try:
            returned, digest = read_pdf(path, max_bytes)
        except FileProblemError as problem:
            outcomes.append(FileOutcome(path.name, problem.outcome))
            continue
        outcome, item = judge.judge(path.name, returned, digest, Source.FORM)
        outcomes.append(outcome)
        if item is not None:
            to_store.append(item)
    if to_store:
        service.record_many(to_store)
    return outcomes


def import_text(service: FeedbackService, round_id: int, text: str) -> FileOutcome:
    """The plain-text version pasted back from an email."""
    from alsdesk.services.feedback.email_text import parse_email

    name = translate("services", "email text")
    returned = parse_email(text)
    if returned is None:
        return FileOutcome(name, Outcome.NOT_OURS)
    outcome, item = _Judge(service, round_id).judge(name, returned, "", Source.EMAIL)
    if item is not None:
        service.record_many([item])
    return outcome


def replace_with(service: FeedbackService, outcome: FileOutcome) -> None:
    """The member chose to replace the stored reply with the one in ``outcome`` (ALREADY)."""
    if (
        outcome.outcome is not Outcome.ALREADY
        or outcome.pending is None
        or outcome.respondent_id is None
    ):
        raise ValueError("Only a file already imported can replace a reply")
    service.record_response(outcome.respondent_id, outcome.pending, replace_existing=True)
