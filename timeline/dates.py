"""Date expressions in German and English text, and their resolution to intervals.

Finding and resolving are separate steps:

* :func:`find_dates` scans a text with anchored patterns (full month and weekday
  names, numeric formats, relative phrases such as ``vergangene Woche`` or
  ``last Friday``). It never guesses a date from a stop word: ``die``, ``So``,
  ``Mo`` or ``may`` are not dates because no pattern accepts them.
* :meth:`DateMention.resolve` turns a mention into a :class:`DateInterval`
  relative to a reference day (usually the publication date). When the reference
  itself is uncertain, :meth:`DateMention.resolve_range` resolves against both
  ends and returns the best interval plus the hull, so uncertainty is kept.

Example:
    >>> from datetime import date
    >>> m = find_dates("Seit der Veröffentlichung vergangene Woche ...")[0]
    >>> m.resolve(date(2025, 1, 28))
    DateInterval(start=datetime.date(2025, 1, 20), end=datetime.date(2025, 1, 26), granularity='week')
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ._gates import Folded, GatedAlternation

Granularity = str  # "day" | "week" | "month" | "quarter" | "year"

GRANULARITY_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


@dataclass(frozen=True)
class DateInterval:
    """An inclusive interval of calendar days with the granularity it was stated in."""

    start: date
    end: date
    granularity: Granularity = "day"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"interval end {self.end} before start {self.start}")

    @classmethod
    def day(cls, d: date) -> DateInterval:
        return cls(d, d, "day")

    @classmethod
    def week_of(cls, d: date) -> DateInterval:
        monday = d - timedelta(days=d.weekday())
        return cls(monday, monday + timedelta(days=6), "week")

    @classmethod
    def month_of(cls, year: int, month: int) -> DateInterval:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def quarter_of(cls, year: int, quarter: int) -> DateInterval:
        first = 3 * (quarter - 1) + 1
        end = cls.month_of(year, first + 2).end
        return cls(date(year, first, 1), end, "quarter")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def overlaps(self, other: DateInterval) -> bool:
        return self.start <= other.end and other.start <= self.end

    def hull(self, other: DateInterval) -> DateInterval:
        gran = max(self.granularity, other.granularity, key=GRANULARITY_ORDER.__getitem__)
        return DateInterval(min(self.start, other.start), max(self.end, other.end), gran)

    def intersect(self, other: DateInterval) -> DateInterval | None:
        start, end = max(self.start, other.start), min(self.end, other.end)
        if end < start:
            return None
        gran = min(self.granularity, other.granularity, key=GRANULARITY_ORDER.__getitem__)
        return DateInterval(start, end, gran)


Resolver = Callable[[date, bool], DateInterval]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text.

    ``absolute`` mentions (a full date with year) need no reference day;
    relative ones (``gestern``, ``last week``, ``28. Januar``) do.
    """

    start: int
    end: int
    text: str
    rule: str
    absolute: bool
    resolver: Resolver = field(compare=False, repr=False)

    def resolve(self, ref: date, future: bool = False) -> DateInterval:
        """Resolve against the reference day ``ref`` (future tense flips direction)."""
        return self.resolver(ref, future)

    def shifted(self, offset: int) -> DateMention:
        """The same mention with positions moved by ``offset`` (sentence -> article)."""
        return DateMention(self.start + offset, self.end + offset, self.text, self.rule, self.absolute, self.resolver)

    def resolve_range(
        self, best: date, lo: date, hi: date, future: bool = False
    ) -> tuple[DateInterval, DateInterval]:
        """Resolve against an uncertain reference ``lo <= best <= hi``.

        Returns ``(best_interval, hull)``: the interval for the best reference day
        and the hull over every reference day in ``[lo, hi]``. All resolvers are
        monotone in the reference day, so the two ends suffice.
        """
        b = self.resolve(best, future)
        if self.absolute:
            return b, b
        return b, b.hull(self.resolve(lo, future)).hull(self.resolve(hi, future))


# --- vocabulary -------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _month_no, _names in enumerate(
    [
        "Januar Jänner January Jan",
        "Februar February Feb",
        "März Maerz March Mär Mar",
        "April Apr",
        "Mai May",
        "Juni June Jun",
        "Juli July Jul",
        "August Aug",
        "September Sept Sep",
        "Oktober October Okt Oct",
        "November Nov",
        "Dezember December Dez Dec",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name.lower()] = _month_no

# Full names first so that the alternation prefers "Januar" over "Jan".
_MONTH_ALT = "|".join(sorted({n.capitalize() for n in _MONTHS}, key=len, reverse=True))
# Month names are capitalised in both languages; requiring it keeps "may" (the verb) out.
# Not inside a longer word: "in Mailand" is no "in Mai".
MONTH = rf"(?P<month>{_MONTH_ALT})(?![a-zäöüß])\.?"

_WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_WEEKDAY_ALT = "|".join(sorted((w.capitalize() for w in _WEEKDAYS), key=len, reverse=True))

_NUMBER_WORDS = {
    "ein": 1, "einer": 1, "einem": 1, "einen": 1, "eine": 1, "a": 1, "one": 1,
    "zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4,
    "fünf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7, "seven": 7, "acht": 8, "eight": 8,
    "neun": 9, "nine": 9, "zehn": 10, "ten": 10, "elf": 11, "eleven": 11, "zwölf": 12, "twelve": 12,
}  # fmt: skip
_NUM_ALT = r"\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))


def _numg(name: str) -> str:
    return f"(?P<{name}>{_NUM_ALT})"

_ORDINALS = {
    "ersten": 1, "erste": 1, "first": 1, "zweiten": 2, "zweite": 2, "second": 2,
    "dritten": 3, "dritte": 3, "third": 3, "vierten": 4, "vierte": 4, "fourth": 4,
}  # fmt: skip

