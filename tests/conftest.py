from __future__ import annotations

import os
import sys
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = Path(__file__).resolve().parent / "devset"
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own price cache; nothing touches the user's."""
    d = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(d))
    monkeypatch.delenv("TIMELINE_SNAPSHOT", raising=False)
    monkeypatch.delenv("TIMELINE_ENTITIES", raising=False)
    # A wire dateline with no year anywhere is dated the latest fitting year up to today: pin today so the
    # suite gives the same answers on any day (the labelled sets were written in 2026).
    monkeypatch.setenv("TIMELINE_TODAY", os.environ.get("TIMELINE_TODAY", "2026-11-23"))
    return d


@pytest.fixture
def yf_clean(tmp_path: Path):
    """yfinance with its in-process response cache and tz cache reset (they outlive a test)."""
    import yfinance as yf
    import yfinance.base

    yf.set_tz_cache_location(str(tmp_path / "yf-tz"))
    yf.data.YfData.cache_get.cache_clear()
    yfinance.base._tz_info_fetch_ctr = 0
    yield yf
    yf.data.YfData.cache_get.cache_clear()


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
