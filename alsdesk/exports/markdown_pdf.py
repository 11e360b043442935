"""The Markdown members write in their journal, as reportlab flowables for a PDF.

Parsed with markdown-it-py's CommonMark preset, raw HTML off, so that "<" or "&"
in a reflection prints as written. Headings sit a size below the entry's own title
and in ink rather than the accent colour, so they read as part of the text; bold,
italic, code, lists (nested), block quotes and hard line breaks keep their look;
links print as their text. Anything else prints as its plain text: a member's odd
Markdown must never stop their export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    ListFlowable,
    ListItem,
    Paragraph,
)

from alsdesk.exports import fonts
from alsdesk.exports.pdf_layout import MUTED, PAPER, RULE, SIZE

Styles = dict[str, ParagraphStyle]

PARSER = MarkdownIt("commonmark", {"html": False})
HEADING_ROOM = 20 * mm  # a heading with less than this below it starts the next page
BULLETS = ("\u2022", "\u2013", "\u25e6")  # by nesting level: bullet, en dash, white bullet
BULLET_INDENT = 4.5 * mm
BULLET_GAP = 2.5 * mm  # between a list's widest number and its text
QUOTE_INDENT = 4 * mm
QUOTE_BAR = 1.5
CODE_FILL = PAPER.code_fill
PARAGRAPH_GAP = 2 * mm
ITEM_GAP = 0.8 * mm
# Control characters other than tab and newline print as nothing useful (and NUL
# upsets reportlab), so they are dropped.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def markdown_flowables(text: str, styles: Styles) -> list[Flowable]:
    """``text`` (Markdown) as flowables to add to a story, set in ``styles["body"]``.

    Returns an empty list for blank text. The flowables are new on each call and may
    be used once.
    """
    if not text.strip():
        return []
    root = SyntaxTreeNode(PARSER.parse(CONTROL.sub("", text)))
    return _Renderer(styles["body"]).blocks(root.children, _Place())


@dataclass(frozen=True)
class _Place:
    """Where a block sits: inside how many lists, and whether in a block quote."""

    lists: int = 0
    quoted: bool = False

    @property
    def top_level(self) -> bool:
        return self.lists == 0 and not self.quoted


class _Renderer:
    def __init__(self, body: ParagraphStyle):
        self._body = body
        self._styles: dict[tuple[str, bool], ParagraphStyle] = {}

    # -- blocks --------------------------------------------------------------------------

    def blocks(self, nodes: list[SyntaxTreeNode], place: _Place) -> list[Flowable]:
        story: list[Flowable] = []
        for node in nodes:
            story += self._block(node, place)
        return story

    def _block(self, node: SyntaxTreeNode, place: _Place) -> list[Flowable]:
        kind = node.type
        if kind == "paragraph":
            role = "item" if place.lists else "body"
            return self._paragraph(self.inline(node), role, place)
        if kind == "heading":
            level = min(int(node.tag[1:]) if node.tag[1:].isdigit() else 3, 3)
            story = self._paragraph(self.inline(node), f"h{level}", place)
            if story and place.top_level:
                story.insert(0, CondPageBreak(HEADING_ROOM))
            return story
        if kind in ("bullet_list", "ordered_list"):
            return [self._list(node, place)]
        if kind == "blockquote":
            return self._quote(node, place)
        if kind in ("code_block", "fence", "html_block"):
            return self._paragraph(_lines(node.content), "code", place)
        if kind == "hr":
            return [HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=1 * mm,
                               spaceAfter=3 * mm)]  # fmt: skip
        if node.children:
            return self.blocks(node.children, place)
        return self._paragraph(_lines(node.content), "body", place)

    def _paragraph(self, markup: str, role: str, place: _Place) -> list[Flowable]:
        if not markup.strip():
            return []
        return [Paragraph(markup, self._style(role, place.quoted))]

    def _list(self, node: SyntaxTreeNode, place: _Place) -> ListFlowable:
        inner = _Place(place.lists + 1, place.quoted)
        items = []
        for item in node.children:
            content = self.blocks(item.children, inner)
            items.append(ListItem(content or [Paragraph("", self._style("item", place.quoted))]))
        item_style = self._style("item", place.quoted)
        common = {
            "bulletFontName": fonts.REGULAR,
            "bulletFontSize": item_style.fontSize,
            "bulletColor": item_style.textColor,
            "bulletOffsetY": 0,
            # A nested list keeps the items' spacing; a whole list keeps a paragraph's.
            "spaceAfter": ITEM_GAP if place.lists else PARAGRAPH_GAP,
        }
        if node.type == "ordered_list":
            start = _number(node.attrs.get("start", 1))
            widest = stringWidth(f"{start + len(items) - 1}.", fonts.REGULAR, item_style.fontSize)
            return ListFlowable(
                items,
                bulletType="1",
                start=str(start),
                bulletFormat="%s.",
                leftIndent=widest + BULLET_GAP,
                **common,
            )
        bullet = BULLETS[place.lists % len(BULLETS)]
        return ListFlowable(
            items, bulletType="bullet", start=bullet, leftIndent=BULLET_INDENT, **common
        )

    def _quote(self, node: SyntaxTreeNode, place: _Place) -> list[Flowable]:
        """Indented, muted, with a rule down its left like a quote in a letter."""
        inner = self.blocks(node.children, _Place(place.lists, quoted=True))
        if not inner:
            return []
        return _Quoted.run(inner, space_after=ITEM_GAP if place.lists else PARAGRAPH_GAP)

    # -- text within a block -------------------------------------------------------------

    def inline(self, node: SyntaxTreeNode) -> str:
        """Paragraph markup for the inline content under ``node``, every character
        of the member's own escaped."""
        return "".join(self._span(child) for child in node.children)

    def _span(self, node: SyntaxTreeNode) -> str:
        kind = node.type
        if kind == "text":
            return escape(node.content)
        if kind == "softbreak":
            return " "
        if kind == "hardbreak":
            return "<br/>"
        if kind == "strong":
            return f"<b>{self.inline(node)}</b>"
        if kind == "em":
            return f"<i>{self.inline(node)}</i>"
        if kind == "code_inline":
            return f'<font backColor="{CODE_FILL}">{escape(node.content)}</font>'
        if node.children:  # inline, link (its text), image (its alt text) and the unknown
            return self.inline(node)
        return escape(node.content)

    # -- styles --------------------------------------------------------------------------

    def _style(self, role: str, quoted: bool) -> ParagraphStyle:
        key = (role, quoted)
        if key not in self._styles:
            style = ParagraphStyle(f"markdown_{role}", parent=self._body, **_ROLES[role])
            if quoted:
                style.textColor = MUTED
            self._styles[key] = style
        return self._styles[key]


