"""Members record improvement goals, track progress on a run chart and link their actions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text

from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.errors import NotFoundError, UserError, ValidationError
from alsdesk.services.goals import (
    GoalDraft,
    GoalStatus,
    Measure,
    MilestoneDraft,
    MilestoneStatus,
    UpdateDraft,
)
from alsdesk.services.run_chart import RuleSet, SignalKind

BASELINE_DAY = dt.date(2026, 9, 1)
FIRST, SECOND, THIRD = dt.date(2026, 9, 15), dt.date(2026, 10, 27), dt.date(2026, 12, 8)

HANDOVERS = Measure(
    name="Handovers using SBAR",
    unit="%",
    baseline_value=40,
    baseline_date=BASELINE_DAY,
    target_value=90,
    target_date=dt.date(2027, 3, 31),
)


def handover_goal(**overrides) -> GoalDraft:
    values = {
        "title": "Safer handovers on Ward 7",
        "problem": "Handovers miss outstanding tasks.",
        "status": GoalStatus.ACTIVE,
        "measure": HANDOVERS,
    }
    values.update(overrides)
    return GoalDraft(**values)


def count_rows(store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


@pytest.fixture(autouse=True)
def late_enough_for_every_update(services):
    """Progress dated after today is refused; these tests' updates run to December 2026."""
    services.goals.today = lambda: dt.date(2027, 6, 30)


@pytest.fixture
def amira(people) -> int:
    return people["Amira"]


@pytest.fixture
def goal(services, amira):
    return services.goals.create(amira, handover_goal())


@pytest.fixture
def meeting_on(services, cedar):
    def open_on(day: dt.date) -> int:
        return services.meetings.find(cedar.id, day).id

    return open_on


# -- recording a goal ---------------------------------------------------------------------


def test_member_records_a_goal_with_a_baseline_and_target(services, amira):
    created = services.goals.create(
        amira,
        handover_goal(
            title="  Safer handovers on Ward 7 ",
            measure=Measure(" Handovers using SBAR ", " % ", 40, BASELINE_DAY, 90.5),
            median_points=6,
        ),
    )

    assert created.title == "Safer handovers on Ward 7"
    assert (created.person_id, created.person_name) == (amira, "Amira Hassan")
    assert created.status == GoalStatus.ACTIVE
    assert created.measure == Measure("Handovers using SBAR", "%", 40, BASELINE_DAY, 90.5)
    assert created.median_points == 6
    assert isinstance(created.updated_at, dt.datetime)
    assert services.goals.get(created.id) == created
    assert services.goals.list_goals(amira) == [created]


def test_a_goal_without_a_measure_yet_is_fine(services, amira):
    created = services.goals.create(amira, GoalDraft("Get to know the discharge team"))
    assert created.measure == Measure()
    assert created.status == GoalStatus.PLANNED


def test_a_goal_is_edited_from_its_own_draft(services, goal):
    edited = services.goals.update(
        goal.id, GoalDraft(**{**vars(goal.draft()), "status": GoalStatus.ON_HOLD, "scope": " W7 "})
    )
    assert (edited.status, edited.scope, edited.measure) == (GoalStatus.ON_HOLD, "W7", HANDOVERS)
    assert services.goals.get(goal.id) == edited
    assert services.goals.update(goal.id, edited.draft()).draft() == edited.draft()


def test_a_target_equal_to_the_baseline_is_refused_and_nothing_is_saved(services, store, amira):
    same = Measure("Falls per month", baseline_value=12, target_value=12, higher_is_better=False)
    with pytest.raises(ValidationError) as raised:
        services.goals.create(amira, handover_goal(measure=same))
    assert raised.value.fields == {
        "target_value": "The target must differ from the baseline, or there is nothing to improve."
    }
    assert count_rows(store, "goal") == 0


