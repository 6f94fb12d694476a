from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from timeline.errors import UsageError
from timeline.events_io import events_from_frame, read_events


def test_toml_and_csv_events(tmp_path: Path) -> None:
    (tmp_path / "e.toml").write_text(
        '[[event]]\ndate = "2025-01-21"\ntitle = "Stargate"\nkind = "investment"\ntickers = ["ORCL", "9984.T"]\n'
        '[[event]]\ndate = "2025-01-20"\nstart = "2025-01-20"\nend = "2025-01-26"\ntitle = "R1 week"\n', encoding="utf-8")
    a, b = read_events(tmp_path / "e.toml")
    assert (a.date, a.kind, a.tickers, a.source) == (date(2025, 1, 21), "investment", ("ORCL", "9984.T"), "e.toml")
    assert (b.granularity, b.kind, b.end) == ("week", "other", date(2025, 1, 26))
    (tmp_path / "e.csv").write_text("date,title,tickers\n2025-01-27,Selloff,NVDA;AVGO\n", encoding="utf-8")
    (c,) = read_events(tmp_path / "e.csv")
    assert c.tickers == ("NVDA", "AVGO")


@pytest.mark.parametrize(
    "rec, msg",
    [({"title": "x"}, "needs 'date'"), ({"date": "2025-13-01", "title": "x"}, "YYYY-MM-DD"),
     ({"date": "2025-01-01", "title": "x", "kind": "rumour"}, "unknown kind"),
     ({"date": "2025-01-10", "start": "2025-01-11", "title": "x"}, "within start")],
)
def test_bad_events_are_named(rec: dict, msg: str) -> None:
    with pytest.raises(UsageError, match=msg):
        events_from_frame(pd.DataFrame([rec]), source="mine.csv")


def test_missing_or_wrong_files(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"no such events file"):
        read_events(tmp_path / "nope.csv")
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    with pytest.raises(UsageError, match=r".csv or .toml"):
        read_events(tmp_path / "x.json")
    (tmp_path / "b.toml").write_text("[[event]\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"cannot parse"):
        read_events(tmp_path / "b.toml")
