"""Trading sessions from a maintained exchange calendar (exchange_calendars).

Session labels are timezone-naive dates meaning "the trading day in the
exchange's own time zone" (America/New_York for XNYS). A moment is mapped to the
session it can first affect: same day if before the close, else the next session.

Example:
    >>> from datetime import date
    >>> str(next_session(date(2025, 1, 25)).date())  # Saturday -> Monday
    '2025-01-27'
    >>> is_session(date(2025, 1, 9))  # national day of mourning: NYSE closed
    False
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

import pandas as pd

DEFAULT_EXCHANGE = "XNYS"
# Yahoo suffix -> exchange calendar (ISO MIC); US symbols have no suffix.
SUFFIX_EXCHANGE = {"DE": "XETR", "F": "XFRA", "PA": "XPAR", "T": "XTKS", "L": "XLON", "SW": "XSWX",
                   "CO": "XCSE", "AS": "XAMS", "HK": "XHKG", "MI": "XMIL", "MC": "XMAD"}  # fmt: skip
INDEX_EXCHANGE = {"^GDAXI": "XETR", "^MDAXI": "XETR", "^TECDAX": "XETR", "^N225": "XTKS", "^FTSE": "XLON",
                  "^FCHI": "XPAR", "^STOXX50E": "XETR", "^HSI": "XHKG"}  # fmt: skip


@lru_cache(maxsize=8)
def get_calendar(exchange: str = DEFAULT_EXCHANGE) -> Any:
    """The exchange_calendars calendar for an ISO MIC code (cached; ~0.2 s first time)."""
    import exchange_calendars as xc  # imported lazily: it costs ~0.6 s

    return xc.get_calendar(exchange)


def exchange_for(ticker: str) -> str:
    """ISO MIC of the exchange a Yahoo symbol trades on (XNYS when unknown/US)."""
    if ticker in INDEX_EXCHANGE:
        return INDEX_EXCHANGE[ticker]
    if "." in ticker:
        return SUFFIX_EXCHANGE.get(ticker.rsplit(".", 1)[1].upper(), DEFAULT_EXCHANGE)
    return DEFAULT_EXCHANGE


def _day(d: date | str | pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(d).tz_localize(None).normalize() if pd.Timestamp(d).tzinfo else pd.Timestamp(d).normalize()


def sessions(start: date | str, end: date | str, exchange: str = DEFAULT_EXCHANGE) -> pd.DatetimeIndex:
    """Trading sessions in ``[start, end]`` (inclusive), clipped to the calendar's bounds."""
    cal = get_calendar(exchange)
    s = max(_day(start), cal.first_session)
    e = min(_day(end), cal.last_session)
    if e < s:
        return pd.DatetimeIndex([], name="date")
    return pd.DatetimeIndex(cal.sessions_in_range(s, e), name="date").as_unit("ns")


def is_session(d: date | str, exchange: str = DEFAULT_EXCHANGE) -> bool:
    return bool(get_calendar(exchange).is_session(_day(d)))


def next_session(when: date | datetime | str | pd.Timestamp, exchange: str = DEFAULT_EXCHANGE) -> pd.Timestamp:
    """The session an event at ``when`` first affects.

    A date (no time) maps to itself if it is a session, else to the next session.
    A tz-aware moment at or after that day's close maps to the next session.
    """
    cal = get_calendar(exchange)
    ts = pd.Timestamp(when)
    if ts.tzinfo is not None:
        local = ts.tz_convert(cal.tz)
        day = pd.Timestamp(local.date())
        if cal.is_session(day) and ts < cal.session_close(day):
            return day
        return pd.Timestamp(cal.date_to_session(day, direction="next")) if not cal.is_session(day) else pd.Timestamp(cal.next_session(day))
    return pd.Timestamp(cal.date_to_session(_day(ts), direction="next"))
