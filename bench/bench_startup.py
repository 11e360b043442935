"""Start-up costs: the CLI's import time, and opening a populated database."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_large_data import fill  # noqa: E402


def best_of(runs: int, command: list[str]) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    version = best_of(5, [sys.executable, "-m", "alsdesk", "--version"])
    print(f"alsdesk --version: {version * 1000:.0f} ms (target < 500 ms)")

    with tempfile.TemporaryDirectory() as folder:
        fill(folder, sets=200)
        probe = (
            "import sys, time; t = time.perf_counter();"
            "from alsdesk.store import open_store; from alsdesk.services import Services;"
            f"s = Services.over(open_store(r'{folder}/alsdesk.sqlite3'));"
            "n = len(s.sets.list_sets()); d = time.perf_counter() - t;"
            "print(d, n, 'alembic' in sys.modules)"
        )
        results = []
        for _ in range(5):
            out = subprocess.run(
                [sys.executable, "-c", probe], check=True, capture_output=True, text=True
            ).stdout.split()
            results.append(float(out[0]))
        print(
            f"open 200-set database and list sets: {statistics.median(results) * 1000:.0f} ms "
            f"(target < 300 ms); Alembic imported: {out[2]}"
        )


if __name__ == "__main__":
    main()
