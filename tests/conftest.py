"""Shared fixtures: a fresh data folder and store per test, headless Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import event  # noqa: E402

from alsdesk.crypto.kdf import fast_params  # noqa: E402
from alsdesk.paths import DataPaths  # noqa: E402
from alsdesk.services import Services  # noqa: E402
from alsdesk.services.journal.service import JournalService  # noqa: E402
from alsdesk.services.members import PersonDraft  # noqa: E402
from alsdesk.services.sets import SetDraft  # noqa: E402
from alsdesk.services.vault import Vault  # noqa: E402
from alsdesk.store import open_store  # noqa: E402
from alsdesk.store.vault import open_vault, vault_beside  # noqa: E402


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    return paths


@pytest.fixture
def store(data_paths):
    opened = open_store(data_paths.database)
    yield opened
    opened.close()


@pytest.fixture
def vault_store(store, data_paths):
    """The private vault beside the store (opened after it, as the app does)."""
    opened = open_vault(data_paths.vault)
    yield opened
    opened.close()


@pytest.fixture
def services(store, vault_store) -> Services:
    # The journal's passphrase stretching is deliberately slow; tests use the
    # same code path with a tiny cost (bench/ measures the real one).
    return Services.over(store, vault=Vault(vault_store, kdf_params=fast_params))


@pytest.fixture
def make_journal():
    """Factory: a journal (and its vault, tiny KDF cost) over the vault beside ``store``."""
    opened = []

    def make(store) -> JournalService:
        from functools import partial

        from alsdesk.services.journal.links import link_options

        vault_store = open_vault(vault_beside(store.path))
        opened.append(vault_store)
        return JournalService(
            Vault(vault_store, kdf_params=fast_params), partial(link_options, store)
        )

    yield make
    for vault_store in opened:
        vault_store.close()


@pytest.fixture
def make_set(services):
    """Factory: a set with sensible defaults; keyword arguments override."""

    def make(name: str = "Cedar set", **overrides):
        values = {
            "programme": "MSc Healthcare Leadership 2026/27",
            "facilitator": "Dr Ruth Okafor",
            "start_date": dt.date(2026, 9, 14),
            "venue": "Education Centre, Room 2",
        }
        values.update(overrides)
        return services.sets.create(SetDraft(name=name, **values))

    return make


@pytest.fixture
def make_member(services):
    """Factory: a new person added to a set."""

    def make(set_id: int, full_name: str = "Amira Hassan", **overrides):
        values = {"job_title": "Ward Manager", "organisation": "Northgate NHS Trust"}
        values.update(overrides)
        return services.members.add_new(set_id, PersonDraft(full_name=full_name, **values))

    return make


@pytest.fixture
def impatient(store):
    """Wait only a moment for another program's lock, so the test does not wait 5 s."""

    def short_wait(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA busy_timeout=50")

    event.listen(store.engine, "connect", short_wait)
    store.engine.dispose()
    return store


@pytest.fixture
def first_meeting(services, make_set, make_member):
    """Cedar set with Amira as a member, its default year made, set meeting 1 open.

    Returns (meeting, amira's membership).
    """
    from alsdesk.services.schedule import EventKind

    cedar = make_set("Cedar set")
    amira = make_member(cedar.id, "Amira Hassan")
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    event = next(
        e for e in services.schedule.list_events(cedar.id) if e.kind == EventKind.SET_MEETING
    )
    return services.meetings.open_for_event(event.id), amira


PATIENT_WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def patient_qtbot_waits(monkeypatch):
    """Every qtbot wait that names no timeout waits up to 30 s, not pytest-qt's 5 s.

    A wait ends as soon as its condition holds, so this costs nothing on a quick
    machine; on a loaded 2-core CI machine 5 s was enough to fail a test that
    was only slow. Waits that pass their own timeout keep it.
    """
    from pytestqt.qtbot import QtBot

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive"):
        original = getattr(QtBot, name)

        def patient(self, *args, _original=original, timeout=PATIENT_WAIT_MS, **kwargs):
            return _original(self, *args, timeout=timeout, **kwargs)

        monkeypatch.setattr(QtBot, name, patient)
    original_callback = QtBot.waitCallback

    def patient_callback(self, *, timeout=PATIENT_WAIT_MS, **kwargs):
        return original_callback(self, timeout=timeout, **kwargs)

    monkeypatch.setattr(QtBot, "waitCallback", patient_callback)


@pytest.fixture(autouse=True)
def log_folder(tmp_path, monkeypatch):
    """Bug reports go to the test's own log folder, never the user's."""
    from alsdesk.bug_report import ENV_LOG_DIR

    folder = tmp_path / "logs"
    monkeypatch.setenv(ENV_LOG_DIR, str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_unexpected_bugs(request):
    """A bug report (a job or slot that crashed) fails the test unless it asked for one.

    The app shows our bugs in a dialog and carries on, so without this a crash
    in a background job would pass unnoticed. Tests that provoke one take the
    ``bug_reports`` fixture, the list of reports recorded while they ran.
    """
    from alsdesk import bug_report

    reports: list = []
    remove = bug_report.add_listener(reports.append)
    request.node.bug_reports = reports
    yield
    remove()
    if reports and "bug_reports" not in request.fixturenames:
        pytest.fail(f"unexpected bug: {reports[0].text}", pytrace=False)


@pytest.fixture
def bug_reports(request, no_unexpected_bugs) -> list:
    """The bug reports recorded during the test (it expects some)."""
    return request.node.bug_reports