_DAYNAMES_DE = "Woche|Monat|Jahr|Quartal|Sitzung|Tag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochen|Monaten|Jahren"
_FUTURE_PATTERN = (
    r"\b(?:wird|werden|werde|soll|sollen|will|wollen|plant|planen|geplant|voraussichtlich|dürfte|dürften|is likely to|as soon as|frühestens|"
    r"is expected to|are expected to|is due to|are due to|scheduled|is set to|are set to|is set for|are set for|plans to|upcoming|expects to|"
    # "next week", "nächste Woche" (not "the next chancellor", "der nächste Chef", "the next day")
    rf"(?<!am )kommende[nrs]?\s+(?:{_DAYNAMES_DE})|(?<!am )nächste[nrs]?\s+(?:{_DAYNAMES_DE})|"
    r"(?<!the )next\s+(?:week|month|year|quarter|day|session|meeting|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|weeks|months|years)|"
    r"reports? (?:its |their )?(?:[\w-]+ )?(?:results|earnings|figures)|publish(?:es)? (?:its |their )?(?:[\w-]+ )?(?:results|earnings|figures)|"
    # German present tense for what is scheduled: "Am Freitag legt Allianz Zahlen vor".
    r"legt\b.{0,100}\bvor|legen\b.{0,100}\bvor|stellt\b.{0,100}\bvor|stellen\b.{0,100}\bvor|bekanntgibt|bekannt gibt|gibt\b.{0,60}\bbekannt|"
    # "Am Dienstag veröffentlicht das Ifo-Institut …": the verb right after the day, no auxiliary: present for the calendar
    r"^Am\s+\w+\s+veröffentlicht|^Am\s+\w+\s+berichtet|^Am\s+\w+\s+präsentiert|^Am\s+\w+\s+meldet|"
    r"^Am\s+\w+\s+(?:legen|stellen|veröffentlichen|berichten|präsentieren|melden|sprechen|beginnt|beginnen|startet|starten|öffnet)\b|"
    # ", am Montag Zölle … zu verhängen": an infinitive clause says what is intended
    r"(?<=, )(?:am|ab)\s+\w+\b[^,;]{0,120}\bzu\s+[a-zäöü]+en(?=\s*[.;]?\s*$)|"
    # "inflation data due on Wednesday"
    r"due (?:on|out|next)|(?:is|are)\s+due\b|releases (?:the )?minutes|auf der Agenda|auf dem (?:Programm|Terminkalender)|on the agenda|bleib(?:t|en)\b.{0,50}\bgeschlossen|spricht\s+(?:[\w-]+\s+){0,4}?(?:in|vor|auf|bei)\b|entscheidet|tagt|berät|komm(?:t|en)\b.{0,80}\bzusammen\b|treff(?:en|t)\s+sich\b|steh(?:t|en)\b.{0,40}\ban|blick(?:en|t)\b.{0,40}\bauf|folg(?:en|t)|"
    # "steht am Mittwoch SAP im Fokus, der nach Börsenschluss Zahlen vorlegt", "berichten am selben Tag Microsoft …"
    r"steh(?:t|en)\b.{0,60}\bim\s+(?:Fokus|Mittelpunkt|Blickpunkt)|\bvorlegt\b|\bberichte[nt]\s+am\s+(?:selben|gleichen)\s+Tag|"
    # English simple present for what is on the calendar ("Amazon reports on Feb. 6").
    r"reports on|announces its|meets on|decides on|reports?\s+(?:after the (?:close|bell)|before the (?:open|bell))|"
    # "Investors are looking ahead to Friday's release", "Anleger warten auf die Zahlen am Donnerstag"
    r"look(?:ing|s)? ahead to|\blook(?:ing|s)? to\s+(?:\w+\s+)?(?:earnings|results|reports|data|a speech)\b|await(?:ing|s)?|warten\s+auf|wartet\s+auf|"
    # "Die Kartellbehörden müssen noch zustimmen": still to come
    r"müssen\s+noch|muss\s+noch|still (?:needs?|has|have) to|must still)\b"
)
FUTURE_MARKERS = Folded(_FUTURE_PATTERN, re.IGNORECASE)
# The same pattern behind its literal gate: is_future runs on most sentences.
_FUTURE_GATE = GatedAlternation(re.compile(_FUTURE_PATTERN, re.IGNORECASE))


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else _NUMBER_WORDS[s]


def _year(s: str) -> int:
    y = int(s)
    return y + 2000 if y < 100 else y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_yearless(month: int, day: int | None, ref: date, future: bool) -> int:
    """Year for a (month, day) without a year.

    Future tense: the coming one. Otherwise the latest one on or before ``ref``,
    unless that lies more than half a year back while the coming one is within four
    months: "results on Jan. 30" written in December means next January (but "im Januar"
    written in July is the past one).
    """
    if not future:
        past = _nearest_yearless_directed(month, day, ref, False)
        coming = _nearest_yearless_directed(month, day, ref, True)
        d_past = _safe_date(past, month, min(day or 15, calendar.monthrange(past, month)[1]))
        d_coming = _safe_date(coming, month, min(day or 15, calendar.monthrange(coming, month)[1]))
        if d_past and d_coming and (ref - d_past).days > 183 and (d_coming - ref).days <= 120:
            return coming
        return past
    return _nearest_yearless_directed(month, day, ref, True)


def _nearest_yearless_directed(month: int, day: int | None, ref: date, future: bool) -> int:
    """Year of the nearest (month, day) on or before ``ref`` (on or after if future)."""
    probe_day = day or 1
    for year in (ref.year, ref.year - 1) if not future else (ref.year, ref.year + 1):
        d = _safe_date(year, month, min(probe_day, calendar.monthrange(year, month)[1]))
        if d is None:
            continue
        if (not future and d <= ref) or (future and d >= ref):
            return year
        if day is None and (d.year, d.month) == (ref.year, ref.month):
            return year
    return ref.year - 1 if not future else ref.year + 1


def _weekday_before(ref: date, weekday: int, strictly: bool) -> date:
    delta = (ref.weekday() - weekday) % 7
    if strictly and delta == 0:
        delta = 7
    return ref - timedelta(days=delta)


def _weekday_after(ref: date, weekday: int, strictly: bool) -> date:
    delta = (weekday - ref.weekday()) % 7
    if strictly and delta == 0:
        delta = 7
    return ref + timedelta(days=delta)


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + k
    return idx // 12, idx % 12 + 1


def _part_of_month(year: int, month: int, part: str) -> DateInterval:
    last = calendar.monthrange(year, month)[1]
    part = part.lower().rstrip("-")
    if part in ("anfang", "early", "beginning of", "start of", "zu beginn des", "zu beginn"):
        return DateInterval(date(year, month, 1), date(year, month, 10), "month")
    if part in ("mitte", "mid", "middle of"):
        return DateInterval(date(year, month, 11), date(year, month, 20), "month")
    return DateInterval(date(year, month, 21), date(year, month, last), "month")


# --- patterns ----------------------------------------------------------------
# Each rule: (name, compiled regex, absolute?, factory(match) -> resolver or None).
# A factory returning None rejects the candidate (e.g. 31 February).

_Rule = tuple[str, re.Pattern[str], bool, Callable[[re.Match[str]], Resolver | None]]
_RULES: list[_Rule] = []

# Rule families and the cheap tokens without which none of a family's rules can match.
# One scan with this prefilter tells which families to run (most sentences need none).
RULE_FAMILY = {'same_day': 'sameday', 'half_year': 'half', 'this_year': 'thisyear', 'iso_date': 'num', 'numeric_dmy': 'num', 'numeric_us': 'num', 'day_month_numeric': 'num', 'day_month_year': 'month', 'month_day_year': 'month', 'day_month': 'month', 'month_day': 'month', 'part_month': 'month', 'month_year': 'month', 'month': 'month', 'quarter': 'quarter', 'relative_day': 'relday', 'weekday': 'weekday', 'weekday_range': 'weekday', 'this_week': 'week', 'last_week': 'week', 'next_week': 'week', 'weeks_ago': 'week', 'week_start': 'week', 'weekend': 'week', 'last_month': 'monthrel', 'this_month': 'monthrel', 'next_month': 'monthrel', 'months_ago': 'monthrel', 'year': 'year', 'recently': 'recent', 'next_day': 'nextday', 'part_year': 'thisyear', 'part_week': 'week', 'part_month_rel': 'monthrel', 'same_day_anchor': 'nextday', 'part_year_explicit': 'year', 'holiday': 'holiday', 'season': 'season', 'year_turn': 'thisyear', 'mid_week': 'week', 'week_close': 'week', 'days_later': 'nextday', 'weeks_before_last': 'week', 'last_year': 'thisyear', 'over_the_week': 'week', 'days_to_act': 'nextday', 'days_ago': 'relday'}
_FAMILY_WORDS = {
    "month": tuple(sorted(_MONTHS)),
    "weekday": tuple(_WEEKDAYS),
    "quarter": ("q1", "q2", "q3", "q4", "quartal", "quarter"),
    "nextday": ("day later", "next day", "following day", "tag danach", "folgetag", "nächsten tag", "tag darauf",
                "tags darauf", "tag später", "selben ", "gleichen ", "same day", "that day", "am tag", "hours later",
                "stunden später", "same ", "tage später", "days later", "tage danach", "tage darauf", "days to", "tage zeit"),
    "relday": ("heute", "gestern", "übermorgen", "today", "yesterday", "tomorrow", "vorabend", "vortag", "previous ", "prior ",
               "day before", "tagen", "days ago", "zuvor"),
    "week": ("woche", "week", "fortnight"),
    "monthrel": ("monat", "month"),  # also "Monatsende"
    "recent": ("zuletzt", "jüngst", "kürzlich", "vor kurzem", "unlängst", "recently", "earlier this year"),
    "thisyear": ("jahr", "year"),  # also "Ende des Jahres", "year-end"
    "season": ("frühjahr", "frühling", "sommer", "herbst", "winter", "spring", "summer", "autumn", "fall"),
    "holiday": ("christmas", "new year", "heiligabend", "silvester", "neujahr", "weihnachtstag"),
    "half": ("hälfte", "half", "h1 ", "h2 "),
    "sameday": ("uhr", ":", "morgen", "vormittag", "mittag", "abend", "tagesverlauf", "handel", "in the day", "this ",
                "today", "trading", "after the bell", "nachbörslich", "beginn", "handelsstart", "börsenöffnung",
                "before the"),
}
_NUM_HINT = re.compile(r"\d[./-]\d|\d\.\s?\d")
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")


