from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.articles import MAX_ARTICLE_BYTES, parse_article, read_article, read_articles, split_sentences
from timeline.dates import DateInterval
from timeline.errors import ArticleError


def test_date_header_line_is_parsed_and_text_kept_exactly(tmp_path: Path) -> None:
    raw = " date 2025-02 • Teaser eins• Teaser zwei\n\nDer erste Satz. Der zweite Satz!\n"
    f = tmp_path / "a.txt"
    f.write_text(raw, encoding="utf-8")
    a = read_article(f)
    assert a.text == raw
    assert (a.published.start, a.published.end, a.published_basis) == (date(2025, 2, 1), date(2025, 2, 28), "header")
    for s in a.sentences:
        assert raw[s.start : s.end] == s.text
    assert [s.text for s in a.sentences][-2:] == ["Der erste Satz.", "Der zweite Satz!"]


def test_front_matter_and_url_date() -> None:
    a = parse_article("---\ntitle: T\nurl: https://x.de/2025/03/11/story\n---\nText hier.", "f.txt")
    assert a.title == "T" and a.published.start == date(2025, 3, 11) and a.published_basis == "url"
    b = parse_article("---\npublished: 2024-06-06\n---\nText.", "g.txt")
    assert b.published.start == date(2024, 6, 6) and b.published_basis == "front matter"


@pytest.mark.parametrize(
    "head, expected",
    [("25.06.2020, 13:44 Uhr\n\nText.", date(2020, 6, 25)), ("Headline\nUpdated July 20, 2024\n\nText.", date(2024, 7, 20)),
     ("Title\nBy Staff | August 29, 2024\n\nText.", date(2024, 8, 29)),
     # a line that is only the date beats a title that names one
     ("WOCHENVORSCHAU: Termine bis zum 7. März 2025\n\nFreitag, 28.02.2025\n\nText.", date(2025, 2, 28))],
)
def test_dateline_and_byline(head: str, expected: date) -> None:
    a = parse_article(head, "x.txt")
    assert a.published.start == expected and a.published_basis == "dateline"


@pytest.mark.parametrize(
    "text, expected",
    [  # the year comes from the text: the latest one told in the past, else the earliest named
        # (3 March 2022 was a Thursday: the first later year where "on Monday" is the dateline's day)
        ("TOKYO, March 3 (AP) - Sony said in 2022 it would spin off its bank; it did so on Monday.", date(2025, 3, 3)),
        ("TOKYO, March 3 (AP) - Sony said in 2022 it would spin off its bank; it did so this week.", date(2022, 3, 3)),
        ("Kiel, 4. Juni (dpa) - Die Werft will 2026 wieder Gewinn machen.", date(2026, 6, 4)),
        ("HAMBURG, Feb. 11 (Wire) - Shares rose. Sales had fallen in 2019 and in 2021.", date(2021, 2, 11)),
    ],
)
def test_yearless_wire_dateline_takes_the_year_from_the_text(text: str, expected: date) -> None:
    a = parse_article(text, "w.txt")
    assert a.published is not None and a.published.start == expected
    assert a.published_basis.startswith("dateline without a year")


def test_yearless_german_wire_dateline_with_a_short_month_and_the_lede_weekday() -> None:
    # Reuters' German service abbreviates the month; March 6 was a Thursday in 2025, not in 2026.
    a = parse_article("Bonn, 06. Mär (Reuters) - Der Konzern will bis 2026 sparen. Das sagte der Chef am Donnerstag. "
                      "Für 2026 rechnet er mit mehr Gewinn.", "w.txt")
    assert a.published is not None and a.published.start == date(2025, 3, 6)


def test_a_since_year_is_not_the_year_of_a_yearless_dateline() -> None:
    a = parse_article("SHANGHAI, Sept 30 (Reuters) - Stocks surged 8% on Monday, their best day since 2008.", "w.txt")
    assert a.published is None  # later than 2008 is all the text says


def test_yearless_dateline_without_any_year_is_the_latest_fitting_year_said_as_a_guess(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_TODAY", "2026-11-23")
    a = parse_article("PARIS, Nov 5 (Reuters) - Airbus shares rose on Tuesday.", "w.txt")
    assert a.published == DateInterval.day(date(2024, 11, 5)) and "a guess" in a.published_basis  # a Tuesday in 2024
    monkeypatch.setenv("TIMELINE_TODAY", "2024-11-04")  # read the day before: the Tuesday Nov 5 before that
    assert parse_article("PARIS, Nov 5 (Reuters) - Airbus shares rose on Tuesday.", "w.txt").published.start == date(2019, 11, 5)
    # no weekday to check a year against: unknown rather than guessed
    assert parse_article("PARIS, Nov 5 (Reuters) - Airbus shares rose.", "w.txt").published is None
    monkeypatch.setenv("TIMELINE_TODAY", "someday")
    with pytest.raises(ArticleError, match="TIMELINE_TODAY"):
        parse_article("PARIS, Nov 5 (Reuters) - Airbus shares rose on Tuesday.", "w.txt")


def test_given_publication_date_wins_and_bad_one_is_a_clear_error() -> None:
    a = parse_article("date 2025-02\nText.", "x.txt", published="2025-01-30")
    assert a.published.start == date(2025, 1, 30) and a.published_basis == "given"
    with pytest.raises(ArticleError, match=r"x.txt.*YYYY-MM-DD"):
        parse_article("Text.", "x.txt", published="someday")


def test_sentence_splitting_respects_abbreviations_and_ordinals() -> None:
    text = "Am 28. Januar fiel die Aktie. Dr. Müller sagte am Jan. 29 etwas, z.B. dies. The U.S. market fell."
    assert [s.text for s in split_sentences(text)] == [
        "Am 28. Januar fiel die Aktie.", "Dr. Müller sagte am Jan. 29 etwas, z.B. dies.", "The U.S. market fell."]


def test_empty_binary_latin1_huge_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"empty.txt.*empty"):
        read_article(tmp_path / "empty.txt")
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ArticleError, match=r"bin.txt.*binary"):
        read_article(tmp_path / "bin.txt")
    (tmp_path / "latin.txt").write_bytes("Die Aktie fiel am Montag um 5 Prozent. Müller äußerte sich.".encode("latin-1"))
    a = read_article(tmp_path / "latin.txt")
    assert "Müller äußerte" in a.text and a.encoding == "cp1252"
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.seek(MAX_ARTICLE_BYTES + 10)
        f.write(b"x")
    with pytest.raises(ArticleError, match=r"big.txt.*too large"):
        read_article(big)
    with pytest.raises(ArticleError, match=r"no such file"):
        read_article(tmp_path / "nope.txt")
    (tmp_path / "sub").mkdir()
    with pytest.raises(ArticleError, match=r"no article files"):
        read_articles(tmp_path / "sub")


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=600).filter(lambda t: t.strip()))
def test_any_unicode_text_parses_with_exact_offsets(text: str) -> None:
    a = parse_article(text, "fuzz.txt")
    for s in a.sentences:
        assert a.text[s.start : s.end] == s.text


