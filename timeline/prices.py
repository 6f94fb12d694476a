"""Daily prices: yfinance when online, a local cache, and the offline snapshot.

:func:`get_prices` returns one tidy frame (one row per session and ticker) and
tells, once per run, where every ticker's prices came from and how old they are.

Sources, in order:

1. **Cache** (SQLite in the user cache directory; ``TIMELINE_CACHE_DIR`` or
   ``cache=`` overrides it). Closed sessions are immutable, so a range the cache
   covers is never downloaded again; the current session is never cached.
2. **yfinance** (skipped with ``offline=True``). Rate limits (HTTP 429) are
   retried with exponential backoff; a network failure falls back to 3.
3. **Snapshot**: CSV files shipped in ``seeds/prices`` (see ``seeds/DATA.md``).

Prices in the snapshot are adjusted differently per file (see SOURCES.md):
percentage moves are comparable, absolute levels may sit slightly below traded
prices. yfinance data is fetched unadjusted with ``adj_close`` alongside.

Example:
    >>> df = get_prices(["NVDA"], "2025-01-24", "2025-01-28", offline=True)  # doctest: +SKIP
    >>> df[["date", "ticker", "close"]]  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import CacheError, DateRangeError, PriceDataError, TickerError, UsageError
from .sessions import sessions

PRICE_COLUMNS = ["date", "ticker", "open", "high", "low", "close", "adj_close", "volume"]
Notify = Callable[[str], None]

REPO_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def default_snapshot_dir() -> Path:
    """``$TIMELINE_SNAPSHOT`` or the ``seeds/`` folder of this checkout."""
    return Path(os.environ.get("TIMELINE_SNAPSHOT") or REPO_SEEDS)


def default_cache_dir() -> Path:
    """``$TIMELINE_CACHE_DIR`` or the platform's user cache directory."""
    env = os.environ.get("TIMELINE_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("timeline", appauthor=False))


@dataclass(frozen=True)
class Provenance:
    """Where one ticker's prices came from."""

    ticker: str
    source: str  # "yfinance" | "cache" | "snapshot"
    first: date | None
    last: date | None
    detail: str = ""

    def describe(self) -> str:
        rng = f"{self.first}..{self.last}" if self.first else "no rows"
        return f"{self.ticker}: {self.source} ({rng}){' — ' + self.detail if self.detail else ''}"


# --- snapshot -------------------------------------------------------------------------


class Snapshot:
    """Offline price files ``<dir>/prices/<TICKER>.csv`` and ``<dir>/shares.csv``."""

    def __init__(self, root: str | os.PathLike[str] | None = None):
        self.root = Path(root) if root else default_snapshot_dir()
        self.prices_dir = self.root / "prices"

    def tickers(self) -> list[str]:
        if not self.prices_dir.is_dir():
            return []
        return sorted(p.stem for p in self.prices_dir.glob("*.csv"))

    def has(self, ticker: str) -> bool:
        return (self.prices_dir / f"{ticker}.csv").is_file()

    def load(self, ticker: str) -> pd.DataFrame:
        path = self.prices_dir / f"{ticker}.csv"
        try:
            raw = pd.read_csv(path)
        except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
            raise PriceDataError(f"{path}: cannot read the snapshot file ({exc}); restore it from git") from None
        need = {"date", "open", "high", "low", "close", "volume"}
        if not need <= set(raw.columns):
            raise PriceDataError(f"{path}: snapshot file needs the columns {sorted(need)}")
        raw["date"] = pd.to_datetime(raw["date"]).dt.as_unit("ns")
        raw["ticker"] = ticker
        if "adj_close" not in raw:
            raw["adj_close"] = float("nan")
        return _normalise(raw)

    def shares(self) -> pd.DataFrame:
        path = self.root / "shares.csv"
        if not path.is_file():
            return pd.DataFrame(columns=["ticker", "shares_outstanding", "as_of", "source"])
        df = pd.read_csv(path)
        df["as_of"] = pd.to_datetime(df["as_of"])
        return df


SharesInfo = tuple[float, date, str]  # (shares outstanding, as of, source)


def fetch_shares_outstanding(ticker: str, on: date, *, session: Any = None) -> SharesInfo | None:
    """Shares outstanding on or before ``on`` from Yahoo Finance (``Ticker.get_shares_full``).

    Best effort: returns None when Yahoo has no figure or cannot be reached (the caller
    then reports that market value cannot be checked).
    """
    with _yf_raising() as yf:
        try:
            t = yf.Ticker(ticker, session=session) if session is not None else yf.Ticker(ticker)
            series = t.get_shares_full(start=(on - timedelta(days=400)).isoformat(),
                                       end=(on + timedelta(days=1)).isoformat())
        except Exception as exc:  # yfinance raises many types here; none of them is the user's fault
            if _is_network_error(exc) or "yfinance" in type(exc).__module__ or getattr(exc, "response", None) is not None:
                return None
            raise
    if series is None or len(series) == 0:
        return None
    series = series.sort_index()
    idx = pd.DatetimeIndex(series.index).tz_localize(None) if getattr(series.index, "tz", None) else pd.DatetimeIndex(series.index)
    series.index = idx
    before = series[series.index <= pd.Timestamp(on)]
    pick = before if len(before) else series
    return float(pick.iloc[-1]), pd.Timestamp(pick.index[-1]).date(), "Yahoo Finance shares outstanding"


def shares_outstanding(ticker: str, snapshot: Snapshot | None = None) -> SharesInfo | None:
    """Shares outstanding for ``ticker`` from the snapshot: ``(shares, as_of, source)``."""
    snap = snapshot or Snapshot()
    df = snap.shares()
    rows = df[df["ticker"] == ticker].sort_values("as_of")
    if rows.empty:
        return None
    r = rows.iloc[-1]
    return float(r["shares_outstanding"]), r["as_of"].date(), str(r["source"])


def _normalise(df: pd.DataFrame) -> pd.DataFrame:
    out = df.reindex(columns=PRICE_COLUMNS).copy()
    out["date"] = pd.to_datetime(out["date"]).dt.as_unit("ns")
    for c in ("open", "high", "low", "close", "adj_close"):
        out[c] = pd.to_numeric(out[c], errors="coerce").astype("float64")
    out["volume"] = pd.to_numeric(out["volume"], errors="coerce").astype("Int64")
    out["ticker"] = out["ticker"].astype(str)
    return out.sort_values(["ticker", "date"]).reset_index(drop=True)


# --- cache ------------------------------------------------------------------------------


class PriceCache:
    """A SQLite price cache: safe under concurrent runs, detects corruption.

    Each ticker has a set of *covered* ranges: session ranges that were fully
    downloaded. A request inside a covered range needs no network.
    """

    SCHEMA = """
    CREATE TABLE IF NOT EXISTS prices (
        ticker TEXT NOT NULL, date TEXT NOT NULL, open REAL, high REAL, low REAL,
        close REAL, adj_close REAL, volume INTEGER, PRIMARY KEY (ticker, date));
    CREATE TABLE IF NOT EXISTS coverage (
        ticker TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL, fetched_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
    """
    VERSION = "1"

    def __init__(self, path: str | os.PathLike[str] | None = None, notify: Notify | None = None):
        p = Path(path) if path else default_cache_dir()
        self.path = p / "prices.sqlite" if p.suffix != ".sqlite" else p
        self.notify = notify or _stderr
        self._ok = False

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheError(f"cannot create the cache folder {self.path.parent} ({exc.strerror}); "
                             "set TIMELINE_CACHE_DIR to a writable folder") from None
        con = sqlite3.connect(self.path, timeout=30)
        try:
            if not self._ok:
                self._check(con)
            yield con
            con.commit()
        finally:
            con.close()

    def _check(self, con: sqlite3.Connection) -> None:
        try:
            con.execute("PRAGMA busy_timeout = 30000")
            ok = con.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise sqlite3.DatabaseError(ok)
            con.executescript(self.SCHEMA)
            con.execute("INSERT OR IGNORE INTO meta VALUES ('version', ?)", (self.VERSION,))
            con.commit()
            self._ok = True
        except sqlite3.OperationalError as exc:
            # Locked or unwritable: the file is fine, so never quarantine it for this.
            con.close()
            raise CacheError(f"the price cache {self.path} is not usable ({exc}); "
                             "retry, or set TIMELINE_CACHE_DIR to another folder") from None
        except sqlite3.DatabaseError as exc:
            con.close()
            self._quarantine(str(exc))
            raise _Rebuilt() from None

    def _quarantine(self, why: str) -> None:
        bad = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        try:
            os.replace(self.path, bad)
        except OSError as exc:
            raise CacheError(f"the price cache {self.path} is corrupt ({why}) and cannot be moved aside "
                             f"({exc.strerror}); delete it by hand") from None
        self.notify(f"warning: the price cache {self.path} was corrupt ({why}); moved it to {bad.name} "
                    "and started a new one")

    def _run(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        for _ in range(2):
            try:
                with self._connect() as con:
                    return fn(con)
            except _Rebuilt:
                continue
            except sqlite3.OperationalError as exc:
                raise CacheError(f"the price cache {self.path} is busy or read-only ({exc}); "
                                 "retry, or set TIMELINE_CACHE_DIR to another folder") from None
            except sqlite3.DatabaseError as exc:
                self._quarantine(str(exc))
                continue
        raise CacheError(f"the price cache {self.path} could not be rebuilt; delete it or set TIMELINE_CACHE_DIR")

    def covered(self, ticker: str, start: date, end: date) -> bool:
        return not self.missing(ticker, start, end)

    def missing(self, ticker: str, start: date, end: date) -> list[tuple[date, date]]:
        """Sub-ranges of ``[start, end]`` not yet downloaded for ``ticker`` (calendar days)."""
        rows = self._run(lambda con: con.execute(
            "SELECT start, end FROM coverage WHERE ticker = ? ORDER BY start", (ticker,)).fetchall())
        gaps: list[tuple[date, date]] = []
        cursor = start
        for a, b in sorted((date.fromisoformat(a), date.fromisoformat(b)) for a, b in rows):
            if b < cursor:
                continue
            if a > end:
                break
            if a > cursor:
                gaps.append((cursor, min(end, a - timedelta(days=1))))
            cursor = max(cursor, b + timedelta(days=1))
            if cursor > end:
                break
        if cursor <= end:
            gaps.append((cursor, end))
        return gaps

    def load(self, ticker: str, start: date | None = None, end: date | None = None) -> pd.DataFrame:
        q = "SELECT ticker, date, open, high, low, close, adj_close, volume FROM prices WHERE ticker = ?"
        args: list[Any] = [ticker]
        if start:
            q += " AND date >= ?"
            args.append(start.isoformat())
        if end:
            q += " AND date <= ?"
            args.append(end.isoformat())
        rows = self._run(lambda con: con.execute(q + " ORDER BY date", args).fetchall())
        df = pd.DataFrame(rows, columns=["ticker", "date", "open", "high", "low", "close", "adj_close", "volume"])
        return _normalise(df)

    def store(self, ticker: str, df: pd.DataFrame, start: date, end: date) -> None:
        """Store closed sessions of ``df`` and mark ``[start, min(end, last closed)]`` covered."""
        last_closed = _last_closed_session_day()
        end = min(end, last_closed)
        part = df[(df["date"].dt.date >= start) & (df["date"].dt.date <= end)]
        rows = [
            (ticker, d.date().isoformat(), _f(o), _f(h), _f(lo), _f(c), _f(a), None if pd.isna(v) else int(v))
            for d, o, h, lo, c, a, v in part[["date", "open", "high", "low", "close", "adj_close", "volume"]].itertuples(index=False)
        ]
        now = datetime.now(UTC).isoformat(timespec="seconds")

        def write(con: sqlite3.Connection) -> None:
            con.execute("BEGIN IMMEDIATE")  # one writer at a time; readers see old or new, never half
            con.executemany("INSERT OR REPLACE INTO prices VALUES (?,?,?,?,?,?,?,?)", rows)
            if end >= start:
                con.execute("INSERT INTO coverage VALUES (?,?,?,?)", (ticker, start.isoformat(), end.isoformat(), now))

        self._run(write)

    def fetched_at(self, ticker: str) -> str | None:
        row = self._run(lambda con: con.execute(
            "SELECT max(fetched_at) FROM coverage WHERE ticker = ?", (ticker,)).fetchone())
        return row[0] if row else None


class _Rebuilt(Exception):
    pass


def _f(x: Any) -> float | None:
    return None if pd.isna(x) else float(x)


def _last_closed_session_day() -> date:
    # A session is closed (immutable) once the exchange day is over; be conservative: yesterday in New York.
    now_ny = pd.Timestamp.now(tz="America/New_York")
    return (now_ny - pd.Timedelta(days=1)).date()


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr)


# --- yfinance ----------------------------------------------------------------------------


class _NetworkDown(Exception):
    pass


class _RateLimited(Exception):
    pass


@contextlib.contextmanager
def _yf_raising() -> Iterator[Any]:
    """Import yfinance with exceptions enabled (it logs and returns empty frames otherwise)."""
    import logging

    import yfinance as yf

    old = yf.config.debug.hide_exceptions
    yf.config.debug.hide_exceptions = False
    logger = logging.getLogger("yfinance")
    old_level = logger.level
    logger.setLevel(logging.CRITICAL)  # we report failures ourselves, once and plainly
    try:
        with warnings.catch_warnings():
            # yfinance's own deprecation noise (pandas inplace=...) is not the user's business.
            warnings.filterwarnings("ignore", module=r"yfinance(\..*)?")
            yield yf
    finally:
        yf.config.debug.hide_exceptions = old
        logger.setLevel(old_level)


def _is_network_error(exc: BaseException) -> bool:
    if isinstance(exc, (OSError, TimeoutError, ConnectionError)):
        return True
    names = {c.__name__ for c in type(exc).__mro__}
    return bool(names & {"ConnectionError", "DNSError", "Timeout", "ProxyError", "SSLError", "CurlError", "RequestException"})


def download_yfinance(
    ticker: str,
    start: date,
    end: date,
    *,
    session: Any = None,
    retries: int = 3,
    backoff: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> pd.DataFrame:
    """Daily bars for ``ticker`` in ``[start, end]`` through ``yfinance.Ticker.history``.

    Raises :class:`TickerError` for a symbol Yahoo does not know, ``_RateLimited``
    after ``retries`` backoffs on HTTP 429, ``_NetworkDown`` when Yahoo is unreachable.
    ``session`` is passed to yfinance (tests replay recorded responses through it).
    """
    with _yf_raising() as yf:
        from yfinance import exceptions as yfe

        for attempt in range(retries + 1):
            try:
                t = yf.Ticker(ticker, session=session) if session is not None else yf.Ticker(ticker)
                hist = t.history(
                    start=start.isoformat(), end=(end + timedelta(days=1)).isoformat(),
                    interval="1d", auto_adjust=False, actions=False, timeout=20,
                )
                break
            except yfe.YFRateLimitError:
                if attempt == retries:
                    raise _RateLimited() from None
                sleep(backoff * 2**attempt)
            except yfe.YFTzMissingError:
                raise TickerError(f"{ticker}: Yahoo Finance does not know this symbol; check the spelling "
                                  "(Yahoo symbols: NVDA, SAP.DE, ^GDAXI)") from None
            except yfe.YFPricesMissingError as exc:
                reason = getattr(exc, "yahoo_reason", None) or "no price data"
                if "delisted" in str(exc).lower() or "not found" in str(reason).lower():
                    raise TickerError(f"{ticker}: Yahoo Finance has no such symbol ({reason}); check the spelling") from None
                return _normalise(pd.DataFrame(columns=PRICE_COLUMNS))
            except yfe.YFException as exc:
                raise PriceDataError(f"{ticker}: Yahoo Finance answered with an error ({exc}); try again later") from None
            except Exception as exc:
                status = getattr(getattr(exc, "response", None), "status_code", None)
                if status in (400, 404):
                    # Yahoo answers 404 for a symbol it does not know (chart and quoteSummary).
                    raise TickerError(f"{ticker}: Yahoo Finance does not know this symbol; check the spelling "
                                      "(Yahoo symbols: NVDA, SAP.DE, ^GDAXI)") from None
                if status == 429:
                    if attempt == retries:
                        raise _RateLimited() from None
                    sleep(backoff * 2**attempt)
                    continue
                if _is_network_error(exc):
                    raise _NetworkDown(str(exc).split(". See")[0]) from None
                raise
    if hist is None or hist.empty:
        return _normalise(pd.DataFrame(columns=PRICE_COLUMNS))
    idx = hist.index
    days = pd.to_datetime(idx.tz_localize(None) if idx.tz is not None else idx).normalize()
    df = pd.DataFrame(
        {
            "date": days,
            "ticker": ticker,
            "open": hist["Open"].to_numpy(),
            "high": hist["High"].to_numpy(),
            "low": hist["Low"].to_numpy(),
            "close": hist["Close"].to_numpy(),
            "adj_close": hist["Adj Close"].to_numpy() if "Adj Close" in hist else float("nan"),
            "volume": hist["Volume"].to_numpy() if "Volume" in hist else pd.NA,
        }
    )
    df = df.dropna(subset=["close"])
    return _normalise(df[(df["date"].dt.date >= start) & (df["date"].dt.date <= end)])


# --- the public function --------------------------------------------------------------------


def get_prices(
    tickers: Sequence[str] | str,
    start: date | str,
    end: date | str,
    *,
    offline: bool = False,
    cache: PriceCache | str | os.PathLike[str] | bool | None = None,
    snapshot: Snapshot | str | os.PathLike[str] | None = None,
    session: Any = None,
    notify: Notify | None = None,
    progress: bool | None = None,
    retries: int = 3,
    backoff: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> pd.DataFrame:
    """Daily prices for ``tickers`` in ``[start, end]`` as a tidy frame.

    Columns: ``date`` (session date, exchange-local, tz-naive), ``ticker``, ``open``,
    ``high``, ``low``, ``close``, ``adj_close`` (NaN when the source has none),
    ``volume``. ``frame.attrs["provenance"]`` maps each ticker to a
    :class:`Provenance`; ``frame.attrs["failed"]`` maps tickers that got no data
    to the reason. Raises :class:`UsageError` if no ticker got any data.

    ``cache=False`` disables the cache; ``offline=True`` never touches the network.

    Example:
        >>> df = get_prices(["NVDA", "QQQ"], "2025-01-24", "2025-01-28", offline=True)  # doctest: +SKIP
    """
    say = notify or _stderr
    if isinstance(tickers, str):
        tickers = [t.strip() for t in tickers.split(",") if t.strip()]
    tickers = list(dict.fromkeys(t.strip().upper() if not t.startswith("^") else t.strip() for t in tickers))
    if not tickers:
        raise UsageError("no tickers given; pass Yahoo symbols such as NVDA,QQQ")
    d0, d1 = _as_date(start), _as_date(end)
    if d1 < d0:
        raise UsageError(f"start {d0} is after end {d1}; swap them")
    snap = snapshot if isinstance(snapshot, Snapshot) else Snapshot(snapshot)
    store: PriceCache | None
    if cache is False:
        store = None
    elif isinstance(cache, PriceCache):
        store = cache
    else:
        store = PriceCache(None if cache is None or cache is True else cache, notify=say)

    frames: list[pd.DataFrame] = []
    prov: dict[str, Provenance] = {}
    failed: dict[str, str] = {}
    network_down: str | None = None
    bar = _progress(tickers, progress)
    for ticker in bar:
        df: pd.DataFrame | None = None
        source = ""
        detail = ""
        if store is not None and store.covered(ticker, d0, min(d1, _last_closed_session_day())) and d1 <= _last_closed_session_day():
            df, source, detail = store.load(ticker, d0, d1), "cache", f"downloaded {store.fetched_at(ticker)}"
        elif not offline and network_down is None:
            try:
                # Only the ranges the cache does not hold yet are downloaded.
                gaps = store.missing(ticker, d0, d1) if store is not None else [(d0, d1)]
                parts = []
                for g0, g1 in gaps:
                    part = download_yfinance(ticker, g0, g1, session=session, retries=retries, backoff=backoff, sleep=sleep)
                    if store is not None:
                        store.store(ticker, part, g0, g1)
                    parts.append(part)
                if store is not None:
                    df = store.load(ticker, d0, d1)
                    if df.empty:  # nothing stored (e.g. only today's session): use what came in
                        df = _normalise(pd.concat(parts, ignore_index=True)) if parts else df
                else:
                    df = _normalise(pd.concat(parts, ignore_index=True))
                source = "yfinance"
                detail = "downloaded now" if len(gaps) == 1 and gaps[0] == (d0, d1) else (
                    f"downloaded {', '.join(f'{a}..{b}' for a, b in gaps)} now, the rest from the cache")
            except TickerError as exc:
                failed[ticker] = str(exc)
                continue
            except _NetworkDown as exc:
                network_down = f"Yahoo Finance is unreachable: {exc}"
                say(f"warning: {network_down}; using cached or snapshot prices instead")
            except _RateLimited:
                say(f"warning: {ticker}: Yahoo Finance rate limit (HTTP 429) after {retries} retries; "
                    "using cached or snapshot prices")
        if df is None or df.empty:
            df, source, detail = _fallback(ticker, d0, d1, store, snap)
            if df is None:
                why = "offline" if offline else ("network down" if network_down else "no data from Yahoo Finance")
                failed[ticker] = (
                    f"{ticker}: no prices ({why}) and none cached or in the snapshot {snap.prices_dir}; "
                    + ("run without --offline when the network is up" if offline else
                       "retry when the network is up" if network_down else "check the symbol and the date range")
                )
                continue
        if df.empty or df["date"].max().date() < d0 or df["date"].min().date() > d1:
            failed[ticker] = _range_message(ticker, d0, d1, df, source)
            continue
        df = df[(df["date"].dt.date >= d0) & (df["date"].dt.date <= d1)]
        if df.empty:
            failed[ticker] = _range_message(ticker, d0, d1, df, source)
            continue
        frames.append(df)
        prov[ticker] = Provenance(ticker, source, df["date"].min().date(), df["date"].max().date(), detail)

    for msg in failed.values():
        say(f"warning: {msg}")
    if not frames:
        reasons = "; ".join(failed.values())
        if all("outside" in m or "covers" in m for m in failed.values()):
            raise DateRangeError(reasons)
        if offline or any("Yahoo Finance does not know" in m or "no such symbol" in m for m in failed.values()):
            raise TickerError(reasons)  # the user named tickers that no source here has
        raise PriceDataError(reasons)
    out = _normalise(pd.concat(frames, ignore_index=True))
    out.attrs["provenance"] = prov
    out.attrs["failed"] = failed
    _warn_gaps(out, d0, d1, say)
    return out


def _fallback(
    ticker: str, d0: date, d1: date, store: PriceCache | None, snap: Snapshot
) -> tuple[pd.DataFrame | None, str, str]:
    if store is not None:
        cached = store.load(ticker, d0, d1)
        if not cached.empty:
            return cached, "cache", f"downloaded {store.fetched_at(ticker)}, may be incomplete"
    if snap.has(ticker):
        full = snap.load(ticker)
        return full, "snapshot", f"offline snapshot {snap.prices_dir}/{ticker}.csv, data up to {full['date'].max().date()}"
    return None, "", ""


def _range_message(ticker: str, d0: date, d1: date, df: pd.DataFrame, source: str) -> str:
    if df.empty:
        return f"{ticker}: no prices in {d0}..{d1} ({source or 'no source'}); pick another range"
    return (f"{ticker}: {d0}..{d1} is outside the data ({source} covers {df['date'].min().date()}.."
            f"{df['date'].max().date()}); pick a range inside it")


def _warn_gaps(df: pd.DataFrame, d0: date, d1: date, say: Notify) -> None:
    for ticker, g in df.groupby("ticker"):
        first, last = g["date"].min(), g["date"].max()
        from .sessions import exchange_for

        expected = sessions(first, last, exchange_for(str(ticker)))
        missing = expected.difference(pd.DatetimeIndex(g["date"]))
        if len(missing):
            shown = ", ".join(str(m.date()) for m in missing[:5]) + (" ..." if len(missing) > 5 else "")
            say(f"warning: {ticker}: no prices for {len(missing)} trading session(s) ({shown}); "
                "returns across a gap are left empty")


def _progress(items: list[str], enabled: bool | None) -> Any:
    if enabled is None:
        enabled = sys.stderr.isatty() and len(items) > 1
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="prices", unit="ticker", file=sys.stderr, leave=False)


def _as_date(d: date | str | pd.Timestamp) -> date:
    if isinstance(d, datetime):
        return d.date()
    if isinstance(d, date):
        return d
    try:
        return pd.Timestamp(d).date()
    except (ValueError, TypeError):
        raise UsageError(f"cannot read the date {d!r}; use YYYY-MM-DD") from None


def describe_sources(prices: pd.DataFrame) -> list[str]:
    """One line per source: which tickers, which range, how old.

    Example: ``snapshot (seeds/prices, data to 2025-04-30): NVDA, QQQ 2024-12-30..2025-02-18``
    """
    prov: dict[str, Provenance] = prices.attrs.get("provenance", {})
    groups: dict[tuple[str, str, str], list[str]] = {}
    for p in prov.values():
        groups.setdefault((p.source, f"{p.first}..{p.last}", p.detail if p.source != "snapshot" else ""), []).append(p.ticker)
    lines = []
    for (source, rng, detail), tickers in groups.items():
        if source == "snapshot":
            ends = sorted({p.detail.rsplit("data up to ", 1)[-1] for p in prov.values() if p.source == "snapshot"})
            detail = (f"offline snapshot of public daily prices in seeds/prices (SOURCES.md), "
                      f"data up to {ends[0] if len(ends) == 1 else ends[0] + '..' + ends[-1]}")
        lines.append(f"{source}: {', '.join(tickers)} {rng}{' — ' + detail if detail else ''}")
    return lines