def _build_family_automaton() -> Any:
    import ahocorasick

    auto = ahocorasick.Automaton()
    for fam, words in _FAMILY_WORDS.items():
        for w in words:
            auto.add_word(w, (*auto.get(w, ()), fam))
    auto.make_automaton()
    return auto


_FAMILY_AUTOMATON = _build_family_automaton()


def _families(text: str) -> set[str]:
    """Rule families that could match: one Aho-Corasick pass over the lower-cased text."""
    fams: set[str] = set()
    for _, found in _FAMILY_AUTOMATON.iter(text.lower()):
        fams.update(found)
    if _NUM_HINT.search(text):
        fams.add("num")
    if _YEAR_HINT.search(text):
        fams.add("year")
    return fams

# "Montag, 27. Januar", "Friday, the 5th": a weekday before a date belongs to its mention.
# Rules marked ``weekday_prefix`` match the date alone and take the weekday from this
# look-back (an optional leading alternation in every such regex costs ~2x).
_WD_BEFORE = re.compile(rf"(?:{_WEEKDAY_ALT}),?\s+(?:(?:den|the)\s+)?$")
_WD_PREFIXED: set[str] = set()


Factory = Callable[[re.Match[str]], Resolver | None]


def _rule(
    name: str, pattern: str, absolute: bool = False, flags: int = 0, weekday_prefix: bool = False
) -> Callable[[Factory], Factory]:
    """Register a date rule: a pattern and a factory turning a match into a resolver."""

    def deco(factory: Factory) -> Factory:
        _RULES.append((name, re.compile(pattern, flags), absolute, factory))
        if weekday_prefix:
            _WD_PREFIXED.add(name)
        return factory

    return deco


def _fixed(interval: DateInterval) -> Resolver:
    return lambda ref, future: interval


@_rule("iso_date", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", absolute=True)
def _iso(m: re.Match[str]) -> Resolver | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _fixed(DateInterval.day(d)) if d else None


@_rule("numeric_dmy", r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})\b", absolute=True, weekday_prefix=True)
def _dmy(m: re.Match[str]) -> Resolver | None:
    d = _safe_date(_year(m["y"]), int(m["m"]), int(m["d"]))
    return _fixed(DateInterval.day(d)) if d else None


