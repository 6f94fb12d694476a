"""Replay Yahoo Finance's chart API offline, through the HTTP seam yfinance uses.

yfinance accepts a ``requests.Session``; we mount a transport adapter on it that
answers the cookie, crumb and ``/v8/finance/chart/<symbol>`` URLs with JSON in
Yahoo's chart format, built from the snapshot CSVs. So ``yf.Ticker().history()``
really runs: its request code, its JSON parsing, its time-zone handling.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import requests
from requests.adapters import BaseAdapter
from requests.models import PreparedRequest, Response

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def chart_json(
    symbol: str,
    rows: pd.DataFrame,
    *,
    adj_factor: pd.Series | None = None,
    dividends: dict[str, float] | None = None,
    splits: dict[str, tuple[int, int]] | None = None,
    tz: str = "America/New_York",
) -> dict:
    """A chart-API response for daily bars ``rows`` (columns date, open, high, low, close, volume).

    Bars are stamped at the 09:30 open in the exchange time zone, as Yahoo does.
    ``adj_factor`` (per date) produces an ``adjclose`` series different from close.
    """
    stamps = [int(pd.Timestamp(d).tz_localize(tz).replace(hour=9, minute=30).tz_convert("UTC").timestamp())
              for d in rows["date"]]
    close = rows["close"].astype(float).tolist()
    adj = close if adj_factor is None else (rows["close"].to_numpy() * adj_factor.to_numpy()).tolist()
    events: dict = {}
    if dividends:
        events["dividends"] = {str(_ts(d, tz)): {"amount": a, "date": _ts(d, tz)} for d, a in dividends.items()}
    if splits:
        events["splits"] = {str(_ts(d, tz)): {"date": _ts(d, tz), "numerator": n, "denominator": m,
                                              "splitRatio": f"{n}:{m}"} for d, (n, m) in splits.items()}
    last = stamps[-1] if stamps else 0
    result = {
        "meta": {
            "currency": "USD", "symbol": symbol, "exchangeName": "NMS", "fullExchangeName": "NasdaqGS",
            "instrumentType": "EQUITY", "firstTradeDate": 917015400, "regularMarketTime": last,
            "hasPrePostMarketData": True, "gmtoffset": -18000, "timezone": "EST", "exchangeTimezoneName": tz,
            "regularMarketPrice": close[-1] if close else None, "chartPreviousClose": close[0] if close else None,
            "priceHint": 2, "dataGranularity": "1d", "range": "",
            "currentTradingPeriod": {
                "pre": {"timezone": "EST", "start": last - 19800, "end": last, "gmtoffset": -18000},
                "regular": {"timezone": "EST", "start": last, "end": last + 23400, "gmtoffset": -18000},
                "post": {"timezone": "EST", "start": last + 23400, "end": last + 37800, "gmtoffset": -18000},
            },
            "validRanges": ["1d", "5d", "1mo", "3mo", "6mo", "1y", "2y", "5y", "10y", "ytd", "max"],
        },
        "timestamp": stamps,
        "indicators": {
            "quote": [{
                "open": rows["open"].astype(float).tolist(), "high": rows["high"].astype(float).tolist(),
                "low": rows["low"].astype(float).tolist(), "close": close,
                "volume": [int(v) for v in rows["volume"]],
            }],
            "adjclose": [{"adjclose": adj}],
        },
    }
    if events:
        result["events"] = events
    return {"chart": {"result": [result], "error": None}}


def _ts(d: str, tz: str) -> int:
    return int(pd.Timestamp(d).tz_localize(tz).replace(hour=9, minute=30).tz_convert("UTC").timestamp())


NOT_FOUND = {"chart": {"result": None, "error": {"code": "Not Found", "description": "No data found, symbol may be delisted"}}}


def shares_json(symbol: str) -> dict:
    """The fundamentals-timeseries answer for shares outstanding, from seeds/shares.csv (real figures only)."""
    shares = pd.read_csv(SEEDS / "shares.csv")
    rows = shares[shares["ticker"] == symbol]
    if rows.empty:
        return {"timeseries": {"result": [{"meta": {"symbol": [symbol], "type": ["shares_out"]}}], "error": None}}
    stamps = [int(pd.Timestamp(d).tz_localize("UTC").timestamp()) for d in rows["as_of"]]
    return {"timeseries": {"result": [{"meta": {"symbol": [symbol], "type": ["shares_out"]},
                                       "timestamp": stamps, "shares_out": [int(v) for v in rows["shares_outstanding"]]}],
                           "error": None}}


def snapshot_rows(symbol: str) -> pd.DataFrame:
    df = pd.read_csv(SEEDS / "prices" / f"{symbol}.csv")
    df["date"] = pd.to_datetime(df["date"])
    return df


@dataclass
class YahooReplay(BaseAdapter):
    """A requests transport that plays Yahoo. ``mode`` per symbol: ok | 429 | dns | unknown | empty."""

    modes: dict[str, str] = field(default_factory=dict)
    responses: dict[str, Callable[[dict], dict]] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)
    chart_calls: list[tuple[str, dict]] = field(default_factory=list)
    fail_429_times: int = 10**9

    def __post_init__(self) -> None:
        super().__init__()
        self._429_seen = 0

    def send(self, request: PreparedRequest, **kwargs: object) -> Response:  # type: ignore[override]
        url = urlparse(request.url or "")
        self.calls.append(f"{url.netloc}{url.path}")
        if self.modes.get("*") == "dns":
            raise requests.ConnectionError(f"Failed to resolve '{url.netloc}' (offline replay)")
        if url.netloc == "fc.yahoo.com":
            return self._resp(request, 404, b"", {"Set-Cookie": "A3=replay; Domain=.yahoo.com; Path=/"})
        if url.path.endswith("/getcrumb"):
            return self._resp(request, 200, b"replaycrumb")
        if "/ws/fundamentals-timeseries/" in url.path:
            return self._resp(request, 200, json.dumps(shares_json(url.path.rsplit("/", 1)[1])).encode())
        if "/v8/finance/chart/" in url.path:
            symbol = url.path.rsplit("/", 1)[1]
            params = {k: v[0] for k, v in parse_qs(url.query).items()}
            self.chart_calls.append((symbol, params))
            mode = self.modes.get(symbol, self.modes.get("default", "ok"))
            if mode == "dns":
                raise requests.ConnectionError(f"Failed to resolve '{url.netloc}' (offline replay)")
            if mode == "429" and self._429_seen < self.fail_429_times:
                self._429_seen += 1
                return self._resp(request, 429, b"Too Many Requests")
            if mode == "unknown":
                return self._resp(request, 404, json.dumps(NOT_FOUND).encode())
            body = self.responses[symbol](params) if symbol in self.responses else self._from_snapshot(symbol, params, mode)
            return self._resp(request, 200, json.dumps(body).encode())
        return self._resp(request, 404, json.dumps({"finance": {"result": None, "error": {"code": "Not Found"}}}).encode())

    def _from_snapshot(self, symbol: str, params: dict, mode: str) -> dict:
        rows = snapshot_rows(symbol)
        if "period1" in params:
            t0 = pd.Timestamp(int(params["period1"]), unit="s", tz="UTC").tz_convert("America/New_York")
            t1 = pd.Timestamp(int(params["period2"]), unit="s", tz="UTC").tz_convert("America/New_York")
            stamps = rows["date"].dt.tz_localize("America/New_York") + pd.Timedelta(hours=9, minutes=30)
            rows = rows[(stamps >= t0) & (stamps < t1)]
        else:
            rows = rows.tail(1)  # range=1d: the time-zone probe
        if mode == "empty":
            rows = rows.iloc[0:0]
        return chart_json(symbol, rows)

    @staticmethod
    def _resp(request: PreparedRequest, status: int, body: bytes, headers: dict | None = None) -> Response:
        r = Response()
        r.status_code = status
        r._content = body
        r.url = request.url or ""
        r.request = request
        r.headers.update({"Content-Type": "application/json", **(headers or {})})
        r.encoding = "utf-8"
        return r

    def close(self) -> None:
        pass


def replay_session(adapter: YahooReplay) -> requests.Session:
    s = requests.Session()
    s.mount("https://", adapter)
    s.mount("http://", adapter)
    return s
