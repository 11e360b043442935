"""Backups of the data: write, rotate, describe, check and restore.

A backup is the main database's copy (``….sqlite3``) and, beside it, its private
vault's copy (``….sqlite3.private``, the journal and its keyring); the pair is
restored together. A backup from before the vault (revision 0006 or older) is
one file whose journal is inside; it restores as it is and the next open moves
its journal into the vault. The vault's copy is written first, so a main copy
never stands without the vault that belongs to it.

All file work is SQLite's online backup (so a copy taken while the app runs
holds what the write-ahead log holds too), written under a temporary name in
the target's folder and renamed into place, so each file is whole or absent.
Nothing here reads a journal entry: the journal stays sealed in every copy.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from alsdesk.durable import sync_file, sync_folder
from alsdesk.i18n import translate
from alsdesk.private_files import private_file, private_folder
from alsdesk.store.engine import StoreError

AUTO_PREFIX = "alsdesk-auto-"
BEFORE_RESTORE_PREFIX = "alsdesk-before-restore-"
SUFFIX = ".sqlite3"
VAULT_SUFFIX = ".private"  # the vault's copy beside a backup: ``name.sqlite3.private``
STAMP_FORMAT = "%Y%m%d-%H%M%S"
SQLITE_HEADER = b"SQLite format 3\x00"

# What a backup is described by: (label, table). Counted, never read.
COUNTED_TABLES = (("sets", "action_set"), ("meetings", "meeting"))
# The keyring's table: in the vault, and in the main database before revision 0007.
KEYRING_TABLES = ("vault_keyring", "journal_keyring")
# Main revisions from before the vault: a backup at one of these holds its journal inside.
BEFORE_THE_VAULT = frozenset(
    {
        "0001_foundation",
        "0002_meetings",
        "0003_airtime_actions",
        "0004_goals_plan",
        "0005_journal",
        "0006_versions_manifest",
    }
)


class BackupError(StoreError):
    """A backup cannot be written, read or restored; the message says why."""


@dataclass(frozen=True)
class BackupSummary:
    """What the restore list shows about one backup file."""

    path: Path
    taken: dt.datetime  # from the name when it carries a stamp, else the file's time
    size: int
    revision: str | None
    sets: int | None  # None: the table is missing (an older schema or a foreign file)
    meetings: int | None
    entries: int | None


def auto_name(now: dt.datetime) -> str:
    return f"{AUTO_PREFIX}{now:{STAMP_FORMAT}}{SUFFIX}"


def companion(backup: Path) -> Path:
    """Where the vault's copy of ``backup`` lives: ``name.sqlite3`` -> ``name.sqlite3.private``."""
    backup = Path(backup)
    return backup.with_name(backup.name + VAULT_SUFFIX)


def write_backup(db_path: Path, target: Path, vault_path: Path | None = None) -> Path:
    """Copy the database at ``db_path`` to ``target`` consistently; returns ``target``.

    With ``vault_path``, the vault is copied first to ``companion(target)``. Each
    file is written to ``….part``, flushed to disk, then renamed into place; on
    any failure the partial file is removed and BackupError says what went wrong.
    """
    target = Path(target)
    if vault_path is not None:
        vault_copy = companion(target)
        if Path(vault_path).exists():
            _write_one(Path(vault_path), vault_copy)
        else:
            with suppress(OSError):
                vault_copy.unlink()  # an earlier backup's under the same name
    return _write_one(db_path, target)


def _write_one(db_path: Path, target: Path) -> Path:
    part = target.with_name(target.name + ".part")
    try:
        _online_copy(db_path, part)
        sync_file(part)
        os.replace(part, target)
        sync_folder(target.parent)
    except (OSError, sqlite3.Error) as exc:
        with suppress(OSError):
            part.unlink()
        reason = getattr(exc, "strerror", None) or exc
        raise BackupError(
            translate("store", "Cannot write the backup %s: %s") % (target, reason)
        ) from exc
    return target


def _uri(path: Path, read_only: bool = True) -> str:
    uri = Path(path).resolve().as_uri()
    return f"{uri}?mode=ro" if read_only else uri


def _online_copy(source_path: Path, target: Path) -> None:
    with suppress(FileNotFoundError):
        target.unlink()  # a part left by a crash
    private_file(target)  # empty, and readable by its owner alone from the start
    source = sqlite3.connect(_uri(source_path), uri=True)
    try:
        with closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
            # A backup is a single file: no log beside it to lose on the way to a USB stick.
            copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        source.close()


