"""The private vault: its own file and migrations, and the journal's one-step move into it.

Revision 0007 moves a journal out of the main database. The move is tested on
the released 0005 and 0006 fixtures (every entry and template reads back with
the fixture's passphrase) and with the process killed between its steps: while
the vault is being built, right after it is renamed into place, and at seeded
random statements; each time the next start finishes the move and loses nothing.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from alsdesk.services import Services
from alsdesk.store import open_store
from alsdesk.store import vault as store_vault
from alsdesk.store.engine import current_revision
from alsdesk.store.migrate import VAULT_MIGRATIONS_DIR, head_revision
from alsdesk.store.vault import VAULT_HEAD, open_vault, vault_beside
from alsdesk.store.vault_migrations import first_schema
from alsdesk.store.vault_models import VaultBase
from tests.store import make_fixture_0005, make_fixture_0006

FIXTURES = Path(__file__).with_name("fixtures")
JOURNAL_FIXTURES = {
    "0005": (FIXTURES / "revision_0005_journal.sqlite3", make_fixture_0005.PASSPHRASE),
    "0006": (FIXTURES / "revision_0006_versions_manifest.sqlite3", make_fixture_0006.PASSPHRASE),
}
JOURNAL_TABLES = {name for name, _vault_name in first_schema.MOVED_TABLES}
forking = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked child (POSIX)")


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@pytest.fixture
def released(tmp_path):
    """Copy a released journal fixture into a fresh data folder; returns its path."""

    def copy(which: str) -> Path:
        folder = tmp_path / "data"
        folder.mkdir(exist_ok=True)
        target = folder / "alsdesk.sqlite3"
        shutil.copyfile(JOURNAL_FIXTURES[which][0], target)
        return target

    return copy


def _read_back(path: Path, which: str) -> tuple[list[str], list[str]]:
    """Open the data as the app does and read the whole journal with the fixture's passphrase."""
    store = open_store(path)
    services = Services.over(store)
    try:
        journal = services.journal
        journal.vault.unlock(JOURNAL_FIXTURES[which][1])
        contents = journal.read_all()
        assert (contents.damaged, contents.missing, contents.notice) == ((), 0, "")
        titles = [e.draft.title for e in contents.entries]
        templates = [t.draft.name for t in journal.templates()]
        assert journal.damaged_templates() == ()
        return titles, templates
    finally:
        services.close()


# -- the vault's own schema -------------------------------------------------------


def test_the_vault_has_one_line_of_migrations_whose_head_the_code_knows():
    script = ScriptDirectory(str(VAULT_MIGRATIONS_DIR))
    assert script.get_heads() == [VAULT_HEAD] == [head_revision(VAULT_MIGRATIONS_DIR)]


def test_a_new_vault_is_a_private_file_whose_models_match_its_migrations(tmp_path):
    path = tmp_path / "private.sqlite3"
    vault = open_vault(path)
    try:
        assert current_revision(vault.engine) == VAULT_HEAD
        with vault.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), VaultBase.metadata) == []
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        vault.close()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_new_main_database_has_no_journal_table(data_paths, store):
    assert not JOURNAL_TABLES & _tables(data_paths.database)
    assert current_revision(store.engine) == head_revision()


def test_the_vault_is_always_a_local_file():
    with pytest.raises(store_vault.StoreError, match="on this device"):
        open_vault("postgresql://alsdesk@server/programme")


# -- the move on the released fixtures ---------------------------------------------


@pytest.mark.parametrize("which", sorted(JOURNAL_FIXTURES))
def test_the_first_start_moves_every_entry_into_the_vault_after_a_backup(released, which):
    path = released(which)
    fixture = JOURNAL_FIXTURES[which][0]
    entries, templates = _count(fixture, "journal_entry"), _count(fixture, "journal_template")

    titles, names = _read_back(path, which)

    assert len(titles) == entries and len(names) == templates
    assert not JOURNAL_TABLES & _tables(path)
    with closing(sqlite3.connect(path)) as conn:  # the dropped tables' space was given back
        assert (
            conn.execute("PRAGMA freelist_count").fetchone()[0] * 4
            < conn.execute("PRAGMA page_count").fetchone()[0]
        )
    vault = vault_beside(path)
    assert _count(vault, "journal_entry") == entries
    assert _count(vault, "vault_keyring") == 1
    assert _revision(vault) == VAULT_HEAD
    [backup] = (path.parent / "backups").glob("alsdesk-*.sqlite3")
    assert _count(backup, "journal_entry") == entries  # the usual copy, taken before
    assert not list(path.parent.glob("*.moving"))
    built = open_vault(vault)
    try:
        with built.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), VaultBase.metadata) == []
    finally:
        built.close()


