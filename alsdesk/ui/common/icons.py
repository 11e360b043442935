"""Icons by name, from resources/icons/*.svg."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from alsdesk.assets import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path(f"icons/{name}.svg")))
