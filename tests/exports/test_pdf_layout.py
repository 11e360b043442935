"""The shared table: its cells' lines are broken once per width, never stale."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from alsdesk.exports import fonts
from alsdesk.exports import pdf_layout as layout


def test_a_table_cell_measured_again_at_another_width_is_measured_afresh():
    fonts.register_fonts()
    styles = layout.styles()
    words = "a reflection on the handover of the night shift " * 6
    cell = Paragraph(words, styles["cell"])
    plain = Paragraph(words, styles["cell"])
    layout.data_table([[Paragraph("Head", styles["head"])], [cell]], [200])
    for width in (100, 300, 100, 300):
        assert cell.wrap(width, 1000) == plain.wrap(width, 1000)
        assert len(cell.blPara.lines) == len(plain.blPara.lines)
    narrow = cell.wrap(100, 1000)
    assert narrow[1] > cell.wrap(300, 1000)[1]
