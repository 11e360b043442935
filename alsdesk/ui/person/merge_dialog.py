"""Merge two records of one person: choose whom to keep, see what moves, then merge."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from alsdesk.services.errors import StorageError, UserError, ValidationError
from alsdesk.services.merge import MergePreview
from alsdesk.services.people import PeopleService, PersonEntry
from alsdesk.services.person_match import name_key
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.steady import SteadyLabel

PREVIEW_LINES = 11  # the longest preview: two people, seven kinds of row, the details


@dataclass(frozen=True)
class MergeChoice:
    keep_id: int
    drop_id: int
    keep_name: str
    text: str
    """For the status bar and the undo menu: "merged two records of Amira Hassan"."""


class MergeDialog(FormDialog):
    def __init__(
        self, people: PeopleService, current_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(self.tr("Merge two people"), self.collect, parent)
        self._people = people
        self._preview: MergePreview | None = None
        self.setMinimumWidth(560)
        entries = people.directory()
        intro = QLabel(
            self.tr(
                "When one person was entered twice: everything recorded for the person "
                "you merge moves to the person you keep, who stays in every set of both."
            )
        )
        intro.setWordWrap(True)
        self.top.addWidget(intro)

        self.keep = self.add_field("keep", self.tr("&Keep"), QComboBox())
        self.drop = QComboBox()
        self.drop.setObjectName("drop")
        swap = QPushButton(self.tr("&Swap"))
        swap.setObjectName("swap")
        swap.setToolTip(self.tr("Keep the other one instead"))
        swap.clicked.connect(self._swap)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.drop, 1)
        line.addWidget(swap)
        self.add_field("drop", self.tr("Merge &in and remove"), row, marks=self.drop)
        for combo in (self.keep, self.drop):
            for entry in entries:
                combo.addItem(_label(entry), entry.id)
        self.preview = SteadyLabel(PREVIEW_LINES, name="merge_preview")
        self.form.addRow(self.tr("What happens"), self.preview)

        keep = next((e for e in entries if e.id == current_id), entries[0] if entries else None)
        if keep is not None:
            self.keep.setCurrentIndex(self.keep.findData(keep.id))
            twin = _likely_twin(keep, entries)
            if twin is not None:
                self.drop.setCurrentIndex(self.drop.findData(twin.id))
        self.keep.currentIndexChanged.connect(self._update)
        self.drop.currentIndexChanged.connect(self._update)
        self.ok_button.setText(self.tr("Merge"))
        self._update()

    def _swap(self) -> None:
        keep, drop = self.keep.currentIndex(), self.drop.currentIndex()
        self.keep.blockSignals(True)
        self.keep.setCurrentIndex(drop)
        self.keep.blockSignals(False)
        self.drop.setCurrentIndex(keep)
        self._update()

    def _update(self) -> None:
        self.clear_error("drop")
        keep_id, drop_id = self.keep.currentData(), self.drop.currentData()
        self._preview = None
        if keep_id is None or drop_id is None or keep_id == drop_id:
            self.preview.setText(self.tr("Choose two different people."))
            self.ok_button.setEnabled(False)
            return
        try:
            self._preview = self._people.merge_preview(keep_id, drop_id)
        except (UserError, StorageError) as exc:  # nothing was changed: it is only a preview
            self.preview.setText(str(exc))
            self.ok_button.setEnabled(False)
            return
        self.ok_button.setEnabled(True)
        self.preview.setText(self._describe(self._preview))

    def _describe(self, preview: MergePreview) -> str:
        """The preview in sentences: who stays, who goes, and what moves."""
        lines = [
            self.tr("Keeps: %s") % _named(preview.keep_name, preview.keep_details),
            self.tr("Moves to it from %s, then removes that record:")
            % _named(preview.drop_name, preview.drop_details),
        ]
        for move in preview.moves:
            line = f"  • {move.moving} {move.what}"
            if move.doubled:
                line += self.tr(" (%d already recorded for both: kept once)") % move.doubled
            lines.append(line)
        if preview.nothing_moves:
            lines.append(self.tr("  • nothing: no sets, meetings, goals or plans"))
        if preview.details_taken:
            names = {
                "job_title": self.tr("job title"),
                "organisation": self.tr("organisation"),
                "email": self.tr("email"),
                "phone": self.tr("phone"),
            }
            taken = ", ".join(names[name] for name in preview.details_taken)
            lines.append(self.tr("The kept record takes the %s it lacked.") % taken)
        lines.append(self.tr("You can undo this (Edit > Undo)."))
        return "\n".join(lines)

    def collect(self) -> MergeChoice:
        if self._preview is None:
            raise ValidationError({"drop": self.tr("Choose two different people.")})
        name = self._preview.keep_name
        text = self.tr("merged two records of %s") % name
        return MergeChoice(self._preview.keep_id, self._preview.drop_id, name, text)


def _named(name: str, details: str) -> str:
    return f"{name} ({details})" if details else name


def _label(entry: PersonEntry) -> str:
    where = entry.subtitle
    return f"{entry.full_name} — {where}" if where else entry.full_name


def _likely_twin(keep: PersonEntry, entries: list[PersonEntry]) -> PersonEntry | None:
    """Someone else of the same name (ignoring case and accents), else the next person."""
    others = [e for e in entries if e.id != keep.id]
    same = [e for e in others if name_key(e.full_name) == name_key(keep.full_name)]
    return (same or others or [None])[0]
