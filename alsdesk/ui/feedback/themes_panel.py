"""The synthesis's comments, by question, for the member to mark themes on.

A theme is a strength or a development area, with an optional short label in the
member's own words; it is sealed in the vault with the round (see
``alsdesk.services.feedback.themes``). A theme becomes a development-plan item
with its dimension filled in; the plan is in the main store, so only what the
member types in the plan item's dialog goes there, and the dialog says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.errors import UserError
from alsdesk.services.feedback.synthesis import Synthesis
from alsdesk.services.feedback.themes import (
    LABEL_LIMIT,
    FeedbackThemes,
    Theme,
    ThemeKind,
    comment_hash,
)
from alsdesk.services.leadership import DIMENSIONS
from alsdesk.services.plan import FIRST_REVIEW_DAYS, PlanItemDraft
from alsdesk.ui.common.empty_state import EmptyState
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.saving import telling_failures

ROLE = Qt.ItemDataRole.UserRole


# Makes the plan-item dialog with its first values (the person area's, handed in by the
# window: no area imports another).
PlanItemDialogMaker = Callable[[PlanItemDraft, QWidget], FormDialog]


class ThemesPanel(QWidget):
    """Comments by question with their themes; buttons act on the chosen comment."""

    def __init__(
        self,
        themes: FeedbackThemes,
        say: Callable[[str], None],
        today: Callable[[], dt.date],
        plan=None,  # a PlanService, or None: no plan items from here
        person_id: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
        plan_item_dialog: PlanItemDialogMaker | None = None,
    ):
        super().__init__(parent)
        self._themes = themes
        self._say = say
        self._today = today
        self._plan = plan
        self._person_id = person_id
        self._plan_item_dialog = plan_item_dialog  # the person area's, handed in by the window
        self._round_id: int | None = None
        self._marked: dict[tuple[str, str], Theme] = {}
        self._dimension: dict[str, int | None] = {}

        self.tree = QTreeWidget()
        self.tree.setObjectName("theme_comments")
        self.tree.setAccessibleName(self.tr("Comments to mark themes on"))
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("Theme")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        self.tree.currentItemChanged.connect(lambda *_: self._update())
        self.empty = EmptyState(
            self.tree, self.tr("No comments yet. Themes are marked on the replies' comments.")
        )

        self.label = QLineEdit()
        self.label.setObjectName("theme_label")
        self.label.setAccessibleName(self.tr("Theme label"))
        self.label.setPlaceholderText(self.tr("A short label, in your words (optional)"))
        self.label.setMaxLength(LABEL_LIMIT)
        self.strength = self._button("mark_strength", self.tr("&Strength"), ThemeKind.STRENGTH)
        self.development = self._button(
            "mark_development", self.tr("De&velopment area"), ThemeKind.DEVELOPMENT
        )
        self.remove = QPushButton(self.tr("&Remove theme"))
        self.remove.setObjectName("remove_theme")
        self.remove.clicked.connect(self.remove_theme)
        self.to_plan = QPushButton(self.tr("To &plan item…"))
        self.to_plan.setObjectName("theme_to_plan")
        self.to_plan.setToolTip(self.tr("Add a development-plan item for this theme"))
        self.to_plan.clicked.connect(self.make_plan_item)
        labelled = QHBoxLayout()
        labelled.addWidget(hint_label(self.tr("Theme label:")))
        labelled.addWidget(self.label, 1)
        row = QHBoxLayout()
        for button in (self.strength, self.development, self.remove, self.to_plan):
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(labelled)
        column.addLayout(row)
        column.addWidget(self.empty, 1)
        column.addWidget(
            hint_label(
                self.tr(
                    "Themes are kept in your private vault with the round. A plan item made "
                    "from one holds only what you write in it."
                )
            )
        )
        self._update()

    def _button(self, name: str, text: str, kind: ThemeKind) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: self.mark(kind))
        return button

    # -- showing --------------------------------------------------------------

    def clear(self) -> None:
        self._round_id = None
        self._marked = {}
        self.tree.clear()
        self._update()

    def show_round(self, round_id: int, synthesis: Synthesis) -> None:
        """The comments of ``synthesis`` (in its shuffled order) and the round's themes."""
        chosen = self._chosen()
        self._round_id = round_id
        try:
            marked = self._themes.themes(round_id)
        except UserError as error:
            self._say(str(error))
            marked = []
        self._marked = {(t.prompt_key, t.comment): t for t in marked}
        names = {d.number: d.name for d in DIMENSIONS}
        self.tree.clear()
        again = None
        for view in synthesis.prompts:
            comments = [c for g in view.groups for c in g.comments]
            if not comments:
                continue
            key = view.prompt.key
            self._dimension[key] = view.prompt.dimension
            title = view.prompt.text
            if view.prompt.dimension:
                title = f"{view.prompt.dimension}. {names[view.prompt.dimension]}: {title}"
            top = QTreeWidgetItem(self.tree, [title])
            top.setFirstColumnSpanned(True)
            top.setToolTip(0, title)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for text in comments:
                item = QTreeWidgetItem(top, [text, self._theme_text(key, text)])
                item.setData(0, ROLE, (key, text))
                item.setToolTip(0, text)
                if chosen == (key, text):
                    again = item
        self.tree.expandAll()
        self.empty.set_empty(self.tree.topLevelItemCount() == 0)
        if again is not None:
            self.tree.setCurrentItem(again)
        self._update()

    def marks(self, round_id: int) -> dict[tuple[str, str], str]:
        """A round's themes as shown beside comments, by (prompt key, comment hash)."""
        found = self._themes.themes(round_id)
        return {
            (t.prompt_key, t.comment): f"{t.kind.label}: {t.label}" if t.label else t.kind.label
            for t in found
        }

    def _theme_text(self, key: str, text: str) -> str:
        theme = self._marked.get((key, comment_hash(text)))
        if theme is None:
            return ""
        return f"{theme.kind.label}: {theme.label}" if theme.label else theme.kind.label

    def _chosen(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def chosen_theme(self) -> Theme | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        return self._marked.get((chosen[0], comment_hash(chosen[1])))

    def _update(self) -> None:
        chosen = self._chosen() is not None
        theme = self.chosen_theme() if chosen else None
        for widget in (self.label, self.strength, self.development):
            widget.setEnabled(chosen)
        self.remove.setEnabled(theme is not None)
        self.to_plan.setEnabled(
            theme is not None and self._plan is not None and self._person_id() is not None
        )
        if chosen:
            self.label.setText(theme.label if theme else "")

    # -- changing -------------------------------------------------------------

    def mark(self, kind: ThemeKind) -> None:
        chosen = self._chosen()
        if chosen is None or self._round_id is None:
            return
        key, text = chosen
        try:
            theme = self._themes.mark(self._round_id, key, text, kind, self.label.text())
        except UserError as error:
            self._say(str(error))
            return
        self._marked[(key, theme.comment)] = theme
        self.tree.currentItem().setText(1, self._theme_text(key, text))
        self._say(self.tr("Theme saved in your private vault."))
        self._update()

    def remove_theme(self) -> None:
        theme = self.chosen_theme()
        if theme is None:
            return
        try:
            self._themes.remove(theme.id)
        except UserError as error:
            self._say(str(error))
            return
        del self._marked[(theme.prompt_key, theme.comment)]
        self.tree.currentItem().setText(1, "")
        self._say(self.tr("Theme removed."))
        self._update()

    def make_plan_item(self) -> None:
        theme, person_id = self.chosen_theme(), self._person_id()
        if theme is None or self._plan is None or self._plan_item_dialog is None:
            return
        if person_id is None:
            return
        dimension = self._dimension.get(theme.prompt_key)
        start = PlanItemDraft(
            need=theme.label,
            dimensions=(dimension,) if dimension else (),
            review_date=self._today() + dt.timedelta(days=FIRST_REVIEW_DAYS),
        )
        dialog = self._plan_item_dialog(start, self)
        dialog.setObjectName("theme_plan_item")
        dialog.show_warning(
            "need",
            self.tr(
                "A plan item leaves your private vault: it is kept unencrypted with your plan. "
                "Write only what you want there; none of the comment is copied."
            ),
        )
        draft = dialog.ask()
        if draft is None:
            return
        with telling_failures(self, self.tr("Plan item not saved")):
            self._plan.add_item(person_id, draft)
            self._say(self.tr("Plan item added to your development plan."))