@_rule("numeric_us", r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b", absolute=True)
def _mdy_numeric(m: re.Match[str]) -> Resolver | None:
    # Slash dates are read the US way (month first), as wire services and US sites write them.
    d = _safe_date(_year(m["y"]), int(m["m"]), int(m["d"]))
    return _fixed(DateInterval.day(d)) if d else None


@_rule("day_month_year", rf"\b(?P<d>\d{{1,2}})\.?\s+{MONTH}\s+(?P<y>\d{{4}})\b", absolute=True, weekday_prefix=True)
def _dmy_text(m: re.Match[str]) -> Resolver | None:
    d = _safe_date(int(m["y"]), _MONTHS[m["month"].lower()], int(m["d"]))
    return _fixed(DateInterval.day(d)) if d else None


@_rule(
    "month_day_year",
    rf"\b{MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
    absolute=True,
    weekday_prefix=True,
)
def _mdy_text(m: re.Match[str]) -> Resolver | None:
    d = _safe_date(int(m["y"]), _MONTHS[m["month"].lower()], int(m["d"]))
    return _fixed(DateInterval.day(d)) if d else None


def _yearless(month: int, day: int) -> Resolver | None:
    if _safe_date(2024, month, day) is None:  # 2024 is a leap year: 29 Feb is valid
        return None

    def resolve(ref: date, future: bool) -> DateInterval:
        year = _nearest_yearless(month, day, ref, future)
        d = _safe_date(year, month, day) or date(year, month, 28)
        return DateInterval.day(d)

    return resolve


@_rule("day_month", rf"\b(?P<d>\d{{1,2}})\.?(?:\s*(?:und|bis|-|–)\s*\d{{1,2}}\.?)?\s+{MONTH}(?!\s*\d)", weekday_prefix=True)
def _dm_text(m: re.Match[str]) -> Resolver | None:
    return _yearless(_MONTHS[m["month"].lower()], int(m["d"]))


@_rule("month_day", rf"\b{MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\s*\d)", weekday_prefix=True)
def _md_text(m: re.Match[str]) -> Resolver | None:
    return _yearless(_MONTHS[m["month"].lower()], int(m["d"]))


_QUANTITY_BEFORE = re.compile(r"\b(?:around|about|to|at|from|near|than|as|of|rund|etwa|bei)\s+$")


@_rule("day_month_numeric", r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?![\d])", weekday_prefix=True)
def _dm_numeric(m: re.Match[str]) -> Resolver | None:
    month, day = int(m["m"]), int(m["d"])
    if not 1 <= month <= 12 or _QUANTITY_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # ("recovering to around 1.04.": an exchange rate at the end of a sentence)
    return _yearless(month, day)


_PART = r"(?P<part>Anfang|Mitte|Ende|Beginning of|beginning of|Start of|start of|End of|end of|early|Early|mid-|Mid-|mid|Mid|late|Late)"


@_rule("part_month", rf"\b{_PART}\s*{MONTH}(?:\s+(?P<y>\d{{4}}))?\b")
def _part_month(m: re.Match[str]) -> Resolver | None:
    month, part, y = _MONTHS[m["month"].lower()], m["part"], m["y"]

    def resolve(ref: date, future: bool) -> DateInterval:
        year = int(y) if y else _nearest_yearless(month, None, ref, future)
        return _part_of_month(year, month, part)

    return resolve


@_rule("part_year_explicit", r"\b(?P<p>Anfang|Mitte|Ende|[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd\s+of)[\s-]+(?P<y>20\d{2})\b", absolute=True)
def _part_year_explicit(m: re.Match[str]) -> Resolver | None:
    # "Ende 2024", "late 2025", "mid-2026": that part of that year.
    p = m["p"].lower()
    part = "anfang" if p in ("anfang", "early") else "mitte" if p in ("mitte", "mid") else "ende"
    y = int(m["y"])
    return lambda ref, future: _part_of_month(y, {"anfang": 1, "mitte": 6, "ende": 12}[part], part)


@_rule("part_year", r"\b(?:(?P<p>Anfang|Mitte|Ende|[Ee]nde)\s+(?:des\s+)?(?P<nx>nächsten\s+|kommenden\s+|vergangenen\s+|letzten\s+|vorigen\s+)?Jahres|"
                   r"[Zz]um\s+Jahresende|[Aa]m\s+Jahresende|(?P<pe>[Ee]arly|[Ll]ate)\s+(?P<nx2>next\s+|last\s+)?year|"
                   r"(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the|this|next|last)\s+year|year-end)\b")
def _part_year(m: re.Match[str]) -> Resolver | None:
    text = m.group(0).lower()
    part = "anfang" if ("anfang" in text or "early" in text) else "mitte" if "mitte" in text else "ende"
    month = {"anfang": 1, "mitte": 6, "ende": 12}[part]
    # "Ende vergangenen Jahres", "late last year": the year before; "Ende nächsten Jahres": the one after.
    ahead = -1 if any(w in text for w in ("vergangenen", "letzten", "vorigen", "last")) else (
        1 if (m["nx"] or m["nx2"] or "next" in text) else 0)

    def resolve(ref: date, future: bool) -> DateInterval:
        # "Ende des Jahres": late December of the reference year (or of next year).
        return _part_of_month(ref.year + ahead, month, part)

    return resolve


@_rule("month_year", rf"\b{MONTH}\s+(?P<y>\d{{4}})\b", absolute=True)
def _month_year(m: re.Match[str]) -> Resolver | None:
    return _fixed(DateInterval.month_of(int(m["y"]), _MONTHS[m["month"].lower()]))


@_rule("month", rf"\b(?:(?:[Ii]m|[Ii]n|[Ss]eit|[Ss]ince|[Bb]is|[Uu]ntil|[Vv]om|[Aa]b|[Ff]ür|for)\s+(?:(?P<past>vergangenen|letzten|last)\s+)?|"
       rf"(?P<rel>[Ll]ast|[Nn]ext)\s+){MONTH}(?!\.?\s*\d)")  # ("spun off last October", "next March")
def _month(m: re.Match[str]) -> Resolver | None:
    month = _MONTHS[m["month"].lower()]
    ahead = (m["rel"] or "").lower() == "next"
    back = bool(m["past"]) or (m["rel"] or "").lower() == "last"

    def resolve(ref: date, future: bool) -> DateInterval:
        if back:  # "last October", "im vergangenen Oktober": the one before this month, however far back
            year = ref.year if month < ref.month else ref.year - 1
            return DateInterval.month_of(year, month)
        return DateInterval.month_of(_nearest_yearless(month, None, ref, future or ahead), month)

    return resolve


@_rule("quarter", r"\b(?:Q(?P<q>[1-4])|(?P<ord>ersten|erste|first|zweiten|zweite|second|dritten|dritte|third|vierten|vierte|fourth)\s+(?:Quartal|[Qq]uarter))(?:\s*(?:des\s+Jahres\s+|of\s+|/|')?(?P<y>20\d{2}|\d{2}\b))?", flags=re.IGNORECASE)
def _quarter(m: re.Match[str]) -> Resolver | None:
    q = int(m["q"]) if m["q"] else _ORDINALS[m["ord"].lower()]
    y = m["y"]

    def resolve(ref: date, future: bool) -> DateInterval:
        if y:
            return DateInterval.quarter_of(_year(y), q)
        year = ref.year
        # The nearest such quarter that has started by ref (or, in future tense, not ended).
        if not future and date(year, 3 * (q - 1) + 1, 1) > ref:
            year -= 1
        if future and DateInterval.quarter_of(year, q).end < ref:
            year += 1
        return DateInterval.quarter_of(year, q)

    return resolve


@_rule(
    "same_day",
    # "p.m." ends in a dot, after which \\b cannot hold: those alternatives end without it.
    r"\b(?:\d{1,2}[:.]\d{2}\s*Uhr|\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.)|\d{1,2}:\d{2}\s*(?:am|pm|ET|GMT|CET|MEZ|JST)|"
    r"(?:[Hh]eute\s+)?(?:[Aa]m|[Ii]m)\s+(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Tagesverlauf|frühen Handel|späten Handel)|"
    r"[Ee]arlier in the day|[Ll]ater in the day|[Tt]his (?:morning|afternoon|evening)|[Ll]ater today|[Ee]arlier today|"
    r"in (?:early|late|extended|after-hours) trading|after the bell|after the close|nachbörslich|"
    r"vor (?:Börsenbeginn|Handelsbeginn|Handelsstart|Börsenöffnung)|before the (?:opening )?bell|before the (?:market )?open)(?:\b|(?<=\.))",
)
def _same_day(m: re.Match[str]) -> Resolver | None:
    # A time of day or "am Abend" without a date: the reference day itself.
    return lambda ref, future: DateInterval.day(ref)


@_rule("next_day", r"\b(?:[Aa]\s+day\s+later|[Oo]ne\s+day\s+later|[Tt]he\s+(?:next|following)\s+day|"
                  r"[Aa]m\s+(?:Tag\s+danach|Folgetag|nächsten\s+Tag|Tag\s+darauf)|[Tt]ags\s+darauf|[Ee]inen\s+Tag\s+(?:später|danach))\b")
def _next_day(m: re.Match[str]) -> Resolver | None:
    # Anchored to the date told just before (see events: ANCHORED_RULES); alone it means
    # the day after the reference day.
    return lambda ref, future: DateInterval.day(ref + timedelta(days=1))


_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's eve": (12, 31), "new year's day": (1, 1),
             "heiligabend": (12, 24), "silvester": (12, 31), "neujahr": (1, 1), "erster weihnachtstag": (12, 25)}


@_rule("holiday", r"\b(?:[Cc]hristmas\s+(?:[Dd]ay|[Ee]ve)|[Nn]ew\s+[Yy]ear's\s+(?:[Dd]ay|[Ee]ve)|Heiligabend|Silvester|Neujahr|"
                 r"(?:am\s+)?[Ee]rsten\s+Weihnachtstag)\b")
def _holiday(m: re.Match[str]) -> Resolver | None:
    key = re.sub(r"^(?:am\s+)?ersten", "erster", m.group(0).lower())
    month, day = _HOLIDAYS.get(re.sub(r"\s+", " ", key), (12, 25))
    return lambda ref, future: DateInterval.day(date(_nearest_yearless(month, day, ref, future), month, day))


@_rule("same_day_anchor", r"\b(?:[Aa]m\s+(?:selben|gleichen)\s+(?:Tag|Abend|Morgen|Vormittag|Nachmittag)|(?:[Oo]n\s+)?[Tt]he\s+same\s+(?:day|evening|morning|afternoon|night)|"
                         r"[Ll]ater\s+that\s+day|(?:[Oo]n\s+)?that\s+(?:same\s+)?day(?!'s)|[Ss]päter\s+am\s+Tag|[Hh]ours\s+later|[Ww]enige\s+Stunden\s+später|[Ss]tunden\s+später)\b")
def _same_day_anchor(m: re.Match[str]) -> Resolver | None:
    # "Am selben Tag hatte die SNB …": the day told just before (alone: the reference day).
    return lambda ref, future: DateInterval.day(ref)


# Rules whose mention is relative to the previous date in the text, with the day offset.
@_rule("days_later", rf"\b{_numg('n')}\s+(?:Tage|days)\s+(?:später|danach|darauf|later|afterwards)\b")
def _days_later(m: re.Match[str]) -> Resolver | None:
    # "Dessen Aktie fiel zwei Tage später": anchored like "a day later" (alone: after the reference day).
    n = _num(m["n"])
    return lambda ref, future: DateInterval.day(ref + timedelta(days=n))


