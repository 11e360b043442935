"""Fill a data folder with many sets, members and events (for benchmarks and UI trials)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alsdesk.services import Services  # noqa: E402
from alsdesk.services.members import PersonDraft
from alsdesk.services.schedule import EventDraft, EventKind
from alsdesk.services.sets import SetDraft
from alsdesk.store import open_store


def fill(data_dir: str, sets: int = 200, extra_events: int = 0, actions: int = 0) -> Services:
    """``sets`` sets of 8 members with a year's events; with ``actions``, every set
    meeting of each set is held (all present) and that many actions agreed in each set."""
    from pathlib import Path

    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    services = Services.over(open_store(folder / "alsdesk.sqlite3"))
    start = dt.date(2026, 9, 14)
    for number in range(sets):
        action_set = services.sets.create(SetDraft(name=f"Set {number:04d}", venue="Room 2"))
        for member in range(8):
            services.members.add_new(action_set.id, PersonDraft(f"Person {number}-{member}"))
        services.schedule.generate_default(action_set.id, start)
        services.schedule.add_many(
            action_set.id,
            [
                EventDraft(EventKind.OTHER, f"Event {i}", start + dt.timedelta(days=i))
                for i in range(extra_events)
            ],
        )
        if actions:
            from bench_set_page import fill_actions

            fill_actions(services, action_set.id, actions)
    return services


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir")
    parser.add_argument("--sets", type=int, default=200)
    parser.add_argument("--extra-events", type=int, default=0)
    parser.add_argument(
        "--actions", type=int, default=0, help="hold each set's meetings and agree this many"
    )
    args = parser.parse_args()
    fill(args.data_dir, args.sets, args.extra_events, args.actions)
    print(f"Filled {args.data_dir} with {args.sets} sets")


if __name__ == "__main__":
    main()
