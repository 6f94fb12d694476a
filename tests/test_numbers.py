from __future__ import annotations

import pytest

from timeline.numbers import detect_language, find_amounts, find_percents, format_money, parse_number


@pytest.mark.parametrize(
    "text, lang, value, currency, qualifier",
    [
        ("verlor fast 600 Milliarden US-Dollar an Marktwert", "de", 600e9, "USD", "below"),
        ("um über 1 Billion Dollar", "de", 1e12, "USD", "above"),  # German Billion = 10^12
        ("3,5 Billionen Euro", "de", 3.5e12, "EUR", None),
        ("rund 500 Milliarden US-Dollar", "de", 500e9, "USD", "about"),
        ("1.234,5 Mio. Euro", "de", 1.2345e9, "EUR", None),
        ("a $593 billion loss", "en", 593e9, "USD", None),  # English billion = 10^9
        ("$1.2 trillion", "en", 1.2e12, "USD", None),
        ("almost $600bn", "en", 600e9, "USD", "below"),
        ("more than $200 billion", "en", 200e9, "USD", "above"),
        ("US$500bn", "en", 500e9, "USD", None),
        ("€2.5bn", "en", 2.5e9, "EUR", None),
        ("3 Milliarden Franken", "de", 3e9, "CHF", None),
        ("rund 9,1 Billionen Won", "de", 9.1e12, "KRW", "about"),  # Korean results: Billionen again
        ("HK$3 billion", "en", 3e9, "HKD", None),
        ("1,2 Bio. Euro", "de", 1.2e12, "EUR", None),  # "Bio." is the German Billion, 10^12
    ],
)
def test_money(text: str, lang: str, value: float, currency: str, qualifier: str | None) -> None:
    a = find_amounts(text, lang)
    assert len(a) == 1
    assert a[0].value == pytest.approx(value)
    assert (a[0].currency, a[0].qualifier) == (currency, qualifier)
    assert text[a[0].start : a[0].end] == a[0].text


def test_bare_numbers_are_not_money() -> None:
    assert find_amounts("zwei Millionen Follower und 171 Flugzeuge", "de") == []
    assert find_amounts("3,5 Billionen", "de")[0].currency is None  # big scale words still count


@pytest.mark.parametrize(
    "text, lang, value",
    [("17%", "en", 17.0), ("minus 0,53 Prozent", "de", -0.53), ("plus 2,6 Prozent", "de", 2.6),
     ("fell 4.8%", "en", 4.8), ("−3,1 %", "de", -3.1), ("12,4 Prozent", "de", 12.4), ("fell 17pc", "en", 17.0),
     ("17 per cent", "en", 17.0)],
)
def test_percent(text: str, lang: str, value: float) -> None:
    assert [p.value for p in find_percents(text, lang)] == [pytest.approx(value)]


def test_percentage_points_are_not_percent() -> None:
    assert find_percents("um 0,25 Prozentpunkte gesenkt", "de") == []


@pytest.mark.parametrize("s, lang, value", [("3,5", "de", 3.5), ("1.500", "de", 1500), ("1,500", "en", 1500),
                                             ("1.5", "en", 1.5), ("31,458", "en", 31458), ("1.234.567,8", "de", 1234567.8)])
def test_parse_number(s: str, lang: str, value: float) -> None:
    assert parse_number(s, lang) == pytest.approx(value)


def test_format_money_and_language() -> None:
    assert format_money(-592.29e9) == "-$592bn"
    assert format_money(1e12) == "$1tn"
    assert format_money(7e9, "EUR") == "€7bn"
    assert detect_language("Die Aktie fiel am Montag und der Dax ist nicht gestiegen.") == "de"
    assert detect_language("The stock fell on Monday and the index is not up.") == "en"


def test_a_pair_of_numbers_shares_the_unit() -> None:
    assert [p.value for p in find_percents("gaben um 1,5 beziehungsweise 2,1 Prozent nach", "de")] == [1.5, 2.1]
    assert [p.value for p in find_percents("minus 3 bzw. minus 4 Prozent", "de")] == [-3.0, -4.0]
    assert [p.value for p in find_percents("von 0 bis 2 Prozent", "de")] == [2.0]  # (a range is not a pair)
