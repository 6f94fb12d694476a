"""The chart: drawn artists (lines, markers, labels), label layout guarantees, determinism."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.chart import assign_lanes, plot_timeline, render_chart, save_chart
from timeline.events import Event
from timeline.pipeline import Timeline


@pytest.fixture(scope="module")
def seed_tl() -> Timeline:
    return timeline.build(SEEDS, offline=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1000), st.floats(5, 200)), min_size=1, max_size=25))
def test_assign_lanes_guarantees(items: list[tuple[float, float]]) -> None:
    anchors = [a for a, _ in items]
    widths = [w for _, w in items]
    boxes = assign_lanes(anchors, widths, 0, 1000, pad=2)
    for b, w in zip(boxes, widths, strict=False):
        assert b.right - b.left == pytest.approx(w)
        assert -1e-9 <= b.left and b.right <= 1000 + 1e-9  # never outside the axes
    for a, b in itertools.combinations(boxes, 2):
        if a.lane == b.lane:
            assert a.right + 2 <= b.left + 1e-9 or b.right + 2 <= a.left + 1e-9  # no overlap in a lane
    right_hanging = all(b.left == pytest.approx(b.anchor) for b in boxes)
    for b in boxes:
        if b.crosses:
            assert not right_hanging  # the fallback is only ever needed for left-hanging labels
            continue
        for other in boxes:  # a leader never runs through a lower label
            if other.lane < b.lane:
                assert not (other.left + 2 < b.anchor < other.right - 2)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 800), st.floats(5, 200)), min_size=1, max_size=25))
def test_right_hanging_labels_never_need_the_fallback(items: list[tuple[float, float]]) -> None:
    boxes = assign_lanes([a for a, _ in items], [w for _, w in items], 0, 1000, pad=2)
    assert all(b.left == pytest.approx(b.anchor) and not b.crosses for b in boxes)


def leader_crossings(fig) -> list[str]:  # type: ignore[no-untyped-def]
    """Leader lines (vertical, in the label strip) that pass through another label's box."""
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    label_ax = next(ax for ax in fig.axes if any((t.get_gid() or "").startswith("event-label") for t in ax.texts))
    texts = [t for t in label_ax.texts if (t.get_gid() or "").startswith("event-label")]
    boxes = [(t.get_text(), t.get_window_extent(r)) for t in texts]
    bad = []
    for line in label_ax.lines:
        (x0, y_top), (_, y_bottom) = label_ax.transData.transform(line.get_xydata())
        for name, b in boxes:
            if b.x0 + 2 < x0 < b.x1 - 2 and min(y_top, y_bottom) < b.y0 < max(y_top, y_bottom):
                bad.append(name)
    return bad


def test_assign_lanes_example() -> None:
    assert [b.lane for b in assign_lanes([0, 10, 100], [50, 50, 50], 0, 400)] == [1, 0, 0]


def label_texts(fig) -> list:  # type: ignore[no-untyped-def]
    return [t for ax in fig.axes for t in ax.texts if (t.get_gid() or "").startswith("event-label")]


def test_seed_chart_draws_the_data(seed_tl: Timeline) -> None:
    fig, ax = plt.subplots(figsize=(11, 5))
    out = plot_timeline(seed_tl, ax=ax)
    assert out is ax
    lines = {ln.get_label(): ln for ln in ax.lines if ln.get_label() in ("NVDA", "QQQ")}
    nvda = seed_tl.frame["NVDA_close"]
    np.testing.assert_allclose(lines["NVDA"].get_ydata(), nvda / nvda.iloc[0] * 100)  # indexed to 100
    markers = [ln for ln in ax.lines if (ln.get_gid() or "").startswith("event-marker")]
    assert len(markers) == len(seed_tl.events)
    texts = [t.get_text() for t in label_texts(fig)]
    for e in seed_tl.events:
        assert any(e.title[:30] in t for t in texts), e.title
    assert any("largest move" in t and "-$592bn" in t for t in texts)


def test_labels_do_not_overlap_and_stay_inside(seed_tl: Timeline) -> None:
    fig = render_chart(seed_tl)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(r) for t in label_texts(fig)]
    assert len(boxes) >= len(seed_tl.events)
    fb = fig.bbox
    for b in boxes:
        assert fb.x0 <= b.x0 and b.x1 <= fb.x1 and fb.y0 <= b.y0 and b.y1 <= fb.y1
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)
    assert leader_crossings(fig) == []
    # Labels sit above the price panel: never over the lines.
    price_ax = next(ax for ax in fig.axes if ax.lines and ax.get_ylabel())
    top = price_ax.get_window_extent(r).y1
    assert all(b.y0 >= top - 1 for b in boxes)