_ROLES: dict[str, dict[str, object]] = {
    "body": {"spaceAfter": PARAGRAPH_GAP},
    "item": {"spaceAfter": ITEM_GAP},
    "h1": {"fontName": fonts.BOLD, "fontSize": SIZE.markdown_h1, "leading": 14.5,
           "spaceBefore": 2 * mm, "spaceAfter": 1.5 * mm},
    "h2": {"fontName": fonts.BOLD, "fontSize": SIZE.markdown_h2, "leading": 13.5,
           "spaceBefore": 1.5 * mm, "spaceAfter": 1 * mm},
    "h3": {"fontName": fonts.BOLD, "spaceBefore": 1 * mm, "spaceAfter": 0.8 * mm},
    "code": {"leftIndent": 4 * mm, "spaceAfter": PARAGRAPH_GAP, "rightIndent": 2,
             "backColor": CODE_FILL, "borderPadding": (1, 2, 2, 2)},
}  # fmt: skip


def _number(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 1


def _lines(value: str) -> str:
    """Plain text as markup that keeps its line breaks and its indentation."""
    lines = escape(value.strip("\n")).split("\n")
    return "<br/>".join(
        "\u00a0" * (len(line) - len(line.lstrip(" "))) + line.lstrip(" ") for line in lines
    )


class _Quoted(Flowable):
    """One block of a block quote, indented, with the quote's rule down its left.

    Each block is wrapped on its own (rather than the whole quote in a table) so a long
    quote breaks across pages like any text. The space between blocks is taken inside
    the wrappers, so the rule runs unbroken from the quote's first line to its last.
    """

    def __init__(self, inner: Flowable, above: float, below: float):
        super().__init__()
        self._inner = inner
        self._above = above
        self._below = below
        self.spaceBefore: float = 0
        self.spaceAfter: float = 0

    @classmethod
    def run(cls, flowables: list[Flowable], space_after: float) -> list[_Quoted]:
        """``flowables`` as the consecutive blocks of one quote."""
        last = len(flowables) - 1
        run = [
            cls(f, f.getSpaceBefore() if i else 0, f.getSpaceAfter() if i < last else 0)
            for i, f in enumerate(flowables)
        ]
        run[-1].spaceAfter = space_after
        return run

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, height = self._inner.wrapOn(
            self.canv, availWidth - QUOTE_INDENT, availHeight - self._above - self._below
        )
        self.width = availWidth
        self.height = self._above + height + self._below
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self._inner.splitOn(self.canv, availWidth - QUOTE_INDENT, availHeight - self._above)
        if not parts:
            return []
        run = _Quoted.run(parts, self.spaceAfter)
        first, last = run[0], run[-1]
        first._above = self._above
        last._below = self._below
        if len(run) > 1:
            first._below = 0  # the page ends after it
        # The first part must fit where it is: a list gives all its items as parts.
        if first.wrapOn(self.canv, availWidth, availHeight)[1] > availHeight:
            head = first.splitOn(self.canv, availWidth, availHeight)
            return head + run[1:] if head else []
        return run

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(QUOTE_BAR)
        canvas.line(QUOTE_BAR / 2, 0, QUOTE_BAR / 2, self.height)
        canvas.restoreState()
        self._inner.drawOn(canvas, QUOTE_INDENT, self._below)
