"""The feedback area's manifest: one digest over every sealed feedback row.

It is sealed under the vault's key and rewritten in the transaction of every
write, so a row deleted, added or put back from an older copy of the file no
longer matches it (a flipped byte is caught by the row's own seal).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsdesk.store.vault_models import (
    FeedbackRequestRow,
    FeedbackRespondentRow,
    FeedbackResponseRow,
    FeedbackRoundRow,
    FeedbackSelfViewRow,
    FeedbackThemeRow,
)

_ROW_MODELS = (
    FeedbackRoundRow,
    FeedbackSelfViewRow,
    FeedbackRespondentRow,
    FeedbackRequestRow,
    FeedbackResponseRow,
    FeedbackThemeRow,  # none before vault_0003: older digests are unchanged
)


def rows_digest(session: Session | None) -> bytes:
    """SHA-256 over every feedback row's table, id, uid and sealed bytes (None: no rows)."""
    digest = hashlib.sha256(b"alsdesk feedback manifest v1\0")
    if session is None:
        return digest.digest()
    for model in _ROW_MODELS:
        rows = session.execute(select(model.id, model.uid, model.sealed).order_by(model.id))
        for row_id, uid, sealed in rows:
            part = f"{model.__tablename__}|{row_id}|{uid}|".encode()
            digest.update(part + hashlib.sha256(bytes(sealed)).digest())
    return digest.digest()
