"""Events of your own: from a CSV or TOML file, or a DataFrame, into :class:`Event` records.

Columns / keys: ``date`` (required, YYYY-MM-DD), ``title`` (required), ``kind``
(default ``other``), ``tickers`` (``NVDA,AVGO`` or a list), ``start``/``end``
(default: ``date``), ``granularity`` (default: day, or week/month when the interval
says so), ``quote``, ``source`` (default: the file name). TOML files hold a list of
``[[event]]`` tables.

Example:
    >>> import pandas as pd
    >>> evs = events_from_frame(pd.DataFrame([{"date": "2025-01-21", "title": "Stargate announced",
    ...                                        "kind": "investment"}]))
    >>> evs[0].title, str(evs[0].date)
    ('Stargate announced', '2025-01-21')
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import UsageError
from .events import Event
from .triggers import KINDS


def _parse_day(value: Any, where: str, field: str) -> date:
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        ts = None
    if ts is None or pd.isna(ts):
        raise UsageError(f"{where}: cannot read {field} {value!r}; use YYYY-MM-DD")
    return ts.date()


def _event(rec: Mapping[str, Any], where: str, default_source: str) -> Event:
    def get(key: str) -> Any:
        v = rec.get(key)
        return None if v is None or (isinstance(v, float) and pd.isna(v)) or v == "" else v

    if get("date") is None or get("title") is None:
        raise UsageError(f"{where}: every event needs 'date' and 'title'")
    d = _parse_day(get("date"), where, "date")
    start = _parse_day(get("start"), where, "start") if get("start") is not None else d
    end = _parse_day(get("end"), where, "end") if get("end") is not None else d
    if not start <= d <= end:
        raise UsageError(f"{where}: date {d} must lie within start {start} .. end {end}")
    kind = str(get("kind") or "other")
    if kind not in KINDS:
        raise UsageError(f"{where}: unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    tickers = get("tickers") or ()
    if isinstance(tickers, str):
        tickers = [t.strip() for t in tickers.replace(";", ",").split(",") if t.strip()]
    days = (end - start).days
    gran = str(get("granularity") or ("day" if days == 0 else "week" if days <= 7 else "month"))
    source = str(get("source") or default_source)
    quote = str(get("quote") or "")
    return Event(date=d, start=start, end=end, granularity=gran, kind=kind, title=str(rec["title"]),
                 tickers=tuple(str(t) for t in tickers), quote=quote, source=source, published=None,
                 sources=(source,), quotes=(quote,) if quote else (), date_basis="given by the user")


def events_from_records(records: Iterable[Mapping[str, Any]], source: str = "user") -> list[Event]:
    """Events from dicts (one per event)."""
    return [_event(r, f"{source} event {i + 1}", source) for i, r in enumerate(records)]


def events_from_frame(df: pd.DataFrame, source: str = "user") -> list[Event]:
    """Events from a DataFrame with the columns above."""
    records: list[dict[str, Any]] = [{str(k): v for k, v in r.items()} for r in df.to_dict("records")]
    return events_from_records(records, source)


def read_events(path: str | os.PathLike[str]) -> list[Event]:
    """Events from a ``.csv`` or ``.toml`` file."""
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"{p}: no such events file; check the path")
    try:
        if p.suffix.lower() == ".toml":
            data = tomllib.loads(p.read_text(encoding="utf-8"))
            return events_from_records(data.get("event", []), p.name)
        if p.suffix.lower() == ".csv":
            return events_from_frame(pd.read_csv(p, dtype=str), p.name)
    except (tomllib.TOMLDecodeError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise UsageError(f"{p}: cannot parse the events file ({exc})") from None
    raise UsageError(f"{p}: events files must be .csv or .toml")
