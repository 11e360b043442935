"""Merging two records of one person: everything moves to the one kept, in one transaction.

A facilitator who typed "Amira Hassan" twice keeps one record. Every row that
refers to a person (found from the models' foreign keys, so a table added later
is included without being listed here) moves to the kept person. Where both
were in the same place (the same set twice, both marked at one meeting) the
kept person's row stays, takes whatever it lacked from the other, and the other
row goes: the membership is de-duplicated.

The private vault holds no person ids: journal links name meetings and goals,
which keep their ids when their owner is merged.

``merge`` returns a snapshot of every row it touched, so ``unmerge`` (undo)
puts things back exactly, under the same ids.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Column, Table, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.errors import ChangedElsewhereError, NotFoundError, UserError
from alsdesk.store import Store
from alsdesk.store.models import Base, Person, utcnow

PERSON: Table = Person.__table__  # type: ignore[assignment]  # declarative tables are Tables
DETAILS = ("job_title", "organisation", "email", "phone")

_WHAT = {  # how the preview names each table's rows, in this order (a new table: its name)
    "membership": (
        QT_TRANSLATE_NOOP("services", "set membership"),
        QT_TRANSLATE_NOOP("services", "set memberships"),
    ),
    "attendance": (
        QT_TRANSLATE_NOOP("services", "attendance record"),
        QT_TRANSLATE_NOOP("services", "attendance records"),
    ),
    "airtime_turn": (
        QT_TRANSLATE_NOOP("services", "airtime bid or turn"),
        QT_TRANSLATE_NOOP("services", "airtime bids and turns"),
    ),
    "action": (QT_TRANSLATE_NOOP("services", "action"), QT_TRANSLATE_NOOP("services", "actions")),
    "action_change": (
        QT_TRANSLATE_NOOP("services", "earlier owner of an action"),
        QT_TRANSLATE_NOOP("services", "earlier owners of actions"),
    ),
    "goal": (
        QT_TRANSLATE_NOOP("services", "improvement goal"),
        QT_TRANSLATE_NOOP("services", "improvement goals"),
    ),
    "self_assessment": (
        QT_TRANSLATE_NOOP("services", "self-assessment"),
        QT_TRANSLATE_NOOP("services", "self-assessments"),
    ),
    "plan_item": (
        QT_TRANSLATE_NOOP("services", "development-plan item"),
        QT_TRANSLATE_NOOP("services", "development-plan items"),
    ),
}


def what(table: Table, count: int = 2) -> str:
    """The words for ``count`` of one table's rows in the preview, translated."""
    plain = table.name.replace("_", " ")
    one, many = _WHAT.get(table.name, (plain, plain))
    return translate("services", one if count == 1 else many)


def _order(table: Table) -> int:
    return list(_WHAT).index(table.name) if table.name in _WHAT else len(_WHAT)


