"""Price layer: yfinance's real code fed replayed chart-API JSON; cache; snapshot; failures."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from yahoo_replay import YahooReplay, chart_json, replay_session, snapshot_rows

from timeline.errors import DateRangeError, PriceDataError, TickerError, UsageError
from timeline.prices import PriceCache, Snapshot, download_yfinance, get_prices, shares_outstanding

D0, D1 = date(2025, 1, 21), date(2025, 1, 31)


def snap_close(ticker: str, d: str) -> float:
    rows = snapshot_rows(ticker)
    return float(rows.loc[rows["date"] == d, "close"].iloc[0])


def test_yfinance_parses_replayed_chart_json(yf_clean):
    ad = YahooReplay()
    df = download_yfinance("NVDA", D0, D1, session=replay_session(ad))
    # yfinance really requested the chart endpoint with our range and parsed the JSON.
    assert any(sym == "NVDA" and "period1" in p for sym, p in ad.chart_calls)
    assert list(df["date"].dt.date) == [d.date() for d in pd.bdate_range(D0, D1)]
    assert df.loc[df["date"] == "2025-01-27", "close"].item() == pytest.approx(snap_close("NVDA", "2025-01-27"))
    assert df["volume"].dtype == "Int64" and df["close"].dtype == "float64"


def test_adjusted_series_keeps_close_and_adj_close_apart(yf_clean):
    rows = snapshot_rows("MSFT")
    rows = rows[(rows["date"] >= "2025-01-21") & (rows["date"] <= "2025-01-31")].reset_index(drop=True)
    factor = pd.Series([0.99] * 5 + [1.0] * (len(rows) - 5))  # a dividend went ex on the 6th session
    ad = YahooReplay(responses={"MSFT": lambda p: chart_json("MSFT", rows, adj_factor=factor,
                                                            dividends={"2025-01-28": 0.83},
                                                            splits={"2025-01-29": (2, 1)})})
    df = download_yfinance("MSFT", D0, D1, session=replay_session(ad))
    assert df["close"].tolist() == pytest.approx(rows["close"].tolist())
    assert df["adj_close"].tolist() == pytest.approx((rows["close"] * factor).tolist())
    assert (df["adj_close"].iloc[:5] < df["close"].iloc[:5]).all()


def test_empty_result_falls_back_to_snapshot(yf_clean):
    ad = YahooReplay(modes={"NVDA": "empty"})
    msgs: list[str] = []
    df = get_prices(["NVDA"], D0, D1, session=replay_session(ad), cache=False, notify=msgs.append)
    assert df.attrs["provenance"]["NVDA"].source == "snapshot"
    assert len(df) == 9


def test_rate_limit_retries_with_backoff_then_falls_back(yf_clean):
    ad = YahooReplay(modes={"NVDA": "429"})
    sleeps: list[float] = []
    msgs: list[str] = []
    df = get_prices(["NVDA"], D0, D1, session=replay_session(ad), cache=False, notify=msgs.append,
                    retries=3, backoff=0.5, sleep=sleeps.append)
    assert sleeps == [0.5, 1.0, 2.0]  # bounded exponential backoff
    assert df.attrs["provenance"]["NVDA"].source == "snapshot"
    assert any("429" in m and "NVDA" in m for m in msgs)


def test_rate_limit_then_success(yf_clean):
    ad = YahooReplay(modes={"NVDA": "429"}, fail_429_times=2)
    sleeps: list[float] = []
    df = get_prices(["NVDA"], D0, D1, session=replay_session(ad), cache=False, notify=lambda m: None,
                    sleep=sleeps.append)
    assert df.attrs["provenance"]["NVDA"].source == "yfinance"
    assert len(sleeps) >= 1


def test_dns_failure_uses_snapshot_and_says_so_once(yf_clean):
    ad = YahooReplay(modes={"*": "dns"})
    msgs: list[str] = []
    df = get_prices(["NVDA", "QQQ"], D0, D1, session=replay_session(ad), cache=False, notify=msgs.append)
    assert {p.source for p in df.attrs["provenance"].values()} == {"snapshot"}
    assert sum("unreachable" in m for m in msgs) == 1


def test_unknown_ticker_is_named_and_others_still_processed(yf_clean):
    ad = YahooReplay(modes={"ZZZZQ": "unknown"})
    msgs: list[str] = []
    df = get_prices(["NVDA", "ZZZZQ"], D0, D1, session=replay_session(ad), cache=False, notify=msgs.append)
    assert set(df["ticker"]) == {"NVDA"}
    assert "ZZZZQ" in df.attrs["failed"] and "does not know" in df.attrs["failed"]["ZZZZQ"]
    with pytest.raises(TickerError, match=r"ZZZZQ"):
        get_prices(["ZZZZQ"], D0, D1, session=replay_session(ad), cache=False, notify=lambda m: None)


def test_second_run_is_served_from_cache_without_requests(yf_clean, tmp_path):
    cache = PriceCache(tmp_path)
    ad = YahooReplay()
    first = get_prices(["NVDA"], D0, D1, session=replay_session(ad), cache=cache, notify=lambda m: None)
    n = len(ad.calls)
    assert n > 0
    yf_clean.data.YfData.cache_get.cache_clear()
    second = get_prices(["NVDA"], D0, D1, session=replay_session(ad), cache=cache, notify=lambda m: None)
    assert len(ad.calls) == n  # no request at all
    assert second.attrs["provenance"]["NVDA"].source == "cache"
    pd.testing.assert_frame_equal(first.reset_index(drop=True), second.reset_index(drop=True))


def test_corrupted_cache_is_detected_and_rebuilt(tmp_path):
    path = tmp_path / "prices.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    msgs: list[str] = []
    cache = PriceCache(tmp_path, notify=msgs.append)
    df = snapshot_rows("NVDA").assign(ticker="NVDA", adj_close=float("nan"))
    cache.store("NVDA", df, date(2024, 10, 1), date(2024, 10, 31))
    assert any("corrupt" in m for m in msgs)
    assert list(tmp_path.glob("prices.sqlite.corrupt-*"))
    assert cache.covered("NVDA", date(2024, 10, 2), date(2024, 10, 30))
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_concurrent_writers_do_not_corrupt_the_cache(tmp_path):
    code = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); from datetime import date; "
        "from yahoo_replay import snapshot_rows; from timeline.prices import PriceCache; "
        f"c = PriceCache({str(tmp_path)!r}); t = sys.argv[1]; df = snapshot_rows(t).assign(ticker=t, adj_close=float('nan'));\n"
        "for i in range(15): c.store(t, df, date(2024,10,1), date(2025,4,30))"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, t]) for t in ("NVDA", "QQQ", "SPY", "AMD")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    cache = PriceCache(tmp_path)
    for t in ("NVDA", "QQQ", "SPY", "AMD"):
        assert cache.covered(t, date(2024, 10, 1), date(2025, 4, 24))
        assert len(cache.load(t)) == len(snapshot_rows(t))


def test_offline_uses_snapshot_and_never_imports_yfinance(tmp_path):
    code = ("import sys; from timeline.prices import get_prices; "
            "df = get_prices(['NVDA'], '2025-01-02', '2025-01-31', offline=True, notify=lambda m: None); "
            "print(len(df), 'yfinance' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "TIMELINE_CACHE_DIR": str(tmp_path)})
    assert out.stdout.split() == ["20", "False"]


def test_range_outside_data_names_the_available_range():
    with pytest.raises(DateRangeError, match=r"2024-10-01\.\.2025-04-24"):
        get_prices(["NVDA"], "2026-01-01", "2026-02-01", offline=True, notify=lambda m: None)


def test_network_down_and_nothing_cached_is_a_price_data_error(yf_clean):
    ad = YahooReplay(modes={"*": "dns"})
    with pytest.raises(PriceDataError, match=r"ABCD.*network"):
        get_prices(["ABCD"], D0, D1, session=replay_session(ad), cache=False, notify=lambda m: None)


def test_offline_unknown_ticker_says_what_to_do():
    with pytest.raises(TickerError, match=r"ABCD.*--offline"):
        get_prices(["ABCD"], "2025-01-02", "2025-01-31", offline=True, notify=lambda m: None)


def test_bad_arguments_are_usage_errors():
    with pytest.raises(UsageError, match=r"swap"):
        get_prices(["NVDA"], "2025-02-01", "2025-01-01", offline=True)
    with pytest.raises(UsageError, match=r"YYYY-MM-DD"):
        get_prices(["NVDA"], "soon", "2025-01-01", offline=True)


def test_gaps_in_prices_are_reported(tmp_path):
    (tmp_path / "prices").mkdir()
    rows = snapshot_rows("NVDA")
    rows = rows[rows["date"] != "2025-01-23"]
    rows.to_csv(tmp_path / "prices" / "NVDA.csv", index=False)
    msgs: list[str] = []
    get_prices(["NVDA"], "2025-01-21", "2025-01-31", offline=True, snapshot=tmp_path, notify=msgs.append)
    assert any("2025-01-23" in m and "NVDA" in m for m in msgs)


def test_snapshot_matches_files_and_shares():
    snap = Snapshot()
    assert {"NVDA", "QQQ", "SPY"} <= set(snap.tickers())
    nvda = snap.load("NVDA")
    assert nvda.loc[nvda["date"] == "2025-01-24", "close"].item() == pytest.approx(snap_close("NVDA", "2025-01-24"))
    shares, as_of, source = shares_outstanding("NVDA")
    assert shares == 24_477_000_000 and as_of == date(2025, 1, 26) and "10-K" in source


def test_second_run_downloads_only_the_missing_range(yf_clean, tmp_path):
    cache = PriceCache(tmp_path)
    ad = YahooReplay()
    get_prices(["NVDA"], date(2025, 1, 21), date(2025, 1, 31), session=replay_session(ad), cache=cache,
               notify=lambda m: None)
    yf_clean.data.YfData.cache_get.cache_clear()
    ad.chart_calls.clear()
    df = get_prices(["NVDA"], date(2025, 1, 21), date(2025, 2, 7), session=replay_session(ad), cache=cache,
                    notify=lambda m: None)
    ranges = [(pd.Timestamp(int(p["period1"]), unit="s").date(), pd.Timestamp(int(p["period2"]), unit="s").date())
              for sym, p in ad.chart_calls if "period1" in p]
    assert ranges and all(a >= date(2025, 2, 1) for a, _ in ranges)  # only the new week was requested
    days = list(df["date"].dt.date)
    assert (days[0], days[-1]) == (date(2025, 1, 21), date(2025, 2, 7))
    assert "the rest from the cache" in df.attrs["provenance"]["NVDA"].detail
    assert cache.missing("NVDA", date(2025, 1, 21), date(2025, 2, 7)) == []
    assert cache.missing("NVDA", date(2025, 1, 1), date(2025, 2, 10)) == [(date(2025, 1, 1), date(2025, 1, 20)),
                                                                          (date(2025, 2, 8), date(2025, 2, 10))]


def test_fully_cached_online_run_does_not_import_yfinance(tmp_path):
    seed = ("from datetime import date; from timeline.prices import PriceCache, Snapshot; s = Snapshot(); "
            f"c = PriceCache({str(tmp_path)!r}); df = s.load('NVDA'); c.store('NVDA', df, date(2024,10,1), date(2025,4,24))")
    subprocess.run([sys.executable, "-c", seed], check=True)
    code = (f"import sys; from timeline.prices import get_prices, PriceCache; "
            f"df = get_prices(['NVDA'], '2025-01-02', '2025-01-31', cache=PriceCache({str(tmp_path)!r}), notify=lambda m: None); "
            "print(df.attrs['provenance']['NVDA'].source, 'yfinance' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["cache", "False"]
