"""The annotated timeline chart.

:func:`plot_timeline` draws on a given Axes (or the current one) in the seaborn
style and returns it: price lines, event markers by kind, shaded spans for
week/month-granular events, the largest move highlighted, and event labels in a
lane strip above the prices with leader lines. :func:`render_chart` builds a
complete figure (title, subtitle, legend, source footnote) with its geometry
computed in inches, and :func:`save_chart` writes PNG/SVG/PDF deterministically
and atomically.

Label placement (:func:`assign_lanes`) is a greedy interval layout with three
guarantees, tested in ``tests/test_chart.py``: labels in a lane never overlap, a
leader line never crosses a label in a lower lane, and no label leaves the axes.

Example:
    >>> fig = render_chart(tl)  # doctest: +SKIP
    >>> save_chart(fig, "output/timeline.png")  # doctest: +SKIP
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import ConnectionPatch

from ._io import write_with
from .events import Event
from .numbers import format_money

if TYPE_CHECKING:
    from .pipeline import Timeline

KIND_STYLE: dict[str, tuple[str, str]] = {
    "model_release": ("#1f6fb4", "o"),
    "social_post": ("#8e4fc0", "s"),
    "market_move": ("#c62828", "v"),
    "investment": ("#2e8b3a", "D"),
    "earnings": ("#e07b00", "^"),
    "regulation": ("#7b4f2c", "P"),
    "outage": ("#5f6368", "X"),
    "bankruptcy": ("#000000", "X"),
    "scheduled": ("#12a4b6", "*"),
    "statement": ("#a39e12", "h"),
    "other": ("#888888", "o"),
}
KIND_LABEL = {k: k.replace("_", " ") for k in KIND_STYLE}
LINE_COLORS = ["#1a1a1a", "#8a8a8a", "#1f6fb4", "#e07b00", "#2e8b3a", "#8e4fc0", "#c62828", "#12a4b6"]
FONT_SIZE = 8.5
MAX_LABEL_CHARS = 62


@dataclass(frozen=True)
class LabelBox:
    """A label in the lane strip: its anchor (where the leader points) and extent, in pixels."""

    anchor: float
    left: float
    right: float
    lane: int
    crosses: bool = False  # its leader runs through a lower label (rare fallback, see assign_lanes)


def assign_lanes(anchors: Sequence[float], widths: Sequence[float], x_min: float, x_max: float, pad: float = 4.0) -> list[LabelBox]:
    """Place labels (one per anchor, width in the same units) in stacked lanes.

    Each label hangs right of its anchor (left of it only if it would leave
    ``[x_min, x_max]``, shifted inside if neither fits; :func:`plot_timeline` widens
    the x range so that right-hanging always fits). Labels are taken from right to
    left; each goes to the lowest lane where

    * it overlaps no label of that lane (``pad`` apart),
    * no label in a lower lane covers its anchor (its leader would cross it),
    * it covers no anchor of a label in a higher lane.

    Returns the boxes in input order.

    Example:
        >>> [b.lane for b in assign_lanes([0, 10, 100], [50, 50, 50], 0, 400)]
        [1, 0, 0]
    """
    order = sorted(range(len(anchors)), key=lambda i: (-anchors[i], i))
    placed: list[LabelBox] = []
    result: dict[int, LabelBox] = {}
    for i in order:
        a, w = anchors[i], widths[i]
        # Right-hanging whenever it fits: only then is "no leader crosses a label" guaranteed.
        options = []
        if a + w <= x_max:
            options.append((a, a + w))
        elif a - w >= x_min:
            options.append((a - w, a))
        if not options:
            left = min(max(x_min, a - w / 2), x_max - w)
            options.append((left, left + w))
        box = None
        for lane in range(len(placed) + 1):
            fit = next((o for o in options if _fits(o, a, lane, placed, pad)), None)
            if fit is not None:
                box = LabelBox(a, fit[0], fit[1], lane)
                break
        if box is None:
            # Only possible when a left-hanging label in a lower lane covers this anchor:
            # go to a new top lane (no overlap) and say that its leader crosses a label.
            top = max(p.lane for p in placed) + 1
            box = LabelBox(a, options[0][0], options[0][1], top, crosses=True)
        placed.append(box)
        result[i] = box
    return [result[i] for i in range(len(anchors))]


def _fits(box: tuple[float, float], anchor: float, lane: int, placed: Sequence[LabelBox], pad: float) -> bool:
    left, right = box
    for p in placed:
        if p.lane == lane and left < p.right + pad and p.left < right + pad:
            return False
        if p.lane < lane and p.left + pad < anchor < p.right - pad:
            return False  # our leader would run through p
        if p.lane > lane and left + pad < p.anchor < right - pad:
            return False  # p's leader would run through us
    return True


def _short(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _day_label(d: date) -> str:
    return f"{d.day} {d.strftime('%b')}"


def event_label(e: Event) -> str:
    """Chart label: short date (or "wk of" / month) and the title."""
    if e.granularity == "week":
        when = f"wk of {_day_label(e.date)}"
    elif e.granularity == "month":
        when = e.date.strftime("%b %Y")
    else:
        when = _day_label(e.date)
    return _short(f"{when}: {e.title}")


def _num(ts: pd.Timestamp) -> float:
    """Matplotlib's float date for a timestamp."""
    return float(mdates.date2num(ts))


