#!/usr/bin/env python3
"""Benchmarks, reported as ratios against a baseline measured in the same process.

    python scripts/bench.py            # all
    python scripts/bench.py extract    # one group: extract | scale | prices | imports | chart

Nothing here asserts a time; the test suite never does. Targets (from the issues):
extraction >= 20x faster than dateparser's search_dates per article, ~linear in text
size, a cached run no slower than reading the snapshot, no yfinance import when
nothing is downloaded, seed chart rendered well under a second.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def articles() -> list:  # type: ignore[type-arg]
    from timeline.articles import read_article

    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "devset").glob("*.txt"))
    return [read_article(p) for p in paths]


def uncached(fn: Callable[[], object]) -> Callable[[], object]:
    """Clear timeline's per-text caches first, so repeats measure real work."""
    from timeline.events import clear_caches

    def run() -> object:
        clear_caches()
        return fn()

    return run


def bench_extract() -> None:
    from dateparser.search import search_dates

    from timeline.events import extract_events

    arts = articles()
    extract_events(arts[:1])
    search_dates(arts[0].text, languages=["de", "en"])  # warm both up (dateparser loads its language data)
    ours, theirs = [], []
    for a in arts:
        ours.append(best_of(uncached(lambda a=a: extract_events([a])), 5))
        theirs.append(best_of(lambda a=a: search_dates(a.text, languages=["de", "en"]), 3))
    ratio = [t / o for o, t in zip(ours, theirs, strict=False)]
    print(f"extract: {len(arts)} articles; timeline median {statistics.median(ours) * 1e3:.2f} ms/article, "
          f"search_dates median {statistics.median(theirs) * 1e3:.2f} ms/article")
    print(f"extract: speed-up vs search_dates per article: median {statistics.median(ratio):.0f}x, "
          f"min {min(ratio):.0f}x (target >= 20x)")
    n = len(search_dates(arts[0].text, languages=["de", "en"]) or [])
    print(f"extract: (search_dates finds {n} 'dates' in {arts[0].source}; timeline finds "
          f"{sum(len(__import__('timeline').find_dates(s.text)) for s in arts[0].sentences)} date mentions)")


def bench_scale() -> None:
    from timeline.articles import parse_article
    from timeline.events import extract_events

    base = "\n\n".join(a.body for a in articles()[2:6])

    def copy(n: int) -> str:
        # Each copy gets a nonsense word in every sentence: otherwise the per-sentence cache
        # would serve copies 2..k for free and make long texts look cheaper than they are.
        tag = "zz" + "".join(chr(ord("a") + int(d)) for d in str(n))  # 0 -> "zza", 17 -> "zzbh"
        return re.sub(r"\.(?=\s+[A-ZÄÖÜ\n]|$)", f" {tag}.", base)

    texts = {k: "date 2025-03-14\n\n" + "\n\n".join(copy(n) for n in range(k)) for k in (1, 10, 100)}
    arts = {k: parse_article(t, f"x{k}.txt") for k, t in texts.items()}
    t1 = best_of(uncached(lambda: extract_events([arts[1]])), 5)
    for k in (10, 100):
        tk = best_of(uncached(lambda k=k: extract_events([arts[k]])), 2 if k == 100 else 3)
        print(f"scale: {k:>3}x text ({len(texts[k]):,} chars): {tk / t1:6.1f}x the time of 1x (linear = {k}x)")
    tp = best_of(lambda: parse_article(texts[100], "p.txt"), 2) / best_of(lambda: parse_article(texts[1], "p.txt"), 5)
    print(f"scale: reading+splitting 100x text: {tp:.1f}x")


def bench_prices() -> None:
    from timeline.prices import PriceCache, Snapshot, get_prices

    snap = Snapshot()
    tickers = snap.tickers()
    with tempfile.TemporaryDirectory() as d:
        cache = PriceCache(d)
        for t in tickers:
            df = snap.load(t)
            cache.store(t, df, df["date"].min().date(), df["date"].max().date())
        t_snap = best_of(lambda: get_prices(tickers, "2024-10-01", "2025-04-24", offline=True, cache=False,
                                            notify=lambda m: None), 5)
        t_cache = best_of(lambda: get_prices(tickers, "2024-10-01", "2025-04-24", cache=cache,
                                             notify=lambda m: None), 5)
    print(f"prices: {len(tickers)} tickers; snapshot read {t_snap * 1e3:.1f} ms, cached run {t_cache * 1e3:.1f} ms "
          f"-> cached/snapshot = {t_cache / t_snap:.2f} (target <= 1)")


def bench_imports() -> None:
    def cost(stmt: str) -> float:
        runs = []
        for _ in range(3):
            out = subprocess.run([sys.executable, "-c", f"import time; t=time.perf_counter(); {stmt}; "
                                  "print(time.perf_counter()-t)"], capture_output=True, text=True, cwd=ROOT, check=True)
            runs.append(float(out.stdout.strip().splitlines()[-1]))
        return min(runs)

    base = cost("import pandas")
    ours = cost("import timeline, timeline.prices, timeline.events")
    yf = cost("import yfinance")
    offline = subprocess.run(
        [sys.executable, "-c", "import sys, timeline; timeline.get_prices(['NVDA'], '2025-01-02', '2025-01-31', "
         "offline=True, cache=False, notify=lambda m: None); print('yfinance' in sys.modules)"],
        capture_output=True, text=True, cwd=ROOT, check=True).stdout.strip()
    print(f"imports: pandas {base * 1e3:.0f} ms (baseline); timeline {ours * 1e3:.0f} ms ({ours / base:.2f}x); "
          f"yfinance {yf * 1e3:.0f} ms ({yf / base:.2f}x)")
    print(f"imports: yfinance imported by an offline run: {offline}")


def bench_chart() -> None:
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    import timeline
    from timeline.chart import render_chart

    tl = timeline.build(ROOT / "seeds", offline=True, notify=lambda m: None)
    render_chart(tl).savefig(io.BytesIO(), format="png")  # warm-up: fonts, caches

    def plain() -> None:  # baseline: a bare two-line chart of the same data
        fig = Figure(figsize=(12, 7), dpi=150)
        ax = fig.add_subplot()
        for t in tl.chart_tickers:
            ax.plot(tl.frame.index, tl.frame[f"{t}_close"])
        fig.savefig(io.BytesIO(), format="png")

    t_ours = best_of(lambda: render_chart(tl).savefig(io.BytesIO(), format="png"), 5)
    t_plain = best_of(plain, 5)
    print(f"chart: seed chart render+PNG {t_ours * 1e3:.0f} ms; bare line chart {t_plain * 1e3:.0f} ms "
          f"-> {t_ours / t_plain:.1f}x the bare chart (target: well under 1 s)")


GROUPS = {"extract": bench_extract, "scale": bench_scale, "prices": bench_prices, "imports": bench_imports,
          "chart": bench_chart}

if __name__ == "__main__":
    for name in sys.argv[1:] or list(GROUPS):
        GROUPS[name]()
