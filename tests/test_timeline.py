"""Pure timeline functions on small frames with hand-computed answers."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from timeline.events import Event
from timeline.timeline import daily_returns, map_to_session, merge, pin_events, wide_prices


def tidy(ticker: str, closes: dict[str, float]) -> pd.DataFrame:
    return pd.DataFrame({"date": pd.to_datetime(list(closes)), "ticker": ticker, "open": np.nan, "high": np.nan,
                         "low": np.nan, "close": list(closes.values()), "adj_close": np.nan, "volume": 1})


def ev(kind: str, d: date, start: date | None = None, end: date | None = None, tickers=(), direction=None, title="E"):  # type: ignore[no-untyped-def]
    return Event(date=d, start=start or d, end=end or d, granularity="day" if start is None else "week", kind=kind,
                 title=title, tickers=tuple(tickers), quote="q", source="s.txt", published=None, sources=("s.txt",),
                 direction=direction)


def test_returns_leave_gaps_empty() -> None:
    px = tidy("X", {"2025-01-06": 100, "2025-01-07": 110, "2025-01-09": 99})  # 01-08 missing
    cal = pd.DatetimeIndex(pd.to_datetime(["2025-01-06", "2025-01-07", "2025-01-08", "2025-01-09"]))
    r = daily_returns(wide_prices(px)["X"], cal)
    assert r.loc["2025-01-07"] == pytest.approx(0.10)
    assert np.isnan(r.loc["2025-01-08"]) and np.isnan(r.loc["2025-01-09"])  # no return spans the gap


@pytest.mark.parametrize(
    "when, session, note_has",
    [
        ("2025-01-25", "2025-01-27", "weekend"),           # Saturday
        ("2025-01-20", "2025-01-21", "holiday"),           # MLK day
        ("2025-01-09", "2025-01-10", "holiday"),           # national day of mourning
        ("2025-01-27", "2025-01-27", ""),                  # a session maps to itself
    ],
)
def test_map_to_session(when: str, session: str, note_has: str) -> None:
    s, note = map_to_session(pd.Timestamp(when))
    assert s == pd.Timestamp(session) and note_has in note


def test_after_the_close_maps_to_next_session() -> None:
    s, note = map_to_session(pd.Timestamp("2025-01-21 16:30", tz="America/New_York"))
    assert s == pd.Timestamp("2025-01-22") and "after the close" in note
    s2, _ = map_to_session(pd.Timestamp("2025-01-21 15:59", tz="America/New_York"))
    assert s2 == pd.Timestamp("2025-01-21")


def test_pin_picks_largest_move_in_direction_inside_interval() -> None:
    px = pd.concat([
        tidy("X", {"2025-01-21": 100, "2025-01-22": 90, "2025-01-23": 99, "2025-01-24": 109, "2025-01-27": 50}),
        tidy("B", {"2025-01-21": 10, "2025-01-22": 10, "2025-01-23": 8, "2025-01-24": 8, "2025-01-27": 8}),
    ])
    down = ev("market_move", date(2025, 1, 21), date(2025, 1, 21), date(2025, 1, 24), tickers=["X"], direction="down")
    up = ev("market_move", date(2025, 1, 21), date(2025, 1, 21), date(2025, 1, 24), tickers=["X"], direction="up")
    market = ev("market_move", date(2025, 1, 21), date(2025, 1, 21), date(2025, 1, 24), direction="down")
    pd_, pu, pm = pin_events([down, up, market], px, benchmark="B")
    assert pd_.date == date(2025, 1, 22) and "-10.00%" in pd_.pinned  # 01-27 (-54%) lies outside the interval
    assert pu.date == date(2025, 1, 24) and "+10.10%" in pu.pinned
    assert pm.date == date(2025, 1, 23) and "B" in pm.pinned  # no stock named: the benchmark
    assert (pd_.start, pd_.end) == (date(2025, 1, 21), date(2025, 1, 24))  # interval kept


def test_day_events_are_not_pinned() -> None:
    px = tidy("X", {"2025-01-21": 100, "2025-01-22": 90})
    e = ev("market_move", date(2025, 1, 21), tickers=["X"])
    assert pin_events([e], px) == [e]


def test_merge_puts_events_on_sessions_with_notes() -> None:
    px = tidy("X", {"2025-01-17": 100, "2025-01-21": 101, "2025-01-22": 99})
    frame = merge([ev("investment", date(2025, 1, 20), title="Holiday news")], px)
    assert list(frame.index) == list(pd.to_datetime(["2025-01-17", "2025-01-21", "2025-01-22"]))
    assert frame.loc["2025-01-21", "events"] == "Holiday news"
    assert "market holiday" in frame.loc["2025-01-21", "session_notes"]
    assert frame.loc["2025-01-22", "X_return"] == pytest.approx(99 / 101 - 1)
    assert frame["n_events"].sum() == 1
