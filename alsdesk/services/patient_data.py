"""Spotting patient-identifiable data in free text: NHS numbers, dates of birth, postcodes.

Members must not keep patient-identifiable information in their journals and
notes. This guard is a safety net, not a proof: it finds the common
identifiers a pattern can find, so the editor can warn quietly and an export
can ask before anything leaves the machine. Names, wards and rare conditions
it cannot see, which is why ``warning_text`` always carries the guidance too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate


class Kind(Enum):
    NHS_NUMBER = "nhs_number"
    DATE_OF_BIRTH = "date_of_birth"
    POSTCODE = "postcode"

    @property
    def label(self) -> str:
        return translate("services", _LABELS[self])


_LABELS = {
    Kind.NHS_NUMBER: QT_TRANSLATE_NOOP("services", "NHS number"),
    Kind.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("services", "date of birth"),
    Kind.POSTCODE: QT_TRANSLATE_NOOP("services", "postcode"),
}
_ARTICLES = {Kind.NHS_NUMBER: "an", Kind.DATE_OF_BIRTH: "a", Kind.POSTCODE: "a"}
_PLURALS = {
    Kind.NHS_NUMBER: "NHS numbers",
    Kind.DATE_OF_BIRTH: "dates of birth",
    Kind.POSTCODE: "postcodes",
}
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True)
class Finding:
    """One identifier: what it looks like and where it is (``text[start:end]``)."""

    kind: Kind
    start: int
    end: int
    text: str


# People younger than this are rarely written about with a full date unless it
# is a birth date; an older full date is most likely one.
ADULT_YEARS = 16

# --- NHS numbers ----------------------------------------------------------

_NHS_NUMBER = re.compile(r"(?<!\d)(\d{3})([ -]?)(\d{3})\2(\d{4})(?!\d)")
_TEN_DIGITS = re.compile(r"[0-9]{10}")


def is_valid_nhs_number(digits: str) -> bool:
    """True for ten digits whose last is the right modulus-11 check digit.

    Spaces and hyphens between the digits are ignored, so "943 476 5919" and
    "9434765919" are both valid. A check digit that would have to be 10 means
    no valid number has those first nine digits.
    """
    digits = digits.replace(" ", "").replace("-", "")
    if not _TEN_DIGITS.fullmatch(digits):
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


# --- dates of birth -------------------------------------------------------

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_NOT_BEFORE = r"(?<![\w/.\-])"
_NOT_AFTER = r"(?![\w]|[/.\-]\d)"

_DATES = (
    # 12/03/1957, 12.03.57, 12-3-1957: day first, as written in the UK.
    re.compile(
        _NOT_BEFORE
        + r"(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
        + _NOT_AFTER
    ),
    # 1957-03-12 (ISO) and 1957/03/12.
    re.compile(
        _NOT_BEFORE
        + r"(?P<y>\d{4})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
        + _NOT_AFTER
    ),
    # 3 March 1957, 3rd Mar. 1957, 3rd of March, 1957, 3 Mar '57.
    re.compile(
        r"(?<![\w])(?P<d>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?(?P<mn>" + _MONTH + r")"
        r",?\s+(?P<y>\d{4}|['’]\d{2})(?!\w)",
        re.IGNORECASE,
    ),
    # March 3, 1957 and March 3rd 1957.
    re.compile(
        rf"(?<![\w])(?P<mn>{_MONTH})\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+(?P<y>\d{{4}})(?!\w)",
        re.IGNORECASE,
    ),
)

_BIRTH_WORDS = (
    r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bbirth\s?date\b|\bbirth\s?day\b|\bborn\b)"
)
# The keyword, then at most a few small words: "DOB: ", "born on ", "date of birth was ".
_BIRTH_BEFORE = re.compile(
    _BIRTH_WORDS
    + r"[\s:;,.()\-–—]*(?:(?:on|was|is|of|in|the|their|his|her|date)\b[\s:;,.()\-–—]*){0,3}$",
    re.IGNORECASE,
)
# "12/03/1957 (DOB)", "12/03/1957, date of birth".
_BIRTH_AFTER = re.compile(r"^[\s,(\[]*" + _BIRTH_WORDS, re.IGNORECASE)
_LOOK_BEFORE = 40
_LOOK_AFTER = 20


def _year(text: str, today: dt.date) -> int:
    text = text.lstrip("'’")
    year = int(text)
    if len(text) == 2:
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _parse_date(match: re.Match[str], today: dt.date) -> dt.date | None:
    groups = match.groupdict()
    month = _MONTHS[groups["mn"].rstrip(".").lower()] if groups.get("mn") else int(groups["m"])
    try:
        return dt.date(_year(groups["y"], today), month, int(groups["d"]))
    except ValueError:
        return None


def _years_before(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _introduced_as_birth_date(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _LOOK_BEFORE) : start]
    after = text[end : end + _LOOK_AFTER]
    return bool(_BIRTH_BEFORE.search(before) or _BIRTH_AFTER.match(after))


def _dates_of_birth(text: str, today: dt.date) -> list[Finding]:
    adult_born_by = _years_before(today, ADULT_YEARS)
    found = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            date = _parse_date(match, today)
            if date is None:
                continue
            start, end = match.span()
            if date <= adult_born_by or _introduced_as_birth_date(text, start, end):
                found.append(Finding(Kind.DATE_OF_BIRTH, start, end, match.group()))
    return found


# --- postcodes ------------------------------------------------------------

# The official shapes: A9, A99, A9A, AA9, AA99 and AA9A, then 9AA; Q, V and X
# never lead, I, J and Z are never second, and C, I, K, M, O and V never end.
_OUTWARD = (
    r"(?:[A-PR-UWYZ][0-9][0-9]?"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
)
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<out>" + _OUTWARD + r")[ \t\u00a0]?(?P<in>" + _INWARD + r")"
    r"|GIR[ \t\u00a0]?0AA)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_ORDINAL_WORD = re.compile(r"1st|2nd|3rd|[04-9]th")


def _postcodes(text: str) -> list[Finding]:
    found = []
    for match in _POSTCODE.finditer(text):
        inward = match.group("in")
        # "the A1 2nd exit", "M6 3rd lane": an ordinal in lower case is not a postcode.
        if inward and _ORDINAL_WORD.fullmatch(inward):
            continue
        found.append(Finding(Kind.POSTCODE, match.start(), match.end(), match.group()))
    return found


def _nhs_numbers(text: str) -> list[Finding]:
    return [
        Finding(Kind.NHS_NUMBER, m.start(), m.end(), m.group())
        for m in _NHS_NUMBER.finditer(text)
        if is_valid_nhs_number(m.group(1) + m.group(3) + m.group(4))
    ]


# --- the guard ------------------------------------------------------------


def find_identifiers(text: str, today: dt.date) -> list[Finding]:
    """Every identifier found in ``text``, in order and never overlapping.

    ``today`` decides which full dates are old enough to be taken for a birth
    date without a word such as "DOB" or "born" before them.
    """
    candidates = _nhs_numbers(text) + _dates_of_birth(text, today) + _postcodes(text)
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    findings: list[Finding] = []
    for finding in candidates:
        if not findings or finding.start >= findings[-1].end:
            findings.append(finding)
    return findings


def redact(text: str, today: dt.date) -> str:
    """``text`` with each identifier replaced by a marker such as "[postcode removed]"."""
    parts = []
    position = 0
    for finding in find_identifiers(text, today):
        parts.append(text[position : finding.start])
        parts.append(f"[{finding.kind.label} removed]")
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


GUIDANCE = (
    "Professional guidance is to write reflections so that no patient can be identified. "
    "Removing names alone is not enough: a ward, a date, a rare condition or an age "
    "can identify someone."
)


def warning_text(findings: Sequence[Finding], subject: str = "This entry seems") -> str:
    """Plain words for the editor or an export question; "" when nothing was found.

    Says which kinds of identifier were seen (never the values themselves) and
    the guidance on writing about patients.
    """
    if not findings:
        return ""
    counts = {kind: 0 for kind in Kind}
    for finding in findings:
        counts[finding.kind] += 1
    things = [_describe(kind, n) for kind, n in counts.items() if n]
    return f"{subject} to hold {_join(things)}. {GUIDANCE}"


def _describe(kind: Kind, count: int) -> str:
    if count == 1:
        return f"{_ARTICLES[kind]} {kind.label}"
    number = _NUMBER_WORDS[count - 2] if count - 2 < len(_NUMBER_WORDS) else str(count)
    return f"{number} {_PLURALS[kind]}"


def _join(things: list[str]) -> str:
    if len(things) == 1:
        return things[0]
    return ", ".join(things[:-1]) + " and " + things[-1]
