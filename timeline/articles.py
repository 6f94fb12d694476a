"""Articles: UTF-8 text files with an optional date header or front matter.

The text is kept exactly as read; every later stage points into it with
character offsets. Headers understood:

* a first line ``date 2025-02`` (anything after the date, e.g. a teaser, is kept
  as part of the text);
* front matter between ``---`` lines with ``published:``, ``date:``, ``url:``,
  ``title:`` keys;
* a dateline or byline in the first lines ("28.01.2025, 13:44 Uhr",
  "Updated July 20, 2024", "Published: January 28, 2025").

Example:
    >>> a = parse_article("date 2025-02 • Teaser\\n\\nText.", source="x.txt")
    >>> a.published, a.published_basis
    (DateInterval(start=datetime.date(2025, 2, 1), end=datetime.date(2025, 2, 28), granularity='month'), 'header')
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .dates import DateInterval, date_from_url, find_dates, is_future, month_number, parse_date_value, weekday_number
from .errors import ArticleError
from .numbers import detect_language

MAX_ARTICLE_BYTES = 5_000_000  # a news article is kilobytes; more is almost surely the wrong file
ARTICLE_SUFFIXES = (".txt", ".md", ".text")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Article:
    """One news article: exact text plus what its header says about it."""

    source: str  # file name (or a label for in-memory text)
    text: str
    body_start: int = 0
    title: str | None = None
    url: str | None = None
    published: DateInterval | None = None
    published_basis: str = "unknown"  # header | front matter | dateline | url | given | unknown
    lang: str = "de"
    encoding: str = "utf-8"
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


_HEADER_LINE = re.compile(r"\A[ \t\ufeff]*(?:date|datum|published|veröffentlicht)[:\s]+(?P<value>\d{4}(?:-\d{1,2}){0,2})(?=\s|•|$)", re.IGNORECASE)
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.DOTALL)
_WIRE_PLACE = re.compile(r"\s*[A-ZÄÖÜ][A-ZÄÖÜ .'/-]{1,40},\s+")
# "Walldorf, 21. Oktober 2024 - …", "Berlin, 5. März 2025 (dpa) - …": a place, the date, a dash.
_PLACE = re.compile(r"\s*[A-ZÄÖÜ][\wäöüß.'/-]+(?:\s[A-ZÄÖÜ][\wäöüß.'/-]+){0,2},\s+")
_DASH_AFTER = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s")
# A press release's dateline: "SUNNYVALE, Calif. and CANONSBURG, Pa., Jan. 16, 2024 /PRNewswire/ -- …",
# "NEW YORK, Jan. 16, 2024 (GLOBE NEWSWIRE) -- …", "SAN JOSE, Calif.--(BUSINESS WIRE)--Feb. 26, 2025--".
_RELEASE_AFTER = re.compile(r"\s*(?:/[A-Za-z -]{2,40}/|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|Business Wire|ACCESSWIRE|PRNewswire)\))\s*(?:--|[-–—])")
_RELEASE_BEFORE = re.compile(r"(?:/PRNewswire/|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|Business Wire|ACCESSWIRE)\))\s*(?:--|[-–—])\s*$")
_DATELINE = re.compile(
    r"(?:(?:Updated|Published|Posted|Aktualisiert|Veröffentlicht|Stand)(?:\s+am|\s+on)?:?\s+)?"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"  # "Jan 3 2025" too
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|"  # British: "10 November 2023"
    r"\d{1,2}\.\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+\d{4}|"
    r"\d{1,2}\.\d{1,2}\.\d{2}(?=,?\s+(?:um\s+)?\d{1,2}:\d{2}))"  # "29.01.25 16:45 Uhr": a two-digit year only with a time
    r"(?:,?\s*(?:um\s+)?\d{1,2}:\d{2}(?:\s*Uhr)?)?"
)

# A wire dateline without a year: "SEATTLE, Nov 5 (Reuters) - …", "Göttingen, 20. Oktober (Reuters) - …".
_MONTHS_DE = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
WIRE_DATELINE = re.compile(
    r"^\s*(?:[A-ZÄÖÜ][\wÄÖÜäöüß.'/-]*(?:\s[A-ZÄÖÜ][\wÄÖÜäöüß.'/-]*){0,3},\s+){0,2}"  # ("BOISE, Idaho, Feb. 27, 2025")
    r"(?P<md>(?P<d1>\d{1,2})\.\s+(?:(?P<m1>" + _MONTHS_DE + r")|(?P<m3>Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\.?)|"  # Reuters: "06. Mär"
    r"(?P<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d2>\d{1,2})|"
    r"(?P<num>\d{1,2}\.\d{1,2}\.\d{4}))"  # "Metzingen, 16.07.2024 (Reuters) -"
    # "(Reuters) -", "(GLOBE NEWSWIRE) --", "/PRNewswire/ --" or just "–"
    r"(?:,?\s+(?P<y>\d{4}))?\s*(?:\([^)]{2,30}\)\s*|/[^/\s]{2,30}/\s*)?(?:--|[-–—])\s"
)


def chronology_entry(m: re.Match[str]) -> bool:
    """A :data:`WIRE_DATELINE` match that opens a chronology's entry ("19. Juni 2023 - Covestro …"): a date
    at the line's start with no source, which dates the entry, not the report."""
    return m.start("md") == 0 and "(" not in m.group(0)


