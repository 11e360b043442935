"""A facilitator fills a set with members, some of whom are in other sets too."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from alsdesk.services.errors import NotFoundError, UserError, ValidationError
from alsdesk.services.members import MAX_MEMBERS, PersonDraft, size_warning
from alsdesk.store.models import Person

NAMES = [
    "Amira Hassan",
    "Tom Reilly",
    "Priya Nair",
    "Gareth Jones",
    "Fiona MacLeod",
    "Kwame Mensah",
    "Siobhan Kelly",
    "Daniel Cohen",
    "Lucy Wright",
]


def count_rows(store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


@pytest.fixture
def cedar(make_set):
    return make_set("Cedar set")


# -- adding ---------------------------------------------------------------------


def test_facilitator_adds_a_new_member(services, cedar):
    member = services.members.add_new(
        cedar.id,
        PersonDraft(
            full_name="Amira Hassan",
            job_title="Ward Manager",
            organisation="Northgate NHS Trust",
            email="amira.hassan@nhs.net",
            phone="+44 161 496 0000",
            notes="Prefers morning sessions.",
        ),
    )

    assert member.set_id == cedar.id
    assert member.position == 0
    assert member.other_sets == ()
    assert member.person.full_name == "Amira Hassan"
    assert member.person.email == "amira.hassan@nhs.net"
    assert member.person.phone == "+44 161 496 0000"
    assert member.person_id == member.person.id
    assert services.members.list_members(cedar.id) == [member]
    assert services.members.get_person(member.person_id) == member.person
    assert services.sets.get(cedar.id).member_count == 1


def test_typed_details_are_trimmed(services, cedar):
    member = services.members.add_new(
        cedar.id, PersonDraft(full_name="  Amira Hassan ", email=" amira@nhs.net ")
    )
    assert (member.person.full_name, member.person.email) == ("Amira Hassan", "amira@nhs.net")


def test_members_are_listed_in_the_order_they_joined(services, cedar, make_member):
    for name in ["Tom Reilly", "Amira Hassan", "Priya Nair"]:
        make_member(cedar.id, name)

    members = services.members.list_members(cedar.id)

    assert [m.person.full_name for m in members] == ["Tom Reilly", "Amira Hassan", "Priya Nair"]
    assert [m.position for m in members] == [0, 1, 2]
    assert services.members.count(cedar.id) == 3


def test_a_member_cannot_join_a_set_that_does_not_exist(services, store):
    with pytest.raises(NotFoundError):
        services.members.add_new(404, PersonDraft(full_name="Amira Hassan"))

    assert count_rows(store, "person") == 0  # the person was not half-saved


def test_a_member_cannot_join_a_deleted_set(services, store, cedar, make_member):
    amira = make_member(cedar.id)
    birch = services.sets.create(replace(cedar.draft(), name="Birch set"))
    services.sets.delete(birch.id)

    with pytest.raises(NotFoundError):
        services.members.add_new(birch.id, PersonDraft(full_name="Tom Reilly"))
    with pytest.raises(NotFoundError):
        services.members.add_existing(birch.id, amira.person_id)

    assert count_rows(store, "person") == 1
    assert count_rows(store, "membership") == 1


# -- one person, several sets -------------------------------------------------------


def test_a_person_joins_a_second_set_without_retyping_their_details(
    services, cedar, make_set, make_member
):
    birch = make_set("Birch set")
    amira = make_member(cedar.id, "Amira Hassan", email="amira@nhs.net")

    assert [p.full_name for p in services.members.list_people(exclude_set_id=birch.id)] == [
        "Amira Hassan"
    ]
    in_birch = services.members.add_existing(birch.id, amira.person_id)

    assert in_birch.person == amira.person
    assert in_birch.set_id == birch.id
    assert in_birch.other_sets == ("Cedar set",)
    assert services.members.list_members(cedar.id)[0].other_sets == ("Birch set",)
    assert len(services.members.list_people()) == 1
    assert services.members.list_people(exclude_set_id=birch.id) == []


def test_other_sets_are_listed_by_name_and_skip_deleted_sets(
    services, cedar, make_set, make_member
):
    maple = make_set("Maple set")
    alder = make_set("Alder set")
    amira = make_member(cedar.id, "Amira Hassan")
    services.members.add_existing(maple.id, amira.person_id)
    services.members.add_existing(alder.id, amira.person_id)

    assert services.members.list_members(cedar.id)[0].other_sets == ("Alder set", "Maple set")

    services.sets.delete(maple.id)
    assert services.members.list_members(cedar.id)[0].other_sets == ("Alder set",)


def test_editing_a_person_changes_them_in_every_set(services, cedar, make_set, make_member):
    birch = make_set("Birch set")
    amira = make_member(cedar.id, "Amira Hassan")
    services.members.add_existing(birch.id, amira.person_id)

    updated = services.members.update_person(
        amira.person_id,
        replace(amira.person.draft(), job_title="Matron", email="a.hassan@nhs.net"),
    )

    assert updated.job_title == "Matron"
    for set_id in (cedar.id, birch.id):
        (member,) = services.members.list_members(set_id)
        assert member.person == updated
    assert services.members.get_person(amira.person_id).email == "a.hassan@nhs.net"


def test_adding_the_same_person_twice_to_a_set_is_refused(services, store, cedar, make_member):
    amira = make_member(cedar.id)

    with pytest.raises(UserError, match="already a member"):
        services.members.add_existing(cedar.id, amira.person_id)

    assert services.members.count(cedar.id) == 1
    assert count_rows(store, "membership") == 1


def test_adding_someone_unknown_says_so(services, cedar):
    with pytest.raises(NotFoundError, match="That person is no longer in alsdesk"):
        services.members.add_existing(cedar.id, 404)


def test_people_are_listed_alphabetically_ignoring_case(services, cedar, make_member):
    for name in ["tom Reilly", "Amira Hassan", "priya Nair"]:
        make_member(cedar.id, name)

    assert [p.full_name for p in services.members.list_people()] == [
        "Amira Hassan",
        "priya Nair",
        "tom Reilly",
    ]


# -- set size -------------------------------------------------------------------------


def test_no_size_warning_while_the_set_has_seven_or_fewer(services, cedar, make_member):
    for count, name in enumerate(NAMES[:7]):
        assert size_warning(services.members.count(cedar.id)) is None, count
        make_member(cedar.id, name)
    assert services.members.count(cedar.id) == 7
    assert size_warning(services.members.count(cedar.id)) is None  # the eighth is fine


def test_facilitator_adds_a_ninth_member_and_is_warned(services, cedar, make_member):
    for name in NAMES[:8]:
        make_member(cedar.id, name)

    warning = size_warning(services.members.count(cedar.id))

    assert warning is not None
    assert "already has 8 members" in warning
    assert f"limit is {MAX_MEMBERS}" in warning
    assert "can still add" in warning

    ninth = make_member(cedar.id, NAMES[8])
    assert ninth.position == 8
    assert services.members.count(cedar.id) == 9
    assert "already has 9 members" in size_warning(services.members.count(cedar.id))


# -- checking what is typed ----------------------------------------------------------------


@pytest.mark.parametrize("email", ["amira@", "amira.example.com", "amira@nhs", "a b@nhs.net"])
def test_a_mistyped_email_is_pointed_out_beside_the_field(services, store, cedar, email):
    with pytest.raises(ValidationError) as caught:
        services.members.add_new(cedar.id, PersonDraft(full_name="Amira Hassan", email=email))

    assert set(caught.value.fields) == {"email"}
    assert f'"{email}" is not an email address' in caught.value.fields["email"]
    assert count_rows(store, "person") == 0


@pytest.mark.parametrize("email", ["amira@nhs.net", "amira.hassan@northgate.nhs.uk", ""])
def test_ordinary_emails_and_no_email_are_accepted(services, cedar, email):
    member = services.members.add_new(cedar.id, PersonDraft(full_name="Amira", email=email))
    assert member.person.email == email


@pytest.mark.parametrize("name", ["", "   "])
def test_a_member_without_a_name_is_refused(services, store, cedar, name):
    with pytest.raises(ValidationError) as caught:
        services.members.add_new(cedar.id, PersonDraft(full_name=name))

    assert caught.value.fields == {"full_name": "Enter the member's name."}
    assert count_rows(store, "person") == 0


def test_a_phone_number_with_letters_is_refused(services, cedar):
    with pytest.raises(ValidationError) as caught:
        services.members.add_new(cedar.id, PersonDraft(full_name="Tom", phone="call reception"))

    assert set(caught.value.fields) == {"phone"}


def test_every_problem_with_a_person_is_reported_at_once(services, cedar):
    with pytest.raises(ValidationError) as caught:
        services.members.add_new(cedar.id, PersonDraft(full_name="", email="x@", phone="abc"))

    assert set(caught.value.fields) == {"full_name", "email", "phone"}


def test_a_failed_edit_leaves_the_person_as_they_were(services, cedar, make_member):
    amira = make_member(cedar.id, email="amira@nhs.net")

    with pytest.raises(ValidationError):
        services.members.update_person(
            amira.person_id, replace(amira.person.draft(), full_name="", email="amira@")
        )

    assert services.members.get_person(amira.person_id) == amira.person


def test_editing_someone_unknown_says_so(services):
    with pytest.raises(NotFoundError):
        services.members.update_person(404, PersonDraft(full_name="Ghost"))
    with pytest.raises(NotFoundError):
        services.members.get_person(404)


# -- removing and undoing ------------------------------------------------------------------


def test_removing_a_member_keeps_the_person(services, store, cedar, make_member):
    make_member(cedar.id, "Amira Hassan")
    tom = make_member(cedar.id, "Tom Reilly")

    position = services.members.remove(cedar.id, tom.person_id)

    assert position == 1
    assert [m.person.full_name for m in services.members.list_members(cedar.id)] == ["Amira Hassan"]
    assert [p.full_name for p in services.members.list_people()] == ["Amira Hassan", "Tom Reilly"]
    assert [p.full_name for p in services.members.list_people(exclude_set_id=cedar.id)] == [
        "Tom Reilly"
    ]
    assert count_rows(store, "person") == 2


def test_removing_someone_who_is_not_a_member_says_so(services, cedar, make_member):
    amira = make_member(cedar.id)
    services.members.remove(cedar.id, amira.person_id)

    with pytest.raises(NotFoundError, match="not a member"):
        services.members.remove(cedar.id, amira.person_id)


def test_undoing_a_removal_puts_the_member_back_in_their_place(services, cedar, make_member):
    for name in ["Amira Hassan", "Tom Reilly", "Priya Nair"]:
        make_member(cedar.id, name)
    tom = services.members.list_members(cedar.id)[1]

    position = services.members.remove(cedar.id, tom.person_id)
    services.members.add_existing(cedar.id, tom.person_id, position=position)

    assert [m.person.full_name for m in services.members.list_members(cedar.id)] == [
        "Amira Hassan",
        "Tom Reilly",
        "Priya Nair",
    ]


def test_undoing_an_add_deletes_a_person_who_is_in_no_other_set(
    services, store, cedar, make_member
):
    amira = make_member(cedar.id)

    assert services.members.delete_person_if_orphan(amira.person_id) is False  # still a member
    services.members.remove(cedar.id, amira.person_id)
    assert services.members.delete_person_if_orphan(amira.person_id) is True

    assert services.members.list_people() == []
    assert count_rows(store, "person") == 0
    assert services.members.delete_person_if_orphan(amira.person_id) is False  # already gone


def test_undoing_an_add_keeps_a_person_who_is_in_another_set(
    services, cedar, make_set, make_member
):
    birch = make_set("Birch set")
    amira = make_member(cedar.id)
    services.members.add_existing(birch.id, amira.person_id)
    services.members.remove(birch.id, amira.person_id)

    assert services.members.delete_person_if_orphan(amira.person_id) is False
    assert services.members.get_person(amira.person_id).full_name == "Amira Hassan"


def test_the_apps_own_user_is_never_deleted_as_an_orphan(services, store):
    with store.sessions.begin() as session:
        me = Person(full_name="Dr Ruth Okafor", is_self=True)
        session.add(me)
        session.flush()
        my_id = me.id

    assert services.members.delete_person_if_orphan(my_id) is False
    assert services.members.get_person(my_id).full_name == "Dr Ruth Okafor"


def test_redoing_an_add_recreates_the_person_under_their_old_id(services, cedar, make_member):
    make_member(cedar.id, "Amira Hassan")
    tom = make_member(cedar.id, "Tom Reilly", email="tom@nhs.net")
    services.members.remove(cedar.id, tom.person_id)
    services.members.delete_person_if_orphan(tom.person_id)

    again = services.members.add_new(cedar.id, tom.person.draft(), person_id=tom.person_id)

    assert again.person_id == tom.person_id
    assert again.person == tom.person
    assert services.members.get_person(tom.person_id).email == "tom@nhs.net"
    assert [m.person.full_name for m in services.members.list_members(cedar.id)] == [
        "Amira Hassan",
        "Tom Reilly",
    ]
