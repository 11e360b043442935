"""The People list: the app's own user, then members of sets that still exist."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.errors import NotFoundError, ValidationError
from alsdesk.services.plan import PlanItemDraft


def test_the_user_comes_first_then_members_with_their_sets(services, make_set, make_member):
    cedar, birch = make_set("Cedar set"), make_set("Birch set")
    make_member(cedar.id, "Tom Reilly")
    amira = make_member(cedar.id, "Amira Hassan")
    services.members.add_existing(birch.id, amira.person_id)
    services.people.set_me("Ruth Okafor")

    people = services.people.directory()

    assert [(p.full_name, p.subtitle) for p in people] == [
        ("Ruth Okafor", "You"),
        ("Amira Hassan", "Birch set, Cedar set"),
        ("Tom Reilly", "Cedar set"),
    ]


def test_members_of_archived_sets_stay_but_deleted_sets_take_theirs_away(
    services, make_set, make_member
):
    cedar, birch = make_set("Cedar set"), make_set("Birch set")
    make_member(cedar.id, "Amira Hassan")
    tom = make_member(birch.id, "Tom Reilly")
    services.plan.add_item(
        tom.person_id, PlanItemDraft("Need", (1,), "Objective", review_date=dt.date(2026, 11, 24))
    )
    services.sets.set_archived(cedar.id, True)
    services.sets.delete(birch.id)

    assert [(p.full_name, p.subtitle) for p in services.people.directory()] == [
        ("Amira Hassan", "Cedar set (archived)")
    ]
    # Tom cannot be opened any more, so his review is not announced on the home page.
    assert services.plan.due_for_review(dt.date(2026, 11, 23)) == []


def test_naming_yourself_after_a_member_makes_that_person_you(services, make_set, make_member):
    cedar = make_set("Cedar set")
    amira = make_member(cedar.id, "Amira Hassan")

    me = services.people.set_me("  amira   hassan ")

    assert me.id == amira.person_id
    assert [p.is_self for p in services.people.directory()] == [True]
    # Renaming yourself later renames that one person, not a new one.
    renamed = services.people.set_me("Amira Hassan-Cole")
    assert (renamed.id, renamed.full_name) == (amira.person_id, "Amira Hassan-Cole")


def test_a_blank_name_for_yourself_is_refused(services):
    with pytest.raises(ValidationError) as refused:
        services.people.set_me("   ")
    assert refused.value.fields == {"full_name": "Type your name."}
    assert services.people.me() is None


def test_an_unknown_name_on_the_command_line_says_so(services):
    with pytest.raises(NotFoundError, match='Nobody called "Zoë Adams"'):
        services.people.find("Zoë Adams")
