"""Folders and files only their owner can open: a facilitator's records stay theirs.

On POSIX the data folder and the backups folder are 0700 and the database and
each backup 0600, whatever the umask (SQLite gives its -wal and -shm files the
database's mode). Windows keeps a user's application data private through its
own access lists, so nothing is changed there.
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) if needed; ``path`` itself is made 0700."""
    path = Path(path)
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _tighten(path, FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if it does not exist (0600 from the start), else make it 0600."""
    path = Path(path)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
    _tighten(path, FILE_MODE)
    return path


def _tighten(path: Path, mode: int) -> None:
    if os.name == "posix" and path.stat().st_mode & 0o777 & ~mode:
        os.chmod(path, mode)