@_rule("days_to_act", rf"\b(?:has|have|hat|haben)\s+(?:nun\s+|now\s+)?{_numg('n')}\s+(?:Tage|days)\s+(?:Zeit\b|to\b)")
def _days_to_act(m: re.Match[str]) -> Resolver | None:
    """"The company has 60 days to tell the Commission …": a deadline that many days after the news."""
    n = _num(m["n"])
    return lambda ref, future: DateInterval.day(ref + timedelta(days=n))


_ANCHOR_OFFSET = {"next_day": 1, "same_day_anchor": 0}  # days after the anchor ("days_later" counts its own)
ANCHORED_RULES = frozenset((*_ANCHOR_OFFSET, "days_later"))


def month_number(name: str) -> int:
    """1..12 for a month name or abbreviation in German or English ("März", "Mär", "Sept")."""
    return _MONTHS[name.lower()]


def weekday_number(name: str) -> int:
    """0 (Monday) .. 6 for a weekday name in German or English."""
    return _WEEKDAYS[name.lower()]


def anchor_days(m: DateMention) -> int:
    """Days after the anchoring date that ``m`` (an ANCHORED_RULES mention) names."""
    if m.rule == "days_later":
        n = re.match(_NUM_ALT, m.text, re.IGNORECASE)
        return _num(n.group(0)) if n else 1
    return _ANCHOR_OFFSET[m.rule]


def anchored(base: DateMention, days: int, mention: DateMention, unit: str = "day") -> DateMention:
    """``mention`` ("a day later") resolved as ``base`` moved by ``days`` (a coarser base stays as is).

    With ``unit`` "week" or "month", ``days`` counts weeks or months and the result is that
    whole week or month ("a month after the approval" is no more precise than a month).
    """

    def resolve(ref: date, future: bool) -> DateInterval:
        iv = base.resolve(ref, future)
        if iv.granularity == "day" and iv.days == 3:
            iv = DateInterval.day(iv.start + timedelta(days=1))  # "vor zwei Wochen" (the day +-1): its middle day
        if iv.granularity != "day" or days == 0:
            return iv
        if unit == "week":
            return DateInterval.week_of(iv.start + timedelta(weeks=days))
        if unit == "month":
            k = iv.start.year * 12 + iv.start.month - 1 + days
            return DateInterval.month_of(k // 12, k % 12 + 1)
        return DateInterval.day(iv.start + timedelta(days=days))

    return DateMention(mention.start, mention.end, mention.text, mention.rule, base.absolute, resolve)


def relative_to(base: DateMention, mention: DateMention, ahead: bool = False) -> DateMention:
    """``mention`` ("am Freitag") told relative to ``base`` (a chronology's heading "22. Juni 2020:")
    instead of the article's date; ``ahead``: the first such day on or after it, whatever the tense."""

    def resolve(ref: date, future: bool) -> DateInterval:
        return mention.resolve(base.resolve(ref, future).start, ahead or future)

    return DateMention(mention.start, mention.end, mention.text, mention.rule, base.absolute, resolve)


_REL_DAYS = {"heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "vorgestern": -2,
             "übermorgen": 2, "tomorrow": 1}  # fmt: skip


@_rule("half_year", r"\b(?:(?:in\s+der\s+|für\s+die\s+)?(?P<hde>ersten|zweiten|erste|zweite)\s+(?:Jahreshälfte|Hälfte)(?:\s+(?:des\s+Jahres\s+)?(?P<y1>20\d{2}))?|"
       r"(?:in\s+the\s+)?(?P<hen>first|second)\s+half(?:\s+of(?:\s+the\s+year)?)?(?:\s+(?P<y2>20\d{2}))?|H(?P<h>[12])\s+(?P<y3>20\d{2}))\b",
       flags=re.IGNORECASE)
def _half_year(m: re.Match[str]) -> Resolver | None:
    half = 1 if (m["hde"] or m["hen"] or "").lower() in ("ersten", "erste", "first") or m["h"] == "1" else 2
    y = m["y1"] or m["y2"] or m["y3"]

    def resolve(ref: date, future: bool) -> DateInterval:
        year = int(y) if y else ref.year
        start = date(year, 1 if half == 1 else 7, 1)
        end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
        return DateInterval(start, end, "quarter")

    return resolve


_SEASONS = {"frühjahr": 3, "frühling": 3, "spring": 3, "sommer": 6, "summer": 6, "herbst": 9, "autumn": 9, "fall": 9,
            "winter": 12}
_SEASON_ALT = "Frühjahr|Frühling|Sommer|Herbst|Winter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter"


# "im Sommer 2025", "in the fall", "this spring", "next winter" ("fall" alone is a verb: a
# preposition or a year must come with it).
@_rule("season", rf"\b(?:(?P<mod>[Ii]m|[Ii]n\s+the|[Tt]his|[Nn]ext|[Ll]ast|[Dd]iesen|[Ii]m\s+(?:kommenden|vergangenen|letzten|nächsten))"
                 rf"\s+(?P<s1>{_SEASON_ALT})(?:\s+(?:of\s+)?(?P<y1>20\d{{2}}))?|(?P<s2>{_SEASON_ALT})\s+(?P<y2>20\d{{2}}))\b")
def _season(m: re.Match[str]) -> Resolver | None:
    first = _SEASONS[(m["s1"] or m["s2"]).lower()]
    y = m["y1"] or m["y2"]
    mod = (m["mod"] or "").lower()

    def span(year: int) -> DateInterval:
        end_y, end_m = _add_months(year, first, 2)
        return DateInterval(date(year, first, 1), date(end_y, end_m, calendar.monthrange(end_y, end_m)[1]), "quarter")

    def resolve(ref: date, future: bool) -> DateInterval:
        if y:
            return span(int(y))
        ahead = future or any(w in mod for w in ("next", "kommenden", "nächsten"))
        back = any(w in mod for w in ("last", "vergangenen", "letzten"))
        cands = [span(year) for year in (ref.year - 1, ref.year, ref.year + 1)]
        if ahead and not back:
            return next(c for c in cands if c.end >= ref)  # the coming (or current) season
        started = [c for c in cands if c.start <= ref and not (back and c.end >= ref)]
        return started[-1]

    return resolve


@_rule("relative_day", r"\b(?P<w>heute|Heute|today|Today|gestern|Gestern|yesterday|Yesterday|vorgestern|Vorgestern|übermorgen|tomorrow|"
                      r"(?:[Aa]m\s+)?Vorabend|(?:[Aa]m\s+)?Vortag|[Tt]he\s+(?:previous|prior)\s+(?:day|evening|session)|[Tt]he\s+day\s+before|"
                      r"[Tt]ags\s+zuvor|(?:[Aa]m|[Ee]inen)\s+Tag\s+zuvor)\b")
def _relative_day(m: re.Match[str]) -> Resolver | None:
    # "am Vorabend", "the previous day": the day before the reference day.
    k = _REL_DAYS.get(m["w"].lower(), -1)
    return lambda ref, future: DateInterval.day(ref + timedelta(days=k))


_ENGLISH_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_NAME_BEFORE = re.compile(r"\b(?P<w>[A-ZÄÖÜ][a-zäöüß]+)\s+$")
# capitalised words a bare German weekday may follow mid-sentence ("Der Montag", "Ende Freitag")
_WORD_BEFORE_WEEKDAY = frozenset(("Der", "Dem", "Den", "Des", "Dieser", "Diesen", "Diesem", "Jeden", "Jeder", "Vom", "Zum", "Ende",
                                  "Anfang", "Mitte", "Ein", "Einen", "Einem", "Kommender", "Nächster", "Vergangener", "Letzter"))
@_rule(
    "weekday",
    rf"\b(?P<mod>[Aa]m\s+(?:vergangenen|letzten|kommenden|nächsten)?\s*|[Vv]ergangenen\s+|[Ll]etzten\s+|[Kk]ommenden\s+|[Nn]ächsten\s+|"
    rf"[Oo]n\s+|[Ll]ast\s+|[Nn]ext\s+|[Tt]his\s+(?:past\s+)?|[Ss]eit\s+|[Ss]ince\s+|[Bb]is\s+|[Uu]ntil\s+|[Ff]ür\s+(?:den\s+)?|[Aa]b\s+)?"
    # ("Im frühen Mittwochshandel", "die Freitagssitzung": that day's trading)
    rf"(?P<wd>{_WEEKDAY_ALT})(?:abend|morgen|nachmittag|vormittag|mittag|shandels?|ssitzung|\s+(?:morning|afternoon|evening|night))?\b"
    # "am Montag kommender Woche", "on Tuesday next week": that weekday of the named week.
    r"(?P<wk>\s+(?:der\s+)?(?:kommenden|nächsten|vergangenen|letzten)\s+Woche\b|\s+(?:kommender|nächster|vergangener|letzter)\s+Woche\b|"
    r"\s+(?:next|last)\s+week\b)?",
)
def _weekday(m: re.Match[str]) -> Resolver | None:
    wd = _WEEKDAYS[m["wd"].lower()]
    mod = (m["mod"] or "").lower()
    if not mod and m["wd"].lower() not in _ENGLISH_WEEKDAYS and (
            name := _NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start())) is not None and (
            name["w"] not in _WORD_BEFORE_WEEKDAY and m.string[: name.start()].strip()):
        return None  # "Healthineers-Chef Bernd Montag sagte": a surname (German needs "am Montag" for the day)
    past = any(w in mod for w in ("vergangenen", "letzten", "last", "past"))
    nxt = any(w in mod for w in ("kommenden", "nächsten", "next", "für")) or mod.startswith("ab")  # "erhebt ab Freitag"  # "kündigte für Dienstag eine Kundgebung an"
    if m["wk"]:
        shift = -7 if any(w in m["wk"] for w in ("vergangen", "letzte", "last")) else 7
        return lambda ref, future: DateInterval.day(
            ref + timedelta(days=shift) - timedelta(days=(ref + timedelta(days=shift)).weekday()) + timedelta(days=wd))

    def resolve(ref: date, future: bool) -> DateInterval:
        if nxt or (future and not past):
            # "für Montagabend" in Monday's report is that evening; "am kommenden Montag" is a week on.
            return DateInterval.day(_weekday_after(ref, wd, strictly=nxt and not mod.startswith("für")))
        return DateInterval.day(_weekday_before(ref, wd, strictly=past))

    return resolve


