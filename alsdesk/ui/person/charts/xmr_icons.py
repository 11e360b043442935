"""The two summary icons of a Making Data Count XmR chart, in alsdesk's own drawing.

Variation: a ring round a short line of points; grey for common cause, blue with the last
points raised (or lowered) for a special cause of improvement, orange for concern, with
"H" or "L" saying whether the special cause is high or low. Assurance: a ring round a
letter over a dashed target line: "P" (blue) the target is consistently passed, "F"
(orange) consistently failed, "?" (grey) hit and miss.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette

from alsdesk import theme
from alsdesk.services.spc import Assurance, Variation
from alsdesk.ui.person.charts import palette as pal

SPC = theme.current().spc


def variation_colour(variation: Variation) -> QColor:
    return QColor(
        {
            Variation.COMMON: SPC.common,
            Variation.IMPROVEMENT: SPC.improvement,
            Variation.CONCERN: SPC.concern,
        }[variation]
    )


def assurance_colour(assurance: Assurance) -> QColor:
    return QColor(
        {
            Assurance.HIT_AND_MISS: SPC.common,
            Assurance.PASS: SPC.improvement,
            Assurance.FAIL: SPC.concern,
        }[assurance]
    )


def variation_letter(variation: Variation, higher_is_better: bool) -> str:
    """ "H" for a special cause high, "L" low; "" for common cause."""
    if variation == Variation.COMMON:
        return ""
    high = (variation == Variation.IMPROVEMENT) == higher_is_better
    return "H" if high else "L"


def assurance_letter(assurance: Assurance) -> str:
    return {Assurance.HIT_AND_MISS: "?", Assurance.PASS: "P", Assurance.FAIL: "F"}[assurance]


def draw_variation_icon(
    painter: QPainter,
    palette: QPalette,
    box: QRectF,
    variation: Variation,
    higher_is_better: bool,
) -> None:
    colour = variation_colour(variation)
    _ring(painter, palette, box, colour)
    letter = variation_letter(variation, higher_is_better)
    width, height = box.width(), box.height()
    # The points take one band of the ring and the letter the other: for "H" the points
    # rise at the top with the letter below; for "L" they fall below the letter.
    rises = [0.0, 0.06, -0.04, 0.05, 0.0]
    base = 0.5
    if letter == "H":
        rises, base = [0.0, 0.05, -0.02, -0.1, -0.16], 0.42
    elif letter == "L":
        rises, base = [0.0, -0.05, 0.02, 0.1, 0.16], 0.56
    points = [
        QPointF(box.left() + width * (0.24 + 0.13 * i), box.top() + height * (base + rise))
        for i, rise in enumerate(rises)
    ]
    grey = QColor(SPC.common)
    painter.setPen(pal.pen(grey, max(1.0, width / 30)))
    for a, b in zip(points, points[1:], strict=False):
        painter.drawLine(a, b)
    painter.setPen(Qt.PenStyle.NoPen)
    for index, point in enumerate(points):
        painter.setBrush(colour if letter and index >= 3 else grey)
        painter.drawEllipse(point, width * 0.06, width * 0.06)
    if letter:
        _letter(painter, box, letter, colour, 0.5 if letter == "H" else 0.1)


def draw_assurance_icon(
    painter: QPainter, palette: QPalette, box: QRectF, assurance: Assurance
) -> None:
    colour = assurance_colour(assurance)
    _ring(painter, palette, box, colour)
    _letter(painter, box, assurance_letter(assurance), colour, 0.12)
    y = box.top() + box.height() * 0.7
    painter.setPen(pal.pen(QColor(SPC.target), max(1.2, box.width() / 24), Qt.PenStyle.DashLine))
    painter.drawLine(
        QPointF(box.left() + box.width() * 0.2, y), QPointF(box.right() - box.width() * 0.2, y)
    )


def _ring(painter: QPainter, palette: QPalette, box: QRectF, colour: QColor) -> None:
    painter.setPen(pal.pen(colour, max(2.0, box.width() / 12)))
    painter.setBrush(pal.background(palette))
    inset = box.width() / 20
    painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))


def _letter(painter: QPainter, box: QRectF, letter: str, colour: QColor, top: float) -> None:
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, round(box.height() * 0.34)))
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    area = QRectF(box.left(), box.top() + box.height() * top, box.width(), box.height() * 0.4)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, letter)
    painter.restore()
