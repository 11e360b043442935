"""How hard a journal passphrase would be to guess, in plain words.

The journal cannot be read without its passphrase, so the passphrase is the
whole of its protection against someone holding a copy of the data folder.
The estimate comes from zxcvbn, which knows common passwords, names, words,
keyboard patterns and dates; its dictionaries are large, so it is imported
only when a passphrase is first assessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate

MIN_LENGTH = 10
LABELS = (
    QT_TRANSLATE_NOOP("services", "Very weak"),
    QT_TRANSLATE_NOOP("services", "Weak"),
    QT_TRANSLATE_NOOP("services", "Fair"),
    QT_TRANSLATE_NOOP("services", "Strong"),
    QT_TRANSLATE_NOOP("services", "Very strong"),
)
ACCEPTABLE_SCORE = 3
# zxcvbn refuses input longer than 72 characters (it slows sharply); a prefix this long
# that scores well means the whole passphrase does too.
_SCORED_LENGTH = 72
# The journal key comes from the passphrase through a slow hash (Argon2id), so
# an attacker with a copy of the data tries guesses at this sort of rate.
_CRACK_TIME = "offline_slow_hashing_1e4_per_second"

EMPTY_ADVICE = QT_TRANSLATE_NOOP(
    "services",
    "Use four or more unrelated words, such as an odd little sentence only you would think of.",
)


@dataclass(frozen=True)
class Strength:
    """``score`` 0-4 and its ``label``; ``advice`` is one or two sentences to show."""

    score: int
    label: str
    advice: str
    acceptable: bool


def assess(passphrase: str, hints: Sequence[str] = ()) -> Strength:
    """How strong ``passphrase`` is; ``hints`` are words an attacker may know (names, email).

    Acceptable means score 3 or more and at least ``MIN_LENGTH`` characters.
    """
    if not passphrase:
        return Strength(0, "", translate("services", EMPTY_ADVICE), False)

    from zxcvbn import zxcvbn

    inputs = [h.strip() for h in hints if h.strip()]
    result = zxcvbn(passphrase[:_SCORED_LENGTH], user_inputs=inputs)
    score = int(result["score"])
    too_short = len(passphrase) < MIN_LENGTH
    acceptable = score >= ACCEPTABLE_SCORE and not too_short
    label = translate("services", LABELS[score])
    return Strength(score, label, _advice(result, score, too_short), acceptable)


def _advice(result: dict, score: int, too_short: bool) -> str:
    feedback = result.get("feedback") or {}
    warning = _sentence(feedback.get("warning") or "")
    suggestions = [_sentence(s) for s in feedback.get("suggestions") or [] if s]
    if too_short:
        return " ".join(
            filter(
                None,
                [
                    translate("services", "Too short: use at least %d characters.") % MIN_LENGTH,
                    warning,
                ],
            )
        )
    if score < ACCEPTABLE_SCORE:
        hint = (
            suggestions[0]
            if suggestions
            else translate("services", "Add another word or two. Uncommon words are better.")
        )
        return " ".join(filter(None, [warning, hint]))
    if score == ACCEPTABLE_SCORE:
        return translate(
            "services",
            "Acceptable, though one more unrelated word would make it much harder to guess.",
        )
    crack_time = result.get("crack_times_display", {}).get(_CRACK_TIME, "a very long time")
    return translate("services", "Good: this would take %s to guess.") % crack_time


def _sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in ".!?":
        text += "."
    return text
