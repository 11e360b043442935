"""Write a file so that its name only ever holds a whole document.

The writer fills a temporary file in the target's folder (same disk, so the
rename is atomic); the file is flushed to disk and then renamed over the target.
A writer that fails half way, a full disk or a crash leaves the target as it was
(absent, or the previous version) and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

TEMP_SUFFIX = ".part"


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Run ``write(temporary)`` and rename the result to ``path``; return ``path``.

    The temporary file is created 0600 (an export may be personal; its author
    shares it when they choose) and removed on any failure, which is re-raised.
    """
    path = Path(path)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        _sync(temporary)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(path.parent)
    return path


def _sync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
