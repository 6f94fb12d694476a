"""The first story, end to end on the offline snapshot (issue 2's acceptance criteria).

The expectations are facts of the story; the code that produces them has no
knowledge of these articles (see test_devset.py and test_events.py).
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from conftest import SEEDS

import timeline


@pytest.fixture(scope="module")
def tl() -> timeline.Timeline:
    return timeline.build(SEEDS, offline=True)


def by_kind(tl: timeline.Timeline, kind: str) -> list[timeline.Event]:
    return [e for e in tl.events if e.kind == kind]


def test_r1_release_in_week_of_jan_20(tl: timeline.Timeline) -> None:
    (rel,) = by_kind(tl, "model_release")
    assert "R1" in rel.title and rel.granularity == "week" and rel.date == date(2025, 1, 20)


def test_stargate_week_of_jan_20_from_both_articles(tl: timeline.Timeline) -> None:
    (inv,) = by_kind(tl, "investment")
    assert inv.amount == pytest.approx(500e9) and inv.start <= date(2025, 1, 21) <= inv.end
    assert inv.date == date(2025, 1, 20) and len(inv.sources) == 2


def test_altman_post_jan_28_from_both_articles(tl: timeline.Timeline) -> None:
    (post,) = by_kind(tl, "social_post")
    assert post.date == date(2025, 1, 28) and post.granularity == "day" and len(post.sources) == 2


def test_nvidia_drop_pinned_with_stated_vs_measured(tl: timeline.Timeline) -> None:
    moves = {e.tickers: e for e in by_kind(tl, "market_move")}
    nvda = moves[("NVDA",)]
    assert nvda.date == date(2025, 1, 27) and nvda.pinned and "NVDA" in nvda.pinned
    assert nvda.amount == pytest.approx(600e9) and nvda.amount_qualifier == "below"  # "fast 600 Milliarden"
    row = tl.events_frame().set_index("id").loc[nvda.id]
    # Measured from the snapshot: (close 01-27 - close 01-24) x shares outstanding.
    closes = tl.frame["NVDA_close"]
    expected = (closes.loc["2025-01-27"] - closes.loc["2025-01-24"]) * 24_477_000_000
    assert row["value_change_usd"] == pytest.approx(expected)
    assert -600e9 < row["value_change_usd"] < -580e9
    assert "fast 600 Milliarden" in row["stated"] and "-$592bn" in row["measured"]


def test_trillion_dollar_selloff_on_jan_27(tl: timeline.Timeline) -> None:
    moves = {e.tickers: e for e in by_kind(tl, "market_move")}
    sell = moves[()]
    assert sell.amount == pytest.approx(1e12)  # "über 1 Billion Dollar": German Billion = 10^12
    assert sell.date == date(2025, 1, 27) and tl.benchmark in (sell.pinned or "")


def test_holiday_event_moves_to_next_session(tl: timeline.Timeline) -> None:
    assert "2025-01-20" not in {str(d.date()) for d in tl.frame.index}
    assert "infrastructure" in tl.frame.loc["2025-01-21", "events"]
    assert "market holiday" in tl.frame.loc["2025-01-21", "session_notes"]


def test_prices_come_from_snapshot_and_say_so(tl: timeline.Timeline) -> None:
    assert {p.split(":")[1].split()[0] for p in tl.sources.values()} == {"snapshot"}
    assert tl.benchmark == "QQQ" and tl.primary == "NVDA"
    assert isinstance(tl.frame.index, pd.DatetimeIndex) and tl.frame.index.is_monotonic_increasing
