"""Company, index and person names -> Yahoo symbols, from a table users can extend.

The table is data, not code: ``timeline/data/entities.csv`` ships with the package
(columns ``name,type,ticker,aliases,person_of,peers``; aliases and peers are
``|``-separated). Add rows in a CSV of your own and pass it as ``extra=`` or set
``TIMELINE_ENTITIES=/path/to/file.csv``. Private companies have an empty ticker.

Example:
    >>> table = EntityTable.load()
    >>> [(m.entity.name, m.entity.ticker) for m in table.find("Nvidia und der Dax fielen")]
    [('NVIDIA', 'NVDA'), ('Dax', '^GDAXI')]
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import UsageError

# Entity types with a price series of their own (a ticker that moves).
TRADED = ("company", "index", "crypto", "commodity", "fx")


@dataclass(frozen=True)
class Entity:
    """A named company, index, crypto asset or person."""

    name: str
    type: str  # company | private | index | crypto | commodity | fx | person | region (a place, never a ticker)
    ticker: str | None
    aliases: tuple[str, ...]
    person_of: str | None = None
    peers: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntityMention:
    start: int
    end: int
    text: str
    entity: Entity


class EntityTable:
    """Name lookup over a list of entities (longest alias wins, word boundaries)."""

    def __init__(self, entities: list[Entity]):
        self.entities = entities
        self.by_name = {e.name: e for e in entities}
        self.by_ticker = {e.ticker: e for e in entities if e.ticker}
        alias_to_entity: dict[str, Entity] = {}
        for e in entities:
            for a in (*e.aliases, *_inflected(e.aliases)):
                alias_to_entity.setdefault(a, e)
        self._alias = alias_to_entity
        alts = sorted(alias_to_entity, key=len, reverse=True)
        # The regex is the definition; find() runs the same search with an Aho-Corasick
        # automaton (~10x faster than a 500-way alternation in ``re``).
        self._regex = _mention_regex(alts)
        self._auto: Any = None
        if alts:
            import ahocorasick

            self._auto = ahocorasick.Automaton()
            for a in alts:
                self._auto.add_word(a, a)
            self._auto.make_automaton()

    @classmethod
    def load(cls, extra: str | os.PathLike[str] | None = None) -> EntityTable:
        """The shipped table, plus ``extra`` (or ``$TIMELINE_ENTITIES``) rows first."""
        extra = extra or os.environ.get("TIMELINE_ENTITIES") or None
        return _load_cached(str(extra) if extra else None)

    def find(self, text: str) -> list[EntityMention]:
        """Every entity mention in ``text``, left to right (what ``self._regex.finditer`` finds:
        leftmost, then longest alias; not inside a word; an optional possessive ending)."""
        if self._auto is None:
            return []
        by_start: dict[int, list[str]] = {}
        for end, alias in self._auto.iter(text):
            by_start.setdefault(end - len(alias) + 1, []).append(alias)
        out: list[EntityMention] = []
        last_end = 0
        for start in sorted(by_start):
            if start < last_end or (start > 0 and (_is_word(text[start - 1]) or text[start - 1] == "-")):
                continue
            for alias in sorted(by_start[start], key=len, reverse=True):
                end = _possessive_end(text, start + len(alias))
                if end is not None:
                    out.append(EntityMention(start, end, text[start:end], self._alias[alias]))
                    last_end = end
                    break
        return out

    def in_text(self, text: str) -> EntityTable | ArticleEntities:
        """This table as one article sees it: a company first named in full ("Spirit Airlines",
        "Constellation Energy") may then be called by its first word alone ("Spirit shares
        plunged"). Only there: elsewhere "Spirit" may be Spirit AeroSystems.

        Example:
            >>> t = EntityTable.load()
            >>> text = "JetBlue Airways fell. JetBlue said"
            >>> [m.entity.ticker for m in t.in_text(text).find("JetBlue said")]
            ['JBLU']
        """
        shorts: dict[str, Entity | None] = {}
        found = self.find(text)
        first_break = text.find("\n")  # (a headline may use the short name first: "Circle shares more than double in … debut")
        for m in found:
            head = _short_name(m.text, m.entity)
            # The full name introduces the short one: "Die Modekette Esprit … Esprit Holdings" calls
            # something else Esprit before the holding is named (a headline above it does not count).
            body_start = first_break + 1 if m.start > first_break >= 0 else 0
            if head is not None and head not in self._alias and text.find(head, body_start) == m.start:
                # Two companies with the same first word ("Spirit Airlines", "Spirit AeroSystems"): neither.
                shorts[head] = m.entity if shorts.get(head, m.entity) == m.entity else None
        named = {k: v for k, v in shorts.items() if v is not None}
        for name, entity in listed_in_text(text):
            # "Metsera, Inc. (Nasdaq: MTSR)": a press release names the listing; the table may not know the company.
            known = self.by_ticker.get(entity.ticker or "")
            if name not in self._alias and name not in named:
                named[name] = known or entity
        if _SUFFIX_HINT.search(text):
            taken = [(m.start, m.end) for m in found]
            for sm in _SUFFIXED.finditer(text):
                # "PacWest Bancorp fell 1.3%": a company the table lacks, named as one; no ticker is guessed.
                lead = _LEAD_WORDS.match(sm.group(0))  # ("Die Varta AG", "Rival Acme Corp.": the name after the article)
                skip = lead.end() if lead else 0
                full, head = sm.group(0)[skip:], sm["name"][skip:]
                if (not head or any(a < sm.end() and sm.start() < b for a, b in taken) or _NOT_A_COMPANY.search(full)
                        or full in self._alias or full in named):
                    continue
                entity = Entity(name=full, type="private" if sm["fund"] else "company", ticker=None, aliases=(full,))
                named[full] = entity
                short = head.split()[0]
                if " " not in head and len(short) >= 4 and short not in _NOT_A_SHORT_NAME and short not in self._alias:
                    named.setdefault(short, entity)
        return ArticleEntities(self, named) if named else self

    def peers_of(self, ticker: str) -> tuple[str, ...]:
        e = self.by_ticker.get(ticker)
        return e.peers if e else ()


# A full name is "<Head> <tail>" where the tail only says what kind of company it is.
_CORPORATE_TAIL = re.compile(
    r"(?:Airlines|Air Lines|Airways|Inc\.?|Corp\.?|Corporation|Group|Holdings?|Technologies|Technology|Platforms|"
    r"Semiconductors?|Therapeutics|Pharmaceuticals|Communications|Energy|Motors|Brands|Entertainment|Airlines Group|"
    r"Networks|Systems|Industries|Software|Chemicals|Chemie|"
    # a sector word before the legal form: "Circle Internet Group", "Great Wall Motor Co."
    r"(?:Internet|Motor|Financial|Digital|Media|Health)\s+(?:Group|Holdings?|Inc\.?|Corp\.?|Co\.?))")
# Heads that are ordinary words or places ("American Airlines", "United Airlines", "General Motors").
_NOT_A_SHORT_NAME = frozenset(
    "American United Alaska General National International First Royal Advanced Applied China Japan Deutsche "
    "Global Universal Western Eastern Southern Northern Continental Digital Energy Air The Die Der".split())


# "PacWest Bancorp", "Acme Holdings", "Varta AG": a name that says it is a company.
_SUFFIXED = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w&'-]*\s+){0,2}[A-Z][\w&'-]*)\s+"
                       r"(?:Bancorp(?:oration)?|Inc\.|Corp\.?|Corporation|Holdings|plc|PLC|Ltd\.?|AG|SE|"  # (Reuters: "Hosiden Corp")
                       # a fund's name ("Melvin Capital", "Point72 Asset Management"): private, no ticker
                       r"(?P<fund>Capital(?:\s+Management|\s+Partners)?|Asset\s+Management|Investment\s+Management|Associates))(?![\w])")
_SUFFIX_HINT = re.compile(r"\b(?:Bancorp|Inc\.|Corp|Holdings|plc|PLC|Ltd|AG|SE|Capital|Management|Associates)\b")
# Agencies and words that take such a tail without being a listed company ("Federal Deposit Insurance Corp.").
_NOT_A_COMPANY = re.compile(r"\b(?:Federal|Insurance|Deposit|Government|Agency|Authority|Administration|Department|"
                            r"Reserve|Development|Export|Import|Overseas|Public|Broadcasting)\b")
_LEAD_WORDS = re.compile(r"(?:(?:The|Die|Der|Das|Dem|Den|Des|Rival|Shares|Stock|Both|Also|Auch|While|But)\s+)+")

# "Pfizer Inc. (NYSE: PFE)", "Metsera, Inc. (Nasdaq: MTSR)": a company and its listing, as press releases write it.
_LISTING = re.compile(
    r"(?P<name>[A-Z][\w&'.-]*(?:,?\s+(?:[A-Z][\w&'.-]*|&|de|of|and))*?)"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|plc|PLC|AG|SE|SA|S\.A|N\.V|NV|Limited|Corporation|Incorporated|Holdings?)\.?)?"
    r"\s*\((?P<ex>NYSE American|NYSE Arca|NYSE|NASDAQ|Nasdaq(?:\s+GS|\s+GM)?|TSXV|TSX|LSE|ASX|Xetra|XETRA|FWB|SIX|HKEX|"
    r"Euronext Paris|Euronext Amsterdam|OTCQX|OTCQB|OTC)\s*:\s*(?P<tick>[A-Z][A-Z0-9]{0,5}(?:\.[A-Z])?)\)")
_LISTING_HINT = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|TSXV?|LSE|ASX|Xetra|XETRA|FWB|SIX|HKEX|Euronext|OTC)")
# Exchange -> Yahoo suffix.
_EXCHANGE_SUFFIX = {"TSX": ".TO", "TSXV": ".V", "LSE": ".L", "ASX": ".AX", "Xetra": ".DE", "XETRA": ".DE", "FWB": ".F",
                    "SIX": ".SW", "HKEX": ".HK", "Euronext Paris": ".PA", "Euronext Amsterdam": ".AS"}


# A movers list: a line that opens with a name, its symbol in parentheses and a dash ("Walmart (WMT) — Shares …").
# (Only there: "The Competition and Markets Authority (CMA)" in running text is no listing.)
_AGENCIES = frozenset(("AP", "AFP", "DPA", "UPI", "AFX", "SDA", "APA", "ANP", "EFE"))
_MOVER_ITEM = re.compile(r"^[ \t]*(?P<name>[A-Z][\w&'.-]*(?:[ \t]+[A-Z&][\w&'.-]*){0,3})[ \t]+\((?P<sym>[A-Z]{1,5})\)[ \t]*[—–-]",
                         re.MULTILINE)


def listed_in_text(text: str) -> list[tuple[str, Entity]]:
    """Companies a text names with their listing ("Metsera, Inc. (Nasdaq: MTSR)") or, in a movers list, by
    symbol ("Wingstop (WING) — …"), as (name, entity).

    Example:
        >>> [(n, e.ticker) for n, e in listed_in_text("Metsera, Inc. (Nasdaq: MTSR) and Shopify (TSX: SHOP) said")]
        [('Metsera', 'MTSR'), ('Shopify', 'SHOP.TO')]
    """
    out: list[tuple[str, Entity]] = []
    if ")" in text:
        for m in _MOVER_ITEM.finditer(text):
            # "Wingstop (WING) — The chicken wing chain rose 4%": a list of movers names each stock by its symbol
            # (not a dateline: "NEW YORK (AP) —")
            if m["name"].isupper() or m["sym"] in _AGENCIES:
                continue
            out.append((m["name"], Entity(name=m["name"], type="company", ticker=m["sym"], aliases=(m["name"],))))
    if ":" not in text or not _LISTING_HINT.search(text):
        return out  # (the cheap test first: most texts name no listing)
    for m in _LISTING.finditer(text):
        name = m["name"].rstrip(",. ")
        if len(name) < 2 or (name.isupper() and len(name) <= 3):
            continue
        ticker = m["tick"] + _EXCHANGE_SUFFIX.get(m["ex"], "")
        out.append((name, Entity(name=name, type="company", ticker=ticker, aliases=(name,))))
    return out


def _short_name(full: str, entity: Entity) -> str | None:
    """"Spirit" for "Spirit Airlines" (a company named by its head and a generic tail), else None."""
    if entity.type != "company" or " " not in full:
        return None
    full = re.sub(r"(?:'s|’s|')$", "", full)
    head, _, tail = full.partition(" ")
    words = full.split()
    if len(words) == 3 and _CORPORATE_TAIL.fullmatch(words[2]) and not _CORPORATE_TAIL.fullmatch(tail) and all(
            w[:1].isupper() for w in words[:2]):
        head, tail = " ".join(words[:2]), words[2]  # "Palo Alto Networks" -> "Palo Alto"
    if not _CORPORATE_TAIL.fullmatch(tail) or len(head) < 4 or not head[0].isupper() or head in _NOT_A_SHORT_NAME:
        return None
    return head


class ArticleEntities:
    """An :class:`EntityTable` plus the short names one article introduced (see ``in_text``)."""

    def __init__(self, table: EntityTable, shorts: dict[str, Entity]) -> None:
        self.table, self.shorts, self.by_name = table, shorts, table.by_name
        self._regex = _mention_regex(sorted(shorts, key=len, reverse=True))

    def find(self, text: str) -> list[EntityMention]:
        """The table's mentions, plus the article's short names where no longer name overlaps them."""
        out = self.table.find(text)
        if not any(s in text for s in self.shorts):
            return out
        taken = [(m.start, m.end) for m in out]
        extra = [EntityMention(m.start(), m.end(), m.group(0), self.shorts[m.group(1)])
                 for m in self._regex.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)]
        return sorted(out + extra, key=lambda m: m.start) if extra else out


# What the extractor looks names up in: the table, or the table as one article sees it.
EntityFinder = EntityTable | ArticleEntities


def _mention_regex(aliases: list[str]) -> re.Pattern[str]:
    """Any of ``aliases`` (longest first) as a whole word; possessive/genitive endings
    ("Nvidias", "DeepSeek's") still name the entity."""
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, aliases)) + r")(?:'s|’s|s|')?(?![\w])")


def _inflected(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """German case forms of a name that starts with an adjective: "Die Aktien der Deutschen Bank",
    "bei der Deutschen Börse". The table lists the nominative once; these follow from it."""
    return tuple("Deutschen " + a[len("Deutsche "):] for a in aliases if a.startswith("Deutsche "))


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``re``'s \\w means for str patterns


def _possessive_end(text: str, end: int) -> int | None:
    """End of a mention whose alias ends at ``end``: an optional "'s"/"s"/"'" ending, and
    no word character after it; None if the alias runs on into a word."""
    for suffix in ("'s", "’s", "s", "'", ""):
        if text.startswith(suffix, end):
            stop = end + len(suffix)
            if stop >= len(text) or not _is_word(text[stop]):
                return stop
    return None


def _read_rows(text: str, origin: str) -> list[Entity]:
    rows = list(csv.DictReader(text.splitlines()))
    need = {"name", "type", "ticker", "aliases"}
    if rows and not need <= set(rows[0]):
        raise UsageError(f"{origin}: entity table needs the columns {sorted(need)}; see timeline/data/entities.csv")
    out = []
    for r in rows:
        aliases = tuple(a.strip() for a in (r.get("aliases") or r["name"]).split("|") if a.strip())
        out.append(
            Entity(
                name=r["name"].strip(),
                type=(r.get("type") or "company").strip(),
                ticker=(r.get("ticker") or "").strip() or None,
                aliases=aliases or (r["name"].strip(),),
                person_of=(r.get("person_of") or "").strip() or None,
                peers=tuple(p for p in (r.get("peers") or "").split("|") if p),
            )
        )
    return out


@lru_cache(maxsize=8)
def _load_cached(extra: str | None) -> EntityTable:
    shipped = resources.files("timeline").joinpath("data/entities.csv").read_text(encoding="utf-8")
    entities = _read_rows(shipped, "entities.csv")
    if extra:
        path = Path(extra)
        try:
            user = _read_rows(path.read_text(encoding="utf-8"), str(path))
        except OSError as exc:
            raise UsageError(f"cannot read entity table {path}: {exc.strerror}; check the path") from None
        entities = user + entities  # user rows win: their aliases are registered first
    return EntityTable(entities)
