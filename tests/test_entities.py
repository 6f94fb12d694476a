"""The shipped entity table is data users extend: keep it consistent."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

from timeline.entities import TRADED, EntityTable


def _rows() -> list[dict[str, str]]:
    with resources.files("timeline").joinpath("data/entities.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_names_aliases_and_tickers_are_unique() -> None:
    rows = _rows()
    for column in ("name", "ticker"):
        counts = Counter(r[column] for r in rows if r[column])
        assert [v for v, n in counts.items() if n > 1] == [], column
    # An alias listed twice is silently shadowed by the first row that has it.
    aliases = Counter(a for r in rows for a in r["aliases"].split("|"))
    assert [a for a, n in aliases.items() if n > 1] == []


def test_references_point_at_rows_of_the_right_type() -> None:
    table = EntityTable.load()
    for e in table.entities:
        assert (e.ticker is not None) == (e.type in TRADED), e.name  # private companies and people have none
        if e.person_of:
            assert e.type == "person" and e.person_of in table.by_name, e.name
        assert all(p in table.by_ticker for p in e.peers), e.name


def test_common_words_are_not_aliases() -> None:
    # A capitalised sentence opener or a surname must not become a stock ("Target", "Schwab", "RTX 5090").
    table = EntityTable.load()
    for text in ("Target prices rose.", "Klaus Schwab spoke.", "Nvidia's RTX 5090 sold out.", "It raised $3M.",
                 "Die Orange ist reif.", "Block trades rose."):
        assert [m.entity.ticker for m in table.find(text) if m.entity.ticker not in ("NVDA",)] == [], text


def test_a_text_names_listings_the_table_lacks() -> None:
    from timeline.entities import listed_in_text

    got = [(n, e.ticker) for n, e in listed_in_text("Metsera, Inc. (Nasdaq: MTSR) and Shopify (TSX: SHOP) said; "
                                                     "Pfizer Inc. (NYSE: PFE) agreed.")]
    assert got == [("Metsera", "MTSR"), ("Shopify", "SHOP.TO"), ("Pfizer", "PFE")]
    assert listed_in_text("Revenue (adjusted: $5bn) rose.") == []
    table = EntityTable.load()
    text = "Metsera, Inc. (Nasdaq: MTSR) agreed. Metsera shares jumped."
    assert [m.entity.ticker for m in table.in_text(text).find("Metsera shares jumped.")] == ["MTSR"]


def test_a_name_with_a_corporate_tail_is_a_company_without_a_guessed_ticker() -> None:
    t = EntityTable.load()
    text = "Shares of PacWest Bancorp fell 1.3%. PacWest said. The Federal Deposit Insurance Corp. was named receiver."
    found = [(m.text, m.entity.type, m.entity.ticker) for m in t.in_text(text).find(text)]
    assert found == [("PacWest Bancorp", "company", None), ("PacWest", "company", None)]  # not the FDIC
    text = "Die Acme Holdings meldete Zahlen. Apple Inc. stieg."
    assert [(m.text, m.entity.ticker) for m in t.in_text(text).find(text)] == [("Acme Holdings", None), ("Apple", "AAPL")]


def test_a_corporate_tail_after_only_lead_words_names_no_company() -> None:
    t = EntityTable.load()
    text = "Shares AG fell. AG said."  # the lead word was the whole name: no company "AG"
    assert t.in_text(text) is t


def test_german_case_forms_and_an_index_that_starts_like_a_currency() -> None:
    t = EntityTable.load()
    found = [(m.text, m.entity.ticker) for m in t.find("Die Aktien der Deutschen Bank fielen. Der Euro Stoxx 50 verlor, "
                                                         "der EuroStoxx50 auch. Der Euro fiel.")]
    assert found == [("Deutschen Bank", "DBK.DE"), ("Der Euro Stoxx 50", "^STOXX50E"), ("der EuroStoxx50", "^STOXX50E"),
                     ("Der Euro", "EURUSD=X")]
    text = "Melvin Capital took a stake. Point72 Asset Management and Acme Corp. too."
    assert [(m.text, m.entity.type, m.entity.ticker) for m in t.in_text(text).find(text)] == [
        ("Melvin Capital", "private", None), ("Point72 Asset Management", "private", None), ("Acme Corp.", "company", None)]


def test_short_names_after_a_german_or_two_word_head() -> None:
    t = EntityTable.load()
    text = "Wacker Chemie senkt die Prognose. Wacker will am 31. Juli Zahlen vorlegen. Palo Alto Networks fiel. Palo Alto's stock"
    found = t.in_text(text)
    assert [m.entity.ticker for m in found.find("Wacker will am 31. Juli Zahlen vorlegen.")] == ["WCH.DE"]
    assert [m.entity.ticker for m in found.find("Palo Alto's stock")] == ["PANW"]
    assert t.find("Wacker will am 31. Juli Zahlen vorlegen.") == []  # (only in an article that named it in full)
