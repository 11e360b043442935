"""Members rate themselves on the nine dimensions, plan their development and review it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text

from alsdesk.services.errors import NotFoundError, ValidationError
from alsdesk.services.leadership import Level
from alsdesk.services.plan import (
    DUE_SOON_DAYS,
    MAX_ITEM_TEXT,
    MAX_LABEL,
    MAX_REASON,
    AssessmentDraft,
    PlanItemDraft,
    PlanStatus,
    Rating,
)

START = dt.date(2026, 9, 14)
MID = dt.date(2027, 1, 18)
END = dt.date(2027, 6, 7)
TODAY = dt.date(2026, 11, 2)


def count_rows(store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def nine(level: Level = Level.PROFICIENT, **by_dimension: Level) -> tuple[Rating, ...]:
    """A rating for every dimension; ``d4=Level.STRONG`` sets one."""
    return tuple(Rating(n, by_dimension.get(f"d{n}", level)) for n in range(1, 10))


def item(need: str = "Chairing difficult meetings", **overrides) -> PlanItemDraft:
    values = {
        "dimensions": (6,),
        "objective": "Chair the monthly governance meeting to time, with every voice heard",
        "activities": "Observe two chairs; ask for feedback after each meeting",
        "evidence": "Feedback from the deputy director",
        "review_date": dt.date(2026, 12, 1),
    }
    values.update(overrides)
    return PlanItemDraft(need=need, **values)


@pytest.fixture
def cedar(make_set):
    return make_set("Cedar set")


@pytest.fixture
def people(services, cedar, make_member):
    """Person ids by first name: Amira, Daniel and Grace of Cedar set, and Sam (the user)."""
    ids = {
        name.split()[0]: make_member(cedar.id, name).person_id
        for name in ("Amira Hassan", "Daniel Price", "Grace Mensah")
    }
    ids["Sam"] = services.people.set_me("Sam Carter").id
    return ids


# -- self-assessments --------------------------------------------------------------


def test_member_rates_all_nine_dimensions_at_the_start_of_the_programme(services, people):
    ratings = tuple(reversed(nine(d4=Level.ESSENTIAL, d7=Level.STRONG)))
    ratings = tuple(
        replace(r, reason="  I rarely work across teams  ") if r.dimension == 4 else r
        for r in ratings
    )

    added = services.plan.add_assessment(
        people["Amira"], AssessmentDraft(START, "  Start of   programme ", ratings)
    )

    assert added.label == "Start of programme"
    assert added.person_id == people["Amira"]
    assert [r.dimension for r in added.ratings] == list(range(1, 10))
    assert added.level(4) == Level.ESSENTIAL
    assert added.level(7) == Level.STRONG
    assert added.level(1) == Level.PROFICIENT
    assert added.ratings[3].reason == "I rarely work across teams"
    assert services.plan.assessments(people["Amira"]) == [added]
    assert services.plan.assessments(people["Daniel"]) == []


def test_an_assessment_missing_three_dimensions_is_refused_and_names_them_nothing_saved(
    services, store, people
):
    ratings = tuple(r for r in nine() if r.dimension not in (4, 7, 9))

    with pytest.raises(ValidationError) as refused:
        services.plan.add_assessment(people["Amira"], AssessmentDraft(START, "Start", ratings))

    assert refused.value.fields == {
        "ratings": "Rate all nine dimensions; still unrated (3): Connecting our service, "
        "Holding to account, Influencing for results."
    }
    assert count_rows(store, "self_assessment") == 0
    assert count_rows(store, "self_rating") == 0


def test_one_unrated_dimension_is_named_in_the_singular(services):
    ratings = tuple(r for r in nine() if r.dimension != 2)

    with pytest.raises(ValidationError) as refused:
        services.plan.validate_assessment(AssessmentDraft(START, "Start", ratings))

    assert refused.value.fields["ratings"] == (
        "Rate all nine dimensions; still unrated (1): Leading with care."
    )


def test_a_dimension_rated_twice_is_refused(services, people):
    ratings = (*nine(), Rating(2, Level.EXEMPLARY))

    with pytest.raises(ValidationError) as refused:
        services.plan.add_assessment(people["Amira"], AssessmentDraft(START, "Start", ratings))

    assert "rated more than once: Leading with care." in refused.value.fields["ratings"]
    assert services.plan.assessments(people["Amira"]) == []


def test_a_rating_for_a_tenth_dimension_or_without_a_level_is_refused(services):
    ratings = (*nine()[:8], Rating(9, None), Rating(10, Level.STRONG))  # type: ignore[arg-type]

    with pytest.raises(ValidationError) as refused:
        services.plan.validate_assessment(AssessmentDraft(START, "Start", ratings))

    message = refused.value.fields["ratings"]
    assert "10 is not one" in message
    assert "Choose a level for Influencing for results" in message


def test_an_assessment_needs_a_short_name(services):
    with pytest.raises(ValidationError) as unnamed:
        services.plan.validate_assessment(AssessmentDraft(START, "   ", nine()))
    with pytest.raises(ValidationError) as too_long:
        services.plan.validate_assessment(AssessmentDraft(START, "x" * (MAX_LABEL + 1), nine()))

    assert set(unnamed.value.fields) == {"label"}
    assert set(too_long.value.fields) == {"label"}
    assert services.plan.validate_assessment(AssessmentDraft(START, "x" * MAX_LABEL, nine()))


def test_a_reason_over_the_limit_is_refused_and_its_dimension_named(services):
    ratings = tuple(replace(r, reason="because " * 300) if r.dimension == 3 else r for r in nine())
    at_limit = tuple(replace(r, reason="y" * MAX_REASON) for r in nine())

    with pytest.raises(ValidationError) as refused:
        services.plan.validate_assessment(AssessmentDraft(START, "Start", ratings))

    assert refused.value.fields == {
        "ratings": f"Keep each reason to {MAX_REASON} characters (Evaluating information)."
    }
    assert services.plan.validate_assessment(AssessmentDraft(START, "Start", at_limit))


def test_a_member_may_date_an_assessment_in_the_future(services, people):
    future = dt.date.today() + dt.timedelta(days=200)

    planned = services.plan.add_assessment(
        people["Amira"], AssessmentDraft(future, "End of programme", nine())
    )

    assert planned.date == future


def test_the_same_label_on_the_same_date_is_refused_for_one_person(services, store, people):
    services.plan.add_assessment(people["Amira"], AssessmentDraft(START, "Start", nine()))

    with pytest.raises(ValidationError) as refused:
        services.plan.add_assessment(people["Amira"], AssessmentDraft(START, " START ", nine()))
    with pytest.raises(ValidationError) as checked_early:
        services.plan.validate_assessment(
            AssessmentDraft(START, "start", nine()), person_id=people["Amira"]
        )

    assert refused.value.fields == {
        "label": 'There is already a "START" assessment on 14 Sep 2026; '
        "change the name or the date."
    }
    assert set(checked_early.value.fields) == {"label"}
    assert count_rows(store, "self_assessment") == 1
    assert count_rows(store, "self_rating") == 9


def test_the_same_label_is_fine_on_another_date_or_for_another_person(services, people):
    services.plan.add_assessment(people["Amira"], AssessmentDraft(START, "Start", nine()))

    services.plan.add_assessment(people["Amira"], AssessmentDraft(MID, "Start", nine()))
    services.plan.add_assessment(people["Daniel"], AssessmentDraft(START, "Start", nine()))

    assert len(services.plan.assessments(people["Amira"])) == 2
    assert len(services.plan.assessments(people["Daniel"])) == 1


def test_member_corrects_an_assessment(services, people):
    first = services.plan.add_assessment(people["Amira"], AssessmentDraft(START, "Start", nine()))

    services.plan.validate_assessment(
        AssessmentDraft(START, "Start", nine()), assessment_id=first.id
    )
    edited = services.plan.update_assessment(
        first.id,
        AssessmentDraft(START + dt.timedelta(days=1), "Start", nine(d5=Level.EXEMPLARY)),
    )

    assert edited.id == first.id
    assert edited.date == START + dt.timedelta(days=1)
    assert edited.level(5) == Level.EXEMPLARY
    assert len(edited.ratings) == 9
    assert services.plan.assessments(people["Amira"]) == [edited]


def test_an_edit_onto_another_assessments_label_and_date_changes_nothing(services, people):
    services.plan.add_assessment(people["Amira"], AssessmentDraft(START, "Start", nine()))
    mid = services.plan.add_assessment(people["Amira"], AssessmentDraft(MID, "Mid-point", nine()))

    with pytest.raises(ValidationError) as refused:
        services.plan.update_assessment(
            mid.id, AssessmentDraft(START, "Start", nine(Level.EXEMPLARY))
        )

    assert set(refused.value.fields) == {"label"}
    assert services.plan.assessments(people["Amira"])[1] == mid


def test_an_incomplete_edit_leaves_the_assessment_as_it_was(services, people):
    first = services.plan.add_assessment(people["Amira"], AssessmentDraft(START, "Start", nine()))

    with pytest.raises(ValidationError):
        services.plan.update_assessment(
            first.id, AssessmentDraft(MID, "Changed", nine(Level.STRONG)[:5])
        )

    assert services.plan.assessments(people["Amira"]) == [first]


def test_assessments_are_listed_oldest_first(services, people):
    for day, label in ((END, "End"), (START, "Start"), (MID, "Mid-point")):
        services.plan.add_assessment(people["Amira"], AssessmentDraft(day, label, nine()))

    listed = services.plan.assessments(people["Amira"])

    assert [a.label for a in listed] == ["Start", "Mid-point", "End"]


def test_deleting_an_assessment_deletes_its_ratings(services, store, people):
    keep = services.plan.add_assessment(people["Amira"], AssessmentDraft(START, "Start", nine()))
    gone = services.plan.add_assessment(people["Amira"], AssessmentDraft(MID, "Mid", nine()))

    services.plan.delete_assessment(gone.id)

    assert services.plan.assessments(people["Amira"]) == [keep]
    assert count_rows(store, "self_rating") == 9
    with pytest.raises(NotFoundError):
        services.plan.delete_assessment(gone.id)


def test_asking_an_assessment_for_a_dimension_it_has_not_got_is_a_bug(services, people):
    added = services.plan.add_assessment(people["Amira"], AssessmentDraft(START, "S", nine()))

    with pytest.raises(ValueError):
        added.level(10)


def test_assessments_of_someone_no_longer_in_alsdesk_are_not_found(services):
    with pytest.raises(NotFoundError):
        services.plan.add_assessment(999, AssessmentDraft(START, "Start", nine()))
    with pytest.raises(NotFoundError):
        services.plan.assessments(999)


# -- plan items ----------------------------------------------------------------------


def test_member_writes_a_plan_item_for_two_dimensions(services, people):
    added = services.plan.add_item(
        people["Amira"],
        item("  Chairing difficult meetings\n", dimensions=(6, 1, 6), objective=" Chair well "),
    )

    assert added.person_name == "Amira Hassan"
    assert added.need == "Chairing difficult meetings"
    assert added.objective == "Chair well"
    assert added.dimensions == (1, 6)
    assert added.status == PlanStatus.NOT_STARTED
    assert added.reviews == ()
    assert services.plan.get_item(added.id) == added
    assert services.plan.items(people["Amira"]) == [added]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"need": "  "}, "need"),
        ({"need": "n" * (MAX_ITEM_TEXT + 1)}, "need"),
        ({"objective": ""}, "objective"),
        ({"dimensions": ()}, "dimensions"),
        ({"dimensions": (0, 4)}, "dimensions"),
        ({"dimensions": (10,)}, "dimensions"),
        ({"activities": "a" * (MAX_ITEM_TEXT + 1)}, "activities"),
        ({"evidence": "e" * (MAX_ITEM_TEXT + 1)}, "evidence"),
        ({"status": "finished"}, "status"),
    ],
)
def test_an_incomplete_plan_item_is_refused_on_its_field_and_not_saved(
    services, store, people, overrides, field
):
    with pytest.raises(ValidationError) as refused:
        services.plan.add_item(people["Amira"], replace(item(), **overrides))

    assert set(refused.value.fields) == {field}
    assert count_rows(store, "plan_item") == 0


def test_an_unknown_dimension_is_named(services):
    with pytest.raises(ValidationError) as refused:
        services.plan.validate_item(item(dimensions=(0, 3, 12)))

    assert refused.value.fields["dimensions"] == (
        "Leadership dimensions are numbered 1 to 9; 0 and 12 are not one."
    )


def test_member_edits_an_item_and_its_reviews_stay(services, people):
    added = services.plan.add_item(people["Amira"], item())
    services.plan.add_review(added.id, dt.date(2026, 11, 1), "Chaired October's meeting")

    edited = services.plan.update_item(
        added.id, replace(added.draft(), status=PlanStatus.ACHIEVED, evidence="360 feedback")
    )

    assert edited.status == PlanStatus.ACHIEVED
    assert edited.evidence == "360 feedback"
    assert [r.note for r in edited.reviews] == ["Chaired October's meeting"]
    assert services.plan.get_item(added.id) == edited


def test_an_unchanged_draft_saves_the_item_as_it_was(services, people):
    added = services.plan.add_item(people["Amira"], item(dimensions=(2, 8)))

    assert services.plan.update_item(added.id, added.draft()) == added


def test_plan_items_list_open_ones_by_review_date_undated_last_then_closed(services, people):
    amira = people["Amira"]
    add = services.plan.add_item
    achieved = add(amira, item("Achieved", review_date=dt.date(2026, 10, 1), status="achieved"))
    undated = add(amira, item("Undated", review_date=None))
    later = add(amira, item("Later", review_date=dt.date(2027, 2, 1)))
    dropped = add(amira, item("Dropped", review_date=None, status=PlanStatus.DROPPED))
    sooner = add(amira, item("Sooner", review_date=dt.date(2026, 12, 1), status="in_progress"))

    listed = services.plan.items(amira)

    assert [i.id for i in listed] == [sooner.id, later.id, undated.id, achieved.id, dropped.id]


def test_deleting_an_item_deletes_its_reviews(services, store, people):
    keep = services.plan.add_item(people["Amira"], item("Keep"))
    gone = services.plan.add_item(people["Amira"], item("Gone"))
    services.plan.add_review(keep.id, TODAY, "Going well")
    services.plan.add_review(gone.id, TODAY, "Not for me after all")

    services.plan.delete_item(gone.id)

    assert [i.need for i in services.plan.items(people["Amira"])] == ["Keep"]
    assert count_rows(store, "plan_review") == 1
    with pytest.raises(NotFoundError):
        services.plan.get_item(gone.id)


# -- reviews -------------------------------------------------------------------------


def test_a_review_note_with_a_next_review_date_moves_the_item_on(services, people):
    added = services.plan.add_item(people["Amira"], item(review_date=TODAY))

    reviewed = services.plan.add_review(
        added.id, TODAY, "  Observed two chairs  ", next_review=dt.date(2027, 1, 11)
    )

    assert reviewed.review_date == dt.date(2027, 1, 11)
    assert reviewed.status == PlanStatus.IN_PROGRESS
    assert [(r.date, r.note) for r in reviewed.reviews] == [(TODAY, "Observed two chairs")]
    assert services.plan.get_item(added.id) == reviewed


def test_reviews_are_listed_oldest_first_and_keep_an_items_status(services, people):
    added = services.plan.add_item(people["Amira"], item(status=PlanStatus.IN_PROGRESS))

    services.plan.add_review(added.id, dt.date(2026, 12, 1), "Second")
    reviewed = services.plan.add_review(added.id, dt.date(2026, 11, 1), "First")

    assert [r.note for r in reviewed.reviews] == ["First", "Second"]
    assert reviewed.status == PlanStatus.IN_PROGRESS
    assert reviewed.review_date == item().review_date


def test_a_review_of_an_achieved_item_does_not_reopen_it(services, people):
    added = services.plan.add_item(people["Amira"], item(status=PlanStatus.ACHIEVED))

    reviewed = services.plan.add_review(added.id, TODAY, "Still chairing well")

    assert reviewed.status == PlanStatus.ACHIEVED


def test_a_review_needs_a_note_and_a_next_date_not_before_it(services, people):
    added = services.plan.add_item(people["Amira"], item())

    with pytest.raises(ValidationError) as refused:
        services.plan.add_review(added.id, TODAY, "  ", next_review=TODAY - dt.timedelta(days=1))

    assert set(refused.value.fields) == {"note", "next_review"}
    assert services.plan.get_item(added.id) == added
    assert services.plan.add_review(added.id, TODAY, "Same day", next_review=TODAY).review_date == (
        TODAY
    )


def test_deleting_a_review_note_leaves_the_item_where_it_was(services, people):
    added = services.plan.add_item(people["Amira"], item())
    reviewed = services.plan.add_review(
        added.id, TODAY, "Moved on", next_review=dt.date(2027, 3, 1)
    )

    services.plan.delete_review(reviewed.reviews[0].id)

    after = services.plan.get_item(added.id)
    assert after.reviews == ()
    assert after.status == PlanStatus.IN_PROGRESS
    assert after.review_date == dt.date(2027, 3, 1)
    with pytest.raises(NotFoundError):
        services.plan.delete_review(reviewed.reviews[0].id)


def test_a_review_of_a_deleted_item_is_not_found(services):
    with pytest.raises(NotFoundError):
        services.plan.add_review(999, TODAY, "Note")


# -- due for review ------------------------------------------------------------------


def test_an_item_due_within_a_fortnight_is_listed_on_the_home_page_an_achieved_one_not(
    services, people
):
    amira = people["Amira"]
    fortnight = TODAY + dt.timedelta(days=DUE_SOON_DAYS)
    due = services.plan.add_item(amira, item("Due", review_date=fortnight))
    services.plan.add_item(amira, item("Achieved", review_date=TODAY, status="achieved"))
    services.plan.add_item(amira, item("Dropped", review_date=TODAY, status="dropped"))
    services.plan.add_item(amira, item("Not yet", review_date=fortnight + dt.timedelta(days=1)))
    services.plan.add_item(amira, item("Undated", review_date=None))

    listed = services.plan.due_for_review(TODAY)

    assert [i.id for i in listed] == [due.id]
    assert listed[0].person_name == "Amira Hassan"
    assert listed[0].due_for_review(TODAY)
    assert not listed[0].due_for_review(TODAY - dt.timedelta(days=1))


def test_due_items_come_overdue_first_then_soonest_the_user_first_on_a_day(services, people):
    add = services.plan.add_item
    day = TODAY + dt.timedelta(days=3)
    grace = add(people["Grace"], item("Grace's", review_date=day))
    daniel = add(people["Daniel"], item("Daniel's", review_date=day))
    mine = add(people["Sam"], item("Mine", review_date=day))
    overdue = add(people["Grace"], item("Overdue", review_date=TODAY - dt.timedelta(days=20)))
    today = add(people["Amira"], item("Today", review_date=TODAY, status="in_progress"))
    mine_later = add(people["Sam"], item("Mine later", review_date=day + dt.timedelta(days=1)))

    listed = services.plan.due_for_review(TODAY)

    assert [i.id for i in listed] == [
        overdue.id,
        today.id,
        mine.id,
        daniel.id,
        grace.id,
        mine_later.id,
    ]
    assert [i.person_name for i in listed[2:5]] == ["Sam Carter", "Daniel Price", "Grace Mensah"]


def test_a_review_moving_the_date_on_takes_the_item_off_the_home_page(services, people):
    added = services.plan.add_item(people["Amira"], item(review_date=TODAY))

    services.plan.add_review(added.id, TODAY, "On track", next_review=dt.date(2027, 2, 1))

    assert services.plan.due_for_review(TODAY) == []


# -- the development plan report -----------------------------------------------------


def test_the_plan_report_holds_the_sets_items_and_assessments(services, people, make_set):
    amira = people["Amira"]
    archived = make_set("Birch set")
    deleted = make_set("Alder set")
    services.members.add_existing(archived.id, amira)
    services.members.add_existing(deleted.id, amira)
    services.sets.set_archived(archived.id, True)
    services.sets.delete(deleted.id)
    services.plan.add_item(amira, item("Closed", status=PlanStatus.DROPPED))
    services.plan.add_item(amira, item("Later", review_date=dt.date(2027, 3, 1)))
    services.plan.add_item(amira, item("Sooner", review_date=dt.date(2026, 11, 20)))
    services.plan.add_item(people["Daniel"], item("Daniel's"))
    services.plan.add_assessment(amira, AssessmentDraft(MID, "Mid-point", nine()))
    services.plan.add_assessment(amira, AssessmentDraft(START, "Start", nine()))

    report = services.plan.report(amira)

    assert report.person_name == "Amira Hassan"
    assert report.set_names == ("Birch set", "Cedar set")
    assert [i.need for i in report.items] == ["Sooner", "Later", "Closed"]
    assert list(report.items) == services.plan.items(amira)
    assert [a.label for a in report.assessments] == ["Start", "Mid-point"]


def test_the_users_own_report_has_no_sets(services, people):
    report = services.plan.report(people["Sam"])

    assert report.person_name == "Sam Carter"
    assert report.set_names == ()
    assert report.items == ()
    assert report.assessments == ()


def test_a_report_for_someone_no_longer_in_alsdesk_is_not_found(services):
    with pytest.raises(NotFoundError):
        services.plan.report(999)