def test_a_target_the_wrong_way_from_the_baseline_says_which_way_to_move(services, amira):
    with pytest.raises(ValidationError) as raised:
        services.goals.validate(
            handover_goal(measure=Measure("Handovers", baseline_value=40, target_value=30))
        )
    assert set(raised.value.fields) == {"target_value"}
    assert "above the baseline (40)" in raised.value.fields["target_value"]

    falls = Measure("Falls per month", baseline_value=12, target_value=15, higher_is_better=False)
    with pytest.raises(ValidationError) as raised:
        services.goals.validate(handover_goal(measure=falls))
    assert "below the baseline (12)" in raised.value.fields["target_value"]

    fewer_falls = Measure(
        "Falls per month", baseline_value=12, target_value=6, higher_is_better=False
    )
    assert services.goals.validate(handover_goal(measure=fewer_falls)).measure == fewer_falls


@pytest.mark.parametrize(
    ("draft", "fields"),
    [
        (GoalDraft("   "), {"title"}),
        (GoalDraft("x" * 301), {"title"}),
        (GoalDraft("Fewer falls", measure=Measure(baseline_value=12)), {"measure_name"}),
        (GoalDraft("Fewer falls", measure=Measure(" ", target_value=6)), {"measure_name"}),
        (GoalDraft("Fewer falls", measure=Measure("Falls", unit="x" * 51)), {"measure_unit"}),
        (GoalDraft("Fewer falls", median_points=1), {"median_points"}),
        (
            GoalDraft(
                "Fewer falls",
                measure=Measure(
                    baseline_date=dt.date(2026, 9, 1), target_date=dt.date(2026, 8, 31)
                ),
            ),
            {"target_date"},
        ),
        (
            GoalDraft("Fewer falls", measure=Measure("Falls", baseline_value=float("nan"))),
            {"baseline_value"},
        ),
        (
            GoalDraft(
                "",
                measure=Measure(
                    baseline_value=5,
                    target_value=5,
                    baseline_date=dt.date(2026, 9, 1),
                    target_date=dt.date(2026, 1, 1),
                ),
                median_points=0,
            ),
            {"title", "measure_name", "target_value", "target_date", "median_points"},
        ),
    ],
)
def test_a_goal_that_cannot_be_saved_is_refused_and_nothing_saved(
    services, store, amira, draft, fields
):
    with pytest.raises(ValidationError) as raised:
        services.goals.create(amira, draft)
    assert set(raised.value.fields) == fields
    assert count_rows(store, "goal") == 0


def test_a_refused_edit_leaves_the_goal_as_it_was(services, goal):
    with pytest.raises(ValidationError):
        services.goals.update(goal.id, handover_goal(title=""))
    assert services.goals.get(goal.id) == goal


def test_the_baseline_cannot_move_after_progress_already_recorded(services, goal):
    services.goals.add_update(goal.id, UpdateDraft(dt.date(2026, 9, 20), 45))
    before = services.goals.get(goal.id)
    later = Measure(**{**vars(HANDOVERS), "baseline_date": dt.date(2026, 10, 1)})
    with pytest.raises(ValidationError) as raised:
        services.goals.update(goal.id, handover_goal(measure=later))
    assert set(raised.value.fields) == {"baseline_date"}
    assert raised.value.fields["baseline_date"] == (
        "Progress updates dated before this: 1, the first on 20 Sep 2026. Choose an "
        "earlier baseline date or change those updates first."
    )
    assert services.goals.get(goal.id) == before


def test_goals_are_listed_with_the_ones_being_worked_on_first(services, amira, people):
    for title, status in [
        ("Zero pressure ulcers", GoalStatus.STOPPED),
        ("Better rotas", GoalStatus.ACHIEVED),
        ("Quicker discharges", GoalStatus.ON_HOLD),
        ("Audit falls", GoalStatus.PLANNED),
        ("safer handovers", GoalStatus.ACTIVE),
        ("Calmer nights", GoalStatus.ACTIVE),
    ]:
        services.goals.create(amira, GoalDraft(title, status=status))
    services.goals.create(
        people["Daniel"], GoalDraft("Daniel's own goal", status=GoalStatus.ACTIVE)
    )

    assert [g.title for g in services.goals.list_goals(amira)] == [
        "Calmer nights",
        "safer handovers",
        "Audit falls",
        "Quicker discharges",
        "Better rotas",
        "Zero pressure ulcers",
    ]