def _session_of(d: date, index: pd.DatetimeIndex) -> pd.Timestamp | None:
    """The session an event on ``d`` first affects, if the chart shows it (else None)."""
    from .timeline import map_to_session

    sess, _ = map_to_session(pd.Timestamp(d))
    return sess if sess in index else None


def _period(e: Event) -> tuple[date, date]:
    """The best period of a week/month event (its stated week or month), within its interval."""
    if e.granularity == "week":
        s = e.date - timedelta(days=e.date.weekday())
        lo, hi = s, s + timedelta(days=6)
    else:
        lo, hi = e.start, e.end
    return max(lo, e.start), min(hi, e.end)


def plot_timeline(
    data: Timeline | pd.DataFrame,
    ax: Axes | None = None,
    *,
    events: Sequence[Event] | None = None,
    tickers: Sequence[str] | None = None,
    normalize: bool | str | None = None,
    log: bool = False,
    label_ax: Axes | None = None,
    highlight: int = 1,
    primary: str | None = None,
) -> Axes:
    """Draw prices and events on ``ax`` (default: the current Axes) and return it.

    ``data`` is a :class:`~timeline.pipeline.Timeline` or its frame (columns
    ``<T>_close``). ``normalize`` indexes each line to 100 at the first session
    (or at a date given as a string); by default it does so when there are two or
    more tickers. Labels go to ``label_ax``; without one, a strip is appended
    above ``ax``. ``highlight`` marks the N largest one-day moves of the primary
    ticker (the first ticker).
    """
    import matplotlib.pyplot as plt

    frame: pd.DataFrame = data if isinstance(data, pd.DataFrame) else data.frame
    if events is None:
        events = list(getattr(data, "events", []))
    if ax is None:
        ax = plt.gca()
    closes = [c[: -len("_close")] for c in frame.columns if c.endswith("_close")]
    # A Timeline knows its main stock and benchmark; a bare frame plots every ticker.
    tickers = [t for t in (tickers or getattr(data, "chart_tickers", None) or closes) if f"{t}_close" in frame]
    primary = primary or getattr(data, "primary", None)
    if not tickers:
        raise ValueError("the frame has no <TICKER>_close columns to plot")
    primary = primary if primary in tickers else tickers[0]
    if normalize is None:
        normalize = len(tickers) > 1
    base_date = None
    lines: dict[str, pd.Series] = {}
    for t in tickers:
        s = frame[f"{t}_close"].astype(float)
        if normalize:
            ref = s.loc[pd.Timestamp(normalize):].dropna() if isinstance(normalize, str) else s.dropna()
            base_date = ref.index[0]
            s = s / ref.iloc[0] * 100
        lines[t] = s

    for i, t in enumerate(tickers):
        s = lines[t]
        ax.plot(mdates.date2num(s.index), s.to_numpy(dtype=float), color=LINE_COLORS[i % len(LINE_COLORS)], lw=2.0 if t == primary else 1.3,
                label=t, zorder=3 if t == primary else 2, solid_capstyle="round")
    ax.set_yscale("log" if log else "linear")
    ax.set_ylabel(f"close, indexed to 100 on {base_date.date()}" if normalize and base_date is not None else "close (USD)")
    ax.grid(True, axis="y", color="#e6e6e6", lw=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    idx = pd.DatetimeIndex(frame.index)
    ax.set_xlim(_num(idx.min() - pd.Timedelta(days=1)), _num(idx.max() + pd.Timedelta(days=1)))
    locator = mdates.AutoDateLocator(minticks=5, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))

    # Week/month events: shade their best period.
    for e in events:
        if e.granularity in ("week", "month") and not e.pinned and _session_of(e.date, idx) is not None:
            lo, hi = _period(e)
            color = KIND_STYLE.get(e.kind, KIND_STYLE["other"])[0]
            ax.axvspan(_num(pd.Timestamp(lo) - pd.Timedelta(hours=12)), _num(pd.Timestamp(hi) + pd.Timedelta(hours=12)),
                       color=color, alpha=0.08, lw=0, zorder=0)

    # Largest moves of the primary ticker.
    ret = frame.get(f"{primary}_return")
    highlights: list[tuple[pd.Timestamp, float]] = []
    if ret is not None and highlight:
        top = ret.dropna().abs().sort_values(ascending=False).head(highlight)
        for d in top.index:
            r = float(ret.loc[d])
            highlights.append((d, r))
            ax.axvspan(_num(d - pd.Timedelta(hours=14)), _num(d + pd.Timedelta(hours=14)), color="#c62828", alpha=0.16,
                       lw=0, zorder=1)

    # Markers on the line each event belongs to; several on one session stack upwards.
    from matplotlib.transforms import offset_copy

    anchors: list[tuple[pd.Timestamp, float, str, str, str, Any]] = []  # (x, y, label, color, kind, transform)
    stacked: dict[tuple[pd.Timestamp, str], int] = {}
    bench = tickers[1] if len(tickers) > 1 else primary
    for e in sorted(events, key=lambda e: (e.date, e.kind)):
        sess = _session_of(e.date, idx)
        if sess is None:
            continue  # outside the chart: listed in the tables, never drawn on a wrong day
        # A market-wide move (no stock named) belongs on the benchmark line.
        default = bench if e.kind == "market_move" and not e.tickers else primary
        t = next((x for x in e.tickers if x in lines), default)
        y = float(lines[t].get(sess, float("nan")))
        if pd.isna(y):
            continue
        k = stacked.get((sess, t), 0)
        stacked[(sess, t)] = k + 1
        trans = offset_copy(ax.transData, fig=ax.get_figure(root=True), x=0, y=11 * k, units="points")
        color, marker = KIND_STYLE.get(e.kind, KIND_STYLE["other"])
        if e.kind == "market_move" and e.direction == "up":
            marker = "^"
        ax.plot([_num(sess)], [y], marker=marker, ms=8, color=color, mec="white", mew=1.0, zorder=5, ls="none",
                transform=trans, gid=f"event-marker-{e.kind}")
        anchors.append((sess, y, event_label(e), color, e.kind, trans))
    for d, r in highlights:
        val = frame.get(f"{primary}_value_change_usd")
        money = f", {format_money(float(val.loc[d]))} market value" if val is not None and not pd.isna(val.loc[d]) else ""
        anchors.append((d, float(lines[primary].loc[d]), f"{_day_label(d.date())}: {primary} {r:+.1%}{money} (largest move)",
                        "#c62828", "highlight", ax.transData))

    _draw_labels(ax, anchors, label_ax)
    return ax


