"""The PDF fonts: DejaVu Sans from resources/fonts, so names like Łukasz or Şule print.

reportlab's built-in Helvetica covers Western European letters only.
"""

from __future__ import annotations

from functools import cache

from alsdesk.assets import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"


@cache
def register_fonts() -> None:
    """Register the family once per process, so <b> and <i> in Paragraphs work.

    No bold-italic face is bundled (nothing prints in it); it falls back to bold.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (REGULAR, BOLD, ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{name}.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
