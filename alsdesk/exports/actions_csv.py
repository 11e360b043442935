"""The set's action tracker as a CSV file for a spreadsheet.

UTF-8 with a byte-order mark, so Excel shows names like Łukasz or Şule rightly;
dates are ISO (YYYY-MM-DD) so every spreadsheet sorts them as dates.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from alsdesk.services.actions import ActionInfo
from alsdesk.services.sets import SetInfo

HEADER = (
    "Member",
    "Action",
    "Agreed at meeting",
    "Due",
    "Status",
    "Overdue",
    "Last comment",
    "Reviewed on",
)
# A cell starting with one of these is run as a formula by spreadsheets; a leading
# apostrophe keeps it text ("- call the ward manager", "=HYPERLINK(...)").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_actions_csv(
    set_info: SetInfo, actions: Sequence[ActionInfo], path: Path, today: dt.date
) -> None:
    """Write one row per action; ``today`` decides which open actions are overdue.

    Every action must belong to ``set_info``: a set's actions are confidential
    to it, so a mix-up is refused rather than written.
    """
    strangers = [a.id for a in actions if a.set_id != set_info.id]
    if strangers:
        raise ValueError(f"actions {strangers} are not of set {set_info.id}")
    with Path(path).open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        writer.writerows(_row(action, today) for action in actions)


def _row(action: ActionInfo, today: dt.date) -> list[str]:
    return [
        _cell(action.owner_name),
        _cell(action.text),
        action.agreed_on.isoformat(),
        _iso(action.due_date),
        action.status.label,
        "yes" if action.overdue(today) else "no",
        _cell(action.comment),
        _iso(action.reviewed_on),
    ]


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value
