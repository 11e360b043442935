"""Run the benchmarks and print one table: what, alsdesk, reference in the same run, ratio, target.

Bytecode is compiled first (as pip does on install), then each figure is measured
beside its reference in the same run: a bare PySide6 window for the start, a bare
QTableWidget with the same rows for the actions table, the 100 ms a GUI thread
may block for the journal unlock, two key derivations for a passphrase change.
Growth is shown by measuring the actions table at 10, 100 and 1,000 rows.

    python3 bench/run.py            # a few minutes
    python3 bench/run.py --full     # adds 10,000 actions and a 5,000-entry journal
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def start_ms(args: list[str], runs: int) -> float:
    """The median start, in ms, of ``probe_start.py args`` over ``runs`` fresh processes."""
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, str(HERE / "probe_start.py"), *args],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(done.stdout.split()[0]))
    return statistics.median(times)


def row(what: str, ours: str, reference: str, ratio: float | None, target: str) -> list[str]:
    return [what, ours, reference, f"{ratio:.1f}x" if ratio is not None else "", target]


def print_table(rows: list[list[str]]) -> None:
    heads = ["what", "alsdesk", "reference in the same run", "ratio", "target"]
    print("| " + " | ".join(heads) + " |")
    print("|" + "|".join("---" for _ in heads) + "|")
    for cells in rows:
        print("| " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="the larger sizes too")
    parser.add_argument("--runs", type=int, default=3, help="start-ups per figure (median)")
    args = parser.parse_args()

    import alsdesk

    package = Path(alsdesk.__file__).resolve().parent
    compileall.compile_dir(str(package), quiet=1)
    print(f"Compiled the bytecode of {package} first.\n")
    rows: list[list[str]] = []

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo"
        subprocess.run(
            [sys.executable, "-m", "alsdesk", "--data-dir", str(demo), "demo"],
            check=True,
            capture_output=True,
        )
        bare = start_ms(["--bare"], args.runs)
        ours = start_ms([str(demo)], args.runs)
        rows.append(
            row(
                "start to the main window shown, demo data",
                f"{ours:.0f} ms",
                f"bare QMainWindow + QLabel: {bare:.0f} ms",
                ours / bare,
                "<= 2.5x",
            )
        )

    import bench_set_page

    sizes = [10, 100, 1000] + ([10000] if args.full else [])
    growth = []
    for size in sizes:
        found = bench_set_page.run(size)
        growth.append(found)
        rows.append(
            row(
                f"set page, Actions tab, {size:,} actions",
                f"{found['on_actions_ms']:.0f} ms",
                f"bare QTableWidget: {found['bare_ms']:.0f} ms",
                found["on_actions_ms"] / found["bare_ms"],
                "<= 2x",
            )
        )
    last = growth[-1]
    rows.append(
        row(
            f"set page shown on another tab, {last['actions']:,} actions",
            f"{last['hidden_ms']:.0f} ms",
            f"Actions tab open: {last['on_actions_ms']:.0f} ms",
            last["hidden_ms"] / last["on_actions_ms"],
            "nothing for the hidden tab",
        )
    )
    reloads = max(last["reloads"].values()) if last["reloads"] else 0
    rows.append(
        row(
            f"one edit (add an event), {last['actions']:,} actions",
            f"{last['edit_ms']:.0f} ms, each table reloaded {reloads}x",
            "one reload per table",
            None,
            "1 reload, <= 100 ms",
        )
    )

    import bench_set_record

    with tempfile.TemporaryDirectory() as folder:
        for per_member in (3, 24):
            found = bench_set_record.run(per_member, Path(folder))
            rows.append(
                row(
                    f"set record PDF, {found['meetings']} meetings, {found['actions']:,} actions",
                    f"{found['pdf_s'] * 1000:.0f} ms (+ {found['gather_s'] * 1000:.0f} ms "
                    "gathering)",
                    f"bare reportlab, same text and tables: {found['bare_s'] * 1000:.0f} ms",
                    found["pdf_s"] / found["bare_s"],
                    "<= 2.5x",
                )
            )

    import bench_journal_search

    for entries in (5000, 20000):
        found = bench_journal_search.run(entries)
        rows.append(
            row(
                f"journal search per keystroke, {entries:,} entries (worst)",
                f"{found['ours_ms']:.1f} ms ({found['ours_worst_ms']:.1f} ms)",
                f"FTS5 in memory: {found['fts_ms']:.1f} ms ({found['fts_worst_ms']:.1f} ms)",
                max(
                    found["ours_ms"] / found["fts_ms"],
                    found["ours_worst_ms"] / found["fts_worst_ms"],
                ),
                "<= 1.5x",
            )
        )

    import bench_journal_unlock

    for entries in [1000] + ([5000] if args.full else []):
        found = bench_journal_unlock.run(entries)
        rows.append(
            row(
                f"journal unlock, {entries:,} entries: longest GUI stall",
                f"{found['stall_ms']:.0f} ms (again: {found['again_stall_ms']:.0f} ms); "
                f"open after {found['unlock_s'] * 1000:.0f} ms",
                "100 ms",
                found["stall_ms"] / 100,
                "<= 1x",
            )
        )
        rows.append(
            row(
                f"passphrase change, {entries:,} entries",
                f"{found['change_s'] * 1000:.0f} ms",
                f"two unlocks: {2 * found['key_s'] * 1000:.0f} ms",
                found["change_s"] / (2 * found["key_s"]),
                "<= 1x",
            )
        )

    print()
    print_table(rows)
    times = [f"{g['actions']:,}: {g['on_actions_ms']:.0f} ms" for g in growth]
    print("\nActions tab growth (rows: time): " + ", ".join(times))


if __name__ == "__main__":
    main()
