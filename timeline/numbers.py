"""Money amounts and percentages in German and English text.

German "Milliarde" is 10^9 and German "Billion" is 10^12 (English "trillion");
English "billion" is 10^9. Decimal separators follow the text's language
("3,5 Billionen" is 3.5e12; "1,500 shares" in English is 1500).

Example:
    >>> find_amounts("verlor fast 600 Milliarden US-Dollar", lang="de")[0].value
    600000000000.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._gates import Folded

_SCALES = {
    # German
    "tausend": 1e3, "tsd": 1e3, "mio": 1e6, "million": 1e6, "millionen": 1e6,
    "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9, "billion": 1e12, "billionen": 1e12, "bio": 1e12,
    # English ("billion" is handled by language below)
    "thousand": 1e3, "k": 1e3, "mn": 1e6, "m": 1e6, "millions": 1e6,
    "bn": 1e9, "b": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12,
    "tn": 1e12, "trn": 1e12, "tr": 1e12,
}  # fmt: skip

_CURRENCIES = {
    "$": "USD", "us$": "USD", "hk$": "HKD", "usd": "USD", "dollar": "USD", "us-dollar": "USD", "dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pfund": "GBP", "pounds": "GBP",
    "¥": "JPY", "yen": "JPY", "jpy": "JPY", "chf": "CHF", "franken": "CHF",
    "yuan": "CNY", "cny": "CNY", "renminbi": "CNY",
    "won": "KRW", "krw": "KRW", "rupees": "INR", "rupien": "INR", "inr": "INR",
    "hong kong dollars": "HKD", "hongkong-dollar": "HKD", "hkd": "HKD",
}  # fmt: skip

_QUALIFIERS = {
    "fast": "below", "knapp": "below", "beinahe": "below", "nahezu": "below",
    "almost": "below", "nearly": "below", "just under": "below", "close to": "below",
    "rund": "about", "etwa": "about", "ca.": "about", "circa": "about", "ungefähr": "about",
    "about": "about", "around": "about", "roughly": "about", "some": "about", "approximately": "about",
    "über": "above", "mehr als": "above", "more than": "above", "over": "above", "gut": "above",
    "upwards of": "above", "at least": "above", "mindestens": "above",
    "bis zu": "below", "up to": "below", "weniger als": "below", "less than": "below",
}  # fmt: skip

_QUAL_ALT = "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE_ALT = "|".join(sorted((re.escape(s) for s in _SCALES), key=len, reverse=True))
_CUR_WORDS = "|".join(sorted((re.escape(c) for c in _CURRENCIES if c[0].isalpha()), key=len, reverse=True))

_MONEY = Folded(
    rf"(?:(?P<qual>{_QUAL_ALT})\s+)?"
    rf"(?P<pre>HK\$|US\$|\$|€|£|¥|(?:USD|EUR|GBP|CHF|JPY)\s?)?"
    rf"(?P<num>{_NUMBER})\s?"
    rf"(?:(?P<scale>{_SCALE_ALT})\b\.?\s?)?"
    rf"(?P<post>(?:{_CUR_WORDS})\b|€|\$)?",
    re.IGNORECASE,
)

_PERCENT = Folded(
    rf"(?:(?P<qual>{_QUAL_ALT})\s+)?(?P<sign>minus|plus|[-−–+])?\s?(?P<num>\d+(?:[.,]\d+)?)\s?"
    r"(?P<unit>%|Prozent\b(?!punkt)|percent\b|per\s+cent\b|(?<=\d)pc\b)",
    re.IGNORECASE,
)


# Cheap necessary conditions for the two big patterns below.
_MONEY_HINT = Folded(r"\d.{0,24}(?:[$€£¥]|\b(?i:usd|eur|gbp|chf|jpy|dollar|euro|pfund|pounds|yen|franken|yuan|cny|"
                         r"renminbi|won|krw|rupees|rupien|inr|hkd|mio|mrd|bio|million|milliard|billion|trillion|bn|tn|trn|tausend|thousand)|\d\s?[mbk]\b)"
                         r"|[$€£¥]\s?\d|(?i:usd|eur|gbp|chf|jpy)\s?\d")
_PERCENT_HINT = re.compile(r"(?i:prozent|percent|per\s+cent)|\dpc\b")  # ("17pc": British papers)
# "um 1,5 beziehungsweise 2,1 Prozent": a first number that shares the unit of the one after it
_PAIRED_BEFORE = re.compile(r"(?<![\d.,])(?P<num>\d+(?:[.,]\d+)?)\s+(?:beziehungsweise|bzw\.)\s*$")


@dataclass(frozen=True)
class Amount:
    """A money amount found in text: ``value`` in units of ``currency``."""

    start: int
    end: int
    text: str
    value: float
    currency: str | None
    qualifier: str | None  # "below" (fast/almost), "above" (über/over), "about", or None


@dataclass(frozen=True)
class Percent:
    """A percentage found in text; ``value`` is signed when the text gives a sign."""

    start: int
    end: int
    text: str
    value: float
    signed: bool
    qualifier: str | None


def parse_number(s: str, lang: str = "en") -> float:
    """Parse ``1.234,5`` (de) or ``1,234.5`` (en); one separator follows the language.

    Example:
        >>> parse_number("3,5", "de"), parse_number("1,500", "en")
        (3.5, 1500.0)
    """
    s = s.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        groups = s.split(sep)
        thousands_like = len(groups) > 2 or (len(groups) == 2 and len(groups[1]) == 3)
        if lang == "de":
            dec = "," if sep == "," and not (len(groups) > 2) else ("," if sep == "." and thousands_like else ".")
        else:
            dec = "." if sep == "." and not (len(groups) > 2) else ("." if sep == "," and thousands_like else ",")
        if sep == dec:
            return float(s.replace(sep, "."))
        return float(s.replace(sep, ""))
    else:
        return float(s)
    thou = "." if dec == "," else ","
    return float(s.replace(thou, "").replace(dec, "."))


def _scale(word: str | None, lang: str) -> float:
    if not word:
        return 1.0
    w = word.lower().rstrip(".")
    if w in ("billion", "billions") and lang == "en":
        return 1e9  # English billion; German "Billion" is 10^12
    return _SCALES.get(w, 1.0)


def find_amounts(text: str, lang: str = "de") -> list[Amount]:
    """Money amounts (with a currency) in ``text``.

    Example:
        >>> [a.value for a in find_amounts("über 1 Billion Dollar", "de")]
        [1000000000000.0]
        >>> [a.value for a in find_amounts("a $593 billion loss", "en")]
        [593000000000.0]
    """
    out: list[Amount] = []
    if not _MONEY_HINT.search(text):
        return out  # no digit next to a currency or scale word: skip the big regex
    for m in _MONEY.finditer(text):
        pre, post, scale = m["pre"], m["post"], m["scale"]
        currency_token = (pre or post or "").strip().lower()
        if not currency_token and not (scale and _scale(scale, lang) >= 1e9):
            continue  # a bare number is not money; "3,5 Billionen" (no currency) still is
        # A lone "m"/"b" scale must touch the number ("$5bn", "$3m"), not be a word.
        if scale and len(scale) <= 2 and scale.lower() in ("m", "b", "k", "tr"):
            if not re.search(rf"\d\s?{re.escape(scale)}\b", m.group(0)):
                continue
        value = parse_number(m["num"], lang) * _scale(scale, lang)
        qual = _QUALIFIERS.get((m["qual"] or "").lower()) if m["qual"] else None
        start = m.start() if m["qual"] else m.start("pre") if pre else m.start("num")
        end = m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append(Amount(start, end, text[start:end], value, _CURRENCIES.get(currency_token), qual))
    return out


def find_percents(text: str, lang: str = "de") -> list[Percent]:
    """Percentages in ``text``; ``minus 0,53 Prozent`` is -0.53.

    Example:
        >>> [p.value for p in find_percents("minus 0,53 Prozent", "de")]
        [-0.53]
    """
    out: list[Percent] = []
    if "%" not in text and not _PERCENT_HINT.search(text):
        return out
    for m in _PERCENT.finditer(text):
        value = parse_number(m["num"], lang)
        sign = (m["sign"] or "").lower()
        signed = bool(sign)
        if sign in ("minus", "-", "−", "–"):
            value = -value
        qual = _QUALIFIERS.get((m["qual"] or "").lower()) if m["qual"] else None
        if (pair := _PAIRED_BEFORE.search(text, max(0, m.start() - 30), m.start())) is not None:
            # "um 1,5 beziehungsweise 2,1 Prozent": the first number shares the unit
            first = parse_number(pair["num"], lang)
            out.append(Percent(pair.start(), pair.end("num"), pair["num"], -first if value < 0 else first, signed, qual))
        out.append(Percent(m.start(), m.end(), text[m.start() : m.end()].strip(), value, signed, qual))
    return out


_DE_WORDS = re.compile(r"\b(der|die|das|und|ist|nicht|mit|sich|auf|für|dem|den|ein|eine|wird|von)\b")
_EN_WORDS = re.compile(r"\b(the|and|is|not|with|for|on|was|that|of|to|has|its|will|from)\b")


def detect_language(text: str) -> str:
    """``"de"`` or ``"en"`` by counting frequent function words (enough for news text)."""
    sample = text[:20000].lower()
    return "de" if len(_DE_WORDS.findall(sample)) >= len(_EN_WORDS.findall(sample)) else "en"


def format_money(value: float, currency: str | None = "USD") -> str:
    """Short English money label: ``$592bn``, ``$1.0tn``, ``€19bn``.

    Example:
        >>> format_money(-592.3e9)
        '-$592bn'
    """
    sym = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(currency or "", "")
    sign = "-" if value < 0 else ""
    v = abs(value)
    for div, unit in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if v >= div:
            q = v / div
            num = f"{q:.1f}" if q < 10 and round(q, 1) != round(q) else f"{q:.0f}"
            return f"{sign}{sym}{num}{unit}" + ("" if sym else f" {currency or ''}".rstrip())
    return f"{sign}{sym}{v:,.0f}"