def synthetic_timeline(n_events: int, title: str = "Event {i} with $5bn and 3% move") -> Timeline:
    days = pd.bdate_range("2025-03-03", "2025-04-30")
    rng = np.random.default_rng(7)
    rows = []
    for t, scale in (("AAA", 0.03), ("BBB", 0.01)):
        close = 100 * np.cumprod(1 + rng.normal(0, scale, len(days)))
        rows.append(pd.DataFrame({"date": days, "ticker": t, "open": close, "high": close, "low": close,
                                  "close": close, "adj_close": np.nan, "volume": 1000}))
    prices = pd.concat(rows, ignore_index=True)
    kinds = ["market_move", "investment", "social_post", "model_release", "earnings", "regulation"]
    evs = [Event(date=date(2025, 4, 1) + timedelta(days=i * 2 % 28), start=date(2025, 4, 1) + timedelta(days=i * 2 % 28),
                 end=date(2025, 4, 1) + timedelta(days=i * 2 % 28), granularity="day", kind=kinds[i % len(kinds)],
                 title=title.format(i=i), tickers=("AAA",), quote="q", source=f"art{i}.txt", published=None,
                 sources=(f"art{i}.txt",)) for i in range(n_events)]
    frame = timeline.merge(evs, prices, benchmark="BBB")
    prices.attrs["provenance"] = {}
    return Timeline([], evs, prices, frame, "AAA", "BBB", ["AAA", "BBB"])


def test_crowded_month_with_dollar_signs(tmp_path: Path) -> None:
    tl = synthetic_timeline(16)
    fig = render_chart(tl)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    texts = label_texts(fig)
    assert len(texts) == 17  # 16 events + the largest move
    assert all("$5bn" in t.get_text() for t in texts[:16]) and not any(t.get_parse_math() for t in texts)
    boxes = [t.get_window_extent(r) for t in texts]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    for b in boxes:
        assert fig.bbox.x0 <= b.x0 and b.x1 <= fig.bbox.x1 and b.y1 <= fig.bbox.y1
    save_chart(fig, tmp_path / "crowded.png")  # "$" must not reach mathtext (it would raise or mangle)
    assert leader_crossings(fig) == []


def test_output_is_byte_identical_and_atomic(seed_tl: Timeline, tmp_path: Path) -> None:
    for fmt in ("png", "svg", "pdf"):
        a = save_chart(render_chart(seed_tl), tmp_path / f"a.{fmt}").read_bytes()
        b = save_chart(render_chart(seed_tl), tmp_path / f"b.{fmt}").read_bytes()
        assert a == b and len(a) > 10_000
    assert not list(tmp_path.glob(".*.tmp"))
    with pytest.raises(ValueError, match="unsupported"):
        save_chart(render_chart(seed_tl), tmp_path / "x.gif")
    assert not (tmp_path / "x.gif").exists() and not list(tmp_path.glob(".*.tmp"))


BASELINE = Path(__file__).parent / "baseline"


def _compare(fig, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Compare with tests/baseline/<name>.png; TIMELINE_UPDATE_BASELINES=1 rewrites it."""
    import os

    from matplotlib.testing.compare import compare_images

    actual = save_chart(fig, tmp_path / f"{name}.png", dpi=100)
    expected = BASELINE / f"{name}.png"
    if os.environ.get("TIMELINE_UPDATE_BASELINES"):
        expected.write_bytes(actual.read_bytes())
    assert expected.exists(), f"no baseline {expected}; run with TIMELINE_UPDATE_BASELINES=1 and look at it"
    err = compare_images(str(expected), str(actual), tol=2.0)
    assert err is None, err


def test_seed_chart_matches_baseline(seed_tl: Timeline, tmp_path: Path) -> None:
    _compare(render_chart(seed_tl, dpi=100), "seed", tmp_path)


def test_crowded_chart_matches_baseline(tmp_path: Path) -> None:
    _compare(render_chart(synthetic_timeline(16), dpi=100), "crowded", tmp_path)


def test_volume_panel_and_log_scale(seed_tl: Timeline) -> None:
    fig = render_chart(seed_tl, volume=True, log=True)
    price_ax = next(ax for ax in fig.axes if ax.get_ylabel().startswith("close"))
    vol_ax = next(ax for ax in fig.axes if "vol." in ax.get_ylabel())
    assert price_ax.get_yscale() == "log"
    assert len(vol_ax.patches) == int((seed_tl.prices["ticker"] == "NVDA").sum())
    assert vol_ax.get_xlim() == price_ax.get_xlim()  # shares the x axis


def test_index_to_a_chosen_date(seed_tl: Timeline) -> None:
    _, ax = plt.subplots()
    plot_timeline(seed_tl, ax=ax, normalize="2025-01-24")
    nvda = next(ln for ln in ax.lines if ln.get_label() == "NVDA")
    x = list(seed_tl.frame.index).index(pd.Timestamp("2025-01-24"))
    assert nvda.get_ydata()[x] == pytest.approx(100.0)
    assert "2025-01-24" in ax.get_ylabel()


def test_events_outside_the_range_are_not_drawn_on_a_wrong_day() -> None:
    tl = timeline.build(SEEDS, offline=True, start="2025-01-24", end="2025-02-10")
    _, ax = plt.subplots()
    plot_timeline(tl, ax=ax)
    import matplotlib.dates as mdates

    drawn = sorted(mdates.num2date(ln.get_xdata()[0]).date() for ln in ax.lines
                   if (ln.get_gid() or "").startswith("event-marker"))
    inside = sorted(timeline.timeline.map_to_session(pd.Timestamp(e.date))[0].date() for e in tl.events)
    inside = [d for d in inside if d >= date(2025, 1, 24)]
    assert drawn == inside  # R1 and Stargate (session 2025-01-21) are not drawn at all
    assert date(2025, 1, 21) not in drawn and date(2025, 1, 24) not in drawn
