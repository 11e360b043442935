"""Every edit the window makes, as an undoable command over the services.

Views open dialogs and hand the validated result here; the editor pushes a
ServiceCommand onto the shared QUndoStack and announces ``changed`` so the
views reload and the status bar says what was saved.
"""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.members import MemberInfo, MemberService, PersonDraft
from alsdesk.services.regenerate import Regenerate
from alsdesk.services.schedule import EventDraft, EventInfo, ScheduleService
from alsdesk.services.sets import SetDraft, SetInfo, SetService
from alsdesk.settings import meeting_defaults
from alsdesk.ui.sets.member_dialog import MemberChoice
from alsdesk.ui.sets.undo import ServiceCommand


def reporting_errors(method):
    """For edits that call a service before the push: a UserError becomes ``failed``."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (UserError, StorageError) as exc:
            self.failed.emit(str(exc))
            return None

    return wrapper


class Editor(QObject):
    changed = Signal(object, str)
    """(set id or None, a sentence for the status bar)"""
    failed = Signal(str)
    """An edit could not be made; the sentence says why (shown in a message box)."""

    def __init__(
        self,
        sets: SetService,
        members: MemberService,
        schedule: ScheduleService,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._sets = sets
        self._members = members
        self._schedule = schedule
        self.undo_stack = QUndoStack(self)
        self.changes = 0
        """How many changes were announced: a view that reloaded since the last one
        (the window reloads the set page first) need not reload again."""

    def _push(self, text: str, set_id: int | None, do, undo, done_already=False) -> None:
        def after(touched: int | None, verb: str) -> None:
            self.changes += 1
            self.changed.emit(touched, f"{verb}: {text}")

        self.undo_stack.push(
            ServiceCommand(text, set_id, do, undo, after, done_already, self.failed.emit)
        )

    def _push_edit(self, text: str, set_id: int | None, update, before, draft) -> None:
        """Push an edit of ``before`` (an info with ``id`` and ``version``) to ``draft``.

        Each step saves only if the row is still at the version the previous step
        left it at, so neither the edit nor its undo overwrites a change made
        meanwhile in another window or copy (the step is refused and dropped).
        """
        at = [before.version]

        def save(values) -> None:
            at[0] = update(before.id, values, expected_version=at[0]).version

        before_draft = before.draft()
        self._push(text, set_id, lambda: save(draft), lambda: save(before_draft))

    # -- sets -----------------------------------------------------------------

    @reporting_errors
    def create_set(self, draft: SetDraft) -> int | None:
        sets = self._sets
        # A new set starts with the default airtime phases of Settings (None: the standard).
        created = sets.create(draft, meeting_defaults().phases)
        self._push(
            self.tr('new set "%s"') % created.name,
            created.id,
            lambda: sets.restore(created.id),
            lambda: sets.delete(created.id),
            done_already=True,
        )
        return created.id

    def edit_set(self, before: SetInfo, draft: SetDraft) -> None:
        sets = self._sets
        self._push_edit(
            self.tr('set "%s" details') % draft.name, before.id, sets.update, before, draft
        )

    def set_archived(self, action_set: SetInfo, archived: bool) -> None:
        sets = self._sets
        text = self.tr('archived "%s"') if archived else self.tr('brought back "%s"')
        self._push(
            text % action_set.name,
            action_set.id,
            lambda: sets.set_archived(action_set.id, archived),
            lambda: sets.set_archived(action_set.id, not archived),
        )

    def delete_set(self, action_set: SetInfo) -> None:
        sets = self._sets
        self._push(
            self.tr('deleted set "%s"') % action_set.name,
            action_set.id,
            lambda: sets.delete(action_set.id),
            lambda: sets.restore(action_set.id),
        )

    # -- members ----------------------------------------------------------------

    @reporting_errors
    def add_member(self, set_id: int, choice: MemberChoice) -> None:
        members = self._members
        if choice.person_id is None:
            person_id = members.add_new(set_id, choice.draft).person_id

            def undo() -> None:
                members.remove(set_id, person_id)
                members.delete_person_if_orphan(person_id)

            self._push(
                self.tr("added %s") % choice.draft.full_name,
                set_id,
                lambda: members.add_new(set_id, choice.draft, person_id=person_id),
                undo,
                done_already=True,
            )
            return
        person_id = choice.person_id
        before = members.get_person(person_id).draft()

        def join() -> None:
            members.add_existing(set_id, person_id)
            if choice.draft != before:
                members.update_person(person_id, choice.draft)

        def leave() -> None:
            members.remove(set_id, person_id)
            if choice.draft != before:
                members.update_person(person_id, before)

        self._push(self.tr("added %s") % choice.draft.full_name, set_id, join, leave)

    @reporting_errors
    def import_members(self, set_id: int, rows: list[tuple[PersonDraft, int | None]]) -> None:
        """Add the rows of a member file (each a draft and the known person it joins)."""
        importer = self._members.importer()
        done = [importer.apply(set_id, rows)]  # all or nothing; a refusal says why

        def redo() -> None:
            done[0] = importer.apply(set_id, rows, done[0])

        count = done[0].count
        text = (
            self.tr("imported %d members") % count if count != 1 else self.tr("imported 1 member")
        )
        self._push(text, set_id, redo, lambda: importer.undo(done[0]), done_already=True)

    def edit_member(self, member: MemberInfo, draft: PersonDraft) -> None:
        self._push_edit(
            self.tr("details of %s") % draft.full_name,
            member.set_id,
            self._members.update_person,
            member.person,
            draft,
        )

    def remove_member(self, member: MemberInfo) -> None:
        members = self._members
        self._push(
            self.tr("removed %s from the set") % member.person.full_name,
            member.set_id,
            lambda: members.remove(member.set_id, member.person_id),
            lambda: members.add_existing(member.set_id, member.person_id, member.position),
        )

    # -- schedule ---------------------------------------------------------------

    @reporting_errors
    def add_event(self, set_id: int, draft: EventDraft) -> None:
        schedule = self._schedule
        added = schedule.add(set_id, draft)
        self._push(
            self.tr('added "%s"') % draft.title,
            set_id,
            lambda: schedule.restore([added]),
            lambda: schedule.delete_many([added.id]),
            done_already=True,
        )

    def edit_event(self, before: EventInfo, draft: EventDraft) -> None:
        self._push_edit(
            self.tr('changed "%s"') % draft.title,
            before.set_id,
            self._schedule.update,
            before,
            draft,
        )

    def set_event_cancelled(self, event: EventInfo, cancelled: bool) -> None:
        schedule = self._schedule
        text = self.tr('cancelled "%s"') if cancelled else self.tr('reinstated "%s"')
        self._push(
            text % event.title,
            event.set_id,
            lambda: schedule.set_cancelled(event.id, cancelled),
            lambda: schedule.set_cancelled(event.id, not cancelled),
        )

    def delete_events(self, events: list[EventInfo]) -> None:
        schedule = self._schedule
        ids = [event.id for event in events]
        text = (
            self.tr('deleted "%s"') % events[0].title
            if len(events) == 1
            else self.tr("deleted %d events") % len(events)
        )
        snapshots: list[EventInfo] = []

        def redo() -> None:
            snapshots[:] = schedule.delete_many(ids)

        self._push(text, events[0].set_id, redo, lambda: schedule.restore(snapshots))

    @reporting_errors
    def generate_schedule(
        self, set_id: int, start: dt.date, spacing_weeks: int, mode: Regenerate, today: dt.date
    ) -> None:
        schedule = self._schedule
        replaced, generated = schedule.regenerate(set_id, start, spacing_weeks, mode, today)

        def redo() -> None:
            if replaced:
                schedule.delete_many([e.id for e in replaced])
            schedule.restore(generated)

        def undo() -> None:
            schedule.delete_many([e.id for e in generated])
            if replaced:
                schedule.restore(replaced)

        self._push(
            self.tr("generated the programme schedule"), set_id, redo, undo, done_already=True
        )