_YEAR = re.compile(r"(?<![\d.,])(?:19[89]\d|20\d\d)(?![\d.,]\d)")
# "the best day since 2008", "seit 2019": a year the story is later than, not the story's year.
_SINCE_BEFORE = re.compile(r"\b(?:since|seit)\s+(?:(?:early|late|mid-?|Anfang|Mitte|Ende|dem\s+Jahr|\w+)\s+)?$", re.IGNORECASE)
# "starting in 2027", "ab 2027": a year still to come when the story was told.
_STARTING_BEFORE = re.compile(r"\b(?:starting|beginning|ab)\s+(?:in\s+)?$", re.IGNORECASE)
_PAST_TENSE = re.compile(r"\b(?:had|hatte|hatten|was|were|war|waren|wurde|wurden|said|sagte)\b|\b[a-z]{3,}ed\b")
_LEDE_WEEKDAY = re.compile(
    r"\b(?:on|am)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b")


def _yearless_dateline(text: str, body_start: int) -> tuple[DateInterval, str] | None:
    """Publication day from a wire dateline without a year; the year is the one the text
    itself names (the latest year told in the past tense, else the earliest named at all)."""
    for line in text[body_start : body_start + 800].splitlines()[:8]:
        m = WIRE_DATELINE.match(line)
        if m is None or m["num"]:  # (a numeric dateline has its year)
            continue
        month = month_number(m["m1"] or m["m3"] or m["m2"])
        day = int(m["d1"] or m["d2"])
        if m["y"]:  # "JACKSON HOLE, Wyoming, Aug 23, 2024 - …": a wire dateline with its year after all
            if chronology_entry(m):
                continue  # ("19. Juni 2023 - Covestro bestätigt …": not the report's date)
            try:
                return DateInterval.day(date(int(m["y"]), month, day)), "dateline"
            except ValueError:
                continue
        past: list[int] = []
        future: list[int] = []
        told_before: list[DateInterval] = []  # past events with a full date: the report came after them
        after: list[int] = []  # "since 2008": the story is later than that
        upto: list[int] = []  # "starting in 2027": the story is not later than that
        told_past: list[int] = []  # years of sentences plainly in the past tense
        sentences = split_sentences(text, body_start)
        for sent in sentences:
            years = []
            for ym in _YEAR.finditer(sent.text):
                if _SINCE_BEFORE.search(sent.text, max(0, ym.start() - 25), ym.start()):
                    after.append(int(ym.group()))
                elif _STARTING_BEFORE.search(sent.text, max(0, ym.start() - 20), ym.start()):
                    upto.append(int(ym.group()))
                else:
                    years.append(int(ym.group()))
            future_tense = is_future(sent.text)
            (future if future_tense else past).extend(years)
            if years and not future_tense and _PAST_TENSE.search(sent.text):
                told_past.extend(years)  # "had approached … once before, in 2020": the report is not earlier
            if years and not future_tense:
                told_before += [m.resolve(date(2000, 1, 1)) for m in find_dates(sent.text) if m.absolute]
        year = max(past) if past else min(future) if future else None
        # The lede's weekday ("… am Donnerstag bei der Vorlage der Jahreszahlen") is the dateline's
        # day in a wire story: among the years the text names (±1), prefer the one where it is.
        line_at = _line_start(text, body_start, line)
        lede = " ".join(s.text for s in sentences[:3] if s.start >= line_at)
        wd = _LEDE_WEEKDAY.search(lede)
        lede_day = weekday_number(wd["wd"]) if wd else None
        if year is None and upto and wd:
            # Only "starting in 2027": the latest year up to it (within twelve) where the lede's weekday fits.
            bound = min(upto)
            fitting = _years_on(lede_day, month, day, range(bound, bound - 13, -1))
            if fitting and not (after and fitting[0] <= max(after)):
                how = f"year {fitting[0]}: the latest up to {bound} (told as still to come) where it is a {wd['wd']}"
                return DateInterval.day(date(fitting[0], month, day)), f"dateline without a year ({m['md']}); {how}"
        if year is None and not upto and wd and not after:
            # No year anywhere ("TOKYO, Feb 13 (Reuters) - … said on Thursday"): a wire story is read when it is
            # news, so the latest year up to today where the lede's weekday fits (within seven), said as a guess.
            today = reference_today()
            fitting = [y for y in _years_on(lede_day, month, day, range(today.year, today.year - 8, -1))
                       if date(y, month, day) <= today]
            if fitting:
                how = (f"year {fitting[0]}: no year in the text, the latest up to {today} where it is a {wd['wd']} "
                       f"(a guess; pass the date to be sure)")
                return DateInterval.day(date(fitting[0], month, day)), f"dateline without a year ({m['md']}); {how}"
        if year is None:
            return None  # no year anywhere (or only "since 2008"): unknown rather than guessed
        if after and year <= max(after):
            # "… its highest since November 2023", "worst day since 1997" (and only such years told): the story is later
            # than that, and a wire story is read while it is news: the latest year up to today (within seven, after the
            # "since" year) where the lede's weekday fits, said as a guess; else unknown.
            today = reference_today()
            later = [y for y in _years_on(lede_day, month, day, range(today.year, max(max(after), today.year - 8), -1))
                     if date(y, month, day) <= today] if wd else []
            if not later:
                return None
            how = (f"year {later[0]}: the latest up to {today} after {max(after)} (a 'since' year) where it is a "
                   f"{wd['wd']} (a guess; pass the date to be sure)") if wd else ""
            return DateInterval.day(date(later[0], month, day)), f"dateline without a year ({m['md']}); {how}"
        how = f"year {year} from the text"
        if wd:
            named = sorted(set(past + future))
            # (never before a year the text tells in the past: "had approached … once before, in 2020")
            floor = max(told_past) if told_past else named[0] - 1
            fits = _years_on(lede_day, month, day, range(max(floor, named[0] - 1), named[-1] + 2))
            if year not in fits and len(fits) == 1:
                year = fits[0]
                how = f"year {year}: the one beside the years told where it is a {wd['wd']}"
            elif year not in fits and not fits and told_past:
                # No named year fits the lede's weekday: the first later one where it does (said so in the basis).
                # (a date falls on each weekday within any twelve years)
                later = _years_on(lede_day, month, day, range(floor + 1, floor + 13))
                if later:
                    year = later[0]
                    how = f"year {year}: the first after {floor} (told in the past) where it is a {wd['wd']}"
        if any(iv.start > date(year, month, min(day, 28)) for iv in told_before):
            # "Feb 27 … the hack of the Ronin network in March 2022": a February after that March,
            # so not 2022, and the text does not say which year: unknown rather than guessed.
            return None
        try:
            return DateInterval.day(date(year, month, day)), f"dateline without a year ({m['md']}); {how}"
        except ValueError:
            return None
    return None