@_rule(
    "weekday_range",
    rf"\b(?P<mod>[Aa]m|[Oo]n|[Vv]on|[Ff]rom)\s+(?P<wd>{_WEEKDAY_ALT})\s+(?:und|and|bis|through|to|oder|or)\s+(?P<wd2>{_WEEKDAY_ALT})\b"
    r"(?P<wk>\s+(?:der\s+)?(?:kommenden|nächsten|vergangenen|letzten)\s+Woche\b|\s+(?:kommender|nächster|vergangener|letzter)\s+Woche\b|"
    r"\s+(?:next|last)\s+week\b)?",
)
def _weekday_range(m: re.Match[str]) -> Resolver | None:
    """"Am Dienstag und Mittwoch kommender Woche beraten …": one two-day event, not two.
    The interval runs from the first day to the second; its first day is the best guess."""
    first = _weekday(m)
    assert first is not None
    span = (_WEEKDAYS[m["wd2"].lower()] - _WEEKDAYS[m["wd"].lower()]) % 7

    def resolve(ref: date, future: bool) -> DateInterval:
        start = first(ref, future).start
        return DateInterval(start, start + timedelta(days=span), "day")

    return resolve


_THIS = r"(?:dieser|diese|der\s+laufenden|der\s+aktuellen|this)"
_LAST = r"(?:vergangenen|vergangene|letzten|letzte|vorigen|vorige|last|past|previous|the\s+previous)"
_NEXT = r"(?:kommenden|kommende|nächsten|nächste|next|the\s+coming|coming)"


def _week_offset(k: int) -> Resolver:
    return lambda ref, future: DateInterval.week_of(ref + timedelta(weeks=k))


@_rule("over_the_week", r"\b(?:over|for|on)\s+the\s+week\b(?!\s+(?:ahead|before|after|of|to|ending|ended|that)\b)|\b[Ii]m\s+Wochenverlauf\b|\b[Aa]uf\s+Wochensicht\b")
def _over_the_week(m: re.Match[str]) -> Resolver | None:
    """"fell 2.3% over the week", "auf Wochensicht": the week of the report."""
    return _week_offset(0)


@_rule("this_week", rf"\b(?:[Ii]n\s+)?(?:earlier\s+|later\s+)?(?i:{_THIS})\s+(?i:Woche|week)\b")
def _this_week(m: re.Match[str]) -> Resolver | None:
    return _week_offset(0)


@_rule("weeks_before_last", r"\b(?:[Vv]orvergangene[rn]?|[Vv]orletzte[rn]?)\s+Woche\b|\b(?:the\s+)?week\s+before\s+last\b")
def _weeks_before_last(m: re.Match[str]) -> Resolver | None:
    return _week_offset(-2)


@_rule("last_week", rf"\b(?:(?i:in\s+der)\s+)?(?i:{_LAST})\s+(?i:Woche|week)\b|\b(?:[Ii]n\s+der\s+)?Vorwoche\b")
def _last_week(m: re.Match[str]) -> Resolver | None:
    def resolve(ref: date, future: bool) -> DateInterval:
        # Told on a Sunday ("Wochenausblick", "Sunday's weekly wrap"), the week just ended is the last one.
        return DateInterval.week_of(ref - timedelta(weeks=0 if ref.weekday() == 6 else 1))

    return resolve


@_rule("next_week", rf"\b(?:(?i:in\s+der)\s+)?(?i:{_NEXT})\s+(?i:Woche|week)\b")
def _next_week(m: re.Match[str]) -> Resolver | None:
    return _week_offset(1)


@_rule("days_ago", rf"\b(?:[Vv]or\s+{_numg('n')}\s+Tagen|{_numg('n2')}\s+days\s+ago)\b")
def _days_ago(m: re.Match[str]) -> Resolver | None:
    """"Bereits vor zehn Tagen hatte BMW …", "three days ago": that many days before the reference day."""
    n = _num(m["n"] or m["n2"])
    return lambda ref, future: DateInterval.day(ref - timedelta(days=n))


@_rule("weeks_ago", rf"\b(?:[Vv]or\s+{_numg('n')}\s+Wochen?|{_numg('n2')}\s+weeks?\s+ago|(?P<f>[Aa]\s+fortnight)\s+ago)\b")
def _weeks_ago(m: re.Match[str]) -> Resolver | None:
    n = 2 if m["f"] else _num(m["n"] or m["n2"])

    def resolve(ref: date, future: bool) -> DateInterval:
        d = ref - timedelta(weeks=n)
        return DateInterval(d - timedelta(days=1), d + timedelta(days=1), "day")

    return resolve


