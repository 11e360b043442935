"""The user's environment in a sentence: why a document could not be written or read.

Only problems the user can act on are worded here (a full disk, a folder they
may not write to, one that does not exist, a locked or damaged database, a
request the services refuse). Anything else is a bug and ``explain`` returns
None, so the caller reports it as one (``alsdesk.bug_report``).
"""

from __future__ import annotations

import errno
from pathlib import Path

from alsdesk.i18n import translate


def explain(error: BaseException, path: Path, writing: bool = True) -> str | None:
    """One sentence for ``error`` met while writing (or reading) ``path``; None for a bug."""
    from alsdesk.services.errors import StorageError, UserError

    if isinstance(error, StorageError | UserError):
        return str(error)
    if not isinstance(error, OSError):
        return None
    reason = _reason(error, Path(path))
    if writing:
        return translate("documents", "Could not write %s: %s. Nothing was changed.") % (
            path,
            reason,
        )
    return translate("documents", "Could not read %s: %s.") % (path, reason)


def _reason(error: OSError, path: Path) -> str:
    folder = path.parent
    if error.errno == errno.ENOSPC:
        return translate("documents", "the disk is full")
    if error.errno == getattr(errno, "EDQUOT", None):
        return translate("documents", "your disk quota is used up")
    if error.errno in (errno.EACCES, errno.EPERM):
        if path.exists():  # Windows refuses to replace a file another program has open
            return translate("documents", "the file is read-only or open in another program")
        return translate("documents", "you may not write in the folder %s") % folder
    if error.errno == errno.ENOENT:
        return translate("documents", "the folder %s does not exist") % folder
    if error.errno == errno.ENOTDIR:
        return translate("documents", "%s is not a folder") % folder
    if error.errno == errno.EISDIR:
        return translate("documents", "it is a folder")
    if error.errno == errno.EROFS:
        return translate("documents", "the disk is read-only")
    if error.errno == errno.ENAMETOOLONG:
        return translate("documents", "the file name is too long")
    return error.strerror or type(error).__name__