def test_the_moved_journal_is_the_same_as_it_was(released):
    path = released("0006")
    _read_back(path, "0006")
    vault = vault_beside(path)
    for main_table, vault_table in first_schema.MOVED_TABLES:
        with closing(sqlite3.connect(JOURNAL_FIXTURES["0006"][0])) as before:
            old = before.execute(f"SELECT * FROM {main_table} ORDER BY id").fetchall()
        with closing(sqlite3.connect(vault)) as after:
            new = after.execute(f"SELECT * FROM {vault_table} ORDER BY id").fetchall()
        assert new == old, vault_table


def test_a_vault_already_there_with_other_data_is_set_aside_not_lost(released, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    stray = open_vault(other / "private.sqlite3")
    with stray.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO journal_entry (id, uid, sealed, version) VALUES (7, 'x', X'00', 1)"
        )
    stray.close()
    path = released("0006")
    shutil.copyfile(other / "private.sqlite3", vault_beside(path))

    titles, _ = _read_back(path, "0006")

    assert len(titles) == 2
    [aside] = (path.parent / "backups").glob(f"{store_vault.ASIDE_PREFIX}*")
    assert _count(aside, "journal_entry") == 1


# -- killed between the steps -------------------------------------------------------


def _die_in_child(path: Path, prepare) -> None:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            prepare()
            open_store(path).close()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def _kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@forking
def test_killed_right_after_the_vault_is_renamed_into_place_the_next_start_finishes(released):
    path = released("0006")

    def die_after_rename():
        real = os.replace

        def replace_then_die(source, target):
            real(source, target)
            if Path(target).name == "private.sqlite3":
                _kill()

        store_vault.os.replace = replace_then_die

    _die_in_child(path, die_after_rename)

    assert _revision(path) == "0006_versions_manifest"  # the main upgrade rolled back
    assert _tables(path) >= JOURNAL_TABLES
    assert _count(vault_beside(path), "journal_entry") == 2  # and the vault is complete
    before = vault_beside(path).read_bytes()
    titles, _ = _read_back(path, "0006")
    assert titles == ["Asking for help", "The handover that went wrong"]
    assert not JOURNAL_TABLES & _tables(path)
    assert _revision(path) == head_revision()
    assert len(before) > 0


@forking
def test_killed_while_building_the_vault_the_old_state_stands_and_the_next_start_moves_it(
    released,
):
    path = released("0005")

    def die_while_building():
        real = first_schema.create

        def create_then_die(connection):
            real(connection)
            _kill()

        first_schema.create = create_then_die

    _die_in_child(path, die_while_building)

    assert _revision(path) == "0005_journal"  # the whole upgrade (0006 and 0007) rolled back
    assert _tables(path) >= JOURNAL_TABLES - {"journal_manifest"}  # 0005 had no manifest
    assert not vault_beside(path).exists()
    titles, names = _read_back(path, "0005")
    assert titles == ["The handover that went wrong"] and names == ["After a complaint"]
    assert not list(path.parent.glob("*.moving"))


@forking
def test_killed_at_any_statement_of_the_move_the_next_start_reads_every_entry(released, tmp_path):
    import itertools

    from sqlalchemy import Engine, event

    path = released("0006")
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(path, pristine)

    def count_to(limit):
        counter = itertools.count(1)

        def hook(*_args, **_kwargs):
            if next(counter) == limit:
                _kill()

        for name in ("before_cursor_execute", "after_cursor_execute", "commit"):
            event.listen(Engine, name, hook)
        return counter

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        scratch = tmp_path / "scratch"
        scratch.mkdir()
        shutil.copyfile(pristine, scratch / "alsdesk.sqlite3")
        counter = count_to(None)
        open_store(scratch / "alsdesk.sqlite3").close()
        os.write(write, str(next(counter) - 1).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as answer:
        total = int(answer.read())
    os.waitpid(pid, 0)
    assert total > 20

    for point in sorted(random.Random(707).sample(range(1, total + 1), 6)):
        for leftover in path.parent.iterdir():
            if leftover.is_file():
                leftover.unlink()
        shutil.rmtree(path.parent / "backups", ignore_errors=True)
        shutil.copyfile(pristine, path)
        _die_in_child(path, lambda point=point: count_to(point))
        titles, _ = _read_back(path, "0006")
        assert titles == ["Asking for help", "The handover that went wrong"], point
        assert not JOURNAL_TABLES & _tables(path)


def test_after_the_move_and_a_passphrase_change_no_old_wrapped_key_is_left_in_either_file(
    released,
):
    path = released("0006")
    with closing(sqlite3.connect(path)) as conn:
        old_key = conn.execute("SELECT wrapped_key FROM journal_keyring").fetchone()[0]
    new = "another sturdy lantern 93"
    services = Services.over(open_store(path))
    try:
        services.vault.change_passphrase(JOURNAL_FIXTURES["0006"][1], new, new)
        live = [p for p in path.parent.iterdir() if p.is_file()]
        assert {path.name, "private.sqlite3"} <= {p.name for p in live}
        for file in live:  # the main database, the vault and their logs
            assert old_key not in file.read_bytes(), file.name
    finally:
        services.close()
    for file in path.parent.iterdir():
        if file.is_file():
            assert old_key not in file.read_bytes(), file.name
