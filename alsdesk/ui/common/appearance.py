"""The window's look: the theme's palette, a visible focus ring, light or dark as chosen.

``apply(app, preference)`` picks the theme (``"system"`` follows the system's colour
scheme, Qt 6.5's ``QStyleHints.colorScheme``; ``"light"`` or ``"dark"`` force one), makes
it ``alsdesk.theme.current()``, and gives Qt its palette. The controls are drawn with
Qt's Fusion style on every platform, because the native Windows and macOS styles ignore
parts of a palette and the theme's text/background pairs are checked for contrast
(``tests/test_theme_contrast.py``) only as the palette gives them. Fonts are left alone:
text follows the system's size.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from alsdesk import theme
from alsdesk.settings import THEME as THEME_KEY

PREFERENCES = ("system", "light", "dark")
FOCUS_WIDTH = 2.0

_ROLES = {
    QPalette.ColorRole.Window: "window",
    QPalette.ColorRole.WindowText: "window_text",
    QPalette.ColorRole.Base: "base",
    QPalette.ColorRole.AlternateBase: "alternate_base",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.Button: "button",
    QPalette.ColorRole.ButtonText: "button_text",
    QPalette.ColorRole.BrightText: "highlighted_text",
    QPalette.ColorRole.Highlight: "highlight",
    QPalette.ColorRole.HighlightedText: "highlighted_text",
    QPalette.ColorRole.Link: "link",
    QPalette.ColorRole.LinkVisited: "link",
    QPalette.ColorRole.PlaceholderText: "placeholder",
    QPalette.ColorRole.ToolTipBase: "tooltip_base",
    QPalette.ColorRole.ToolTipText: "tooltip_text",
    QPalette.ColorRole.Light: "light",
    QPalette.ColorRole.Midlight: "midlight",
    QPalette.ColorRole.Mid: "mid",
    QPalette.ColorRole.Dark: "dark",
    QPalette.ColorRole.Shadow: "shadow",
}
_DISABLED_TEXT = (
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.ButtonText,
)
# What draws a focused control's frame: the ring goes round it.
_FOCUSED_PARTS = (
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_PanelButtonTool,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_FrameFocusRect,
)


_RADIO = QStyle.PrimitiveElement.PE_IndicatorRadioButton
_OUTLINED_PARTS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    _RADIO,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
)
_OUTLINED_CONTROLS = (
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_ComboBox,
)


def palette_for(chosen: theme.Theme) -> QPalette:
    """Qt's palette from the theme's window colours."""
    colours = chosen.palette
    palette = QPalette()
    for role, name in _ROLES.items():
        palette.setColor(role, QColor(getattr(colours, name)))
    for role in _DISABLED_TEXT:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.disabled_text))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(colours.mid)
    )
    palette.setColor(QPalette.ColorRole.Accent, QColor(colours.highlight))
    return palette


def theme_for(preference: str, scheme: Qt.ColorScheme | None = None) -> theme.Theme:
    """The theme for ``preference``; "system" reads the system's colour scheme (Qt 6.5+,
    unknown meaning light) unless ``scheme`` says what it just changed to."""
    if preference == "system":
        if scheme is None:
            scheme = QGuiApplication.styleHints().colorScheme()
        return theme.DARK if scheme == Qt.ColorScheme.Dark else theme.LIGHT
    return theme.THEMES.get(preference, theme.LIGHT)


class FocusRingStyle(QProxyStyle):
    """Fusion, with a ring in the theme's focus colour round the focused control, and
    the edges of fields and tick boxes in the theme's outline colour (Fusion derives them
    from the window colour, which leaves them all but invisible on a dark window)."""

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 (Qt's name)
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED_PARTS:
            _outline(painter, option.rect, element == _RADIO)
        if element not in _FOCUSED_PARTS:
            return
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and widget is not None:
            # An item view's current cell: the view's own frame says it has the focus.
            return
        painter.save()
        pen = QPen(QColor(theme.current().palette.focus), FOCUS_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        inset = FOCUS_WIDTH / 2
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.restore()

    def drawComplexControl(self, control, option, painter, widget=None):  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in _OUTLINED_CONTROLS and option.frame:
            _outline(painter, option.rect, False)


def _outline(painter, rect, round_: bool) -> None:
    painter.save()
    painter.setPen(QPen(QColor(theme.current().palette.outline), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(painter.RenderHint.Antialiasing)
    edge = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if round_:
        painter.drawEllipse(edge)
    else:
        painter.drawRoundedRect(edge, 2, 2)
    painter.restore()


class Appearance(QObject):
    """Keeps the application's palette on the chosen theme, following the system's."""

    def __init__(self, app: QApplication, preference: str = "system"):
        super().__init__(app)
        self.app = app
        self.preference = preference
        app.setStyle(FocusRingStyle(QStyleFactory.create("Fusion")))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.set_preference(preference)

    def set_preference(self, preference: str, scheme: Qt.ColorScheme | None = None) -> theme.Theme:
        """Use ``preference`` ("system", "light" or "dark") now."""
        self.preference = preference if preference in PREFERENCES else "system"
        chosen = theme.use(theme_for(self.preference, scheme).name)
        self.app.setPalette(palette_for(chosen))
        return chosen

    def follow(self, app_settings) -> None:
        """Apply the theme chosen in Settings as soon as it is saved."""

        def changed(key: str) -> None:
            if key == THEME_KEY:
                self.set_preference(app_settings.theme)

        app_settings.changed.connect(changed)

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.preference == "system":
            self.set_preference("system", scheme)


def install(app: QApplication, preference: str = "system") -> Appearance:
    """The app's one ``Appearance`` (made the first time)."""
    existing = app.findChild(Appearance)
    if existing is not None:
        existing.set_preference(preference)
        return existing
    return Appearance(app, preference)
