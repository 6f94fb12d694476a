"""The merged timeline: events on trading sessions, with prices and returns.

Small pure functions over pandas objects:

* :func:`wide_prices` — tidy prices to a wide close-price frame (sessions x tickers).
* :func:`daily_returns` — simple close-to-close returns; a return across a missing
  session is left empty rather than silently spanning two days.
* :func:`map_to_session` — the session an event first affects (weekend/holiday ->
  next session), with a note saying so.
* :func:`pin_events` — pin vague market moves to the largest one-day move of the
  named stock (or the benchmark) inside the event's interval.
* :func:`merge` — the one timeline frame, one row per session.

Example:
    >>> frame = merge(events, prices, benchmark="QQQ")  # doctest: +SKIP
    >>> frame.loc["2025-01-27", ["NVDA_return", "events"]]  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from .events import Event
from .numbers import format_money
from .prices import SharesInfo, Snapshot, shares_outstanding
from .sessions import DEFAULT_EXCHANGE, exchange_for, next_session, sessions


def wide_prices(prices: pd.DataFrame, column: str = "close") -> pd.DataFrame:
    """Sessions x tickers frame of one price column (index named ``date``)."""
    wide = prices.pivot(index="date", columns="ticker", values=column).sort_index()
    wide.columns.name = None
    return wide


def position(index: pd.Index, key: object) -> int:
    """Integer position of ``key`` in a unique index."""
    loc = index.get_loc(key)
    if not isinstance(loc, (int, np.integer)):
        raise KeyError(f"{key!r} is not unique in the index")
    return int(loc)


def daily_returns(close: pd.Series, calendar: pd.DatetimeIndex | None = None) -> pd.Series:
    """Simple returns ``close_t / close_{t-1} - 1`` on the session calendar.

    With ``calendar`` the series is first reindexed to every session, so a missing
    day yields NaN for that day and the next (no return spans a gap).
    """
    if calendar is not None:
        close = close.reindex(calendar)
    return close / close.shift(1) - 1


def session_closes(close: pd.DataFrame, ticker: str) -> pd.Series:
    """``ticker``'s closes on every session of its exchange from the first to the last
    date of ``close`` (NaN where a session has no price, so returns never span a gap)."""
    cal = sessions(close.index.min(), close.index.max(), exchange_for(ticker))
    return close[ticker].reindex(cal)


def event_ticker(e: Event, close: pd.DataFrame, benchmark: str | None) -> str | None:
    """The ticker an event is measured on: its first stock with prices, else the benchmark."""
    return next((t for t in e.tickers if t in close), None) or (benchmark if benchmark in close else None)


def map_to_session(d: pd.Timestamp | str, exchange: str = DEFAULT_EXCHANGE) -> tuple[pd.Timestamp, str]:
    """``(session, note)``: the event's own day if it is a session, else the next one."""
    ts = pd.Timestamp(d)
    sess = next_session(ts, exchange)
    if sess.normalize() == ts.normalize() if ts.tzinfo is None else False:
        return sess, ""
    day = ts.tz_convert("America/New_York").date() if ts.tzinfo else ts.date()
    wd = pd.Timestamp(day).day_name()
    reason = "after the close" if ts.tzinfo is not None and sess.date() != day else (
        "weekend" if pd.Timestamp(day).weekday() >= 5 else "market holiday")
    return sess, f"{day} ({wd}, {reason}) -> next session {sess.date()}"


def _largest_move(ret: pd.Series, start: pd.Timestamp, end: pd.Timestamp, direction: str | None) -> tuple[pd.Timestamp, float] | None:
    window = ret.loc[(ret.index >= start) & (ret.index <= end)].dropna()
    if window.empty:
        return None
    if direction == "down":
        day = window.idxmin()
    elif direction == "up":
        day = window.idxmax()
    else:
        day = window.abs().idxmax()
    ts = pd.Timestamp(str(day))
    return ts, float(window.loc[ts])


def pin_events(
    events: Sequence[Event], prices: pd.DataFrame, benchmark: str | None = None
) -> list[Event]:
    """Pin market moves dated only to an interval to their largest one-day move.

    The stock named by the event is used, else the benchmark. The event keeps its
    interval; ``date`` becomes the pinned session and ``pinned`` says how.
    """
    close = wide_prices(prices)
    out = []
    for e in events:
        if e.kind != "market_move" or (e.end - e.start).days < 1 or e.pinned:
            out.append(e)
            continue
        ticker = event_ticker(e, close, benchmark)
        if ticker is None:
            out.append(e)
            continue
        ret = daily_returns(session_closes(close, ticker))
        found = _largest_move(ret, pd.Timestamp(e.start), pd.Timestamp(e.end), e.direction)
        if found is None:
            out.append(replace(e, pinned=f"not pinned: no {ticker} prices in {e.start}..{e.end}"))
            continue
        day, r = found
        what = {"down": "fall", "up": "rise"}.get(e.direction or "", "move")
        note = f"largest one-day {what} of {ticker} in {e.start}..{e.end}: {r:+.2%} on {day.date()}"
        out.append(replace(e, date=day.date(), granularity="day", pinned=note))
    return out


