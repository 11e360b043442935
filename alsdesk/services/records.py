"""What a meeting record and a whole-set record contain, gathered for the exports.

Only shared set data is gathered here: attendance, airtime, the issues in a
line, actions and report-back, process review. Nothing from a member's private
journal or 360 feedback is ever part of a record.
"""

from __future__ import annotations

from dataclasses import dataclass

from alsdesk.services.actions import ActionInfo, ActionStatus, ReportItem, completion_rate
from alsdesk.services.airtime_phases import PhaseTime
from alsdesk.services.airtime_rounds import TurnInfo, TurnState
from alsdesk.services.meeting_stops import StopInfo
from alsdesk.services.meetings import AttendanceMark, MeetingInfo, RegisterRow
from alsdesk.services.sets import SetInfo


@dataclass(frozen=True)
class PresenterRecord:
    turn: TurnInfo
    report_back: tuple[ReportItem, ...]
    actions: tuple[ActionInfo, ...]
    phases: tuple[PhaseTime, ...] = ()  # the time each phase of the airtime took

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
    stops: tuple[StopInfo, ...] = ()  # when the set stopped to look at its process

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
    attendance = services.meetings.attendance(meeting_id)
    turns = services.airtime.turns(meeting_id)
    people = {mark.person_id for mark in attendance} | {turn.person_id for turn in turns}
    return _meeting_record(
        services.sets.get(meeting.set_id),
        meeting,
        attendance,
        turns,
        {(meeting_id, p): services.actions.report_back(meeting_id, p) for p in people},
        services.actions.agreed_at(meeting_id),
        services.stops.stops(meeting_id),
        services.phases.recorded(turns),
    )


def set_record(services, set_id: int) -> SetRecord:
    """The whole year: every held meeting's record, the register and the tracker.

    Each kind of record is read once for the whole set, not once per meeting or
    presenter, so the cost grows with what is printed, not with the queries.
    """
    action_set = services.sets.get(set_id)
    register_meetings, register = services.meetings.register(set_id)
    tracker = tuple(services.actions.tracker(set_id))
    attendance = services.meetings.attendance_by_meeting(set_id)
    turns = services.airtime.turns_by_meeting(set_id)
    report_back = services.actions.report_back_by_meeting(set_id)
    stops = services.stops.stops_by_meeting(set_id)
    phases = services.phases.recorded([t for own in turns.values() for t in own])
    agreed: dict[int, list[ActionInfo]] = {}
    for action in sorted(tracker, key=lambda a: a.id):
        agreed.setdefault(action.meeting_id, []).append(action)
    return SetRecord(
        action_set=action_set,
        meetings=tuple(
            _meeting_record(
                action_set,
                m,
                attendance.get(m.id, []),
                turns.get(m.id, []),
                report_back,
                agreed.get(m.id, []),
                stops.get(m.id, []),
                phases,
            )
            for m in register_meetings
        ),
        register_meetings=tuple(register_meetings),
        register=tuple(register),
        tracker=tracker,
    )


def _meeting_record(
    action_set: SetInfo,
    meeting: MeetingInfo,
    attendance: list[AttendanceMark],
    all_turns: list[TurnInfo],
    report_back: dict[tuple[int, int], list[ReportItem]],
    agreed: list[ActionInfo],
    stops: list[StopInfo],
    phases: dict[int, tuple[PhaseTime, ...]],
) -> MeetingRecord:
    turns = [t for t in all_turns if t.state != TurnState.WAITING]
    presenter_ids = {t.person_id for t in turns}

    def reported(person_id: int) -> list[ReportItem]:
        return report_back.get((meeting.id, person_id), [])

    presenters = tuple(
        PresenterRecord(
            turn,
            tuple(reported(turn.person_id)),
            tuple(a for a in agreed if a.owner_id == turn.person_id),
            phases.get(turn.id, ()),
        )
        for turn in turns
    )
    other_reports = tuple(
        (mark.full_name, item)
        for mark in attendance
        if mark.person_id not in presenter_ids
        for item in reported(mark.person_id)
        if item.status is not None
    )
    return MeetingRecord(
        action_set=action_set,
        meeting=meeting,
        attendance=tuple(attendance),
        presenters=presenters,
        other_report_back=other_reports,
        other_actions=tuple(a for a in agreed if a.owner_id not in presenter_ids),
        stops=tuple(stops),
    )