def stamp_of(path: Path) -> dt.datetime | None:
    """The time in a backup's name (``…-YYYYMMDD-HHMMSS.sqlite3``), if it has one."""
    parts = path.stem.rsplit("-", 2)
    if len(parts) != 3:
        return None
    try:
        return dt.datetime.strptime(f"{parts[1]}-{parts[2]}", STAMP_FORMAT)
    except ValueError:
        return None


def list_backups(backup_dir: Path) -> list[Path]:
    """Every backup in the folder (automatic, pre-upgrade, before-restore), newest first.

    The vault's copies (``….sqlite3.private``) go with the backup beside them.
    """
    if not backup_dir.is_dir():
        return []
    found = [p for p in backup_dir.glob(f"*{SUFFIX}") if p.is_file()]
    return sorted(found, key=_taken, reverse=True)


def _taken(path: Path) -> dt.datetime:
    return stamp_of(path) or dt.datetime.fromtimestamp(path.stat().st_mtime)


def to_remove(names: Iterable[Path], now: dt.datetime, keep_daily: int, keep_weekly: int):
    """The automatic backups rotation would delete: all but the newest of each of the
    last ``keep_daily`` days and of each of the last ``keep_weekly`` ISO weeks."""
    autos = sorted(
        ((stamp, p) for p in names if p.name.startswith(AUTO_PREFIX) if (stamp := stamp_of(p))),
        reverse=True,
    )
    today = now.date()
    kept: set[Path] = set()
    days_seen: set[dt.date] = set()
    weeks_seen: set[tuple[int, int]] = set()
    this_week = today - dt.timedelta(days=today.weekday())
    for stamp, path in autos:
        day = stamp.date()
        if day not in days_seen:
            days_seen.add(day)
            if (today - day).days < keep_daily:
                kept.add(path)
        week = day.isocalendar()[:2]
        if week not in weeks_seen:
            weeks_seen.add(week)
            monday = day - dt.timedelta(days=day.weekday())
            if (this_week - monday).days // 7 < keep_weekly:
                kept.add(path)
    return [path for _stamp, path in autos if path not in kept]


def rotate(
    backup_dir: Path, keep_daily: int = 7, keep_weekly: int = 4, now: dt.datetime | None = None
) -> list[Path]:
    """Delete the automatic backups no longer kept; returns what was deleted.

    Only ``alsdesk-auto-…`` files are ever deleted: the copies taken before an
    upgrade or a restore stay until the user removes them.
    """
    removed = []
    for path in to_remove(
        list_backups(backup_dir), now or dt.datetime.now(), keep_daily, keep_weekly
    ):
        with suppress(OSError):
            path.unlink()
            removed.append(path)
        with suppress(OSError):
            companion(path).unlink()
    return removed


def journal_file(backup: Path) -> Path | None:
    """The file holding ``backup``'s journal: its vault copy, or (from before the vault)
    the backup itself; None when it has no journal."""
    backup = Path(backup)
    if companion(backup).is_file():
        return companion(backup)
    try:
        with closing(_read_only(backup)) as conn:
            return backup if "journal_entry" in _tables(conn) else None
    except sqlite3.Error:
        return None


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(_uri(path), uri=True)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def describe(path: Path) -> BackupSummary:
    """Date, size, schema revision and how many sets, meetings and journal entries."""
    path = Path(path)
    counts: dict[str, int | None] = dict.fromkeys(label for label, _ in COUNTED_TABLES)
    revision = None
    entries = None
    try:
        with closing(_read_only(path)) as conn:
            tables = _tables(conn)
            if "alembic_version" in tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = revision[0] if revision else None
            for label, table in COUNTED_TABLES:
                if table in tables:
                    counts[label] = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        journal = journal_file(path)
        if journal is not None:
            with closing(_read_only(journal)) as conn:
                if "journal_entry" in _tables(conn):
                    entries = conn.execute("SELECT COUNT(*) FROM journal_entry").fetchone()[0]
        elif revision is not None and revision not in BEFORE_THE_VAULT:
            entries = 0
    except sqlite3.Error as exc:
        raise BackupError(translate("store", "Cannot read %s: %s") % (path.name, exc)) from exc
    size = path.stat().st_size
    if companion(path).is_file():
        size += companion(path).stat().st_size
    return BackupSummary(
        path=path,
        taken=_taken(path),
        size=size,
        revision=revision,
        sets=counts["sets"],
        meetings=counts["meetings"],
        entries=entries,
    )


