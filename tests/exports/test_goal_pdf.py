"""A member prints the progress report of their improvement goal for their set or tutor."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from alsdesk.exports.goal_pdf import write_goal_pdf
from alsdesk.services.actions import ActionInfo, ActionStatus
from alsdesk.services.goals import (
    GoalInfo,
    GoalReport,
    GoalStatus,
    Measure,
    MilestoneInfo,
    MilestoneStatus,
    UpdateInfo,
)
from alsdesk.services.run_chart import RuleSet, RunPoint, analyse
from tests.exports.conftest import pdf_pages

PRINTED = dt.date(2026, 12, 14)
START = dt.date(2026, 9, 3)
FALLING = [42, 45, 40, 44, 43, 41, 38, 35, 33, 34, 30, 31, 29, 28]
FOOTER = "Confidential: Łukasz Wróbel\u2019s improvement goal, theirs to share."
DISCHARGES = Measure(
    "Patients discharged after 3 pm", "%", 42, START, 30, dt.date(2027, 3, 31), False
)


def goal(**changes) -> GoalInfo:
    values = {
        "id": 1,
        "person_id": 7,
        "person_name": "Łukasz Wróbel",
        "title": "Get patients home before 3 pm on Ward 7",
        "problem": "Most discharges happen after 3 pm, so admissions from ED wait for beds.",
        "why_it_matters": "Patients wait for hours in lounge chairs; families lose a day's pay.",
        "scope": "Ward 7 (acute medicine), weekdays.",
        "stakeholders": "Ward team, pharmacy, therapy, Siobhán Ní Bhriain (matron).",
        "status": GoalStatus.ACTIVE,
        "measure": DISCHARGES,
        "median_points": 6,
        "updated_at": dt.datetime(2026, 12, 10, 9),
    }
    values.update(changes)
    return GoalInfo(**values)


def weekly_updates(values) -> tuple[UpdateInfo, ...]:
    return tuple(
        UpdateInfo(i, 1, START + dt.timedelta(weeks=i), float(v), f"Audit of week {i + 1}.")
        for i, v in enumerate(values)
    )


def action(number: int, agreed: dt.date, what: str, due, status, **more) -> ActionInfo:
    return ActionInfo(number, 1, 1, agreed, 7, "Łukasz Wróbel", what, due, 1, status, **more)


def report(updates=(), milestones=(), actions=(), baseline=6, **goal_changes) -> GoalReport:
    points = [RunPoint(u.date, u.value) for u in updates if u.value is not None]
    return GoalReport(
        goal=goal(**goal_changes),
        milestones=tuple(milestones),
        updates=tuple(updates),
        actions=tuple(actions),
        chart=analyse(points, baseline),
        set_names=("Cedar set", "Birch set"),
    )


def full_report() -> GoalReport:
    updates = weekly_updates(FALLING) + (
        UpdateInfo(99, 1, dt.date(2026, 12, 11), None, "Presented the chart to the board."),
    )
    milestones = (
        MilestoneInfo(1, 1, "Agree discharge criteria", dt.date(2026, 10, 1), MilestoneStatus.DONE),
        MilestoneInfo(
            2, 1, "Evening TTO ordering in place", dt.date(2026, 11, 15),
            MilestoneStatus.IN_PROGRESS,
        ),
        MilestoneInfo(3, 1, "Spread to Ward 8", dt.date(2027, 2, 1), MilestoneStatus.PLANNED),
        MilestoneInfo(4, 1, "Board paper", None, MilestoneStatus.MISSED),
    )  # fmt: skip
    actions = (
        action(
            1, dt.date(2026, 9, 15), "Shadow the night coordinator.", None, ActionStatus.DONE,
            comment="Saw how late TTOs are ordered.", reviewed_on=dt.date(2026, 10, 27),
        ),
        action(
            2, dt.date(2026, 10, 27), "Ask pharmacy about a Saturday rota.",
            dt.date(2026, 11, 20), ActionStatus.OPEN,
        ),
    )  # fmt: skip
    return report(updates, milestones, actions)


@pytest.fixture
def printed(tmp_path) -> list[str]:
    path = tmp_path / "goal.pdf"
    write_goal_pdf(full_report(), path, PRINTED)
    return pdf_pages(path)


def test_title_block_names_the_goal_person_sets_status_and_printed_date(printed):
    assert printed[0].startswith(
        "Get patients home before 3 pm on Ward 7 Goal progress report "
        "Person: Łukasz Wróbel Sets: Cedar set, Birch set Status: Active "
        "Printed 14 December 2026"
    )


def test_the_improvement_is_framed_by_problem_service_users_scope_and_stakeholders(printed):
    assert "Problem Most discharges happen after 3 pm" in printed[0]
    assert "Why it matters to service users Patients wait for hours in lounge chairs" in printed[0]
    assert "Scope Ward 7 (acute medicine), weekdays." in printed[0]
    assert "Stakeholders Ward team, pharmacy, therapy, Siobhán Ní Bhriain (matron)." in printed[0]


def test_measure_table_gives_baseline_and_target_with_dates_and_direction(printed):
    assert "Measure Unit Baseline Target Direction" in printed[0]
    assert (
        "Patients discharged after 3 pm % 42 on 3 Sep 2026 30 by 31 Mar 2027 Lower is better"
        in printed[0]
    )
    assert "Latest value: 28% on 3 Dec 2026, which meets the target of 30%." in printed[0]


def test_run_chart_prints_its_median_target_and_the_rules_in_plain_sentences(printed):
    text = " ".join(printed)

    assert "Median 42.5" in text and "Target 30" in text
    assert "The median, 42.5, is of the first 6 points (the baseline, solid)" in text
    assert (
        "Shift: 9 points in a row below the median, 8 Oct 2026 to 3 Dec 2026. "
        "That is the better direction (lower is better)."
    ) in text
    assert (
        "Trend: 6 points in a row going down, from 44 on 24 Sep 2026 to 33 on 29 Oct 2026. "
        "That is the better direction (lower is better)."
    ) in text
    assert "Runs: 5 runs in 14 useful observations; 4 to 12 expected by chance." in text
    assert "unlikely to be chance alone" in text


def test_progress_updates_list_date_value_and_narrative(printed):
    text = " ".join(printed)

    assert "Date Value (%) Narrative" in text
    assert "3 Sep 2026 42 Audit of week 1." in text
    assert "3 Dec 2026 28 Audit of week 14." in text
    assert "11 Dec 2026 \u2013 Presented the chart to the board." in text


def test_milestones_give_due_dates_and_statuses_flagging_overdue_ones(printed):
    text = " ".join(printed)

    assert "Milestone Due Status" in text
    assert "Agree discharge criteria 1 Oct 2026 Done" in text
    assert "Evening TTO ordering in place 15 Nov 2026 In progress overdue" in text
    assert "Spread to Ward 8 1 Feb 2027 Planned" in text
    assert "Board paper No date Missed" in text


def test_linked_actions_give_agreed_date_action_due_and_status(printed):
    text = " ".join(printed)

    assert "Agreed on Action Due Status" in text
    assert (
        "15 Sep 2026 Shadow the night coordinator. Saw how late TTOs are ordered. No date "
        "Done 27 Oct 2026"
    ) in text
    assert "27 Oct 2026 Ask pharmacy about a Saturday rota. 20 Nov 2026 Open overdue" in text


def test_every_page_has_the_confidential_footer_and_page_count(printed):
    assert len(printed) >= 2
    for number, page in enumerate(printed, start=1):
        assert FOOTER in page
        assert f"Page {number} of {len(printed)}" in page


def test_a_new_goal_says_what_is_missing_instead_of_leaving_sections_out(tmp_path):
    path = tmp_path / "new.pdf"
    new = report(
        person_name="Siobhán Ní Bhriain",
        title="Fewer missed handovers",
        problem="",
        why_it_matters="",
        scope="",
        stakeholders="",
        status=GoalStatus.PLANNED,
        measure=Measure(),
    )

    write_goal_pdf(new, path, PRINTED)

    (page,) = pdf_pages(path)
    assert "Person: Siobhán Ní Bhriain" in page
    assert "Problem Not written yet." in page
    assert "No measure set yet." in page
    assert "No values yet: the run chart starts with the first progress update" in page
    for section, empty in (
        ("Progress updates", "No progress updates yet."),
        ("Milestones", "No milestones yet."),
        ("Linked actions", "No set actions are linked to this goal yet."),
    ):
        assert f"{section} {empty}" in page
    assert "Confidential: Siobhán Ní Bhriain\u2019s improvement goal" in page


def test_with_few_values_the_report_says_what_each_rule_still_needs(tmp_path):
    path = tmp_path / "few.pdf"

    write_goal_pdf(report(weekly_updates([42, 40, 41])), path, PRINTED)

    text = " ".join(pdf_pages(path))
    assert "Shift: needs at least 6 points; 3 so far." in text
    assert "Trend: needs at least 5 points; 3 so far." in text
    assert "Runs rule needs 10 points not on the median; 2 so far (8 more needed)." in text
    assert "Latest value: 41% on 17 Sep 2026, 11 above the target of 30%." in text


def test_a_steady_measure_is_reported_as_looking_like_chance(tmp_path):
    path = tmp_path / "steady.pdf"
    steady = [5, 7, 8, 6, 4, 5, 8, 7, 4, 6, 9, 5]

    write_goal_pdf(report(weekly_updates(steady), baseline=None), path, PRINTED)

    text = " ".join(pdf_pages(path))
    assert "The median, 6, is of all 12 points." in text
    assert "Runs: 7 runs in 10 useful observations; 3 to 9 expected by chance." in text
    assert "No shift: no 6 or more points in a row on one side of the median." in text
    assert "No trend: no 5 or more points in a row going up or down." in text
    assert "No rule finds a signal: so far the variation looks like chance." in text


def test_a_higher_is_better_measure_calls_a_fall_the_worse_direction(tmp_path):
    path = tmp_path / "worse.pdf"
    measure = Measure("Patients home by noon", "", 10, START, 20, None, True)

    write_goal_pdf(report(weekly_updates([12, 11, 10, 9, 8, 7]), measure=measure), path, PRINTED)

    text = " ".join(pdf_pages(path))
    assert "Trend: 6 points in a row going down" in text
    assert "That is the worse direction (higher is better)." in text
    assert "Latest value: 7 on 8 Oct 2026, 13 short of the target of 20." in text


@pytest.mark.parametrize(
    ("higher_is_better", "latest", "against_target"),
    [
        (False, 7, "1 above the target of 6 falls."),
        (False, 6, "which meets the target of 6 falls."),
        (False, 5, "which meets the target of 6 falls."),
        (True, 5, "1 short of the target of 6 falls."),
        (True, 6, "which meets the target of 6 falls."),
        (True, 7, "which meets the target of 6 falls."),
    ],
)
def test_the_latest_value_is_short_of_or_above_the_target_by_its_direction(
    tmp_path, higher_is_better, latest, against_target
):
    """Lower is better: 7 falls against a target of 6 is 1 above it, not 1 short of it."""
    path = tmp_path / "latest.pdf"
    measure = Measure("Falls on the ward", "falls", 9, START, 6, None, higher_is_better)

    write_goal_pdf(report(weekly_updates([9, 8, latest]), measure=measure), path, PRINTED)

    text = " ".join(pdf_pages(path))
    assert f"Latest value: {latest} falls on 17 Sep 2026, {against_target}" in text


def test_the_report_names_the_rules_that_judge_the_chart(tmp_path):
    values = [3, 4, 2, 3, 4, 2, 3, 4, 2, 3, 8, 9, 7, 8, 9, 7, 8, 9, 7, 8]
    updates = weekly_updates(values)
    points = [RunPoint(u.date, u.value) for u in updates]
    by_ihi, by_anhoej = tmp_path / "ihi.pdf", tmp_path / "anhoej.pdf"

    write_goal_pdf(report(updates, baseline=None), by_ihi, PRINTED)
    anhoej = replace(
        report(updates, baseline=None, rule_set=RuleSet.ANHOEJ),
        chart=analyse(points, None, RuleSet.ANHOEJ),
    )
    write_goal_pdf(anhoej, by_anhoej, PRINTED)

    ihi_text = " ".join(pdf_pages(by_ihi))
    assert "Judged by the IHI run chart rules." in ihi_text
    assert "the trend rule often signals by chance; the Anhøj rules do not." in ihi_text
    text = " ".join(pdf_pages(by_anhoej))
    assert "Judged by the Anhøj rules." in text
    assert "Too few crossings of the median: 1 in 20 points" in text
    assert "Crossings: 1" not in text  # a rule that found its signal says the signal
    assert "No shift: no 6 or more" not in text  # the IHI wording is not Anhøj's
    assert "trend rule often signals" not in text
    assert "Shift: more than 7 points on one side of the median (Anhøj)" in text
    assert "Shift: 6 or more points on one side" in ihi_text
