"""Members from a spreadsheet: a CSV file (as Excel or LibreOffice saves one) read into a set.

The stdlib ``csv`` module reads it, not pandas: a member list is a few dozen
rows of four text columns, and ``csv`` with ``csv.Sniffer`` handles the two
delimiters and the quoting spreadsheets write, without a 40 MB dependency in
an offline installer (and without pandas guessing types: a phone number or a
name like "True" stays text).

Reading is forgiving (UTF-8 with or without a byte-order mark, else Windows
cp1252; comma or semicolon; headers in their common spellings); checking is
strict, per row: a row is imported only if it would be accepted typed into the
member dialog, is not a repeat of an earlier row, is not already a member and
fits the programme's limit. Someone already in alsdesk (same name, ignoring
case, accents and spaces, or same email) is joined, not created again, unless
the user says this row is someone else.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from alsdesk.i18n import translate
from alsdesk.services.errors import NotFoundError, UserError, ValidationError
from alsdesk.services.members import MAX_MEMBERS, MemberService, PersonDraft
from alsdesk.services.person_match import KnownPeople, PersonMatch, email_key, name_key
from alsdesk.services.sets import live_set
from alsdesk.store.models import Membership, Person

MAX_BYTES = 1_000_000  # a cohort list is a few KB; this keeps the preview instant
MAX_ROWS = 500  # a programme's cohort; the preview (GUI thread) stays near 40 ms
ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1252", "Windows (cp1252)"))

_HEADERS = {
    "full_name": (
        "name",
        "full name",
        "fullname",
        "member",
        "member name",
        "participant",
        "participant name",
        "learner",
        "student",
        "student name",
        "delegate",
    ),
    "job_title": ("job title", "job", "jobtitle", "role", "job role", "position", "post"),
    "organisation": (
        "organisation",
        "organization",
        "org",
        "employer",
        "organisation name",
        "organization name",
        "trust",
        "company",
        "workplace",
    ),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "work email"),
    "first_name": ("first name", "forename", "given name", "firstname"),
    "last_name": ("last name", "surname", "family name", "lastname"),
}
FIELDS = ("full_name", "job_title", "organisation", "email")


def header_key(text: str) -> str:
    """A header as compared: no case, punctuation or extra spaces ("E-mail:" is "e mail")."""
    return " ".join(re.sub(r"[_\-.:*/()]", " ", text.replace("\ufeff", "")).casefold().split())


def match_headers(headers: list[str]) -> dict[str, int]:
    """Which column holds each field, by header name; the first matching column wins."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        for field, names in _HEADERS.items():
            if key in names and field not in found:
                found[field] = index
    return found


@dataclass(frozen=True)
class ImportRow:
    line: int
    """The row's number as a spreadsheet shows it (the header is row 1)."""
    draft: PersonDraft
    problems: tuple[str, ...]
    match: PersonMatch | None = None
    """Someone already in alsdesk this row names: joined unless the user says otherwise."""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPreview:
    set_id: int
    file_name: str
    encoding: str = ""
    delimiter: str = ""
    columns: tuple[str, ...] = ()
    """The file's headers that were understood."""
    ignored: tuple[str, ...] = ()
    rows: tuple[ImportRow, ...] = ()
    problem: str = ""
    """Why the file as a whole cannot be read ('' when it can)."""

    @property
    def importable(self) -> tuple[ImportRow, ...]:
        return tuple(row for row in self.rows if row.ok)


@dataclass(frozen=True)
class ImportResult:
    """What an import did, so undo can take it back and redo do it again."""

    set_id: int
    created: tuple[tuple[int, PersonDraft], ...]
    joined: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.created) + len(self.joined)


def read_table(data: bytes) -> tuple[list[list[str]], str, str]:
    """The file's rows, the encoding it was read in and its delimiter (UserError if unreadable)."""
    if len(data) > MAX_BYTES:
        raise UserError(
            translate("services", "The file is larger than a member list (over %d KB).")
            % (MAX_BYTES // 1000)
        )
    text, label = _decode(data)
    if "\x00" in text:
        raise UserError(
            translate(
                "services",
                "This looks like a workbook, not a CSV file: in Excel choose "
                "File > Save As > CSV UTF-8, then import that file.",
            )
        )
    lines = text.splitlines()
    if lines and re.fullmatch(r"sep=(.)", lines[0].strip()):  # Excel's delimiter line
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        return (
            list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)),
            label,
            delimiter,
        )
    sample = "\n".join(lines[:20])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:  # one column, or too little to tell
        first = sample.split("\n", 1)[0]
        delimiter = max(";,\t", key=first.count) if any(d in first for d in ";,\t") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows, label, delimiter


def _decode(data: bytes) -> tuple[str, str]:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode Text": UTF-16, tabs
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    for codec, label in ENCODINGS:
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            continue
    raise UserError(
        translate("services", "The file is not text alsdesk can read (UTF-8 or Windows).")
    )


def _has_records(session: Session, person_id: int) -> bool:
    """Whether anything besides set memberships refers to the person (goals, meetings...)."""
    from alsdesk.services.merge import person_columns

    return any(
        session.scalar(select(func.count()).select_from(table).where(column == person_id))
        for table, column in person_columns()
    )