def check(path: Path) -> list[str]:
    """Problems that make ``path`` unfit to restore (or to keep using); empty when fine.

    A backup's vault copy is checked too.
    """
    from alsdesk.store.migrate import known_revisions

    path = Path(path)
    problems = _check_file(path, known_revisions(), "an alsdesk database")
    if problems:
        return problems
    vault = companion(path)
    return check_vault(vault) if vault.is_file() else []


def check_vault(path: Path) -> list[str]:
    """Problems of the private vault file at ``path``; empty when fine."""
    from alsdesk.store.migrate import VAULT_MIGRATIONS_DIR, known_revisions

    return _check_file(Path(path), known_revisions(VAULT_MIGRATIONS_DIR), "an alsdesk vault")


def _check_file(path: Path, known: frozenset[str], kind: str) -> list[str]:
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        return [f"Cannot read {path}: {exc.strerror or exc}"]
    if header != SQLITE_HEADER:
        return [f"{path.name} is not an SQLite database."]
    problems: list[str] = []
    try:
        with closing(_read_only(path)) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
            if result != ["ok"]:
                problems.extend(f"Damaged: {line}" for line in result)
                return problems
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                tables = sorted({row[0] for row in broken})
                problems.append(
                    f"{len(broken)} broken reference{'s' if len(broken) != 1 else ''} "
                    f"(in {', '.join(tables)})."
                )
            if "alembic_version" not in _tables(conn):
                problems.append(f"{path.name} is not {kind}.")
                return problems
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        return [*problems, f"Cannot read {path.name}: {exc}"]
    revision = row[0] if row else None
    if revision is None:
        problems.append(f"{path.name} has no schema revision.")
    elif revision not in known:
        problems.append(
            f"{path.name} was saved by a newer alsdesk (schema {revision}); "
            "install the newer version to restore it."
        )
    return problems


def restore(
    backup: Path,
    db_path: Path,
    aside_dir: Path,
    now: dt.datetime | None = None,
    vault_path: Path | None = None,
) -> Path:
    """Put ``backup`` (and its vault copy) in place of the data; returns where the old went.

    The stores on ``db_path`` and ``vault_path`` must be closed. The backup is
    checked, copied beside the database under temporary names, the current data
    (both files) copied into ``aside_dir`` (the online backup takes in the
    write-ahead logs), then the copies renamed into place: the vault first, the
    main database last. A backup from before the vault brings its journal inside
    it, so the current vault goes (it is in the copy aside) and the next
    ``open_store`` moves the backup's journal into a new one. A backup with no
    journal at all (a copy of the main file alone) leaves the vault as it is.
    Reopen with ``open_store`` and ``open_vault``, which upgrade a backup from an
    older alsdesk.
    """
    backup, db_path = Path(backup), Path(db_path)
    problems = check(backup)
    if problems:
        raise BackupError(
            translate("store", "%s cannot be restored: %s") % (backup.name, problems[0])
        )
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    incoming = db_path.with_name(db_path.name + ".restoring")
    vault_incoming = None
    write_backup(backup, incoming)
    try:
        if vault_path is not None and companion(backup).is_file():
            vault_incoming = Path(vault_path).with_name(Path(vault_path).name + ".restoring")
            write_backup(companion(backup), vault_incoming)
        aside = None
        if db_path.exists():
            private_folder(aside_dir)
            aside = write_backup(
                db_path, aside_dir / f"{BEFORE_RESTORE_PREFIX}{stamp}{SUFFIX}", vault_path
            )
        replaced = [db_path]
        if vault_path is not None and (vault_incoming or journal_file(backup) == backup):
            replaced.append(Path(vault_path))
        for path in replaced:
            for extra in ("-wal", "-shm"):
                with suppress(FileNotFoundError):
                    path.with_name(path.name + extra).unlink()
        if vault_incoming is not None and vault_path is not None:
            os.replace(vault_incoming, vault_path)
        elif vault_path is not None and journal_file(backup) == backup:
            Path(vault_path).unlink(missing_ok=True)  # its journal moves in when opened
        os.replace(incoming, db_path)
        sync_folder(db_path.parent)
    except (OSError, BackupError) as exc:
        for part in (incoming, vault_incoming):
            if part is not None:
                with suppress(OSError):
                    part.unlink()
        if isinstance(exc, BackupError):
            raise
        raise BackupError(
            translate("store", "Cannot restore %s: %s") % (backup.name, exc.strerror or exc)
        ) from exc
    return aside or db_path


