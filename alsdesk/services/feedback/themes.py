"""Themes the member marks on synthesis comments: a strength or a development area.

A theme is sealed in the vault with the rest of the round (area ``feedback``,
bound to ``theme:<uid>``). It names the prompt and a SHA-256 of the comment's
text, never a respondent: the synthesis shuffles comments and carries no ids, so
neither does a theme. A comment edited away (a reply replaced) leaves its theme
without a comment; it still shows, with its label, until the member removes it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from alsdesk.crypto import TamperedError
from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.errors import NotFoundError, ValidationError
from alsdesk.services.feedback.service import FeedbackService
from alsdesk.store.vault_models import FeedbackRoundRow, FeedbackThemeRow

LABEL_LIMIT = 120


class ThemeKind(StrEnum):
    STRENGTH = "strength"
    DEVELOPMENT = "development"

    @property
    def label(self) -> str:
        return translate("services", KIND_LABELS[self])


KIND_LABELS = {
    ThemeKind.STRENGTH: QT_TRANSLATE_NOOP("services", "Strength"),
    ThemeKind.DEVELOPMENT: QT_TRANSLATE_NOOP("services", "Development area"),
}


def comment_hash(text: str) -> str:
    """The hash a theme keeps of its comment (the text as the synthesis shows it)."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Theme:
    id: int
    round_id: int
    prompt_key: str
    comment: str  # the comment's hash
    kind: ThemeKind
    label: str = ""


class FeedbackThemes:
    """Themes of a round, through the feedback service's sealer and manifest."""

    def __init__(self, feedback: FeedbackService):
        self.feedback = feedback

    def themes(self, round_id: int) -> list[Theme]:
        """The round's themes that open, in the order marked (a damaged one is left out)."""
        f = self.feedback
        with f._session() as session:
            round_uid = _round_uid(session, round_id)
            rows = session.scalars(
                select(FeedbackThemeRow)
                .where(FeedbackThemeRow.round_id == round_id)
                .order_by(FeedbackThemeRow.id)
            ).all()
            found = []
            for row in rows:
                try:
                    data = json.loads(f._open("theme", row.uid, row.sealed).decode("utf-8"))
                    if data.get("in") != round_uid:
                        continue
                    found.append(
                        Theme(
                            row.id,
                            round_id,
                            str(data["prompt"]),
                            str(data["hash"]),
                            ThemeKind(data["kind"]),
                            str(data.get("label", "")),
                        )
                    )
                except (TamperedError, ValueError, KeyError, TypeError):
                    continue
        return found

    def mark(
        self, round_id: int, prompt_key: str, comment: str, kind: ThemeKind, label: str = ""
    ) -> Theme:
        """Mark ``comment`` (its text) under ``prompt_key``; a comment holds one theme:
        marking it again replaces the kind and label."""
        label = " ".join(label.split())
        if len(label) > LABEL_LIMIT:
            raise ValidationError(
                {"label": translate("services", "Keep the label to %d characters.") % LABEL_LIMIT}
            )
        digest = comment_hash(comment)
        f = self.feedback
        f._require_unlocked()
        existing = next(
            (
                t
                for t in self.themes(round_id)
                if t.prompt_key == prompt_key and t.comment == digest
            ),
            None,
        )
        with f._writing() as session:
            round_uid = _round_uid(session, round_id)
            found = f._round_or_raise(session, round_id)
            if found.prompt(prompt_key) is None:
                raise NotFoundError(
                    translate("services", "That question is no longer in the round.")
                )
            raw = json.dumps(
                {
                    "v": 1,
                    "in": round_uid,
                    "prompt": prompt_key,
                    "hash": digest,
                    "kind": str(kind),
                    "label": label,
                },
                ensure_ascii=False,
            ).encode()
            row = session.get(FeedbackThemeRow, existing.id) if existing else None
            if row is None:
                row = FeedbackThemeRow(uid=secrets.token_hex(16), round_id=round_id, sealed=b"")
                session.add(row)
            row.sealed = f._seal("theme", row.uid, raw)
            session.flush()
            return Theme(row.id, round_id, prompt_key, digest, kind, label)

    def remove(self, theme_id: int) -> None:
        f = self.feedback
        f._require_unlocked()
        with f._writing() as session:
            row = session.get(FeedbackThemeRow, theme_id)
            if row is not None:
                session.delete(row)


def _round_uid(session, round_id: int) -> str:
    row = session.get(FeedbackRoundRow, round_id)
    if row is None:
        raise NotFoundError(translate("services", "That feedback round no longer exists."))
    return row.uid
