"""Typed ORM mappings of the private vault (``private.sqlite3``), apart from the main store.

The vault is always a local SQLite file beside the main database, whatever the
main store becomes (a shared server later). It holds the keyring (one data key,
stored only wrapped) and the areas sealed under it: the journal now, 360
feedback next. Every area's rows are ciphertext bound to the area and the row
(see ``alsdesk.services.vault``); no column refers to the main store.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from alsdesk.store.models import NAMING, utcnow


class VaultBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class VaultKeyring(VaultBase):
    """The vault's data key, stored only wrapped (see ``alsdesk.crypto.envelope``).

    One row. ``kdf`` is JSON: the key-derivation algorithm, its costs, salt and a
    check digest. ``idle_minutes`` is how long the unlocked vault waits before
    locking itself. ``generation`` rises at each passphrase change.
    """

    __tablename__ = "vault_keyring"

    id: Mapped[int] = mapped_column(primary_key=True)
    kdf: Mapped[str] = mapped_column(Text)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    recovery_wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    idle_minutes: Mapped[int] = mapped_column(Integer, default=10)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    generation: Mapped[int] = mapped_column(Integer, server_default="1")


class JournalEntryRow(VaultBase):
    """One journal entry, sealed whole: date, title, sections, tags and links.

    ``uid`` is random and bound into the seal, so ciphertext moved to another row
    does not open. The links name meetings and goals by id inside the seal only.
    """

    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = ({"sqlite_autoincrement": True},)


class JournalTemplateRow(VaultBase):
    """A user's own reflective template (name and stage prompts), sealed."""

    __tablename__ = "journal_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = ({"sqlite_autoincrement": True},)


class JournalManifestRow(VaultBase):
    """One row: every journal entry and template uid with its version, sealed
    under the vault key for the journal and rewritten in the same transaction as
    each write."""

    __tablename__ = "journal_manifest"

    id: Mapped[int] = mapped_column(primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


# -- 360 feedback (vault revision 0002) ---------------------------------------------
# Every row is one sealed value bound to its own uid; the plaintext columns are only
# random uids, row ids and the links between rows. The sealed value names its
# parent's uid too, so a row moved under another parent does not read as its child.


class FeedbackRoundRow(VaultBase):
    """One 360 round, sealed whole: title, deadline, prompts, ratings choice, form key."""

    __tablename__ = "feedback_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = ({"sqlite_autoincrement": True},)


class FeedbackSelfViewRow(VaultBase):
    """The member's own answers and ratings for one round, sealed."""

    __tablename__ = "feedback_self_view"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_round.id", ondelete="CASCADE"), unique=True
    )
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class FeedbackRespondentRow(VaultBase):
    """Someone asked for feedback in a round: name, email, relationship, consent, sealed."""

    __tablename__ = "feedback_respondent"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_round.id", ondelete="CASCADE"), index=True
    )
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = ({"sqlite_autoincrement": True},)


class FeedbackRequestRow(VaultBase):
    """The request to one respondent; its uid is the request id printed (hidden) on the form.

    Sealed: its status and the dates it was asked, reminded, answered or declined.
    """

    __tablename__ = "feedback_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    respondent_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_respondent.id", ondelete="CASCADE"), unique=True
    )
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class FeedbackResponseRow(VaultBase):
    """What came back for one request: answers by prompt, ratings, consent, sealed."""

    __tablename__ = "feedback_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_request.id", ondelete="CASCADE"), unique=True
    )
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class FeedbackManifestRow(VaultBase):
    """One row: a digest of every feedback row, sealed, rewritten in each write's transaction,
    so a row deleted, added or put back from an older copy is noticed."""

    __tablename__ = "feedback_manifest"

    id: Mapped[int] = mapped_column(primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class FeedbackThemeRow(VaultBase):
    """A theme the member marked on one synthesis comment, sealed: its kind (a strength or
    a development area), an optional label, the prompt and a hash of the comment's text
    (never a respondent: the comments are shuffled and carry no one's id)."""

    __tablename__ = "feedback_theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_round.id", ondelete="CASCADE"), index=True
    )
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}
