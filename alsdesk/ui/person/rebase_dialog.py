"""Choose the date an XmR chart's limits are recalculated from, or one to stop at.

The dates offered are the goal's own measurements (a rebase falls on a point), each with
how many points the periods on either side would hold, since limits from a dozen points
or fewer are provisional.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from alsdesk.dates import medium_date
from alsdesk.services.errors import StorageError, UserError, ValidationError
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.layouts import hint_label


class RebaseDialog(FormDialog):
    """``save(date)`` adds or removes the rebase; a refusal shows under the date."""

    def __init__(
        self,
        title: str,
        dates: Sequence[dt.date],
        counts: Sequence[tuple[int, int]],
        save: Callable[[dt.date], object],
        hint: str,
        parent: QWidget | None = None,
    ):
        super().__init__(title, self._collect_date, parent)
        self._save = save
        self.top.addWidget(hint_label(hint))
        self.dates = QComboBox()
        for day, (before, after) in zip(dates, counts, strict=True):
            self.dates.addItem(
                self.tr("%s (%d points before, %d from it)") % (medium_date(day), before, after),
                day,
            )
        self.add_field("date", self.tr("&Date"), self.dates)

    def _collect_date(self):
        day = self.dates.currentData()
        try:
            return self._save(day)
        except (UserError, StorageError) as exc:
            raise ValidationError({"date": str(exc)}) from exc