def _draw_labels(ax: Axes, anchors: list[tuple[pd.Timestamp, float, str, str, str, Any]], label_ax: Axes | None) -> Axes | None:
    if not anchors:
        return None
    fig = ax.figure
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    # Measure label widths in pixels with a throwaway text.
    probe = ax.text(0, 0, "", fontsize=FONT_SIZE, parse_math=False)
    widths = []
    for _, _, label, _, _, _ in anchors:
        probe.set_text(label)
        widths.append(probe.get_window_extent(renderer).width + 8)
    probe.remove()
    ax_box = ax.get_window_extent(renderer)
    # Every label hangs right of its anchor (that is what guarantees that no leader crosses
    # a label); make room on the right for the last ones by widening the x range.
    for _ in range(8):
        xs_px = [ax.transData.transform((mdates.date2num(x), 0))[0] for x, *_ in anchors]
        overhang = max(x + w for x, w in zip(xs_px, widths, strict=True)) - ax_box.x1
        if overhang <= 0:
            break
        lo, hi = ax.get_xlim()
        per_px = (hi - lo) / ax_box.width
        ax.set_xlim(lo, hi + (overhang + 2) * per_px * 1.1)
    boxes = assign_lanes(xs_px, widths, ax_box.x0, ax_box.x1 + 1)
    n_lanes = max(b.lane for b in boxes) + 1
    line_h = FONT_SIZE * 1.9 / 72  # inches per lane
    if label_ax is None:
        from mpl_toolkits.axes_grid1 import make_axes_locatable

        label_ax = make_axes_locatable(ax).append_axes("top", size=n_lanes * line_h + 0.1, pad=0.05, sharex=ax)
    label_ax.set_ylim(-0.6, n_lanes - 0.4)
    label_ax.set_axis_off()
    label_ax.set_xlim(ax.get_xlim())
    inv = ax.transData.inverted()
    for (x, y, label, color, kind, trans), box in zip(anchors, boxes, strict=False):
        left_data = inv.transform((box.left + 4, 0))[0]
        txt = label_ax.text(left_data, box.lane, label, fontsize=FONT_SIZE, va="center", ha="left", color="#202020" if kind != "highlight" else color,
                            fontweight="bold" if kind == "highlight" else "normal", parse_math=False, zorder=4,
                            bbox={"boxstyle": "square,pad=0.15", "fc": "white", "ec": "none"})
        txt.set_gid(f"event-label-{kind}")
        xnum = mdates.date2num(x)
        label_ax.plot([xnum, xnum], [box.lane - 0.45, -0.6], color=color, lw=0.8, zorder=3, solid_capstyle="butt")
        con = ConnectionPatch(xyA=(xnum, -0.6), coordsA=label_ax.transData, xyB=(xnum, y), coordsB=trans,
                              color=color, lw=0.8, ls=(0, (2, 2)), zorder=4)
        fig.add_artist(con)
    ax._timeline_label_ax = label_ax  # type: ignore[attr-defined]  # for tests and render_chart
    return label_ax


