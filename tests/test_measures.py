"""Event-study formulas and claim checks on small frames with hand-computed answers."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest
from test_timeline import ev, tidy

from timeline.claims import check_claims, verdict
from timeline.measures import event_measures, event_study, fit_market_model, largest_moves, window_return


def test_window_return_compounds_and_refuses_gaps() -> None:
    r = pd.Series([0.10, -0.10, 0.05])
    assert window_return(r, 0, 2) == pytest.approx(1.10 * 0.90 * 1.05 - 1)
    assert window_return(r, 1, 1) == pytest.approx(-0.10)
    assert math.isnan(window_return(pd.Series([0.1, np.nan, 0.1]), 0, 2))
    assert math.isnan(window_return(r, -1, 1)) and math.isnan(window_return(r, 2, 3))  # outside the data


def test_market_model_recovers_alpha_beta() -> None:
    m = pd.Series([0.01, -0.02, 0.015, 0.0, 0.03, -0.01])
    s = 0.001 + 1.5 * m
    fit = fit_market_model(s, m)
    assert fit is not None
    assert (fit.alpha, fit.beta, fit.n) == (pytest.approx(0.001), pytest.approx(1.5), 6)
    assert fit.sigma == pytest.approx(0.0, abs=1e-12)
    assert fit_market_model(s, pd.Series([0.0] * 6)) is None  # no variance in the market


def test_abnormal_return_and_t_by_hand() -> None:
    idx = pd.bdate_range("2024-01-01", periods=60)
    rng = np.random.default_rng(0)
    m = pd.Series(rng.normal(0, 0.01, 60), index=idx)
    noise = pd.Series(rng.normal(0, 0.002, 60), index=idx)
    s = 0.0005 + 2.0 * m + noise
    s.iloc[50] += -0.08  # the event: an 8% abnormal fall
    s.iloc[0] = m.iloc[0] = np.nan  # first day has no return
    out = event_measures(s, m, idx[50], est=(-40, -5), windows=((0, 0), (0, 2)))
    fit = fit_market_model(s.iloc[10:46], m.iloc[10:46])
    assert fit is not None
    ar0 = s.iloc[50] - (fit.alpha + fit.beta * m.iloc[50])
    assert out["car_[0,0]"] == pytest.approx(ar0)
    assert out["t_[0,0]"] == pytest.approx(ar0 / fit.sigma)
    car02 = sum(s.iloc[50 + k] - (fit.alpha + fit.beta * m.iloc[50 + k]) for k in range(3))
    assert out["car_[0,2]"] == pytest.approx(car02)
    assert out["t_[0,2]"] == pytest.approx(car02 / (fit.sigma * math.sqrt(3)))
    assert out["beta"] == pytest.approx(2.0, abs=0.1) and out["car_[0,0]"] < -0.07
    assert out["est_sessions"] == 36 and out["est_short"] is False


def test_short_estimation_window_is_flagged_or_skipped() -> None:
    idx = pd.bdate_range("2024-01-01", periods=40)
    m = pd.Series(np.linspace(-0.01, 0.01, 40), index=idx)
    s = 2 * m
    out = event_measures(s, m, idx[30], est=(-120, -10))
    assert out["est_short"] is True and out["est_sessions"] == 20  # positions 1..20
    assert out["beta"] == pytest.approx(2.0)
    out2 = event_measures(s, m, idx[15], est=(-120, -10))
    assert out2["est_sessions"] == 5 and math.isnan(out2["car_[0,0]"])  # too short to fit: NaN, not a guess
    assert out2["return_0"] == pytest.approx(s.iloc[15])


def test_event_study_maps_weekend_and_holiday_events_to_next_session() -> None:
    closes = {"2025-01-16": 100, "2025-01-17": 100, "2025-01-21": 90, "2025-01-22": 99}
    px = pd.concat([tidy("X", closes), tidy("B", {d: 10.0 for d in closes})])
    table = event_study([ev("market_move", date(2025, 1, 18), tickers=["X"])], px, "B", shares={"X": 1_000})
    row = table.iloc[0]
    assert row["session"] == pd.Timestamp("2025-01-21") and "weekend" in row["session_note"]
    assert row["return_0"] == pytest.approx(-0.10) and row["value_change_usd"] == pytest.approx(-10 * 1_000)


def test_largest_moves_with_nearest_events() -> None:
    px = tidy("X", {"2025-01-13": 100, "2025-01-14": 120, "2025-01-15": 119, "2025-01-16": 90, "2025-01-17": 91})
    evs = [ev("earnings", date(2025, 1, 14), title="Results"), ev("statement", date(2025, 1, 17), title="Talk")]
    lm = largest_moves(px, evs, n=2)
    assert list(lm["session"]) == list(pd.to_datetime(["2025-01-16", "2025-01-14"]))
    first = lm.iloc[0]
    assert first["return"] == pytest.approx(90 / 119 - 1)
    assert "Results" in first["event_before"] and first["days_before"] == 2
    assert "Talk" in first["event_after"] and first["days_after"] == 1
    assert lm.iloc[1]["days_before"] == 0  # an event on the move's own session


@pytest.mark.parametrize(
    "stated, measured, qual, expected",
    [(600e9, 592e9, "below", "consistent"), (600e9, 610e9, "below", "off by +2%"), (600e9, 400e9, "below", "off by -33%"),
     (1e12, 1.05e12, "above", "consistent"), (1e12, 0.9e12, "above", "off by -10%"),
     (500e9, 540e9, "about", "consistent"), (17, 16.97, None, "consistent"), (17, 12, None, "off by -29%")],
)
def test_verdicts(stated: float, measured: float, qual: str | None, expected: str) -> None:
    assert verdict(stated, measured, qual)[0] == expected


def test_claims_against_prices() -> None:
    px = tidy("X", {"2025-01-06": 100.0, "2025-01-07": 83.0})
    mk = dict(kind="market_move", d=date(2025, 1, 7), tickers=["X"], direction="down")
    base = ev(**mk)  # type: ignore[arg-type]
    from dataclasses import replace

    money = replace(base, amount=17e3, amount_text="fast 17 Tausend Dollar", amount_qualifier="below",
                    market_value=True, currency="USD")
    pct = replace(base, percent=-17.0)
    wrong_way = replace(base, percent=5.0, direction="up")
    no_shares = replace(money, tickers=("Y",))
    market = replace(money, tickers=())
    claims = check_claims([money, pct, wrong_way, no_shares, market], px, shares={"X": 1_000})
    v = list(claims["verdict"])
    assert v[0] == "consistent" and claims.iloc[0]["measured_value"] == pytest.approx(-17_000)
    assert v[1] == "consistent" and claims.iloc[1]["measured_value"] == pytest.approx(-17.0)
    assert v[2].startswith("contradicted")
    assert v[3] == "cannot check" and "no prices for Y" in claims.iloc[3]["note"]
    assert v[4] == "cannot check" and "market-wide" in claims.iloc[4]["note"]