class MemberImport:
    def __init__(self, sessions: sessionmaker[Session], members: MemberService):
        self._sessions = sessions
        self._members = members

    def preview(self, set_id: int, path: str | Path) -> ImportPreview:
        """Read ``path`` and check each row against the set; nothing is saved."""
        path = Path(path)
        empty = ImportPreview(set_id, path.name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return replace(empty, problem=translate("services", "There is no file there."))
        except OSError as exc:
            problem = translate("services", "The file could not be opened: %s") % exc.strerror
            return replace(empty, problem=problem)
        try:
            table, encoding, delimiter = read_table(data)
        except UserError as exc:
            return replace(empty, problem=str(exc))
        read = replace(empty, encoding=encoding, delimiter=delimiter)
        while table and not any(cell.strip() for cell in table[0]):
            table.pop(0)
        if not table:
            return replace(read, problem=translate("services", "The file is empty."))
        headers, body = table[0], table[1:]
        columns = match_headers(headers)
        if "full_name" not in columns and not {"first_name", "last_name"} <= columns.keys():
            problem = translate(
                "services",
                "No column of names: the first row should name the columns, "
                "for example Name, Job title, Organisation, Email.",
            )
            return replace(read, problem=problem)
        if len(body) > MAX_ROWS:
            problem = translate("services", "The file has over %d rows.") % MAX_ROWS
            return replace(read, problem=problem)
        used = set(columns.values())
        understood = tuple(headers[i].strip() for i in sorted(used))
        ignored = tuple(h.strip() for i, h in enumerate(headers) if i not in used and h.strip())
        with self._sessions() as session:
            live_set(session, set_id)
            known = KnownPeople(session, set_id)
            count = (
                session.scalar(
                    select(func.count()).select_from(Membership).where(Membership.set_id == set_id)
                )
                or 0
            )
        rows = self._check(body, columns, known, count)
        return replace(read, columns=understood, ignored=ignored, rows=tuple(rows))

    def _check(
        self, body: list[list[str]], columns: dict[str, int], known: KnownPeople, count: int
    ) -> list[ImportRow]:
        rows: list[ImportRow] = []
        seen_names: dict[str, int] = {}
        seen_emails: dict[str, int] = {}
        for number, cells in enumerate(body, start=2):
            if not any(cell.strip() for cell in cells):
                continue  # a blank line between blocks is not a row

            def cell(field: str, cells=cells) -> str:
                index = columns.get(field)
                return cells[index].strip() if index is not None and index < len(cells) else ""

            name = cell("full_name") or " ".join(
                filter(None, (cell("first_name"), cell("last_name")))
            )
            draft = PersonDraft(name, cell("job_title"), cell("organisation"), cell("email"))
            problems: list[str] = []
            try:
                draft = self._members.validate(draft)
            except ValidationError as exc:
                problems += [exc.fields[f] for f in FIELDS if f in exc.fields]
            earlier = seen_names.get(name_key(draft.full_name)) if draft.full_name else None
            if earlier is None and draft.email:
                earlier = seen_emails.get(email_key(draft.email))
            if earlier is not None:
                problems.append(translate("services", "The same person as row %d.") % earlier)
            matches = known.matches(draft.full_name, draft.email) if draft.full_name else []
            member = next((m for m in matches if m.in_set), None)
            if member is not None:
                problems.append(
                    translate("services", "%s is already a member of this set.") % member.full_name
                )
            if not problems and count >= MAX_MEMBERS:
                problems.append(
                    translate(
                        "services",
                        "Would make %d members; the programme's limit is %d "
                        "(add them with Add member if you must).",
                    )
                    % (count + 1, MAX_MEMBERS)
                )
            if draft.full_name:
                seen_names.setdefault(name_key(draft.full_name), number)
            if draft.email:
                seen_emails.setdefault(email_key(draft.email), number)
            match = None if problems else next(iter(matches), None)
            if not problems:
                count += 1
            rows.append(ImportRow(number, draft, tuple(problems), match))
        return rows

    def apply(
        self, set_id: int, rows: list[tuple[PersonDraft, int | None]], result=None
    ) -> ImportResult:
        """Add each (draft, existing person's id or None) to the set, all in one transaction.

        ``result`` (a previous import, for redo) re-creates its people under their ids.
        """
        reuse = iter(result.created) if result is not None else None
        created: list[tuple[int, PersonDraft]] = []
        joined: list[int] = []
        with self._sessions.begin() as session:
            live_set(session, set_id)
            last = session.scalar(
                select(func.max(Membership.position)).where(Membership.set_id == set_id)
            )
            position = -1 if last is None else last
            in_set = set(
                session.scalars(select(Membership.person_id).where(Membership.set_id == set_id))
            )
            for draft, person_id in rows:
                if person_id is None:
                    old_id = next(reuse)[0] if reuse is not None else None
                    person = Person(id=old_id, **vars(self._members.validate(draft)))
                    session.add(person)
                    session.flush()
                    created.append((person.id, draft))
                    person_id = person.id
                else:
                    if session.get(Person, person_id) is None:
                        raise NotFoundError(
                            translate("services", "%s is no longer in alsdesk.") % draft.full_name
                        )
                    if person_id in in_set:
                        raise UserError(
                            translate("services", "%s is already a member of this set.")
                            % draft.full_name
                        )
                    joined.append(person_id)
                position += 1
                in_set.add(person_id)
                session.add(Membership(set_id=set_id, person_id=person_id, position=position))
        return ImportResult(set_id, tuple(created), tuple(joined))

    def undo(self, result: ImportResult) -> None:
        """Take an import back: everyone out of the set, the people it created forgotten."""
        with self._sessions.begin() as session:
            ids = [person_id for person_id, _ in result.created] + list(result.joined)
            for membership in session.scalars(
                select(Membership).where(
                    Membership.set_id == result.set_id, Membership.person_id.in_(ids)
                )
            ):
                session.delete(membership)
            session.flush()
            for person_id, _ in result.created:
                person = session.get(Person, person_id)
                if (
                    person is not None
                    and not person.is_self
                    and not _has_records(session, person_id)
                ):
                    session.delete(person)