@_rule("week_start", r"\b(?:(?:[Zz]um|[Zz]u|[Aa]m|[Zz]u\s+Beginn\s+der|[Aa]nfang\s+der|[Ee]arly\s+(?:this|in\s+the))\s+"
                     r"(?:Wochenbeginn|Wochenstart|Wochenauftakt|Wochenanfang|Woche|week)|[Ii]n\s+die\s+neue\s+Woche|[Aa]t\s+the\s+start\s+of\s+the\s+week)\b")
def _week_start(m: re.Match[str]) -> Resolver | None:
    def resolve(ref: date, future: bool) -> DateInterval:
        monday = ref - timedelta(days=ref.weekday())
        return DateInterval(monday, monday + timedelta(days=1), "day")

    return resolve


@_rule("mid_week", r"\b(?:[Mm]itte\s+(?:der|dieser)\s+Woche|[Mm]idweek|[Mm]id-week|[Ii]n\s+der\s+Wochenmitte)\b")
def _mid_week(m: re.Match[str]) -> Resolver | None:
    # "Mitte der Woche stehen die PCE-Daten an": around Wednesday of that week (Tuesday..Thursday).
    def resolve(ref: date, future: bool) -> DateInterval:
        wed = ref - timedelta(days=ref.weekday()) + timedelta(days=2)
        return DateInterval(wed - timedelta(days=1), wed + timedelta(days=1), "day")

    return resolve


@_rule("week_close", r"\b(?:[Zz]um|[Aa]m)\s+(?:Wochenschluss|Wochenausklang)\b")
def _week_close(m: re.Match[str]) -> Resolver | None:
    # "Zum Wochenschluss gab der Dax nach": the Friday (the coming one in future tense).
    def resolve(ref: date, future: bool) -> DateInterval:
        fri = _weekday_after(ref, 4, strictly=False) if future else _weekday_before(ref, 4, strictly=False)
        return DateInterval.day(fri)

    return resolve


def _step(which: str | None) -> int:
    """-1 for "vergangener/letzten/last", +1 for "kommender/nächsten/next", 0 when no week or month is named."""
    which = (which or "").strip().lower()
    return -1 if which.startswith(("vergangen", "letzt", "vorig", "last")) else 1 if which else 0


@_rule("part_week", r"\b(?:[Ee]nde|[Aa]nfang|[Mm]itte)\s+(?:der\s+)?(?P<de>vergangenen|letzten|vorigen|kommenden|nächsten|vergangener|letzter|"
                   r"voriger|kommender|nächster)\s+Woche\b|\b(?:[Ll]ate|[Ee]arly)\s+(?P<en>last|next)\s+week\b|"
                   r"\b(?:at\s+)?the\s+(?:end|start|beginning)\s+of\s+(?P<en2>last|next)\s+week\b|\b[Ee]nde\s+der\s+Woche\b|"
                   r"\b(?:at\s+)?the\s+end\s+of\s+(?:the|this)\s+week\b")
def _part_week(m: re.Match[str]) -> Resolver | None:
    # "Ende vergangener Woche", "late last week": that week (a part of it is no more certain).
    return _week_offset(_step(m["de"] or m["en"] or m["en2"]))


@_rule("part_month_rel", r"\b(?P<p>[Ee]nde|[Aa]nfang|[Mm]itte)\s+(?:des\s+|dieses\s+)?(?P<de>vergangenen\s+|letzten\s+|kommenden\s+|"
                        r"nächsten\s+)?Monats\b|\b[Zz]um\s+Monatsende\b|"
                        r"\b(?:at\s+|by\s+)?the\s+(?P<pe>end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+|(?P<en>last|next)\s+)month\b|"
                        r"\b(?P<pe2>[Ll]ate|[Ee]arly)\s+(?:this\s+|(?P<en2>last|next)\s+)month\b")
def _part_month_rel(m: re.Match[str]) -> Resolver | None:
    # "at the end of the month", "Ende vergangenen Monats": that part of this (or that) month.
    part = (m["p"] or m["pe"] or m["pe2"] or "ende").lower()
    part = {"end": "ende", "late": "ende", "start": "anfang", "beginning": "anfang", "early": "anfang",
            "middle": "mitte"}.get(part, part)
    k = _step(m["de"] or m["en"] or m["en2"])

    def resolve(ref: date, future: bool) -> DateInterval:
        n = ref.year * 12 + ref.month - 1 + k
        return _part_of_month(n // 12, n % 12 + 1, part)

    return resolve


@_rule("weekend", r"\b(?:[Aa]m|[Üü]bers|[Üü]ber\s+das|[Oo]ver\s+the|[Tt]his|[Ll]ast|[Tt]he)\s+(?:Wochenende|weekend)\b")
def _weekend(m: re.Match[str]) -> Resolver | None:
    def resolve(ref: date, future: bool) -> DateInterval:
        sat = _weekday_after(ref, 5, strictly=False) if future else _weekday_before(ref, 5, strictly=False)
        if not future and ref.weekday() == 6:
            sat = ref - timedelta(days=1)
        return DateInterval(sat, sat + timedelta(days=1), "day")

    return resolve


def _month_offset(k: int) -> Resolver:
    def resolve(ref: date, future: bool) -> DateInterval:
        y, mo = _add_months(ref.year, ref.month, k)
        return DateInterval.month_of(y, mo)

    return resolve


@_rule("last_month", rf"\b(?:(?i:im)\s+)?(?i:{_LAST})\s+(?i:Monat|month)\b|\b(?:[Ii]m\s+)?Vormonat\b")
def _last_month(m: re.Match[str]) -> Resolver | None:
    return _month_offset(-1)


@_rule("this_month", r"\b(?:[Ii]n\s+)?(?:diesem|dem\s+laufenden|this|earlier\s+this|later\s+this)\s+(?:Monat|month)\b")
def _this_month(m: re.Match[str]) -> Resolver | None:
    return _month_offset(0)


@_rule("next_month", rf"\b(?:(?i:im)\s+)?(?i:{_NEXT})\s+(?i:Monat|month)\b")
def _next_month(m: re.Match[str]) -> Resolver | None:
    return _month_offset(1)


@_rule("months_ago", rf"\b(?:[Vv]or\s+{_numg('n')}\s+Monaten?|{_numg('n2')}\s+months?\s+ago)\b")
def _months_ago(m: re.Match[str]) -> Resolver | None:
    n = _num(m["n"] or m["n2"])
    return _month_offset(-n)


@_rule("year", r"\b(?:[Ii]m\s+(?:Laufe|Verlauf)\s+des\s+Jahres|[Ii]m\s+Jahr(?:e)?|[Ii]n\s+the\s+course\s+of|[Ii]n|[Ff]ür|[Ff]or)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*(?:Prozent|%|Dollar|Euro|Milliarden|Millionen))")
def _year_rule(m: re.Match[str]) -> Resolver | None:
    y = int(m["y"])
    return _fixed(DateInterval(date(y, 1, 1), date(y, 12, 31), "year"))


@_rule("year_turn", r"\b(?:[Zz]um\s+Jahres(?:wechsel|beginn|anfang)|[Zz]u\s+Jahresbeginn|[Aa]t\s+the\s+(?:start|turn)\s+of\s+the\s+year)\b")
def _year_turn(m: re.Match[str]) -> Resolver | None:
    # "Zum Jahreswechsel hatte die Post das Porto erhöht": 1 January (the coming one in future tense).
    def resolve(ref: date, future: bool) -> DateInterval:
        return DateInterval.day(date(ref.year + 1 if future and (ref.month, ref.day) != (1, 1) else ref.year, 1, 1))

    return resolve


# (not a comparison: "than last year", "gegenüber dem vergangenen Jahr", "im Vorjahr" are the base of a figure)
_COMPARED_BEFORE = re.compile(r"\b(?:than|from|over|versus|vs\.?|compared\s+(?:with|to)|als|gegenüber|zum|vom|verglichen\s+mit|im\s+Vergleich\s+zum)\s+$", re.IGNORECASE)


@_rule("last_year", r"\b(?:[Ii]m\s+(?:vergangenen|letzten)\s+Jahr|[Vv]ergangenes\s+Jahr|[Ll]etztes\s+Jahr|[Ll]ast\s+year)\b")
def _last_year(m: re.Match[str]) -> Resolver | None:
    """"hatte sich im vergangenen Jahr beteiligt", "last year": the year before the reference."""
    if _COMPARED_BEFORE.search(m.string, max(0, m.start() - 25), m.start()):
        return None
    return lambda ref, future: DateInterval(date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), "year")