def person_columns() -> list[tuple[Table, Column]]:
    """Every column in the main store that refers to a person, parents before children."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column is PERSON.c.id for fk in column.foreign_keys):
                found.append((table, column))
    return found


def _unique_partners(table: Table, column: Column) -> list[list[Column]]:
    """For each unique rule that includes ``column``: the other columns in it."""
    rules: list[list[Column]] = []
    if column.unique:
        rules.append([])
    for constraint in table.constraints:
        columns = list(getattr(constraint, "columns", ()))
        if type(constraint).__name__ == "UniqueConstraint" and column in columns:
            rules.append([c for c in columns if c is not column])
    for index in table.indexes:
        if index.unique and column in index.columns:
            rules.append([c for c in index.columns if c is not column])
    return rules


def _children(table: Table) -> list[tuple[Table, Column]]:
    """Columns of other tables that refer to rows of ``table``."""
    return [
        (other, column)
        for other in Base.metadata.sorted_tables
        for column in other.columns
        if any(fk.column.table is table for fk in column.foreign_keys)
    ]


@dataclass(frozen=True)
class Moving:
    """One kind of row in the preview: how many move, and how many are doubles."""

    what: str
    moving: int
    doubled: int
    """Rows of the removed person where the kept one already has a row (same set,
    same meeting): the kept row stays and takes what it lacked."""


@dataclass(frozen=True)
class MergePreview:
    keep_id: int
    keep_name: str
    drop_id: int
    drop_name: str
    keep_details: str
    drop_details: str
    """Job, organisation and email, to tell two records of one name apart."""
    moves: tuple[Moving, ...]
    details_taken: tuple[str, ...]
    """Fields of the kept person filled in from the other (they were empty)."""

    @property
    def nothing_moves(self) -> bool:
        return not any(m.moving for m in self.moves)


@dataclass(frozen=True)
class MergeRecord:
    """What ``merge`` changed, for ``unmerge``: every touched row as it was, in order."""

    keep_id: int
    drop_id: int
    keep_version: int
    rows: tuple[tuple[str, dict], ...]  # (table name, row before the merge)


class MergeService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    def preview(self, keep_id: int, drop_id: int) -> MergePreview:
        with self._sessions() as session:
            keep, drop = self._pair(session, keep_id, drop_id)
            moves = []
            for table, column in sorted(person_columns(), key=lambda tc: _order(tc[0])):
                moving = _count(session, table, column == drop_id)
                doubled = sum(1 for _ in _doubles(session, table, column, keep_id, drop_id))
                if moving:
                    moves.append(Moving(what(table, moving), moving, doubled))
            taken = tuple(name for name in DETAILS if not keep[name].strip() and drop[name].strip())
            return MergePreview(
                keep_id,
                keep["full_name"],
                drop_id,
                drop["full_name"],
                _details(keep),
                _details(drop),
                tuple(moves),
                taken,
            )

    def merge(self, keep_id: int, drop_id: int) -> MergeRecord:
        """Move everything of ``drop_id`` to ``keep_id`` and remove ``drop_id``: all or nothing."""
        with self._sessions.begin() as session:
            keep, drop = self._pair(session, keep_id, drop_id)
            snapshot = _snapshot(session, keep_id, drop_id)
            for table, column in person_columns():
                for kept, doubled in list(_doubles(session, table, column, keep_id, drop_id)):
                    _absorb(session, table, kept, doubled)
                values: dict[str, object] = {column.name: keep_id}
                if "version" in table.c:
                    values["version"] = table.c.version + 1
                session.execute(update(table).where(column == drop_id).values(**values))
            details = {n: drop[n] for n in DETAILS if not keep[n].strip() and drop[n].strip()}
            if keep["notes"].strip() and drop["notes"].strip() and keep["notes"] != drop["notes"]:
                details["notes"] = keep["notes"].rstrip() + "\n\n" + drop["notes"].strip()
            elif not keep["notes"].strip():
                details["notes"] = drop["notes"]
            session.execute(
                update(PERSON)
                .where(PERSON.c.id == keep_id)
                .values(
                    **details,
                    is_self=keep["is_self"] or drop["is_self"],
                    version=keep["version"] + 1,
                    updated_at=utcnow(),
                )
            )
            session.execute(delete(PERSON).where(PERSON.c.id == drop_id))
            return MergeRecord(keep_id, drop_id, keep["version"] + 1, snapshot)

    def unmerge(self, record: MergeRecord) -> None:
        """Undo ``merge``: the removed person back under their id, every row as it was.

        Refused (ChangedElsewhereError) if the kept person was edited since.
        """
        with self._sessions.begin() as session:
            version = session.scalar(select(PERSON.c.version).where(PERSON.c.id == record.keep_id))
            if version is None:
                raise NotFoundError(translate("services", "That person is no longer in alsdesk."))
            if version != record.keep_version:
                raise ChangedElsewhereError(
                    translate("services", "the person was changed after the merge")
                )
            tables = {t.name: t for t in Base.metadata.sorted_tables}
            for name, row in record.rows:
                table = tables[name]
                where = table.c.id == row["id"]
                if session.scalar(select(func.count()).select_from(table).where(where)):
                    session.execute(update(table).where(where).values(**row))
                else:
                    session.execute(insert(table).values(**row))

    @staticmethod
    def _pair(session: Session, keep_id: int, drop_id: int) -> tuple[dict, dict]:
        if keep_id == drop_id:
            raise UserError(translate("services", "Choose two different people to merge."))
        rows = {
            row["id"]: dict(row)
            for row in session.execute(
                select(PERSON).where(PERSON.c.id.in_([keep_id, drop_id]))
            ).mappings()
        }
        if keep_id not in rows or drop_id not in rows:
            raise NotFoundError(translate("services", "That person is no longer in alsdesk."))
        return rows[keep_id], rows[drop_id]


def _details(person: dict) -> str:
    return " · ".join(
        filter(None, (person[n].strip() for n in ("job_title", "organisation", "email")))
    )


def _count(session: Session, table: Table, where) -> int:
    return session.scalar(select(func.count()).select_from(table).where(where)) or 0


def _doubles(
    session: Session, table: Table, column: Column, keep_id: int, drop_id: int
) -> Iterator[tuple[dict, dict]]:
    """(kept row, removed person's row) pairs that a unique rule allows only one of."""
    for partners in _unique_partners(table, column):
        kept = table.alias("kept")
        pairs = select(kept, table.c.id.label("doubled_id")).where(
            column == drop_id,
            kept.c[column.name] == keep_id,
            and_(*(kept.c[p.name] == p for p in partners)),
        )
        for row in session.execute(pairs).mappings():
            kept_row = {c.name: row[c.name] for c in table.columns}
            doubled = session.execute(
                select(table).where(table.c.id == row["doubled_id"])
            ).mappings()
            yield kept_row, dict(doubled.one())


def _absorb(session: Session, table: Table, kept: dict, doubled: dict) -> None:
    """The kept row takes what it lacks from its double (and its children); the double goes."""
    skip = {"id", "version"} | {c.name for c in table.columns if c.foreign_keys}
    filled = {
        name: value
        for name, value in doubled.items()
        if name not in skip and kept[name] in (None, "") and value not in (None, "")
    }
    if filled:
        session.execute(update(table).where(table.c.id == kept["id"]).values(**filled))
    for child, column in _children(table):
        session.execute(
            update(child).where(column == doubled["id"]).values(**{column.name: kept["id"]})
        )
    session.execute(delete(table).where(table.c.id == doubled["id"]))


def _snapshot(session: Session, keep_id: int, drop_id: int) -> tuple[tuple[str, dict], ...]:
    """Every row a merge of the two may touch, as it is now, parents before children."""
    people = [PERSON.c.id.in_([keep_id, drop_id])]
    rows: list[tuple[str, dict]] = [
        (PERSON.name, dict(r)) for r in session.execute(select(PERSON).where(*people)).mappings()
    ]
    for table, column in person_columns():
        ids = list(session.scalars(select(table.c.id).where(column.in_([keep_id, drop_id]))))
        found = session.execute(select(table).where(table.c.id.in_(ids))).mappings()
        rows += [(table.name, dict(r)) for r in found]
        for child, child_column in _children(table):
            kids = session.execute(select(child).where(child_column.in_(ids))).mappings()
            rows += [(child.name, dict(r)) for r in kids]
    return tuple(rows)
