"""Claims: the numbers articles state about market moves, checked against prices.

A claim is a market-move event's stated quantity: a change in market value
("fast 600 Milliarden US-Dollar an Marktwert") or a percentage ("shares dropped
17%"), with its subject (a ticker, or the market) and direction. The check
compares it with the measured value on the event's session:

========== ======================================================
qualifier  consistent when (S stated, M measured, both absolute)
========== ======================================================
below      ``0.85 S <= M <= 1.01 S``  ("fast", "knapp", "almost")
above      ``M >= 0.99 S``            ("über", "mehr als", "over")
about      ``|M / S - 1| <= 0.10``    ("rund", "etwa", "about")
(none)     ``|M / S - 1| <= 0.05``
========== ======================================================

otherwise the verdict is "off by X%". A direction that disagrees is "contradicted".
"cannot check" always says why (no shares outstanding, market-wide amount, no prices).

Example:
    >>> verdict(600e9, 592.3e9, "below")
    ('consistent', -0.0128)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from .events import Event
from .numbers import format_money
from .sessions import exchange_for
from .timeline import daily_returns, map_to_session, session_closes, wide_prices

# ETFs that track an index closely enough to check an index's percentage move offline.
INDEX_PROXY = {"^GSPC": "SPY", "^NDX": "QQQ"}

CLAIM_COLUMNS = ["event_id", "source", "quote", "subject", "quantity", "direction", "stated", "stated_value",
                 "qualifier", "session", "measured", "measured_value", "verdict", "deviation", "note"]


def verdict(stated: float, measured: float, qualifier: str | None) -> tuple[str, float]:
    """``(verdict, deviation)`` for magnitudes; deviation is ``M / S - 1``."""
    s, m = abs(stated), abs(measured)
    dev = round(m / s - 1, 4) if s else float("nan")
    if qualifier == "below":
        ok = 0.85 * s <= m <= 1.01 * s
    elif qualifier == "above":
        ok = m >= 0.99 * s
    elif qualifier == "about":
        ok = abs(m / s - 1) <= 0.10
    else:
        ok = abs(m / s - 1) <= 0.05
    return ("consistent" if ok else f"off by {dev:+.0%}"), dev


def check_claims(
    events: Sequence[Event], prices: pd.DataFrame, *, shares: dict[str, float] | None = None
) -> pd.DataFrame:
    """One row per stated quantity of every market-move event (see module doc)."""
    close = wide_prices(prices)
    rows: list[dict[str, object]] = []
    for e in events:
        if e.kind != "market_move":
            continue
        stated: list[tuple[str, float, str, str | None]] = []
        if e.amount is not None:
            stated.append(("market value change" if e.market_value else "amount", e.amount, e.amount_text or "", e.amount_qualifier))
        if e.percent is not None:
            stated.append(("return", e.percent, f"{e.percent:+g}%", None))
        for quantity, value, text, qual in stated:
            rows.append(_check_one(e, quantity, value, text, qual, close, shares or {}))
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def _check_one(
    e: Event, quantity: str, value: float, text: str, qual: str | None, close: pd.DataFrame, shares: dict[str, float]
) -> dict[str, object]:
    subject = e.tickers[0] if e.tickers else "market"
    row: dict[str, object] = {
        "event_id": e.id, "source": e.source, "quote": e.quote, "subject": subject, "quantity": quantity,
        "direction": e.direction or "", "stated": text, "stated_value": value, "qualifier": qual or "",
        "session": None, "measured": "", "measured_value": np.nan, "verdict": "cannot check", "deviation": np.nan,
        "note": "",
    }
    ticker = subject if subject in close else INDEX_PROXY.get(subject)
    if subject == "market":
        row["note"] = ("a market-wide amount needs the market value of every stock in that market; "
                       "the snapshot has single stocks and ETFs only")
        return row
    if ticker is None or ticker not in close:
        row["note"] = f"no prices for {subject}; fetch them online or add them to the snapshot"
        return row
    c = session_closes(close, ticker)
    sess, _ = map_to_session(pd.Timestamp(e.date), exchange_for(ticker))
    row["session"] = sess.date()
    if sess not in c.index or pd.isna(c.get(sess)) or pd.isna(c.shift(1).get(sess)):
        row["note"] = f"no {ticker} prices on {sess.date()} and the session before"
        return row
    ret = float(daily_returns(c).loc[sess])
    if quantity == "return":
        measured = ret * 100
        row["measured"] = f"{ticker} {measured:+.2f}%" + (f" (proxy for {subject})" if ticker != subject else "")
    elif quantity == "market value change":
        if ticker not in shares:
            row["note"] = f"shares outstanding of {ticker} unknown; add a row to seeds/shares.csv"
            return row
        if e.currency not in (None, "USD"):
            row["note"] = f"stated in {e.currency}, prices in USD"
            return row
        measured = float(c.loc[sess] - c.shift(1).loc[sess]) * shares[ticker]
        row["measured"] = f"{format_money(measured)} ({ticker} {ret:+.2%} x {shares[ticker] / 1e6:,.0f}m shares)"
    else:
        row["note"] = "an amount that is not a market value cannot be checked against prices"
        return row
    row["measured_value"] = measured
    sign_ok = e.direction is None or (measured < 0) == (e.direction == "down")
    if not sign_ok:
        row["verdict"] = f"contradicted: {ticker} moved {'up' if measured > 0 else 'down'}"
        return row
    stated_signed = -abs(float(value)) if e.direction == "down" else abs(float(value))
    v, dev = verdict(stated_signed, measured, qual)
    row["verdict"], row["deviation"] = v, dev
    return row