def test_a_goal_for_someone_not_in_alsdesk_is_refused(services, store):
    with pytest.raises(NotFoundError):
        services.goals.create(999, handover_goal())
    assert count_rows(store, "goal") == 0


def test_a_goal_that_does_not_exist_is_not_found(services):
    with pytest.raises(NotFoundError, match="That goal no longer exists"):
        services.goals.get(999)
    with pytest.raises(NotFoundError):
        services.goals.update(999, handover_goal())
    with pytest.raises(NotFoundError):
        services.goals.delete(999)
    with pytest.raises(NotFoundError):
        services.goals.add_update(999, UpdateDraft(FIRST, 40))
    with pytest.raises(NotFoundError):
        services.goals.add_milestone(999, MilestoneDraft("Audit"))
    with pytest.raises(NotFoundError):
        services.goals.run_chart(999)


# -- the command line finds goals by name ----------------------------------------------------


def test_the_command_line_finds_a_goal_by_person_and_title(services, goal):
    assert services.goals.find("  amira   HASSAN ", "SAFER handovers on ward 7 ") == goal


def test_a_goal_not_found_names_the_goals_that_exist(services, amira, goal):
    services.goals.create(amira, GoalDraft("Calmer nights", status=GoalStatus.ACTIVE))
    with pytest.raises(NotFoundError) as raised:
        services.goals.find("Amira Hassan", "Fewer falls")
    assert str(raised.value) == (
        'No goal "Fewer falls" for Amira Hassan; '
        'their goals: "Calmer nights", "Safer handovers on Ward 7".'
    )


def test_a_person_without_goals_is_told_so(services, cedar):
    with pytest.raises(NotFoundError) as raised:
        services.goals.find("grace mensah", "Fewer falls")
    assert str(raised.value) == 'No goal "Fewer falls" for Grace Mensah; they have no goals yet.'
    with pytest.raises(NotFoundError, match='Nobody called "Olu Adeyemi"'):
        services.goals.find("Olu Adeyemi", "Fewer falls")


def test_two_goals_with_the_same_title_are_not_guessed_between(services, amira, goal):
    services.goals.create(amira, handover_goal())
    with pytest.raises(UserError, match='2 goals called "Safer handovers on Ward 7"'):
        services.goals.find("Amira Hassan", "Safer handovers on Ward 7")


# -- milestones ---------------------------------------------------------------------------------


def test_milestones_are_listed_by_due_date_with_undated_ones_last(services, goal):
    services.goals.add_milestone(goal.id, MilestoneDraft("Share the results"))
    services.goals.add_milestone(goal.id, MilestoneDraft("Train the team", dt.date(2026, 11, 1)))
    audit = services.goals.add_milestone(
        goal.id, MilestoneDraft(" Audit 20 handovers ", dt.date(2026, 10, 1))
    )

    assert audit.title == "Audit 20 handovers"
    assert [m.title for m in services.goals.milestones(goal.id)] == [
        "Audit 20 handovers",
        "Train the team",
        "Share the results",
    ]

    done = services.goals.update_milestone(
        audit.id, MilestoneDraft(audit.title, audit.due_date, MilestoneStatus.DONE)
    )
    assert services.goals.milestones(goal.id)[0] == done
    assert done.status == MilestoneStatus.DONE
    services.goals.delete_milestone(audit.id)
    assert [m.title for m in services.goals.milestones(goal.id)] == [
        "Train the team",
        "Share the results",
    ]


def test_a_milestone_needs_a_title(services, store, goal):
    with pytest.raises(ValidationError) as raised:
        services.goals.add_milestone(goal.id, MilestoneDraft("  "))
    assert set(raised.value.fields) == {"title"}
    assert count_rows(store, "goal_milestone") == 0
    with pytest.raises(NotFoundError):
        services.goals.update_milestone(999, MilestoneDraft("Audit"))


