"""``build()``: the whole pipeline in one call, and the :class:`Timeline` it returns.

articles -> events -> prices -> timeline -> chart. The CLI's ``timeline build``
is a thin wrapper over :func:`build` and :meth:`Timeline.save`.

Example:
    >>> import timeline
    >>> tl = timeline.build(offline=True)  # doctest: +SKIP
    >>> tl.events_frame()[["date", "kind", "title"]]  # doctest: +SKIP
    >>> tl.plot()  # doctest: +SKIP
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from ._io import write_with
from .articles import Article, read_articles
from .entities import EntityTable
from .errors import PriceDataError, TickerError, UsageError
from .events import Event, Events, extract_events
from .prices import SharesInfo, Snapshot, default_snapshot_dir, fetch_shares_outstanding, get_prices, shares_outstanding
from .sessions import exchange_for
from .timeline import event_table, merge, pin_events

CHART_MARGIN_DAYS = 21
ESTIMATION_DAYS = 200  # calendar days of history before the chart window (~135 sessions)
OFFLINE_BENCHMARKS = ("QQQ", "SPY")
ONLINE_BENCHMARKS = {"XNYS": "^NDX", "XETR": "^GDAXI", "XTKS": "^N225", "XPAR": "^FCHI", "XLON": "^FTSE"}


@dataclass
class Timeline:
    """The merged result: events, prices and the per-session frame, ready to plot or save."""

    articles: list[Article]
    events: list[Event]
    prices: pd.DataFrame
    frame: pd.DataFrame
    primary: str
    benchmark: str | None
    chart_tickers: list[str]
    warnings: list[str] = field(default_factory=list)
    snapshot: Snapshot | None = None
    shares_info: dict[str, SharesInfo] = field(default_factory=dict)

    # --- derived tables -------------------------------------------------------------
    def events_frame(self) -> pd.DataFrame:
        """Events with their session and the measured move (one row per event)."""
        return event_table(self.events, self.prices, self.benchmark, self.snapshot, shares=self.shares_info)

    @property
    def shares(self) -> dict[str, float]:
        """Shares outstanding known for the tickers in this timeline."""
        return {t: info[0] for t, info in self.shares_info.items()}

    @property
    def measures(self) -> pd.DataFrame:
        """Event study per (event, ticker): returns, market-model AR/CAR and t, value change."""
        from .measures import event_study

        return event_study(self.events, self.prices, self.benchmark, shares=self.shares)

    @property
    def claims(self) -> pd.DataFrame:
        """Every stated move checked against the data (see :mod:`timeline.claims`)."""
        from .claims import check_claims

        return check_claims(self.events, self.prices, shares=self.shares)

    def largest_moves(self, n: int = 5) -> pd.DataFrame:
        """Top-n one-day moves per ticker in the chart window, with the nearest events."""
        from .measures import largest_moves

        lo, hi = self.frame.index.min(), self.frame.index.max()
        prev = self.prices[self.prices["date"] < lo]["date"].max()  # keep the first day's return
        window = self.prices[(self.prices["date"] >= (prev if pd.notna(prev) else lo)) & (self.prices["date"] <= hi)]
        moves = largest_moves(window, self.events, n)
        kept: pd.DataFrame = moves[moves["session"] >= lo].reset_index(drop=True)
        return kept

    @property
    def sources(self) -> dict[str, str]:
        """Where each ticker's prices came from."""
        return {t: p.describe() for t, p in self.prices.attrs.get("provenance", {}).items()}

    @property
    def title(self) -> str:
        names = {self.primary: self.primary}
        label = " vs ".join([names.get(t, t) for t in self.chart_tickers])
        n_art = len(self.articles)
        own = sum(1 for e in self.events if e.date_basis == "given by the user")
        src = f"{n_art} article{'s' if n_art != 1 else ''}" + (f" and {own} of your own" if own else "")
        return f"{label}: {len(self.events)} events from {src}"

    @property
    def subtitle(self) -> str:
        idx = self.frame.index
        span = f"{idx.min().date()} to {idx.max().date()}"
        how = "close, indexed to 100 at the first session" if len(self.chart_tickers) > 1 else "daily close"
        return f"Daily {how}, {span}; events placed on the trading session they first affect (NYSE calendar)"

    @property
    def price_note(self) -> str:
        prov = self.prices.attrs.get("provenance", {})
        by_source: dict[str, list[str]] = {}
        for t, p in prov.items():
            by_source.setdefault(p.source, []).append(t)
        parts = []
        for src, ts in sorted(by_source.items()):
            if src == "snapshot":
                parts.append(f"{', '.join(ts)}: offline snapshot of public daily prices (seeds/prices/SOURCES.md); "
                             "adjusted for dividends per file, so levels may sit slightly below traded prices")
            elif src == "cache":
                parts.append(f"{', '.join(ts)}: Yahoo Finance via yfinance (cached)")
            else:
                parts.append(f"{', '.join(ts)}: Yahoo Finance via yfinance")
        note = "Prices: " + ("; ".join(parts) if parts else "source not recorded") + "."
        sh = self.shares_info.get(self.primary)
        if sh is not None:
            note += f" Market value uses {sh[0] / 1e6:,.0f}m {self.primary} shares outstanding as of {sh[1]} ({sh[2].split(':')[0]})."
        return note

    # --- outputs -----------------------------------------------------------------------
    def plot(self, ax: Any = None, **kwargs: Any) -> Any:
        """Draw the chart on ``ax`` (default: current Axes); returns the Axes."""
        from .chart import plot_timeline

        kwargs.setdefault("tickers", self.chart_tickers)
        kwargs.setdefault("primary", self.primary)
        return plot_timeline(self, ax=ax, **kwargs)

    def figure(self, **kwargs: Any) -> Any:
        """A complete report figure (title, legend, sources); see :func:`timeline.chart.render_chart`."""
        from .chart import render_chart

        return render_chart(self, **kwargs)

    def to_csv(self, out: str | os.PathLike[str]) -> dict[str, Path]:
        """Write ``timeline.csv`` (per session) and ``events.csv`` (per event) into ``out``."""
        out = Path(out)
        written = {}
        tables = (("timeline.csv", self.frame, True), ("events.csv", self.events_frame(), False),
                  ("measures.csv", self.measures, False), ("claims.csv", self.claims, False),
                  ("largest_moves.csv", self.largest_moves(), False))
        for name, df, index in tables:
            written[name] = write_with(out / name, _csv_writer(df, index))
        return written

    def save(
        self, out: str | os.PathLike[str] = "output", *, formats: Sequence[str] = ("png", "svg"),
        width: float = 12.0, dpi: int = 150, **chart: Any
    ) -> dict[str, Path]:
        """Write CSVs and the chart in each format into ``out``; returns the paths."""
        from .chart import save_chart

        written = self.to_csv(out)
        fig = self.figure(width=width, dpi=dpi, **chart)
        for fmt in formats:
            written[f"timeline.{fmt}"] = save_chart(fig, Path(out) / f"timeline.{fmt}", dpi=dpi)
        from .report import report_markdown

        written["report.md"] = write_with(Path(out) / "report.md", lambda p: p.write_text(
            report_markdown(self, chart="timeline.png"), encoding="utf-8"))
        return written

    def _repr_html_(self) -> str:
        ev = self.events_frame()[["date", "session", "kind", "title", "tickers", "granularity", "source", "measured"]]
        src = "".join(f"<li>{html.escape(s)}</li>" for s in self.sources.values())
        warn = "".join(f"<li>{html.escape(w)}</li>" for w in self.warnings)
        return (
            f"<div><b>{html.escape(self.title)}</b><br><small>{html.escape(self.subtitle)}</small>"
            f"{ev.to_html(index=False, na_rep='')}<details><summary>Price sources</summary><ul>{src}</ul></details>"
            + (f"<details><summary>Warnings ({len(self.warnings)})</summary><ul>{warn}</ul></details>" if warn else "")
            + "</div>"
        )

    def __repr__(self) -> str:
        return (f"Timeline({len(self.events)} events, {len(self.frame)} sessions "
                f"{self.frame.index.min().date()}..{self.frame.index.max().date()}, tickers={list(self.prices['ticker'].unique())})")


