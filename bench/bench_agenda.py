"""Building the agenda (list + group + flag) for a set with many events."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_large_data import fill  # noqa: E402

from alsdesk.services.schedule import build_agenda  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = fill(folder, sets=1, extra_events=489)
        [action_set] = services.sets.list_sets()
        today = dt.date(2026, 11, 23)

        def agenda():
            events = services.schedule.list_events(action_set.id)
            return build_agenda(events, today, action_set.holiday_region)

        count = sum(len(g.items) for g in agenda())
        best = min(timeit.repeat(agenda, number=1, repeat=10))
        print(f"agenda of {count} events: {best * 1000:.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
