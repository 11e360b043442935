"""Who is not here yet: members marked late whose arrival time is still ahead.

A facilitator may mark a member late before they come ("Sam arrives at
13:00"). Until the meeting clock reaches that time the member cannot bid, gets
no share of the time and is not called to present; from then on they count
like anyone present. Times are the meeting's local wall-clock times.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsdesk.services.meetings import AttendanceStatus
from alsdesk.store.models import Attendance, Event, Meeting


def arrived(meeting_date: dt.date, late_at: dt.time | None, now_local: dt.datetime) -> bool:
    """Whether a member arriving at ``late_at`` on ``meeting_date`` is here at ``now_local``."""
    if late_at is None:
        return True
    return now_local >= dt.datetime.combine(meeting_date, late_at)


def not_arrived(session: Session, meeting_id: int, now_local: dt.datetime) -> dict[int, dt.time]:
    """Arrival times of the members marked late who have not arrived at ``now_local``."""
    date = session.scalar(
        select(Event.date)
        .join(Meeting, Meeting.event_id == Event.id)
        .where(Meeting.id == meeting_id)
    )
    if date is None:
        return {}
    rows = session.execute(
        select(Attendance.person_id, Attendance.late_at).where(
            Attendance.meeting_id == meeting_id,
            Attendance.status == str(AttendanceStatus.LATE),
        )
    )
    return {pid: at for pid, at in rows if at is not None and not arrived(date, at, now_local)}