def _csv_writer(df: pd.DataFrame, index: bool) -> Callable[[Path], object]:
    def write(p: Path) -> None:
        df.to_csv(p, index=index, date_format="%Y-%m-%d", float_format="%.6g", lineterminator="\n")

    return write


def _parse_tickers(tickers: Sequence[str] | str | None) -> list[str]:
    if tickers is None:
        return []
    if isinstance(tickers, str):
        tickers = tickers.split(",")
    return [t.strip() for t in tickers if t and t.strip()]


def build(
    articles: Sequence[str | os.PathLike[str] | Article] | str | os.PathLike[str] | None = None,
    *,
    tickers: Sequence[str] | str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
    offline: bool = False,
    benchmark: str | None = None,
    published: str | None = None,
    peers: bool = True,
    events: Sequence[Event] | pd.DataFrame | str | os.PathLike[str] | None = None,
    cache: Any = None,
    snapshot: str | os.PathLike[str] | None = None,
    session: Any = None,
    notify: Callable[[str], None] | None = None,
    progress: bool | None = None,
) -> Timeline:
    """Run the pipeline: read articles, extract events, get prices, merge.

    With no arguments it reads ``seeds/`` (the snapshot folder), takes the tickers
    named by the events plus a benchmark and the primary stock's peers, and picks
    a date range three weeks either side of the events. ``events`` adds events of
    your own: a list of :class:`Event`, a DataFrame or a CSV/TOML file
    (see :mod:`timeline.events_io`).

    Example:
        >>> tl = build(offline=True)  # doctest: +SKIP
        >>> tl.frame.loc["2025-01-27", "NVDA_return"]  # doctest: +SKIP
    """
    warnings: list[str] = []

    def say(msg: str) -> None:
        warnings.append(msg)
        if notify is not None:
            notify(msg)

    snap = Snapshot(snapshot)
    if articles is None:
        articles = [default_snapshot_dir()] if snapshot is None else [snap.root]
    if isinstance(articles, (str, os.PathLike)):
        articles = [articles]
    arts = [a for a in articles if isinstance(a, Article)]
    paths = [a for a in articles if not isinstance(a, Article)]
    if paths:
        arts += read_articles(paths, published=published)
    if not arts and events is None:
        raise UsageError("no articles given; pass article files or a folder of them")
    evs = extract_events(arts, entities=EntityTable.load(), warn=say) if arts else []
    evs = Events(sorted([*evs, *_user_events(events)], key=lambda e: e.date))
    if not evs:
        say("no dated events found in the articles; the chart shows prices only")

    wanted = _parse_tickers(tickers)
    named = list(dict.fromkeys(t for e in evs for t in e.tickers))
    candidates = wanted or [t for t in named if not t.startswith("^")] or named
    primary: str | None = candidates[0] if candidates else None
    table = EntityTable.load()
    if not wanted:
        wanted = [t for t in named if not t.startswith("^")]
        if peers and primary:
            wanted += list(table.peers_of(primary))

    # Date range: three weeks either side of the events unless given.
    if evs:
        lo = min(e.date for e in evs) - timedelta(days=CHART_MARGIN_DAYS)
        hi = max(e.date for e in evs) + timedelta(days=CHART_MARGIN_DAYS)
    else:
        hi = date.today()
        lo = hi - timedelta(days=90)
    d0 = pd.Timestamp(start).date() if start else lo
    d1 = pd.Timestamp(end).date() if end else hi
    if d1 < d0:
        raise UsageError(f"--start {d0} is after --end {d1}; swap them")

    exch = exchange_for(primary) if primary else "XNYS"
    bench_candidates = [benchmark] if benchmark else (
        list(OFFLINE_BENCHMARKS) if offline else [ONLINE_BENCHMARKS.get(exch, "^NDX"), *OFFLINE_BENCHMARKS])
    all_tickers = list(dict.fromkeys([t for t in wanted if t] + bench_candidates))
    # History before the chart window feeds the market model's estimation window.
    fetch_from = d0 - timedelta(days=ESTIMATION_DAYS)
    held: list[str] = []
    prices = get_prices(all_tickers, fetch_from, d1, offline=offline, cache=cache, snapshot=snap, session=session,
                        notify=held.append, progress=progress)
    have = set(prices["ticker"].unique())
    bench = next((b for b in bench_candidates if b in have), None)
    # A benchmark candidate that fell back to the next one is a note, not a failure.
    skipped = [b for b in bench_candidates if b != bench and b not in wanted and b not in have]
    for msg in held:
        if not any(msg.startswith(f"warning: {b}:") for b in skipped):
            say(msg)
    if bench is not None and skipped and bench_candidates.index(bench) > 0:
        say(f"benchmark {bench} stands in for {', '.join(skipped)} (no prices for it here)")
    if bench is None and not benchmark:
        say("no benchmark prices available; abnormal returns and market pins use the stock itself")
    elif benchmark and bench is None:
        raise TickerError(f"{benchmark}: no prices for the benchmark; pick another with --benchmark")
    # Keep only one benchmark (the first that worked) among the candidates.
    drop = [b for b in bench_candidates if b != bench and b not in wanted]
    prices = prices[~prices["ticker"].isin(drop)].reset_index(drop=True).pipe(_keep_attrs, prices)
    if primary not in have:
        if primary is not None:
            say(f"{primary}: no prices, so the chart uses the benchmark as its main line")
        primary = bench or next(iter(sorted(have)))
    if primary is None:
        raise PriceDataError("no prices for any ticker; check the tickers and the date range")
    evs = Events(pin_events(evs, prices, bench))
    shares_info = _shares_info(prices, evs, snap, d1, offline=offline, session=session, say=say)
    frame = merge(evs, prices, benchmark=bench, snapshot=snap, shares=shares_info)
    frame = frame.loc[pd.Timestamp(d0) : pd.Timestamp(d1)].copy()  # returns already use the day before d0
    frame.attrs["outside"] = [e.title for e in evs if not (d0 <= e.date <= d1)]
    for title in frame.attrs.get("outside", []):
        say(f"warning: event '{title}' lies outside the chart range {d0}..{d1}; it is listed but not drawn "
            "(widen --start/--end)")
    chart_tickers = [primary] + ([bench] if bench and bench != primary else [])
    chart_tickers += [t for t in _parse_tickers(tickers) if t not in chart_tickers and t in have]
    return Timeline(arts, evs, prices, frame, primary, bench, chart_tickers, warnings, snap, shares_info)


