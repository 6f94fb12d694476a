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
