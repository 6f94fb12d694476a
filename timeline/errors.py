"""One exception hierarchy. Every message names the thing and says what to do.

The CLI maps :class:`UsageError` (a user mistake or unusable input) to exit code 2
and any other :class:`TimelineError` to exit code 1, printing only the message.
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base class of every error ``timeline`` raises on purpose."""

    exit_code = 1


class UsageError(TimelineError):
    """Bad usage or unusable input: the user can fix it (exit code 2)."""

    exit_code = 2


class ArticleError(UsageError):
    """An article file is missing, empty, binary or too large."""


class TickerError(UsageError):
    """A ticker symbol is unknown to every price source."""


class DateRangeError(UsageError):
    """A requested date range lies outside the available price data."""


class PriceDataError(TimelineError):
    """Prices could not be obtained (network down and nothing cached, rate limited, ...)."""


class CacheError(TimelineError):
    """The local price cache is unusable and could not be rebuilt."""