# -- progress updates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("42", 42.0),
        (" 42.5 ", 42.5),
        ("42,5", 42.5),
        ("42%", 42.0),
        ("42.5 %", 42.5),
        ("1,234", 1234.0),
        ("1,234,567.5", 1234567.5),
        ("-3", -3.0),
        (".5", 0.5),
        ("", None),
        ("   ", None),
    ],
)
def test_a_typed_measurement_is_read_as_people_write_it(services, typed, value):
    assert services.goals.parse_value(typed) == value


@pytest.mark.parametrize("typed", ["abc", "4 2", "nan", "inf", "-inf", "%", "1,2,3", "4.2.1"])
def test_something_that_is_not_a_number_is_refused(services, typed):
    with pytest.raises(ValidationError) as raised:
        services.goals.parse_value(typed)
    assert raised.value.fields == {"value": "Type a number, such as 42 or 3.5."}


def test_progress_updates_are_kept_oldest_first(services, goal):
    later = services.goals.add_update(goal.id, UpdateDraft(SECOND, 55, " Team trained "))
    earlier = services.goals.add_update(goal.id, UpdateDraft(FIRST, 48))
    note = services.goals.add_update(goal.id, UpdateDraft(THIRD, narrative="Audit delayed"))

    assert later.narrative == "Team trained"
    assert note.value is None
    assert services.goals.updates(goal.id) == [earlier, later, note]

    edited = services.goals.edit_update(earlier.id, UpdateDraft(FIRST, 47, "Recounted"))
    assert services.goals.updates(goal.id)[0] == edited
    services.goals.delete_update(note.id)
    assert services.goals.updates(goal.id) == [edited, later]
    assert services.goals.get(goal.id).updated_at > goal.updated_at


@pytest.mark.parametrize(
    ("draft", "fields"),
    [
        (UpdateDraft(FIRST), {"value"}),
        (UpdateDraft(FIRST, narrative="   "), {"value"}),
        (UpdateDraft(FIRST, float("inf")), {"value"}),
        (UpdateDraft(FIRST, narrative="x" * 2001), {"narrative"}),
        (UpdateDraft(BASELINE_DAY - dt.timedelta(days=1), 45), {"date"}),
        (UpdateDraft(dt.date(2026, 1, 1), narrative="x" * 2001), {"date", "narrative"}),
    ],
)
def test_an_update_that_cannot_be_saved_is_refused_and_nothing_saved(
    services, store, goal, draft, fields
):
    with pytest.raises(ValidationError) as raised:
        services.goals.add_update(goal.id, draft)
    assert set(raised.value.fields) == fields
    assert count_rows(store, "goal_update") == 0


def test_an_update_on_the_baseline_day_is_accepted(services, goal):
    assert services.goals.add_update(goal.id, UpdateDraft(BASELINE_DAY, 40)).date == BASELINE_DAY


def test_an_edited_update_gets_the_same_checks(services, goal):
    update = services.goals.add_update(goal.id, UpdateDraft(FIRST, 48))
    with pytest.raises(ValidationError) as raised:
        services.goals.edit_update(update.id, UpdateDraft(dt.date(2026, 8, 1)))
    assert set(raised.value.fields) == {"date", "value"}
    assert services.goals.updates(goal.id) == [update]
    with pytest.raises(NotFoundError):
        services.goals.edit_update(999, UpdateDraft(FIRST, 48))


# -- the run chart ----------------------------------------------------------------------------


def add_weekly(services, goal_id: int, values, start: dt.date = FIRST) -> None:
    for week, value in enumerate(values):
        services.goals.add_update(goal_id, UpdateDraft(start + dt.timedelta(weeks=week), value))


