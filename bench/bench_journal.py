"""A journal of 5,000 entries: unlocking, building the search index, searching as you type.

Targets: the passphrase opens the keyring in about half a second at most (the
Argon2id cost is the point: it is what slows down someone guessing); reading and
decrypting every entry plus building the in-memory index takes under 1.5 s for
5,000 entries (a very full journal: a year of reflections is a few hundred);
each keystroke's search takes under 50 ms; changing the passphrase takes as long
as one unlock, however many entries there are.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from alsdesk.services import Services  # noqa: E402
from alsdesk.services.journal.entries import EntryDraft, Section  # noqa: E402
from alsdesk.services.journal.reflective_models import model  # noqa: E402
from alsdesk.services.journal.search import JournalIndex  # noqa: E402
from alsdesk.store import open_store  # noqa: E402

ENTRIES = 5000
PASSPHRASE = "bench lantern orchard tide"
WORDS = [
    "handover",
    "ward",
    "team",
    "staff",
    "patient",
    "rota",
    "meeting",
    "leadership",
    "conflict",
    "feedback",
    "safety",
    "change",
    "audit",
    "night",
    "shift",
    "manager",
    "colleague",
    "sickness",
    "recruitment",
    "budget",
    "quality",
    "improvement",
    "listening",
    "trust",
    "the",
    "a",
    "and",
    "of",
    "to",
    "in",
    "it",
    "was",
    "I",
    "we",
    "they",
    "felt",
    "didn't",
    "well-being",
    "escalation",
    "governance",
    "incident",
    "learning",
    "coaching",
    "set",
    "member",
    "discharge",
    "delegation",
    "supervision",
]


def fill(services: Services) -> None:
    rng = random.Random(5)
    gibbs = model("gibbs")
    first = dt.date(2012, 1, 1)
    for n in range(ENTRIES):
        sections = tuple(
            Section(s.heading, s.prompt, " ".join(rng.choices(WORDS, k=67))) for s in gibbs.stages
        )
        services.journal.add(
            EntryDraft(
                first + dt.timedelta(days=n),
                f"Reflection {n}: " + " ".join(rng.choices(WORDS, k=4)),
                gibbs.key,
                gibbs.name,
                sections,
                tags=(rng.choice(["conflict", "safety", "rota", "coaching"]),),
            )
        )


def seconds(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite3")
        services = Services.over(store)
        services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=True)
        made = seconds(lambda: fill(services))
        print(f"wrote {ENTRIES:,} sealed entries of ~400 words in {made:.1f} s")
        services.vault.lock()

        unlock = min(seconds(lambda: services.vault.unlock(PASSPHRASE)) for _ in range(3))
        print(f"unlock (Argon2id 64 MiB, 3 passes, 4 lanes): {unlock * 1000:.0f} ms")
        contents = None

        def read() -> None:
            nonlocal contents
            contents = services.journal.read_all()

        decrypt = seconds(read)
        print(f"decrypt and read {len(contents.entries):,} entries: {decrypt * 1000:.0f} ms")
        index = None

        def build() -> None:
            nonlocal index
            index = JournalIndex(contents.entries)

        print(f"build the search index: {seconds(build) * 1000:.0f} ms")
        typed = "handover night"
        times = []
        for end in range(1, len(typed) + 1):
            query = typed[:end]
            start = time.perf_counter()
            hits = index.search(query)
            for hit in hits[:20]:  # the rows the list paints first
                _ = hit.snippet, hit.snippet_spans, hit.title_spans
            times.append(time.perf_counter() - start)
        print(
            f"search as you type {typed!r}: median {statistics.median(times) * 1000:.1f} ms, "
            f"worst {max(times) * 1000:.1f} ms per keystroke"
        )
        nothing = min(seconds(lambda: index.search("zzzz")) for _ in range(5))
        print(f"a search that matches nothing (scans everything): {nothing * 1000:.1f} ms")
        change = seconds(
            lambda: services.vault.change_passphrase(
                PASSPHRASE, "another lantern orchard", "another lantern orchard"
            )
        )
        print(f"change the passphrase with {ENTRIES:,} entries: {change * 1000:.0f} ms")
        services.close()
        size = (Path(folder) / "bench.sqlite3").stat().st_size // 1024
        vault = (Path(folder) / "private.sqlite3").stat().st_size // 1024
        print(f"database: {size:,} kB; private vault with the journal: {vault:,} kB")


if __name__ == "__main__":
    main()