def _shares_info(
    prices: pd.DataFrame, events: Sequence[Event], snap: Snapshot, on: date, *, offline: bool, session: Any,
    say: Callable[[str], None],
) -> dict[str, SharesInfo]:
    """Shares outstanding per ticker: the snapshot first, then (online) Yahoo for the stocks events name."""
    out: dict[str, SharesInfo] = {}
    named = {t for e in events for t in e.tickers}
    prov = prices.attrs.get("provenance", {})
    for t in sorted(set(prices["ticker"].unique())):
        sh = shares_outstanding(str(t), snap)
        came_online = t in prov and prov[t].source in ("yfinance", "cache")
        if sh is None and not offline and came_online and t in named and not str(t).startswith("^"):
            sh = fetch_shares_outstanding(str(t), on, session=session)
            if sh is None:
                say(f"note: {t}: no shares outstanding from Yahoo Finance; market value is not computed "
                    "(add a row to seeds/shares.csv)")
        if sh is not None:
            out[str(t)] = sh
    return out


def _user_events(events: Sequence[Event] | pd.DataFrame | str | os.PathLike[str] | None) -> list[Event]:
    from .events_io import events_from_frame, read_events

    if events is None:
        return []
    if isinstance(events, pd.DataFrame):
        return events_from_frame(events)
    if isinstance(events, (str, os.PathLike)):
        return read_events(events)
    return list(events)


def _keep_attrs(df: pd.DataFrame, original: pd.DataFrame) -> pd.DataFrame:
    df.attrs.update(original.attrs)
    prov = dict(original.attrs.get("provenance", {}))
    df.attrs["provenance"] = {t: p for t, p in prov.items() if t in set(df["ticker"])}
    return df
