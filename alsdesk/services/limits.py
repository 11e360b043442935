"""How much a user may type into each kind of field, checked in one place.

A *line* is a name, title, place or address: one line of at most ``LINE``
characters (calendars, PDF headers and file names show it on one line). A
*note* is free text, line breaks welcome, up to ``NOTE`` characters: long notes
are legitimate, a 100 KB set name is not.
"""

from __future__ import annotations

from alsdesk.i18n import translate

LINE = 200
NOTE = 50_000


def line_problem(value: str, label: str, limit: int = LINE) -> str | None:
    """Why ``value`` cannot be saved as a one-line field called ``label``, or None."""
    if "\n" in value or "\r" in value:
        return translate("services", "Keep the %s on one line.") % label
    if len(value) > limit:
        return translate("services", "Keep the %s to %d characters (it has %s).") % (
            label,
            limit,
            f"{len(value):,}",
        )
    return None


def note_problem(value: str, label: str, limit: int = NOTE) -> str | None:
    """Why ``value`` cannot be saved as free text called ``label``, or None."""
    if len(value) > limit:
        return translate("services", "Keep the %s to %s characters (it has %s).") % (
            label,
            f"{limit:,}",
            f"{len(value):,}",
        )
    return None


def check(problems: dict[str, str], lines: dict, notes: dict | None = None) -> None:
    """Add a message to ``problems`` for each field over its limit.

    ``lines`` and ``notes`` map a field name to (value, label); a value of None
    (a field the caller leaves unchanged) is skipped. A field that already has a
    problem keeps it (the first thing to fix comes first).
    """
    for fields, problem_of in ((lines, line_problem), (notes or {}, note_problem)):
        for field, (value, label) in fields.items():
            problem = None if value is None else problem_of(value, label)
            if problem and field not in problems:
                problems[field] = problem
