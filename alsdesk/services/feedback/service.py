"""360 feedback rounds, sealed in the private vault under the journal's unlock.

Every row (round, self-view, respondent, request, response) is sealed whole
through the vault's sealer for the area ``feedback`` and bound to its own uid
(``feedback-round:<uid>`` and so on); its plaintext names its parent's uid, so a
row moved under another parent reads as damaged, not as that parent's child.
Nothing of a round — title, prompts, names, emails, answers, ratings, dates —
reaches the vault's file unsealed, and nothing here logs any of it.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsdesk.crypto import TamperedError
from alsdesk.i18n import translate
from alsdesk.services.errors import NotFoundError, UserError, ValidationError
from alsdesk.services.feedback import codec
from alsdesk.services.feedback.checks import check_answers, check_respondent, check_round
from alsdesk.services.feedback.manifest import rows_digest
from alsdesk.services.feedback.model import (
    AlreadyAnsweredError,
    Answers,
    Relationship,
    Request,
    RequestStatus,
    Respondent,
    RespondentDraft,
    Response,
    ResponseDraft,
    Round,
    RoundContents,
    RoundDraft,
)
from alsdesk.services.rows import at_version
from alsdesk.services.vault import Sealer, Vault, VaultLockedError
from alsdesk.store.models import utcnow
from alsdesk.store.vault_models import (
    FeedbackManifestRow,
    FeedbackRequestRow,
    FeedbackRespondentRow,
    FeedbackResponseRow,
    FeedbackRoundRow,
    FeedbackSelfViewRow,
)

AREA = "feedback"
FORM_KEY_BYTES = 32
MANIFEST_ID = 1


class FeedbackService:
    """Rounds, respondents, requests, responses and self-views, sealed for ``feedback``."""

    def __init__(
        self,
        vault: Vault,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        self.vault = vault
        self._store = vault.store
        self._sealer: Sealer = vault.sealer(AREA)
        self._clock = clock
        self._today = today
        self._on_locked: list[Callable[[], None]] = []
        vault.attach(self)

    # -- what the vault tells its areas ---------------------------------------
    # Feedback keeps no record of the keyring and holds nothing read under the key.

    def vault_created(self, session, keyring_digest: str) -> None:
        pass

    def vault_opening(self, keyring_digest: str, *, trust_keyring: bool) -> None:
        pass

    def vault_keyring_changed(self, session, keyring_digest: str) -> None:
        pass

    def vault_locked(self) -> None:
        for call in list(self._on_locked):
            call()

    def before_lock(self, call: Callable[[], None]) -> None:
        """Call ``call()`` just before the vault locks, while it can still save."""
        self.vault.before_lock(call)

    def when_locked(self, call: Callable[[], None]) -> None:
        """Call ``call()`` each time the vault locks (a page then forgets what it shows)."""
        self._on_locked.append(call)

    @property
    def is_unlocked(self) -> bool:
        return self.vault.is_unlocked

    # -- rounds ---------------------------------------------------------------

    def rounds(self) -> list[Round]:
        """Every round that opens, newest first (a damaged round is left out)."""
        with self._session() as session:
            rows = session.scalars(select(FeedbackRoundRow)).all()
            found = [self._round(row) for row in rows]
        return sorted((r for r in found if r), key=lambda r: (r.created_at, r.id), reverse=True)

    def get_round(self, round_id: int) -> Round:
        with self._session() as session:
            return self._round_or_raise(session, round_id)

    def round_by_uid(self, uid: str) -> Round | None:
        with self._session() as session:
            row = session.scalar(select(FeedbackRoundRow).where(FeedbackRoundRow.uid == uid))
            return self._round(row) if row is not None else None

    def form_key(self, round_id: int) -> bytes:
        """The round's own key for the check value on its forms (kept sealed in the vault)."""
        with self._session() as session:
            row = self._round_row(session, round_id)
            return self._open_round(row)[1]

    def create_round(self, draft: RoundDraft) -> Round:
        draft = check_round(draft)
        self._require_unlocked()
        now, uid = self._clock(), secrets.token_hex(16)
        raw = codec.encode_round(draft, secrets.token_bytes(FORM_KEY_BYTES), now)
        with self._writing() as session:
            row = FeedbackRoundRow(uid=uid, sealed=self._seal("round", uid, raw))
            session.add(row)
            session.flush()
            return Round(row.id, uid, draft, now, row.version)

    def save_round(self, round_id: int, draft: RoundDraft, expected_version: int | None = None):
        """Save title, deadline, prompts (in their order) and the ratings choice."""
        draft = check_round(draft)
        self._require_unlocked()
        with self._writing() as session:
            row = self._round_row(session, round_id)
            at_version(row, expected_version, "feedback round")
            _old, form_key, created = self._open_round(row)
            raw = codec.encode_round(draft, form_key, created)
            row.sealed = self._seal("round", row.uid, raw)
            session.flush()
            return Round(row.id, row.uid, draft, created, row.version)

    def delete_round(self, round_id: int) -> None:
        """Delete a round with its respondents, requests, responses and self-view."""
        self._require_unlocked()
        with self._writing() as session:
            row = session.get(FeedbackRoundRow, round_id)
            if row is not None:
                session.delete(row)

    # -- the member's own view ------------------------------------------------

    def self_view(self, round_id: int) -> Answers:
        return self.contents(round_id).self_view

    def save_self_view(self, round_id: int, answers: Answers) -> None:
        self._require_unlocked()
        with self._writing() as session:
            found = self._round_or_raise(session, round_id)
            answers = check_answers(found, answers)
            raw = codec.encode_self_view(found.uid, answers)
            row = session.scalar(
                select(FeedbackSelfViewRow).where(FeedbackSelfViewRow.round_id == round_id)
            )
            if row is None:
                row = FeedbackSelfViewRow(uid=secrets.token_hex(16), round_id=round_id, sealed=b"")
                session.add(row)
            row.sealed = self._seal("self", row.uid, raw)

    # -- respondents and their requests ---------------------------------------

    def add_respondent(self, round_id: int, draft: RespondentDraft) -> Respondent:
        draft = check_respondent(draft)
        self._require_unlocked()
        with self._writing() as session:
            found = self._round_or_raise(session, round_id)
            uid = secrets.token_hex(16)
            row = FeedbackRespondentRow(
                uid=uid,
                round_id=round_id,
                sealed=self._seal("respondent", uid, codec.encode_respondent(found.uid, draft)),
            )
            session.add(row)
            session.flush()
            request_uid = secrets.token_hex(16)
            raw = codec.encode_request(uid, RequestStatus.NOT_ASKED, {})
            request = FeedbackRequestRow(
                uid=request_uid,
                respondent_id=row.id,
                sealed=self._seal("request", request_uid, raw),
            )
            session.add(request)
            session.flush()
            return Respondent(
                row.id, round_id, draft, Request(request.id, request_uid, RequestStatus.NOT_ASKED)
            )

    def update_respondent(self, respondent_id: int, draft: RespondentDraft) -> None:
        draft = check_respondent(draft)
        self._require_unlocked()
        with self._writing() as session:
            row = self._respondent_row(session, respondent_id)
            round_uid = session.get(FeedbackRoundRow, row.round_id).uid
            row.sealed = self._seal(
                "respondent", row.uid, codec.encode_respondent(round_uid, draft)
            )

    def remove_respondent(self, respondent_id: int) -> None:
        """Remove someone from the round, with their request and any response."""
        self._require_unlocked()
        with self._writing() as session:
            row = session.get(FeedbackRespondentRow, respondent_id)
            if row is not None:
                session.delete(row)

    def mark_asked(self, respondent_ids: Iterable[int], on: dt.date | None = None) -> None:
        """The forms went out: not-asked requests become asked (others keep their state)."""
        on = on or self._today()

        def change(status, dates):
            if status is RequestStatus.NOT_ASKED:
                return RequestStatus.ASKED, {**dates, "asked_on": on}
            return status, dates

        self._change_requests(respondent_ids, change)

    def mark_reminded(self, respondent_ids: Iterable[int], on: dt.date | None = None) -> None:
        on = on or self._today()
        self._change_requests(respondent_ids, lambda s, d: (s, {**d, "reminded_on": on}))

    def mark_declined(self, respondent_id: int, on: dt.date | None = None) -> None:
        on = on or self._today()

        def change(status, dates):
            if status is RequestStatus.REPLIED:
                raise UserError(
                    translate(
                        "services", "This person has already replied; remove the reply first."
                    )
                )
            return RequestStatus.DECLINED, {**dates, "declined_on": on}

        self._change_requests([respondent_id], change)

    def reopen(self, respondent_id: int) -> None:
        """A declined request asked again (or a reply removed): back to asked."""

        def change(status, dates):
            if status is RequestStatus.REPLIED:
                return status, dates
            return RequestStatus.ASKED, {**dates, "declined_on": None}

        self._change_requests([respondent_id], change)

    # -- responses ------------------------------------------------------------

    def record_response(
        self,
        respondent_id: int,
        draft: ResponseDraft,
        *,
        replace_existing: bool = False,
        on: dt.date | None = None,
    ) -> Response:
        """Store what came back (a form, an email, paper) for one respondent's request.

        AlreadyAnsweredError if there is a response already and ``replace_existing``
        is false: nothing is changed then.
        """
        self._require_unlocked()
        on = on or self._today()
        with self._writing() as session:
            return self.record_in(session, respondent_id, draft, replace_existing, on)

    def record_many(
        self, items: Iterable[tuple[int, ResponseDraft, bool]], on: dt.date | None = None
    ) -> list[Response]:
        """Several responses in one transaction: all are stored, or none."""
        self._require_unlocked()
        on = on or self._today()
        with self._writing() as session:
            return [self.record_in(session, rid, d, again, on) for rid, d, again in items]

    def record_in(
        self, session: Session, respondent_id: int, draft, replace_existing: bool, on: dt.date
    ) -> Response:
        row = self._respondent_row(session, respondent_id)
        found = self._round_or_raise(session, row.round_id)
        draft = replace(draft, answers=check_answers(found, draft.answers))
        request = _request_of(session, row)
        stored = session.scalar(
            select(FeedbackResponseRow).where(FeedbackResponseRow.request_id == request.id)
        )
        if stored is not None and not replace_existing:
            raise AlreadyAnsweredError(
                translate("services", "A reply from this person is already stored.")
            )
        if stored is None:
            stored = FeedbackResponseRow(
                uid=secrets.token_hex(16), request_id=request.id, sealed=b""
            )
            session.add(stored)
        raw = codec.encode_response(request.uid, draft, on)
        stored.sealed = self._seal("response", stored.uid, raw)
        _status, dates = self._open_request(request, row.uid)
        request.sealed = self._seal(
            "request",
            request.uid,
            codec.encode_request(
                row.uid, RequestStatus.REPLIED, {**dates, "replied_on": on, "declined_on": None}
            ),
        )
        session.flush()
        return Response(stored.id, request.id, draft, on)

    def remove_response(self, respondent_id: int) -> None:
        self._require_unlocked()
        with self._writing() as session:
            row = self._respondent_row(session, respondent_id)
            request = _request_of(session, row)
            stored = session.scalar(
                select(FeedbackResponseRow).where(FeedbackResponseRow.request_id == request.id)
            )
            if stored is not None:
                session.delete(stored)
            _status, dates = self._open_request(request, row.uid)
            raw = codec.encode_request(row.uid, RequestStatus.ASKED, {**dates, "replied_on": None})
            request.sealed = self._seal("request", request.uid, raw)

    # -- everything of a round ------------------------------------------------

    def contents(self, round_id: int) -> RoundContents:
        """The round with its respondents, requests, responses and self-view, opened."""
        damaged = 0
        with self._session() as session:
            found = self._round_or_raise(session, round_id)
            self_row = session.scalar(
                select(FeedbackSelfViewRow).where(FeedbackSelfViewRow.round_id == round_id)
            )
            self_view = Answers()
            if self_row is not None:
                try:
                    raw = self._open("self", self_row.uid, self_row.sealed)
                    self_view = codec.decode_self_view(raw, found.uid)
                except (TamperedError, codec.FeedbackFormatError):
                    damaged += 1
            respondents, responses = [], {}
            rows = session.execute(
                select(FeedbackRespondentRow, FeedbackRequestRow, FeedbackResponseRow)
                .join(
                    FeedbackRequestRow, FeedbackRequestRow.respondent_id == FeedbackRespondentRow.id
                )
                .outerjoin(
                    FeedbackResponseRow, FeedbackResponseRow.request_id == FeedbackRequestRow.id
                )
                .where(FeedbackRespondentRow.round_id == round_id)
                .order_by(FeedbackRespondentRow.id)
            ).all()
            for person, request, response in rows:
                try:
                    raw = self._open("respondent", person.uid, person.sealed)
                    draft = codec.decode_respondent(raw, found.uid)
                    status, dates = self._open_request(request, person.uid)
                except (TamperedError, codec.FeedbackFormatError):
                    damaged += 1
                    continue
                respondents.append(
                    Respondent(
                        person.id,
                        round_id,
                        draft,
                        Request(request.id, request.uid, status, **dates),
                    )
                )
                if response is None:
                    continue
                try:
                    raw = self._open("response", response.uid, response.sealed)
                    answer, received = codec.decode_response(raw, request.uid)
                except (TamperedError, codec.FeedbackFormatError):
                    damaged += 1
                    continue
                responses[person.id] = Response(response.id, request.id, answer, received)
            tampered = not self._manifest_holds(session)
        return RoundContents(found, tuple(respondents), responses, self_view, damaged, tampered)

    # -- the manifest: rows deleted or put back are noticed --------------------

    def tampered(self) -> bool:
        """Whether the feedback rows differ from what alsdesk last wrote (one was deleted,
        added, or put back from an older copy of the file)."""
        with self._session() as session:
            return not self._manifest_holds(session)

    @contextmanager
    def _writing(self):
        """A write transaction that ends by sealing the manifest of every feedback row."""
        with self._store.sessions.begin() as session:
            yield session
            session.flush()
            sealed = self._seal("manifest", "all", rows_digest(session))
            row = session.get(FeedbackManifestRow, MANIFEST_ID)
            if row is None:
                session.add(FeedbackManifestRow(id=MANIFEST_ID, sealed=sealed))
            else:
                row.sealed = sealed

    def _manifest_holds(self, session: Session) -> bool:
        row = session.get(FeedbackManifestRow, MANIFEST_ID)
        digest = rows_digest(session)
        if row is None:
            return digest == rows_digest(None)  # nothing written yet: no rows either
        try:
            return self._open("manifest", "all", row.sealed) == digest
        except TamperedError:
            return False

    # -- internals ------------------------------------------------------------

    def _session(self):
        self._require_unlocked()
        return self._store.sessions()

    def _require_unlocked(self) -> None:
        if not self.vault.is_unlocked:
            raise VaultLockedError(
                translate("services", "The journal is locked. Unlock it with your passphrase.")
            )

    def _seal(self, kind: str, uid: str, raw: bytes) -> bytes:
        return self._sealer.seal(f"{kind}:{uid}", raw)

    def _open(self, kind: str, uid: str, sealed: bytes) -> bytes:
        return self._sealer.open(f"{kind}:{uid}", bytes(sealed))

    def _open_round(self, row: FeedbackRoundRow):
        try:
            return codec.decode_round(self._open("round", row.uid, row.sealed))
        except (TamperedError, codec.FeedbackFormatError) as exc:
            raise UserError(
                translate(
                    "services",
                    "This feedback round was changed on disk since it was saved and cannot be "
                    "trusted.",
                )
            ) from exc

    def _round(self, row: FeedbackRoundRow) -> Round | None:
        try:
            draft, _key, created = self._open_round(row)
        except UserError:
            return None
        return Round(row.id, row.uid, draft, created, row.version)

    def _round_row(self, session: Session, round_id: int) -> FeedbackRoundRow:
        row = session.get(FeedbackRoundRow, round_id)
        if row is None:
            raise NotFoundError(translate("services", "That feedback round no longer exists."))
        return row

    def _round_or_raise(self, session: Session, round_id: int) -> Round:
        row = self._round_row(session, round_id)
        draft, _key, created = self._open_round(row)
        return Round(row.id, row.uid, draft, created, row.version)

    def _respondent_row(self, session: Session, respondent_id: int) -> FeedbackRespondentRow:
        row = session.get(FeedbackRespondentRow, respondent_id)
        if row is None:
            raise NotFoundError(translate("services", "That person is no longer in the round."))
        return row

    def _open_request(self, request: FeedbackRequestRow, respondent_uid: str):
        raw = self._open("request", request.uid, request.sealed)
        return codec.decode_request(raw, respondent_uid)

    def _change_requests(self, respondent_ids: Iterable[int], change) -> None:
        self._require_unlocked()
        with self._writing() as session:
            for respondent_id in respondent_ids:
                row = self._respondent_row(session, respondent_id)
                request = _request_of(session, row)
                try:
                    status, dates = self._open_request(request, row.uid)
                except (TamperedError, codec.FeedbackFormatError) as exc:
                    raise UserError(
                        translate(
                            "services", "This request was changed on disk and cannot be trusted."
                        )
                    ) from exc
                status, dates = change(status, dates)
                request.sealed = self._seal(
                    "request", request.uid, codec.encode_request(row.uid, status, dates)
                )


def _request_of(session: Session, row: FeedbackRespondentRow) -> FeedbackRequestRow:
    """The respondent's request (made with them, removed with them)."""
    request = session.scalar(
        select(FeedbackRequestRow).where(FeedbackRequestRow.respondent_id == row.id)
    )
    if request is None:
        raise UserError(
            translate("services", "This request was changed on disk and cannot be trusted.")
        )
    return request


__all__ = [
    "AlreadyAnsweredError",
    "FeedbackService",
    "Relationship",
    "RoundContents",
    "ValidationError",
]
