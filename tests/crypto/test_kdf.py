"""Passphrase stretching: the recipe is stored with the salt and reproduces the key."""

from __future__ import annotations

import json
import unicodedata

import pytest

from alsdesk.crypto import kdf


def test_the_default_recipe_is_argon2id_with_rfc_9106_costs():
    params = kdf.default_params()
    assert params.algorithm == kdf.ARGON2ID
    assert params.cost == (64 * 1024, 3, 4)
    assert len(params.salt) == kdf.SALT_LENGTH


def test_each_recipe_gets_its_own_salt():
    assert kdf.fast_params().salt != kdf.fast_params().salt


def test_the_recipe_survives_a_round_trip_through_json():
    params = kdf.fast_params()
    again = kdf.KdfParams.from_dict(json.loads(json.dumps(params.to_dict())))
    assert again == params
    assert kdf.derive_key("sturdy lantern orchard", again) == kdf.derive_key(
        "sturdy lantern orchard", params
    )


def test_different_passphrases_or_salts_give_different_keys():
    params = kdf.fast_params()
    key = kdf.derive_key("sturdy lantern orchard", params)
    assert len(key) == 32
    assert kdf.derive_key("sturdy lantern orchards", params) != key
    assert kdf.derive_key("sturdy lantern orchard", kdf.fast_params()) != key


def test_scrypt_recipes_still_open():
    params = kdf.KdfParams(kdf.SCRYPT, b"0123456789abcdef", (2**10, 8, 1))
    assert kdf.derive_key("x", params) == kdf.derive_key("x", params)


def test_an_accent_typed_two_ways_is_the_same_passphrase():
    composed = unicodedata.normalize("NFC", "Siobhán café")
    decomposed = unicodedata.normalize("NFD", "Siobhán café")
    assert composed != decomposed
    params = kdf.fast_params()
    assert kdf.derive_key(composed, params) == kdf.derive_key(decomposed, params)


def test_an_unknown_recipe_is_refused():
    with pytest.raises(ValueError):
        kdf.KdfParams.from_dict({"algorithm": "md5", "salt": "", "cost": [1, 1, 1]})
