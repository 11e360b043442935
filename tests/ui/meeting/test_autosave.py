"""A refused autosave is reported and does not drop the other fields' saves."""

from __future__ import annotations

from alsdesk.services.limits import NOTE
from alsdesk.ui.meeting.autosave import Autosaver


def test_one_refused_save_reports_and_the_others_still_save(qtbot, services, first_meeting):
    meeting, amira = first_meeting
    turn = services.airtime.bid(meeting.id, amira.person_id, 30)
    autosave = Autosaver()
    failures: list[str] = []
    autosave.failed.connect(failures.append)

    autosave.schedule(
        "review", lambda: services.meetings.save_notes(meeting.id, process_review="x" * (NOTE + 1))
    )
    autosave.schedule(
        "issue", lambda: services.airtime.save_notes(turn.id, issue="Late discharges")
    )
    autosave.flush()

    assert failures == [f"Keep the process review to {NOTE:,} characters (it has {NOTE + 1:,})."]
    assert services.meetings.get(meeting.id).process_review == ""
    assert services.airtime.turns(meeting.id)[0].issue == "Late discharges"
    assert not autosave.pending
