"""Messages that never move the controls around them.

A status note, a validation message or a banner that appears while the user
works must not push the next control away from under the cursor. A
``SteadyLabel`` keeps the room for its lines whether it shows text or not, and
never asks for more: text that does not fit is cut with an ellipsis and shown
whole in the tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"
DESCENDER_SLACK = 2  # px: QLabel draws wrapped text a little lower than the metrics say


class SteadyLabel(QLabel):
    """A plain-text label of a fixed number of lines, reserved even when empty.

    ``widths`` are texts the label is wide enough for (its width is then fixed
    too, so a longer message never squeezes its neighbours); without them the
    label takes the width its layout gives it. ``text()`` is always the whole
    text, as given.
    """

    def __init__(
        self,
        lines: int = 1,
        parent: QWidget | None = None,
        *,
        widths: Sequence[str] = (),
        name: str = "",
    ):
        super().__init__(parent)
        self._lines = lines
        self._widths = tuple(widths)
        self._text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(lines > 1)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        across = QSizePolicy.Policy.Fixed if widths else QSizePolicy.Policy.Ignored
        self.setSizePolicy(across, QSizePolicy.Policy.Fixed)
        if name:
            self.setObjectName(name)
        self._reserve()

    # -- the text ----------------------------------------------------------------

    def text(self) -> str:  # noqa: D102 - the whole text, not the shortened one shown
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._text = text or ""
        self._fit()

    def clear(self) -> None:
        self.setText("")

    def setStyleSheet(self, sheet: str) -> None:  # noqa: N802 - Qt's name
        super().setStyleSheet(sheet)
        self._reserve()

    # -- room --------------------------------------------------------------------

    def _reserve(self) -> None:
        """Fix the height at ``lines`` lines plus the style's padding and border."""
        self.ensurePolished()
        metrics = QFontMetrics(self.font())
        inner = self.contentsRect()
        tall = self.height() - inner.height()
        self.setFixedHeight(_lines_height(metrics, self._lines) + tall)
        if self._widths:
            wide = self.width() - inner.width()
            width = max(metrics.horizontalAdvance(t) for t in self._widths)
            self.setFixedWidth(width + metrics.averageCharWidth() + wide)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a larger font needs taller lines
            self._reserve()

    def _fit(self) -> None:
        shown = _shortened(self._text, QFontMetrics(self.font()), self.contentsRect(), self._lines)
        super().setText(shown)
        self.setToolTip(self._text if shown != self._text else "")


def _shortened(text: str, metrics: QFontMetrics, room: QRect, lines: int) -> str:
    """``text`` cut (at a word where it can be) so that it fits ``lines`` lines of ``room``."""
    width = max(room.width(), 1)
    if lines <= 1:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    height = _lines_height(metrics, lines)

    def fits(candidate: str) -> bool:
        bounds = metrics.boundingRect(
            QRect(0, 0, width, 10 * height), Qt.TextFlag.TextWordWrap, candidate
        )
        return bounds.height() <= height

    if fits(text):
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + ELLIPSIS):
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    if " " in cut.strip():
        cut = cut[: cut.rstrip().rfind(" ")]
    return cut.rstrip() + ELLIPSIS


def _lines_height(metrics: QFontMetrics, lines: int) -> int:
    """The height ``lines`` wrapped lines are drawn in, descenders included."""
    sample = "\n".join(["Xg"] * lines)
    drawn = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), Qt.TextFlag.TextWordWrap, sample)
    return drawn.height() + DESCENDER_SLACK