@_rule("this_year", r"\b(?:[Ii]n\s+diesem\s+Jahr|[Dd]ieses\s+Jahr|[Ss]eit\s+Jahresbeginn|[Tt]his\s+year|[Ss]o\s+far\s+this\s+year|[Yy]ear\s+to\s+date)\b")
def _this_year(m: re.Match[str]) -> Resolver | None:
    return lambda ref, future: DateInterval(date(ref.year, 1, 1), date(ref.year, 12, 31), "year")


_DETERMINER_BEFORE = re.compile(r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ss]ein\w*|[Ii]hr\w*|[Ee]in\w*|the|its|their|his|her|a|an)\s+$")


_QUOTE_VERB_BEFORE = re.compile(r"\b(?:lag|lagen|notierte|notierten|stand|standen|kostete|kosteten|gewann|gewannen|verlor|"
                                r"verloren|gab|gaben|legte|legten|stieg|stiegen|fiel|fielen|sank|sanken|büßte|büßten|rückte|rückten)"
                                # ("lagen sie zuletzt", "notierte die Aktie zuletzt": the subject after the verb)
                                r"(?:\s+(?:sie|er|es|(?:die|der|das)\s+[\w-]+))?\s+$")


@_rule("recently", r"\b(?:[Zz]uletzt|[Jj]üngst|[Kk]ürzlich|[Vv]or\s+kurzem|[Uu]nlängst|[Rr]ecently|[Ee]arlier\s+this\s+year)\b")
def _recently(m: re.Match[str]) -> Resolver | None:
    if _DETERMINER_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "sein zuletzt gesenktes Ziel", "its recently launched app": an adjective, no date

    if _QUOTE_VERB_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        # "Der CAC 40 lag zuletzt 0,8 Prozent im Minus": the latest quote of a market report, its own day
        return lambda ref, future: DateInterval.day(ref)

    def resolve(ref: date, future: bool) -> DateInterval:
        return DateInterval(ref - timedelta(days=30), ref, "month")

    return resolve


# Quoted speech: dates inside it are relative to when it was said, not to the article.
_QUOTE_SPANS = re.compile(r"„[^“”\"]*[“”\"]|“[^”]*”|«[^»]*»|»[^«]*«|\"[^\"\n]{0,600}\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotations (German and English quote marks)."""
    return [(m.start(), m.end()) for m in _QUOTE_SPANS.finditer(text)]


def find_dates(text: str, *, skip_quotes: bool = False) -> list[DateMention]:
    """All date expressions in ``text``, left to right, without overlaps.

    Where candidates overlap, the longest wins (``Montag, 27. Januar 2025`` is one
    mention, not three). With ``skip_quotes``, mentions inside quotation marks are
    dropped.

    Example:
        >>> [m.text for m in find_dates("Am Freitag, 24. Januar 2025, und gestern")]
        ['Am Freitag', '24. Januar 2025', 'gestern']
    """
    found = _find_dates_cached(text)
    if skip_quotes and found:
        spans = quoted_spans(text)
        return [m for m in found if not any(s <= m.start and m.end <= e for s, e in spans)]
    return list(found)


@lru_cache(maxsize=512)
def _rules_for(families: frozenset[str]) -> tuple[_Rule, ...]:
    """The rules of these families, in registration order (few distinct sets occur)."""
    return tuple(rule for rule in _RULES if RULE_FAMILY[rule[0]] in families)


@lru_cache(maxsize=4096)
def _find_dates_cached(text: str) -> tuple[DateMention, ...]:
    families = _families(text)
    if not families:
        return ()
    candidates: list[tuple[int, int, str, bool, Resolver]] = []
    for name, regex, absolute, factory in _rules_for(frozenset(families)):
        for m in regex.finditer(text):
            resolver = factory(m)
            if resolver is not None and m.end() > m.start():
                start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                if name in _WD_PREFIXED and (wd := _WD_BEFORE.search(text, max(0, start - 40), start)):
                    start = wd.start()
                candidates.append((start, m.end(), name, absolute, resolver))
    # Longest first, then leftmost; greedy selection of non-overlapping spans.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, str, bool, Resolver]] = []
    for cand in candidates:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c[0])
    return tuple(DateMention(s, e, text[s:e], name, absolute, res) for s, e, name, absolute, res in taken)


def is_future(sentence: str) -> bool:
    """True if the sentence reads as future tense / scheduled (German or English)."""
    return _FUTURE_GATE.search(sentence)


# --- publication-date parsing ---------------------------------------------------

_HEADER_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?")


def parse_date_value(value: str) -> DateInterval | None:
    """Parse a header/front-matter date value: ``2025-02``, ``2025-01-28``, ``28.01.2025``,
    ``January 28, 2025``. Partial dates become month/year intervals.

    Example:
        >>> parse_date_value("2025-02")
        DateInterval(start=datetime.date(2025, 2, 1), end=datetime.date(2025, 2, 28), granularity='month')
    """
    value = value.strip()
    mentions = [m for m in find_dates(value) if m.absolute]
    if mentions:
        return mentions[0].resolve(date(2000, 1, 1))
    m = _HEADER_DATE.fullmatch(value) or _HEADER_DATE.match(value)
    if m:
        y = int(m["y"])
        if m["m"] and m["d"]:
            d = _safe_date(y, int(m["m"]), int(m["d"]))
            return DateInterval.day(d) if d else None
        if m["m"] and 1 <= int(m["m"]) <= 12:
            return DateInterval.month_of(y, int(m["m"]))
        return DateInterval(date(y, 1, 1), date(y, 12, 31), "year")
    return _dateparser_day(value)


@lru_cache(maxsize=512)
def _dateparser_day(value: str) -> DateInterval | None:
    """Last resort for a free-form date value: dateparser, restricted to de/en."""
    import dateparser  # imported lazily: it costs ~0.3 s and is rarely needed

    parsed = dateparser.parse(
        value, languages=["de", "en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return DateInterval.day(parsed.date()) if parsed else None


_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{2})[/-](?P<d>\d{2})(?:/|-|$)")


def date_from_url(url: str) -> DateInterval | None:
    """A date embedded in a URL path such as ``/2025/01/28/``."""
    m = _URL_DATE.search(url)
    if not m:
        return None
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return DateInterval.day(d) if d else None