def _shares(ticker: str, shares: Mapping[str, SharesInfo] | None, snapshot: Snapshot | None) -> SharesInfo | None:
    """Shares outstanding: from the given mapping if there is one, else the snapshot."""
    if shares is not None:
        return shares.get(ticker)
    return shares_outstanding(ticker, snapshot)


def event_table(
    events: Sequence[Event], prices: pd.DataFrame, benchmark: str | None = None, snapshot: Snapshot | None = None,
    shares: Mapping[str, SharesInfo] | None = None,
) -> pd.DataFrame:
    """One row per event with its session and what the data says on that session.

    Columns: the event fields, ``session``, ``session_note``, ``ticker`` (the
    event's stock, else the benchmark), ``return`` on the session,
    ``benchmark_return``, ``value_change_usd`` (return times market value, where
    shares outstanding are known) and ``stated``/``measured`` strings.
    """
    from .events import events_frame

    close = wide_prices(prices)
    df = events_frame(events)
    rows = []
    for e in events:
        sess, note = map_to_session(pd.Timestamp(e.date))
        ticker = event_ticker(e, close, benchmark)
        r = bench_r = value = None
        if ticker is not None:
            c = session_closes(close, ticker)
            r = float(daily_returns(c).get(sess, float("nan")))
            if benchmark in close:
                bench_r = float(daily_returns(close[benchmark], pd.DatetimeIndex(c.index)).get(sess, float("nan")))
            sh = _shares(ticker, shares, snapshot)
            prev = c.shift(1).get(sess)
            if sh is not None and prev is not None and not pd.isna(prev) and not pd.isna(r):
                # Market value change = price change x shares outstanding (shares as of sh[1]).
                value = float(c.get(sess) - prev) * sh[0]
        stated = (e.amount_text or "") if e.amount else (f"{e.percent:+.1f}%" if e.percent is not None else "")
        measured_parts = []
        if r is not None and not pd.isna(r):
            measured_parts.append(f"{ticker} {r:+.2%}")
        if value is not None:
            measured_parts.append(f"{format_money(value)} market value")
        rows.append({
            "id": e.id, "session": sess, "session_note": note, "ticker": ticker, "return": r,
            "benchmark_return": bench_r, "value_change_usd": value, "stated": stated,
            "measured": ", ".join(measured_parts) if e.kind == "market_move" else "",
        })
    extra = pd.DataFrame(rows, columns=["id", "session", "session_note", "ticker", "return", "benchmark_return",
                                        "value_change_usd", "stated", "measured"])
    merged: pd.DataFrame = df.merge(extra, on="id", how="left")
    return merged


def merge(
    events: Sequence[Event],
    prices: pd.DataFrame,
    *,
    benchmark: str | None = None,
    snapshot: Snapshot | None = None,
    shares: Mapping[str, SharesInfo] | None = None,
) -> pd.DataFrame:
    """The timeline frame: one row per session (index ``date``).

    Columns per ticker ``T``: ``T_close``, ``T_return`` and, where shares outstanding
    are known, ``T_value_change_usd``. Then ``n_events``, ``events`` (titles joined
    by `` | ``), ``event_ids``, ``event_kinds`` and ``session_notes`` (why an
    event moved to that session).
    """
    close = wide_prices(prices)
    cal = sessions(close.index.min(), close.index.max(), DEFAULT_EXCHANGE)
    cal = cal.union(pd.DatetimeIndex(close.index))
    frame = pd.DataFrame(index=cal)
    frame.index.name = "date"
    for t in close.columns:
        c = close[t].reindex(cal)
        frame[f"{t}_close"] = c
        frame[f"{t}_return"] = daily_returns(c)
        sh = _shares(str(t), shares, snapshot)
        if sh is not None:
            frame[f"{t}_value_change_usd"] = (c - c.shift(1)) * sh[0]
    titles: dict[pd.Timestamp, list[Event]] = {}
    notes: dict[pd.Timestamp, list[str]] = {}
    for e in events:
        sess, note = map_to_session(pd.Timestamp(e.date))
        titles.setdefault(sess, []).append(e)
        if note:
            notes.setdefault(sess, []).append(f"{e.title}: {note}")
    frame["n_events"] = [len(titles.get(d, [])) for d in frame.index]
    frame["events"] = [" | ".join(e.title for e in titles.get(d, [])) for d in frame.index]
    frame["event_ids"] = [" ".join(e.id for e in titles.get(d, [])) for d in frame.index]
    frame["event_kinds"] = [" ".join(e.kind for e in titles.get(d, [])) for d in frame.index]
    frame["session_notes"] = ["; ".join(notes.get(d, [])) for d in frame.index]
    outside = [e for e in events if map_to_session(pd.Timestamp(e.date))[0] not in frame.index]
    frame.attrs["outside"] = [e.title for e in outside]
    return frame