def render_chart(
    tl: Timeline,
    *,
    width: float = 12.0,
    dpi: int = 150,
    volume: bool = False,
    normalize: bool | str | None = None,
    log: bool = False,
    title: str | None = None,
) -> Figure:
    """A complete figure for ``tl``: title, subtitle, chart, legend, footnote.

    Geometry is in inches so that nothing is cut off whatever the number of
    label lanes; the figure grows in height instead.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with matplotlib.rc_context({"font.family": "DejaVu Sans", "svg.hashsalt": "timeline", "axes.titlesize": 11}):
        fig = Figure(figsize=(width, 6.0), dpi=dpi)
        FigureCanvasAgg(fig)
        left, right = 0.75, 0.35
        main_h, vol_h = 3.9, (1.0 if volume else 0.0)
        axw = width - left - right
        # First pass: lay out on a provisional main axes to learn how many lanes are needed.
        ax = fig.add_axes((0, 0, 1, 1))
        label_ax = fig.add_axes((0, 0, 1, 1))
        tickers = tl.chart_tickers
        # Provisional geometry so that pixel measurements match the final axes width.
        fig.set_size_inches(width, 6.0)
        ax.set_position((left / width, 0.3, axw / width, 0.5))
        plot_timeline(tl, ax=ax, label_ax=label_ax, tickers=tickers, normalize=normalize, log=log)
        n_lanes = round(label_ax.get_ylim()[1] + 0.4) if label_ax.get_ylim()[1] > 0 else 1
        lanes_h = n_lanes * FONT_SIZE * 1.9 / 72 + 0.15
        foot = _footnote(tl)
        foot_lines = textwrap.wrap(foot, width=int((width - 1.2) * 15.5))  # ~7.5 pt characters per inch
        handles = _legend_handles(tl, tickers)
        ncol = max(1, min(len(handles), int(axw // 1.45)))  # ~1.45 in per legend entry
        legend_rows = -(-len(handles) // ncol)
        top_h, legend_h, xaxis_h = 0.85, 0.1 + 0.22 * legend_rows, 0.55
        foot_h = 0.16 * len(foot_lines) + 0.15
        height = top_h + lanes_h + main_h + vol_h + xaxis_h + legend_h + foot_h
        fig.set_size_inches(width, height)

        def box(bottom_in: float, h_in: float) -> tuple[float, float, float, float]:
            return (left / width, bottom_in / height, axw / width, h_in / height)

        y = foot_h + legend_h + xaxis_h
        vol_ax = None
        if volume:
            vol_ax = fig.add_axes(box(y, vol_h - 0.1), sharex=ax)
            y += vol_h
        ax.set_position(box(y, main_h))
        label_ax.set_position(box(y + main_h, lanes_h))
        if vol_ax is not None:
            _plot_volume(tl, vol_ax, tl.primary)
            ax.tick_params(labelbottom=False)
        fig.text(left / width, 1 - 0.32 / height, title or tl.title, fontsize=14, fontweight="bold", va="baseline", parse_math=False)
        fig.text(left / width, 1 - 0.6 / height, tl.subtitle, fontsize=9.5, color="#444444", va="baseline", parse_math=False)
        fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(left / width, (foot_h + 0.02) / height),
                   ncol=ncol, frameon=False, fontsize=8.5, handlelength=1.6, columnspacing=1.2)
        fig.text(left / width, 0.12 / height, "\n".join(foot_lines), fontsize=7.5, color="#555555", va="bottom",
                 linespacing=1.35, parse_math=False)
        # Second pass against the final geometry (label pixel widths are unchanged).
        for p in [a for a in fig.artists if isinstance(a, ConnectionPatch)]:
            p.remove()
        ax.cla()
        label_ax.cla()
        plot_timeline(tl, ax=ax, label_ax=label_ax, tickers=tickers, normalize=normalize, log=log)
    return fig


def _legend_handles(tl: Timeline, tickers: Sequence[str]) -> list[Any]:
    from matplotlib.patches import Patch

    handles: list[Any] = [Line2D([], [], color=LINE_COLORS[i % len(LINE_COLORS)], lw=2, label=t) for i, t in enumerate(tickers)]
    idx = pd.DatetimeIndex(tl.frame.index)
    shown = [e for e in tl.events if _session_of(e.date, idx) is not None]  # the legend lists what is drawn
    kinds = sorted({e.kind for e in shown})
    handles += [Line2D([], [], ls="none", marker=KIND_STYLE[k][1], color=KIND_STYLE[k][0], ms=7, label=KIND_LABEL[k])
                for k in kinds]
    if any(e.granularity in ("week", "month") and not e.pinned for e in shown):
        handles.append(Patch(color="#1f6fb4", alpha=0.15, label="week/month-dated event"))
    handles.append(Patch(color="#c62828", alpha=0.25, label="largest one-day move"))
    return handles


def _plot_volume(tl: Timeline, ax: Axes, ticker: str) -> None:
    vol = tl.prices[tl.prices["ticker"] == ticker].set_index("date")["volume"].astype(float)
    ax.bar(mdates.date2num(vol.index), vol.to_numpy(dtype=float) / 1e6, width=0.8, color="#9e9e9e")
    ax.set_ylabel(f"{ticker} vol. (m)")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _footnote(tl: Timeline) -> str:
    arts = ", ".join(sorted({s for e in tl.events for s in e.sources})) or "none"
    return f"Articles: {arts}. {tl.price_note}"


def save_chart(fig: Figure, path: str | Path, *, dpi: int | None = None) -> Path:
    """Save ``fig`` as PNG, SVG or PDF (by suffix), byte-for-byte reproducible, atomically."""
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    meta: dict[str, Any]
    if fmt == "png":
        meta = {"Software": "timeline"}
    elif fmt == "svg":
        meta = {"Date": None, "Creator": "timeline"}
    elif fmt == "pdf":
        meta = {"CreationDate": None, "ModDate": None, "Creator": "timeline", "Producer": "timeline"}
    else:
        raise ValueError(f"unsupported chart format {fmt!r}; use .png, .svg or .pdf")

    def write(tmp: Path) -> None:
        with matplotlib.rc_context({"svg.hashsalt": "timeline", "svg.fonttype": "path", "pdf.compression": 6}):
            fig.savefig(tmp, format=fmt, dpi=dpi or fig.dpi, metadata=meta, facecolor="white")

    return write_with(path, write)
