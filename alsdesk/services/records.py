"""What a meeting record and a whole-set record contain, gathered for the exports.

Only shared set data is gathered here: attendance, airtime, the issues in a
line, actions and report-back, process review. Nothing from a member's private
journal or 360 feedback is ever part of a record.
"""

from __future__ import annotations

from dataclasses import dataclass

from alsdesk.services.actions import ActionInfo, ActionStatus, ReportItem, completion_rate
from alsdesk.services.airtime_rounds import TurnInfo, TurnState
from alsdesk.services.meetings import AttendanceMark, MeetingInfo, RegisterRow
from alsdesk.services.sets import SetInfo


@dataclass(frozen=True)
class PresenterRecord:
    turn: TurnInfo
    report_back: tuple[ReportItem, ...]
    actions: tuple[ActionInfo, ...]

    @property
    def used_seconds(self) -> float:
        return self.turn.timer.used_before


@dataclass(frozen=True)
class MeetingRecord:
    action_set: SetInfo
    meeting: MeetingInfo
    attendance: tuple[AttendanceMark, ...]
    presenters: tuple[PresenterRecord, ...]
    # Report-back and actions of members who did not have airtime this time.
    other_report_back: tuple[tuple[str, ReportItem], ...]
    other_actions: tuple[ActionInfo, ...]

    @property
    def actions(self) -> tuple[ActionInfo, ...]:
        return tuple(a for p in self.presenters for a in p.actions) + self.other_actions


@dataclass(frozen=True)
class MemberCompletion:
    full_name: str
    agreed: int
    done: int
    rate: float | None


@dataclass(frozen=True)
class SetRecord:
    action_set: SetInfo
    meetings: tuple[MeetingRecord, ...]
    register_meetings: tuple[MeetingInfo, ...]
    register: tuple[RegisterRow, ...]
    tracker: tuple[ActionInfo, ...]

    @property
    def completion_rate(self) -> float | None:
        return completion_rate(list(self.tracker))

    def completion_by_member(self) -> list[MemberCompletion]:
        rows = []
        for member in self.register:
            own = [a for a in self.tracker if a.owner_id == member.person_id]
            done = sum(a.status == ActionStatus.DONE for a in own)
            rows.append(MemberCompletion(member.full_name, len(own), done, completion_rate(own)))
        return rows


def meeting_record(services, meeting_id: int) -> MeetingRecord:
    meeting = services.meetings.get(meeting_id)
    action_set = services.sets.get(meeting.set_id)
    attendance = services.meetings.attendance(meeting_id)
    turns = [t for t in services.airtime.turns(meeting_id) if t.state != TurnState.WAITING]
    presenter_ids = {t.person_id for t in turns}
    agreed = services.actions.agreed_at(meeting_id)
    presenters = tuple(
        PresenterRecord(
            turn,
            tuple(services.actions.report_back(meeting_id, turn.person_id)),
            tuple(a for a in agreed if a.owner_id == turn.person_id),
        )
        for turn in turns
    )
    other_reports = tuple(
        (mark.full_name, item)
        for mark in attendance
        if mark.person_id not in presenter_ids
        for item in services.actions.report_back(meeting_id, mark.person_id)
        if item.status is not None
    )
    return MeetingRecord(
        action_set=action_set,
        meeting=meeting,
        attendance=tuple(attendance),
        presenters=presenters,
        other_report_back=other_reports,
        other_actions=tuple(a for a in agreed if a.owner_id not in presenter_ids),
    )


def set_record(services, set_id: int) -> SetRecord:
    action_set = services.sets.get(set_id)
    register_meetings, register = services.meetings.register(set_id)
    return SetRecord(
        action_set=action_set,
        meetings=tuple(meeting_record(services, m.id) for m in register_meetings),
        register_meetings=tuple(register_meetings),
        register=tuple(register),
        tracker=tuple(services.actions.tracker(set_id)),
    )
