"""Automatic backups: when one is due, taking it, rotating, and re-sealing after a key change.

Each backup holds the main database and the private vault (``alsdesk.store.backups``).
At most one automatic backup a day, and one at quit, each only when the data
changed since the last backup (a file or write-ahead log is newer than the
marker file written with each backup). How many to keep is passed in (the UI
keeps it in its settings).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from alsdesk.private_files import private_folder
from alsdesk.store import backups
from alsdesk.store.backups import BackupSummary

MARKER_NAME = "last-backup"
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4


@dataclass(frozen=True)
class ResealResult:
    resealed: tuple[Path, ...]
    skipped: tuple[Path, ...]  # sealed under another data key: cannot be re-sealed, only removed


class BackupService:
    """Backups of one database file and its vault into one folder."""

    def __init__(
        self,
        db_path: Path,
        backup_dir: Path,
        *,
        vault_path: Path | None = None,
        keep_daily: int = DEFAULT_KEEP_DAILY,
        keep_weekly: int = DEFAULT_KEEP_WEEKLY,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ):
        from alsdesk.store.vault import vault_beside

        self.db_path = Path(db_path)
        self.vault_path = Path(vault_path) if vault_path else vault_beside(self.db_path)
        self.backup_dir = Path(backup_dir)
        self.keep_daily = keep_daily
        self.keep_weekly = keep_weekly
        self._now = now

    @property
    def _marker(self) -> Path:
        return self.backup_dir / MARKER_NAME

    def last_backup(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromtimestamp(self._marker.stat().st_mtime)
        except OSError:
            return None

    def changed_since_backup(self) -> bool:
        """Whether the database or the vault (or a write-ahead log) was written after the
        last backup."""
        last = self.last_backup()
        if last is None:
            return self.db_path.exists()
        written = []
        for path in (
            self.db_path,
            self.db_path.with_name(self.db_path.name + "-wal"),
            self.vault_path,
            self.vault_path.with_name(self.vault_path.name + "-wal"),
        ):
            with suppress(OSError):
                written.append(dt.datetime.fromtimestamp(path.stat().st_mtime))
        return any(when > last for when in written)

    def daily_due(self) -> bool:
        """Something changed and no backup was taken today."""
        last = self.last_backup()
        today = self._now().date()
        return self.changed_since_backup() and (last is None or last.date() < today)

    def back_up(self) -> Path:
        """Take an automatic backup now and rotate the folder; returns the new file."""
        private_folder(self.backup_dir)
        now = self._now()
        target = backups.write_backup(
            self.db_path, self.backup_dir / backups.auto_name(now), self.vault_path
        )
        self._marker.touch()
        backups.rotate(self.backup_dir, self.keep_daily, self.keep_weekly, now)
        return target

    def back_up_if_due(self) -> Path | None:
        return self.back_up() if self.daily_due() else None

    def back_up_if_changed(self) -> Path | None:
        """At quit: a backup when anything changed since the last one."""
        return self.back_up() if self.changed_since_backup() else None

    def back_up_to(self, target: Path) -> Path:
        """A copy to a file the user chose (a USB stick), the vault's beside it
        (``backups.companion``); not rotated, not marked."""
        return backups.write_backup(self.db_path, Path(target), self.vault_path)

    def restore(self, backup: Path) -> Path:
        """Put ``backup`` and its vault copy in place (both stores closed); returns the aside."""
        return backups.restore(backup, self.db_path, self.backup_dir, vault_path=self.vault_path)

    def summaries(self) -> list[BackupSummary]:
        """The backups in the folder, newest first; unreadable ones are left out."""
        found = []
        for path in backups.list_backups(self.backup_dir):
            with suppress(backups.BackupError, OSError):
                found.append(backups.describe(path))
        return found

    def older_sealed_backups(self) -> list[Path]:
        """Backups whose journal opens with another passphrase than the vault's."""
        current = backups.keyring_bytes(self.vault_path) if self.vault_path.exists() else None
        found = []
        for path in backups.list_backups(self.backup_dir):
            with suppress(backups.BackupError, OSError):
                theirs = backups.backup_keyring_bytes(path)
                if theirs is not None and theirs != current:
                    found.append(path)
        return found

    def reseal(
        self,
        paths: list[Path],
        opens: Callable[[str, str, bytes], bool],
        manifest: Callable[[bytes], bytes] | None = None,
    ) -> ResealResult:
        """Give each backup the vault's keyring, where the same data key sealed it.

        ``opens(table, uid, sealed)`` says whether the journal's current data key
        opens a sealed row (the journal must be unlocked). A backup with nothing
        sealed holds no secret, so it takes the new keyring too. ``manifest``
        re-seals the backup's journal manifest for the new keyring (see
        ``JournalService.reseal_manifest``).
        """
        resealed, skipped = [], []
        for path in paths:
            sample = backups.sealed_sample(path)
            if sample is None or opens(*sample):
                backups.copy_keyring(self.vault_path, path, manifest)
                resealed.append(path)
            else:
                skipped.append(path)
        return ResealResult(tuple(resealed), tuple(skipped))

    def remove(self, paths: list[Path]) -> None:
        for path in paths:
            Path(path).unlink(missing_ok=True)
            backups.companion(Path(path)).unlink(missing_ok=True)
