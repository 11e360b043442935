"""The journal's list of entries: title, date and model, and a snippet with the matches marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from alsdesk import theme
from alsdesk.i18n import translate
from alsdesk.services.journal.search import Hit
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.journal.journal_list_model import entry_subtitle, entry_title

PADDING = 6
SNIPPET_LINES = 2
_MARK = theme.current().screen.search_mark
MARK = f"background-color: {_MARK.fill}; color: {_MARK.text};"


def marked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` as HTML with each span wrapped in a highlight."""
    parts, at = [], 0
    for start, end in sorted(spans):
        if start < at or end > len(text):
            continue
        parts.append(escape(text[at:start]))
        parts.append(f'<span style="{MARK}">{escape(text[start:end])}</span>')
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


def _shortened(text: str, spans, limit: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    if len(text) <= limit:
        return text, spans
    cut = text[: max(limit - 1, 0)].rstrip() + "…"
    return cut, tuple((s, e) for s, e in spans if e <= len(cut) - 1)


class JournalEntryDelegate(QStyledItemDelegate):
    """Three parts per row: the title (matches marked), a muted line, two lines of snippet."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(option.rect.width(), (2 + SNIPPET_LINES) * line + 2 * PADDING + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit: Hit | None = index.data(ROW_OBJECT_ROLE)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if hit is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role).name()
        area = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        metrics = QFontMetrics(option.font)
        per_line = max(area.width() // max(metrics.averageCharWidth(), 1), 10)
        snippet, spans = _shortened(
            hit.snippet, hit.snippet_spans, int(per_line * SNIPPET_LINES * 0.9)
        )
        title_text = entry_title(hit.entry.draft.title)
        bold = QFont(option.font)
        bold.setBold(True)
        title = QFontMetrics(bold).elidedText(title_text, Qt.TextElideMode.ElideRight, area.width())
        title_spans = hit.title_spans if title == title_text else ()
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setTextWidth(area.width())
        while True:
            document.setHtml(
                f'<div style="color:{colour}">'
                f"<b>{marked(title, title_spans)}</b><br>"
                f'<span style="font-size:small">{escape(entry_subtitle(hit))}</span><br>'
                f"{marked(snippet, spans)}</div>"
            )
            # Whole lines only: shorten the snippet until it fits the row.
            if document.size().height() <= area.height() or len(snippet) < 20:
                break
            snippet, spans = _shortened(snippet, spans, int(len(snippet) * 0.85))
        painter.save()
        painter.translate(area.topLeft())
        clip = QRectF(0, 0, area.width(), area.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()


def entry_list_view(parent: QWidget | None = None) -> QListView:
    view = QListView(parent)
    view.setObjectName("entries")
    view.setItemDelegate(JournalEntryDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setAccessibleName(translate("EntryList", "Journal entries"))
    return view