def test_a_shift_appears_on_the_run_chart_after_six_updates_above_the_median(services, amira):
    goal = services.goals.create(amira, handover_goal(median_points=6))
    add_weekly(services, goal.id, [42, 38, 43, 39, 42, 38])  # baseline: median 40.5
    add_weekly(services, goal.id, [50, 52, 51, 53, 52], start=FIRST + dt.timedelta(weeks=6))

    five_above = services.goals.run_chart(goal.id)
    assert five_above.median == 40.5
    assert not five_above.flagged(SignalKind.SHIFT)

    services.goals.add_update(goal.id, UpdateDraft(FIRST + dt.timedelta(weeks=11), 54))
    chart = services.goals.run_chart(goal.id)
    assert chart.median == 40.5
    assert chart.flagged(SignalKind.SHIFT) == frozenset(range(6, 12))


def test_the_run_chart_plots_only_updates_with_a_value(services, goal):
    services.goals.add_update(goal.id, UpdateDraft(SECOND, 60))
    services.goals.add_update(goal.id, UpdateDraft(FIRST, 50, "First audit"))
    services.goals.add_update(goal.id, UpdateDraft(THIRD, narrative="Audit postponed"))

    chart = services.goals.run_chart(goal.id)
    assert [(p.date, p.value) for p in chart.points] == [(FIRST, 50), (SECOND, 60)]
    assert chart.median == 55  # no median_points: the median of every point


# -- actions serving a goal ----------------------------------------------------------------------


def test_actions_agreed_at_a_set_meeting_appear_under_their_goal_with_their_status(
    services, goal, amira, meeting_on
):
    first, second = meeting_on(FIRST), meeting_on(SECOND)
    audit = services.actions.add(
        first, ActionDraft(amira, "Audit ten handovers", SECOND, goal_id=goal.id)
    )
    services.actions.add(first, ActionDraft(amira, "Book annual leave"))
    teach = services.actions.add(
        second, ActionDraft(amira, "Teach SBAR at the huddle", goal_id=goal.id)
    )
    services.actions.review(audit.id, second, ActionStatus.DONE, "All ten done")

    linked = services.goals.linked_actions(goal.id)
    assert [(a.id, a.text, a.status, a.agreed_on) for a in linked] == [
        (audit.id, "Audit ten handovers", ActionStatus.DONE, FIRST),
        (teach.id, "Teach SBAR at the huddle", ActionStatus.OPEN, SECOND),
    ]
    assert linked[0].comment == "All ten done"


def test_an_action_can_serve_only_its_owners_goal(services, store, goal, people, meeting_on):
    first = meeting_on(FIRST)
    with pytest.raises(ValidationError) as raised:
        services.actions.add(first, ActionDraft(people["Daniel"], "Call IT", goal_id=goal.id))
    assert raised.value.fields == {"goal_id": "That goal belongs to someone else."}
    with pytest.raises(NotFoundError, match="That goal no longer exists"):
        services.actions.add(first, ActionDraft(people["Amira"], "Call IT", goal_id=999))
    assert count_rows(store, "action") == 0

    action = services.actions.add(first, ActionDraft(people["Amira"], "Call IT", goal_id=goal.id))
    with pytest.raises(ValidationError) as raised:
        services.actions.update(action.id, ActionDraft(people["Daniel"], "Call IT", None, goal.id))
    assert set(raised.value.fields) == {"goal_id"}
    with pytest.raises(NotFoundError):
        services.actions.update(action.id, ActionDraft(people["Amira"], "Call IT", None, 999))
    assert services.actions.get(action.id) == action


def test_actions_of_a_deleted_set_drop_off_the_goal(services, cedar, goal, amira, meeting_on):
    services.actions.add(meeting_on(FIRST), ActionDraft(amira, "Audit", goal_id=goal.id))
    services.sets.delete(cedar.id)
    assert services.goals.linked_actions(goal.id) == []


