"""The one place that knows where alsdesk keeps its files.

The data folder comes from, in order: an explicit ``--data-dir``, the
``ALSDESK_DATA_DIR`` environment variable, then the platform's user data folder
(platformdirs). Tests always pass their own folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from alsdesk import APP_NAME
from alsdesk.private_files import private_folder

ENV_DATA_DIR = "ALSDESK_DATA_DIR"
DATABASE_NAME = "alsdesk.sqlite3"
VAULT_NAME = "private.sqlite3"  # the private vault: keyring and journal, always on this device
SETTINGS_NAME = "settings.ini"
BACKUP_FOLDER = "backups"


@dataclass(frozen=True)
class DataPaths:
    """Locations inside one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def vault(self) -> Path:
        return self.root / VAULT_NAME

    @property
    def settings(self) -> Path:
        return self.root / SETTINGS_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_FOLDER


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """Pick the data folder (not created here; see :func:`ensure`)."""
    if explicit:
        return DataPaths(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return DataPaths(Path(from_env).expanduser().resolve())
    import platformdirs

    return DataPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def ensure(paths: DataPaths) -> DataPaths:
    """Create the data folder if needed, readable by its user alone (0700).

    Raises OSError the caller reports. A folder that exists already keeps the
    mode its owner gave it; the database and backups inside are private anyway.
    """
    if not paths.root.is_dir():
        private_folder(paths.root)
    return paths
