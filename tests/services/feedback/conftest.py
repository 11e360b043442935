"""Fixtures for 360 feedback: an unlocked vault and a round with six people asked."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.feedback.model import (
    Relationship,
    RespondentDraft,
    RoundDraft,
    default_prompts,
)

PASSPHRASE = "sturdy lantern orchard tide"
DEADLINE = dt.date(2026, 12, 18)
PEOPLE = (
    RespondentDraft("Siobhán O'Connor", "siobhan@example.nhs.uk", Relationship.LINE_MANAGER, True),
    RespondentDraft("Łukasz Wójcik", "lukasz@example.nhs.uk", Relationship.PEER),
    RespondentDraft("Grace Mensah", "grace@example.nhs.uk", Relationship.PEER),
    RespondentDraft("Daniel Price", "daniel@example.nhs.uk", Relationship.PEER),
    RespondentDraft("Amira Hassan", "amira@example.nhs.uk", Relationship.REPORT),
    RespondentDraft("Wei Zhang 张伟", "wei@example.nhs.uk", Relationship.REPORT),
)


@pytest.fixture
def feedback(services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    return services.feedback


@pytest.fixture
def a_round(feedback):
    return feedback.create_round(
        RoundDraft(
            "Mid-programme 360", DEADLINE, default_prompts(), ratings=True, about="Priya Patel"
        )
    )


@pytest.fixture
def people(feedback, a_round):
    """The six respondents of ``a_round``, in the order added."""
    return [feedback.add_respondent(a_round.id, person) for person in PEOPLE]
