"""The one accessor for files in resources/ (icons), installed or from source."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(relative: str) -> Path:
    """A file under resources/, as installed (alsdesk.resources) or in a checkout."""
    try:
        root = resources.files("alsdesk.resources")
        candidate = Path(str(root.joinpath(relative)))
        if candidate.exists():
            return candidate
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources" / relative
