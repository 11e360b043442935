"""Write a file so that its name only ever holds a whole document.

The writer fills a temporary file in the target's folder (same disk, so the
rename is atomic); the file is flushed to disk and then renamed over the target.
A writer that fails half way, a full disk or a crash leaves the target as it was
(absent, or the previous version) and no temporary file behind.

The file gets the permissions any program's new file would (the user's umask
applies; a replaced file keeps its own), so an export saved into a shared
folder can be read there; a personal document (the journal) is 0600 whatever
the folder or the file it replaces.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from alsdesk.durable import sync_file, sync_folder

TEMP_SUFFIX = ".part"
SHARED_MODE = 0o666  # less the umask, as for any new file
PRIVATE_MODE = 0o600


def write_atomically(path: Path, write: Callable[[Path], None], *, private: bool = False) -> Path:
    """Run ``write(temporary)`` and rename the result to ``path``; return ``path``.

    The temporary file is removed on any failure, which is re-raised. ``private``
    makes the file readable by its owner only.
    """
    path = Path(path)
    temporary = _new_temporary(path, PRIVATE_MODE if private else SHARED_MODE)
    try:
        write(temporary)
        sync_file(temporary)
        if private:
            os.chmod(temporary, PRIVATE_MODE)  # a writer may have replaced the file
        elif path.exists():
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(path.parent)
    return path


def _new_temporary(path: Path, mode: int) -> Path:
    """An empty, new file beside ``path``, created with ``mode`` (the umask applies)."""
    while True:
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode))
        except FileExistsError:
            continue
        return candidate
