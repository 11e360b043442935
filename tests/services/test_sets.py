"""A facilitator creates, edits, archives and deletes action learning sets."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text

from alsdesk.services.errors import NotFoundError, UserError, ValidationError
from alsdesk.services.schedule import EventDraft, EventKind
from alsdesk.services.sets import DEFAULT_GROUND_RULES, HOLIDAY_REGIONS, SetDraft


def count_rows(store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


# -- creating ----------------------------------------------------------------


def test_facilitator_creates_a_set_and_sees_it_listed(services, make_set):
    cedar = make_set("Cedar set")

    assert cedar.id > 0
    assert cedar.name == "Cedar set"
    assert cedar.programme == "MSc Healthcare Leadership 2026/27"
    assert cedar.facilitator == "Dr Ruth Okafor"
    assert cedar.start_date == dt.date(2026, 9, 14)
    assert cedar.venue == "Education Centre, Room 2"
    assert cedar.holiday_region == "ENG"
    assert cedar.timezone == "Europe/London"
    assert cedar.archived is False
    assert cedar.member_count == 0
    assert services.sets.list_sets() == [cedar]
    assert services.sets.get(cedar.id) == cedar


def test_a_new_set_starts_with_the_default_ground_rules(services):
    created = services.sets.create(SetDraft(name="Cedar set"))

    assert created.ground_rules == DEFAULT_GROUND_RULES
    assert "Confidentiality" in created.ground_rules
    assert "Questions, not advice" in created.ground_rules
    assert services.sets.get(created.id).ground_rules == DEFAULT_GROUND_RULES


def test_typed_text_is_trimmed_before_saving(services):
    created = services.sets.create(
        SetDraft(name="  Cedar set  ", venue=" Room 2 ", facilitator=" Ruth ")
    )
    assert (created.name, created.venue, created.facilitator) == ("Cedar set", "Room 2", "Ruth")


def test_sets_are_listed_alphabetically_ignoring_case(services, make_set):
    for name in ["maple set", "Birch set", "cedar set", "Alder set"]:
        make_set(name)

    assert [s.name for s in services.sets.list_sets()] == [
        "Alder set",
        "Birch set",
        "cedar set",
        "maple set",
    ]


def test_the_set_list_counts_members(services, make_set, make_member):
    cedar = make_set("Cedar set")
    birch = make_set("Birch set")
    make_member(cedar.id, "Amira Hassan")
    make_member(cedar.id, "Tom Reilly")

    counts = {s.name: s.member_count for s in services.sets.list_sets()}
    assert counts == {"Cedar set": 2, "Birch set": 0}
    assert services.sets.get(cedar.id).member_count == 2
    assert services.sets.get(birch.id).member_count == 0


# -- refusing bad input -----------------------------------------------------------


@pytest.mark.parametrize("typed", ["Cedar set", "CEDAR SET", "cedar Set", "  cedar set  "])
def test_a_second_set_with_the_same_name_is_refused_whatever_the_case(services, make_set, typed):
    make_set("Cedar set")

    with pytest.raises(ValidationError) as caught:
        services.sets.create(SetDraft(name=typed))

    assert set(caught.value.fields) == {"name"}
    assert "already exists" in caught.value.fields["name"]
    assert isinstance(caught.value, UserError)
    assert len(services.sets.list_sets()) == 1


def test_the_name_of_an_archived_set_cannot_be_reused(services, make_set):
    cedar = make_set("Cedar set")
    services.sets.set_archived(cedar.id, True)

    with pytest.raises(ValidationError) as caught:
        services.sets.create(SetDraft(name="cedar set"))

    assert "name" in caught.value.fields


@pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
def test_a_set_without_a_name_is_refused(services, typed):
    with pytest.raises(ValidationError) as caught:
        services.sets.create(SetDraft(name=typed))

    assert caught.value.fields == {"name": "Give the set a name."}
    assert str(caught.value) == "Give the set a name."


def test_an_unknown_holiday_region_is_refused(services):
    with pytest.raises(ValidationError) as caught:
        services.sets.create(SetDraft(name="Cedar set", holiday_region="FRA"))

    assert set(caught.value.fields) == {"holiday_region"}


def test_every_uk_nation_can_be_chosen_for_bank_holidays(services):
    for code, nation in HOLIDAY_REGIONS.items():
        created = services.sets.create(SetDraft(name=f"{nation} set", holiday_region=code))
        assert created.holiday_region == code


def test_every_problem_is_reported_at_once(services):
    with pytest.raises(ValidationError) as caught:
        services.sets.create(SetDraft(name=" ", holiday_region="??"))

    assert set(caught.value.fields) == {"name", "holiday_region"}


def test_nothing_is_saved_after_a_failed_create(services, store, make_set):
    make_set("Cedar set")
    before = count_rows(store, "action_set")

    for bad in [
        SetDraft(name=""),
        SetDraft(name="CEDAR set"),
        SetDraft(name="X", holiday_region=""),
    ]:
        with pytest.raises(ValidationError):
            services.sets.create(bad)

    assert count_rows(store, "action_set") == before == 1
    assert [s.name for s in services.sets.list_sets(include_archived=True)] == ["Cedar set"]


# -- editing -------------------------------------------------------------------


def test_facilitator_updates_the_venue_and_ground_rules(services, make_set):
    cedar = make_set("Cedar set")
    rules = "Confidentiality.\nQuestions, not advice."

    updated = services.sets.update(
        cedar.id, replace(cedar.draft(), venue="Riverside Hotel", ground_rules=rules)
    )

    assert updated.venue == "Riverside Hotel"
    assert updated.ground_rules == rules
    assert updated.name == "Cedar set"
    assert services.sets.get(cedar.id) == updated


def test_facilitator_renames_a_set(services, make_set):
    cedar = make_set("Cedar set")

    renamed = services.sets.update(cedar.id, replace(cedar.draft(), name="Cedar set 2026"))

    assert renamed.id == cedar.id
    assert [s.name for s in services.sets.list_sets()] == ["Cedar set 2026"]
    with pytest.raises(NotFoundError):
        services.sets.find_by_name("Cedar set")


def test_a_set_can_be_renamed_to_a_different_case_of_its_own_name(services, make_set):
    cedar = make_set("Cedar set")

    renamed = services.sets.update(cedar.id, replace(cedar.draft(), name="CEDAR SET"))

    assert renamed.name == "CEDAR SET"


def test_a_set_cannot_be_renamed_to_another_sets_name(services, make_set):
    cedar = make_set("Cedar set")
    make_set("Birch set")

    with pytest.raises(ValidationError) as caught:
        services.sets.update(cedar.id, replace(cedar.draft(), name="birch SET"))

    assert "name" in caught.value.fields
    assert services.sets.get(cedar.id).name == "Cedar set"


def test_saving_an_unchanged_set_is_allowed(services, make_set):
    cedar = make_set("Cedar set")
    assert services.sets.update(cedar.id, cedar.draft()) == cedar


def test_editing_a_set_that_does_not_exist_says_so(services):
    with pytest.raises(NotFoundError, match="That set no longer exists"):
        services.sets.update(404, SetDraft(name="Ghost set"))


# -- archiving ------------------------------------------------------------------


def test_an_archived_set_is_hidden_unless_asked_for(services, make_set):
    cedar = make_set("Cedar set")
    birch = make_set("Birch set")

    services.sets.set_archived(cedar.id, True)

    assert [s.name for s in services.sets.list_sets()] == ["Birch set"]
    everything = services.sets.list_sets(include_archived=True)
    assert [(s.name, s.archived) for s in everything] == [
        ("Birch set", False),
        ("Cedar set", True),
    ]
    assert services.sets.get(cedar.id).archived is True
    assert services.sets.get(birch.id).archived is False


def test_an_archived_set_can_be_brought_back(services, make_set):
    cedar = make_set("Cedar set")
    services.sets.set_archived(cedar.id, True)

    services.sets.set_archived(cedar.id, False)

    assert [s.name for s in services.sets.list_sets()] == ["Cedar set"]
    assert services.sets.get(cedar.id).archived is False


# -- deleting, undoing and purging ---------------------------------------------------


def test_a_deleted_set_disappears_at_once(services, make_set):
    cedar = make_set("Cedar set")

    services.sets.delete(cedar.id)

    assert services.sets.list_sets() == []
    assert services.sets.list_sets(include_archived=True) == []
    with pytest.raises(NotFoundError):
        services.sets.get(cedar.id)
    with pytest.raises(NotFoundError):
        services.sets.find_by_name("Cedar set")
    with pytest.raises(NotFoundError):
        services.sets.delete(cedar.id)


def test_undoing_a_delete_brings_the_set_back_with_its_members_and_events(
    services, make_set, make_member
):
    cedar = make_set("Cedar set")
    make_member(cedar.id, "Amira Hassan")
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    services.sets.delete(cedar.id)

    services.sets.restore(cedar.id)

    restored = services.sets.get(cedar.id)
    assert restored.name == "Cedar set"
    assert restored.member_count == 1
    assert len(services.schedule.list_events(cedar.id)) == 11
    assert services.sets.purge_deleted() == 0


def test_restoring_a_set_that_was_never_there_says_so(services):
    with pytest.raises(NotFoundError):
        services.sets.restore(404)


def test_purging_removes_a_deleted_set_with_its_memberships_and_events(
    services, store, make_set, make_member
):
    cedar = make_set("Cedar set")
    birch = make_set("Birch set")
    amira = make_member(cedar.id, "Amira Hassan")
    make_member(cedar.id, "Tom Reilly")
    services.members.add_existing(birch.id, amira.person_id)
    make_member(birch.id, "Priya Nair")
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    services.schedule.add(
        birch.id, EventDraft(EventKind.OTHER, "Tutor contact", dt.date(2026, 10, 1))
    )
    assert count_rows(store, "membership") == 4
    assert count_rows(store, "event") == 12

    services.sets.delete(cedar.id)
    purged = services.sets.purge_deleted()

    assert purged == 1
    assert count_rows(store, "action_set") == 1
    assert count_rows(store, "membership") == 2  # Birch's two are kept
    assert count_rows(store, "event") == 1  # Birch's tutor contact is kept
    # People are kept: they may be in other sets, or added again later.
    assert count_rows(store, "person") == 3
    with pytest.raises(NotFoundError):
        services.sets.restore(cedar.id)
    assert [m.person.full_name for m in services.members.list_members(birch.id)] == [
        "Amira Hassan",
        "Priya Nair",
    ]


def test_purging_removes_several_deleted_sets_at_once(services, store, make_set, make_member):
    for name in ["Alder set", "Birch set", "Cedar set", "Maple set"]:
        created = make_set(name)
        make_member(created.id, f"Member of {name}")
        services.schedule.generate_default(created.id, dt.date(2026, 9, 14))
        if name != "Maple set":
            services.sets.delete(created.id)

    assert services.sets.purge_deleted() == 3

    assert count_rows(store, "action_set") == 1
    assert count_rows(store, "membership") == 1
    assert count_rows(store, "event") == 11
    assert [s.name for s in services.sets.list_sets()] == ["Maple set"]


def test_purging_leaves_live_and_archived_sets_alone(services, make_set):
    make_set("Cedar set")
    birch = make_set("Birch set")
    services.sets.set_archived(birch.id, True)

    assert services.sets.purge_deleted() == 0
    assert len(services.sets.list_sets(include_archived=True)) == 2


# -- finding by name ---------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Cedar set", "cedar set", "CEDAR SET", "  Cedar Set "])
def test_a_set_is_found_by_name_whatever_the_case(services, make_set, typed):
    cedar = make_set("Cedar set")
    make_set("Birch set")

    assert services.sets.find_by_name(typed) == cedar


def test_an_archived_set_is_still_found_by_name(services, make_set):
    cedar = make_set("Cedar set")
    services.sets.set_archived(cedar.id, True)

    assert services.sets.find_by_name("cedar set").id == cedar.id


def test_looking_up_an_unknown_set_names_it_in_the_message(services, make_set):
    make_set("Cedar set")

    with pytest.raises(NotFoundError) as caught:
        services.sets.find_by_name("  Birch set ")

    assert str(caught.value) == 'There is no set called "Birch set".'
