"""How long the chart rules take as a series grows: run chart (IHI, Anhøj) and XmR.

    python3 bench/bench_charts.py

Target: under 50 ms at 10,000 points for each, so a goal's page never waits on its
chart (a member may record a measure daily for years); growth close to linear.
Then the two chart widgets are painted (offscreen) at 10,000 points, with the XmR
chart's moving ranges: no target, a figure to watch (the GUI thread's budget is 100 ms).
"""

from __future__ import annotations

import datetime as dt
import random
import time

from alsdesk.services.run_chart import RuleSet, RunPoint, analyse, fewest_crossings
from alsdesk.services.spc import xmr

SIZES = (10, 100, 1_000, 10_000)
TARGET_MS = 50


def series(count: int) -> list[RunPoint]:
    rng = random.Random(count)
    start = dt.date(2000, 1, 1)
    return [RunPoint(start + dt.timedelta(days=i), rng.gauss(50, 10)) for i in range(count)]


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times) * 1000


def main() -> None:
    print(f"{'points':>8} {'IHI ms':>9} {'Anhøj ms':>9} {'XmR ms':>9}")
    for size in SIZES:
        points = series(size)
        ihi = best_of(3, lambda p=points: analyse(p))

        def anhoej_uncached(p=points):
            fewest_crossings.cache_clear()  # the limit is cached per length: time the first
            return analyse(p, rule_set=RuleSet.ANHOEJ)

        anhoej = best_of(3, anhoej_uncached)
        chart = best_of(3, lambda p=points: xmr(p, target=60))
        print(f"{size:>8} {ihi:>9.1f} {anhoej:>9.1f} {chart:>9.1f}")
    worst = max(ihi, anhoej, chart)
    verdict = "met" if worst <= TARGET_MS else "MISSED"
    print(f"target: each under {TARGET_MS} ms at {SIZES[-1]:,} points: {verdict}")
    paint_widgets(series(SIZES[-1]))


def paint_widgets(points: list[RunPoint]) -> None:
    """Paint times of the run chart and XmR chart widgets (1024 x 600, offscreen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from alsdesk.services.goals import Measure
    from alsdesk.ui.person.charts.run_chart_widget import RunChartWidget
    from alsdesk.ui.person.charts.xmr_chart_widget import XmrChartWidget

    app = QApplication.instance() or QApplication([])
    measure = Measure(name="Score", target_value=60)
    run = RunChartWidget()
    run.set_chart(analyse(points), measure)
    spc = XmrChartWidget()
    spc.set_chart(xmr(points, target=60, rebase_on=(points[len(points) // 2].date,)), measure, True)
    for name, widget in (("run chart", run), ("XmR + moving ranges", spc)):
        widget.resize(1024, 600)
        took = best_of(3, widget.grab)
        print(f"paint {name} at {len(points):,} points: {took:.0f} ms")
    del app


if __name__ == "__main__":
    main()
