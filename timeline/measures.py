"""Event-study measures: small pure functions over pandas Series indexed by session.

Notation (sessions are positions on the trading calendar, event session = 0):

* return on session t: ``R_t = P_t / P_{t-1} - 1``
* window return over ``[a, b]``: ``prod(1 + R_t for t in a..b) - 1``
* market model, estimated by OLS on the estimation window ``[e0, e1]`` (default
  ``[-120, -10]``): ``R_t = alpha + beta * M_t + eps_t``, with ``M`` the benchmark's
  return and ``sigma`` the residual standard deviation (``n - 2`` degrees of freedom)
* abnormal return: ``AR_t = R_t - (alpha + beta * M_t)``
* cumulative abnormal return: ``CAR[a, b] = sum(AR_t for t in a..b)``
* t statistic: ``t = CAR[a, b] / (sigma * sqrt(b - a + 1))``
* market value change on t: ``(P_t - P_{t-1}) * shares outstanding``

If fewer sessions than asked lie before the event, the estimation window is
shortened (``est_sessions`` says how many were used, ``est_short`` flags it); with
fewer than :data:`MIN_EST` no model is fitted and the abnormal columns are NaN.

Example:
    >>> import pandas as pd
    >>> r = pd.Series([0.01, -0.02, 0.03])
    >>> round(window_return(r, 0, 2), 6)
    0.019494
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .events import Event
from .sessions import exchange_for
from .timeline import daily_returns, map_to_session, position, session_closes, wide_prices

DEFAULT_EST = (-120, -10)
DEFAULT_WINDOWS: tuple[tuple[int, int], ...] = ((0, 0), (-1, 1), (0, 5))
MIN_EST = 20


def window_return(returns: pd.Series, start: int, end: int) -> float:
    """Compounded return over positions ``start..end`` (inclusive); NaN if any is missing."""
    part = returns.iloc[max(start, 0) : end + 1]
    if start < 0 or end >= len(returns) or part.isna().any() or part.empty:
        return float("nan")
    return float(np.prod(1 + part.to_numpy()) - 1)


@dataclass(frozen=True)
class MarketModel:
    alpha: float
    beta: float
    sigma: float
    n: int


def fit_market_model(stock: pd.Series, market: pd.Series) -> MarketModel | None:
    """OLS of stock on market returns over the rows where both are known."""
    df = pd.concat([stock, market], axis=1).dropna()
    n = len(df)
    if n < 3:
        return None
    x, y = df.iloc[:, 1].to_numpy(), df.iloc[:, 0].to_numpy()
    var = float(np.var(x))
    if var == 0.0:
        return None
    beta = float(np.cov(x, y, bias=True)[0, 1] / var)
    alpha = float(y.mean() - beta * x.mean())
    resid = y - (alpha + beta * x)
    sigma = float(math.sqrt((resid**2).sum() / (n - 2))) if n > 2 else float("nan")
    return MarketModel(alpha, beta, sigma, n)


def event_measures(
    stock: pd.Series,
    market: pd.Series | None,
    session: pd.Timestamp,
    *,
    est: tuple[int, int] = DEFAULT_EST,
    windows: Sequence[tuple[int, int]] = DEFAULT_WINDOWS,
) -> dict[str, float | int | bool]:
    """Measures for one stock around one event session.

    ``stock`` and ``market`` are daily returns on the same session index.
    Returns ``return_0``, ``benchmark_return_0``, ``ret_[a,b]``, ``car_[a,b]``,
    ``t_[a,b]``, ``alpha``, ``beta``, ``sigma``, ``est_sessions``, ``est_short``.
    """
    out: dict[str, float | int | bool] = {}
    if session not in stock.index:
        return out
    pos = position(stock.index, session)
    out["return_0"] = float(stock.iloc[pos])
    if market is not None:
        market = market.reindex(stock.index)
        out["benchmark_return_0"] = float(market.iloc[pos])
    for a, b in windows:
        out[f"ret_[{a},{b}]"] = window_return(stock, pos + a, pos + b)
    e0, e1 = pos + est[0], pos + est[1]
    lo = max(e0, 1)  # position 0 has no return
    used = max(0, e1 - lo + 1)
    out["est_sessions"] = used
    out["est_short"] = used < est[1] - est[0] + 1
    model = fit_market_model(stock.iloc[lo : e1 + 1], market.iloc[lo : e1 + 1]) if market is not None and used >= MIN_EST else None
    if model is None:
        out.update({"alpha": float("nan"), "beta": float("nan"), "sigma": float("nan")})
        for a, b in windows:
            out[f"car_[{a},{b}]"] = out[f"t_[{a},{b}]"] = float("nan")
        return out
    assert market is not None
    out.update({"alpha": model.alpha, "beta": model.beta, "sigma": model.sigma})
    ar = stock - (model.alpha + model.beta * market)
    for a, b in windows:
        if pos + a < 0 or pos + b >= len(ar) or ar.iloc[pos + a : pos + b + 1].isna().any():
            car = float("nan")
        else:
            car = float(ar.iloc[pos + a : pos + b + 1].sum())
        out[f"car_[{a},{b}]"] = car
        out[f"t_[{a},{b}]"] = car / (model.sigma * math.sqrt(b - a + 1)) if model.sigma > 0 else float("nan")
    return out


def event_study(
    events: Sequence[Event],
    prices: pd.DataFrame,
    benchmark: str | None,
    *,
    shares: dict[str, float] | None = None,
    est: tuple[int, int] = DEFAULT_EST,
    windows: Sequence[tuple[int, int]] = DEFAULT_WINDOWS,
) -> pd.DataFrame:
    """One row per (event, ticker): the event's stocks, or the benchmark for market-wide events.

    Columns: ``event_id``, ``title``, ``kind``, ``ticker``, ``session``, ``session_note``,
    then the :func:`event_measures` columns and ``value_change_usd``.
    """
    close = wide_prices(prices)
    rows = []
    for e in events:
        targets = [t for t in e.tickers if t in close] or (
            [benchmark] if benchmark is not None and benchmark in close and e.kind == "market_move" else [])
        for t in targets:
            c = session_closes(close, t)
            r = daily_returns(c)
            m = (daily_returns(close[benchmark], pd.DatetimeIndex(c.index))
                 if benchmark is not None and benchmark in close and t != benchmark else None)
            sess, note = map_to_session(pd.Timestamp(e.date), exchange_for(t))
            row: dict[str, object] = {"event_id": e.id, "title": e.title, "kind": e.kind, "ticker": t,
                                      "session": sess, "session_note": note}
            row.update(event_measures(r, m, sess, est=est, windows=windows))
            sh = (shares or {}).get(t)
            row["value_change_usd"] = float((c - c.shift(1)).get(sess, np.nan) * sh) if sh else np.nan
            rows.append(row)
    return pd.DataFrame(rows)


def largest_moves(prices: pd.DataFrame, events: Sequence[Event], n: int = 5) -> pd.DataFrame:
    """Top-``n`` absolute one-day moves per ticker, with the nearest events on either side.

    Columns: ``ticker``, ``session``, ``return``, ``rank``, ``event_before`` (title and
    session of the nearest event on or before the move), ``days_before`` (sessions),
    ``event_after``, ``days_after``. An event on the move's own session counts as
    "before" with 0 sessions.
    """
    close = wide_prices(prices)
    placed = sorted((map_to_session(pd.Timestamp(e.date))[0], e.title) for e in events)
    rows = []
    for t in close.columns:
        c = session_closes(close, str(t))
        cal = pd.DatetimeIndex(c.index)
        r = daily_returns(c).dropna()
        top = r.abs().sort_values(ascending=False).head(n)
        for rank, d in enumerate(top.index, start=1):
            before = [(s, ti) for s, ti in placed if s <= d]
            after = [(s, ti) for s, ti in placed if s > d]
            b = before[-1] if before else None
            a = after[0] if after else None
            rows.append({
                "ticker": t, "session": d, "return": float(r.loc[d]), "rank": rank,
                "event_before": f"{b[1]} ({b[0].date()})" if b else "",
                "days_before": position(cal, d) - position(cal, b[0]) if b and b[0] in cal else None,
                "event_after": f"{a[1]} ({a[0].date()})" if a else "",
                "days_after": position(cal, a[0]) - position(cal, d) if a and a[0] in cal else None,
            })
    out = pd.DataFrame(rows, columns=["ticker", "session", "return", "rank", "event_before", "days_before",
                                      "event_after", "days_after"])
    for col in ("days_before", "days_after"):
        out[col] = out[col].astype("Int64")
    return out
