"""Passphrase -> 256-bit key, with the parameters kept beside the salt.

Argon2id (RFC 9106's second recommended set: 64 MiB, 3 passes, 4 lanes) when the
installed ``cryptography`` has it, otherwise scrypt (N=2**17, r=8, p=1). The
parameters travel with the salt as a small dict, so a later version can raise
them for new keyrings and still open old ones.
"""

from __future__ import annotations

import base64
import os
import unicodedata
from dataclasses import dataclass
from typing import Any

KEY_LENGTH = 32
SALT_LENGTH = 16
ARGON2ID = "argon2id"
SCRYPT = "scrypt"


@dataclass(frozen=True)
class KdfParams:
    """One key-derivation recipe: the algorithm, its cost settings and the salt.

    For Argon2id ``cost`` is (memory in KiB, iterations, lanes); for scrypt it is
    (n, r, p).
    """

    algorithm: str
    salt: bytes
    cost: tuple[int, int, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "algorithm": self.algorithm,
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "cost": list(self.cost),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        algorithm = data["algorithm"]
        if algorithm not in (ARGON2ID, SCRYPT):
            raise ValueError(f"Unknown key derivation {algorithm!r}")
        a, b, c = (int(v) for v in data["cost"])
        return cls(algorithm, base64.b64decode(data["salt"]), (a, b, c))


def argon2id_available() -> bool:
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401
    except ImportError:
        return False
    return True


def default_params() -> KdfParams:
    """Today's recipe with a fresh random salt."""
    salt = os.urandom(SALT_LENGTH)
    if argon2id_available():
        return KdfParams(ARGON2ID, salt, (64 * 1024, 3, 4))
    return KdfParams(SCRYPT, salt, (2**17, 8, 1))


def fast_params() -> KdfParams:
    """A deliberately cheap recipe for tests only: same code path, tiny cost."""
    salt = os.urandom(SALT_LENGTH)
    if argon2id_available():
        return KdfParams(ARGON2ID, salt, (8 * 1024, 1, 1))
    return KdfParams(SCRYPT, salt, (2**10, 8, 1))


def passphrase_bytes(passphrase: str) -> bytes:
    """The same bytes for the same passphrase however the keyboard composed it."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    secret = passphrase_bytes(passphrase)
    if params.algorithm == ARGON2ID:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        memory, iterations, lanes = params.cost
        return Argon2id(
            salt=params.salt,
            length=KEY_LENGTH,
            iterations=iterations,
            lanes=lanes,
            memory_cost=memory,
        ).derive(secret)
    if params.algorithm == SCRYPT:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        n, r, p = params.cost
        return Scrypt(salt=params.salt, length=KEY_LENGTH, n=n, r=r, p=p).derive(secret)
    raise ValueError(f"Unknown key derivation {params.algorithm!r}")