def test_deleting_a_goal_leaves_its_actions_unlinked(services, store, goal, amira, meeting_on):
    action = services.actions.add(meeting_on(FIRST), ActionDraft(amira, "Audit", goal_id=goal.id))
    services.goals.add_milestone(goal.id, MilestoneDraft("Audit"))
    services.goals.add_update(goal.id, UpdateDraft(FIRST, 45))

    services.goals.delete(goal.id)

    kept = services.actions.get(action.id)
    assert (kept.text, kept.goal_id) == ("Audit", None)
    assert services.goals.list_goals(amira) == []
    assert count_rows(store, "goal_milestone") == 0
    assert count_rows(store, "goal_update") == 0
    with pytest.raises(NotFoundError):
        services.goals.get(goal.id)


# -- the progress report -------------------------------------------------------------------------


def test_the_progress_report_has_everything_and_names_the_persons_live_sets(
    services, goal, amira, make_set, meeting_on
):
    ash, birch = make_set("Ash set"), make_set("Birch set")
    services.members.add_existing(ash.id, amira)
    services.members.add_existing(birch.id, amira)
    services.sets.set_archived(ash.id, True)
    services.sets.delete(birch.id)
    milestone = services.goals.add_milestone(goal.id, MilestoneDraft("Audit"))
    update = services.goals.add_update(goal.id, UpdateDraft(FIRST, 45))
    action = services.actions.add(meeting_on(FIRST), ActionDraft(amira, "Audit", goal_id=goal.id))

    report = services.goals.report(goal.id)

    assert report.goal == services.goals.get(goal.id)
    assert report.milestones == (milestone,)
    assert report.updates == (update,)
    assert report.actions == (action,)
    assert report.chart == services.goals.run_chart(goal.id)
    assert report.set_names == ("Ash set", "Cedar set")


def test_an_action_agreed_before_the_goal_is_linked_to_it_later_and_unlinked(
    services, people, meeting_on
):
    held_meeting_id = meeting_on(dt.date(2026, 10, 27))
    amira, daniel = people["Amira"], people["Daniel"]
    earlier = services.actions.add(held_meeting_id, ActionDraft(amira, "Map a week of discharges"))
    services.actions.add(held_meeting_id, ActionDraft(daniel, "Ride along with a crew"))
    goal = services.goals.create(amira, GoalDraft("Discharges before midday"))

    assert [a.text for a in services.goals.linkable_actions(goal.id)] == [
        "Map a week of discharges"
    ]
    services.goals.link_action(goal.id, earlier.id)

    assert [a.id for a in services.goals.linked_actions(goal.id)] == [earlier.id]
    assert services.goals.linkable_actions(goal.id) == []
    services.goals.link_action(goal.id, earlier.id, linked=False)
    assert services.goals.linked_actions(goal.id) == []


def test_someone_elses_action_cannot_be_linked_to_a_goal(services, people, meeting_on):
    held_meeting_id = meeting_on(dt.date(2026, 10, 27))
    theirs = services.actions.add(
        held_meeting_id, ActionDraft(people["Daniel"], "Ride along with a crew")
    )
    goal = services.goals.create(people["Amira"], GoalDraft("Discharges before midday"))

    with pytest.raises(UserError, match="someone else"):
        services.goals.link_action(goal.id, theirs.id)
    assert services.actions.get(theirs.id).goal_id is None


def test_a_goal_keeps_its_choice_of_rules_and_its_chart_is_judged_by_them(services, amira):
    goal = services.goals.create(amira, handover_goal(rule_set=RuleSet.ANHOEJ))
    add_weekly(services, goal.id, [42, 38, 43, 39, 42, 38, 50, 52, 51, 53, 52, 54])

    assert services.goals.get(goal.id).rule_set == RuleSet.ANHOEJ
    assert services.goals.run_chart(goal.id).rule_set == RuleSet.ANHOEJ
    assert services.goals.report(goal.id).chart.rule_set == RuleSet.ANHOEJ

    again = services.goals.get(goal.id)
    services.goals.update(goal.id, replace(again.draft(), title="Handover in ten minutes"))
    assert services.goals.get(goal.id).rule_set == RuleSet.ANHOEJ  # a draft carries it
    assert services.goals.create(amira, handover_goal()).rule_set == RuleSet.IHI
