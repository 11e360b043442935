"""Goals with long histories: the run-chart rules, the goals page and the report PDF.

Targets: analysing a measure of 1,000 points takes under 50 ms (the rules run on
every update); the goals page shows a goal of five years of weekly updates (260
points) with its chart in under 300 ms, as a run chart or as an XmR chart (rebased,
with its moving-range chart); its progress report PDF is written in under 3 s (in a
worker thread, so the window never waits on it), with either chart.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import timeit
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from alsdesk.services import Services  # noqa: E402
from alsdesk.services.goals import (  # noqa: E402
    ChartOptions,
    GoalDraft,
    GoalStatus,
    Measure,
    UpdateDraft,
)
from alsdesk.services.run_chart import RunPoint, analyse  # noqa: E402
from alsdesk.services.spc import ChartKind  # noqa: E402
from alsdesk.store import open_store  # noqa: E402

WEEKS = 260


def series(count: int, seed: int = 7) -> list[RunPoint]:
    """Weekly values around 40, stepping up by 8 halfway through."""
    rng = random.Random(seed)
    first = dt.date(2022, 1, 3)
    return [
        RunPoint(
            first + dt.timedelta(weeks=week),
            round(40 + (8 if week > count // 2 else 0) + rng.gauss(0, 4), 1),
        )
        for week in range(count)
    ]


def long_goal(services: Services) -> int:
    me = services.people.set_me("Bench Person")
    points = series(WEEKS)
    services.goals.today = lambda: points[-1].date  # the history runs to its last week
    goal = services.goals.create(
        me.id,
        GoalDraft(
            "Five years of weekly audits",
            status=GoalStatus.ACTIVE,
            measure=Measure("Audit score", "%", 40, points[0].date, 60, points[-1].date),
            median_points=20,
        ),
    )
    for point in points:
        services.goals.add_update(goal.id, UpdateDraft(point.date, point.value, "Weekly audit"))
    return me.id


def best_ms(statement, number: int = 1, repeat: int = 5) -> float:
    return min(timeit.repeat(statement, number=number, repeat=repeat)) / number * 1000


def main() -> None:
    app = QApplication([])
    from alsdesk.exports.goal_pdf import write_goal_pdf
    from alsdesk.ui.person.goals_page import GoalsPage

    thousand = series(1000)
    print(f"analyse 1,000 points: {best_ms(lambda: analyse(thousand, 20), number=5):.1f} ms")

    with tempfile.TemporaryDirectory() as folder:
        services = Services.over(open_store(Path(folder) / "bench.sqlite3"))
        person_id = long_goal(services)
        [goal] = services.goals.list_goals(person_id)
        page = GoalsPage(services.goals, lambda: dt.date(2027, 1, 1))
        page.resize(1100, 700)
        page.show()

        def show() -> None:
            page.show_person(person_id)
            page.chart.repaint()
            app.processEvents()

        print(f"goals page with {WEEKS} points, chart painted: {best_ms(show):.0f} ms")
        target = Path(folder) / "goal.pdf"
        report = services.goals.report(goal.id)
        seconds = best_ms(lambda: write_goal_pdf(report, target, dt.date(2027, 1, 1))) / 1000
        print(f"goal report PDF: {seconds:.2f} s, {target.stat().st_size // 1024} kB")

        options = ChartOptions(ChartKind.XMR, moving_range_chart=True)
        services.goals.update(goal.id, replace(goal.draft(), chart=options))
        dates = [u.date for u in services.goals.updates(goal.id)]
        services.goals.add_rebase(goal.id, dates[len(dates) // 2])

        def show_xmr() -> None:
            page.show_person(person_id)
            page.detail.xmr_chart.repaint()
            app.processEvents()

        print(f"goals page, XmR chart rebased with moving ranges: {best_ms(show_xmr):.0f} ms")
        report = services.goals.report(goal.id)
        seconds = best_ms(lambda: write_goal_pdf(report, target, dt.date(2027, 1, 1))) / 1000
        print(f"goal report PDF with the XmR chart: {seconds:.2f} s")


if __name__ == "__main__":
    main()
