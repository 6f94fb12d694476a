"""Date expressions: finding (no stop-word dates) and resolving against a reference day."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import DateInterval, find_dates, is_future, parse_date_value

TUE = date(2025, 1, 28)  # a Tuesday


def one(text: str, ref: date = TUE, future: bool = False) -> DateInterval:
    ms = find_dates(text)
    assert len(ms) == 1, [m.text for m in ms]
    return ms[0].resolve(ref, future)


@pytest.mark.parametrize(
    "text, start, end, gran",
    [
        ("am 28. Januar 2025", "2025-01-28", "2025-01-28", "day"),
        ("on January 28, 2025", "2025-01-28", "2025-01-28", "day"),
        ("Jan. 28, 2025", "2025-01-28", "2025-01-28", "day"),
        ("am 28.01.2025", "2025-01-28", "2025-01-28", "day"),
        ("stand 2025-01-28", "2025-01-28", "2025-01-28", "day"),
        ("on 08/05/24 the", "2024-08-05", "2024-08-05", "day"),
        ("Montag, 27. Januar 2025", "2025-01-27", "2025-01-27", "day"),
        ("im Januar 2024", "2024-01-01", "2024-01-31", "month"),
        ("Q4 2024", "2024-10-01", "2024-12-31", "quarter"),
        ("im vierten Quartal 2023", "2023-10-01", "2023-12-31", "quarter"),
    ],
)
def test_explicit_dates(text: str, start: str, end: str, gran: str) -> None:
    iv = one(text, ref=date(2030, 1, 1))  # explicit dates ignore the reference day
    assert (iv.start.isoformat(), iv.end.isoformat(), iv.granularity) == (start, end, gran)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("heute", "2025-01-28", "2025-01-28"),
        ("gestern", "2025-01-27", "2025-01-27"),
        ("vorgestern", "2025-01-26", "2025-01-26"),
        ("yesterday", "2025-01-27", "2025-01-27"),
        ("am Montag", "2025-01-27", "2025-01-27"),
        ("am Freitag", "2025-01-24", "2025-01-24"),
        ("am Dienstag", "2025-01-28", "2025-01-28"),  # the publication day itself
        ("last Tuesday", "2025-01-21", "2025-01-21"),
        ("on Friday", "2025-01-24", "2025-01-24"),
        ("am Donnerstagabend", "2025-01-23", "2025-01-23"),
        ("zum Wochenbeginn", "2025-01-27", "2025-01-28"),
        ("am Wochenende", "2025-01-25", "2025-01-26"),
        ("vergangene Woche", "2025-01-20", "2025-01-26"),
        ("letzte Woche", "2025-01-20", "2025-01-26"),
        ("in dieser Woche", "2025-01-27", "2025-02-02"),
        ("this week", "2025-01-27", "2025-02-02"),
        ("kommende Woche", "2025-02-03", "2025-02-09"),
        ("next week", "2025-02-03", "2025-02-09"),
        ("im vergangenen Monat", "2024-12-01", "2024-12-31"),
        ("last month", "2024-12-01", "2024-12-31"),
        ("Mitte Januar", "2025-01-11", "2025-01-20"),
        ("Ende Oktober", "2024-10-21", "2024-10-31"),
        ("Anfang Januar", "2025-01-01", "2025-01-10"),
        ("im März", "2025-03-01", "2025-03-31"),  # last March is 10 months back, the coming one is near
        ("im Dezember", "2024-12-01", "2024-12-31"),  # the latest December on or before
        ("am 28. Januar", "2025-01-28", "2025-01-28"),
        ("am 30. Januar", "2025-01-30", "2025-01-30"),  # two days ahead beats a year back
        ("am 20. Januar", "2025-01-20", "2025-01-20"),  # a past date of this year
        ("am 1. August", "2024-08-01", "2024-08-01"),  # under half a year back: the past one
        ("Jan. 20", "2025-01-20", "2025-01-20"),
        ("am 24.01.", "2025-01-24", "2025-01-24"),
        ("a fortnight ago", "2025-01-13", "2025-01-15"),  # two weeks back, a day either side
        ("at the start of the week", "2025-01-27", "2025-01-28"),
        ("nachdem er tags zuvor fiel", "2025-01-27", "2025-01-27"),
    ],
)
def test_relative_dates(text: str, start: str, end: str) -> None:
    iv = one(text)
    assert (iv.start.isoformat(), iv.end.isoformat()) == (start, end)


def test_future_tense_flips_direction() -> None:
    assert one("am Freitag", future=True).start == date(2025, 1, 31)
    assert one("am 30. Januar", future=True).start == date(2025, 1, 30)
    assert one("im März", future=True).start == date(2025, 3, 1)
    assert is_future("Die EZB wird am Donnerstag entscheiden.")
    assert is_future("Microsoft is due to report on Tuesday.")
    assert not is_future("Die Aktie fiel am Montag.")


def test_ago_expressions_are_narrow_intervals() -> None:
    iv = one("vor einer Woche")
    assert iv.start <= date(2025, 1, 21) <= iv.end and iv.days == 3
    assert one("3 weeks ago").contains(date(2025, 1, 7)) and one("3 weeks ago").days == 3


@pytest.mark.parametrize(
    "text",
    ["die mit So Sam Mo", "Sam Altman sagte, man may see", "Der Kurs März-Kontrakt", "Die Welt mit Mo und So",
     "We may do it", "2.000 Aktien zu 17,50", "Version 3.5 von GPT-4", "in 2025 Prozent", "Ende gut, alles gut"],
)
def test_stop_words_and_numbers_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_overlapping_candidates_keep_the_longest() -> None:
    ms = find_dates("Am Freitag, 24. Januar 2025, und gestern")
    assert [m.text for m in ms] == ["Freitag, 24. Januar 2025", "gestern"]
    assert ms[0].absolute and not ms[1].absolute


def test_mentions_inside_quotes_can_be_skipped() -> None:
    text = "Er sagte: „Wir werden im nächsten Monat liefern.“ Am Montag fiel die Aktie."
    assert [m.text for m in find_dates(text, skip_quotes=True)] == ["Am Montag"]


def test_resolve_range_keeps_uncertainty() -> None:
    m = find_dates("vergangene Woche")[0]
    best, hull = m.resolve_range(date(2025, 2, 1), date(2025, 2, 1), date(2025, 2, 4))
    assert best == DateInterval(date(2025, 1, 20), date(2025, 1, 26), "week")
    assert (hull.start, hull.end) == (date(2025, 1, 20), date(2025, 2, 2))


def test_invalid_calendar_dates_are_rejected() -> None:
    assert find_dates("am 31.02.2025") == []
    assert find_dates("February 30, 2024") == []


@pytest.mark.parametrize(
    "value, start, end",
    [("2025-02", "2025-02-01", "2025-02-28"), ("2025-01-28", "2025-01-28", "2025-01-28"),
     ("28.01.2025", "2025-01-28", "2025-01-28"), ("January 28, 2025", "2025-01-28", "2025-01-28"),
     ("2024", "2024-01-01", "2024-12-31")],
)
def test_header_values(value: str, start: str, end: str) -> None:
    iv = parse_date_value(value)
    assert iv is not None and (iv.start.isoformat(), iv.end.isoformat()) == (start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_never_crashes_and_spans_are_exact(text: str) -> None:
    for m in find_dates(text):
        assert text[m.start : m.end] == m.text
        iv = m.resolve(TUE)
        assert iv.start <= iv.end


def test_last_year_is_the_year_before_unless_it_is_a_comparison() -> None:
    (m,) = find_dates("Kretinsky hatte sich im vergangenen Jahr an der Sparte beteiligt.")
    assert m.rule == "last_year" and m.resolve(date(2025, 9, 16)) == DateInterval(date(2024, 1, 1), date(2024, 12, 31), "year")
    assert find_dates("Revenue rose 5% from last year.") == []
    assert find_dates("Der Gewinn stieg im Vergleich zum vergangenen Jahr.") == []


def test_in_the_course_of_a_year() -> None:
    found = find_dates("Der Abschluss der Transaktion wird im Laufe des Jahres 2025 erwartet.")
    assert [(m.rule, m.resolve(date(2024, 9, 13)).start) for m in found] == [("year", date(2025, 1, 1))]


def test_last_and_next_month_without_a_preposition() -> None:
    ref = date(2024, 8, 14)  # "last October" in August is ten months back, not the coming one
    got = {m.text: m.resolve(ref) for m in find_dates("spun off last October; im vergangenen Oktober; im Oktober; next March")}
    assert got["last October"] == got["im vergangenen Oktober"] == DateInterval.month_of(2023, 10)
    assert got["im Oktober"] == DateInterval.month_of(2024, 10)  # (a bare month near ahead is the coming one, as before)
    assert got["next March"] == DateInterval.month_of(2025, 3)


def test_a_german_surname_is_no_weekday() -> None:
    assert find_dates("Healthineers-Chef Bernd Montag sagte, die Eigenständigkeit eröffne neue Möglichkeiten.") == []
    # a weekday after an article, or in English after a name ("Apple Tuesday unveiled"), stays a date
    assert [m.text for m in find_dates("Der Montag war schwach.")] == ["Montag"]
    assert [m.text for m in find_dates("Apple Tuesday unveiled a phone.")] == ["Tuesday"]
