"""Fair shares of airtime, and a timer that keeps time across pauses, sleep and restarts."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.airtime import (
    OPEN_BID_DEFAULT,
    AirtimeTimer,
    Bid,
    Cue,
    available_minutes,
    equal_share,
    fair_share,
    format_clock,
    share_airtime,
)

NINE_THIRTY = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    return NINE_THIRTY + dt.timedelta(minutes=minutes)


def test_available_time_is_what_is_left_less_breaks_and_process_review():
    end = NINE_THIRTY.replace(hour=16, minute=30)
    assert available_minutes(at(30), end, breaks=75, process_review=30) == 285
    assert available_minutes(end, end, breaks=10) == 0


def test_bids_that_fit_are_granted_as_asked():
    assert fair_share([Bid(1, 40), Bid(2, 30)], available=120) == {1: 40, 2: 30}


def test_bids_that_do_not_fit_trim_the_largest_first_to_one_length():
    shares = fair_share([Bid(1, 60), Bid(2, 60), Bid(3, 30)], available=100)
    assert shares == {1: 35, 2: 35, 3: 30}  # the 30-minute ask in full


def test_a_small_ask_is_never_cut_to_give_a_large_one_more():
    # Before: a 99-minute ask got 36 minutes while a 10-minute ask got 4.
    share = share_airtime([Bid(1, 99), Bid(2, 10)], available=40)
    assert share.minutes == {1: 30, 2: 10}
    assert share.trimmed_to == 30 and share.asked == 109


def test_named_asks_and_open_bids_over_the_time_left_share_it_fairly():
    # Asks of 20, 15, 10 and 25 minutes and two open bids with 78 minutes free: the open
    # bids count as 30 minutes each, and every ask above 13 minutes is trimmed to 13 or 14.
    bids = [Bid(1, 20), Bid(2, 15), Bid(3, 10), Bid(4, 25), Bid(5), Bid(6)]
    share = share_airtime(bids, available=78)
    assert share.minutes == {1: 14, 2: 14, 3: 10, 4: 14, 5: 13, 6: 13}
    assert sum(share.minutes.values()) == 78
    assert (share.asked, share.open_bids, share.open_default) == (130, 2, OPEN_BID_DEFAULT)
    assert not share.below_floor


def test_too_many_presenters_for_the_time_is_said_not_hidden():
    share = share_airtime([Bid(n, 30) for n in range(1, 9)], available=60)
    assert set(share.minutes.values()) == {7, 8} and sum(share.minutes.values()) == 60
    assert share.below_floor


def test_rounding_never_gives_away_more_than_is_available():
    shares = fair_share([Bid(1, 50), Bid(2, 50), Bid(3, 50)], available=100)
    assert sum(shares.values()) == 100
    assert sorted(shares.values()) == [33, 33, 34]
    assert shares[1] == 34  # the leftover minute goes to the earliest of equals


def test_open_bids_share_what_named_bids_leave():
    shares = fair_share([Bid(1, 40), Bid(2), Bid(3)], available=120)
    assert shares == {1: 40, 2: 40, 3: 40}


def test_open_bids_with_no_room_left_count_as_the_stated_default():
    shares = fair_share([Bid(1, 90), Bid(2, 90), Bid(3)], available=120)
    assert shares == {1: 45, 2: 45, 3: OPEN_BID_DEFAULT}


def test_no_time_left_means_no_airtime():
    assert fair_share([Bid(1, 30)], available=0) == {1: 0}


def test_equal_time_divides_the_day_evenly():
    assert equal_share([1, 2, 3, 4, 5, 6], available=300) == dict.fromkeys(range(1, 7), 50)
    assert sum(equal_share([1, 2, 3, 4, 5, 6, 7], available=300).values()) == 300


def test_a_timer_counts_only_while_running():
    timer = AirtimeTimer(planned_seconds=30 * 60).start(at(0))
    timer = timer.pause(at(10))
    assert timer.used(at(25)) == pytest.approx(600)
    timer = timer.start(at(25))
    assert timer.remaining(at(30)) == pytest.approx(15 * 60)


def test_a_timer_keeps_time_while_the_laptop_sleeps_or_the_app_restarts():
    running = AirtimeTimer(planned_seconds=40 * 60).start(at(0))
    # The app stores the timer, quits and starts again 25 minutes later:
    restored = AirtimeTimer(**vars(running))
    assert restored.remaining(at(25)) == pytest.approx(15 * 60)


def test_extending_adds_a_minute_and_cues_change_near_the_end():
    timer = AirtimeTimer(planned_seconds=10 * 60).start(at(0))
    assert timer.cue(at(7)) == Cue.NORMAL
    assert timer.cue(at(8.5)) == Cue.TWO_MINUTES
    assert timer.cue(at(10)) == Cue.OVER
    assert timer.extend().cue(at(10)) == Cue.TWO_MINUTES
    assert timer.extend().remaining(at(10)) == pytest.approx(60)


def test_starting_a_running_timer_or_pausing_a_paused_one_changes_nothing():
    timer = AirtimeTimer(planned_seconds=600).start(at(0))
    assert timer.start(at(5)) == timer
    paused = timer.pause(at(5))
    assert paused.pause(at(9)) == paused


@pytest.mark.parametrize(
    ("seconds", "shown"), [(725, "12:05"), (0.4, "0:01"), (0, "0:00"), (-42, "-0:42")]
)
def test_the_clock_reads_minutes_and_seconds(seconds, shown):
    assert format_clock(seconds) == shown


def test_an_open_bid_is_offered_at_most_an_hour_when_the_day_is_long():
    bids = [Bid(1, 30), Bid(2)]
    assert fair_share(bids, 300) == {1: 30, 2: 60}
    assert fair_share(bids, 70) == {1: 30, 2: 40}
    assert fair_share(bids, 300, open_cap=None) == {1: 30, 2: 270}


def test_the_common_cap_trims_the_largest_first_and_never_below_its_floor():
    from alsdesk.shares import common_cap

    assert common_cap([99, 10], 40) == 30
    assert common_cap([20, 15, 10], 60) == 20  # all fit: nothing is trimmed
    assert common_cap([300, 200, 40], 300, lowest=48) == 130
    assert common_cap([300, 200], 50, lowest=48) == 48
    assert common_cap([], 10) == 0


def test_the_pace_adds_what_is_left_to_now_and_compares_it_with_the_plan():
    import datetime as dt

    from alsdesk.services.airtime import airtime_pace

    now = dt.datetime(2026, 10, 27, 14, 0)
    end = dt.datetime(2026, 10, 27, 16, 30)
    pace = airtime_pace(now, 5 * 60, [20 * 60, 30 * 60], end, breaks=15, process_review=30)
    assert pace.ends == dt.datetime(2026, 10, 27, 14, 55)
    assert pace.behind_minutes == -50  # the plan: airtime done by 15:45
    late = airtime_pace(now, -120, [90 * 60, 30 * 60], end, 15, 30)  # over time counts 0
    assert (late.ends, late.behind_minutes) == (dt.datetime(2026, 10, 27, 16, 0), 15)
    assert airtime_pace(now, 0, [60], None) is None


def test_the_share_says_what_open_bids_were_given_beyond_their_default():
    share = share_airtime([Bid(1, 30), Bid(2)], 300)
    assert share.open_given == (60,)  # counted as 30, given the hour the day leaves
    assert share.spare == 210
    assert share_airtime([Bid(1, 90), Bid(2, 90), Bid(3)], 120).open_given == ()
