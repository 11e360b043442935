"""A member prints their personal development plan: self-assessments and plan items."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.exports.pdp_pdf import write_pdp_pdf
from alsdesk.services.leadership import DIMENSIONS, Level
from alsdesk.services.plan import (
    AssessmentInfo,
    PlanItemInfo,
    PlanReport,
    PlanStatus,
    Rating,
    ReviewNote,
)
from tests.exports.conftest import pdf_pages

PRINTED = dt.date(2027, 6, 14)
PERSON = "Łukasz Wróbel"
FOOTER = f"Confidential: {PERSON}\u2019s development plan, theirs to share."
START_LEVELS = [1, 2, 1, 2, 1, 2, 1, 1, 2]
MID_LEVELS = [2, 2, 2, 3, 2, 2, 1, 2, 2]
END_LEVELS = [3, 3, 2, 3, 3, 4, 2, 3, 3]


def assessment(number: int, day: dt.date, label: str, levels, reasons=None) -> AssessmentInfo:
    reasons = reasons or {}
    ratings = tuple(
        Rating(d, Level(level), reasons.get(d, "")) for d, level in enumerate(levels, start=1)
    )
    return AssessmentInfo(number, 1, day, label, ratings)


def three_assessments() -> tuple[AssessmentInfo, ...]:
    return (
        assessment(1, dt.date(2026, 9, 14), "Start of programme", START_LEVELS),
        assessment(2, dt.date(2027, 1, 10), "Mid-point", MID_LEVELS),
        assessment(
            3,
            dt.date(2027, 6, 1),
            "End of programme",
            END_LEVELS,
            {
                1: "The team quotes our 'home by lunch' aim back to me.",
                7: "I still let rota swaps slide rather than have the conversation.",
            },
        ),
    )


def item(number: int, need: str, **changes) -> PlanItemInfo:
    values = {
        "id": number,
        "person_id": 1,
        "person_name": PERSON,
        "need": need,
        "dimensions": (7,),
        "objective": "One planned accountability conversation a fortnight.",
        "activities": "Coaching with my matron; practise in the set.",
        "evidence": "Fewer unresolved rota disputes; 360 feedback from my band 6s.",
        "review_date": dt.date(2027, 7, 1),
        "status": PlanStatus.IN_PROGRESS,
        "reviews": (),
    }
    values.update(changes)
    return PlanItemInfo(**values)


def plan(items=(), assessments=None, person=PERSON) -> PlanReport:
    return PlanReport(
        person_name=person,
        set_names=("Cedar set",),
        items=tuple(items),
        assessments=three_assessments() if assessments is None else tuple(assessments),
    )


@pytest.fixture
def printed(tmp_path) -> list[str]:
    items = [
        item(
            1,
            "Hold people to account without avoiding conflict",
            review_date=dt.date(2027, 5, 1),
            reviews=(
                ReviewNote(1, 1, dt.date(2027, 2, 3), "Talked it through with Siobhán."),
                ReviewNote(2, 1, dt.date(2027, 4, 20), "Tried it twice; once it worked."),
            ),
        ),
        item(
            2,
            "Use data to make the case for change",
            dimensions=(3, 9),
            review_date=None,
            status=PlanStatus.ACHIEVED,
            activities="",
        ),
    ]
    path = tmp_path / "pdp.pdf"
    write_pdp_pdf(plan(items), path, PRINTED)
    return pdf_pages(path)


def test_title_block_names_the_person_their_set_and_the_printed_date(printed):
    assert printed[0].startswith(
        "Łukasz Wróbel Personal development plan Set: Cedar set Printed 14 June 2027"
    )


def test_radar_legend_names_each_assessment_with_its_date(printed):
    for legend in ("End of programme 1 Jun 2027", "Mid-point 10 Jan 2027"):
        assert legend in printed[0]
    for level in Level:
        assert level.label in printed[0]


def test_levels_sit_side_by_side_by_date_with_rises_marked(printed):
    assert (
        "Dimension Start of programme 14 Sep 2026 Mid-point 10 Jan 2027 End of programme 1 Jun 2027"
    ) in printed[0]
    assert "1. Inspiring shared purpose Essential Proficient \u2191 Strong \u2191" in printed[0]
    assert "4. Connecting our service Proficient Strong \u2191 Strong" in printed[0]
    assert "6. Engaging the team Proficient Proficient Exemplary \u2191" in printed[0]
    for dim in DIMENSIONS:
        assert f"{dim.number}. {dim.name}" in printed[0]


def test_reasons_of_the_latest_assessment_are_listed(printed):
    text = " ".join(printed)

    assert "Reasons given on 1 Jun 2027 (End of programme)" in text
    assert (
        "Inspiring shared purpose (Strong): The team quotes our 'home by lunch' aim back to me."
    ) in text
    assert "Holding to account (Proficient): I still let rota swaps slide" in text


def test_each_plan_item_gives_its_need_dimensions_objective_evidence_review_and_status(printed):
    text = " ".join(printed)

    assert (
        "1. Hold people to account without avoiding conflict Dimensions Holding to account "
        "Objective One planned accountability conversation a fortnight. "
        "Activities Coaching with my matron; practise in the set. "
        "Evidence Fewer unresolved rota disputes; 360 feedback from my band 6s. "
        "Review date 1 May 2027 overdue Status In progress"
    ) in text
    assert (
        "Reviewed Review note 3 Feb 2027 Talked it through with Siobhán. "
        "20 Apr 2027 Tried it twice; once it worked."
    ) in text
    assert (
        "2. Use data to make the case for change Dimensions Evaluating information, "
        "Influencing for results"
    ) in text
    assert "Activities Not written yet." in text
    assert "Review date No date Status Achieved No review notes yet." in text


def test_a_long_plan_runs_over_pages_with_the_footer_on_each(tmp_path):
    items = [
        item(
            n,
            f"Development need number {n}",
            reviews=tuple(
                ReviewNote(n * 10 + r, n, dt.date(2027, 1, 1 + r), f"Review {r} of need {n}.")
                for r in range(3)
            ),
        )
        for n in range(1, 13)
    ]
    path = tmp_path / "long.pdf"

    write_pdp_pdf(plan(items), path, PRINTED)

    pages = pdf_pages(path)
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert FOOTER in page
        assert f"Page {number} of {len(pages)}" in page
    text = " ".join(pages)
    for n in range(1, 13):
        assert f"{n}. Development need number {n}" in text
        assert f"Review 2 of need {n}." in text


def test_each_plan_item_stays_on_one_page(tmp_path):
    items = [
        item(
            n,
            f"Development need number {n}",
            reviews=(ReviewNote(n, n, dt.date(2027, 2, 1), f"Last note on need {n}."),),
        )
        for n in range(1, 13)
    ]
    path = tmp_path / "kept.pdf"

    write_pdp_pdf(plan(items), path, PRINTED)

    pages = pdf_pages(path)
    for n in range(1, 13):
        (heading_page,) = [
            i for i, p in enumerate(pages) if f"{n}. Development need number {n} " in p
        ]
        (last_page,) = [i for i, p in enumerate(pages) if f"Last note on need {n}." in p]
        assert heading_page == last_page, n


def test_an_empty_plan_says_so(tmp_path):
    path = tmp_path / "empty.pdf"

    write_pdp_pdf(plan(assessments=(), person="Siobhán Ní Bhriain"), path, PRINTED)

    (page,) = pdf_pages(path)
    assert page.startswith("Siobhán Ní Bhriain Personal development plan")
    assert "Self-assessment No self-assessment yet." in page
    assert "Plan No plan items yet." in page
    assert "Confidential: Siobhán Ní Bhriain\u2019s development plan" in page


def test_an_assessment_without_reasons_says_none_were_given(tmp_path):
    path = tmp_path / "one.pdf"
    only = assessment(1, dt.date(2026, 9, 14), "Start of programme", START_LEVELS)

    write_pdp_pdf(plan(assessments=[only]), path, PRINTED)

    text = " ".join(pdf_pages(path))
    assert "Dimension Start of programme 14 Sep 2026 1. Inspiring shared purpose Essential" in text
    assert "No reasons were given." in text
    assert "\u2191" not in text


def test_many_assessments_show_the_latest_six_and_say_so(tmp_path):
    many = [
        assessment(n, dt.date(2026, 9, 1) + dt.timedelta(days=40 * n), f"Review {n}", END_LEVELS)
        for n in range(1, 9)
    ]
    path = tmp_path / "many.pdf"

    write_pdp_pdf(plan(assessments=many), path, PRINTED)

    text = " ".join(pdf_pages(path))
    assert "The latest 4 of 8" in text  # on the radar
    assert "The latest 6 of 8 self-assessments." in text  # under the table
    assert "Review 3" in text and "Review 8" in text
    assert "Review 2 " not in text
