"""The CLI contract: commands, output formats, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from timeline.cli import main

KEYS = {"date", "start", "end", "granularity", "kind", "title", "tickers", "quote", "source", "published"}


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_events_jsonl_contract() -> None:
    out = run("events", str(SEEDS), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    recs = [json.loads(line) for line in out.stdout.splitlines()]
    assert recs and all(KEYS <= set(r) for r in recs)
    assert all(isinstance(r["tickers"], list) for r in recs)
    text = "".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    assert all(r["quote"] in text for r in recs)  # quotes are exact article text


def test_events_csv_and_table(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Die Aktie von SAP stieg gestern um 3 Prozent.", encoding="utf-8")
    out = run("events", str(art), "--published", "2025-03-12", "--format", "csv")
    assert out.returncode == 0 and out.stdout.splitlines()[0].startswith("date,start,end")
    assert "2025-03-11" in out.stdout and "SAP.DE" in out.stdout
    table = run("events", str(art), "--published", "2025-03-12")
    assert "market_move" in table.stdout and "SAP.DE" in table.stdout


@pytest.mark.parametrize(
    "args, code, needle",
    [
        (["events", "nope.txt"], 2, "nope.txt: no such file"),
        (["build", "--articles", "seeds", "--offline", "--tickers", "ZZZZQ", "--benchmark", "ZZZZQ"], 2, "ZZZZQ"),
        (["build", "--articles", "seeds", "--offline", "--start", "2030-01-01", "--end", "2030-02-01"], 2, "outside the data"),
        (["build", "--start", "2025-02-01", "--end", "2025-01-01", "--offline"], 2, "swap"),
        (["events"], 2, "Missing argument"),
        (["frobnicate"], 2, "No such command"),
    ],
)
def test_errors_are_one_line_with_exit_codes(args: list[str], code: int, needle: str, tmp_path: Path) -> None:
    out = run(*args, "--out", str(tmp_path)) if args[0] == "build" else run(*args)
    assert out.returncode == code, (out.stdout, out.stderr)
    assert needle in out.stderr
    assert "Traceback" not in out.stderr


def test_empty_article_is_named(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = run("events", str(tmp_path / "empty.txt"))
    assert out.returncode == 2 and "empty.txt" in out.stderr and "Traceback" not in out.stderr


def test_build_writes_outputs_and_reports_sources(tmp_path: Path) -> None:
    out = run("build", "--offline", "--out", str(tmp_path / "o"))
    assert out.returncode == 0, out.stderr
    for name in ("timeline.png", "timeline.svg", "timeline.csv", "events.csv"):
        assert (tmp_path / "o" / name).stat().st_size > 0
    assert "snapshot" in out.stderr and "NVDA" in out.stderr
    assert not list((tmp_path / "o").glob(".*.tmp"))


def test_main_maps_unexpected_errors_to_exit_1(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import timeline.pipeline

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(timeline.pipeline, "build", boom)
    assert main(["build", "--offline"]) == 1
    err = capsys.readouterr().err
    assert "unexpected RuntimeError: kaputt" in err and "Traceback" not in err


def test_build_with_user_events_file(tmp_path: Path) -> None:
    f = tmp_path / "mine.csv"
    f.write_text("date,title,kind,tickers\n2025-02-26,NVDA Q4 results,earnings,NVDA\n", encoding="utf-8")
    out = run("build", "--offline", "--events", str(f), "--out", str(tmp_path / "o"))
    assert out.returncode == 0, out.stderr
    assert "NVDA Q4 results" in (tmp_path / "o" / "events.csv").read_text(encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("date,title,kind\n2025-02-30,X,earnings\n", encoding="utf-8")
    out = run("build", "--offline", "--events", str(bad), "--out", str(tmp_path / "o2"))
    assert out.returncode == 2 and "bad.csv" in out.stderr and "YYYY-MM-DD" in out.stderr


def test_events_outside_the_chart_range_are_named(tmp_path: Path) -> None:
    out = run("build", "--offline", "--start", "2025-01-24", "--end", "2025-02-10", "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "'DeepSeek R1 release' lies outside the chart range" in out.stderr
    assert "DeepSeek R1 release" in (tmp_path / "events.csv").read_text(encoding="utf-8")  # listed, not lost
