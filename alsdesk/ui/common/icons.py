"""Icons by name, from resources/icons/*.svg, drawn in the theme's icon colour.

The SVGs are drawn in the light theme's ``icon_stroke``; on a dark theme that line colour
is swapped for the dark one, which keeps its contrast on a dark toolbar.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from alsdesk import theme
from alsdesk.assets import resource_path

SIZES = (16, 20, 24, 32, 48, 64)


def icon(name: str) -> QIcon:
    return _icon(name, theme.current().name)


@cache
def _icon(name: str, theme_name: str) -> QIcon:
    path = resource_path(f"icons/{name}.svg")
    stroke = theme.THEMES[theme_name].screen.icon_stroke
    if stroke == theme.LIGHT.screen.icon_stroke:
        return QIcon(str(path))
    text = path.read_text(encoding="utf-8").replace(theme.LIGHT.screen.icon_stroke, stroke)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    drawn = QIcon()
    for size in SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        drawn.addPixmap(pixmap)
    return drawn
