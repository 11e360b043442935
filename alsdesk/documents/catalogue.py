"""Every document alsdesk writes, one description each (see the package docstring)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alsdesk.documents.document import Document, Subject, file_stem
from alsdesk.i18n import translate

if TYPE_CHECKING:  # the command line builds its --help from here: no database code yet
    from collections.abc import Mapping

    from alsdesk.services.actions import ActionInfo
    from alsdesk.services.schedule import EventInfo
    from alsdesk.services.sets import SetInfo


@dataclass(frozen=True)
class SetSchedule:
    action_set: SetInfo
    events: tuple[EventInfo, ...]
    today: dt.date
    records: Mapping[int, bool] = field(default_factory=dict)
    """Set meetings opened: whether each has a record (held, not missed)."""


@dataclass(frozen=True)
class SetActions:
    action_set: SetInfo
    actions: tuple[ActionInfo, ...]
    today: dt.date


@dataclass(frozen=True)
class Dated:
    """A gathered record or report and the date printed on it."""

    content: Any
    today: dt.date


def _plural(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many) % count


# -- a set's schedule, record and actions --------------------------------------------


def _set_file(what: str):
    def name(services, set_id: int) -> str:
        return f"{file_stem(services.sets.get(set_id).name)} {what}"

    return name


def _gather_schedule(services, set_id: int, today: dt.date) -> SetSchedule:
    action_set = services.sets.get(set_id)
    return SetSchedule(
        action_set,
        tuple(services.schedule.list_events(set_id)),
        today,
        services.schedule.meeting_records(set_id),
    )


def _write_ics(data: SetSchedule, path: Path) -> None:
    from alsdesk.exports.ics import write_schedule_ics

    write_schedule_ics(data.action_set, list(data.events), path)


def _write_schedule_pdf(data: SetSchedule, path: Path) -> None:
    from alsdesk.exports.schedule_pdf import write_schedule_pdf

    write_schedule_pdf(data.action_set, list(data.events), path, data.today, data.records)


def _schedule_summary(data: SetSchedule) -> str:
    return _plural(
        len(data.events), translate("documents", "%d event"), translate("documents", "%d events")
    )


def _gather_set_record(services, set_id: int, today: dt.date) -> Dated:
    from alsdesk.services.records import set_record

    return Dated(set_record(services, set_id), today)


def _write_set_record(data: Dated, path: Path) -> None:
    from alsdesk.exports.set_record_pdf import write_set_record_pdf

    write_set_record_pdf(data.content, path, data.today)


def _set_record_summary(data: Dated) -> str:
    held = len(data.content.meetings)
    return _plural(
        held,
        translate("documents", "the record of %d meeting"),
        translate("documents", "the record of %d meetings"),
    )


def _gather_actions(services, set_id: int, today: dt.date) -> SetActions:
    action_set = services.sets.get(set_id)
    return SetActions(action_set, tuple(services.actions.tracker(set_id)), today)


def _write_actions(data: SetActions, path: Path) -> None:
    from alsdesk.exports.actions_csv import write_actions_csv

    write_actions_csv(data.action_set, data.actions, path, data.today)


def _actions_summary(data: SetActions) -> str:
    return _plural(
        len(data.actions),
        translate("documents", "%d action"),
        translate("documents", "%d actions"),
    )


# -- a meeting's record ----------------------------------------------------------------


def _meeting_file(services, meeting_id: int) -> str:
    meeting = services.meetings.get(meeting_id)
    set_name = services.sets.get(meeting.set_id).name
    return f"{file_stem(set_name)} {meeting.date:%Y-%m-%d} record"


def _gather_meeting(services, meeting_id: int, today: dt.date) -> Dated:
    from alsdesk.services.records import meeting_record

    return Dated(meeting_record(services, meeting_id), today)


def _write_meeting(data: Dated, path: Path) -> None:
    from alsdesk.exports.meeting_pdf import write_meeting_pdf

    write_meeting_pdf(data.content, path, data.today)


def _meeting_summary(data: Dated) -> str:
    from alsdesk.dates import long_date

    meeting = data.content.meeting
    return translate("documents", "the record of %s (%s)") % (
        meeting.title,
        long_date(meeting.date),
    )


# -- a person's goal and development plan ----------------------------------------------


def _goal_file(services, goal_id: int) -> str:
    goal = services.goals.get(goal_id)
    return f"{file_stem(goal.person_name)} - {file_stem(goal.title)}"


def _gather_goal(services, goal_id: int, today: dt.date) -> Dated:
    return Dated(services.goals.report(goal_id), today)


def _write_goal(data: Dated, path: Path) -> None:
    from alsdesk.exports.goal_pdf import write_goal_pdf

    write_goal_pdf(data.content, path, data.today)


def _goal_summary(data: Dated) -> str:
    return translate("documents", 'the progress report of "%s"') % data.content.goal.title


def _plan_file(services, person_id: int) -> str:
    return f"{file_stem(services.people.name(person_id))} development plan"


def _gather_plan(services, person_id: int, today: dt.date) -> Dated:
    from alsdesk.services.errors import UserError

    report = services.plan.report(person_id)
    if not report.assessments and not report.items:  # the app's button is off: nothing to print
        raise UserError(
            translate(
                "documents", "%s has no self-assessments or plan items yet; nothing to print."
            )
            % report.person_name
        )
    return Dated(report, today)


def _write_plan(data: Dated, path: Path) -> None:
    from alsdesk.exports.pdp_pdf import write_pdp_pdf

    write_pdp_pdf(data.content, path, data.today)


def _plan_summary(data: Dated) -> str:
    return translate("documents", "the development plan of %s") % data.content.person_name


# -- journal entries (personal: only the entries the member chose, when they chose) -----


def _journal_file(services, choice) -> str:
    count = len(choice.entries)
    if count == 1:
        return translate("documents", "Journal entry")
    return translate("documents", "Journal entries (%d)") % count


def _gather_journal(services, choice, today: dt.date):
    """``choice`` has ``entries`` (oldest first) and ``redact`` (remove patient identifiers)."""
    from alsdesk.exports.journal_pdf import JournalExport
    from alsdesk.services.patient_data import redact

    me = services.people.me()
    links = services.journal.link_options()
    return JournalExport(
        entries=tuple(choice.entries),
        author=me.full_name if me else "",
        meeting_labels={m.id: m.label for m in links.meetings},
        goal_labels={g.id: g.label for g in links.goals},
        today=today,
        redact=(lambda text: redact(text, today)) if choice.redact else None,
    )


def _write_journal(data, path: Path) -> None:
    from alsdesk.exports.journal_pdf import write_journal_pdf

    write_journal_pdf(data, path)


def _journal_summary(data) -> str:
    return _plural(
        len(data.entries),
        translate("documents", "%d journal entry"),
        translate("documents", "%d journal entries"),
    )


# -- a 360 feedback report (personal: the member's, or the shorter one for a tutor) -------


def _feedback_file(services, choice) -> str:
    title = services.feedback.get_round(choice.round_id).title
    if choice.tutor:
        return file_stem(translate("documents", "360 feedback for my tutor - %s") % title)
    return file_stem(translate("documents", "360 feedback report - %s") % title)


def _gather_feedback(services, choice, today: dt.date):
    """``choice`` is a ``feedback.report.ReportChoice``: the round, the version, redaction."""
    from alsdesk.services.feedback.report import build_report, themes_of
    from alsdesk.services.patient_data import redact

    return build_report(
        services.feedback.contents(choice.round_id),
        today,
        tutor=choice.tutor,
        themes=themes_of(services.feedback, choice.round_id),
        redact=(lambda text: redact(text, today)) if choice.redact else None,
    )


def _write_feedback(data, path: Path) -> None:
    from alsdesk.exports.feedback_report_pdf import write_feedback_report_pdf

    write_feedback_report_pdf(data, path)


def _feedback_summary(data) -> str:
    if data.tutor:
        return translate("documents", 'the synthesis of "%s" for a tutor') % data.synthesis.title
    return translate("documents", 'the feedback report of "%s"') % data.synthesis.title


DOCUMENTS: tuple[Document, ...] = (
    Document(
        name="schedule-ics",
        about=lambda: translate("documents", "a set's schedule"),
        subject=Subject.SET,
        suffix=".ics",
        title=lambda: translate("documents", "Export schedule"),
        progress=lambda: translate("documents", "Exporting the schedule…"),
        file_name=_set_file("schedule"),
        gather=_gather_schedule,
        write=_write_ics,
        summary=_schedule_summary,
        command="schedule",
    ),
    Document(
        name="schedule-pdf",
        about=lambda: translate("documents", "a set's schedule"),
        subject=Subject.SET,
        suffix=".pdf",
        title=lambda: translate("documents", "Export schedule"),
        progress=lambda: translate("documents", "Exporting the schedule…"),
        file_name=_set_file("schedule"),
        gather=_gather_schedule,
        write=_write_schedule_pdf,
        summary=_schedule_summary,
        command="schedule",
    ),
    Document(
        name="meeting-record",
        about=lambda: translate("documents", "the record of a held set meeting"),
        subject=Subject.MEETING,
        suffix=".pdf",
        title=lambda: translate("documents", "Export meeting record"),
        progress=lambda: translate("documents", "Exporting the meeting record…"),
        file_name=_meeting_file,
        gather=_gather_meeting,
        write=_write_meeting,
        summary=_meeting_summary,
        command="meeting",
    ),
    Document(
        name="set-record",
        about=lambda: translate("documents", "the record of the whole set"),
        subject=Subject.SET,
        suffix=".pdf",
        title=lambda: translate("documents", "Export set record"),
        progress=lambda: translate("documents", "Exporting the set record…"),
        file_name=_set_file("record"),
        gather=_gather_set_record,
        write=_write_set_record,
        summary=_set_record_summary,
        command="set-record",
    ),
    Document(
        name="actions",
        about=lambda: translate("documents", "the set's action tracker"),
        subject=Subject.SET,
        suffix=".csv",
        title=lambda: translate("documents", "Export actions"),
        progress=lambda: translate("documents", "Exporting the actions…"),
        file_name=_set_file("actions"),
        gather=_gather_actions,
        write=_write_actions,
        summary=_actions_summary,
        command="actions",
    ),
    Document(
        name="goal",
        about=lambda: translate("documents", "an improvement goal's progress report"),
        subject=Subject.GOAL,
        suffix=".pdf",
        title=lambda: translate("documents", "Export goal progress report"),
        progress=lambda: translate("documents", "Exporting the goal progress report…"),
        file_name=_goal_file,
        gather=_gather_goal,
        write=_write_goal,
        summary=_goal_summary,
        command="goal",
    ),
    Document(
        name="pdp",
        about=lambda: translate("documents", "a person's personal development plan"),
        subject=Subject.PERSON,
        suffix=".pdf",
        title=lambda: translate("documents", "Export development plan"),
        progress=lambda: translate("documents", "Exporting the development plan…"),
        file_name=_plan_file,
        gather=_gather_plan,
        write=_write_plan,
        summary=_plan_summary,
        command="pdp",
    ),
    Document(
        name="journal",
        about=lambda: translate("documents", "chosen journal entries"),
        subject=Subject.JOURNAL_CHOICE,
        suffix=".pdf",
        title=lambda: translate("documents", "Export journal entries"),
        progress=lambda: translate("documents", "Exporting journal entries…"),
        file_name=_journal_file,
        gather=_gather_journal,
        write=_write_journal,
        summary=_journal_summary,
        personal=True,
    ),
    Document(
        name="feedback-report",
        about=lambda: translate("documents", "a 360 feedback round's report"),
        subject=Subject.FEEDBACK_CHOICE,
        suffix=".pdf",
        title=lambda: translate("documents", "Export feedback report"),
        progress=lambda: translate("documents", "Exporting the feedback report…"),
        file_name=_feedback_file,
        gather=_gather_feedback,
        write=_write_feedback,
        summary=_feedback_summary,
        personal=True,
    ),
)
