"""A member choosing a journal passphrase is told plainly how guessable it is."""

from __future__ import annotations

import pytest

from alsdesk.services.journal.strength import MIN_LENGTH, assess


def test_nothing_typed_yet_gives_a_starting_hint():
    strength = assess("")
    assert (strength.score, strength.label, strength.acceptable) == (0, "", False)
    assert strength.advice.startswith("Use four or more unrelated words")


def test_a_common_password_is_refused_with_the_reason():
    strength = assess("password123")
    assert strength.score == 0
    assert strength.label == "Very weak"
    assert not strength.acceptable
    assert "common" in strength.advice


def test_a_short_passphrase_is_refused_and_told_it_is_too_short():
    strength = assess("xK9#mQ2!")
    assert not strength.acceptable
    assert f"at least {MIN_LENGTH} characters" in strength.advice


def test_several_unrelated_words_are_accepted_and_praised():
    strength = assess("purple tractor lighthouse")
    assert strength.score == 4
    assert strength.label == "Very strong"
    assert strength.acceptable
    assert strength.advice == "Good: this would take centuries to guess."


def test_a_fair_passphrase_is_accepted_with_a_nudge():
    strength = assess("ward7handover")
    assert strength.score == 3
    assert strength.label == "Strong"
    assert strength.acceptable
    assert "one more" in strength.advice


def test_names_the_member_gave_make_a_passphrase_weaker():
    without = assess("mensahgrace")
    with_hints = assess("mensahgrace", hints=["Grace", "Mensah", " "])
    assert without.acceptable
    assert with_hints.score < without.score
    assert not with_hints.acceptable


@pytest.mark.parametrize("passphrase", ["a", "kettle", "qwertyuiop", "Sunflower1990"])
def test_weak_passphrases_are_not_acceptable(passphrase):
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.advice
    assert strength.label in {"Very weak", "Weak", "Fair"}


def test_a_very_long_passphrase_is_assessed_quickly_and_accepted():
    strength = assess("the owl sang of tidal engines and late trains " * 20)
    assert strength.acceptable
