"""Every item model passes Qt's own model checks, with data and after reloads."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from alsdesk.services.agenda import build_agenda
from alsdesk.services.schedule import EventDraft, EventKind
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.sets.agenda_model import EVENT, AgendaModel
from alsdesk.ui.sets.members_model import MembersModel
from alsdesk.ui.sets.sets_model import SetListModel


def test_set_list_model_passes_the_model_tester(qtmodeltester, services, make_set):
    make_set("Oak set")
    archived = make_set("Ash set")
    services.sets.set_archived(archived.id, True)
    model = SetListModel()
    model.reload(services.sets.list_sets(include_archived=True))
    qtmodeltester.check(model)
    assert [model.index(r).data() for r in range(2)] == ["Ash set (archived)", "Oak set"]
    assert model.index(0).data(Qt.ItemDataRole.FontRole).italic()


def test_members_model_passes_the_model_tester(qtmodeltester, services, make_set, make_member):
    action_set = make_set()
    make_member(action_set.id, "Amira Hassan", email="amira@northgate.nhs.uk")
    make_member(action_set.id, "Daniel Price")
    model = MembersModel()
    model.reload(services.members.list_members(action_set.id))
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "amira@northgate.nhs.uk"
    assert model.index(1, 0).data(ROW_OBJECT_ROLE).person.full_name == "Daniel Price"


def test_agenda_model_passes_the_model_tester(qtmodeltester, services, make_set):
    action_set = make_set()
    services.schedule.generate_default(action_set.id, dt.date(2026, 9, 14))
    services.schedule.add(
        action_set.id,
        EventDraft(EventKind.DEADLINE, "Short assignment", dt.date(2026, 12, 25)),
    )
    events = services.schedule.list_events(action_set.id)
    model = AgendaModel()
    model.reload(build_agenda(events, dt.date(2026, 11, 23)))
    qtmodeltester.check(model)

    assert model.event_count() == 12
    december = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data() == "December 2026"
    )
    titles = [model.index(r, EVENT, december).data() for r in range(model.rowCount(december))]
    assert titles == ["Set meeting 3", "Short assignment"]
    deadline = model.index(1, 0, december)
    assert deadline.sibling(1, 1).data() == "All day"
    assert "Christmas Day (bank holiday)" in deadline.sibling(1, 5).data()

    model.reload([])
    assert model.rowCount() == 0
