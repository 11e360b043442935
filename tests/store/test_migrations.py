"""Schema migrations: the models match them, and old databases still open.

tests/store/fixtures/ holds one database per released schema revision, made by
that release with a little data (one set, two members, three events). Never
open a fixture in place (SQLite would leave -wal/-shm files there): copy it to
tmp_path first.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from alsdesk.services import Services
from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.airtime_rounds import TurnState
from alsdesk.services.leadership import Level
from alsdesk.services.meeting_agenda import StepKind
from alsdesk.services.meetings import AirtimeMode, AttendanceStatus
from alsdesk.services.members import PersonDraft
from alsdesk.services.schedule import EventKind
from alsdesk.services.sets import DEFAULT_GROUND_RULES, SetDraft
from alsdesk.store import open_store
from alsdesk.store.backups import companion
from alsdesk.store.engine import current_revision, make_engine
from alsdesk.store.migrate import MIGRATIONS_DIR, head_revision, known_revisions, upgrade_to_head
from alsdesk.store.models import Base
from alsdesk.store.vault import vault_beside

FIXTURES = Path(__file__).with_name("fixtures")
FIXTURE_DATABASES = sorted(FIXTURES.glob("revision_*.sqlite3"))


def _alembic_config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _differences(engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


# -- the models and the migrations agree -----------------------------------------


def test_models_match_what_the_migrations_create(store):
    # A model changed without a migration shows up here as a difference.
    assert _differences(store.engine) == []


def test_the_model_check_would_notice_a_missing_index(store):
    # Guard against the check above passing for the wrong reason.
    with store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_event_set_id_date"))

    differences = _differences(store.engine)

    assert [diff[0] for diff in differences] == ["add_index"]
    assert differences[0][1].name == "ix_event_set_id_date"


def test_the_migrations_form_one_line_of_history():
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert script.get_heads() == [head_revision()]
    assert head_revision() in known_revisions()


def test_upgrading_an_up_to_date_database_again_changes_nothing(store):
    services = Services.over(store)
    services.sets.create(SetDraft(name="Cedar set"))

    upgrade_to_head(store.engine)

    assert current_revision(store.engine) == head_revision()
    assert [s.name for s in services.sets.list_sets()] == ["Cedar set"]


def test_every_migration_can_be_undone_and_redone(tmp_path):
    engine = make_engine(tmp_path / "roundtrip.sqlite3")
    try:
        upgrade_to_head(engine)
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert current_revision(engine) is None

        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()
        assert _differences(engine) == []
    finally:
        engine.dispose()


# -- databases saved by released versions ----------------------------------------


def test_a_fixture_database_exists_for_the_foundation_revision():
    assert FIXTURES / "revision_0001_foundation.sqlite3" in FIXTURE_DATABASES


def test_fixture_databases_are_single_complete_files():
    leftovers = [p.name for p in FIXTURES.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert leftovers == []
    for fixture in FIXTURE_DATABASES:
        revision = fixture.stem.removeprefix("revision_")
        assert revision in known_revisions(), f"{fixture.name} names an unknown revision"


@pytest.fixture
def copy_fixture(tmp_path):
    def copy(fixture: Path) -> Path:
        folder = tmp_path / "data"
        folder.mkdir()
        target = folder / "alsdesk.sqlite3"
        shutil.copyfile(fixture, target)
        if companion(fixture).exists():  # from 0007: the vault written beside the fixture
            shutil.copyfile(companion(fixture), vault_beside(target))
        return target

    return copy


@pytest.mark.parametrize("fixture", FIXTURE_DATABASES, ids=lambda p: p.stem)
def test_a_database_from_a_released_version_opens_at_the_newest_schema(fixture, copy_fixture):
    path = copy_fixture(fixture)
    revision = fixture.stem.removeprefix("revision_")

    store = open_store(path)
    try:
        assert current_revision(store.engine) == head_revision()
        assert _differences(store.engine) == []
    finally:
        store.close()

    backups = list((path.parent / "backups").glob("*.sqlite3"))
    if revision == head_revision():
        assert backups == []
    else:
        assert len(backups) == 1 and f"-{revision}-" in backups[0].name


def test_the_foundation_fixture_reads_back_through_the_services(copy_fixture):
    path = copy_fixture(FIXTURES / "revision_0001_foundation.sqlite3")

    store = open_store(path)
    try:
        services = Services.over(store)

        (cedar,) = services.sets.list_sets()
        assert cedar.name == "Cedar set"
        assert cedar.programme == "MSc Healthcare Leadership 2026/27"
        assert cedar.facilitator == "Dr Ruth Okafor"
        assert cedar.start_date == dt.date(2026, 9, 14)
        assert cedar.venue == "Education Centre, Room 2"
        assert cedar.ground_rules == DEFAULT_GROUND_RULES
        assert cedar.holiday_region == "ENG"
        assert cedar.timezone == "Europe/London"
        assert cedar.member_count == 2
        assert services.sets.find_by_name("cedar SET").id == cedar.id

        amira, tom = services.members.list_members(cedar.id)
        assert amira.person.full_name == "Amira Hassan"
        assert amira.person.job_title == "Ward Manager"
        assert amira.person.organisation == "Northgate NHS Trust"
        assert amira.person.email == "amira.hassan@nhs.net"
        assert tom.person.full_name == "Tom Reilly"
        assert tom.person.phone == "0161 496 0000"
        assert [amira.position, tom.position] == [0, 1]

        events = services.schedule.list_events(cedar.id)
        assert [(e.kind, e.title, e.date) for e in events] == [
            (EventKind.WORKSHOP, "Opening workshop, day 1", dt.date(2026, 9, 14)),
            (EventKind.SET_MEETING, "Set meeting 1", dt.date(2026, 9, 15)),
            (EventKind.DEADLINE, "Short assignment due", dt.date(2026, 12, 4)),
        ]
        # Calendar UIDs never change, so re-exported calendars update in place.
        assert [e.uid for e in events] == [
            "64839dd2-7bc9-49a5-9f41-059101a65396@alsdesk.app",
            "40b1412f-bc8a-4eca-97a4-04a26496402e@alsdesk.app",
            "d0e451cd-ba79-4a48-9889-6523d156c65f@alsdesk.app",
        ]
        meeting = events[1]
        assert (meeting.start_time, meeting.end_time) == (dt.time(13, 30), dt.time(16, 30))
        assert meeting.preparation == "Agree the set's ground rules."
        assert events[2].all_day

        # The old database still takes new work.
        services.members.add_new(cedar.id, PersonDraft(full_name="Priya Nair"))
        assert services.members.count(cedar.id) == 3
    finally:
        store.close()


def test_opening_a_fixture_copy_leaves_the_fixture_untouched(copy_fixture):
    fixture = FIXTURES / "revision_0001_foundation.sqlite3"
    before = fixture.read_bytes()

    open_store(copy_fixture(fixture)).close()

    assert fixture.read_bytes() == before


def test_a_fixture_copy_passes_sqlites_integrity_check(copy_fixture):
    path = copy_fixture(FIXTURES / "revision_0001_foundation.sqlite3")
    open_store(path).close()

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_the_meetings_fixture_reads_back_attendance(copy_fixture):
    from alsdesk.services.meetings import AttendanceStatus

    path = copy_fixture(FIXTURES / "revision_0002_meetings.sqlite3")
    store = open_store(path)
    try:
        services = Services.over(store)
        [action_set] = services.sets.list_sets()
        meetings, rows = services.meetings.register(action_set.id)
        assert len(meetings) == 1
        assert [row.marks for row in rows] == [
            (AttendanceStatus.PRESENT,),
            (AttendanceStatus.APOLOGIES,),
        ]
    finally:
        store.close()


def test_fixture_databases_are_not_left_in_wal_mode():
    # Bytes 18 and 19 of the header are 2 in WAL mode: the data could then sit in a
    # -wal file that was never committed next to the fixture.
    for fixture in FIXTURE_DATABASES:
        header = fixture.read_bytes()[:100]
        assert header[18:20] == b"\x01\x01", f"{fixture.name} is in WAL mode"


def test_the_airtime_fixture_reads_back_through_the_services(copy_fixture):
    path = copy_fixture(FIXTURES / "revision_0003_airtime_actions.sqlite3")
    store = open_store(path)
    try:
        services = Services.over(store)
        [cedar] = services.sets.list_sets()
        amira, tom = services.members.list_members(cedar.id)
        assert (amira.person.full_name, tom.person.full_name) == ("Amira Hassan", "Tom Reilly")
        agenda = services.meetings.default_agenda(cedar.id)
        assert [s.title for s in agenda] == [
            "Arrivals",
            "Bids",
            "Airtime",
            "Reading: Revans on questioning",
            "How we worked today",
            "Close",
        ]
        assert agenda[3].kind == StepKind.OTHER
        assert [e.uid for e in services.schedule.list_events(cedar.id)] == [
            "4b88b273-6310-46f2-9730-c05e4c2533fa@alsdesk.app",
            "347423d6-bd24-4d16-a3b5-fd9bc148819f@alsdesk.app",
            "bd36dc99-0a66-44dc-8128-cac168b3bd9a@alsdesk.app",
        ]

        first, second = services.meetings.meetings(cedar.id)
        assert (first.date, second.date) == (dt.date(2026, 9, 15), dt.date(2026, 10, 27))
        assert first.agenda == agenda
        assert first.current.title == "How we worked today"
        assert (first.breaks_minutes, first.review_minutes) == (15, 20)
        assert first.airtime_mode == AirtimeMode.EQUAL
        assert (first.process_review, first.next_meeting_notes) == (
            "Ground rules agreed.",
            "Same room.",
        )
        assert second.current_step == 0 and second.airtime_mode == AirtimeMode.BIDS
        _meetings, register = services.meetings.register(cedar.id)
        assert [row.marks for row in register] == [
            (AttendanceStatus.PRESENT, AttendanceStatus.PRESENT),
            (AttendanceStatus.LATE, AttendanceStatus.APOLOGIES),
        ]
        assert services.meetings.attendance(first.id)[1].late_at == dt.time(13, 50)

        done, waiting = services.airtime.turns(first.id)
        assert (done.full_name, done.state, done.bid_minutes) == (
            "Amira Hassan",
            TurnState.DONE,
            40,
        )
        assert done.timer.used_before == 43 * 60
        assert (done.timer.planned_seconds, done.timer.extra_seconds) == (40 * 60, 120)
        assert not done.timer.running
        assert done.issue == "Discharges happen late in the day."
        assert done.key_questions == "Who decides, and when?"
        assert done.sees_differently == "The day before matters most."
        assert (waiting.full_name, waiting.state, waiting.bid_minutes) == (
            "Tom Reilly",
            TurnState.WAITING,
            None,
        )
        # A round left running survives the upgrade and keeps counting.
        [running] = services.airtime.turns(second.id)
        assert running.state == TurnState.CURRENT
        assert running.timer.running_since == dt.datetime(2026, 10, 27, 10, 5)
        assert running.timer.used(dt.datetime(2026, 10, 27, 10, 35)) == 30 * 60
        assert services.airtime.cumulative_seconds(cedar.id) == {
            amira.person_id: 43 * 60,
            tom.person_id: 0,
        }

        [action] = services.actions.tracker(cedar.id)
        assert action.text == "Map a week of discharges."
        assert (action.owner_name, action.due_date) == ("Amira Hassan", second.date)
        assert (action.status, action.comment) == (ActionStatus.DONE, "Mapped 41 discharges.")
        [item] = services.actions.report_back(second.id, amira.person_id)
        assert (item.status, item.comment) == (ActionStatus.DONE, "Mapped 41 discharges.")

        # The old database still takes new work.
        services.airtime.finish(running.id, dt.datetime(2026, 10, 27, 10, 50))
        services.actions.add(second.id, ActionDraft(amira.person_id, "Agree one measure."))
        assert len(services.actions.tracker(cedar.id)) == 2
    finally:
        store.close()


def test_upgrading_to_goals_keeps_every_action_review(copy_fixture):
    # 0004 rebuilds the action table to add its goal foreign key; with SQLite's
    # enforcement on, dropping the old table would cascade away the reviews.
    path = copy_fixture(FIXTURES / "revision_0003_airtime_actions.sqlite3")
    with closing(sqlite3.connect(path)) as conn:
        before = conn.execute("SELECT action_id, status, comment FROM action_review").fetchall()

    open_store(path).close()

    with closing(sqlite3.connect(path)) as conn:
        after = conn.execute("SELECT action_id, status, comment FROM action_review").fetchall()
        foreign_keys = conn.execute("PRAGMA foreign_key_list(action)").fetchall()
    assert before and after == before
    assert ("goal", "goal_id", "SET NULL") in {(fk[2], fk[3], fk[6]) for fk in foreign_keys}


def test_the_goals_fixture_reads_back_through_the_services(copy_fixture):
    store = open_store(copy_fixture(FIXTURES / "revision_0004_goals_plan.sqlite3"))
    try:
        services = Services.over(store)
        me = services.people.me()
        assert me is not None and me.full_name == "Ruth Okafor"
        amira = services.people.find("Amira Hassan")
        [goal] = services.goals.list_goals(amira.id)
        assert (goal.title, goal.measure.unit, goal.median_points) == (
            "Discharges before midday",
            "%",
            4,
        )
        assert [u.value for u in services.goals.updates(goal.id)] == [17, 21, 15, 19, 26, 27]
        [action] = services.goals.linked_actions(goal.id)
        assert action.text == "Map a week of discharges."
        first, mid = services.plan.assessments(me.id)
        assert (first.label, mid.label) == ("Start of programme", "Mid-point")
        assert [r.level for r in mid.ratings] == [Level.PROFICIENT] * 9
        [item] = services.plan.items(me.id)
        assert item.dimensions == (7, 9)
        assert [r.note for r in item.reviews] == ["Talked it through."]

        # Deleting a goal leaves its actions in the set, unlinked.
        services.goals.delete(goal.id)
        [cedar] = services.sets.list_sets()
        [kept] = services.actions.tracker(cedar.id)
        assert kept.goal_id is None
    finally:
        store.close()


def test_upgrading_adds_an_empty_journal_that_is_not_set_up(copy_fixture):
    store = open_store(copy_fixture(FIXTURES / "revision_0004_goals_plan.sqlite3"))
    try:
        services = Services.over(store)
        assert not services.vault.is_set_up()
        assert services.people.me().full_name == "Ruth Okafor"
    finally:
        store.close()


def test_the_journal_fixture_opens_with_its_passphrase(copy_fixture):
    from tests.store.make_fixture_0005 import PASSPHRASE

    store = open_store(copy_fixture(FIXTURES / "revision_0005_journal.sqlite3"))
    try:
        journal = Services.over(store).journal
        journal.vault.unlock(PASSPHRASE)
        contents = journal.read_all()
        [entry] = contents.entries
        assert contents.damaged == ()
        assert entry.draft.title == "The handover that went wrong"
        assert [s.heading for s in entry.draft.sections] == ["Description", "Feelings"]
        assert entry.draft.links.dimensions == (2, 6)
        options = journal.link_options()
        assert options.goal_label(entry.draft.links.goal_id) == "Protected time for supervision"
        assert options.meeting_label(entry.draft.links.meeting_id).startswith("Cedar set")
        assert [t.draft.name for t in journal.templates()] == ["After a complaint"]
    finally:
        store.close()


def test_a_journal_from_before_manifests_is_trusted_at_its_first_unlock_then_guarded(
    copy_fixture,
):
    from tests.store.make_fixture_0005 import PASSPHRASE

    path = copy_fixture(FIXTURES / "revision_0005_journal.sqlite3")
    store = open_store(path)
    try:
        journal = Services.over(store).journal
        journal.vault.unlock(PASSPHRASE)
        first = journal.read_all()
        assert (len(first.entries), first.damaged, first.missing, first.notice) == (1, (), 0, "")
        journal.vault.lock()
        journal.vault.store.engine.dispose()
        with closing(sqlite3.connect(vault_beside(path))) as conn, conn:
            conn.execute("DELETE FROM journal_template")
        journal.vault.unlock(PASSPHRASE)
        assert journal.missing_templates() == 1
        assert journal.templates() == ()
    finally:
        store.close()


def test_the_0006_fixture_opens_with_its_manifest_and_notices_a_deleted_entry(copy_fixture):
    from tests.store.make_fixture_0006 import PASSPHRASE

    path = copy_fixture(FIXTURES / "revision_0006_versions_manifest.sqlite3")
    store = open_store(path)
    try:
        journal = Services.over(store).journal
        journal.vault.unlock(PASSPHRASE)
        contents = journal.read_all()
        assert [e.draft.title for e in contents.entries] == [
            "Asking for help",
            "The handover that went wrong",
        ]
        assert contents.entries[1].draft.tags == ("handover", "nights")
        assert (contents.damaged, contents.missing, contents.notice) == ((), 0, "")
        journal.vault.lock()
        journal.vault.store.engine.dispose()
        with closing(sqlite3.connect(vault_beside(path))) as conn, conn:
            conn.execute("DELETE FROM journal_entry WHERE id = ?", (contents.entries[0].id,))
        journal.vault.unlock(PASSPHRASE)
        assert journal.read_all().missing == 1
    finally:
        store.close()


def test_goals_from_before_the_choice_of_rules_keep_the_ihi_rules(copy_fixture):
    from alsdesk.services.run_chart import RuleSet

    path = copy_fixture(FIXTURES / "revision_0006_versions_manifest.sqlite3")
    store = open_store(path)
    try:
        services = Services.over(store)
        goals = [
            goal
            for person in services.people.directory()
            for goal in services.goals.list_goals(person.id)
        ]
        assert goals, "the fixture holds goals"
        assert {goal.rule_set for goal in goals} == {RuleSet.IHI}
        assert {services.goals.run_chart(goal.id).rule_set for goal in goals} == {RuleSet.IHI}
    finally:
        store.close()


def test_upgrading_to_action_history_keeps_every_review_and_allows_one_between_meetings(
    copy_fixture,
):
    # 0011 rebuilds action_review to let a review belong to no meeting.
    path = copy_fixture(FIXTURES / "revision_0006_versions_manifest.sqlite3")
    with closing(sqlite3.connect(path)) as conn:
        query = "SELECT action_id, meeting_id, status, comment FROM action_review ORDER BY id"
        before = conn.execute(query).fetchall()

    store = open_store(path)
    try:
        services = Services.over(store)
        action_id = before[0][0]
        agreed = services.actions.get(action_id)
        services.actions.report_between(
            action_id, agreed.agreed_on + dt.timedelta(days=60), ActionStatus.DONE, "By email"
        )
        assert services.actions.get(action_id).reported_between
    finally:
        store.close()

    with closing(sqlite3.connect(path)) as conn:
        after = conn.execute(query).fetchall()
        changes = conn.execute("SELECT count(*) FROM action_change").fetchone()[0]
    assert before and after[: len(before)] == before
    assert after[len(before)][1:] == (None, "done", "By email")
    assert changes == 0


def test_goals_from_before_the_xmr_chart_keep_their_run_chart(copy_fixture):
    from alsdesk.services.goals import ChartOptions

    path = copy_fixture(FIXTURES / "revision_0006_versions_manifest.sqlite3")
    store = open_store(path)
    try:
        services = Services.over(store)
        goals = [
            goal
            for person in services.people.directory()
            for goal in services.goals.list_goals(person.id)
        ]
        assert goals, "the fixture holds goals"
        assert {(goal.chart, goal.rebase_dates) for goal in goals} == {(ChartOptions(), ())}
        assert {services.goals.report(goal.id).xmr for goal in goals} == {None}
    finally:
        store.close()