def reference_today() -> date:
    """Today, or ``$TIMELINE_TODAY`` (an ISO date) for runs that must give the same answer on any day."""
    fixed = os.environ.get("TIMELINE_TODAY")
    if fixed:
        try:
            return date.fromisoformat(fixed)
        except ValueError:
            raise ArticleError(f"TIMELINE_TODAY={fixed!r} is not a date; use the form 2025-02-13") from None
    return date.today()


def _years_on(weekday: int | None, month: int, day: int, years: Iterable[int]) -> list[int]:
    """Of ``years`` (in their order), those in which ``day``.``month``. falls on ``weekday``."""
    return [y for y in years if _weekday_of(y, month, day) == weekday]


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _line_start(text: str, start: int, line: str) -> int:
    """Where ``line`` begins in ``text`` (searching from ``start``)."""
    at = text.find(line, start)
    return at if at >= 0 else start


def _decode(raw: bytes, source: str) -> tuple[str, str]:
    if not raw.strip():
        raise ArticleError(f"{source}: the file is empty; give a text file with the article's text")
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{source}: this looks like a binary file, not text; save the article as UTF-8 text")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # Windows-1252 is a superset of Latin-1 for printable text and what older
        # German sites and Word exports produce. Decoding is lossless for it.
        text = raw.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(3, len(text) // 100):
            raise ArticleError(
                f"{source}: not UTF-8 and not Latin-1 text; re-save it as UTF-8"
            ) from None
        return text, "cp1252"


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences with character offsets into ``text``.

    Splits at ``.!?`` followed by space and an upper-case letter, digit or quote,
    and at line breaks; not after abbreviations (``Jan.``, ``Dr.``, ``z.B.``) or
    ordinal day numbers (``28. Januar``).
    """
    out: list[Sentence] = []
    para = 0
    pos = start
    for block in re.finditer(r"[^\n]+", text[start:]):
        b_start = start + block.start()
        if b_start > pos and "\n\n" in text[pos:b_start]:
            para += 1
        pos = start + block.end()
        line = block.group(0)
        if _CAPTION.search(line):
            continue  # a photo caption tells when the picture was taken, not news
        if _BOILERPLATE.fullmatch(line.strip()):
            break  # a press release's closing sections ("Forward-Looking Statements", "About Synopsys"): no news
        last = 0
        for m in _BOUNDARY.finditer(line):
            cut = m.start() if "•" in m.group(0) else m.start() + 1
            if _is_abbreviation(line, m.start()):
                continue
            _emit(out, text, b_start + last, b_start + cut, para)
            last = m.end()
        _emit(out, text, b_start + last, b_start + len(line), para)
    return out


# "FILE - A Boeing 737 Max jet is displayed … on July 22, 2024. (AP Photo/Kin Cheung, File)", "Foto: dpa"
_CAPTION = re.compile(r"^\s*(?:FILE(?:\s+PHOTO)?\s*[-–—:]|(?:Photo|Foto|Bild):\s)|\((?:AP|AFP|dpa|Reuters) Photo\b|\bREUTERS/[A-Z]")
_BOILERPLATE = re.compile(
    r"(?:Forward[- ]Looking Statements?|Cautionary (?:Note|Statement)s?(?: Regarding [\w -]+)?|Safe Harbou?r(?: Statement)?|"
    r"Zukunftsgerichtete Aussagen|Haftungsausschluss|Disclaimer|"
    r"About [A-Z][\w&.,'-]*(?: [A-Z&][\w&.,'-]*){0,4}|Über [A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ&][\w&.-]*){0,3})[:.]?")
_BOUNDARY = re.compile(r"[.!?…][“”\"»«)]?\s+(?=[A-ZÄÖÜ„\"“»(0-9•-])|\s*•\s*")
_ABBREV = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Okt|Dez|Dr|Mr|Mrs|Ms|Prof|St|Nr|ca|bzw|vs|"
    r"Inc|Corp|Co|Ltd|Mio|Mrd|Tsd|etc|u\.a|z\.B|d\.h|U\.S|No)|\b\d{1,2}|\b[A-Z])$"
)


# "on Nov. 5. Nvidia fell": an English month-day date ends the sentence (no ordinal dot in English).
_EN_MONTH_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$")


_CLOCK_ZONE = re.compile(r"\s+(?:ET|EST|EDT|PT|PST|PDT|CT|CST|GMT|UTC|BST|CET|CEST|MEZ|HKT|JST)\b|"
                         r"\s+(?:[A-Z][a-z]+\s+){1,2}time\b")  # "at 3:30 p.m. Tokyo time", "p.m. New York time"


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    before = line[max(0, dot - 16) : dot]
    if before.endswith(("a.m", "p.m")) and _CLOCK_ZONE.match(line, dot + 1):
        return True  # "4:20 p.m. ET — Nvidia reported …" is one sentence
    if re.search(r"\d[.,]\d{1,2}$", before):
        return False  # "at $427.99. The company …": a decimal, not an ordinal ("5. März")
    return bool(_ABBREV.search(before[-12:])) and not _EN_MONTH_DAY.search(before)


def _emit(out: list[Sentence], text: str, s: int, e: int, para: int) -> None:
    while s < e and text[s] in " \t•-–—*":  # ("** Shares of …": a wire brief's bullet)
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s >= 3:
        out.append(Sentence(s, e, text[s:e], para))


def parse_article(
    text: str,
    source: str = "<text>",
    published: DateInterval | str | None = None,
    encoding: str = "utf-8",
) -> Article:
    """Build an :class:`Article` from text; ``published`` overrides any header."""
    if not text.strip():
        raise ArticleError(f"{source}: the article has no text; give a file with the article's text")
    title = url = None
    pub: DateInterval | None = None
    basis = "unknown"
    body_start = 0

    fm = _FRONT.match(text)
    if fm:
        body_start = fm.end()
        for line in fm["body"].splitlines():
            key, _, value = line.partition(":")
            key, value = key.strip().lower(), value.strip().strip("\"'")
            if key in ("published", "date", "datum") and value:
                pub = parse_date_value(value)
                basis = "front matter" if pub else basis
            elif key == "url":
                url = value
            elif key == "title":
                title = value
        if pub is None and url:
            pub = date_from_url(url)
            basis = "url" if pub else basis
    else:
        hm = _HEADER_LINE.match(text)
        if hm:
            pub = parse_date_value(hm["value"])
            basis = "header" if pub else basis
            body_start = hm.end()

    if pub is None:
        head = text[body_start : body_start + 600]
        found_lines: list[tuple[bool, DateInterval]] = []
        # A chronology ("19. Juni 2023 - Covestro bestätigt …", "1. Oktober 2024 - …"): lines that open with a
        # date and a dash are its entries, none of them the day it was written.
        entries = [line for line in text[body_start:].splitlines()
                   if (em := _DATELINE.match(line.strip())) is not None and _DASH_AFTER.match(line.strip(), em.end())]
        for line in head.splitlines()[:6]:
            if len(entries) >= 2 and line in entries:
                continue
            dm = _DATELINE.search(line)
            # A dateline stands alone near the top, not inside a long sentence, or opens
            # a wire story ("TOULOUSE, 20. Februar 2025 (Reuters) - ...").
            if dm and (len(line) < 120 or dm.start() == 0 or _WIRE_PLACE.fullmatch(line[: dm.start()])
                       or (_PLACE.fullmatch(line[: dm.start()]) and _DASH_AFTER.match(line, dm.end()))
                       or (dm.start() <= 100 and (_RELEASE_AFTER.match(line, dm.end()) or _RELEASE_BEFORE.search(line, 0, dm.start())))):
                day = parse_date_value(dm["date"])
                if day:
                    # A line that is only the date ("Freitag, 28.02.2025") beats a title that names a
                    # date ("WOCHENVORSCHAU: Termine bis zum 7. März 2025").
                    rest = line[: dm.start()] + line[dm.end() :]
                    found_lines.append((len(re.findall(r"\w+", rest)) <= 2 or dm.start() == 0, day))
        if found_lines:
            pub = next((d for alone, d in found_lines if alone), found_lines[0][1])
            basis = "dateline"

    if pub is None:
        # Some sites print the date under the story ("Posted: 2024-10-02", "05.12.2024").
        for line in text.rstrip().splitlines()[-3:][::-1]:
            dm = _DATELINE.search(line)
            if dm and len(line.strip()) < 60:
                pub = parse_date_value(dm["date"])
                if pub:
                    basis = "dateline (at the end)"
                    break

    if pub is None:
        found = _yearless_dateline(text, body_start)
        if found is not None:
            pub, basis = found

    if published is not None:
        given = parse_date_value(published) if isinstance(published, str) else published
        if given is None:
            raise ArticleError(f"{source}: cannot read the publication date {published!r}; use YYYY-MM-DD")
        pub, basis = given, "given"

    if title is None:
        first = text[body_start:].strip().splitlines()
        title = first[0].strip(" •\t")[:200] if first else None

    return Article(
        source=source,
        text=text,
        body_start=body_start,
        title=title,
        url=url,
        published=pub,
        published_basis=basis,
        lang=detect_language(text),
        encoding=encoding,
        sentences=tuple(split_sentences(text, body_start)),
    )


def read_article(path: str | os.PathLike[str], published: DateInterval | str | None = None) -> Article:
    """Read one article file (UTF-8; Latin-1/Windows-1252 is accepted and noted)."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ArticleError(f"{p}: no such file; check the path") from None
    except OSError as exc:
        raise ArticleError(f"{p}: cannot read it ({exc.strerror})") from None
    if p.is_dir():
        raise ArticleError(f"{p}: is a directory; pass the files in it or use read_articles()")
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{name}: {size / 1e6:.1f} MB is too large for a news article "
            f"(limit {MAX_ARTICLE_BYTES / 1e6:.0f} MB); split it or pass the article text only"
        )
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{p}: cannot read it ({exc.strerror}); check permissions") from None
    text, encoding = _decode(raw, name)
    return parse_article(text, source=name, published=published, encoding=encoding)


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, directories expanded to their ``*.txt``/``*.md`` files (sorted)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()
                           and f.name.upper() not in ("README.MD", "DATA.MD", "SOURCES.MD"))
            if not found:
                raise ArticleError(f"{p}: no article files (*.txt, *.md) in this directory")
            out.extend(found)
        else:
            out.append(p)
    return out


def read_articles(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    published: DateInterval | str | None = None,
) -> list[Article]:
    """Read article files and directories of them.

    Example:
        >>> arts = read_articles("seeds")  # doctest: +SKIP
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return [read_article(p, published) for p in expand_paths(paths)]


def latest_explicit_date(article: Article, skip: Callable[[str], bool] | None = None) -> DateInterval | None:
    """The latest fully explicit (year-bearing) date in the body (``skip``: sentences not to read)."""
    best: DateInterval | None = None
    # Per sentence (cached and shared with event extraction) rather than one more pass.
    # A date that is announced ahead ("will report on 27 January 2025") says nothing of when it was written.
    for sent in article.sentences:
        absolute = [m for m in find_dates(sent.text) if m.absolute]
        if not absolute or is_future(sent.text) or (skip is not None and skip(sent.text)):
            continue
        for m in absolute:
            iv = m.resolve(_ANY_DAY)
            if best is None or iv.end > best.end:
                best = iv
    return best


_ANY_DAY = date(2000, 1, 1)  # absolute mentions ignore the reference day