def test_a_yearless_dateline_is_never_before_a_year_told_in_the_past() -> None:
    # 19 August was a Monday in 2019 and 2024; "once before, in 2020" rules out 2019.
    a = parse_article("TOKYO, Aug 19 (Reuters) - Shares of Seven & i soared 23% on Monday. "
                      "Couche-Tard had approached Seven & i once before, in 2020.", "w.txt")
    assert a.published is not None and a.published.start == date(2024, 8, 19)
    assert "the first after 2020" in a.published_basis  # the inference is said, not hidden


def test_a_year_still_to_come_bounds_a_yearless_dateline_from_above() -> None:
    # "starting in 2027" was future when told: 10 September was a Wednesday in 2025 (not 2026 or 2027).
    a = parse_article("Sept 10 (Reuters) - Oracle shares surged 36% on Wednesday. The Journal reported that OpenAI "
                      "had signed a contract to buy computing power from Oracle, starting in 2027.", "w.txt")
    assert a.published is not None and a.published.start == date(2025, 9, 10)
    assert "the latest up to 2027" in a.published_basis
    # without the lede's weekday there is nothing to pin the year with
    a = parse_article("Sept 10 (Reuters) - Oracle signed a contract starting in 2027.", "w.txt")
    assert a.published is None


@pytest.mark.parametrize("line, expected", [
    ("SUNNYVALE, Calif. and CANONSBURG, Pa., Jan. 16, 2024 /PRNewswire/ -- Synopsys, Inc. (Nasdaq: SNPS) and Ansys, Inc. "
     "(Nasdaq: ANSS) today announced that they have entered into a definitive agreement under which Synopsys will acquire "
     "Ansys.", date(2024, 1, 16)),
    ("NEW YORK, Nov. 14, 2024 (GLOBE NEWSWIRE) -- The company today reported results for the fourth quarter of fiscal 2024, "
     "which ended on Sept. 28, 2024, and announced a dividend.", date(2024, 11, 14)),
    ("SAN JOSE, Calif.--(BUSINESS WIRE)--Feb. 26, 2025-- The company today reported revenue for its fiscal fourth quarter "
     "ended Jan. 31, 2025, and gave an outlook for the full year.", date(2025, 2, 26)),
])
def test_a_press_release_dateline_dates_the_release(line: str, expected: date) -> None:
    a = parse_article("Headline\n\n" + line + "\n\nMore text filed on December 7, 2023.", "pr.txt")
    assert (a.published, a.published_basis) == (DateInterval.day(expected), "dateline")


def test_a_press_releases_closing_sections_are_not_news() -> None:
    a = parse_article("2024-01-16\n\nSynopsys will acquire Ansys.\n\nAbout Synopsys\n\nFounded in 1986, Synopsys is a "
                      "leader.\n\nForward-Looking Statements\n\nActual results may differ materially.", "pr.txt")
    assert [s.text for s in a.sentences][-1] == "Synopsys will acquire Ansys."
    a = parse_article("2024-01-16\n\nAbout 59% of members voted in favor of the deal.", "n.txt")  # a sentence, not a heading
    assert a.sentences[-1].text.startswith("About 59%")


def test_a_chronology_entry_is_not_the_dateline() -> None:
    # "19. Juni 2023 - Covestro bestätigt …" opens one entry of many; none of them is the day it was written.
    text = ("Chronologie: Covestro und Adnoc\n\nLeverkusen (Reuters) - Die wichtigsten Etappen:\n\n"
            "19. Juni 2023 - Covestro bestätigt Gespräche.\n\n1. Oktober 2024 - Covestro und Adnoc unterzeichnen.\n")
    assert parse_article(text, source="c.txt").published_basis != "dateline"
    one = parse_article("19. Juni 2023 - Covestro bestätigt Gespräche mit Adnoc.\n", source="d.txt")
    assert (one.published, one.published_basis) == (DateInterval.day(date(2023, 6, 19)), "dateline")  # one such line is one
