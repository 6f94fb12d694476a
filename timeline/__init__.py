"""timeline: news articles -> dated market events -> prices -> one timeline -> an annotated chart.

The one-call entry point is :func:`build`; each stage is also available alone:

>>> import timeline
>>> tl = timeline.build(offline=True)            # doctest: +SKIP
>>> arts = timeline.read_articles("seeds")        # doctest: +SKIP
>>> evs = timeline.extract_events(arts)           # doctest: +SKIP
>>> px = timeline.get_prices(["NVDA"], "2025-01-02", "2025-02-28", offline=True)  # doctest: +SKIP
>>> frame = timeline.merge(evs, px)               # doctest: +SKIP
>>> ax = timeline.plot_timeline(tl)               # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from .articles import Article, parse_article, read_article, read_articles
from .dates import DateInterval, find_dates
from .errors import (
    ArticleError,
    CacheError,
    DateRangeError,
    PriceDataError,
    TickerError,
    TimelineError,
    UsageError,
)
from .events import Event, Events, events_frame, extract_events
from .events_io import events_from_frame, read_events
from .pipeline import Timeline, build
from .prices import get_prices
from .timeline import merge, pin_events

__all__ = [
    "Article", "ArticleError", "CacheError", "DateInterval", "DateRangeError", "Event", "Events", "PriceDataError",
    "TickerError", "Timeline", "TimelineError", "UsageError", "build", "events_frame", "events_from_frame",
    "extract_events",
    "find_dates", "get_prices", "merge", "parse_article", "pin_events", "plot_timeline", "read_article",
    "read_articles", "read_events",
]  # fmt: skip


def plot_timeline(*args: Any, **kwargs: Any) -> Any:
    """See :func:`timeline.chart.plot_timeline` (imported lazily: matplotlib is slow to import)."""
    from .chart import plot_timeline as _plot

    return _plot(*args, **kwargs)
