"""Column widths for tables and trees."""

from __future__ import annotations


def fit_columns(view, max_width: int = 260, stretch: int | None = None) -> None:
    """Size columns to their contents, none wider than ``max_width`` (the user can widen)."""
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    header.setSectionResizeMode(header.ResizeMode.Interactive)
    for column in range(header.count()):
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > max_width:
            header.resizeSection(column, max_width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, header.ResizeMode.Stretch)
