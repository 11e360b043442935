"""Make a written file, and a rename in a folder, survive a power cut.

Used wherever a file is written aside and renamed into place (exports,
backups, the private vault): the file's bytes reach the disk before the
rename, and the rename itself reaches the disk after it.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path


def sync_file(path: Path) -> None:
    """Flush ``path``'s contents to the disk (opened for writing: Windows needs that)."""
    with Path(path).open("rb+") as file:
        os.fsync(file.fileno())


def sync_folder(folder: Path) -> None:
    """Flush a rename in ``folder`` to the disk (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