def copy_keyring(
    source_vault: Path, backup: Path, manifest: Callable[[bytes], bytes] | None = None
) -> None:
    """Copy the keyring row from the vault at ``source_vault`` into ``backup``'s journal.

    The backup's journal is its vault copy, or the backup itself from before the
    vault. Only the columns both have are copied, so a backup from an older or
    newer schema keeps its own extra columns. Only sound when the backup's data key
    is the current one (a passphrase change keeps the data key). ``manifest``
    turns the backup's sealed journal manifest into one that vouches for the new
    keyring, in the same transaction; one it cannot open is dropped, so the
    backup's journal is trusted as it is when it is next unlocked.
    """
    target = journal_file(backup)
    if target is None:
        raise BackupError(translate("store", "%s has no journal to re-seal.") % Path(backup).name)
    try:
        _copy_keyring(Path(source_vault), target, manifest)
    except sqlite3.Error as exc:
        raise BackupError(
            translate("store", "Cannot re-seal %s: %s") % (Path(backup).name, exc)
        ) from exc


def _keyring_table(conn: sqlite3.Connection, schema: str) -> str | None:
    tables = {
        row[0]
        for row in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type='table'")
    }
    return next((t for t in KEYRING_TABLES if t in tables), None)


def _copy_keyring(source: Path, target: Path, manifest: Callable[[bytes], bytes] | None) -> None:
    with closing(sqlite3.connect(_uri(target, read_only=False), uri=True)) as conn:
        conn.execute("ATTACH DATABASE ? AS current", (_uri(source),))
        try:
            mine, theirs_table = _keyring_table(conn, "current"), _keyring_table(conn, "main")
            if mine is None or theirs_table is None:
                raise BackupError(translate("store", "%s has no journal to re-seal.") % target.name)
            theirs = [r[1] for r in conn.execute(f"PRAGMA main.table_info({theirs_table})")]
            ours = {r[1] for r in conn.execute(f"PRAGMA current.table_info({mine})")}
            columns = ", ".join(f'"{c}"' for c in theirs if c in ours)
            with conn:
                conn.execute(f"DELETE FROM main.{theirs_table}")
                conn.execute(
                    f"INSERT INTO main.{theirs_table} ({columns}) "
                    f"SELECT {columns} FROM current.{mine}"
                )
                if manifest is not None and "journal_manifest" in _tables(conn):
                    _reseal_manifest(conn, manifest)
        finally:
            conn.execute("DETACH DATABASE current")


def _reseal_manifest(conn: sqlite3.Connection, reseal: Callable[[bytes], bytes]) -> None:
    for row_id, sealed in conn.execute("SELECT id, sealed FROM main.journal_manifest").fetchall():
        try:
            resealed = reseal(bytes(sealed))
        except Exception:  # noqa: BLE001 - damaged or foreign: trusted afresh at next unlock
            conn.execute("DELETE FROM main.journal_manifest WHERE id = ?", (row_id,))
        else:
            conn.execute(
                "UPDATE main.journal_manifest SET sealed = ? WHERE id = ?", (resealed, row_id)
            )


def sealed_sample(backup: Path) -> tuple[str, str, bytes] | None:
    """One sealed row of the backup's journal as (table, uid, sealed), or None if it has none.

    Lets the journal test whether its data key opens this backup, without the
    old passphrase.
    """
    path = journal_file(backup)
    if path is None:
        return None
    with closing(_read_only(path)) as conn:
        tables = _tables(conn)
        for table in ("journal_entry", "journal_template"):
            if table in tables:
                row = conn.execute(f'SELECT uid, sealed FROM "{table}" LIMIT 1').fetchone()
                if row is not None:
                    return table, row[0], bytes(row[1])
    return None


def keyring_bytes(path: Path) -> bytes | None:
    """The passphrase-wrapped key in the vault (or pre-vault database) at ``path``.

    BackupError when the file cannot be read."""
    try:
        with closing(_read_only(path)) as conn:
            table = _keyring_table(conn, "main")
            if table is None:
                return None
            row = conn.execute(f"SELECT wrapped_key FROM {table} LIMIT 1").fetchone()
    except sqlite3.Error as exc:
        raise BackupError(
            translate("store", "Cannot read %s: %s") % (Path(path).name, exc)
        ) from exc
    return bytes(row[0]) if row else None


def backup_keyring_bytes(backup: Path) -> bytes | None:
    """The backup's passphrase-wrapped key, to tell whether it is sealed as the vault is."""
    path = journal_file(backup)
    return None if path is None else keyring_bytes(path)
