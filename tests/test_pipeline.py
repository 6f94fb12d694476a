"""build() online with the network down: falls back, says so once, substitutes the benchmark."""

from __future__ import annotations

from conftest import SEEDS
from yahoo_replay import YahooReplay, replay_session

import timeline


def test_online_build_with_network_down_uses_snapshot_and_says_so(yf_clean) -> None:  # type: ignore[no-untyped-def]
    notes: list[str] = []
    tl = timeline.build(SEEDS, session=replay_session(YahooReplay(modes={"*": "dns"})), cache=False, notify=notes.append)
    assert tl.benchmark == "QQQ"
    assert sum("unreachable" in n for n in notes) == 1
    assert any("QQQ stands in for ^NDX" in n for n in notes)
    assert not any(n.startswith("warning: ^NDX") for n in notes)  # a substitution is not a failure
    assert {p.split(":")[1].split()[0] for p in tl.sources.values()} == {"snapshot"}


def test_online_build_uses_yfinance_when_it_answers(yf_clean) -> None:  # type: ignore[no-untyped-def]
    # Yahoo (replayed) knows the snapshot tickers but not the index: the benchmark falls back to QQQ.
    ad = YahooReplay(modes={"^NDX": "unknown"})
    tl = timeline.build(SEEDS, tickers="NVDA", session=replay_session(ad), cache=False, notify=lambda m: None)
    assert tl.prices.attrs["provenance"]["NVDA"].source == "yfinance"
    assert any(sym == "NVDA" for sym, _ in ad.chart_calls)
    assert tl.frame.loc["2025-01-27", "NVDA_return"] < -0.16


def test_shares_outstanding_from_yfinance_when_the_snapshot_has_none(yf_clean, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from timeline.prices import fetch_shares_outstanding

    # A snapshot folder without shares.csv: the share count must come from (replayed) Yahoo.
    shutil.copytree(SEEDS / "prices", tmp_path / "prices")
    ad = YahooReplay(modes={"^NDX": "unknown"})
    session = replay_session(ad)
    got = fetch_shares_outstanding("NVDA", __import__("datetime").date(2025, 1, 27), session=session)
    assert got is not None and got[0] == 24_477_000_000 and "Yahoo" in got[2]
    tl = timeline.build(SEEDS, snapshot=tmp_path, tickers="NVDA", session=session, cache=False, notify=lambda m: None)
    assert tl.shares_info["NVDA"][0] == 24_477_000_000
    assert tl.frame.loc["2025-01-27", "NVDA_value_change_usd"] < -5.8e11
    verdicts = set(tl.claims["verdict"])
    assert "consistent" in verdicts  # "fast 600 Milliarden" checked with Yahoo's share count
    assert fetch_shares_outstanding("MSFT", __import__("datetime").date(2025, 1, 27), session=session) is None
