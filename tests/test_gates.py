"""The fast matchers answer exactly like the regexes they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._gates import Folded, GateBank, fold_pattern, fold_text
from timeline.entities import EntityTable

# Words from the trigger and entity vocabularies, case variants, and characters that
# stress boundaries, possessives and case folding ("İ" lower-cases to two characters).
_PIECES = ["Aktie", "AKTIE", "fiel", "FIEL", "fell", "shares", "Nvidia", "Nvidias", "NVIDIA", "Nvidia's", "S&P 500",
           "Dax", "DAX-Konzern", "Apple’s", "Applebee", "SAP", "SAP-Aktie", "X-SAP", "Mai", "Mainz", "Zinsen", "gesenkt",
           "Insolvenz", "record low", "RECORD LOW", "5", "3,5", "Prozent", "%", "Milliarden", "$", "bn", "über", "İ", "ß",
           "ẞ", "'", "s", "-", "_", " ", "  ", ".", ",", "\n", "é", "2025", "X", "auf X", "(@", "(@sama)", ")", "der Euro",
           "the yen", "KI", "AI", "Schweizer Franken"]
_TEXT = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=14).map("".join)


def test_fold_text_keeps_positions() -> None:
    text = "İstanbul: Die AKTIE fiel"
    low = fold_text(text)
    assert len(low) == len(text) and low.endswith("die aktie fiel")
    assert fold_pattern(r"\W(?P<Qual>Über)\S") == r"\W(?P<Qual>über)\S"


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_folded_matches_like_ignorecase(text: str) -> None:
    from timeline.events import _CLAUSE_CUT, _DOWN
    from timeline.numbers import _MONEY, _PERCENT

    if len(text.lower()) != len(text) or "ſ" in text or "\u212a" in text:
        return  # characters whose case folding differs between str.lower and re (documented limit)
    for folded in (_DOWN, _CLAUSE_CUT, _MONEY, _PERCENT):
        plain = re.compile(folded.pattern, re.IGNORECASE)
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in plain.finditer(text)], folded.pattern[:40]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_gate_bank_answers_like_the_patterns(text: str) -> None:
    from timeline.triggers import _KIND_GATES, KIND_PATTERNS

    if len(text.lower()) != len(text) or "ſ" in text or "\u212a" in text:
        return
    from timeline.triggers import _MARKET_CONTEXT, _PRODUCT_CONTEXT

    scan = _KIND_GATES.scan(text)
    for kind, pattern in [*KIND_PATTERNS, ("market context", _MARKET_CONTEXT), ("product context", _PRODUCT_CONTEXT)]:
        assert scan.search(kind) == bool(pattern.search(text)), kind


def test_gate_bank_runs_only_alternatives_whose_literal_occurs() -> None:
    bank = GateBank({"a": re.compile(r"\b(?:fiel|stürzte)\b|record low", re.IGNORECASE), "b": re.compile(r"\(@\w+\)")})
    scan = bank.scan("Die Aktie STÜRZTE ab")
    assert scan.found == {"a": {1}, "b": {0}}  # "b" has no literal: it always runs
    assert scan.search("a") and not scan.search("b")
    assert Folded(r"record\s+low").search("a RECORD Low").span() == (2, 12)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_entity_automaton_finds_what_the_regex_finds(text: str) -> None:
    table = EntityTable.load()
    fast = [(m.start, m.end, m.entity.name) for m in table.find(text)]
    slow = [(m.start(), m.end(), table._alias[m.group(1)].name) for m in table._regex.finditer(text)]
    assert fast == slow
