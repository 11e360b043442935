"""Members bid for airtime, the facilitator shares the time out and runs the clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from alsdesk.services import Services
from alsdesk.services.airtime import Bid, fair_share
from alsdesk.services.airtime_rounds import MAX_BID_MINUTES, TurnState
from alsdesk.services.errors import NotFoundError, UserError, ValidationError
from alsdesk.services.meetings import AirtimeMode, AttendanceStatus
from alsdesk.services.schedule import EventDraft, EventKind
from alsdesk.store import open_store

# Set meeting 1 is the afternoon of 15 September 2026, 13:30 to 16:30 local time.
AFTERNOON = dt.date(2026, 9, 15)
# Timer instants are naive UTC, as the app's clock hands them over.
T0 = dt.datetime(2026, 9, 15, 12, 40)


def after(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def local(hour: int, minute: int = 0, day: dt.date = AFTERNOON) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def meeting(services, cedar):
    return services.meetings.find(cedar.id, AFTERNOON)


@pytest.fixture
def three_bids(services, meeting, people):
    """Amira, Daniel and Grace bid 20, 30 and 'some' minutes, in that order."""
    return [
        services.airtime.bid(meeting.id, people["Amira"], 20),
        services.airtime.bid(meeting.id, people["Daniel"], 30),
        services.airtime.bid(meeting.id, people["Grace"]),
    ]


def names(turns) -> list[str]:
    return [t.full_name for t in turns]


def turn_of(services, meeting_id, person_id):
    return next(t for t in services.airtime.turns(meeting_id) if t.person_id == person_id)


# -- bids --------------------------------------------------------------------------


def test_bids_queue_up_in_the_order_members_make_them(services, meeting, three_bids):
    turns = services.airtime.turns(meeting.id)
    assert names(turns) == ["Amira Hassan", "Daniel Price", "Grace Mensah"]
    assert [t.position for t in turns] == [1, 2, 3]
    assert [t.bid_minutes for t in turns] == [20, 30, None]
    assert [t.planned_minutes for t in turns] == [20, 30, 0]
    assert {t.state for t in turns} == {TurnState.WAITING}
    assert not any(t.timer.running for t in turns)


@pytest.mark.parametrize("minutes", [0, -10, MAX_BID_MINUTES + 1])
def test_a_bid_outside_one_to_four_hours_is_refused(services, meeting, people, minutes):
    with pytest.raises(ValidationError) as raised:
        services.airtime.bid(meeting.id, people["Amira"], minutes)
    assert set(raised.value.fields) == {"minutes"}
    assert services.airtime.turns(meeting.id) == []


def test_bids_of_one_minute_and_of_four_hours_are_accepted(services, meeting, people):
    assert services.airtime.bid(meeting.id, people["Amira"], 1).bid_minutes == 1
    assert services.airtime.bid(meeting.id, people["Daniel"], MAX_BID_MINUTES).bid_minutes == 240


def test_someone_outside_the_set_cannot_bid(services, meeting, make_set, make_member):
    outsider = make_member(make_set("Birch set").id, "Olu Adeyemi")
    with pytest.raises(NotFoundError, match="not a member"):
        services.airtime.bid(meeting.id, outsider.person_id, 20)
    assert services.airtime.turns(meeting.id) == []


@pytest.mark.parametrize("away", [AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT])
def test_someone_away_today_cannot_bid_and_loses_an_unused_bid(
    services, meeting, three_bids, people, away
):
    services.meetings.mark(meeting.id, people["Daniel"], away)

    assert names(services.airtime.turns(meeting.id)) == ["Amira Hassan", "Grace Mensah"]
    assert people["Daniel"] not in services.airtime.proposal(meeting.id, local(13)).minutes
    with pytest.raises(UserError, match="apologies or absent cannot bid"):
        services.airtime.bid(meeting.id, people["Daniel"], 30)


def test_a_late_arrival_can_bid(services, meeting, people):
    services.meetings.mark(meeting.id, people["Daniel"], AttendanceStatus.LATE, dt.time(14, 0))
    services.airtime.bid(meeting.id, people["Daniel"], 30)
    assert names(services.airtime.turns(meeting.id)) == ["Daniel Price"]


def test_a_late_arrival_bids_and_shares_the_time_only_from_their_arrival(services, meeting, people):
    airtime = services.airtime
    airtime.bid(meeting.id, people["Amira"], 20, local(13, 40))
    services.meetings.mark(meeting.id, people["Daniel"], AttendanceStatus.LATE, dt.time(14, 0))
    with pytest.raises(UserError, match="Arrives at 14:00: can bid from then"):
        airtime.bid(meeting.id, people["Daniel"], 30, local(13, 45))
    assert names(airtime.turns(meeting.id)) == ["Amira Hassan"]

    airtime.bid(meeting.id, people["Daniel"], 30, local(14, 0))  # here now
    assert airtime.proposal(meeting.id, local(14, 0)).minutes == {  # 60 min left
        people["Amira"]: 20,
        people["Daniel"]: 30,
    }


def test_a_bid_made_before_someone_was_marked_late_waits_for_their_arrival(
    services, meeting, people
):
    airtime = services.airtime
    amira = airtime.bid(meeting.id, people["Amira"], 20)
    daniel = airtime.bid(meeting.id, people["Daniel"], 30)
    grace = airtime.bid(meeting.id, people["Grace"], 20)
    services.meetings.mark(meeting.id, people["Daniel"], AttendanceStatus.LATE, dt.time(14, 30))

    early = airtime.proposal(meeting.id, local(13, 40))
    assert set(early.minutes) == {people["Amira"], people["Grace"]}
    assert early.not_arrived == {people["Daniel"]: dt.time(14, 30)}
    assert airtime.proposal(meeting.id, local(14, 30)).not_arrived == {}
    assert people["Daniel"] in airtime.proposal(meeting.id, local(14, 30)).minutes

    # Amira presents; at 14:00 Daniel is not here yet: Grace is called, Daniel keeps his place.
    airtime.start(amira.id, T0)
    following = airtime.next_presenter(meeting.id, after(20), local(14, 0))
    assert following.id == grace.id
    airtime.start(grace.id, after(20))
    following = airtime.next_presenter(meeting.id, after(50), local(14, 30))
    assert following.id == daniel.id  # arrived: his turn


def test_airtime_already_used_stays_in_the_record_when_marked_away(
    services, meeting, three_bids, people
):
    amira = three_bids[0]
    services.airtime.start(amira.id, T0)
    services.airtime.finish(amira.id, after(20))
    services.meetings.mark(meeting.id, people["Amira"], AttendanceStatus.ABSENT)
    assert "Amira Hassan" in names(services.airtime.turns(meeting.id))


def test_bidding_again_changes_the_bid_and_keeps_the_place(services, meeting, three_bids, people):
    changed = services.airtime.bid(meeting.id, people["Amira"], 45)

    turns = services.airtime.turns(meeting.id)
    assert len(turns) == 3
    assert changed.id == three_bids[0].id
    assert (turns[0].full_name, turns[0].bid_minutes, turns[0].position) == (
        "Amira Hassan",
        45,
        1,
    )
    assert turns[0].planned_minutes == 45
    assert services.airtime.bid(meeting.id, people["Amira"]).bid_minutes is None


def test_a_changed_bid_does_not_undo_a_plan_the_set_agreed(services, meeting, three_bids, people):
    services.airtime.plan(meeting.id, {people["Amira"]: 25})
    services.airtime.bid(meeting.id, people["Amira"], 45)
    assert turn_of(services, meeting.id, people["Amira"]).planned_minutes == 25


def test_a_member_can_withdraw_a_bid_not_yet_used(services, meeting, three_bids, people):
    services.airtime.withdraw(meeting.id, people["Daniel"])
    services.airtime.withdraw(meeting.id, people["Daniel"])  # nothing left to withdraw
    assert names(services.airtime.turns(meeting.id)) == ["Amira Hassan", "Grace Mensah"]
    again = services.airtime.bid(meeting.id, people["Daniel"], 10)
    assert names(services.airtime.turns(meeting.id))[-1] == "Daniel Price"
    assert again.position == 4


def test_a_bid_cannot_be_withdrawn_once_airtime_was_used(services, meeting, three_bids, people):
    amira = three_bids[0]
    services.airtime.start(amira.id, T0)
    services.airtime.pause(amira.id, after(1))
    with pytest.raises(UserError, match="already had airtime"):
        services.airtime.withdraw(meeting.id, people["Amira"])
    assert len(services.airtime.turns(meeting.id)) == 3


def test_a_bid_cannot_be_withdrawn_once_notes_were_written(services, meeting, three_bids, people):
    services.airtime.save_notes(three_bids[1].id, issue="Handover on the stroke unit")
    with pytest.raises(UserError, match="already had airtime"):
        services.airtime.withdraw(meeting.id, people["Daniel"])
    assert len(services.airtime.turns(meeting.id)) == 3


def test_the_current_presenter_cannot_withdraw(services, meeting, three_bids, people):
    services.airtime.next_presenter(meeting.id, T0)
    with pytest.raises(UserError):
        services.airtime.withdraw(meeting.id, people["Amira"])


def test_the_facilitator_reorders_the_presenters(services, meeting, three_bids):
    amira, daniel, grace = three_bids
    services.airtime.reorder(meeting.id, [grace.id, amira.id, daniel.id])
    turns = services.airtime.turns(meeting.id)
    assert names(turns) == ["Grace Mensah", "Amira Hassan", "Daniel Price"]
    assert [t.position for t in turns] == [1, 2, 3]


@pytest.mark.parametrize(
    "wrong",
    [
        lambda a, d, g: [a, d],
        lambda a, d, g: [a, d, g, 999],
        lambda a, d, g: [a, a, d],
        lambda a, d, g: [a, d, g, g],
        lambda a, d, g: [],
    ],
)
def test_a_reorder_with_a_stale_list_is_refused(services, meeting, three_bids, wrong):
    ids = [t.id for t in three_bids]
    with pytest.raises(UserError, match="changed meanwhile"):
        services.airtime.reorder(meeting.id, wrong(*ids))
    assert names(services.airtime.turns(meeting.id)) == [
        "Amira Hassan",
        "Daniel Price",
        "Grace Mensah",
    ]


# -- sharing out the time -----------------------------------------------------------


@pytest.fixture
def short_breaks(services, meeting):
    """The afternoon (13:30 to 16:30) with 30 minutes of breaks and 30 of review."""
    return services.meetings.set_timing(meeting.id, breaks_minutes=30, review_minutes=30)


def test_the_proposal_shares_the_time_left_less_breaks_and_review(
    services, meeting, short_breaks, people
):
    services.airtime.bid(meeting.id, people["Amira"], 60)
    services.airtime.bid(meeting.id, people["Daniel"], 30)
    # At 14:00: 150 minutes to 16:30, less 30 of breaks and 30 of review.
    proposal = services.airtime.proposal(meeting.id, local(14))
    assert proposal.available == 90
    assert proposal.minutes == {people["Amira"]: 60, people["Daniel"]: 30}
    # At 14:30 only 60 minutes are left: the larger ask is trimmed to the smaller one.
    later = services.airtime.proposal(meeting.id, local(14, 30))
    assert later.available == 60
    assert later.minutes == {people["Amira"]: 30, people["Daniel"]: 30}
    assert later.share.trimmed_to == 30


def test_a_proposal_before_the_meeting_counts_from_its_start(
    services, meeting, short_breaks, three_bids, people
):
    # 13:30 to 16:30 is 180 minutes; less 60 leaves 120. Grace's open bid shares the rest
    # as services/airtime.py's fair_share decides.
    bids = [Bid(people["Amira"], 20), Bid(people["Daniel"], 30), Bid(people["Grace"])]
    for now in (local(9), local(13, 30), dt.datetime(2026, 9, 14, 18)):
        proposal = services.airtime.proposal(meeting.id, now)
        assert proposal.available == 120
        assert proposal.minutes == fair_share(bids, 120)
        assert (proposal.minutes[people["Amira"]], proposal.minutes[people["Daniel"]]) == (20, 30)
        assert 0 < proposal.minutes[people["Grace"]] <= 70


def test_a_proposal_after_the_planned_end_has_nothing_to_share(
    services, meeting, short_breaks, three_bids
):
    for now in (local(16, 30), local(17), local(9, day=dt.date(2026, 9, 16))):
        proposal = services.airtime.proposal(meeting.id, now)
        assert proposal.available == 0
        assert set(proposal.minutes.values()) == {0}
        assert len(proposal.minutes) == 3


def test_equal_time_gives_every_waiting_member_the_same(services, meeting, three_bids, people):
    services.meetings.set_timing(
        meeting.id, breaks_minutes=20, review_minutes=10, airtime_mode=AirtimeMode.EQUAL
    )
    # 13:30 to 16:30 less 30 minutes: 150, whatever anyone bid.
    proposal = services.airtime.proposal(meeting.id, local(13))
    assert proposal.available == 150
    assert proposal.minutes == dict.fromkeys(people.values(), 50)


def test_only_members_still_waiting_share_what_is_left(
    services, meeting, short_breaks, three_bids, people
):
    amira = three_bids[0]
    services.airtime.start(amira.id, T0)
    services.airtime.finish(amira.id, after(20))
    proposal = services.airtime.proposal(meeting.id, local(14, 30))
    assert proposal.available == 60
    assert proposal.minutes == {people["Daniel"]: 30, people["Grace"]: 30}


def test_a_meeting_without_times_has_nothing_to_propose(services, cedar, people):
    event = services.schedule.add(
        cedar.id, EventDraft(EventKind.SET_MEETING, "Extra set meeting", dt.date(2026, 11, 10))
    )
    extra = services.meetings.open_for_event(event.id)
    services.airtime.bid(extra.id, people["Amira"], 30)
    assert services.airtime.proposal(extra.id, local(10, day=dt.date(2026, 11, 10))).minutes == {
        people["Amira"]: 0
    }


def test_the_agreed_plan_sets_each_presenter_s_minutes(services, meeting, three_bids, people):
    services.airtime.plan(meeting.id, {people["Amira"]: 35, people["Grace"]: 0})
    planned = {t.full_name: t.planned_minutes for t in services.airtime.turns(meeting.id)}
    assert planned == {"Amira Hassan": 35, "Daniel Price": 30, "Grace Mensah": 0}
    assert turn_of(services, meeting.id, people["Amira"]).timer.planned_seconds == 35 * 60


@pytest.mark.parametrize("minutes", [-1, MAX_BID_MINUTES + 1])
def test_a_plan_out_of_range_is_refused_and_nothing_saved(
    services, meeting, three_bids, people, minutes
):
    with pytest.raises(ValidationError) as raised:
        services.airtime.plan(meeting.id, {people["Amira"]: 40, people["Daniel"]: minutes})
    assert set(raised.value.fields) == {str(people["Daniel"])}
    assert [t.planned_minutes for t in services.airtime.turns(meeting.id)] == [20, 30, 0]


# -- the clock ------------------------------------------------------------------------


def test_the_clock_keeps_running_across_a_restart(services, data_paths, meeting, three_bids):
    amira = three_bids[0]
    started = services.airtime.start(amira.id, T0)
    assert started.state == TurnState.CURRENT
    assert started.timer.running

    reopened = open_store(data_paths.database)
    try:
        after_restart = Services.over(reopened)
        turn = after_restart.airtime.turns(meeting.id)[0]
        assert turn.state == TurnState.CURRENT
        assert turn.timer.used(after(10)) == pytest.approx(600)
        assert turn.timer.remaining(after(10)) == pytest.approx(10 * 60)

        paused = after_restart.airtime.pause(amira.id, after(10))
    finally:
        reopened.close()

    assert not paused.timer.running
    assert paused.timer.used(after(30)) == pytest.approx(600)
    stored = services.airtime.turns(meeting.id)[0]
    assert stored.timer.used_before == pytest.approx(600)
    assert stored.timer.running_since is None


def test_taking_time_off_and_setting_a_presenter_s_time(services, meeting, three_bids):
    amira = three_bids[0]  # 20 minutes planned
    shortened = services.airtime.shorten(amira.id)
    assert (shortened.timer.planned_seconds, shortened.timer.allowed_seconds) == (1200, 1140)
    assert services.airtime.set_time(amira.id, 5).timer.allowed_seconds == 300
    for _ in range(6):
        floor = services.airtime.shorten(amira.id)
    assert floor.timer.allowed_seconds == 60  # never below a minute
    with pytest.raises(ValidationError, match="between 1 and 240 minutes"):
        services.airtime.set_time(amira.id, 0)
    with pytest.raises(ValidationError):
        services.airtime.set_time(amira.id, 241)
    assert services.airtime.turns(meeting.id)[0].timer.allowed_seconds == 60


def test_pausing_resuming_and_extending_a_presenter_s_time(services, meeting, three_bids):
    amira = three_bids[0]  # 20 minutes planned
    services.airtime.start(amira.id, T0)
    services.airtime.pause(amira.id, after(5))
    services.airtime.pause(amira.id, after(7))  # pausing again changes nothing
    services.airtime.start(amira.id, after(12))
    services.airtime.start(amira.id, after(13))  # already running: keeps the first resume
    extended = services.airtime.extend(amira.id, 120)
    extended = services.airtime.extend(amira.id)

    assert extended.timer.extra_seconds == 180
    # Used: 5 minutes, then 10 more from 12 to 22; 20 planned + 3 extra leaves 8.
    assert extended.timer.used(after(22)) == pytest.approx(15 * 60)
    assert extended.timer.remaining(after(22)) == pytest.approx(8 * 60)
    assert services.airtime.turns(meeting.id)[0].timer.extra_seconds == 180


def test_starting_another_presenter_finishes_the_current_one(services, meeting, three_bids):
    amira, daniel, _grace = three_bids
    services.airtime.start(amira.id, T0)
    services.airtime.start(daniel.id, after(18))

    turns = {t.full_name: t for t in services.airtime.turns(meeting.id)}
    assert turns["Amira Hassan"].state == TurnState.DONE
    assert turns["Amira Hassan"].timer.used_before == pytest.approx(18 * 60)
    assert not turns["Amira Hassan"].timer.running
    assert turns["Daniel Price"].state == TurnState.CURRENT
    assert turns["Daniel Price"].timer.running_since == after(18)
    assert turns["Grace Mensah"].state == TurnState.WAITING
    assert sum(t.timer.running for t in turns.values()) == 1


def test_starting_someone_else_before_the_next_presenter_began_keeps_their_place(
    services, meeting, three_bids
):
    amira, daniel, _grace = three_bids
    assert services.airtime.next_presenter(meeting.id, T0).id == amira.id
    services.airtime.start(daniel.id, after(1))

    turns = {t.full_name: t for t in services.airtime.turns(meeting.id)}
    assert turns["Amira Hassan"].state == TurnState.WAITING
    assert turns["Daniel Price"].state == TurnState.CURRENT
    assert services.airtime.next_presenter(meeting.id, after(30)).full_name == "Amira Hassan"


def test_finishing_records_the_time_used(services, meeting, three_bids):
    grace = three_bids[2]
    services.airtime.start(grace.id, T0)
    done = services.airtime.finish(grace.id, after(42.5))
    assert done.state == TurnState.DONE
    assert done.timer.used_before == pytest.approx(42.5 * 60)
    assert not done.timer.running
    assert services.airtime.turns(meeting.id)[2].timer.used(after(90)) == pytest.approx(2550)


def test_next_presenter_follows_the_agreed_order(services, meeting, three_bids):
    amira, daniel, grace = three_bids
    services.airtime.reorder(meeting.id, [daniel.id, grace.id, amira.id])

    first = services.airtime.next_presenter(meeting.id, T0)
    assert (first.full_name, first.state, first.timer.running) == (
        "Daniel Price",
        TurnState.CURRENT,
        False,
    )
    services.airtime.start(first.id, after(1))
    second = services.airtime.next_presenter(meeting.id, after(31))
    assert second.full_name == "Grace Mensah"
    services.airtime.start(second.id, after(31))
    third = services.airtime.next_presenter(meeting.id, after(60))
    assert third.full_name == "Amira Hassan"
    services.airtime.start(third.id, after(60))
    assert services.airtime.next_presenter(meeting.id, after(90)) is None

    turns = {t.full_name: t for t in services.airtime.turns(meeting.id)}
    assert {t.state for t in turns.values()} == {TurnState.DONE}
    assert turns["Daniel Price"].timer.used_before == pytest.approx(30 * 60)
    assert turns["Grace Mensah"].timer.used_before == pytest.approx(29 * 60)


def test_next_presenter_skips_someone_who_never_began_to_the_back_of_the_queue(
    services, meeting, three_bids
):
    amira, daniel, grace = three_bids
    assert services.airtime.next_presenter(meeting.id, T0).id == amira.id

    following = services.airtime.next_presenter(meeting.id, after(2))  # Amira not ready yet

    assert following.id == daniel.id
    turns = services.airtime.turns(meeting.id)
    assert [t.full_name for t in turns] == ["Daniel Price", "Grace Mensah", "Amira Hassan"]
    assert turns[-1].state == TurnState.WAITING
    services.airtime.start(daniel.id, after(2))
    assert services.airtime.next_presenter(meeting.id, after(30)).id == grace.id


def test_a_finished_presenter_can_have_the_floor_back(services, meeting, three_bids):
    amira, daniel, _grace = three_bids
    services.airtime.start(amira.id, T0)
    services.airtime.next_presenter(meeting.id, after(20))  # Daniel is up, not started

    back = services.airtime.reopen(amira.id)
    assert back.state == TurnState.CURRENT
    assert not back.timer.running
    assert back.timer.used_before == pytest.approx(20 * 60)
    assert turn_of(services, meeting.id, daniel.person_id).state == TurnState.WAITING

    services.airtime.start(amira.id, after(25))
    assert services.airtime.finish(amira.id, after(27)).timer.used_before == pytest.approx(22 * 60)


def test_without_a_time_the_floor_is_not_handed_back_while_another_clock_runs(
    services, meeting, three_bids
):
    amira, daniel, _grace = three_bids
    services.airtime.start(amira.id, T0)
    services.airtime.start(daniel.id, after(20))

    with pytest.raises(UserError, match="Pause"):
        services.airtime.reopen(amira.id)

    turns = {t.full_name: t for t in services.airtime.turns(meeting.id)}
    assert turns["Daniel Price"].state == TurnState.CURRENT
    assert turns["Daniel Price"].timer.running
    assert turns["Amira Hassan"].state == TurnState.DONE

    services.airtime.pause(daniel.id, after(25))
    services.airtime.reopen(amira.id)
    daniel_now = turn_of(services, meeting.id, daniel.person_id)
    assert daniel_now.state == TurnState.WAITING
    assert daniel_now.timer.used(after(60)) == pytest.approx(5 * 60)


def test_handing_the_floor_back_at_a_time_pauses_the_running_clock(services, meeting, three_bids):
    amira, daniel, _grace = three_bids
    services.airtime.start(amira.id, T0)
    services.airtime.start(daniel.id, after(20))

    back = services.airtime.reopen(amira.id, after(26))

    assert back.state == TurnState.CURRENT
    daniel_now = turn_of(services, meeting.id, daniel.person_id)
    assert daniel_now.state == TurnState.WAITING
    assert not daniel_now.timer.running
    assert daniel_now.timer.used(after(60)) == pytest.approx(6 * 60)
    services.airtime.start(amira.id, after(26))
    running = [t for t in services.airtime.turns(meeting.id) if t.timer.running]
    assert [t.full_name for t in running] == ["Amira Hassan"]


def test_a_clock_given_local_time_with_its_zone_is_kept_in_utc(
    services, data_paths, meeting, three_bids
):
    london = ZoneInfo("Europe/London")  # BST in September: UTC+1
    amira = three_bids[0]
    services.airtime.start(amira.id, dt.datetime(2026, 9, 15, 13, 40, tzinfo=london))

    reopened = open_store(data_paths.database)
    try:
        turn = Services.over(reopened).airtime.turns(meeting.id)[0]
    finally:
        reopened.close()
    assert turn.timer.running_since == T0
    done = services.airtime.finish(amira.id, after(10).replace(tzinfo=dt.UTC))
    assert done.timer.used_before == pytest.approx(600)


def test_notes_change_only_what_is_given(services, meeting, three_bids):
    daniel = three_bids[1]
    services.airtime.save_notes(
        daniel.id, issue="Rota gaps", key_questions="Who decides?", sees_differently="My part"
    )
    services.airtime.save_notes(daniel.id, key_questions="Who decides, and who is told?")
    saved = services.airtime.turns(meeting.id)[1]
    assert (saved.issue, saved.key_questions, saved.sees_differently) == (
        "Rota gaps",
        "Who decides, and who is told?",
        "My part",
    )


def test_a_turn_or_meeting_that_does_not_exist_is_not_found(services):
    with pytest.raises(NotFoundError):
        services.airtime.turns(999)
    with pytest.raises(NotFoundError):
        services.airtime.bid(999, 1, 10)
    with pytest.raises(NotFoundError):
        services.airtime.start(999, T0)
    with pytest.raises(NotFoundError):
        services.airtime.save_notes(999, issue="x")


# -- airtime across the year ----------------------------------------------------------


def test_airtime_adds_up_across_meetings_and_up_to_a_date(services, cedar, meeting, people):
    second = services.meetings.find(cedar.id, dt.date(2026, 10, 27))
    later = dt.datetime(2026, 10, 27, 9, 0)

    amira_1 = services.airtime.bid(meeting.id, people["Amira"], 30)
    daniel_1 = services.airtime.bid(meeting.id, people["Daniel"], 30)
    services.airtime.start(amira_1.id, T0)
    services.airtime.start(daniel_1.id, after(25))
    services.airtime.finish(daniel_1.id, after(55))

    amira_2 = services.airtime.bid(second.id, people["Amira"], 40)
    services.airtime.start(amira_2.id, later)
    services.airtime.finish(amira_2.id, later + dt.timedelta(minutes=40))
    services.airtime.bid(second.id, people["Grace"], 40)

    assert services.airtime.cumulative_seconds(cedar.id) == {
        people["Amira"]: pytest.approx(65 * 60),
        people["Daniel"]: pytest.approx(30 * 60),
        people["Grace"]: 0,
    }
    assert services.airtime.cumulative_seconds(cedar.id, up_to=AFTERNOON) == {
        people["Amira"]: pytest.approx(25 * 60),
        people["Daniel"]: pytest.approx(30 * 60),
    }
    assert services.airtime.cumulative_seconds(cedar.id, up_to=dt.date(2026, 10, 27))[
        people["Amira"]
    ] == pytest.approx(65 * 60)
    assert services.airtime.cumulative_seconds(cedar.id, up_to=dt.date(2026, 9, 14)) == {}


def test_airtime_of_another_set_is_not_counted(services, cedar, meeting, people, make_set):
    other = make_set("Birch set")
    assert services.airtime.cumulative_seconds(other.id) == {}
    turn = services.airtime.bid(meeting.id, people["Amira"], 30)
    services.airtime.start(turn.id, T0)
    services.airtime.finish(turn.id, after(5))
    assert services.airtime.cumulative_seconds(other.id) == {}
    assert services.airtime.cumulative_seconds(cedar.id) == {people["Amira"]: pytest.approx(300)}


def test_the_proposal_keeps_the_time_the_current_presenter_has_left(services, meeting, three_bids):
    amira = three_bids[0]  # 20 minutes planned
    before = services.airtime.proposal(meeting.id, local(14, 0))
    services.airtime.start(amira.id, local(14, 0))

    during = services.airtime.proposal(meeting.id, local(14, 5), now=local(14, 5))

    # Five minutes have passed and Amira still has 15 of her 20.
    assert during.available == before.available - 5 - 15
    assert amira.person_id not in during.minutes


def test_planning_leaves_a_presenter_who_has_had_the_floor_alone(services, meeting, three_bids):
    amira, daniel, _grace = three_bids
    services.airtime.start(amira.id, T0)
    services.airtime.finish(amira.id, after(25))

    services.airtime.plan(meeting.id, {amira.person_id: 5, daniel.person_id: 35})

    turns = {t.id: t for t in services.airtime.turns(meeting.id)}
    assert turns[amira.id].planned_minutes == amira.planned_minutes
    assert turns[daniel.id].planned_minutes == 35
