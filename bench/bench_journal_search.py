"""Journal search per keystroke against SQLite FTS5 in memory over the same text.

The entries are made in memory as bench_journal.py makes them (Gibbs' six
stages of ~67 words, a title and a tag); the reference is an in-memory FTS5
table of the same text (title, stage headings, tags, body; diacritics
removed), each typed word a prefix query, newest first, every id fetched.
Ours is ``JournalIndex.search`` plus the snippets of the 20 rows the list
paints first. The worst keystroke counts, so each is timed.

    python3 bench/bench_journal_search.py [entries ...]     # default 5000 20000
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TYPED = "handover night"


def entries(count: int) -> list:
    from bench_journal import WORDS

    from alsdesk.services.journal.entries import Entry, EntryDraft, Section
    from alsdesk.services.journal.reflective_models import model

    rng = random.Random(5)
    gibbs = model("gibbs")
    first = dt.date(2012, 1, 1)
    made = dt.datetime(2026, 1, 1)
    out = []
    for n in range(count):
        sections = tuple(
            Section(s.heading, s.prompt, " ".join(rng.choices(WORDS, k=67))) for s in gibbs.stages
        )
        draft = EntryDraft(
            first + dt.timedelta(days=n % 5000, hours=0),
            f"Reflection {n}: " + " ".join(rng.choices(WORDS, k=4)),
            gibbs.key,
            gibbs.name,
            sections,
            tags=(rng.choice(["conflict", "safety", "rota", "coaching"]),),
        )
        out.append(Entry(n + 1, draft, made, made))
    return out


def _fts(made: list) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE e USING fts5(day UNINDEXED, body,"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    db.executemany(
        "INSERT INTO e(rowid, day, body) VALUES (?, ?, ?)",
        [
            (
                e.id,
                e.draft.entry_date.isoformat(),
                "\n".join(
                    [
                        e.draft.title,
                        *(s.heading for s in e.draft.sections),
                        *e.draft.tags,
                        *(s.text for s in e.draft.sections),
                    ]
                ),
            )
            for e in made
        ],
    )
    return db


def _keystrokes(search) -> list[float]:
    times = []
    for end in range(1, len(TYPED) + 1):
        started = time.perf_counter()
        search(TYPED[:end])
        times.append(time.perf_counter() - started)
    return times


def run(count: int, repeat: int = 3) -> dict:
    from alsdesk.services.journal.search import JournalIndex

    made = entries(count)
    index = JournalIndex(made)
    db = _fts(made)

    def ours(query: str) -> None:
        for hit in index.search(query)[:20]:
            _ = hit.snippet, hit.snippet_spans, hit.title_spans

    def fts(query: str) -> None:
        words = query.split()
        if not words:
            db.execute("SELECT rowid FROM e ORDER BY day DESC, rowid DESC").fetchall()
            return
        match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
        db.execute(
            "SELECT rowid FROM e WHERE e MATCH ? ORDER BY day DESC, rowid DESC", (match,)
        ).fetchall()

    best_ours = min((_keystrokes(ours) for _ in range(repeat)), key=sum)
    best_fts = min((_keystrokes(fts) for _ in range(repeat)), key=sum)
    db.close()
    return {
        "entries": count,
        "ours_ms": 1000 * sum(best_ours) / len(best_ours),
        "ours_worst_ms": 1000 * max(best_ours),
        "fts_ms": 1000 * sum(best_fts) / len(best_fts),
        "fts_worst_ms": 1000 * max(best_fts),
    }


def main() -> None:
    for count in [int(a) for a in sys.argv[1:]] or [5000, 20000]:
        f = run(count)
        worst = f["ours_worst_ms"] / f["fts_worst_ms"]
        print(
            f"journal search, {f['entries']:,} entries, typing {TYPED!r}: mean "
            f"{f['ours_ms']:.1f} ms (worst {f['ours_worst_ms']:.1f}); FTS5 in memory "
            f"{f['fts_ms']:.1f} ms (worst {f['fts_worst_ms']:.1f}); "
            f"{f['ours_ms'] / f['fts_ms']:.1f}x, worst {worst:.1f}x"
            " (target <= 1.5x)"
        )


if __name__ == "__main__":
    main()
