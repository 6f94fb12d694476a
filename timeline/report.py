"""A short Markdown report: chart, events, measures, claim checks, sources.

It is meant to be pasted into a report as is; every number in it comes from
the timeline's frames (nothing is typed in).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pandas as pd

from .numbers import format_money

if TYPE_CHECKING:
    from .pipeline import Timeline


def _isnan(x: Any) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NaT or x is pd.NA


def _pct(x: Any, digits: int = 2) -> str:
    return "" if _isnan(x) else f"{float(x):+.{digits}%}"


def _num(x: Any, fmt: str = "{:+.2f}") -> str:
    return "" if _isnan(x) else fmt.format(float(x))


def _day(x: Any) -> str:
    return "" if _isnan(x) else str(pd.Timestamp(x).date())


def _text(x: Any) -> str:
    """A string cell, or "" for a missing value (pandas reads None as NaN)."""
    return x if isinstance(x, str) else ""


def _cell(s: object) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def report_markdown(tl: Timeline, chart: str = "timeline.png") -> str:
    """The report as Markdown text (``chart`` is the image path relative to the report)."""
    parts = [f"# {tl.title}", "", f"_{tl.subtitle}_", "", f"![{tl.title}]({chart})", ""]

    ev = tl.events_frame()
    parts += ["## Events", ""]
    rows = []
    for r in ev.to_dict("records"):
        when = _day(r["date"]) + ("" if r["granularity"] == "day" else f" ({r['granularity']} {_day(r['start'])}..{_day(r['end'])})")
        rows.append([when, _day(r["session"]), _text(r["kind"]), _text(r["title"]), _text(r["tickers"]) or "–",
                     _text(r["pinned"]) or _text(r["date_basis"])[:240], _text(r["source"])])
    parts.append(_table(["date", "session", "kind", "event", "tickers", "dated by", "sources"], rows))

    m = tl.measures
    if not m.empty:
        parts += ["", "## Measures", "",
                  "Return on the event session, window returns, and abnormal returns from a market model "
                  f"against {tl.benchmark} (estimated on sessions [-120, -10], shortened when data is short; "
                  "t = CAR / (σ √L)).", ""]
        rows = []
        for r in m.to_dict("records"):
            est = f"{r.get('est_sessions', '')}{' (short)' if r.get('est_short') else ''}"
            rows.append([_text(r["title"]), _text(r["ticker"]), _day(r["session"]), _pct(r.get("return_0")),
                         _pct(r.get("benchmark_return_0")), _pct(r.get("ret_[-1,1]")), _pct(r.get("car_[0,0]")),
                         _num(r.get("t_[0,0]")), _pct(r.get("car_[0,5]")), _num(r.get("beta")), est,
                         "" if _isnan(r.get("value_change_usd")) else format_money(float(r["value_change_usd"]))])
        parts.append(_table(["event", "ticker", "session", "return", f"{tl.benchmark} return", "return [-1,+1]",
                             "AR", "t(AR)", "CAR [0,+5]", "beta", "est. sessions", "market value"], rows))

    c = tl.claims
    if not c.empty:
        parts += ["", "## What the articles claim, checked against prices", ""]
        parts.append(_table(["subject", "claim", "stated", "measured", "verdict", "why / note"],
                            [[_text(r[k]) for k in ("subject", "quantity", "stated", "measured", "verdict", "note")]
                             for r in c.to_dict("records")]))

    lm = tl.largest_moves(3)
    if not lm.empty:
        parts += ["", "## Largest one-day moves in the window", ""]
        parts.append(_table(["ticker", "session", "return", "nearest event before (sessions)", "nearest event after (sessions)"],
                            [[str(r["ticker"]), _day(r["session"]), _pct(r["return"]),
                              f"{r['event_before']} ({r['days_before']})" if _text(r["event_before"]) else "–",
                              f"{r['event_after']} ({r['days_after']})" if _text(r["event_after"]) else "–"]
                             for r in lm.to_dict("records")]))

    parts += ["", "## Sources", "", f"- Articles: {', '.join(a.source for a in tl.articles) or 'none'}"]
    from .prices import describe_sources

    parts += [f"- Prices from {line}" for line in describe_sources(tl.prices)]
    parts += [f"- {tl.price_note}"]
    if tl.warnings:
        parts += ["", "## Warnings", ""] + [f"- {w}" for w in tl.warnings]
    return "\n".join(parts) + "\n"
