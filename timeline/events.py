"""Dated market events extracted from articles.

Pipeline inside this module (all rules are general, German and English):

1. **Candidates.** Each sentence with an event trigger (see :data:`KIND_PATTERNS`)
   becomes a candidate with its kind, entities, actor, money amounts, percentages
   and its own date mention (mentions inside quotations are ignored: they are
   relative to when the words were said). A sentence that opens with a
   continuation marker ("Diese Neuigkeit", "So", "Dabei", "This", "It") and has
   no date of its own inherits the date, and if it names no company, the
   entities of the sentence before.
2. **Publication date.** From the header, front matter, dateline or URL; else
   from the latest explicit date in the text; else from an event the article
   shares with a dated article (an article cannot report an event before it
   happened). Inferred dates are a range ``[lower bound, lower bound + lag]``:
   news is assumed to be published within ``report_lag_days`` of the latest event
   it reports. The lower bound is the best estimate.
3. **Resolution.** Relative mentions are resolved against the best publication
   day; the event interval is the hull over the whole publication range, so
   uncertainty is kept in ``start``/``end``.
4. **Merging.** Undated sentences about the same post/statement by the same
   person, or following a dated event of the same kind, join it. Undated market
   moves get the article's story window (earliest dated event .. publication) so
   that :func:`timeline.timeline.pin_events` can pin them with price data.
   The same event told by several articles becomes one event with all sources.

Example:
    >>> from timeline.articles import parse_article
    >>> art = parse_article("date 2025-03-14\\nNvidia shares fell 5% on Tuesday.", "a.txt")
    >>> [(e.kind, str(e.date), e.tickers) for e in extract_events([art])]
    [('market_move', '2025-03-11', ('NVDA',))]
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from ._gates import Folded, Needled, fold_text
from .articles import WIRE_DATELINE, Article, Sentence, chronology_entry, latest_explicit_date
from .dates import (
    ANCHORED_RULES,
    DateInterval,
    DateMention,
    anchor_days,
    anchored,
    find_dates,
    is_future,
    quoted_spans,
    relative_to,
)
from .entities import TRADED, ArticleEntities, Entity, EntityFinder, EntityMention, EntityTable
from .numbers import Amount, Percent, find_amounts, find_percents, format_money
from .triggers import KIND_PATTERNS, classify, has_trigger

REPORT_LAG_DAYS = 7
CONTEXT_SENTENCES = 30
# Kinds whose undated mention in an exactly dated report means "on the publication day".
SAME_DAY_KINDS = ("market_move", "regulation", "earnings", "bankruptcy", "outage", "investment", "other")

_I = re.IGNORECASE
# ", erasing an earlier drop of 3%", ", reversing early gains": what the price did before the move told
# ", recovering most of the 7% they lost on Monday", ", clawing back a chunk of Monday's 17% plunge"
_RECOVERING = r"recovering|recouping|erasing|reversing|paring|clawing back|regaining|making up for"
_EARLIER_SWING = Folded(rf",\s+(?:trimming|{_RECOVERING})\b", _I)
_COMPANY_ITEM = Folded(r"Hauptversammlung|annual (?:shareholders'? |general )?meeting|shareholder meeting|Kapitalmarkttag|Investorentag|"
                       r"Dividende|\bdividend|Telefonkonferenz|Analystenkonferenz|conference call|earnings call|"
                       r"capital markets day|investor day|Abschluss der (?:Transaktion|Übernahme)|closing of the (?:deal|transaction)|"
                       # talks with its staff: "Die Gespräche mit den Arbeitnehmervertretern sollen … beginnen"
                       r"Arbeitnehmervertre\w*|Betriebsrat|works council|\bunions?\b.{0,40}\btalks\b|\btalks with (?:the )?unions?\b")
_TO_THE_PRESS = Folded(r"\btold (?:reporters|journalists|analysts|investors|a (?:news|press) conference)\b|\bon a call\b|\bat an? (?:press|news) conference\b|\bPressekonferenz\b|"
                      r"\b(?:on|during) (?:a|an|the|its) (?:conference|earnings|analyst) call\b|\bin einer Telefonkonferenz\b|"
                      r"\bvor (?:Journalisten|Reportern|der Presse)\b", _I)
# An analyst's call ("senkte das Kursziel für Porsche von 52 auf 45 Euro") in a report is the day's news.
_ANALYST_CALL = Folded(r"\bKursziel|\bprice target|\bAnlageurteil|\bKaufempfehlung|\bVerkaufsempfehlung|\bupgraded\b|\bdowngraded\b|\bherabgestuft|\bhochgestuft", _I)
_MARKET_VALUE = Folded(r"Marktwert|Börsenwert|Marktkapitalisierung|market value|market cap", _I)
_DOWN = Folded(
    r"prozent weniger als|percent less than|verlor|verlier|fiel|fällt|fallen|gefallen|stürz|Absturz|Kurssturz|Einbruch|brach|eingebrochen|sackte|abgesackt|rutscht|"
    r"gab\w*\b.{0,60}\bnach\b|geben\b.{0,60}\bnach\b|gibt\b.{0,60}\bnach\b|nachgegeben|Rückgang|Verlust|Ausverkauf|Abverkauf|schrumpf|Druck|Talfahrt|Rekordtief|minus|"
    r"plunge|plummet|tumble|slump|sank|sink|drop|fell|fall|lost|shed|wiped|selloff|sell-off|pressure|down\b|lower|"
    r"slip|slid|dipped|halved|halbiert|Tiefststand|declin|weaken|sagged|eased|tiefer|schwächer|leichter|"
    r"record low|\bhit (?:a |an )?(?:new |fresh )?(?:[\w-]+ )?low\b|verbillig|gave back|giv(?:es|ing) back|gewinne\s+(?:\w+\s+){0,2}ab\b|worst (?:day|week|session|month)|"
    r"\b(?:was|were|is|are|closed|ended|traded)\s+(?:also\s+|slightly\s+|sharply\s+)?(?:weaker|softer)\b",
    _I,
)
_UP = Folded(r"\bedg(?:ed|es|ing)\s+up\b|\bup\s+[\d.,]+\s*(?:%|percent|prozent)|all-time high|\bclos(?:ed|ing)\s+above\b|stieg|steigt|\bgewann|\bgewinnt\b|\bgewonnen\b|doubled|tripled|verdoppelt|verdreifacht|steigen|gestiegen|legte|(?<!ge)legen|zugelegt|kletter|Kurssprung|Rekordhoch|Allzeithoch|plus|rall|surge|"
             r"soar|jump|popped|(?<!a)gain|rose|Höchststand|Rekordstand|risen|climb|record high|record close|higher|strengthen|added|advanc|fester|höher|sprang|spring|schnellt|"
             r"verteuer|\b(?:was|were|is|are|closed|ended|traded)\s+(?:also\s+|slightly\s+|sharply\s+)?(?:stronger|firmer)\b|"
             r"\bzog(?:en)?\b.{0,60}\b(?:prozent|%)\s+an\b|\bangezogen\b|best (?:day|week|session|month)|\bat a record\b(?!\s+low)|\bhit (?:a |an )?(?:new |fresh )?(?:record|all-time|[\w-]+ high)\b(?!\s+low)|nach oben|in die Höhe|prozent mehr als|percent more than|recover|rebound|erholt|\b(?:was|were|is|are|closed|ended) up\b", _I)

# Mentions told relative to a reference day (a heading's day in a chronology, else the article's).
_REFERENCE_RULES = frozenset(("weekday", "relative_day", "last_week", "this_week", "next_week", "weeks_ago", "weekend",
                              "week_start", "part_week", "mid_week", "last_month", "this_month", "next_month", "months_ago",
                              "day_month", "month_day", "month", "part_month"))
_CONTINUATION = re.compile(
    r"^(?:„|\")?(?:Diese[rsnm]?|Dies|Das|Damit|Dabei|Dafür|Dazu|Hierfür|So|Daraufhin|Dadurch|Danach|Infolgedessen|Daher|Deshalb|"
    r"Er|Sie|Es|This|That|These|Those|It|He|She|They|The (?:move|drop|decline|fall|news|slide|rally|selloff|sell-off|decision)|"
    r"Die Entscheidung|Der Beschluss|"
    r"As a result|Following that)\b"
)
_SECTOR = re.compile(r"\b(?:von|vieler|mehrerer|zahlreicher|of|among)\s+(?:\w+\s+)?\w*(?:[Kk]onzernen|[Uu]nternehmen|[Ff]irmen|"
                     r"[Hh]erstellern|[Bb]anken|companies|makers|firms|banks|lenders)\b")
# "Die Aktie war daraufhin … eingebrochen": the reaction to what the sentence before told.
_CONTINUATION_INNER = re.compile(r"^(?:\S+\s+){1,4}?(?:daraufhin|infolgedessen|in response|damals|at the time)\b")  # ("war damals …")
# "Powell described the move as …", "Der Chef nannte den Schritt …": a saying about what the sentence before told.
_SAID_OF_IT = re.compile(r"\b(?:described|called|termed|defended|welcomed|bezeichnete\w*|nannte\w*|begrüßte\w*|verteidigte\w*)\s+"
                         r"(?:the|this|that|den|diesen|die|diese|das|dieses)\s+(?:move|decision|cut|hike|step|Schritt|Entscheidung|Beschluss|Zinssenkung|Zinserhöhung)\b")
_BOTH_COMPANIES = re.compile(r"^(?:The two (?:companies|firms|groups)|Both companies|Beide (?:Unternehmen|Konzerne)|"
                             r"Die beiden (?:Unternehmen|Konzerne|Firmen))\b|"
                             r",\s+the companies said\b")  # ("…, the companies said in a statement late Tuesday"; not "… for both companies")
_CAPS_LEAD = re.compile(r"(?P<name>[A-ZÄÖÜ][A-ZÄÖÜ0-9&.-]+(?: [A-ZÄÖÜ0-9&.-]+){0,3}):\s")
# "The deal is expected to close …", "Die Übernahme soll … abgeschlossen werden": the deal told just before.
_DEAL_ANAPHOR = re.compile(r"(?:The|This|That|Die|Der|Das|Dieser?|Diese)\s+(?:(?:proposed|planned|announced|all-cash|cash|"
                           r"geplante|angekündigte|milliardenschwere)\s+)?(?:deal|transaction|acquisition|merger|takeover|buyout|"
                           r"Übernahme|Transaktion|Fusion|Verschmelzung|Deal|Kauf|Zusammenschluss)\b")
_ANAPHOR_COMPANY = Needled(re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ss]eine?|[Ii]hre?|[Tt]he|[Ii]ts)\s+(?:[\w-]+,?\s+){0,3}(?:[\w-]+-)?"
    r"(?:\w*(?:[Kk]onzern|[Hh]ersteller|[Uu]nternehmen|[Ff]irma|[Rr]iese|[Aa]ktie|[Pp]apiere?|(?<=[Dd]ie )Titel|[Kk]urs|[Aa]utobauer|[Bb]ank|bauer)(?:e?s|en|n)?|"
    r"[Cc]ompany|firm|\w*maker|lender|bank|giant|group|stock|shares|designer|developer|retailer|"
    r"insurer|airline|\w*[Dd]ienst|(?<!-)[Ii]nstitut|Geldhaus|Kreditinstitut|supplier|manufacturer|producer|\w*[Vv]ersicherer|\w*[Zz]ulieferer|\w*[Hh]ändler|\w*[Rr]eederei|Fluggesellschaft|"
    r"Management|Vorstand|Konzernleitung|management|chain|Kette|Betreiber)\b"
    # A sentence that opens with "It"/"Its" continues about the company just named; so does
    # one about its officers ("Incoming CEO Elliott Hill").
    r"|^(?:\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|Uhr)?\s*(?:ET|EST|EDT|MEZ|CET|GMT)?\s*[-–—:]\s*)?(?:It|Its|Shares|Stock|Co(?=\s))\b|\b(?:CEO|Chief Executive|Vorstandschef|Konzernchef|Firmenchef|Unternehmenschef)\b"
    # "In March it had forecast growth of about 1%": "it" after an opening time adverbial, the same
    r"|^(?:In|On|Last|Earlier|Later)\s+\w+(?:\s+\d{1,4})?,?\s+it\s+(?:had|has|said|was|forecast|reported)\b"
    r"|\b(?:ging|geht) es\b(?=.{0,40}\b(?:um\s+[\d,]+\s+Prozent|nach (?:oben|unten)))"  # "Im frühen Handel ging es um 14 Prozent nach oben"
    # "Am Montag hatten sie noch 1,3 Prozent verloren": the shares of the sentence before
    r"|\b(?:hatten|lagen|legten|gaben|verloren|gewannen|stiegen|fielen|notierten|schlossen|waren)\s+sie\b(?=.{0,60}\b(?:Prozent|%))"
), [
    "ging es", "geht es", " sie ", "betreiber", " it had", " it has", " it said", " it was", " it forecast", " it reported",  # every match holds one of these (the pattern costs ~10 µs a sentence without them)
    "konzern", "hersteller", "unternehmen", "firm", "riese", "aktie", "kurs", "papier", "titel", "bauer", "bank", "company", "maker",
    "lender", "giant", "group", "stock", "shares", "designer", "developer", "retailer", "insurer", "dienst", "airline", "supplier",
    "manufacturer", "producer", "versicherer", "zulieferer", "händler", "reederei", "fluggesellschaft", "institut", "geldhaus", "ceo",
    "chief executive",
    "chef", "management", "vorstand", "konzernleitung", "chain", "kette"], starts=("It", "Co "))  # ("Co on Monday forecast …": wire shorthand)
# "Die Papiere von Hosiden": the stock of a name (one the table does not know), not an anaphor.
_STOCK_NOUN = re.compile(r"(?i)aktie|papier|shares|stock")
_OF_A_NAME = re.compile(r"\s+(?:von|of)\s+[A-ZÄÖÜ][\w&.-]*(?!\w)")
# "Der Leitindex", "the benchmark": the index named just before.
_ANAPHOR_INDEX = re.compile(
    r"\b(?:[Dd]er|[Dd]es|[Dd]em|[Dd]en|[Tt]he)\s+(?:deutsche\s+|japanische\s+|US-)?(?:Leitindex|Index|benchmark|index|"
    r"blue-chip index|Börsenindex)\b"
    # "Am Dienstag war er … um 0,8 Prozent gefallen": the index of the sentence before (a stock is "sie")
    r"|\b(?:war|hatte|legte|gab|verlor|gewann|stieg|fiel|schloss|notierte|lag)\s+er\b(?=.{0,80}\b(?:Prozent|Punkte|%))"
)
# A move told in the present tense is the report's day ("SAP-Aktien steigen", "shares are down 3%").
_PRESENT_MOVE = Folded(r"\b(?:steigt|steigen|fällt|fallen|sinkt|sinken|verliert|verlieren|gewinnt|gewinnen|klettert|klettern|"
                       r"leg(?:t|en)\b.{0,40}\bzu|geb(?:en|t)\b.{0,40}\bnach|gibt\b.{0,40}\bnach|notiert|notieren|"
                       r"(?:is|are)\s+(?:up|down|higher|lower|trading)|rises|falls|gains|slides|slips|jumps|tumbles|drops)\b")
_ECHO_MAIN = Folded(r"^(?:the|this|that|die|der|das|diese[rs]?)\s+(?:\w+\s+){1,2}?"
                    r"(?:comes|came|kommt|kam|erfolgt|erfolgte|follows|followed|folgt|folgte)\b")
# ", who retired in 2020,", ", der das Bremssystem liefert,": a relative clause (German only
# before a lower-case word: ", die Aktie fiel" is a second main clause).
_WHAT_FOLLOWED_OPEN = r",\s+(?:a|an|ein|eine|einen)\s+(?:move|step|decision|Schritt|Entscheidung)\s+(?:that|which|der|die|den)\b"
_RELATIVE = re.compile(r",\s+(?:who|which|whose|dessen|deren|welche[rsnm]?|(?:der|die|das)(?=\s+[a-zäöü0-9])|"
                       # ", held up by the government shutdown that ended on Nov. 12,": a reduced relative clause
                       r"(?:held|hit|led|driven|backed|caught|delayed|prompted|triggered|fueled|spurred)(?:\s+(?:up|back|down|off))?\s+by)"
                       r"\b[^,;]{1,120}(?:,|[.!?]?\s*$)|"
                       # ", a move that contributed to a global market rout in early August …": what followed
                       + _WHAT_FOLLOWED_OPEN + r"[^;]{1,200}?(?:,|[.!?]?\s*$)")


# "since its record close on Dec. 17", "seit seinem Rekordhoch am 17. Dezember": a record day, told in passing.
_SINCE_RECORD = Folded(r"\b(?:since|from) (?:its|their|the) (?:record (?:close|high)|all-time high|peak)\b(?: of [^,.;]{1,20})?\s+(?:on\s+)?$|"
                       r"\bseit (?:seinem|ihrem|dem) (?:Rekordhoch|Allzeithoch|Rekordstand|Höchststand)\b(?: von [^,.;]{1,20})?\s+(?:am\s+)?$",
                       re.IGNORECASE)
# ", whose shares fell 5%", ", dessen Aktie … absackte": the move of the company just named.
_WHOSE_SHARES = re.compile(r",\s+(?:whose|dessen|deren)\s+(?:shares|stock|Aktien?|Papiere?|Titel)\b")
# "…, which was up 0.5%", "…, der 0,6 Prozent zulegte": the instrument the clause hangs on moved
_NAME_TAIL = re.compile(r"\s*(?:(?:stock\s+)?index|Index|shares|stock|Aktie|Aktien)?\s*")  # ("the CAC 40 index, which …")
_WHICH_MOVED = re.compile(r",\s+(?:which|that|der|die|das)\s+(?:(?:was|were|is|are|closed|ended|finished|traded)\s+(?:also\s+)?"
                          r"(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:up|down|higher|lower)|rose|fell|gained|lost|added|slipped|dropped|climbed|advanced|"
                          r"(?:\w+\s+){0,3}?(?:zulegte|zulegten|verlor|verloren|nachgab|nachgaben|stieg|fiel|sank))\b")
# ", which sent its shares down 25% on Aug. 30": what the news before it did to the stock, a move of its own
_WHICH_SENT = re.compile(r",\s+(?:which|that)\s+(?:\w+\s+)?(?:sent|pushed|knocked|drove|dragged|lifted|sank)\s+"
                         r"(?:its|the|their|[\w.&-]+'s)\s+(?:shares|stock|stocks|share price)\b")


_HAPPENED = re.compile(r"\b(?:began|begun|started|happened|occurred|took place|struck|begann|ereignete|erfolgte)\b|"
                       r"\bwas (?:first |initially )?(?:reported|disclosed)\b")  # ("a stake …, which was first reported on 10 February")


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# "Er liegt nun bei 1,25 Prozent, wie die Notenbank am Donnerstag mitteilte": where the news came from.
_WIE_SOURCE = re.compile(r",\s+wie\s+[^,.;]{0,80}\b(?:mitteilte|mitteilten|bekanntgab|bekanntgaben|ankündigte|berichtete|"
                         r"meldete|erklärte|sagte)\b")
_CAUSE_FRAME = Folded(r"^(?:Auslöser|Grund|Hintergrund|Ursache|Anlass)\b[^.,;]{0,50}?\b(?:war|waren|ist|sind)\b|"
                      r"^[^.,;]{0,60}?\b(?:was|were)\s+(?:triggered|sparked|driven|caused|fuel(?:l)?ed)\s+by\b",
                      needles=("auslöser", "grund", "hintergrund", "ursache", "anlass", "triggered", "sparked", "driven",
                               "caused", "fuel"))
# "The news comes after Orsted in August warned …": the frame names what the report told; the clause after it is the
# event, with a day of its own (not "came four days after Intel said": that gap dates the clause, _second_clause_events)
_COMES_AFTER = Folded(r"^(?:The|This|That|It)\b[^.,;\d]{0,30}?\b(?:comes?|came)\s+after\b", needles=("come", "came"))


def _frame(text: str) -> re.Match[str] | None:
    """The opening that frames what the sentence reports: a cause ("Auslöser waren …") or an echo ("The news comes after")."""
    return _CAUSE_FRAME.match(text) or _COMES_AFTER.match(text)
# "up from Friday's close" compares; "extending a 10% slide from the previous session" tells when the slide was.
_COMPARED = Folded(r"\b(?:als|than|gegenüber|" + "".join(f"(?<!{w} )" for w in (
    "slide", "drop", "decline", "fall", "gain", "rally", "loss", "jump", "surge", "selloff", "sell-off", "plunge", "tumble", "rout"))
                   + r"from|vs\.?|versus)\s+(?:am\s+|on\s+)?$")
# "eased to 4.50% from 4.53% late Wednesday", "kostete 0,9425 Franken nach 0,9390 Franken am Vorabend": the level compared with
_LEVEL_COMPARED = re.compile(r"\bfrom\s+\$?[\d.,]+\s*(?:%|percent)?\s+(?:late\s+|early\s+)?(?:on\s+)?$|"
                             # "down from a forecast of 1.5% in November": the earlier figure compared with
                             r"\bfrom\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){1,2}of\s+\$?[\d.,]+\s*(?:%|percent)?\s+(?:in\s+|on\s+)?$|"
                             r"\bnach\s+[\d.,]+\s+(?:[A-ZÄÖÜ][\w-]*|Prozent)\s+$")
_BEFORE_DATE = re.compile(r"\b[Bb]efore\s+$")
# ("Vorstandschef Vincent Warnery hatte … gewarnt": a chief the table lacks leads the company the article is about)
_GENERIC_COMPANY = re.compile(r"\b(?:Konzern|Unternehmen|company|firm|Vorstandschef|Konzernchef|Firmenchef|Unternehmenschef|CEO|"
                              r"Chief Executive)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:bis|until|by|through)\s+(?:zum\s+|zur\s+)?$", re.IGNORECASE)
# "would cut costs by $1.5 billion by the end of 2026", "will bis Ende 2028 … abbauen": a target's deadline
# (but "is expected to close by the end of 2025" is when something happens)
_TARGET_DEADLINE = re.compile(r"\b(?:bis|until|by)\s+(?:the\s+|zum\s+|zur\s+)?$", re.IGNORECASE)
_COMPLETES = Folded(r"\b(?:close|closing|complete\w*|abgeschlossen|abschließen|vollzogen|launch\w*|start\w*|begin\w*|"
                    r"beginnen|in Kraft|take effect|takes effect|expire\w*|auslaufen|läuft|rule|ruling|decide|decision|"
                    r"entscheiden|Entscheidung|report|vorlegen|publish\w*|veröffentlich\w*)\b", re.IGNORECASE)
_ABOUT = r"(?:rund|etwa|knapp|fast|über|about|nearly|around|some|almost)?"  # "auf rund 340 Mrd.", "to about 4.5%"
_LEVEL_BEFORE = re.compile(rf"\b(?:auf|to|at)\s+{_ABOUT}\s*$", re.IGNORECASE)
# "the yield eased to 4.50% from 4.53%", "Arbeitslosenquote stieg auf 4,3 Prozent": rates as levels, not moves
_PCT_LEVEL_BEFORE = re.compile(rf"\b(?:auf|to|at|from)\s+{_ABOUT}\s*$", re.IGNORECASE)


def _pct_is_level(text: str, p: Percent) -> bool:
    at = text.find(p.text, p.start)  # (a percent's span may open with the space before it)
    at = p.start if at < 0 else at
    return bool(_PCT_LEVEL_BEFORE.search(text, max(0, at - 24), at))


_FORECAST_MODAL = re.compile(r"\b(?:would|will|wird|werde|würde|expected to|erwartet)\b")
_FORECAST_PERIOD_RULES = frozenset(("half_year", "quarter", "year", "this_year", "part_year", "part_year_explicit"))
_ANY_GERUND = re.compile(r"\s*[a-z]{3,}ing\b")
_GERUND_OPEN = re.compile(r"\s*(?:reporting|posting|cutting|raising|lowering|announcing|unveiling|saying|warning|forecasting|"
                          r"missing|beating|topping|issuing|agreeing|winning|losing|filing)\b")
_AWAITED_BEFORE = re.compile(r"\b(?:decision|results|report|data|figures|meeting|vote|ruling|verdict|earnings)\s+"
                             r"(?:due|expected|scheduled)\s+(?:on\s+|for\s+)?$")
_EXPECTED_AFTER = re.compile(r"\s+(?:erwartete[nm]?|anstehende[nm]?|geplante[nm]?|fällige[nm]?)\s+[A-ZÄÖÜ]")
_EXPECTED_BEFORE = re.compile(r"\b(?:ahead of|before)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:results|earnings|figures|report|data)\s+"
                              r"(?:expected|due|scheduled)\s+(?:on\s+|for\s+)?$")
_APPOSITIVE = Folded(r",\s+(?:a|an|another|one of|ein|eine|einer|einem)\s+[^,;]{1,80},|"
                     # ", the world's most valuable company,": a description, not what the sentence reports
                     r",\s+the\s+(?:world's|country's|nation's|largest|biggest|most)\b[^,;]{1,80},|"
                     # ", dem größten börsennotierten Bitcoin-Besitzer,": a German appositive (a superlative, no verb)
                     r",\s+(?:dem|der|des|den)\s+(?:welt|zweit|dritt)?(?:größte|wichtigste|älteste|führende|wertvollste|bekannteste)n?\b[^,;]{1,60},")
# "…, extending losses this year to 20%": the period of a running total, not the move's date.
_PERIOD_TAIL = Folded(r",\s+(?:extending|bringing|taking|pushing|leaving|adding to)\b|,\s+(?:womit|damit)\s+\w+\s+seit Jahresbeginn")
# "für das im September beendete Geschäftsjahr", "the fiscal year ended in June": a reporting period.
_PERIOD_END = Folded(r"\b(?:im|zum)\s+\w+\.?\s+(?:\d{4}\s+)?(?:beendete|abgelaufene|abgeschlossene|endende)\w*\s+(?:Geschäftsjahr|Quartal|Halbjahr)|"
                     # "Im abgelaufenen Geschäftsjahr, das Ende September endete, …"
                     r"\b(?:Geschäftsjahr|Quartal|Halbjahr|fiscal year|quarter),?\s+(?:das|die|which|that)\s+(?=[^,]{0,30}\b(?:endete|ended|abgelaufen|endet)\b)|"
                     r"\b(?:fiscal year|financial year|quarter|reporting period|half)\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:in\s+|on\s+)?|"
                     # "in the 13 weeks to June 29", "in the three months to the end of March", "in den drei Monaten bis Ende Juni"
                     # ("in the three months that ended May 3")
                     r"\b(?:in|for|over)\s+the\s+(?:\d+|\w+)\s+(?:weeks|months)\s+(?:that\s+|which\s+)?(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?|"
                     r"\b(?:in\s+den|für\s+die)\s+(?:\d+|\w+)\s+(?:Wochen|Monaten|Monate)\s+bis\s+(?:zum\s+|Ende\s+)?|"
                     # "Im dritten Geschäftsquartal bis Ende Juni"
                     r"\b(?:Geschäfts)?(?:quartal|halbjahr|jahr)\s+bis\s+(?:zum\s+|Ende\s+)?")
# "in morning trading", "vorbörslich": a move told this way happened on the report's day.
_TODAY_MOVE = Folded(r"\bin (?:early|morning|late|afternoon|midday|premarket|pre-market) trading|\bim (?:frühen|späten) Handel|"
                     r"vorbörslich|\bpremarket\b|\bpre-market\b|in den ersten Handelsminuten|\bzur Eröffnung|\bat the open\b")
_PLUPERFECT = Folded(r"\b(?:hatte|hatten|had)\b|^zuvor\b|\b(?:war|waren)\b(?:\s+\S+){1,14}?\s+ge\w+(?:t|en)\s*[.,;]")
_CENTRAL_BANK = Folded(r"notenbank|zentralbank|central bank|bundesbank|\bbank of (?:japan|england|canada|korea|israel|mexico)\b|"
                       r"reserve bank|people's bank|national bank|nationalbank")
_CENTRAL_BANK_NAMED = re.compile(_CENTRAL_BANK.pattern + r"|(?-i:\b(?:SNB|Fed|EZB|ECB|BoJ|BOJ|BoE|BOE|PBOC|PBoC|RBA|RBI)\b)",
                                re.IGNORECASE)
_NEGATED_MOVE = Folded(r"\bnicht\s+(?:zu|nach)\b|\b(?:did not|didn't|was not|wasn't)\s+(?:move|rise|fall|budge|change)")
_SPEECH = Folded(r"\b(?:sagte|sagt|erklärte|betonte|warnte|angekündigt|said|says|told\s+\w+(?:\s+\w+)?)\s*,|"
                 r"\b(?:warned|said|announced|warnte|erklärte)\s+(?:that|dass)\b")
# "said late on Sunday that de Meo would leave on July 15": a saying whose content lies ahead
# ("die Mitteilung … vom Montagabend, dass Coinbase am 19. Mai … aufgenommen wird": the noun, and a German date's period)
_SAID_AHEAD = re.compile(r"(?:\b(?:said|announced|sagte|erklärte|teilte\w*\s+mit|mitgeteilt|angekündigt|bekanntgegeben)\b[^.;]{0,40}?|\b(?:Mitteilung|Ankündigung|announcement)\b"
                         r"[^.;]{0,60}?)\b(?P<that>that|dass)\b(?:[^.;]|(?<=\d)\.){0,80}?\b(?P<modal>would|will|werde|würde|wird|solle|soll)\b")
_SUPERLATIVE = Folded(r"\b(?:biggest|largest|worst|best|highest|lowest|steepest|sharpest|first|größte\w*|stärkste\w*|"
                      r"höchste\w*|tiefste\w*|niedrigste\w*|schwächste\w*|schlechteste\w*|beste\w*|erstmals)\b")
_SINCE = re.compile(r"\b(?:[Ss]eit|[Ss]ince)\b[^,.;:]{0,40}$")
_STATE_SINCE = Folded(r"\b(?:has|have)\s+(?:kept|held|left|maintained|remained|stayed|been)\b|\b(?:hält|halten|liegt|liegen|verharrt)\b.{0,60}\bseit\b")
_WHAT_FOLLOWED = re.compile(_WHAT_FOLLOWED_OPEN)
_HOLIDAY_BEFORE = re.compile(r"\b(?:Feiertag|holiday)\s+$")
_HOLIDAY_AFTER = re.compile(r"(?:'s|’s)?\s+holiday\b")
_SINCE_OPEN = re.compile(r"(?:[Ss]eit|[Ss]ince)\b")  # a mention that holds its own "since August"


_REPEATED_AFTER = re.compile(r"\s+(?:mehrfach|mehrmals|wiederholt|immer wieder|repeatedly|several times|multiple times)\b")
_COUNT_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|tenth|\d+(?:st|nd|rd|th)|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|"
                           r"vierte[nrs]?|fünfte[nrs]?)\s+(?:\w+\s+)?(?:(?:since|seit)\s+)?$", re.IGNORECASE)


# (lower case: "First Republic had been struggling since the collapse of …" is a name, not a record)
_FIRST_SINCE = re.compile(r"\b(?:first|biggest|largest|worst|best|highest|lowest|erste\w*|größte\w*|schlechteste\w*|beste\w*|"
                          r"höchste\w*|tiefste\w*|stärkste\w*)\b[^.;]{0,60}\b(?:since|seit)\s+(?:dem|der|den|its|the|their)\b[^,.;:]{0,70}$")


def _told_since(body: str, m: DateMention, lo: int = 0) -> bool:
    """``m`` (offsets in ``body``) is a "since …" date: "lost 40% since August", "seit der Wahl Anfang November"."""
    return bool(_SINCE_OPEN.match(m.text) or _SINCE.search(body, max(lo, m.start - 40), m.start))
_DATA_RELEASE = Folded(r"\bjobs\b|payrolls|unemployment rate|Arbeitslosen\w*|inflation\w*|\bCPI\b|consumer prices|price index|Preisindex|"
                       r"Verbraucherpreise|\bGDP\b|\bBIP\b|retail sales|Einzelhandelsumsatz\w*|Industrieproduktion|"
                       r"industrial production|Auftragseingang\w*|factory orders|Ifo|PMI|Einkaufsmanager\w*")
_YEAR_RULES = frozenset(("year", "this_year", "next_year", "last_year"))
_TARGETING = Folded(r"\b(?:targeting|targets|forecasts?|guidance|outlook|expects|expected|Prognose|Ausblick|rechnet|erwartet|peilt)\b")
_DATA_PERIOD_RULES = frozenset(("month", "quarter", "month_year", "last_month"))  # the period a release covers
_FIGURES = re.compile(r"\b(?:sales|revenue|earnings|profit|margin|EBIT\w*|Umsatz\w*|Absatz|Ergebnis|Gewinn\w*|Marge)\b", re.IGNORECASE)
_JOB_CUTS = re.compile(r"\b(?:cut|cuts|cutting|eliminate|slash\w*|shed)\s+(?:[\d,.]+\s+|about\s+[\d,.]+\s+)?jobs\b")
_REPORTING = Folded(r"Zahlen|Ergebnis|Umsatz|Gewinn|results|revenue|earnings|profit|Quartalszahlen|Bilanz|subscribers|Abonnenten|"
                    r"impairment|write-?downs?|Abschreibung|Wertminderung|Wertberichtigung|"  # ("booked impairments … in the third quarter")
                    r"verdient|earned|bookings|sales|deliveries|Auslieferungen|Absatz|Auftragseingang", re.IGNORECASE)
_DECLARED = Folded(r"\bdeclared\b|\bbeschlossen\b|\bangekündigt\b", re.IGNORECASE)
_NOT_THAT_DAY = re.compile(r"(?:\b(?:payable|zahlbar|record|ex-dividend)\b[^.;]{0,30}|"
                       r"\b(?:had been|originally|initially|previously|ursprünglich|eigentlich)\s+(?:scheduled|planned|set|due|"
                       r"geplant|vorgesehen)?\s*(?:for|on|für|am)\s+)$", re.IGNORECASE)
_GROUNDS = re.compile(r"\s*(?:Als\s+)?(?:Grund|Gründe|Hintergrund|Ursache|Auslöser)\b")  # "Grund seien höhere Kosten": the why
_LEVEL_REACHED = re.compile(r"(?:tief|hoch|high|low|record|Rekord\w*)\b", re.IGNORECASE)  # "auf ein Dreijahrestief gefallen", "to a record"
_ER = re.compile(r"^\s*(?:nachdem|weil|after|because)?\s*(?:er|sie|es|it|they)\b")  # the main clause's subject again
_KONJUNKTIV = re.compile(r"\b(?:sei|seien|habe|werde|belaufe|liege|könne|müsse|solle|wolle|gebe|bleibe|rechne|erwarte|plane)\b")
_CONSEQUENCE_VERBS = "sending|pushing|dragging|lifting|knocking|driving"  # ", sending the Nasdaq down 3.6%"
# ", sending the shares down 20%", ", die Aktie war daraufhin um 6 Prozent gestiegen": the stock's reaction.
_REACTION_CLAUSE = re.compile(
    # (", sending Hims shares up 23% that day": the stock named)
    rf",\s+(?:{_CONSEQUENCE_VERBS})\s+(?:the\s+|its\s+)?(?:[A-Z][\w&.'’-]*\s+){{0,3}}?(?:shares|stock|stocks|currency|franc|euro|dollar|yen|pound|bonds?|yields?)\b|"
    r",\s+(?:(?:die|the|its)\s+(?:[\w-]+-)?(?:Aktie|Papiere|shares|stock)|[\w-]+-Aktie)\s+(?:\w+\s+){0,2}?"
    r"(?:daraufhin|danach|anschließend|then|subsequently|afterwards)\b")
# A forecast: its year is the period forecast, not the date of the news.
_GUIDANCE = Folded(r"Prognose|Ausblick|\bpeil\w*\b.{0,80}\ban\b|\brechne[nt]\w*\b.{0,60}\bmit\b|\berwarte[nt]?\b|Jahresziel|"
                   r"\bforecast|\boutlook\b|\bguidance\b|\bexpects?\b|\btargets?\b", re.IGNORECASE)
# "A fell on Friday after B reported on Thursday": two events, split at the connector.
_CLOSE_DE = "Handelsschluss|Börsenschluss|Handelsende"  # "nach Handelsschluss": a time of day, not a cause
_SPLIT_AT = Folded(
    # … but not "after the close", "nach Handelsschluss": a time of day, not another event.
    r"\b(?:after|following|nachdem|nach dem|weil|because|even though|although|obwohl)\b"
    r"(?!-|\s+(?:the\s+)?(?:close|bell|closing bell|market close|hours)\b|\s+(?:" + _CLOSE_DE + r")\b)|"
    # "rose 5.6%, recovering most of the 7% they lost on Monday": the earlier move, an event of its own
    # (not ", recovering some ground after Monday's selloff": the ground is not a move)
    rf",\s+(?:{_RECOVERING})\b(?=(?:(?!\bafter\b|\bfollowing\b)[^,.]){{0,60}}\b(?:lost|fell|dropped|shed|slumped|plunged|tumbled|plunge|drop|loss|losses|"
    r"decline|slide|selloff|sell-off|rout|tumble|slump)\b)|"
    # "slid 5%, adding to a 10% decline in the previous session": that session's move, an event of its own
    r",\s+adding to\b(?=\s+(?:a|an|its|the)\s+[\d.,]+\s*(?:%|percent)\s+(?:decline|drop|loss|fall|slide|slump|gain|rise|rally|jump|advance)\b)",
    needles=("after", "following", "nachdem", "nach dem", "weil", "because", "even though", "although", "obwohl",
             "ing"))  # (every participle of _RECOVERING holds "ing")

# Words that put a scheduled item in the future whatever the verb's tense.
_EXPLICIT_SCHEDULE = Folded(
    r"\bscheduled|\b(?:is|are) due to|\bsteht\b.{0,40}\ban\b|\bfindet\b.{0,40}\bstatt\b|\bwill\b|\bwird\b|"
    r"\bnächste[nrs]?\b|\bnext\b|\bkommende[nrs]?\b|\bupcoming\b|\bentscheidet\b|\bstellt sich\b|\bbeginnt\b|\bendet\b|\btakes effect\b|\btritt\b.{0,40}\bin Kraft\b", re.IGNORECASE)
# "Das gaben die Banken am Sonntag bekannt": a sentence that dates the one before it.
_BACK_REFERENCE = re.compile(r"^(?:Das|Dies|This|That|Die Entscheidung fiel|Der Beschluss fiel|The decision came)\b")
_DECISION_TOLD = re.compile(r"^(?:Die Entscheidung fiel|Der Beschluss fiel|The decision came|The decision was made)\b")
# Entities after these words are causes or comparisons, not the stock that moved.
_CLAUSE_CUT = Folded(
    rf",\s+(?:{_RECOVERING})\b|"  # ", recovering the 7% they lost when X …"
    r"\b(?:after|nach(?!\s+(?:oben|unten|" + _CLOSE_DE + r"|Börsenbeginn|Handelsbeginn)\b)|nachdem|because|weil|da|following|than|als|amid|inmitten|ahead of|über dem von|as|"
    # "belastet von schwachen Zahlen des Chipausrüsters Aixtron": the cause, not what moved
    r"belastet von|gestützt von|angetrieben von|weighed (?:down )?by|dragged (?:down )?by|boosted by|buoyed by|lifted by|helped by|"
    r"zog\w*(?=\s.{0,60}\bmit\b)|dragging|dragged|pulling|übertraf|überholte|overtook|overtaking|outbidding|outbid)\b", _I)  # "… und zog auch BMW mit nach unten": peers dragged along
_SOURCE_LEAD = re.compile(r"\s*(?:Wie|As)\s[^,;]{3,100}?\b(?:mitteilte|mitteilten|berichtete|berichteten|bekanntgab|"
                          r"erklärte|sagte|said|reported|announced)\s*,")
_CLAUSE_END = re.compile(r",\s+(?:and|und|while|während|but|aber)\b|;")
_PRONOUN = re.compile(r"\b(?:er|sie|he|she|ihm|ihn|him|her)\b")
_TECH = Folded(r"Technolog|Tech-|\btech\b|Halbleiter|chip", _I)
_PLATFORM = [("X", re.compile(r"\bX\b|Twitter|Tweet|tweet|@\w+")), ("Truth Social", re.compile("Truth Social")),
             ("LinkedIn", re.compile("LinkedIn"))]  # fmt: skip


@dataclass(frozen=True)
class Event:
    """One dated event. ``start``/``end`` are inclusive and keep the date uncertainty.

    ``date`` is the best single day (for week/month events the first day of the
    best period, or the session pinned by price data, see ``pinned``).
    """

    date: _dt.date
    start: _dt.date
    end: _dt.date
    granularity: str
    kind: str
    title: str
    tickers: tuple[str, ...]
    quote: str
    source: str
    published: _dt.date | None
    sources: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    actor: str | None = None
    amount: float | None = None
    currency: str | None = None
    amount_text: str | None = None
    amount_qualifier: str | None = None
    percent: float | None = None
    direction: str | None = None  # "down" | "up" | None
    market_value: bool = False  # the amount is a change in market value
    date_basis: str = ""
    date_text: str | None = None
    pinned: str | None = None
    offsets: tuple[tuple[str, int, int], ...] = ()

    @property
    def id(self) -> str:
        key = f"{self.kind}|{self.title}|{self.start}|{'|'.join(self.sources or (self.source,))}"
        return hashlib.sha1(key.encode()).hexdigest()[:10]

    @property
    def interval(self) -> DateInterval:
        return DateInterval(self.start, self.end, self.granularity)

    def to_record(self) -> dict[str, Any]:
        """Flat, JSON-friendly dict (dates as ISO strings, tuples as lists)."""
        d = asdict(self)
        d.pop("offsets")
        for k in ("date", "start", "end", "published"):
            d[k] = d[k].isoformat() if d[k] else None
        for k in ("tickers", "sources", "quotes", "entities"):
            d[k] = list(d[k])
        d["id"] = self.id
        return d


@dataclass
class _Candidate:
    article: Article
    index: int
    sentences: list[Sentence]
    kind: str
    entities: list[Entity]
    actor: Entity | None
    amounts: list[Amount]
    percents: list[Percent]
    mention: DateMention | None
    mention_basis: str  # "own" | "inherited"
    future: bool
    quoted: set[str] = field(default_factory=set)
    subject: list[Entity] | None = None
    listed: bool = False  # one of several moves listed in one sentence
    clause: str | None = None  # the part of the sentence about this event, when it is only a part
    cause: bool = False  # told as the reason for another event ("… after Google unveiled Willow on Monday") or in passing
    reaction: bool = False  # undated itself, its after-clause dated: the reaction came after that cause
    interval: DateInterval | None = None
    best: DateInterval | None = None
    basis: str = ""
    merged: list[_Candidate] = field(default_factory=list)
    # Undated, but this many days from the day its sentence is dated by context ("…, a day after it doubled").
    shift_days: int = 0

    @property
    def text(self) -> str:
        a, b = self.sentences[0].start, self.sentences[-1].end
        return self.article.text[a:b]


@dataclass
class _Pub:
    best: date
    lo: date
    hi: date
    basis: str


def _quoted_words(text: str, spans: list[tuple[int, int]], start: int, end: int) -> set[str]:
    """Words (4+ letters) of the quotations overlapping ``text[start:end]``; a quote may
    run over several sentences."""
    words: set[str] = set()
    # ``spans`` are sorted and disjoint: start at the first one ending after ``start`` (linear overall).
    for k in range(max(0, bisect_right(spans, (start, start)) - 1), len(spans)):
        s, e = spans[k]
        if s >= end:
            break
        if e > start:
            words.update(w.lower() for w in re.findall(r"\w{4,}", text[max(s, start) : min(e, end)]))
    return words


def _is_headline(article: Article, sent: Sentence) -> bool:
    """A title line: alone on its line, no final punctuation, short."""
    text = article.text
    before = text[max(0, sent.start - 4) : sent.start].rstrip(" \t")  # ("date 2025-03-03 • Title": after the bullet)
    # ("* MICROSOFT" is a factbox heading; "** Shares of X up 22%" a wire brief's item, told without a full stop)
    alone = (not before or before[-1] in "\n•" or (before[-1] == "*" and sent.text.isupper())) and (sent.end >= len(text) or text[sent.end] in "\n\r•")
    return alone and not sent.text.rstrip().endswith((".", "!", "?", "“", '"', "”", ":")) and len(sent.text.split()) <= 14


def _candidates(article: Article, table: EntityFinder) -> list[_Candidate]:
    text = article.text
    spans = quoted_spans(text)
    sents = article.sentences
    own: list[DateMention | None] = []
    all_found: list[list[DateMention]] = []  # every usable mention per sentence (sentence offsets)
    ahead_only: dict[int, list[DateMention]] = {}  # sentences whose only dates lie ahead ("effective …", "erwarteten …")
    states: set[int] = set()  # sentences that tell a state lasting since their only date
    sub_dated: list[bool] = []  # the only date stands in an "after ..." clause: it dates that clause's event
    told: list[DateMention | None] = []  # ``own``, or the date of an "after …" clause
    said_at: set[int] = set()  # sentences dated by their saying ("X will …, the company said on Monday")
    rels: list[list[tuple[int, int]]] = []  # relative clauses per sentence ("…, who joined in September, …")
    # A chronology ("23. Juni 2024 - Covestro kündigt an …", "1. Oktober 2024 - …"): dates opening its
    # entries are the entries' own, even in the first lines.
    entries = sum(1 for x in sents if (w := WIRE_DATELINE.match(x.text)) and chronology_entry(w))
    for sent in sents:
        found = find_dates(sent.text, skip_quotes=True)
        if found and (wire := WIRE_DATELINE.match(sent.text)) and (
                not chronology_entry(wire) or (len(own) < 3 and entries < 2)):
            # "SEATTLE, Nov 5 (Reuters) - Workers voted on Monday": the dateline is the report's date
            # (but "Aug. 1 - Intel announces …" further down a timeline is the item's date).
            found = [m for m in found if m.start >= wire.end()]
        rel = sorted([r.span() for r in _RELATIVE.finditer(sent.text)] + [r.span() for r in _APPOSITIVE.finditer(
            sent.text)]) if "," in sent.text else []  # ", a chip company that went public on Wednesday,"
        if rel and found:
            # "Hill, who retired in 2020, will take over on Oct. 14": the relative clause's date is background.
            # But "The outage, which began on July 19, …" dates the subject itself.
            rel = [(a, b) for a, b in rel if not _HAPPENED.search(sent.text, a, b)]
            found = [m for m in found if not any(a <= m.start < b for a, b in rel)]
        rels.append(rel)
        periods = {m.rule for m in found} & _DATA_PERIOD_RULES
        if any(m.rule in _YEAR_RULES for m in found) and _TARGETING.search(sent.text):
            # "targeting … by 2027, compared with £1.25bn-£1.4bn expected this year": a guidance's years are its
            # periods; the news is dated like the sentences around it.
            found = [m for m in found if m.rule not in _YEAR_RULES]
        if "quarter" in periods and _REPORTING.search(sent.text):
            # "Zahlen für das vierte Quartal", "third-quarter results": a reporting period, not the event's date.
            found = [m for m in found if m.rule != "quarter"]
        if periods and _DATA_RELEASE.search(sent.text) and not _JOB_CUTS.search(sent.text):  # (not "cut 9,000 jobs")
            # "added 114,000 jobs in July", "Inflation im März": the period the data cover.
            found = [m for m in found if m.rule not in _DATA_PERIOD_RULES]
        if found and (_DECLARED.search(sent.text) or "scheduled" in sent.text or "geplant" in sent.text or "ursprünglich" in sent.text):
            # "declared a dividend, payable January 16, 2025": the payment's date is a detail of the news;
            # "an investor day that had been scheduled for Nov. 19" (postponed): no longer that day.
            found = [m for m in found if not _NOT_THAT_DAY.search(sent.text, max(0, m.start - 40), m.start)]
        if found and _GUIDANCE.search(sent.text):
            # "Für 2025 peilt der Konzern ein Ebit von … an", "expects 2026 revenue of …": the forecast's period.
            # ("expects $37.5 billion in sales in the fourth quarter"; but "Der Abschluss wird im ersten Quartal erwartet")
            found = [m for m in found if m.rule not in ("year", "this_year") and not (m.rule == "quarter" and _FIGURES.search(sent.text))]
        if any(m.rule == "last_year" for m in found) and has_trigger("earnings", sent.text):
            # "hat im vergangenen Jahr 766 Flugzeuge ausgeliefert": the year reported, not the date of the news
            found = [m for m in found if m.rule != "last_year"]
        if found and ("from" in sent.text or " nach " in sent.text):
            # "eased to 4.50% from 4.53% late Wednesday": the level it is compared with, not the move's day
            found = [m for m in found if not _LEVEL_COMPARED.search(sent.text, pos=max(0, m.start - 45), endpos=m.start)]
        if found and ("FY" in sent.text or "iscal" in sent.text or "Geschäfts" in sent.text):
            # "Q2 FY25", "fiscal second quarter", "im ersten Geschäftsquartal": a company's own calendar, a period
            found = [m for m in found if not (m.rule == "quarter" and _FISCAL_QUARTER.search(
                sent.text[max(0, m.start - 12) : m.end + 8]))]
        if found and _STATE_SINCE.search(sent.text):
            # "The central bank has kept its policy rate in the 5.25%-5.50% range since July 2023": a state that has
            # lasted since then, no event (of that day or any other)
            found = [m for m in found if not _told_since(sent.text, m)]
            if not found:
                states.add(len(all_found))
        if found and ("holiday" in sent.text or "Feiertag" in sent.text):
            # "legte der Nikkei nach einem Feiertag am Montag um 0,6 Prozent zu", "after Monday's holiday": the day
            # the market was shut, not the day of what the sentence tells.
            found = [m for m in found if not (_HOLIDAY_BEFORE.search(sent.text, max(0, m.start - 24), m.start)
                                              or _HOLIDAY_AFTER.match(sent.text, m.end))]
        if found and ("ince" in sent.text or "eit" in sent.text):
            # "the reduction, its third since August", "die dritte Senkung seit Juni": a count since then
            found = [m for m in found if not (_told_since(sent.text, m) and (_COUNT_BEFORE.search(sent.text, max(0, m.start - 40), m.start)
                                                                              # "hatte seit Mitte November mehrfach Schiffe angegriffen"
                                                                              or _REPEATED_AFTER.match(sent.text, m.end)))
                     # "der erste größere in Frankfurt seit dem Börsengang der Parfümeriekette Douglas im März", "its worst
                     # day since its Nasdaq debut in July 2018": the reference point of a record, not this event's date
                     and not _FIRST_SINCE.search(sent.text, max(0, m.start - 140), m.start)]
        if found and "efore" in sent.text:
            # "Before Thursday's gain, the shares had rebounded 4% this year": a point of reference.
            found = [m for m in found if not _BEFORE_DATE.search(sent.text, max(0, m.start - 8), m.start)]
        if len(found) > 1 or (found and found[0].rule == "relative_day"):
            # "2 Prozent weniger als am Freitag", "up from Friday's close", "weniger als am Vortag": the
            # comparison's date (the move itself is then dated by what the report told before it).
            found = [m for m in found if not _COMPARED.search(sent.text, pos=max(0, m.start - 12), endpos=m.start)]
        if found and (tail := _PERIOD_TAIL.search(sent.text)):
            found = [m for m in found if not (m.start >= tail.start() and m.rule in ("this_year", "year", "part_year"))]
        if found and (ends := [p.span() for p in _PERIOD_END.finditer(sent.text)]):
            found = [m for m in found if not any(a <= m.start <= b + 12 for a, b in ends)]
        if found and ("ffective" in sent.text or "irksam" in sent.text or "Wirkung" in sent.text) and all(
                _EFFECTIVE.search(sent.text, 0, m.start) for m in found):
            # "named X as its next chief executive, effective Jan. 1": the day it takes effect is ahead (a
            # scheduled item, below); the naming itself is undated.
            ahead_only[len(all_found)] = found
            found = []
        if found and all(_EXPECTED_AFTER.match(sent.text, m.end) or _EXPECTED_BEFORE.search(sent.text, max(0, m.start - 40), m.start)
                         for m in found):
            # "Infineon stiegen vor den am Donnerstag erwarteten Quartalszahlen um 1,5 Prozent", "ahead of results
            # due on Thursday": the day of what is awaited (a scheduled item), not of the move.
            ahead_only[len(all_found)] = found
            found = []
        if found and ("by " in sent.text or "bis " in sent.text) and not _COMPLETES.search(sent.text):
            found = [m for m in found if not (m.rule in ("part_year_explicit", "year", "month_year", "quarter", "half_year")
                                              and _TARGET_DEADLINE.search(sent.text, max(0, m.start - 16), m.start))]
        if found and (then := _THEN.search(sent.text, found[-1].end)) is not None:
            # "hatte im vergangenen Oktober die Prognose gesenkt, damals war die Aktie … abgerutscht": "damals" is
            # the date just told, and opens a clause of its own (read by the joined-clause rule).
            found = [*found, replace(found[-1], start=then.start(), end=then.end(), text=then.group())]
        all_found.append(found)
        frame_ = _frame(sent.text) if found else None  # ("The news comes after …": not a cause of the frame)
        cut = _SPLIT_AT.search(sent.text, pos=frame_.end() if frame_ else 0) if found else None
        # ("notierte zuletzt 0,1 Prozent höher, nachdem er am Vortag …": "zuletzt" is the latest quote, no date)
        in_sub = cut is not None and all(m.start >= cut.end() for m in found if m.rule != "recently")
        sub_dated.append(in_sub)
        heading = next((x for x in found if _is_heading(sent.text, x)), None)
        if heading is not None:
            in_sub = False  # "Aug. 1 - Intel announces …", "Tuesday: Intel shares rose …": the item's own date
        main_found = [x for x in found if cut is None or x.start < cut.start() or x.rule == "recently"]
        # "The stock had risen 11% last week after the company unveiled … on Jan. 21": the main clause's own date.
        m = heading if heading is not None else None if in_sub else _pick_mention(main_found or found)
        if m is not None and (len(found) > 1 or m.start > sent.text.find(",")) and (
                inv := _SPEECH_INVERSION.search(sent.text)) is not None:  # ("… will join the Nasdaq-100 index, Nasdaq said late Friday")
            # "Calhoun will step down at the end of 2024, the planemaker said on Monday": the news is dated
            # by the saying; the content's own date is its scheduled item (_joined_clause_events).
            said = [x for x in found if x.start >= inv.start()]
            # But "Eine Jury sprach am Freitag … zu, wie Bayer am Wochenende mitteilte": a past
            # content with its own day is dated by that day; the saying is only the source.
            # ("Die Fahrten seien bis zum 18. Dezember ausgesetzt, teilte … am Freitag mit": how long it lasts, no day told)
            told_day = (m.start < inv.start() and m.resolve(_PROBE).granularity == "day" and not is_future(sent.text[: inv.start()])
                        and not _UNTIL.search(sent.text, max(0, m.start - 12), m.start))
            if said and not told_day:
                m = _pick_mention(said)
                said_at.add(len(own))  # this sentence (``own`` holds the ones before it)
        if m is not None and m.rule in ANCHORED_RULES:
            # "A day later, …": the day after the date told last: earlier in this sentence ("unveiled it
            # two weeks ago … sent the stock down the next day"), else within the last three sentences.
            here = [x.shifted(sent.start) for x in found if x.end <= m.start and x.rule not in ANCHORED_RULES]
            # A past "am selben Tag" does not point at a date announced ahead ("Die nächste Sitzung ist am 30. Januar").
            base = here[-1] if here else _last_told(told, sents, text, back=5, ahead=is_future(sent.text),
                                                    background=_pluperfect_main(sent.text))
            m = anchored(base, anchor_days(m), m) if base is not None else None
        if m is not None and m.rule == "same_day" and (_AFTER_HOURS.search(m.text) or (
                _BEFORE_OPEN.search(m.text) and _pluperfect_main(sent.text))):
            # "Die Aktie legte nachbörslich zu" after "teilte am Montagabend mit": that evening's trading;
            # "Die Aktie brach am Dienstag ein. Der Konzern hatte vor Börsenbeginn Zahlen vorgelegt": that morning.
            prior = _last_told(told, sents, text, back=2, day_only=True)
            if prior is not None:
                m = anchored(prior, 0, m.shifted(sent.start)).shifted(-sent.start)
        own.append(m.shifted(sent.start) if m else None)
        # what an anchor after it can point at: "after Nike said on Sept. 19 …. The stock jumped the following day"
        sub = _pick_mention(found) if in_sub else None
        told.append(own[-1] or (sub.shifted(sent.start) if sub else None))
    cont = [bool(_CONTINUATION.match(x.text) or _CONTINUATION_INNER.match(x.text)
                 # "Das teilte Aurubis am Dienstagabend mit. Der Schaden belaufe sich auf …": reported speech
                 # (Konjunktiv I) goes on telling what was told then.
                 or (j > 0 and _KONJUNKTIV.search(x.text) and has_trigger("statement", sents[j - 1].text)
                     and not has_trigger("statement", x.text)  # "X sagte, der Konzern werde …" is a saying of its own
                     and not _GROUNDS.match(x.text) and not x.text.lstrip().startswith(('"', "„", "»")))
                 or (j > 0 and _SAID_OF_IT.search(x.text)))
            for j, x in enumerate(sents)]
    # Date context per sentence: its own mention; for a continuation, the one of the
    # sentence just before it; in a live-ticker entry ("09:12 Uhr - ..."), the time stamp
    # that opens its paragraph. An inherited date keeps the tense it was stated in.
    ctx: list[tuple[DateMention | None, str, bool]] = []
    stamps: dict[int, DateMention] = {}
    headings: dict[int, DateMention] = {}  # a chronology's full-date heading of a paragraph ("18. Juni 2020: …")
    for i, sent in enumerate(sents):
        mention = own[i]
        if (mention is not None and not mention.absolute and (heading_day := headings.get(sent.paragraph)) is not None
                and mention.rule in _REFERENCE_RULES):
            # "22. Juni 2020: … Ex-Chef Markus Braun war bereits am Freitag zurückgetreten": the Friday before the
            # heading's day, not before the article's
            mention = own[i] = relative_to(heading_day, mention)
        if mention is not None:
            local = mention.shifted(-sent.start)
            # ("+++ 23:15 Uhr: …": a live ticker's markers before the time stamp)
            if (mention.rule == "same_day" and not sent.text[: local.start].strip(" +*#|•–-")) or _is_heading(sent.text, local):
                # a live-ticker time stamp, or a heading day ("Tuesday: Intel shares rose …") dates its paragraph
                stamps.setdefault(sent.paragraph, mention)
                if mention.absolute and mention.rule != "same_day":
                    headings.setdefault(sent.paragraph, mention)
            ctx.append((mention, "own", _tense_at(text, sent, mention)))
        elif cont[i] and i > 0 and ctx[i - 1][0] is not None and sents[i - 1].paragraph == sent.paragraph:
            ctx.append((ctx[i - 1][0], "inherited", ctx[i - 1][2]))
        elif (i > 0 and _CAUSE_FRAME.match(sent.text)
              and not find_dates(sent.text, skip_quotes=True)  # ("…, die Trump am Mittwoch bekanntgegeben hatte": its own day)
              and (told_ := next(((ctx[j][0], ctx[j][2]) for j in range(i - 1, max(-1, i - 4), -1) if ctx[j][0] is not None), None))
              and not told_[1]):
            # "Die Aktie … brach am Donnerstag ein. … Auslöser waren die neuen Mittelfristziele, die …": the cause of the
            # move just told, that day
            ctx.append((told_[0], "inherited", False))
        elif sent.paragraph in stamps:
            ctx.append((stamps[sent.paragraph], "inherited", False))
        else:
            ctx.append((None, "own", False))

    out: list[_Candidate] = []
    prev_entities: list[Entity] = []
    para_opener: dict[int, Entity] = {}  # a paragraph's first word, when it is a listed company (an item of a list)
    para_first: dict[int, int] = {}  # paragraph -> index of its first sentence
    for j, x in enumerate(sents):
        para_first.setdefault(x.paragraph, j)
    company_counts: dict[str, tuple[int, Entity]] = {}  # sentences naming each company so far
    recent_person: Entity | None = None
    ranked_in: tuple[int, Entity] | None = None  # the last index a stock was ranked in ("… die Gewinnerliste im SMI an")
    last_company: tuple[int, Entity] | None = None  # (sentence, listed company) named last
    last_named: tuple[int, list[Entity]] | None = None  # (sentence, the listed companies it names), the last that names any
    consumed: set[int] = set()
    for i, sent in enumerate(sents):
        s_text = sent.text
        # "* META PLATFORMS": a list item's heading in capitals names its company (same length, same offsets)
        capitals = s_text.isupper() and len(s_text) <= 60
        raw_found = table.find(s_text.title() if capitals else s_text)
        if (caps := _CAPS_LEAD.match(s_text)) is not None and not capitals:
            # "ZALANDO: Die Übernahmeofferte für About You läuft …": a briefs item's heading names its company
            # (the heading's letters are matched title-cased; the offsets stay the sentence's)
            heading_co = [replace(m, text=s_text[m.start : m.end]) for m in table.find(caps["name"].title())
                          if m.entity.type == "company" and m.start == 0 and m.end == len(caps["name"])]
            if heading_co:
                raw_found = [*heading_co, *raw_found]
                if para_first.get(sent.paragraph) == i:
                    para_opener.setdefault(sent.paragraph, heading_co[0].entity)
        found_entities = _drop_listing_places(s_text, raw_found)
        if _IN_FRANCS.search(s_text) and any(m.entity.ticker == "EURUSD=X" for m in found_entities) and (
                franc := (table.table if isinstance(table, ArticleEntities) else table).by_ticker.get("EURCHF=X")):
            # "The euro fell to as low as 0.8517 francs": the euro quoted in francs is the EUR/CHF rate
            found_entities = [replace(m, entity=franc) if m.entity.ticker == "EURUSD=X" else m for m in found_entities]
        if len(found_entities) > 1 and "von " in s_text and (attr := [
                m for m in found_entities if _SPUN_FROM_BEFORE.search(s_text, max(0, m.start - 6), m.start)
                and _SPUN_FROM_AFTER.match(s_text, m.end)]) and any(m.start > attr[0].end for m in found_entities):
            # "Die von Holcim abgespaltene Nordamerika-Tochter Amrize hat … ihr Debüt gegeben": the parent is an attribute
            found_entities = [m for m in found_entities if m not in attr]
        entities = _unique([m.entity for m in found_entities])
        if (sovereign := _SOVEREIGN_RATING.search(s_text)) is not None and not any(
                m.entity.type in TRADED and m.start >= sovereign.end() for m in found_entities):
            # "Moody's cut the U.S. rating by one notch", "Fitch downgraded the United States": a country rated; the
            # agency that rates it is no party (nor a listed parent named with it)
            found_entities = [m for m in found_entities if m.entity.type not in TRADED]
            entities = _unique([m.entity for m in found_entities])
        elif (rating := _RATING.search(s_text)) is not None and (
                rated := [m.entity for m in found_entities if m.start >= rating.start() and m.entity.type in TRADED]):
            # "JPMorgan hat die Einstufung für Siemens … belassen": the rated stock, not the bank that rates it
            entities = _unique(rated + [e for e in entities if e.type == "person"])
        elif rating is not None and rating.group(0).lower().endswith("gestuft") and len(
                before_verb := _unique(m.entity for m in found_entities if m.end <= rating.start() and m.entity.type in TRADED
                                       and m.start >= (caps.end() if caps is not None else 0))) >= 2:  # (not a briefs heading)
            # "Die Schweizer Bank UBS hat Siemens Energy … hochgestuft": German tells the rated one after the bank that rates it
            entities = _unique(before_verb[1:] + [e for e in entities if e.type == "person"])
        elif rating is not None and _RATED_ANAPHOR.match(s_text, rating.end()):
            # "Analyst … von der Deutschen Bank senkte das Kursziel für die Aktie": the stock told of before;
            # the bank only rates it.
            found_entities = [m for m in found_entities if m.entity.type not in TRADED]
            entities = _unique([m.entity for m in found_entities])
        persons = [e for e in entities if e.type == "person"]
        if persons and not any(e.type in TRADED for e in entities) and (
                co := table.by_name.get(persons[0].person_of or "")) is not None and co.type == "company" and (
                has_trigger("statement", s_text)):
            # "Zuckerberg hatte Anfang Januar angekündigt, …": what a chief announces is his company's news
            # (what happens to him is not: "Markus Braun war am Montag festgenommen worden").
            entities = _unique([*entities, co])
        speaker_co: Entity | None = None
        if persons and (inv_ := _SPEECH_INVERSION.search(s_text)) is not None and (
                speaker := next((m.entity for m in found_entities if m.entity.type == "person" and m.start >= inv_.start()), None)) and (
                co := table.by_name.get(speaker.person_of or "")) is not None and co.type == "company":
            # "Der Konzern plane, 30 Prozent der Healthineers-Aktien abzuspalten, kündigte Vorstandschef Roland Busch
            # … an": the chief who tells it speaks for his company, whatever else the sentence names
            speaker_co = co
            entities = _unique([*entities, co])
        borrowed: list[Entity] = []
        index_lead: list[Entity] = []
        # A sentence that names a company of its own ("Northvolt-Gründer …") borrows none; one that
        # names only an index may ("Die Aktie … war größter Gewinner im Dax": see _subject).
        named_cos = [m for m in found_entities if m.entity.type in ("company", "private")]
        cut_at = _CLAUSE_CUT.search(s_text) if named_cos else None  # (only needed when a company is named)
        before_cut = [m for m in named_cos if m.start < (cut_at.start() if cut_at else len(s_text))]
        # "Der Finanzinvestor Sycamore übernimmt das Unternehmen": a private buyer's object is the listed
        # company just named (but not an appositive: "Anthropic, the company behind Claude,").
        after_private = before_cut[-1].end if before_cut and all(m.entity.type == "private" for m in before_cut) else None
        # ("The company, along with Palantir Technologies and Axon Enterprise, will be added …": it, and the ones named)
        along = bool(before_cut) and _ALONG_WITH.match(s_text) is not None
        if _BOTH_COMPANIES.search(s_text) and len(pair := [e for _, e in sorted(
                company_counts.values(), key=lambda kv: -kv[0]) if e.ticker][:2]) == 2:
            # "The two companies had announced the deal on April 29, sending Hims shares up": the two the article is about
            borrowed = pair
            entities = _unique(entities + borrowed)
        elif not before_cut and last_named is not None and i - last_named[0] <= 3 and _DEAL_ANAPHOR.match(s_text):
            # "Discover, der von Capital One übernommen wird. Die Übernahme soll am 18. Mai abgeschlossen werden":
            # the deal is between the listed companies named last, not only the one the text is about.
            borrowed = list(last_named[1])
            entities = _unique(entities + borrowed)
        elif not before_cut or after_private is not None or along:  # companies named only as causes or dragged peers do not count
            anaphor = _ANAPHOR_COMPANY.search(s_text, after_private or 0)
            if anaphor and after_private is not None and (
                    anaphor.start() - after_private < 4 or s_text[after_private:anaphor.start()].lstrip()[:1] in ",(–-"):
                anaphor = None
            if anaphor and anaphor.group(0).startswith(("ging es", "geht es")) and any(m.entity.type in TRADED for m in found_entities):
                anaphor = None  # "Auch in den USA ging es nach oben: Der Dow Jones lag … im Plus": the index it names
            if anaphor and _SECTOR.search(s_text, anaphor.start(), anaphor.end() + 40):
                anaphor = None  # "die Aktien von Rüstungskonzernen": a whole sector, not the company just named
            elif anaphor and _STOCK_NOUN.search(anaphor.group(0)) and _OF_A_NAME.match(s_text, anaphor.end()):
                anaphor = None  # "Die Papiere von Hosiden", "Shares of Hosiden": a company the table lacks, not the last one
            if anaphor and i > 0 and anaphor.group(0).lower().endswith("bank") and _CENTRAL_BANK_NAMED.search(sents[i - 1].text):
                anaphor = None  # "… SNB Vice Chairman Danthine said … The bank introduced the floor": the central bank
            if anaphor and not _CENTRAL_BANK.search(s_text[anaphor.start() : anaphor.end() + 12]):  # "The Bank of Japan"
                # "der Halbleiterhersteller", "the chipmaker": the company named just before.
                borrowed = [e for e in prev_entities if e.type == "company"][:1]
                if not borrowed and last_company is not None and i - last_company[0] <= 3:
                    # "Auslöser war das KI-Modell des Start-ups DeepSeek. … ihre Kaufempfehlung für die Aktie":
                    # the last listed company named a few sentences back, not the private one just named.
                    borrowed = [last_company[1]]
                if _GENERIC_COMPANY.search(anaphor.group(0)) and company_counts:
                    # "Der Konzern legt am 14. November Zahlen vor": the company the article is about; in a list
                    # of items ("Estée Lauder — … The company also named …"), the one its paragraph opened with.
                    top = max(company_counts.values(), key=lambda kv: kv[0])
                    if (opener := para_opener.get(sent.paragraph)) is not None and opener != top[1]:
                        borrowed = [opener]
                    elif top[0] >= 2:
                        borrowed = [top[1]]
                entities = _unique(entities + borrowed)
                if borrowed and len(placed := _drop_listing_places(s_text, found_entities, company=True)) < len(found_entities):
                    # "Ab dem 22. September soll die Aktie zudem im MDax gelistet werden": where the stock goes
                    entities = [e for e in entities if e in borrowed or any(m.entity == e for m in placed)]
                    found_entities = placed
            elif not any(e.type in TRADED for e in entities) and (ana := _ANAPHOR_INDEX.search(s_text)):
                named = [e for e in prev_entities if e.type == "index"][:1]
                if not named and ranked_in is not None and i - ranked_in[0] <= 2:
                    named = [ranked_in[1]]  # "… führten damit die Gewinnerliste im SMI an. Der Leitindex notierte …"
                if not named and ana.group(0).endswith(" er"):
                    # "Der Erdgas-Future TTF sprang … Am Freitag hatte er noch 12 Prozent verloren": "er" is
                    # any instrument of the sentence before that is not a company (a stock is "sie").
                    named = [e for e in prev_entities if e.type in TRADED and e.type != "company"][:1]
                entities = _unique(entities + named)
                if named and any(e.type == "company" for e in prev_entities):
                    # after a stock's move, "Der Leitindex notierte 0,8 Prozent höher" is the index's own move, not
                    # more of the stock's: it is the subject
                    index_lead = named
            elif (_ANAPHOR_INDEX.match(s_text) is not None
                  and (told_before := [e for e in prev_entities if e.type == "index" and e not in entities][:1])):
                # "The index rose 1% on Thursday, and the Dow Jones … gained 300 points": the sentence opens with
                # the index of the sentence before; the one it names is a move of its own (_split_moves).
                borrowed = told_before
                entities = _unique(told_before + entities)
        pronoun_lead = bool(index_lead)
        borrowed = index_lead or borrowed
        if (before_cut and not borrowed and _PRONOUN_LEAD.match(s_text)
                and has_trigger("market_move", s_text[: before_cut[0].start])
                and (prev_co := [e for e in prev_entities if e.type == "company" and e.ticker][:1])):
            # "They closed at $94.39 on Thursday, just below the $95 per share Microsoft agreed to pay": the
            # stock of the sentence before moved; the company named after the verb is not the subject.
            borrowed, pronoun_lead = prev_co, True
            entities = _unique(prev_co + entities)
        actor = persons[0] if persons else (recent_person if _PRONOUN.search(s_text) or cont[i] else None)
        mention, basis, tense = ctx[i]
        group = [sent]
        # "X fell 3% after the company cut its forecast": the main clause says what kind of event
        # this sentence is; the after-clause is an event of its own (_second_clause_events).
        # Relative clauses blanked (same length): they describe, they are not what the sentence reports.
        s_main = _blank(s_text, rels[i])
        classify_text = s_main
        if frame := _frame(s_main):  # anchored at the start: match, not search
            # "Auslöser der Talfahrt waren schwache Arbeitsmarktdaten …": the causes are the news,
            # the move named in the frame was told before.
            classify_text = s_main[frame.end() :]
        split = _SPLIT_AT.search(s_main, pos=frame.end() if frame else 0)
        if split is not None and (sub_dated[i] or classify(s_main[: split.start()], entities) is not None):
            classify_text = s_main[: split.start()]
        if (tail := _PERIOD_TAIL.search(classify_text)) is not None and classify(classify_text[: tail.start()], entities) is not None:
            # "jumped 60% on Tuesday, extending a rally that began when Gill made his first post on X": the
            # tail tells the run before; the head says what this event is.
            classify_text = classify_text[: tail.start()]
        joined = _joined_cut(s_main, all_found[i])
        if joined is not None and basis == "own" and mention is not None and mention.start - sent.start > joined and (
                first_ := _pick_mention([m for m in all_found[i] if m.end <= joined])) is not None:
            # "is expected to unveil new Macs this week, and it will report results on Thursday": the first
            # clause keeps its own date; the joined one is an event of its own (_joined_clause_events).
            mention = first_.shifted(sent.start)
            tense = _tense_at(text, sent, mention)
        if joined is not None and joined < len(classify_text) and classify(classify_text[:joined], entities) is not None:
            # "unveiled X two weeks ago … and sent the stock down the next day": the first clause
            # says what this event is; the joined one is an event of its own (_joined_clause_events).
            classify_text = classify_text[:joined]
        if (conseq := _REACTION_CLAUSE.search(classify_text)) is not None and classify(classify_text[: conseq.start()], entities) not in (
                None, "market_move"):
            classify_text = classify_text[: conseq.start()]  # the reaction is a move of its own (below)
        nxt = i + 1
        if (
            # "rechnet für 2025 mit …", "will bis Ende 2028 … abbauen": a period or a target, no date of the news
            (mention is None or mention.rule in ("year", "this_year", "quarter", "half_year", "part_year_explicit")
             or _UNTIL.search(text, max(sent.start, mention.start - 12), mention.start))
            and nxt < len(sents) and own[nxt] is not None
            and (_BACK_REFERENCE.match(sents[nxt].text) or _WIE_SOURCE.search(sents[nxt].text))
            and sents[nxt].paragraph == sent.paragraph
            # a source sentence says who told it ("Das teilte … mit"), not "Das entspricht einem Aufschlag …"
            # ("Das kündigte … bei der Vorlage der Jahreszahlen an": a source even if results are named;
            # "X soll am 25. April …, wie der Konzern mitteilte" tells news of its own)
            and (classify(sents[nxt].text, entities) == "statement" or _DECISION_TOLD.match(sents[nxt].text)
                 or (_BACK_REFERENCE.match(sents[nxt].text) and has_trigger("statement", sents[nxt].text)))
        ):
            # "Die UBS übernimmt die Credit Suisse. Das gaben die Banken am Sonntag bekannt."
            nxt_mention = own[nxt]
            assert nxt_mention is not None
            mention, basis, tense = nxt_mention, "next", _tense_at(text, sents[nxt], nxt_mention)
            group = [sent, sents[nxt]]
            if classify(classify_text, entities) is None:  # the lead says what happened; the source only when it does not
                classify_text = s_text + " " + sents[nxt].text
        kind = None if (i in consumed or i in states or _is_headline(article, sent)) else classify(classify_text, entities)
        if kind is not None and basis == "own" and mention is not None and tense and len(all_found[i]) > 1:
            # "legte nachbörslich um 4 Prozent zu und dürfte am Dienstag ein Rekordhoch erreichen":
            # the date of a future clause does not date the past event of the trigger's clause.
            near = _mention_in_trigger_clause(s_text, kind, all_found[i])
            if near is not None and not _tense_at(text, sent, near.shifted(sent.start)):
                mention, tense = near.shifted(sent.start), False
        if kind == "statement" and _BACK_REFERENCE.match(s_text) and out and out[-1].index == i - 1 and (
                sents[i - 1].paragraph == sent.paragraph):
            kind = None  # "Das teilte das Unternehmen am Freitag mit." tells where the news before came from
        if kind == "market_move" and _NEGATED_MOVE.search(s_text):
            kind = None  # "legte nicht zu", "did not budge"
        if kind == "market_move" and basis == "own" and mention is not None and tense and len(group) == 1:
            # "Western Digital fell 4.5% and SanDisk's spin-off is scheduled for Feb. 24": a move is never
            # ahead of the report; the date is the joined clause's, an event of its own.
            joins = list(_JOIN.regex.finditer(fold_text(s_text), 0, mention.start - sent.start))
            if joins and not is_future(s_text[: joins[-1].start()]):
                clause = s_text[joins[-1].end() :]
                out.append(_Candidate(
                    article=article, index=i, sentences=[sent], kind=classify(clause, entities) or "scheduled",
                    entities=_unique(m.entity for m in table.find(clause)) or entities, actor=None, amounts=[], percents=[],
                    mention=mention, mention_basis="own", future=True,
                    quoted=_quoted_words(text, spans, sent.start, sent.end), clause=clause))
                mention = None
        if kind not in (None, "scheduled") and basis == "own" and mention is not None and (
                (speech := _SPEECH.search(s_text)) and mention.start - sent.start >= speech.end()):
            # "sagte, eine Erholung sei erst in der zweiten Jahreshälfte …", "angekündigt, ihre
            # Anleihekäufe im Juli zu reduzieren": what was said, not when. A date before the
            # speech verb still counts.
            before = [m for m in all_found[i] if m.end <= speech.start()]
            best = _pick_mention(before)
            mention = best.shifted(sent.start) if best is not None else None
        if kind == "market_move" and basis == "own" and mention is not None and _told_since(text, mention, sent.start):
            # "Seit der US-Wahl Anfang November hat Bitcoin 40 Prozent zugelegt": a gain over a
            # period, not a move on any one day ("Seit der Veröffentlichung … vergangene Woche"
            # still dates the release, which is not a move). "… on Thursday, its worst day since
            # June 2020": the other date is the move's.
            others = [m for m in all_found[i] if not _told_since(s_text, m)]
            best = _pick_mention(others)
            if best is None and _SUPERLATIVE.search(text, pos=max(sent.start, mention.start - 60), endpos=mention.start):
                mention = None  # "its biggest drop since September 2022": a comparison; the move is undated
            elif best is None:
                kind = None
            else:
                mention = best.shifted(sent.start)
                tense = _tense_at(text, sent, mention)
        if kind == "market_move" and basis == "own" and mention is not None and mention.rule != "same_day" and (
                _UNTIL.search(text, max(sent.start, mention.start - 12), mention.start)):
            kind = None  # "had surged more than 80% this year through Monday's close": a running total, no day's move
        if kind == "market_move" and (mention is None or (mention.rule == "this_year" and len(all_found[i]) == 1)) and _SPAN_TOTAL.search(
                s_text[: min(tail_.start() if (tail_ := _PERIOD_TAIL.search(s_text)) else len(s_text),  # (not ", extending losses this year")
                             # (nor "rose 1.6% after the company … reiterated plans to spend $60 billion this year")
                             cut_.start() if (cut_ := _SPLIT_AT.search(s_text)) else len(s_text))]):
            kind = None  # "Intel has lost more than half of its market value over the past year": a running total
        if kind == "earnings" and _ESTIMATE.match(s_text):
            kind = None  # "Analysts polled by LSEG expect revenue of $9.34 billion": an estimate, not a result
        if kind == "scheduled" and _COUNTERFACTUAL.match(s_text):
            kind = None  # "Eigentlich sollten die Zahlen erst am Mittwoch erscheinen": what did not happen
        if kind == "scheduled" and basis == "own" and i in said_at:
            # "Tan will take over on March 18, Intel said late on Wednesday": the news of that Wednesday is the
            # announcement; what it schedules is an event of its own (_joined_clause_events).
            kind, tense = "statement", False
        if kind == "scheduled" and basis == "own" and mention is not None and (
                said_ahead := _SAID_AHEAD.search(s_text)) is not None and any(
                m.start >= said_ahead.end("that") and m.rule != "same_day" and m.resolve(_FAR).granularity == "day" for m in all_found[i]) and (
                said_on := _pick_mention([m for m in all_found[i] if m.end <= said_ahead.start("that") and m.rule != "same_day"])
                ) is not None and said_on.resolve(_FAR).granularity == "day" and not _tense_at(text, sent, said_on.shifted(sent.start)):
            # "S&P Dow Jones Indices said on Monday that Coinbase will join the S&P 500 on May 19": the news of that
            # Monday is the saying; what it schedules is a calendar item of its own (below).
            mention, kind, tense = said_on.shifted(sent.start), "statement", False
        if kind == "scheduled" and basis == "own" and _EXPLICIT_SCHEDULE.search(classify_text):
            tense = True  # "steht am 18. Juli an", "is scheduled for": ahead of the report
        if kind is not None and basis == "own" and mention is not None and tense and len(group) == 1 and (
                said_verb := _SAID_VERB.search(s_text)) is not None and mention.start - sent.start >= said_verb.end():
            # "Earlier this week, Trump said he would impose tariffs, with an announcement as soon as April 2":
            # the saying is news of its own day; what it announces keeps the date ahead.
            said_on = _pick_mention([m for m in all_found[i] if m.end <= said_verb.start() and m.rule != "same_day"])
            if said_on is not None and not _tense_at(text, sent, said_on.shifted(sent.start)):
                out.append(_Candidate(
                    article=article, index=i, sentences=[sent], kind="statement", entities=entities, actor=actor,
                    amounts=[], percents=[], mention=said_on.shifted(sent.start), mention_basis="own", future=False,
                    quoted=_quoted_words(text, spans, sent.start, sent.end), clause=s_text[: said_verb.end()]))
        if kind is not None:
            if len(group) == 2:
                consumed.add(nxt)
            full = text[group[0].start : group[-1].end]
            moves = _split_moves(sent, found_entities, article.lang, lead=[e for e in borrowed if e.type in TRADED]
                                 ) if kind == "market_move" and len(group) == 1 else []
            for ents, pcts, part in moves:
                # "Marvell gained 11% and Arm rose 3.6%": one event per instrument.
                part_mention = mention
                if mention is not None and basis == "own" and (at := s_text.find(part)) >= 0 and (
                        mention.start - sent.start >= at + len(part)) and _CONTRAST_BEFORE.search(
                        s_text, at + len(part), mention.start - sent.start):
                    # "The Nikkei rose 1.8%, while Couche-Tard's shares were little changed on Friday": the
                    # contrasted clause's day is its own; this move is dated by its context.
                    part_mention = None
                out.append(_Candidate(
                    article=article, index=i, sentences=group, kind=kind, entities=ents, actor=None, amounts=[],
                    percents=pcts, mention=part_mention, mention_basis=basis,
                    future=tense if basis != "own" or mention is None else _tense_at(text, sent, mention),
                    quoted=_quoted_words(text, spans, sent.start, sent.end), subject=ents, listed=True,
                    clause=part,
                ))
            main_ents = entities
            if kind != "market_move" and len(group) == 1 and (kept := _subject(s_main, found_entities)) is not None:
                # "added 12,000 jobs, as strikes at Boeing … disrupted hiring": Boeing is a cause, not the news.
                main_ents = _unique([e for e in entities if e.type not in TRADED or e in kept or e in borrowed or e is speaker_co])
            if kind not in ("market_move", "statement") and (lead := _SOURCE_LEAD.match(s_text)) is not None and (
                    reported := [m.entity for m in found_entities if m.start >= lead.end() and m.entity.ticker]):
                # "Wie die Deutsche Börse … mitteilte, ersetzt Rheinmetall im Dax …": the source tells the news of others
                main_ents = _unique(reported + [e for e in main_ents if e in reported or not e.ticker])
            if kind != "market_move" and len(group) == 1 and len(classify_text) < len(s_text):
                # "The FAA grounded the jets after a panel blew off an Alaska Airlines plane": the
                # companies of the after-clause belong to that clause's event.
                head = [m.entity for m in found_entities if m.start < len(classify_text) and m.entity.ticker]
                if head:
                    main_ents = _unique(head + [e for e in entities if not e.ticker])
            if kind == "scheduled" and not any(e.type in TRADED for e in main_ents) and company_counts and (
                    _COMPANY_ITEM.search(s_text)):
                # "Die Hauptversammlung findet am 23. April statt": the meeting of the company the article is about.
                top = max(company_counts.values(), key=lambda kv: kv[0])
                if top[0] >= 2:
                    main_ents = _unique([*main_ents, top[1]])
            # "fell 5.2% on Thursday, extending a 10% slide from the previous session": the joined
            # clause is a move of its own (_joined_clause_events); its size is not this one's.
            own_clause = joined if joined is not None and len(group) == 1 else None  # (any kind: "…, damals war die Aktie … abgerutscht")
            if kind == "market_move" and len(group) == 1 and (contrast := _CONTRAST_BEFORE.search(s_text)) is not None and any(
                    p.start < contrast.start() for p in find_percents(s_text, article.lang)):
                # "The Hang Seng ended 0.8% higher, while an index of property stocks fell 1.5%": the other clause's size
                own_clause = min(own_clause or len(s_text), contrast.start())
            if kind == "market_move" and len(group) == 1 and (swing := _EARLIER_SWING.search(s_text)) is not None:
                # "were up 1.2%, erasing an earlier drop of as much as 3%": the earlier swing is not the move
                own_clause = min(own_clause or len(s_text), swing.start())
            if kind == "market_move" and len(group) == 1 and split is not None and not sub_dated[i] and any(
                    m.start >= split.end() for m in all_found[i]):
                # "8,9 Prozent zugelegt, nachdem sie am Montag um 17 Prozent eingebrochen war": the cause's size is not this move's
                own_clause = min(own_clause or len(s_text), split.start())
            if not moves:
                out.append(
                    _Candidate(
                        reaction=sub_dated[i] and kind == "market_move",
                        article=article, index=i, sentences=group, kind=kind, entities=main_ents, actor=actor,
                        amounts=_own_sums([x for x in find_amounts(full, article.lang) if kind != "market_move" or not (
                                 _LEVEL_BEFORE.search(full, max(0, x.start - 24), x.start)  # "stieg auf 340 Mrd.": a level
                                 or (own_clause is not None and x.start >= own_clause)  # (another clause's move)
                                 # "fell 15 percent … after the company said clients had lost $225 million": the cause's sum
                                 or (kind == "market_move" and split is not None and len(group) == 1 and x.start >= split.start()))],
                                          split.start() if split is not None and len(group) == 1 else None),
                        percents=[p for p in find_percents(full, article.lang) if (own_clause is None or p.start < own_clause)
                                  and not _pct_is_level(full, p)  # "eased to 4.50%": a level
                                  # "rose 4% after … sales growth of 10.1% topped estimates": the cause's figure
                                  and not (kind == "market_move" and split is not None and len(group) == 1
                                           and p.start >= split.start() and _SIZE_AT.search(full, 0, split.start()))],
                        mention=mention, mention_basis=basis,
                        future=tense if basis != "own" or (kind == "scheduled" and tense) or mention is None
                        else _tense_at(text, sent, mention) or (len(group) > 1 and is_future(_strip_quotes(full))),
                        quoted=_quoted_words(text, spans, group[0].start, group[-1].end),
                        subject=(list(borrowed) if pronoun_lead else _subject(s_text, found_entities, borrowed, units=True))
                        if kind == "market_move" else None,
                    )
                )
                listed_cos = [e for e in main_ents if e.type == "company" and e.ticker]
                if (kind == "scheduled" or (kind == "earnings" and out[-1].future)) and len(listed_cos) > 1 and (
                        _REPORTING.search(s_main) and not _SPLIT_AT.search(s_main)):
                    # "Bank of America, Citigroup and Goldman Sachs report results next week": one
                    # scheduled item per company (each gets its own row on the timeline).
                    one = out.pop()
                    rest_ents = [e for e in main_ents if e not in listed_cos]
                    out.extend(replace(one, entities=[co, *rest_ents]) for co in listed_cos)
                    first_co = min(m.start for m in found_entities if m.entity in listed_cos)
                    lead_in = s_main[: max(0, s_main.rfind(",", 0, first_co))]
                    if lead_in and (lead_kind := classify(lead_in, [])) is not None:
                        # "…ahead to the Fed's policy decision on Wednesday, followed by earnings from Meta,
                        # Microsoft and Tesla": the item before the companies is one of its own.
                        out.append(replace(one, kind=lead_kind, entities=rest_ents, clause=lead_in))
        echo = _ECHO_MAIN.search(s_text) if split is not None and own[i] is None else None
        if echo is not None and split is not None and echo.end() <= split.start():
            # "The approval comes a month after a panel voted …": the main clause only points back
            # at the event told just before; the after-clause is the news, dated from that event.
            base = next((b for b in reversed(own[max(0, i - 3) : i]) if b is not None), None)
            out[:] = [x for x in out if not (x.index == i and x.sentences[0] is sent)]
            # (with no date told just before, a clause dated on its own is still dated: "… said on Monday …")
            out.extend(_second_clause_events(article, sent, base, table, text, spans, main_undated=base is None))
        elif (kind is not None or sub_dated[i]) and not _is_headline(article, sent):  # (a headline's clauses are told below)
            out.extend(_second_clause_events(article, sent, own[i], table, text, spans, main_undated=sub_dated[i],
                                             subject=[e for e in _unique([*(m.entity for m in found_entities if split is None
                                                                                    or m.start < split.start()), *borrowed])
                                                      if e.type in TRADED]))
        if own[i] is not None or sub_dated[i]:
            out.extend(_when_clause_events(article, sent, table, text, spans, subject=entities))
        for a_, b_ in rels[i]:
            # "IPO firm X, which is set to list on the Nasdaq next week, …": a relative clause with a
            # date and a trigger of its own is an event of its own.
            clause = s_text[a_:b_]
            which_sent = kind != "market_move" and _WHICH_SENT.match(clause) is not None
            if (which_sent or _WHOSE_SHARES.match(clause)) and kind is not None and mention is not None and (
                    pcts_ := find_percents(clause, article.lang)) and (
                    owner := [m.entity for m in found_entities if m.end <= a_ and m.entity.type in TRADED][-1:]):
                # "ServiceNow hatte Zahlen vorgelegt, dessen Aktie nachbörslich um 11 Prozent absackte": the named
                # company's move, that day (or the clause's own day); "warned in August …, which sent its shares
                # down 25% on Aug. 30" the same (told in passing: it dates no undated move after it).
                own_day = _pick_mention([m for m in find_dates(clause, skip_quotes=True) if m.rule != "same_day"])
                out.append(_Candidate(
                    article=article, index=i, sentences=[sent], kind="market_move", entities=owner, actor=None, amounts=[],
                    percents=pcts_, mention=own_day.shifted(sent.start + a_) if own_day else mention, mention_basis=basis,
                    future=False, quoted=_quoted_words(text, spans, sent.start, sent.end), subject=owner, clause=clause,
                    listed=True, cause=which_sent))
                continue
            if (kind == "market_move" and _WHICH_MOVED.match(clause)  # (undated: dated like the main move, below)
                    and (pcts_ := find_percents(clause, article.lang))
                    and (all_named := table.find(s_text))  # (with the index a stock tops: "top gainer in the CAC 40")
                    and (here_ := [m for m in all_named if m.end <= a_ and m.entity.type in TRADED
                                   and _NAME_TAIL.fullmatch(s_text, m.end, a_)])
                    and not any(m.entity == here_[0].entity for m in all_named if m.start < here_[0].start)):
                # "making them the top gainer in the CAC 40 index, which was up 0.5%": the index the clause hangs on
                # moved too, that day (a name told before in the sentence is the main move's)
                out.append(_Candidate(
                    article=article, index=i, sentences=[sent], kind="market_move", entities=[here_[0].entity], actor=None,
                    amounts=[], percents=pcts_, mention=mention, mention_basis=basis, future=False,
                    quoted=_quoted_words(text, spans, sent.start, sent.end), subject=[here_[0].entity], clause=clause,
                    listed=True))
                continue
            inside = [m for m in find_dates(clause, skip_quotes=True) if m.rule != "same_day"]
            # The noun the clause hangs on says what it is ("Quartalszahlen, die der Konzern am Montag vorlegen wird").
            rel_kind = classify(s_text[max(0, a_ - 40) : b_], entities) if inside else None
            movers = [m.entity for m in found_entities if a_ <= m.start < b_ and m.entity.type in TRADED]
            if inside and _WHAT_FOLLOWED.match(clause) and kind != "market_move" and classify(clause, movers) == "market_move":
                # "raised rates in July, a move that contributed to a global market rout in early August when … sent
                # the Nikkei 225 down 12%": what followed is a move of its own, on the clause's own day.
                best_move = _pick_mention(inside)
                if best_move is not None:
                    out.append(_Candidate(
                        article=article, index=i, sentences=[sent], kind="market_move", entities=movers, actor=None,
                        amounts=[], percents=find_percents(clause, article.lang), mention=best_move.shifted(sent.start + a_),
                        mention_basis="own", future=False, quoted=_quoted_words(text, spans, sent.start, sent.end),
                        subject=movers or None, clause=clause, listed=True))
                continue
            if rel_kind == "market_move":
                # "CVS lost 1.9%, while Elevance Health, which reported results on Wednesday, …": the move is the
                # main clause's; the clause may still tell news of its own.
                rel_kind = classify(clause, entities)
            if rel_kind is None or rel_kind == "market_move" or (best_rel := _pick_mention(inside)) is None:
                continue
            rel_mention = best_rel.shifted(sent.start + a_)
            # the company the clause hangs on ("Elevance Health, which …"), when it names one
            antecedent = [m.entity for m in found_entities if a_ - 2 <= m.end <= a_ and m.entity.type in TRADED]
            out.append(_Candidate(
                article=article, index=i, sentences=[sent], kind=rel_kind, entities=antecedent or entities, actor=None,
                amounts=find_amounts(clause, article.lang), percents=[], mention=rel_mention, mention_basis="own",
                # (the clause's own tense: "…, held up by the shutdown that ended on Nov. 12, is scheduled for Thursday")
                # ("the Paris Air Show, which begins on Monday": a calendar item told in the present lies ahead)
                future=is_future(clause) or ((_OPENS_ON.search(clause) is not None or _tense_at(text, sent, rel_mention))
                                             and not _PAST_VERB.search(clause)),
                quoted=_quoted_words(text, spans, sent.start, sent.end), subject=None, clause=clause))
        if kind is not None and basis == "own" and mention is not None and len(all_found[i]) > 1 and echo is None:
            joined_c = _joined_clause_events(article, sent, i, mention, all_found[i], kind, entities, found_entities,
                                             table, text, spans)
            if joined_c and kind != "market_move" and joined_c[0].clause and (at := s_text.find(joined_c[0].clause)) > 0:
                # "Walmart reports on Thursday, while Home Depot … report on Tuesday": names only the joined clause
                # holds are its own, not the main clause's.
                only_there = {m.entity.name for m in found_entities if m.start >= at} - {
                    m.entity.name for m in found_entities if m.start < at}
                for main_c in out:
                    if main_c.index == i and main_c.sentences[0] is sent and main_c.kind == kind and main_c.clause is None:
                        main_c.entities = [e for e in main_c.entities if e.name not in only_there]
            out.extend(joined_c)
        if kind is not None and kind != "market_move" and mention is not None and (
                c_ := _REACTION_CLAUSE.search(s_text)) is not None and (
                find_percents(s_text[c_.start():], article.lang) or _LEVEL_REACHED.search(s_text, c_.start())):
            # "cut its outlook in June, sending the shares down 20%", "hatte am Vortag … angekündigt, die Aktie
            # war daraufhin um 6 Prozent gestiegen": the stock's reaction is a move of its own, that day.
            clause = s_text[c_.start() :]
            # "said it had agreed with Amazon.com …, sending its shares down 14%": whose shares the clause names,
            # else the sentence's first listed name (the one that acted), not everyone it mentions.
            movers = _unique([m.entity for m in found_entities if m.start >= c_.start() and m.entity.type in TRADED
                              and not _COUNTER_BEFORE.search(s_text, max(0, m.start - 20), m.start)]
                             or [m.entity for m in found_entities if m.entity.type in TRADED][:1]) or entities
            out.append(_Candidate(
                article=article, index=i, sentences=[sent], kind="market_move", entities=movers, actor=None,
                amounts=[], percents=find_percents(clause, article.lang), mention=mention, mention_basis=basis,
                future=False, quoted=_quoted_words(text, spans, sent.start, sent.end),
                subject=[e for e in movers if e.type in TRADED], clause=clause, listed=True))
        if ("ince" in s_text or "eit" in s_text) and (traded := [e for e in entities if e.type in TRADED]):
            for m_ in all_found[i]:
                if m_.rule != "same_day" and (rec := _SINCE_RECORD.search(s_text, pos=max(0, m_.start - 60), endpos=m_.start)):
                    # "has lost more than half its value since its record close on Dec. 17": that day's record is a move
                    out.append(_Candidate(
                        article=article, index=i, sentences=[sent], kind="market_move", entities=traded, actor=None,
                        amounts=[], percents=[], mention=m_.shifted(sent.start), mention_basis="own", future=False,
                        quoted=_quoted_words(text, spans, sent.start, sent.end), subject=traded,
                        clause=s_text[rec.start() : m_.end], listed=True))
        if kind is not None and mention is not None and basis == "own" and (" due " in s_text or "expected " in s_text):
            # "Stocks closed lower on Tuesday as investors awaited the Fed's policy decision due Wednesday afternoon":
            # what is awaited is a calendar item of its own.
            for m_ in all_found[i]:
                if m_.start + sent.start <= mention.start or m_.rule == "same_day" or not _AWAITED_BEFORE.search(
                        s_text, max(0, m_.start - 40), m_.start):
                    continue
                clause_at = s_text.rfind(",", 0, m_.start) + 1  # (the names of its own clause)
                awaited = [x.entity for x in found_entities if clause_at <= x.start < m_.start]
                out.append(_calendar_item(article, i, sent, awaited, m_.shifted(sent.start), True,
                                          s_text[max(0, m_.start - 60) : m_.end], text, spans))
        if kind is not None and mention is not None and basis == "own" and ("ffective" in s_text or "irksam" in s_text):
            main_iv = mention.resolve(_FAR)
            for m_ in all_found[i]:
                if m_.start + sent.start <= mention.start or not _EFFECTIVE.search(s_text, 0, m_.start):
                    continue
                if (eff_iv := m_.resolve(_FAR)).granularity != "day" or eff_iv.start <= main_iv.start:
                    continue  # "has retired, effective Dec. 1" (before the news): nothing ahead
                # "Nov. 1 - Nvidia replaces Intel in the Dow, effective Nov. 8": the change itself is
                # scheduled, on the first such day after the news.
                out.append(_calendar_item(article, i, sent, entities, _after(mention, m_.shifted(sent.start)), False,
                                          s_text[max(0, m_.start - 12) :], text, spans))
        if kind in ("other", "statement") and mention is not None and basis == "own" and len(all_found[i]) > 1 and (
                said_ahead := _SAID_AHEAD.search(s_text)) is not None and mention.start - sent.start < said_ahead.start("modal"):
            for m_ in all_found[i]:
                # (after "that": German tells the day before the verb, "dass … am 19. Mai … aufgenommen wird")
                if m_.start < said_ahead.end("that") or m_.rule == "same_day" or (
                        m_.resolve(_FAR).granularity != "day" and m_.rule != "part_month") or _TARGET_DEADLINE.search(
                        s_text, max(0, m_.start - 16), m_.start):  # ("… das Unternehmen Ende Juni verlassen wird"; not "bis Ende Juni")
                    continue
                # "Renault said late on Sunday that de Meo would leave on July 15": what was said is dated by the saying;
                # the day it takes effect is a calendar item of its own
                out.append(_calendar_item(article, i, sent, entities, _after(mention, m_.shifted(sent.start)), True,
                                          s_text[said_ahead.end() :], text, spans))
                break
        if kind is not None and (mention is None or basis != "own") and (eff := ahead_only.get(i)):
            # (undated or dated by the sentence before: "It also announced a stock split, effective Oct. 1"; then
            # the split is the news, its announcement was told with the sentence before)
            m_eff = eff[0].shifted(sent.start)
            if mention is not None:
                out[:] = [x for x in out if not (x.index == i and x.sentences[0] is sent)]
            out.append(_calendar_item(article, i, sent, entities, _after(mention, m_eff) if mention is not None else m_eff,
                                      True, s_text[max(0, eff[0].start - 12) :], text, spans))
        if persons:
            recent_person = persons[0]
        if len(raw_found) > len(found_entities) and (ranked := [m.entity for m in raw_found if m.entity.type == "index"
                                                                 and m not in found_entities]):
            ranked_in = (i, ranked[-1])
        for e in _unique(m.entity for m in found_entities):
            if e.type == "company":
                company_counts[e.name] = (company_counts.get(e.name, (0, e))[0] + 1, e)
        last_company = next(((i, e) for e in reversed(entities) if e.type == "company" and e.ticker), last_company)
        if named_listed := _unique(m.entity for m in found_entities if m.entity.type == "company" and m.entity.ticker):
            last_named = (i, named_listed)
        if entities:
            prev_entities = entities
            if len(cos := _unique(m.entity for m in found_entities if m.entity.type == "company")) > 1:
                s_low = fold_text(s_text)
                if owners := [m.entity for m in found_entities if m.entity in cos and _owns_shares(s_text, s_low, m)]:
                    # "… von Pratt & Whitney haben die Aktie des … MTU unter Druck gesetzt. Das Papier brach … ein": the
                    # company whose stock was named is the one the next sentence's "Das Papier" stands for.
                    prev_entities = _unique([*owners, *entities])
            if (opening := next((m for m in found_entities if m.entity.type == "company" and m.entity.ticker), None)) and (
                    sent.paragraph not in para_opener and opening.start <= 2 and para_first.get(sent.paragraph) == i):
                para_opener[sent.paragraph] = opening.entity  # "Estée Lauder — The cosmetics maker plunged 21%"
            if capitals and opening is not None and _is_headline(article, sent):
                para_opener[sent.paragraph + 1] = opening.entity  # "* MICROSOFT" over "The software maker said …"
    return out


def _second_clause_events(
    article: Article, sent: Sentence, main: DateMention | None, table: EntityFinder, text: str,
    spans: list[tuple[int, int]], main_undated: bool = False, subject: Sequence[Entity] = (),
) -> list[_Candidate]:
    """The event of an "after ..." clause that has its own date ("... after Apple reported last
    Thursday"; "Rheinmetall steigen, nachdem der Konzern am Mittwoch … gemeldet hatte")."""
    cut = _SPLIT_AT.search(sent.text)
    gap = _GAP_BEFORE.search(sent.text, 0, cut.start()) if cut is not None else None
    # "GameStop fell 44.3% to close at $193.60, a day after it more than doubled": a main clause dated only by
    # its context still dates the clause, a day before it (see shift_days).
    inherits = main is None and not main_undated and gap is not None and gap["d"] is not None
    if main is None and not main_undated and not inherits:
        return []
    if cut is None or (main is not None and sent.start + cut.start() < main.end):
        return []  # a dated main clause must be dated before the connector
    clause = sent.text[cut.end():]
    if (stop := _WHILE_CLAUSE.search(clause)) is not None:
        # "after the chain on Wednesday backed its outlook, while TJX slid 2.7%": the cause ends where another clause begins
        clause = clause[: stop.start()]
    if (join := _JOIN_VERB.search(clause)) is not None:
        # "fell on Monday after the lawsuit and recovered on Tuesday": the "and" clause is the
        # subject's again (_joined_clause_events), not part of the cause (a consequence stays:
        # "after the Fed cut rates and signaled …, sending the Nasdaq down").
        conseq = _CONSEQUENCE.search(clause, pos=join.end())
        end = conseq.start() if conseq else len(clause)  # blanked, not cut: offsets stay the sentence's
        clause = (clause[: join.start()] + " " * (end - join.start()) + clause[end:]).rstrip()
    # ("… crashed after takeoff, the first crash of the jet since it entered service in 2011": a reference point)
    dates = [m for m in find_dates(clause, skip_quotes=True) if m.rule != "same_day" and not _told_since(clause, m)]
    if _REPORTING.search(clause):
        dates = [m for m in dates if m.rule != "quarter"]  # "reported … in the fourth quarter": the period
    citing = _CITING.search(clause)
    if citing is not None:
        # ", citing the July 19 outage": the reason, with its own date, is not this event
        dates = [m for m in dates if m.end <= citing.start()]
        clause = clause[: citing.start()]
    speech = _SPEECH.search(clause)
    if speech is not None and not is_future(clause):
        # "after the chipmaker warned that it may not receive the grants promised in October":
        # a date in what was said is not the date of saying it.
        dates = [m for m in dates if m.end <= speech.start()]
    mention = _pick_mention(dates)
    if mention is None and main is not None and gap is None and (
            _AFTER_HOURS.search(sent.text, 0, cut.start()) or _PREMARKET.search(sent.text, 0, cut.start())):
        # "dropped 3% in extended trading on Wednesday after the company cut its forecast", "tumbled 17% before the
        # bell after the retailer missed …": the news came out that day.
        here = DateMention(0, 0, main.text, "anchored", main.absolute, main.resolver)
        mention = anchored(main, 0, here)
    if mention is None and (opening := next((m for m in find_dates(clause, skip_quotes=True) if m.rule == "same_day"
                                                and _BEFORE_OPEN.search(m.text)), None)) is not None:
        # "Boeing rose 0.8% after reporting a narrower loss before the bell": that morning, the move's day.
        mention = anchored(main, 0, DateMention(opening.start, opening.end, opening.text, "anchored", main.absolute,
                                                main.resolver)) if main is not None else opening
    if mention is None and gap is not None and main is not None:
        # "…jumped 22% on Thursday, a day after the carmaker reported": the main date, moved back.
        days = _gap_days(gap)
        here = DateMention(gap.start() - cut.end(), 0, sent.text[gap.start() : cut.end()],  # clause offsets
                           "anchored", main.absolute, main.resolver)
        # "a week after", "einen Monat nachdem": that week or month, no more precise.
        mention = anchored(main, -days, here, "week" if gap["w"] else "month" if gap["m"] else "day")
    named_ = [m.entity for m in table.find(clause)] if mention is None and gap is None and main is not None and not dates else None
    if (named_ is not None and main is not None and main.resolve(_PROBE).granularity == "day"
            and (((told_kind := classify(clause[: since.start()] if (since := _SINCE_WORD.search(clause)) else clause, named_)) == "outage"
                  # (told with a verb: "after a jet crashed", not "after an outage at a supplier", which may be older)
                  and _PAST_VERB.search(clause) is not None and classify(sent.text[: cut.start()], named_) == "market_move") or (
                told_kind == "other" and not _IT.search(clause) and not _ANAPHOR_COMPANY.search(clause)
                and not any(e.type in TRADED for e in named_)))):
        # "Oil prices jumped 5% on Tuesday after Iran launched a barrage of missiles at Israel": an incident told
        # without a day of its own moved the market the day it happened (a company's news may be the evening's
        # before: "fell 6% on Thursday after it reported results" gets no day from the move); so did a crash, an
        # explosion or a hack, whoever's it was ("fell 4.8% on Thursday after an Air India Boeing 787 crashed")
        mention = anchored(main, 0, DateMention(0, 0, main.text, "anchored", main.absolute, main.resolver))
    if mention is None and not inherits:
        return []
    # ", sending the Nasdaq down 3.6%": a consequence, a move of its own (see _split_moves).
    consequence = _CONSEQUENCE.search(clause)
    tail = ""
    if consequence is not None and consequence.start() >= (mention.end if mention is not None else 0):
        clause, tail = clause[: consequence.start()], clause[consequence.end() :]
    entities = _unique([m.entity for m in table.find(clause)])
    anaphor = _ANAPHOR_COMPANY.search(clause)
    if anaphor is not None and anaphor.start() <= 2:
        # "after the company unveiled the venture with OpenAI and Oracle": the subject is the main clause's company
        entities = _unique([*[e for e in subject if e.type == "company"][:1], *entities])
    main_ents: list[Entity] | None = None  # the main clause's names, looked up once when needed
    # ("after reporting a narrower loss": a clause without a subject of its own is the main clause's company's)
    if not any(e.type in TRADED for e in entities) and (anaphor or _IT.search(clause) or _GERUND_OPEN.match(clause)):
        # "after the company said ...", "nachdem der Konzern ...", "after it reported": the company of the main clause.
        main_ents = [m.entity for m in table.find(sent.text[: cut.start()])]
        # ("The stock had come under pressure after the shooting of its executive": the company borrowed for "the stock")
        entities = _unique(entities + ([e for e in main_ents if e.type == "company"] or [e for e in subject if e.type == "company"])[:1])
    # A clause whose subject is the main clause's: "nachdem er am Vortag ein Rekordhoch erreicht hatte", "fell 0.7% on
    # Thursday, a day after closing above 20,000 points" (no subject of its own).
    main_subject = _ER.search(clause) is not None or (gap is not None and _ANY_GERUND.match(clause) is not None)
    if not any(e.type in TRADED for e in entities) and main_subject:
        # "Der Leitindex notierte höher, nachdem er …", "The Nasdaq fell …, a day after closing …": the main clause's instrument
        if main_ents is None:
            main_ents = [m.entity for m in table.find(sent.text[: cut.start()])]
        entities = _unique(entities + [e for e in main_ents if e.type in TRADED][:1])
    participle = cut.group(0).startswith(",")
    if participle and not any(e.type in TRADED for e in entities):
        # "Shares … rose 5.6%, recovering most of the 7% they lost on Monday": the same stock's earlier move
        entities = _unique([*entities, *subject])
    kind = classify(clause, entities)
    same_subject = participle or main_subject
    if kind is None or (kind == "market_move" and not main_undated and not same_subject):
        # "X fell on Monday after Y fell": the main clause already is the move (but "zugelegt, nachdem sie am
        # Montag um 17 Prozent eingebrochen war" is the same stock's move of another day)
        return []
    shift = 0
    if mention is None:  # (inherits)
        if not same_subject or gap is None:
            return []  # ("a day after the Fed cut rates": a cause; the sentence's day dates it well enough)
        shift, future = -_gap_days(gap), False
    else:
        mention = mention.shifted(sent.start + cut.end())
        future = _tense_at(text, sent, mention)
    out = []
    tail_ents = _unique(m.entity for m in table.find(tail) if m.entity.type in TRADED)
    if tail_ents and (find_percents(tail, article.lang) or classify(tail, tail_ents) == "market_move"):
        out.append(_Candidate(
            article=article, index=sent_index(article, sent), sentences=[sent], kind="market_move", entities=tail_ents,
            actor=None, amounts=[], percents=find_percents(tail, article.lang), mention=mention, mention_basis="own",
            future=future, quoted=_quoted_words(text, spans, sent.start, sent.end), subject=tail_ents, clause=tail))
    return [_Candidate(
        article=article, index=sent_index(article, sent), sentences=[sent], kind=kind, entities=entities, actor=None,
        amounts=find_amounts(clause, article.lang), percents=find_percents(clause, article.lang), mention=mention,
        mention_basis="own", future=future,
        quoted=_quoted_words(text, spans, sent.start, sent.end), subject=None, cause=True,
        clause=clause if same_subject else None, shift_days=shift,
    ), *out]


_CONTRAST_BEFORE = re.compile(r",\s+(?:while|whereas|während|wohingegen)\b")
# Where a list of moves splits: "X gained 11% and Y rose 3.6%", "X was little changed, while Y added 1.2%".
_MOVE_SPLIT = Folded(r";\s|:\s|,\s|\s+(?:while|whereas|während|wohingegen|and|und|but|aber|sowie)\s+|"
                     rf",\s+(?:{_CONSEQUENCE_VERBS})\s+")
_CITING = re.compile(r",\s+(?:citing|blaming|unter Verweis auf|mit Verweis auf|begründet mit)\b", re.IGNORECASE)
_BEFORE_OPEN = re.compile(r"vor (?:Börsenbeginn|Handelsbeginn|Handelsstart|Börsenöffnung)|before the (?:opening bell|bell|open|market open)", re.IGNORECASE)
_PREMARKET = re.compile(_BEFORE_OPEN.pattern + r"|premarket|pre-market|vorbörslich", re.IGNORECASE)  # (trading before the open)
_AFTER_HOURS = re.compile(r"extended trading|after-hours|after hours|nachbörslich|after the bell|after the close", re.IGNORECASE)
_GAP_DAYS = {"a": 1, "one": 1, "einen": 1, "eine": 1, "einer": 1, "einem": 1, "two": 2, "zwei": 2, "three": 3, "drei": 3, "four": 4, "vier": 4, "five": 5,
             "fünf": 5, "six": 6, "sechs": 6, "seven": 7, "sieben": 7}
_GAP_BEFORE = re.compile(rf"\b(?:(?P<n>{'|'.join(_GAP_DAYS)}|\d)\s+(?:(?P<d>days?|Tage?n?)|(?P<w>weeks?|Wochen?)|"
                         rf"(?P<m>months?|Monate?n?))|(?P<h>hours|Stunden)),?\s+$", re.IGNORECASE)


def _gap_days(gap: re.Match[str]) -> int:
    """The days a gap counts back: "a day after" 1, "two weeks after" 2 (of its unit), "hours after" 0."""
    n = (gap["n"] or "0").lower()
    return 0 if gap["h"] else int(n) if n.isdigit() else _GAP_DAYS[n]


_IT = re.compile(r"\b(?:it|its|er|sie)\b")
_SINCE_WORD = re.compile(r"\b(?:since|seit)\b", re.IGNORECASE)  # ("its first report since the outage": a reference point)
_OPENS_ON = re.compile(r"\b(?:begins|opens|starts|kicks off|beginnt)\s+(?:on|am|next|nächste)\b")
_PRONOUN_LEAD = re.compile(r"^(?:It|They|Its shares|Their shares)\b")
_CONSEQUENCE = Folded(rf",\s+(?:{_CONSEQUENCE_VERBS})\s+")


def _split_moves(sent: Sentence, found: Sequence[EntityMention], lang: str,
                 lead: Sequence[Entity] = ()) -> list[tuple[list[Entity], list[Percent], str]]:
    """Per-instrument moves of a sentence that lists two or more (else []); ``lead`` is the stock a
    sentence-initial "Die Aktie"/"The stock" stands for ("Die Aktie verlor 1,5 Prozent, der SMI gab nach")."""
    names = {m.entity.name for m in found if m.entity.type in TRADED}
    if len(names | {e.name for e in lead}) < 2:
        return []  # one instrument: nothing to split (most sentences)
    text = sent.text
    if "," in text and (apps := [a.span() for a in _APPOSITIVE.finditer(text)] + [
            r.span() for r in _RELATIVE.finditer(text) if r.group().rstrip().endswith(",")]):
        # "Advantest Corp., a supplier to Nvidia, sank 8.6%": the appositive describes; its names do not move.
        # ("and Five Below, which has also struggled to attract shoppers, slipped 5%": nor does a relative clause)
        found = [m for m in found if not any(a <= m.start < b for a, b in apps)]
        if len({m.entity.name for m in found if m.entity.type in TRADED}) < 2:
            return []
        text = _blank(text, apps)  # (same length: offsets stay)
    # "…, putting the company back within reach of Microsoft", "overtaking Nvidia": the rival it is measured
    # against does not move.
    found = [m for m in found if not _RIVAL_BEFORE.search(text, max(0, m.start - 30), m.start)]
    bounds = [0, *(x for m in _MOVE_SPLIT.finditer(text) for x in (m.start(), m.end())), len(text)]
    # Pieces that name no instrument ("or 1.5%", "its worst day since 2020") belong to the one before.
    pieces: list[tuple[int, int, list[Entity]]] = []
    for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
        ents = _unique(m.entity for m in found if lo <= m.start < hi and m.entity.type in TRADED)
        if ents or not pieces:
            pieces.append((lo, hi, ents))
        else:
            pieces[-1] = (pieces[-1][0], hi, pieces[-1][2])
    if pieces and not pieces[0][2] and lead and (_STOCK_NOUN.search(text, pieces[0][0], pieces[0][1])
                                                  or _ANAPHOR_INDEX.match(text, pieces[0][0], pieces[0][1])):
        pieces[0] = (pieces[0][0], pieces[0][1], list(lead))
    parts: list[tuple[list[Entity], list[Percent], str]] = []
    waiting: list[list[Entity]] = []  # "Adidas and Puma were little changed": subjects sharing the next verb
    for k, (lo, hi, ents) in enumerate(pieces):
        piece = text[lo:hi]
        pcts = [p for p in find_percents(piece, lang) if not _pct_is_level(piece, p)]
        # "…, Mercedes-Benz 6,4 Prozent": the verb is left out, the number is there.
        if ents and (pcts or has_trigger("market_move", piece)):  # the sentence as a whole is a move already
            if waiting and len(pcts) == len(waiting) + 1 and _RESPECTIVELY.search(piece):
                # "Geely and Great Wall Motor dropped 9.5% and 4.3%, respectively": one size each, in order
                parts.extend((w, [p], piece) for w, p in zip([*waiting, ents], pcts, strict=True))
                waiting = []
                continue
            parts.extend((w, pcts, piece) for w in waiting)
            parts.append((ents, pcts, piece))
            waiting = []
        elif ents and k + 1 < len(pieces) and (_AND.fullmatch(text[hi : pieces[k + 1][0]]) or (
                text[hi : pieces[k + 1][0]].startswith(",") and _bare_names(piece, [m for m in found if lo <= m.start < hi]))):
            waiting.append(ents)  # ("Apple, Microsoft and Meta Platforms each lost more than 2%": a list before the verb)
        else:
            waiting = []
    if lead and parts and parts[0][0] == list(lead) and not all(p for _, p, _ in parts[1:]):
        return []  # "Die Aktie legte 4 Prozent zu und war größter Gewinner im Dax": the index is only the ranking
    return parts if len(parts) >= 2 else []


_AND = re.compile(r"\s+(?:and|und|sowie)\s+")
_RESPECTIVELY = re.compile(r"\brespectively\b|\bbeziehungsweise\b|\bbzw\.", re.IGNORECASE)


def _bare_names(piece: str, mentions: Sequence[EntityMention]) -> bool:
    """Whether a piece of a sentence is nothing but the names in it ("Apple", "and Microsoft")."""
    rest = piece
    for m in mentions:
        rest = rest.replace(m.text, " ")
    return bool(mentions) and not re.sub(r"\b(?:and|und|sowie)\b", " ", rest).strip(" ,")
_IN_FRANCS = re.compile(r"\d[\d.,']*\s*(?:Franken|francs?)\b")
# "soaring as much as 30 percent against the euro": the currency it is quoted against did not move.
_COUNTER_BEFORE = re.compile(r"\b(?:against|versus|vs\.|gegenüber)\s+$")
_RIVAL_BEFORE = re.compile(r"\b(?:within reach of|(?:just |close )?behind|ahead of|overtak(?:ing|en)|overtook|surpass(?:ing|ed)|"
                           r"hinter|überholt\w*)\s+(?:the\s+|rival\s+|der\s+|dem\s+|den\s+)?$")


# Where a clause ends for tense: a future marker elsewhere in the sentence ("… cut rates
# on Wednesday and signaled fewer cuts next year") says nothing about this date.
# ", the planemaker said …": a short English subject, then the speech verb (a clause of its own).
_SAID_AFTER = r"(?:[\w.&'-]+\s+){1,5}(?:said|says|told|reported)\b"  # (", Bloomberg News reported on Feb. 3")
_CLAUSE_BREAK = Folded(r";|,\s+(?=next\b|nächste)|,\s+(?=" + _SAID_AFTER + r")|,\s+(?=(?:teilte|teilten|sagte|sagten|erklärte|erklärten|hieß|meldete|berichtete|kündigte|schrieb|schrieben)\b)|,\s+(?:and|und)\b|\b(?:but|aber|while|während|whereas|nachdem|before|bevor|"
                       r"sending|that|dass|wie|which|who)\b|"
                       r",\s+(?=(?:am|ab)\s+\w+\b[^,;]{0,120}\bzu\s+[a-zäöü]+en\b)|"  # ", am Montag Zölle … zu verhängen": intent
                       r",\s+(?:der|die|das|den|dem|deren|dessen)\b|"  # a German relative clause ("…, das Trump am Dienstag vorgestellt hatte")
                       r"\bas\b(?!\s+soon\b)(?<!\bsoon as)" + "".join(f"(?<!{w} as)" for w in (  # "join as CFO on April 1": a role, no clause
                           "join", "joins", "serve", "serves", "named", "appointed", "return", "returns", "remain", "remains", "stay", "stays", "act"))
                       + r"|\b(?:after|following)\b(?!\s+(?:the\s+)?(?:close|bell)\b)")
# After the date, a bare "and" starts another clause too ("cut rates on Thursday and signaled more cuts
# next month"); before it, "and" mostly joins subjects ("Microsoft and Tesla report … on Wednesday").
_AND_AFTER = Folded(r"(?<!-\s)\b(?:and|und)\b")  # (not "EU-Staats- und Regierungschefs": one noun)


_EFFECTIVE = re.compile(r",\s+(?:effective|wirksam\s+(?:zum|ab)|mit\s+Wirkung\s+(?:zum|vom|ab))\s+(?:on\s+)?$")
_FAR = date(2100, 1, 1)  # a reference day after anything told: yearless dates compare within one year


def _after(base: DateMention, m: DateMention) -> DateMention:
    """``m`` as the first such day on or after ``base`` ("…, effective Nov. 8" after "Nov. 1 - …")."""
    return replace(relative_to(base, m, ahead=True), absolute=m.absolute)


def _calendar_item(article: Article, i: int, sent: Sentence, entities: list[Entity], mention: DateMention, future: bool,
                   clause: str, text: str, spans: list[tuple[int, int]]) -> _Candidate:
    """A scheduled item told inside a sentence about something else ("…, effective Nov. 8", "… would leave on July 15")."""
    return _Candidate(article=article, index=i, sentences=[sent], kind="scheduled", entities=entities, actor=None,
                      amounts=[], percents=[], mention=mention, mention_basis="own", future=future,
                      quoted=_quoted_words(text, spans, sent.start, sent.end), clause=clause)


_SPAN_TOTAL = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?|decade)\b|"
                         r"\bin den (?:vergangenen|letzten)\s+(?:\w+\s+)?(?:Jahren|Monaten|Wochen)\b|\bseit Jahresbeginn\b|"
                         r"\bso far this year\b|\byear to date\b|\byear-to-date\b|\bthis year\b|\bseit Jahresanfang\b|"
                         r"\bsince the (?:start|beginning) of (?:the|this) (?:year|month|week)\b|"
                         r"^(?:since then|seitdem|seither)\b", re.IGNORECASE)  # ("Since then its shares have more than tripled")
_RATING = re.compile(r"\b(?:Einstufung|Kursziel|Votum|Anlageurteil)\s+(?:für|von)\b|\b(?:price target|rating)\s+(?:on|for)\b|"
                     r"\b(?:upgraded|downgraded|initiated coverage of|hochgestuft|abgestuft)\b")
_SPUN_FROM_BEFORE = re.compile(r"\bvon\s+$")
_SPUN_FROM_AFTER = re.compile(r"\s+(?:abgespalten|ausgegliedert|übernommen|gegründet|kontrolliert)\w*\s")
_SOVEREIGN_RATING = re.compile(
    r"\b(?:cut|lowered|downgraded|raised|upgraded|affirmed|herabgestuft|senkte|hob|bestätigte)\s+(?:the\s+|die\s+|das\s+)?"
    r"(?:U\.S\.|US|United States|Germany|Deutschland|France|Frankreich|Italy|Italien|Britain|U\.K\.|Japan|China)(?:'s)?(?!\w)"
    r"(?:\s+(?:sovereign\s+|credit\s+)?rating|\s+\w*[Rr]ating)?")
_ALONG_WITH = re.compile(r"(?:The|This|Der|Die|Das)\s+(?:company|firm|group|\w*maker|Konzern|Unternehmen|Firma)\s*,\s+"
                         r"(?:along with|together with|zusammen mit|ebenso wie)\b")
_RATED_ANAPHOR = re.compile(r"\s+(?:die|das|diese|the|its|their)\s+(?:Aktien?|Papiere?|Titel|stock|shares)\b")
_ESTIMATE = re.compile(r"\s*(?:Analysts|Analysten|Experten|Economists|Ökonomen|Wall Street)\b[^.;]{0,60}?\b(?:expect|expected|"
                       r"erwarten|rechnen|forecast|estimate|see|sehen)\b")
_FISCAL_QUARTER = re.compile(r"\bfiscal\b|\bFY\s?\d|Geschäftsquartal|Geschäftsjahres", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(r"\s*(?:Eigentlich|Ursprünglich|Originally|Initially)\b")
_HEADING_AFTER = re.compile(r"\s*(?::|[-–—](?=\s))")
_FORWARD_LEAD = re.compile(r"\s*(?:(?:Next|Coming) (?:week|month)|In the coming (?:days|weeks)|In der (?:kommenden|nächsten) Woche|"
                           r"(?:Kommende|Nächste) Woche|In den kommenden Tagen)\b", re.IGNORECASE)


def _is_heading(sentence: str, m: DateMention) -> bool:
    """A date that opens its sentence as a heading ("Aug. 1 - …", "Tuesday: …"; sentence offsets)."""
    # (a live ticker's "11:30 Uhr - Gestern hatte …" is a time stamp: the text's own date still counts)
    return m.start <= 2 and m.rule != "same_day" and bool(_HEADING_AFTER.match(sentence, m.end))


def _tense_at(text: str, sent: Sentence, mention: DateMention) -> bool:
    """Future tense in the clause of ``sent`` that holds ``mention`` (article offsets)."""
    if not is_future(sent.text):
        return False  # no future marker anywhere in the sentence (most sentences)
    if _is_heading(sent.text, mention.shifted(-sent.start)):
        return False  # "Sept. 16 - Intel says it will …": the day it was said
    body = sent.text
    for qs, qe in quoted_spans(body):  # blank quotations, keeping offsets
        body = body[:qs] + " " * (qe - qs) + body[qe:]
    if _FORWARD_LEAD.match(body):
        return True  # "Next week, investors will watch …, and Micron's results on Wednesday": every item ahead
    return is_future(_clause_at(body, mention.start - sent.start, mention.end - sent.start))


def _clause_at(body: str, lo: int, hi: int) -> str:
    """The clause of ``body`` (a sentence, quotes blanked) around ``lo:hi``."""
    start, end = 0, len(body)
    for m in _CLAUSE_BREAK.finditer(body):
        if m.end() <= lo:
            start = m.start()
        elif m.start() >= hi:
            end = m.start()
            break
    after_and = _AND_AFTER.search(body, pos=hi, endpos=end)
    return body[start : after_and.start() if after_and else end]


# Told in the past tense ("agreed in March", "hatte im März angekündigt"): a yearless month is the past one.
_PAST_VERB = re.compile(r"\b(?:agreed|said|announced|reported|cut|raised|lowered|fell|rose|dropped|jumped|slumped|was|were|had|"
                        r"went|made|took|signed|approved|launched|released|acquired|bought|sold|named|hatte|hatten|war|waren|"
                        r"wurde|wurden|"
                        r"[a-z]{3,}ed)\b")  # any English simple past ("blocked", "terminated"); what lies ahead is excluded below


_AHEAD_WORD = re.compile(r"\b(?:would|will|effective|scheduled|due|plans?|planned|expects?|expected|anticipated|slated|deadline|"
                         r"wird|werden|soll|sollen|Frist)\b")


def _past_at(c: _Candidate) -> bool:
    if c.mention is None or not c.sentences:
        return False
    sent = c.sentences[0]
    if not sent.start <= c.mention.start < sent.end:
        return False
    lo, hi = c.mention.start - sent.start, c.mention.end - sent.start
    # "Hill, who retired from Nike in 2020, takes the helm on Oct. 14": the relative clause's verb is not the date's.
    body = _blank(sent.text, [r.span() for r in _RELATIVE.finditer(sent.text) if not r.start() <= lo < r.end()])
    clause = _clause_at(body, lo, hi)
    # ("said it would report … on Nov. 5", "announced a split, effective Oct. 1": what was said is ahead)
    return bool(_PAST_VERB.search(clause)) and not _AHEAD_WORD.search(clause)


_WHEN = Folded(r",\s+(?:als|when)\s+")


def _when_clause_events(
    article: Article, sent: Sentence, table: EntityFinder, text: str, spans: list[tuple[int, int]],
    subject: Sequence[Entity] = (),
) -> list[_Candidate]:
    """ "seit dem 2. April, als Trump die Zölle angekündigt hatte": the date names the when-clause's event."""
    out: list[_Candidate] = []
    if not _WHEN.search(sent.text):
        return out
    for m in find_dates(sent.text, skip_quotes=True):
        w = _WHEN.regex.match(fold_text(sent.text), m.end)
        if w is None:
            continue
        stop = re.search(r"[,.;]", sent.text[w.end() :])
        clause = sent.text[w.end() : w.end() + (stop.start() if stop else len(sent.text))]
        entities = _unique([x.entity for x in table.find(clause)])
        if not any(e.type in TRADED for e in entities) and _IT.search(clause):
            # "since the company's previous report in late August, when it raised its forecast": the sentence's company
            entities = _unique([*entities, *[e for e in subject if e.type == "company"][:1]])
        kind = classify(clause, entities)
        if kind is None or kind == "market_move":
            continue
        if not _told_since(sent.text, m) and classify(sent.text[: m.start], entities) == kind:
            continue  # "had last cut rates in November 2020, when it lowered the cash rate to 0.1%": the same event told twice
        mention = m.shifted(sent.start)
        out.append(_Candidate(
            article=article, index=sent_index(article, sent), sentences=[sent], kind=kind, entities=entities, actor=None,
            amounts=find_amounts(clause, article.lang), percents=find_percents(clause, article.lang), mention=mention,
            mention_basis="own", future=is_future(clause), quoted=_quoted_words(text, spans, sent.start, sent.end),
            subject=None, clause=clause,
        ))
    return out


_SPEECH_INVERSION = Folded(r",\s+(?:schrieb|schrieben|sagte|sagten|teilte|teilten|erklärte|erklärten|kündigte)\b|"
                           # ", wie der Konzern am Dienstag mitteilte": the source, with its own date
                           r",\s+wie\s+[^,;]{0,120}?\b(?:mitteilte|mitteilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|"
                           r"bekanntgab|bekanntgaben|ankündigte|meldete|meldeten)\b|"
                           # English: a short subject before the verb (", the planemaker said"), not ", announced at …"
                           # (", and in August said they would …" is a joined clause of its own)
                           r",\s+(?!(?:and|but|while|then)\b)" + _SAID_AFTER)
_THEN = re.compile(r"(?<=,\s)damals\b")
_JOIN = Folded(r"\b(?:and|und|sowie|but|aber)\b|;|,\s+extending\b|,\s+(?=damals\b)|,\s+(?:while|whereas|während|followed by|gefolgt von)\b|"  # ", extending a 3.6% drop on Wednesday"
               # "Mitte der Woche stehen die PCE-Daten an, am Donnerstag bleiben die Börsen geschlossen": a clause of its own
               r",\s+(?=am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)|"
               # "Im Februar hatte ein Cyberangriff die Produktion lahmgelegt, im Juni musste der Konzern …"
               r",\s+(?=im\s+(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b)")
# "… and recovered", "… und erholte sich": a joined clause whose verb follows the "and" directly.
_JOIN_VERB = re.compile(r"\s(?:and|und)\s+(?=(?:then\s+|dann\s+)?[a-zäöü]+(?:ed|te|ten)\b)")
_WHILE_CLAUSE = re.compile(r",\s+(?:while|whereas|während)\s")
_CLAUSE_STOP = re.compile(r"[.;]|,\s+(?:and|und|but|aber|while|während)\b")


_PROBE = date(2025, 6, 15)  # any day: resolving a mention against it tells its granularity


def _last_told(own: list[DateMention | None], sents: Sequence[Sentence], text: str, back: int, ahead: bool = False,
               day_only: bool = False, background: bool = False) -> DateMention | None:
    """The latest date of the last ``back`` sentences that an anchor ("am selben Tag", "nachbörslich")
    can point at: not announced ahead (unless ``ahead``), not pluperfect background ("Bereits im März
    hatte …"); with ``day_only`` a day of its own, not a time of day."""
    for j in range(len(own) - 1, max(-1, len(own) - back - 1), -1):
        b = own[j]
        if b is None or (day_only and (b.rule == "same_day" or b.resolve(_PROBE).granularity != "day")):
            continue
        if b.resolve(_PROBE).granularity == "year":
            continue  # "hours later" after "… imposed on Google in 2018": no day to count from
        heading = _is_heading(sents[j].text, b.shifted(-sents[j].start))  # "Dec. 2 - …, effective Dec. 1": that day
        if not ahead and not heading and (_tense_at(text, sents[j], b) or classify(sents[j].text, []) == "scheduled"):
            continue
        if background or not _pluperfect_main(sents[j].text):
            return b  # (background may anchor background: "X hatte … gewarnt. Die Aktie war zwei Tage später gefallen")
    return None


def _joined_cut(text: str, found: list[DateMention]) -> int | None:
    """Where a second clause with a date of its own starts ("… on Monday and were flat on Tuesday")."""
    if len(found) < 2:
        return None
    first = found[0]
    inverted = _SPEECH_INVERSION.search(text)
    for m in found[1:]:
        if m.rule == "same_day" or m.text == first.text or (inverted is not None and m.start >= inverted.start()):
            continue  # "…, schrieb Trump am Montag": the saying's date, not a joined clause
        joins = list(_JOIN.regex.finditer(fold_text(text), first.end, m.end))  # (m.end: a join may look ahead at it)
        if joins and not _SPLIT_AT.search(text[first.end : m.start]):
            return joins[-1].start()
    return None


def _joined_clause_events(
    article: Article, sent: Sentence, i: int, main: DateMention, found: list[DateMention], main_kind: str,
    entities: list[Entity], found_entities: Sequence[EntityMention], table: EntityFinder, text: str,
    spans: list[tuple[int, int]],
) -> list[_Candidate]:
    """A second event joined to the first by "and"/"und" with a date of its own ("introduced the
    iPhone on Monday and said it will go on sale on Sept. 20"; "closed down 0.4% on Monday and
    were little changed on Tuesday")."""
    low = fold_text(sent.text)
    main_end = main.end - sent.start
    inverted = _SPEECH_INVERSION.search(sent.text)
    if inverted is not None and main.start - sent.start >= inverted.start():
        # "Er werde die Zölle am 20. Januar verhängen, schrieb Trump am Montag": what was said
        # is scheduled for its own (future) date; the saying is the main event.
        for m in found:
            mention = m.shifted(sent.start)
            if m.end <= inverted.start() and m.rule != "same_day" and _tense_at(text, sent, mention):
                clause = sent.text[: inverted.start()]
                ents = _unique(e.entity for e in found_entities if e.start < inverted.start()) or entities
                return [_Candidate(
                    article=article, index=i, sentences=[sent], kind="scheduled", entities=ents, actor=None,
                    amounts=find_amounts(clause, article.lang), percents=[], mention=mention, mention_basis="own",
                    future=True, quoted=_quoted_words(text, spans, sent.start, sent.end), subject=None, clause=clause,
                )]
    out: list[_Candidate] = []
    prev_end = main_end  # (each later clause opens after the one before: "… Home Depot on Tuesday and Target on Wednesday,
    for m in found:      # and to a speech by Powell on Thursday")
        if m.start < prev_end or m.rule == "same_day" or m.text == main.text:
            continue
        if m.rule in _FORECAST_PERIOD_RULES and _FORECAST_MODAL.search(sent.text, prev_end, m.end):
            continue  # "warned that sales in Latin America and the Caribbean would slump in the first half": a forecast's period
        joins = list(_JOIN.regex.finditer(low, prev_end, m.end))
        between = sent.text[joins[-1].start() if joins else prev_end : m.start]
        if not joins or _SPLIT_AT.search(between) or _WHEN.search(between):
            continue  # no second clause, or one the after/when rules read
        # (the clause opens at its first join: "…, while Home Depot and Lowe's report on Tuesday")
        start = joins[0].start()
        if sent.text[joins[-1].start()] == "," and not sent.text[joins[-1].end() : m.start].strip():
            start = joins[-1].start()  # "… Microsoft, Meta und Tesla, am Donnerstag folgt Apple": the list is the first clause's
        stop = _CLAUSE_STOP.search(sent.text, m.end)
        clause = sent.text[start : stop.start() if stop else len(sent.text)]
        own_ents = _unique(e.entity for e in found_entities if start <= e.start < (stop.start() if stop else len(sent.text)))
        # ("…, and to a speech by Fed Chair Jerome Powell on Thursday": a clause naming only a person is not the companies')
        ents = own_ents if any(e.type in TRADED for e in own_ents) or (own_ents and main_kind in ("scheduled", "earnings")) else entities
        kind = classify(clause, ents)
        if kind is None and main_kind == "market_move" and dict(KIND_PATTERNS)["market_move"].search(clause):
            kind = "market_move"  # "… and were little changed on Tuesday": the same stock, told without "shares"
        # "… later on Thursday, and the Bank of Japan meets on Friday", "Walmart reports on Thursday, while Home Depot
        # and Lowe's report on Tuesday": the next date of the calendar
        # ("Investors look to earnings from Home Depot on Tuesday and Target on Wednesday": results ahead are the calendar)
        calendar = main_kind in ("scheduled", "earnings") and not _PAST_VERB.search(clause) and _tense_at(text, sent, main)
        if kind is None and (main_kind == "scheduled" or calendar) and (calendar or _tense_at(text, sent, m.shifted(sent.start))):
            kind = "scheduled"
        if kind is None or re.search(r"\b(?:since|seit|bis)\b", clause, re.IGNORECASE):
            continue  # "… and have gained 40% since the election": a running total
        mention = m.shifted(sent.start)
        if m.rule in ANCHORED_RULES:
            mention = anchored(main, anchor_days(m), mention)  # "… two weeks ago … the next day"
        if kind == "market_move" and _tense_at(text, sent, mention):
            continue  # "… und dürfte am Dienstag ein Rekordhoch erreichen": an expectation, not a move
        subject = [e for e in ents if e.type in TRADED] if kind == "market_move" else None
        out.append(_Candidate(
            article=article, index=i, sentences=[sent], kind=kind, entities=ents, actor=None,
            amounts=find_amounts(clause, article.lang), percents=find_percents(clause, article.lang), mention=mention,
            mention_basis="own", future=_tense_at(text, sent, mention) or (kind == "scheduled" and calendar),
            quoted=_quoted_words(text, spans, sent.start, sent.end), subject=subject, clause=clause, listed=kind == "market_move",
        ))
        prev_end = m.end
    return out


def _mention_in_trigger_clause(text: str, kind: str, found: list[DateMention]) -> DateMention | None:
    """Of a sentence's mentions, the best one in the clause where the kind's trigger word stands."""
    trig = dict(KIND_PATTERNS)[kind].search(text)
    if trig is None:
        return None
    low = fold_text(text)
    breaks = [0, *(m.start() for m in _CLAUSE_BREAK.regex.finditer(low)), *(m.start() for m in _AND_AFTER.regex.finditer(low)),
              len(text)]
    lo = max(b for b in breaks if b <= trig.start())
    hi = min((b for b in breaks if b > trig.start()), default=len(text))
    return _pick_mention([m for m in found if lo <= m.start < hi])


def sent_index(article: Article, sent: Sentence) -> int:
    # Sentences are in text order: bisect (``list.index`` made long texts quadratic).
    return bisect_left(article.sentences, sent.start, key=lambda x: x.start)


_MEMBERSHIP_BEFORE = re.compile(r"\b(?:im|in|ins|des|unter den|among|in the|of the|an die|an der|from the|into the|on the|"
                                r"in den|aus dem|aus den|in die|out of the|join the|joins the|joined the|added to the)\s+"
                                # "in den Leitindex S&P 500", "join the benchmark S&P 500": the index named with its kind
                                r"(?:(?:Leitindex|Auswahlindex|Index|benchmark|index)\s+)?$",
                                re.IGNORECASE)  # ("Im MDax war das Papier … Schlusslicht": sentence-initial too)


def _drop_listing_places(text: str, found: list[EntityMention], company: bool = False) -> list[EntityMention]:
    """Without the index mentions that only say where a named stock is listed or goes
    ("größter Gewinner im Dax", "set to list on the Nasdaq", "aus dem Dax in den MDax"); ``company``: the
    sentence refers to one without naming it ("soll die Aktie im MDax gelistet werden")."""
    # "das Dax-Unternehmen", "ein Dax-Wert": a company described by its index, never the index itself.
    # ("Nasdaq listing rules", "the Nasdaq exchange": the market operator, not its index)
    # "at the Morgan Stanley Technology, Media & Telecom Conference": the host's name is part of an event's
    found = [m for m in found if not (m.entity.type == "company" and _EVENT_NAME_AFTER.match(text, m.end))]
    # ("an der Nasdaq": German names the exchange with "die", the index with "der Nasdaq")
    found = [m for m in found if not (m.entity.type == "index" and (
        _MEMBERSHIP_AFTER.match(text, m.end) or _EXCHANGE_AFTER.match(text, m.end) or _EXCHANGE_BEFORE.search(text, max(0, m.start - 8), m.start)))]
    if any(m.entity.type == "company" for m in found):
        # "answer questions in a Reddit AMA", "in einem YouTube-Video": the platform is where it is said.
        found = [m for m in found if not (_VENUE_AFTER.match(text, m.end) and _VENUE_BEFORE.search(text, max(0, m.start - 12), m.start))]
    if not company and not any(m.entity.type == "company" for m in found):
        return found
    return [m for m in found if not (m.entity.type == "index" and (
        _MEMBERSHIP_BEFORE.search(text, max(0, m.start - 25), m.start) or _MEMBERSHIP_AFTER.match(text, m.end)))]
_VENUE_BEFORE = re.compile(r"\b(?:in|on|during|via|im|in einem|in einer|auf|bei)\s+(?:an?|the|einem|einer)?\s*$")
_VENUE_AFTER = re.compile(r"[\s-](?:AMA|App Store|Play Store|Ask Me Anything|post|posts|thread|livestream|live stream|video|Video|podcast|Podcast|"
                          r"Space|Spaces|Beitrag|Post|Livestream|Interview|interview)\b")
_EXCHANGE_AFTER = re.compile(r"[\s-](?:listing|listed|debut|said|says|announced|rules?|exchange|Stock Exchange|Stock Market|delisting|compliance|Börse)\b|"
                             r"(?:\s+G[SM])?\s*:\s*[A-Z][A-Z0-9.]{0,7}\)")  # "(Nasdaq: MTSR)": where it is listed
_EVENT_NAME_AFTER = re.compile(r"(?:,?\s+(?:&\s+)?[A-Z][\w&.-]*){0,6}\s+(?:Conference|Summit|Konferenz|Forum)\b")
_EXCHANGE_BEFORE = re.compile(r"\b[Aa]n der\s+$")
_MEMBERSHIP_AFTER = re.compile(r"-(?:Spitze|Wert(?:e|es|en)?|Konzern(?:e|s|es|en)?|Schlusslicht|Mitglied|Liste|Titel|Unternehmens?)\b")


def _subject(text: str, found: Sequence[EntityMention], borrowed: Sequence[Entity] = (), *, units: bool = False) -> list[Entity] | None:
    """Companies/indices (of the mentions ``found`` in ``text``) in the clause before a
    causal or comparative connector. ``borrowed``: a company the sentence refers back to
    ("Die Aktie … war größter Gewinner im Dax": the company, not the index). ``units``: a company named
    only as a unit's parent stands for the unit (what moved)."""
    mentions = [m for m in found if m.entity.type in TRADED]
    if not mentions:
        return None
    first_cut = _CLAUSE_CUT.search(text)
    if borrowed and not any(m.start < (first_cut.start() if first_cut else len(text)) for m in mentions):
        return list(borrowed)  # "Die Aktie fiel … und zog auch BMW mit nach unten": the named ones are peers
    if borrowed and all(m.entity.type == "index" and (
            _MEMBERSHIP_BEFORE.search(text, max(0, m.start - 25), m.start) or _MEMBERSHIP_AFTER.match(text, m.end))
            for m in mentions):
        return list(borrowed)
    # Drop what stands in cause clauses: from a connector to the end of its clause
    # ("after the decision, and the S&P 500 rose": the S&P is back in a main clause).
    dropped: list[tuple[int, int]] = [m.span() for m in _APPOSITIVE.finditer(text)]  # ", a key supplier to Nvidia,"
    for cut in _CLAUSE_CUT.finditer(text):
        end = _CLAUSE_END.search(text, cut.end())
        dropped.append((cut.start(), end.start() if end else len(text)))
    kept = [m for m in mentions if not any(a <= m.start < b for a, b in dropped)]
    if any(m.entity.type == "company" for m in kept):
        # "größter Gewinner im Dax", "a Dax-Wert", "the top gainer in the S&P 500": the index
        # is where the stock is listed, not what moved.
        kept = [m for m in kept if not (m.entity.type == "index" and (
            _MEMBERSHIP_BEFORE.search(text, max(0, m.start - 25), m.start) or _MEMBERSHIP_AFTER.match(text, m.end)))]
    if len({m.entity for m in kept}) > 1 and "," in text and (rel := [r.span() for r in _RELATIVE.finditer(text)]):
        # "Die Continental-Aktie, die seit Donnerstag ohne den Anspruch auf Aumovio-Papiere gehandelt wird, verlor
        # 15 Prozent": a name inside the relative clause describes; the one outside moved.
        outside = [m for m in kept if not any(a <= m.start < b for a, b in rel)]
        kept = outside or kept
    if units and any(m.entity.type == "company" for m in kept) and (
            unit := {id(m): u for m in kept if (u := _unit_of(text, m)) is not None}):
        # "Die Delivery-Hero-Tochter Talabat ist … an der Börse gestartet", "Die abgespaltene Autozuliefersparte von
        # Continental hat … einen holprigen Start … hingelegt": the unit moved, a company the table may lack.
        return _unique(unit.get(id(m), m.entity) for m in kept)
    if len({m.entity for m in kept}) > 1:
        low = fold_text(text)
        if owners := [m for m in kept if _owns_shares(text, low, m)]:
            # "Die Probleme mit Triebwerken von Pratt & Whitney haben die Aktie des … MTU Aero Engines unter Druck
            # gesetzt": the stock named is what moved; a company in a "von …" attribute is part of the cause.
            kept = [m for m in kept if m in owners or not _ATTRIBUTE_BEFORE.search(text, low, pos=max(0, m.start - 8), endpos=m.start)]
    return _unique(m.entity for m in kept)


# "die Aktie des Münchner Triebwerksbauers MTU", "shares of Apple", "die MTU-Aktie": whose stock it is.
_SHARES_BEFORE = Folded(r"\b(?:aktien?|papiere?|anteilsscheine?)\s+(?:des|der|von)\s+(?:[\w-]+\s+){0,3}$|"
                        r"\b(?:shares|stock)\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}$")
_SHARES_AFTER = Folded(r"-?(?:aktien?|papiere?)\b|'?s?\s+(?:shares|stock)\b")
_ATTRIBUTE_BEFORE = Folded(r"\b(?:von|bei|mit|of|by|from|with)\s+$")


_UNIT_AFTER = re.compile(r"-(?:Tochter|Sparte|Einheit|Tochtergesellschaft)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})?")
_UNIT_BEFORE = Folded(r"\b\w*(?:sparte|tochter|tochtergesellschaft|einheit)\s+(?:von|des|der)\s+$|"
                      r"\b(?:unit|division|subsidiary|spin-?off)\s+of\s+(?:the\s+)?$",
                      needles=("sparte", "tochter", "einheit", "unit", "division", "subsidiary", "spin"))


def _unit_of(text: str, m: EntityMention) -> Entity | None:
    """The unit a company mention only describes ("Die Delivery-Hero-Tochter Talabat": Talabat), as a company
    without a ticker, or None."""
    if m.entity.type != "company":
        return None
    if (after := _UNIT_AFTER.match(text, m.end)) is not None:
        name = after["name"] or text[m.start : after.end()]
    elif (before := _UNIT_BEFORE.search(text, pos=max(0, m.start - 40), endpos=m.start)) is not None:
        name = text[before.start() : m.end]
    else:
        return None
    return Entity(name=name, type="company", ticker=None, aliases=(name,))


def _owns_shares(text: str, low: str, m: EntityMention) -> bool:
    """Whether ``m`` names whose stock the sentence tells of (``low``: ``fold_text(text)``, folded once per sentence)."""
    return bool(_SHARES_BEFORE.search(text, low, pos=max(0, m.start - 60), endpos=m.start)
                or _SHARES_AFTER.match(text[m.end:], low[m.end:]))


def _strip_quotes(text: str) -> str:
    for s, e in reversed(quoted_spans(text)):
        text = text[:s] + " " + text[e:]
    return text


def _pick_mention(mentions: list[DateMention]) -> DateMention | None:
    """The most precise mention of a sentence (a full date beats "last week")."""
    if not mentions:
        return None
    if len(mentions) > 1:
        # "zuletzt im Juli": "zuletzt" only says "recently"; the month says when.
        mentions = [m for m in mentions if m.rule != "recently"] or mentions
    order = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}
    # "in early trading on Monday": the weekday dates it; a time-of-day phrase only says "that day".
    # ("Over the weekend, … in an interview that aired Sunday": the day within the weekend)
    def rank(m: DateMention) -> tuple[bool, int, bool, int]:
        iv = m.resolve(_PROBE)
        return not m.absolute, order[iv.granularity], m.rule == "same_day", (iv.end - iv.start).days

    return min(mentions, key=rank)


def _unique(items: Iterable[Entity]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for e in items:
        seen.setdefault(e.name, e)
    return list(seen.values())


# --- publication dates --------------------------------------------------------------


def _pub_from_article(article: Article, lag: int) -> _Pub | None:
    if article.published is not None:
        latest = latest_explicit_date(article)
        p = article.published
        lo = p.start
        if latest and latest.end > lo and latest.end <= p.end:
            lo = latest.end  # the article reports that date, so it came out on or after it
        hi = p.end
        if p.granularity != "day" and latest is not None:
            hi = min(hi, max(lo, latest.end) + timedelta(days=lag))
        hi = max(hi, lo)
        basis = article.published_basis if p.granularity == "day" else f"{article.published_basis} {_fmt_iv(p)}"
        return _Pub(lo, lo, hi, basis)
    # (an undated article's background, "Zuletzt hatte die Zahl im Februar 2015 … gelegen", says little of when it was
    # written: only dates told as the story's own bound it)
    if (latest := latest_explicit_date(article, skip=_pluperfect_main)) is not None:
        return _Pub(latest.end, latest.end, latest.end + timedelta(days=lag),
                    f"inferred: on or after its latest date {latest.end}")
    return None


def _fmt_iv(iv: DateInterval) -> str:
    if iv.granularity == "month":
        return iv.start.strftime("%Y-%m")
    if iv.granularity == "year":
        return str(iv.start.year)
    return iv.start.isoformat() if iv.start == iv.end else f"{iv.start}..{iv.end}"


def _year_earlier(iv: DateInterval) -> DateInterval:
    def back(d: date) -> date:
        return d.replace(year=d.year - 1, day=min(d.day, 28) if (d.month, d.day) == (2, 29) else d.day)

    return DateInterval(back(iv.start), back(iv.end), iv.granularity)


def _resolve(c: _Candidate, pub: _Pub | None) -> None:
    if c.mention is None:
        return
    if c.mention.absolute:
        c.best = c.interval = c.mention.resolve(date(2000, 1, 1))
        # (a relative mention made absolute by its paragraph's heading date: see ``relative_to``)
        c.basis = f"'{c.mention.text}' relative to its paragraph's heading date" if c.mention.rule in _REFERENCE_RULES else "explicit date"
    elif pub is not None:
        c.best, c.interval = c.mention.resolve_range(pub.best, pub.lo, pub.hi, c.future)
        if (not c.future and c.best.start > pub.hi and c.mention.rule in ("month", "day_month", "month_day", "part_month")
                and _past_at(c)):
            # "The automakers agreed in March …" (written in December): the March before, not the coming one
            c.best, c.interval = _year_earlier(c.best), _year_earlier(c.interval)
        c.basis = f"'{c.mention.text}' relative to publication {pub.best} ({pub.basis})"
    if c.mention_basis == "inherited" and c.basis:
        c.basis += ", inherited from the sentence before"
    elif c.mention_basis == "next" and c.basis:
        c.basis += ", from the sentence after"


def _calendar_order(article: Article, cands: list[_Candidate], pub: _Pub | None) -> None:
    """A calendar of the coming week, told on a Friday ("Die wichtigsten Termine der kommenden Woche im
    Überblick: … Am Freitag steht der Arbeitsmarktbericht auf dem Programm"): its Friday is next week's,
    not today."""
    if pub is None:
        return
    intro = next((k for k, s in enumerate(article.sentences) if s.text.rstrip().endswith(":")
                  and any(m.rule == "next_week" for m in find_dates(s.text))), None)
    if intro is None:
        return
    week = timedelta(days=7)
    for c in cands:
        if (c.future and c.index > intro and c.mention is not None and c.mention.rule == "weekday" and c.best is not None
                and c.interval is not None and c.best.start == pub.best and c.mention_basis == "own"):
            c.best = DateInterval(c.best.start + week, c.best.end + week, c.best.granularity)
            c.interval = DateInterval(c.interval.start + week, c.interval.end + week, c.interval.granularity)
            c.basis += ", in the calendar of the coming week"


# --- similarity and merging -------------------------------------------------------

_DAY_NAMED_MOVE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Today|Yesterday)'s\s+(?:\w+\s+)?(?:decline|drop|fall|slide|"
                             r"selloff|sell-off|rally|gain|jump|plunge|rout|loss|losses|surge|slump|tumble)\b|"
                             r"(?:Der|Die|Das)\s+(?:Kurssturz|Kursrutsch|Kurseinbruch|Kursverlust|Kurssprung|Absturz|Einbruch|Minus|Plus)"
                             r"\s+(?:vom|am)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag)\b")


def _keys(c: _Candidate) -> set[str]:
    names = {e.name for e in c.entities if e.type != "person"}
    if c.actor is not None:
        names.add(c.actor.name)
    return names


# The day's extreme, told after its close ("Im frühen Handel war der Leitindex zeitweise um mehr als 2 Prozent
# eingebrochen", "fell as much as 4% at one point"): the same day's move, not another one.
_INTRADAY = Folded(r"\bzeitweise\b|\bzwischenzeitlich\b|\bim Tagesverlauf\b|\bim Handelsverlauf\b|\bin der Spitze\b|"
                   r"\bat one point\b|\bas much as\b|\bintraday\b|\bearlier in the session\b", re.IGNORECASE)


def _other_size(c: _Candidate, d: _Candidate) -> bool:
    """Both moves state a size and the sizes differ: two moves ("+6% after hours", "+2.2% in the session")."""
    if c.kind != "market_move" or not c.percents or not d.percents:
        return False
    if (c.interval is None or c.interval == d.interval) and (
            _INTRADAY.search(c.sentences[0].text) or _INTRADAY.search(d.sentences[0].text)) and (
            bool(_AFTER_HOURS.search(c.sentences[0].text)) == bool(_AFTER_HOURS.search(d.sentences[0].text))):
        # "plunged as much as 26% on Wednesday … The shares were down 22% at 1030 GMT": the session's extreme
        # and a later quote of the same session (not "+6% after hours" beside the session's close)
        return False
    return all(abs(abs(p.value) - abs(q.value)) > 0.5 for p in c.percents for q in d.percents)


def _other_stocks(c: _Candidate, d: _Candidate) -> bool:
    """``c`` is a move of other instruments than ``d`` ("The rally lifted other chip stocks: Marvell …")."""
    theirs = {e.name for e in (d.subject or d.entities) if e.type in TRADED}
    if c.kind != "market_move" or not c.subject or not theirs:
        return False  # "Japanese stocks fell" then "The Nikkei lost 12%": the same move, now named
    return not {e.name for e in c.subject} & theirs


def _amount_match(a: _Candidate, b: _Candidate) -> bool | None:
    if not a.amounts or not b.amounts:
        return None
    va, vb = max(x.value for x in a.amounts), max(x.value for x in b.amounts)
    return abs(va - vb) <= 0.1 * max(va, vb)


def _all_quoted(c: _Candidate) -> set[str]:
    words = set(c.quoted)
    for m in c.merged:
        words |= m.quoted
    return words


def _same_event(a: _Candidate, b: _Candidate) -> bool:
    if a.kind != b.kind:
        return False
    qa, qb = _all_quoted(a), _all_quoted(b)
    if len(qa & qb) >= 4 and len(qa & qb) >= 0.3 * min(len(qa), len(qb)):
        return True
    if a.actor is not None and b.actor is not None and a.kind in ("social_post", "statement"):
        return a.actor.name == b.actor.name and bool(qa & qb)
    shared = _keys(a) & _keys(b)
    if not shared:
        return False
    am = _amount_match(a, b)
    if am is False:
        return False
    tickers_a = {e.ticker for e in a.entities if e.ticker}
    tickers_b = {e.ticker for e in b.entities if e.ticker}
    if tickers_a and tickers_b and not tickers_a & tickers_b:
        return False
    return am is True or a.kind not in ("market_move", "investment")


def _merge_within(cands: list[_Candidate]) -> list[_Candidate]:
    """Join undated sentences to the dated event they belong to (same article)."""
    by_index: dict[int, list[_Candidate]] = {}
    for x in cands:
        by_index.setdefault(x.index, []).append(x)

    def near_before(c: _Candidate, k: int) -> list[_Candidate]:
        """Candidates starting 1..k sentences before ``c``, nearest first."""
        return [d for j in range(c.index - 1, c.index - k - 1, -1) for d in by_index.get(j, [])]

    def follows_move(c: _Candidate) -> _Candidate | None:
        """A move sentence that only continues the move just before it ("The rally added $200bn")."""
        if c.kind != "market_move" or c.shift_days:  # ("…, a day after it doubled": another day's move)
            return None
        # "The drop wiped $19bn off Micron's market value" may come a few sentences later.
        reach = 6 if _CONTINUATION.match(c.sentences[0].text) else 3
        for d in near_before(c, reach):
            if d.kind != "market_move" or d.interval is None or d.mention_basis != "own":
                continue
            if (c.index - d.index > 3 and not _keys(c) & _keys(d)) or _other_stocks(c, d) or _other_size(c, d):
                continue
            no_subject = not c.subject  # names no stock of its own ("Der Börsenwert kletterte damit")
            # "Japanese stocks ..." then "The Nikkei ...": one move, now named (but a list of
            # several indices after "U.S. stocks tumbled" are moves of their own).
            # ("Der Schweizer Aktienmarkt hat am Donnerstag zugelegt. Gestützt wurde der SMI von … Der SMI schloss …":
            # a sentence between that tells no event of its own does not part them)
            d_unnamed = (c.index - d.index <= 2 and not any(by_index.get(j) for j in range(d.index + 1, c.index))
                         and not (d.subject or []) and not c.listed)
            same_story = (c.mention_basis == "inherited" or _CONTINUATION.match(c.sentences[0].text)) and _keys(c) & _keys(d)
            if no_subject or d_unnamed or same_story:
                return d
        return None

    absorbed = []
    for c in cands:
        # A time of day ("am Nachmittag") dates nothing new: such a sentence may continue the move before it.
        time_of_day = c.mention is not None and c.mention.rule == "same_day" and c.mention_basis == "own"
        # "Wednesday's decline wiped about $32 billion off its market capitalization": the move just told, named by its day
        day_named = c.kind == "market_move" and c.mention_basis == "own" and not c.subject and bool(
            _DAY_NAMED_MOVE.match(c.sentences[0].text))
        d = follows_move(c) if (c.interval is None or c.mention_basis == "inherited" or time_of_day) else None
        if day_named:
            d = next((x for x in near_before(c, 8) if x.kind == "market_move" and x.interval == c.interval
                      and x.mention_basis == "own" and x.subject), None)
        if d is not None and time_of_day and (d.interval != c.interval or d.sentences[0].paragraph != c.sentences[0].paragraph):
            d = None  # (a live ticker's next stamped entry, "09:40 Uhr - Gegen den Trend legen Rüstungswerte zu", is news of its own)
        if d is not None:
            d.merged.append(c)
            absorbed.append(c)
    gone = {id(a) for a in absorbed}
    cands = [c for c in cands if id(c) not in gone]
    dated = [c for c in cands if c.interval is not None]
    # A far match needs a shared name (actor or entity), a near one is at most 3 sentences back:
    # index the dated candidates by (kind, name) so long texts do not compare every pair.
    position = {id(d): n for n, d in enumerate(dated)}
    dated_by_name: dict[tuple[str, str], list[_Candidate]] = {}
    for d in dated:
        for name in _keys(d):
            dated_by_name.setdefault((d.kind, name), []).append(d)
    keep: list[_Candidate] = list(dated)
    for c in cands:
        if c.interval is not None:
            continue
        if c.shift_days:  # dated from its sentence's day later; another day's event, never a part of one
            keep.append(c)
            continue
        target = None
        # Same actor anywhere in the article, else nearby, else the same amount.
        far = (c.kind in ("social_post", "statement") and c.actor is not None) or c.amounts
        # ("The court appointed Alvarez & Marsal as liquidators": a nameless part of the failure told a few lines up)
        reach = 6 if c.kind == "bankruptcy" and not _keys(c) else 3
        if far:
            found = {id(d): d for name in _keys(c) for d in dated_by_name.get((c.kind, name), [])}
            found.update((id(d), d) for d in near_before(c, 3) if id(d) in position)
            pool = sorted(found.values(), key=lambda d: position[id(d)])
        else:
            pool = near_before(c, reach)
        for d in pool:
            if d.kind != c.kind or d.interval is None or _other_stocks(c, d) or _other_size(c, d):
                continue
            same_actor = c.actor is not None and d.actor is not None and c.actor.name == d.actor.name
            if c.kind in ("social_post", "statement") and same_actor:
                target = d
                break
            near_after = 0 < c.index - d.index <= reach
            # The very next sentence of a deal or a decision tells more of it when one of the two names no one
            # listed: "Die Aktionäre erhalten 11,45 Dollar je Aktie in bar." (the terms); "Die EU-Kommission hat
            # Strafen verhängt. Apple muss 500 Millionen Euro zahlen" (whom it is about). (A results figure after
            # the results is an item of its own: "Der Umsatz sank um 0,6 Prozent".)
            unnamed_next = (c.index == d.index + len(d.sentences) and c.sentences[0].paragraph == d.sentences[-1].paragraph
                            and ((c.kind == "investment" and not _keys(c)) or (c.kind in ("regulation", "investment") and not (
                                _keys(d) - {e.name for e in d.entities if e.type == "private"}))))
            # "NVIDIA today reported revenue of $39.3 billion … For the quarter, GAAP earnings per diluted share were
            # $0.89": a figure naming no one, right after results told in figures, is part of them (after "Das gab
            # … bei der Vorlage der Quartalszahlen bekannt" it is the results' only item).
            figure = c.kind == "earnings" and not _keys(c) and 0 < c.index - d.index <= 2 and bool(d.amounts or d.percents)
            # "U.S. stocks tumbled on Friday after a surprisingly weak jobs report … Employers added just 114,000 jobs
            # in July, the Labor Department said": a nameless happening told again, naming no one either
            nameless = not _keys(c) and ((c.kind == "other" and d.cause and not _keys(d))
                                         # "A court ordered the liquidation of Evergrande … The court appointed … as liquidators"
                                         or c.kind == "bankruptcy")
            if (near_after and (_keys(c) & _keys(d) or _CONTINUATION.match(c.sentences[0].text) or unnamed_next or figure
                                or nameless)) or (
                _amount_match(c, d) and _keys(c) & _keys(d)
            ):
                target = d
                break
        if target is None:
            # "Siemens übernimmt Altair. Die Münchner bieten 113 Dollar je Aktie, wie sie am
            # Mittwochabend mitteilten.": the lead names the parties, the next sentence dates it.
            target = next((d for d in by_index.get(c.index + 1, []) if d.kind == c.kind and d.interval is not None
                           and d.sentences[0].paragraph == c.sentences[0].paragraph and not _other_stocks(c, d)
                           and not _other_size(c, d)
                           # ("O'Leary sagte, …. Bereits im Mai hatte der Konzern gewarnt": what was said before, not its date)
                           and not (c.kind in ("statement", "market_move") and _pluperfect_main(d.sentences[0].text))), None)
        if target is not None:
            target.merged.append(c)
        else:
            keep.append(c)
    # Consecutive undated sentences where the second continues the first: one event.
    keep.sort(key=lambda c: c.index)
    out: list[_Candidate] = []
    for c in keep:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.kind == c.kind and c.index == prev.index + len(prev.sentences)
            and _CONTINUATION.match(c.sentences[0].text)
            and (c.interval is None or c.mention_basis == "inherited")
            and (prev.interval is None) == (c.interval is None)
        ):
            prev.sentences.append(c.sentences[0])
            prev.entities = _unique(prev.entities + c.entities)
            prev.amounts += c.amounts
            prev.percents += c.percents
            prev.quoted |= c.quoted
            continue
        out.append(c)
    return out


# --- titles -------------------------------------------------------------------------

_PRODUCT = re.compile(r"\b([A-Z][\w-]*[0-9][\w.-]*|[A-Z]{1,3}-?\d[\w.]*)\b")


def _product_name(article: Article, org: Entity) -> str:
    """``DeepSeek R1``: the entity followed by a model-like token anywhere in the article."""
    return _product_in(article.text, org.name, tuple(org.aliases))


@functools.lru_cache(maxsize=256)  # once per article and company, not per sentence: keeps long texts linear
def _product_in(text: str, name: str, aliases: tuple[str, ...]) -> str:
    counts: dict[str, int] = {}
    for alias in aliases:
        for m in re.finditer(re.escape(alias) + r"(?:s|'s)?[\s-]+([A-Z][\w.-]*\d[\w.-]*)", text):
            counts[f"{name} {m.group(1)}"] = counts.get(f"{name} {m.group(1)}", 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else name


def _own_sums(amounts: list[Amount], split_at: int | None) -> list[Amount]:
    """The sums of the main clause when it tells any ("is selling Family Dollar for about $1 billion, nearly a
    decade after it bought the retailer for $8.5 billion": the earlier deal's price is not this one's)."""
    if split_at is None or not any(a.start < split_at for a in amounts):
        return amounts
    return [a for a in amounts if a.start < split_at]


def _sizes(c: _Candidate) -> list[Amount]:
    """The money amounts that size the event. A move's money is a change in value; sums
    under a million are prices ("kostete 73,90 Dollar", "to $205") or per-share changes."""
    if c.kind != "market_move":
        return c.amounts
    return [a for a in c.amounts if a.value >= 1e6]


def _title(c: _Candidate, direction: str | None, kind: str | None = None, entities: Sequence[Entity] | None = None) -> str:
    """The event's title; ``kind``/``entities`` override the candidate's (no copy of it needed)."""
    kind = kind or c.kind
    ents = [e for e in (c.entities if entities is None else entities) if e.type in (*TRADED, "private")]
    stocks = [e for e in ents if e.type == "company"]
    org_ent = ents[0] if ents else None
    org_name = (c.actor.person_of if c.actor and c.actor.person_of else None) or (org_ent.name if org_ent else None)
    text = c.text
    money = max(_sizes(c), key=lambda a: a.value) if _sizes(c) else None
    qual = {"below": "almost ", "above": "over ", "about": "~"}.get(money.qualifier or "", "") if money else ""
    if kind == "market_move":
        if c.subject and any(e.type in TRADED for e in c.subject):
            stocks = [e for e in c.subject if e.type == "company"]  # what moved, not what the sentence also names
        named = stocks or [e for e in ents if e.type in ("index", "crypto", "commodity", "fx")]
        subj = named[0] if named else None
        name = subj.name if subj else ("Tech market" if _TECH.search(text) else "Market")
        verb = "loses" if direction == "down" else "gains" if direction == "up" else "moves"
        if money:
            what = " in market value" if _MARKET_VALUE.search(text) else ""
            return f"{name} {verb} {qual}{format_money(money.value, money.currency)}{what}"
        pcts = c.percents or [p for x in c.merged if x.kind == "market_move" for p in x.percents]  # size told next
        if pcts:
            p = max(pcts, key=lambda p: abs(p.value))
            val = -abs(p.value) if direction == "down" and not p.signed else p.value
            if direction is None and not p.signed:
                return f"{name} {val:.1f}%"  # no sign we could read: claim none
            return f"{name} {val:+.1f}%".replace("-", "−")
        return f"{name} {'falls' if direction == 'down' else 'rises' if direction == 'up' else 'moves'}"
    if kind == "social_post":
        who = c.actor.name if c.actor else (org_name or "Post")
        platform = next((p for p, rx in _PLATFORM if rx.search(text)), "social media")
        return f"{who} post on {platform}"
    if kind == "model_release":
        return f"{_product_name(c.article, org_ent)} release" if org_ent else "Release"
    if kind == "investment":
        noun = ("joint venture" if re.search("Joint Venture", text, _I) else
                "AI infrastructure plan" if re.search("Infrastruktur|infrastructure", text, _I) else
                "acquisition" if re.search(r"Übernahme|übernimmt|acqui|takeover", text, _I) else "investment")
        who = org_name or (c.actor.name if c.actor else "")
        return f"{who} {qual}{format_money(money.value, money.currency)} {noun}".strip() if money else f"{who} {noun}".strip()
    who = org_name or (c.actor.name if c.actor else "")
    label = {"earnings": "results", "regulation": "policy", "outage": "outage", "bankruptcy": "failure",
             "statement": "statement", "scheduled": "scheduled", "other": "event"}[kind]  # fmt: skip
    if kind == "scheduled":
        low = (c.clause or text).lower()
        what = next((lab for key, lab in _SCHEDULED_LABELS if key in low), "event")
        return f"{who} {what} (scheduled)".strip() if who else f"{what.capitalize()} (scheduled)"
    if kind == "regulation":
        m = dict(KIND_PATTERNS)["regulation"].search(text)
        found = m.group(0).lower() if m else ""
        label = next((lab for key, lab in _REGULATION_LABELS if key in found), "policy")
    return f"{who} {label}".strip().capitalize() if not who else f"{who} {label}"


# What a scheduled item is, for its title (first keyword found in the sentence wins).
_SCHEDULED_LABELS = (
    ("hauptversammlung", "annual meeting"), ("annual meeting", "annual meeting"), ("shareholder meeting", "annual meeting"),
    ("kapitalmarkttag", "capital markets day"), ("investor day", "investor day"), ("investor community", "investor meeting"),
    ("zinsentscheid", "rate decision"), ("zinssitzung", "rate decision"), ("leitzins", "rate decision"),
    ("policy meeting", "policy meeting"), ("meeting", "meeting"), ("sitzung", "meeting"), ("frist", "deadline"),
    ("deadline", "deadline"), ("in kraft", "takes effect"), ("effective", "takes effect"), ("verhandl", "negotiations"),
    ("talks", "talks"), ("results", "results"), ("zahlen", "results"), ("earnings", "results"), ("split", "stock split"),
    ("policy decision", "rate decision"), ("rate decision", "rate decision"),
)  # fmt: skip

# Keyword in the regulation trigger -> label for the title (first hit wins).
_REGULATION_LABELS = (
    ("zins", "rate decision"), ("rate", "rate decision"), ("zoll", "tariffs"), ("zöll", "tariffs"),
    ("tarif", "tariffs"), ("sanktion", "sanctions"), ("sanction", "sanctions"), ("export", "export controls"),
    ("kartell", "antitrust"), ("antitrust", "antitrust"), ("grounded", "grounding"), ("flugverbot", "grounding"),
    ("startverbot", "grounding"), ("gesetz", "legislation"), ("law", "legislation"), ("finanzpaket", "legislation"),
    ("agreed", "agreement"), ("einig", "agreement"), ("beschl", "decision"), ("verabschiedet", "decision"),
)  # fmt: skip


_SIZE_AT = re.compile(r"\d[\d.,]*\s?(?:%|Prozent|percent|per cent)")
_SIZE_ADVERB = re.compile(r"\s+(?:(?P<up>höher|fester|mehr|im Plus|higher|up)|tiefer|schwächer|leichter|weniger|im Minus|lower|down)\b")


def _direction(c: _Candidate) -> str | None:
    if c.kind != "market_move":
        return None
    signed = [p.value for p in c.percents if p.signed]
    if signed:
        return "down" if signed[0] < 0 else "up"
    text = _strip_quotes(c.clause or c.text)
    if (swing := _EARLIER_SWING.search(text)) is not None:
        text = text[: swing.start()]  # "…, erasing an earlier drop": the direction is the main clause's
    if (cut := _SPLIT_AT.search(text)) is not None and (
            _DOWN.count(text[: cut.start()]) + _UP.count(text[: cut.start()])):
        text = text[: cut.start()]  # "zugelegt, nachdem sie am Montag eingebrochen war": the main clause's verb
    down, up = _DOWN.count(text), _UP.count(text)
    if down == up != 0 and (size := _SIZE_AT.search(text)) is not None:
        # "recovered some of Wednesday's losses, when the S&P 500 fell 2.6%": the verb told with the size
        # ("notierte am Mittag 0,2 Prozent höher": a German adverb right after it says it first)
        if (adverb := _SIZE_ADVERB.match(text, size.end())) is not None:
            return "up" if adverb["up"] else "down"
        told = [(m.end(), way) for way, words in (("down", _DOWN), ("up", _UP))
                for m in words.finditer(text) if m.end() <= size.start()]
        if told:
            return max(told)[1]
    if down == up == 0 and c.clause:
        # "Infineon verloren 4,7 Prozent, Aixtron 5,3 Prozent": the verb left out is the sentence's.
        text = _strip_quotes(c.text)
        down, up = _DOWN.count(text), _UP.count(text)
    return "down" if down > up else "up" if up > down else None


# --- the public function --------------------------------------------------------------


def extract_events(
    articles: Sequence[Article],
    *,
    entities: EntityTable | None = None,
    report_lag_days: int = REPORT_LAG_DAYS,
    warn: Any = None,
) -> list[Event]:
    """Extract dated events from articles; merge the same event across articles.

    ``warn`` is called with a message for articles whose date could not be found.

    Example:
        >>> from timeline.articles import parse_article
        >>> a = parse_article("date 2025-01-31\\nGestern stürzte die Aktie von Tesla um 12 Prozent ab.", "t.txt")
        >>> e = extract_events([a])[0]
        >>> e.kind, e.date.isoformat(), e.tickers, e.percent, e.direction
        ('market_move', '2025-01-30', ('TSLA',), -12.0, 'down')
    """
    table = entities or EntityTable.load()
    per_article = {a.source: _candidates(a, table.in_text(a.text)) for a in articles}
    pubs: dict[str, _Pub | None] = {a.source: _pub_from_article(a, report_lag_days) for a in articles}

    for a in articles:
        if warn is not None and "a guess" in a.published_basis:
            # ("TOKYO, Feb 13 (Reuters) - … on Thursday" with no year anywhere: see articles._yearless_dateline)
            warn(f"{a.source}: the year of its dateline is a guess ({a.published_basis}); "
                 "pass --published YYYY-MM-DD if it is older")
        for c in per_article[a.source]:
            _resolve(c, pubs[a.source])
            pub = pubs[a.source]
            if c.kind == "market_move" and c.interval is not None and pub is not None and c.interval.start > pub.hi:
                # A move is never ahead of the report that tells it: the date belongs to something else.
                c.mention, c.interval, c.best, c.basis = None, None, None, ""
        _calendar_order(a, per_article[a.source], pubs[a.source])

    # Undated articles: an event they share with a dated article bounds them from below.
    for a in articles:
        if pubs[a.source] is not None:
            continue
        lower: date | None = None
        why = ""
        for c in per_article[a.source]:
            for other in articles:
                if other.source == a.source or pubs[other.source] is None:
                    continue
                for d in per_article[other.source]:
                    group = [d] + [x for x in per_article[other.source] if x.interval is None and x.kind == d.kind]
                    if d.interval is None:
                        continue
                    # The article reports the event, so it appeared on or after the event's start.
                    if any(_same_event(c, g) for g in group) and (lower is None or d.interval.start > lower):
                        lower, why = d.interval.start, f"reports '{_title(d, None)}' ({_fmt_iv(d.interval)}) like {other.source}"
        if lower is not None:
            pubs[a.source] = _Pub(lower, lower, lower + timedelta(days=report_lag_days), f"inferred: {why}")
            for c in per_article[a.source]:
                _resolve(c, pubs[a.source])
        elif warn is not None:
            warn(f"{a.source}: no publication date found and none could be inferred; "
                 "relative dates in it are skipped (pass --published YYYY-MM-DD)")

    events: list[Event] = []
    for a in articles:
        cands = _merge_within(per_article[a.source])
        pub = pubs[a.source]
        dated = [c for c in cands if c.interval is not None]  # in sentence order
        dated_at = [c.index for c in dated]
        # Precise (day/week) events open the story; "zuletzt" and the like are too vague.
        story_start = min(
            (c.interval.start for c in dated if c.interval and c.best and c.best.granularity in ("day", "week")),
            default=None,
        )
        # The lede: the first precisely dated event. A lede before publication means the
        # report follows up on it, and an undated move is (probably) the reaction to it.
        lede = next((c for c in sorted(dated, key=lambda c: c.index)
                     if c.interval and c.best and c.best.granularity in ("day", "week") and not c.future
                     and not _pluperfect_main(c.sentences[0].text)), None)  # "X hatte am Montag …": background
        lede_before = lede is not None and pub is not None and lede.interval is not None and lede.interval.start < pub.lo
        if lede_before and lede is not None and any(c.reaction and c.index <= lede.index for c in cands):
            # "Microsoft slid 6% even after its results topped estimates on Wednesday evening": the story opens
            # with today's reaction; the earlier day is only its cause.
            lede_before = False
        for c in cands:
            exact_pub = pub is not None and pub.lo == pub.hi
            # "Alphabet rose 5.6% after Google unveiled Willow on Monday", "in early trading": the report's day.
            today = c.kind == "market_move" and (c.reaction or bool(_TODAY_MOVE.search(c.clause or c.sentences[0].text)))
            if c.interval is None and c.kind == "market_move" and not (today and exact_pub):
                _date_from_context(c, dated, dated_at, lede.interval.start if lede is not None and lede.interval else None,
                                   pub.hi if pub is not None else None)
            opens_story = story_start is not None and pub is not None and story_start < pub.lo
            present = c.kind == "market_move" and (today or bool(_PRESENT_MOVE.search(c.clause or c.sentences[0].text)))
            # Undated statements are mostly quotes around the news; one told to the press is news of the day.
            same_day_kind = c.kind in SAME_DAY_KINDS or (c.kind == "statement" and bool(_TO_THE_PRESS.search(c.text)))
            # An analyst's call is the report's own news even after background that opens the story.
            analyst = c.kind == "statement" and bool(_ANALYST_CALL.search(c.text))
            if (c.interval is None and (same_day_kind or analyst) and pub is not None and pub.lo == pub.hi
                    # (a move told before the lede is the report's own news: "The S&P 500 sank 4.8%. … Trump on
                    # Wednesday afternoon announced …")
                    and (present or analyst or not ((lede_before and lede is not None and c.index > lede.index)
                                                    if c.kind == "market_move" else opens_story))
                    and not _future_main(c.text)):  # "soll erst 2026 …" is no news of the day
                # A report with an exact date that states a move/decision without a date
                # reports that day's news ("The Dow dropped 2.6%") unless its lede is an
                # earlier event. Other kinds only when no earlier event opens the story at
                # all: then they mostly elaborate on it ("Revenue rose 6%" after "Apple
                # reported on Thursday"), while a move after background ("Boeing hatte vor
                # drei Wochen …") is still the day's.
                c.best = c.interval = DateInterval.day(pub.best)
                c.basis = f"not dated in its sentence: the publication day {pub.best} ({pub.basis})"
            if c.shift_days and c.interval is not None and c.best is not None:
                step = timedelta(days=c.shift_days)
                c.best = DateInterval(c.best.start + step, c.best.end + step, c.best.granularity)
                c.interval = DateInterval(c.interval.start + step, c.interval.end + step, c.interval.granularity)
                c.basis = f"{-c.shift_days} day(s) before its sentence's day; {c.basis}"
            if c.interval is None:
                if c.kind == "market_move" and pub is not None:
                    lo = story_start or (pub.lo - timedelta(days=report_lag_days))
                    c.interval = c.best = DateInterval(min(lo, pub.hi), pub.hi, _gran_for(lo, pub.hi))
                    c.basis = f"not dated in the text: story window {lo}..{pub.hi} (earliest dated event .. publication)"
                else:
                    continue  # undated and not pinnable: not an event on a timeline
            if c.best is not None and c.best.granularity == "year":
                continue  # "in 2019": background, too coarse for a market timeline
            events.append(_to_event(c, pub))

    return Events(merge_events(_adopt_undated(events, per_article, articles)))


def _adopt_undated(
    events: list[Event], per_article: dict[str, list[_Candidate]], articles: Sequence[Article]
) -> list[Event]:
    """Undated candidates that match a dated event elsewhere become sources of it."""
    out = list(events)
    if len(articles) < 2:
        return out

    def told_by(e: Event, c: _Candidate) -> bool:
        """A dated candidate behind ``e`` (same title) is the same happening as ``c``."""
        return any(
            d.interval is not None and _title(d, _direction(d)) == e.title and _same_event(c, d)
            for other in articles if other.source in e.sources for d in per_article[other.source]
        )

    for a in articles:
        for c in per_article[a.source]:
            if c.interval is not None or any(c in d.merged for d in per_article[a.source]):
                continue
            for i, e in enumerate(out):
                if a.source in e.sources or e.kind != c.kind or not told_by(e, c):
                    continue
                out[i] = replace(
                    e, sources=(*e.sources, a.source), quotes=(*e.quotes, c.text),
                    offsets=(*e.offsets, (a.source, c.sentences[0].start, c.sentences[-1].end)),
                    source="; ".join((*e.sources, a.source)),
                )
                break
    return out


_SAID_VERB = re.compile(r"\b(?:said|says|told|announced|sagte|sagten|erklärte|erklärten)\b")


def _future_main(text: str) -> bool:
    """The sentence's first clause reads ahead ("Sie soll erst 2026 …"; not "… but signalled cuts next year")."""
    body = _strip_quotes(text)
    if (said := _SAID_VERB.search(body)) is not None:
        body = body[: said.end()]  # "The retailer said it's forecasting slower growth": the saying is today's news
    brk = _CLAUSE_BREAK.search(body)
    return is_future(body[: brk.start()] if brk else body)


def _pluperfect_main(text: str) -> bool:
    """The main clause is in the pluperfect ("Verdi hatte … angekündigt"; not "… after X had resigned")."""
    text = _blank(text, [r.span() for r in _RELATIVE.finditer(text)])  # "…, which had argued …," is not the main verb
    cut = _SPLIT_AT.search(text)
    end = cut.start() if cut else len(text)
    if (said := _SAID_VERB.search(text, 0, end)) is not None and not _PLUPERFECT.search(text, endpos=said.start()):
        end = said.end()  # "UniCredit said on Monday it had raised its stake": what was said is reported, not the main verb
    return bool(_PLUPERFECT.search(text, endpos=end))


def _date_from_context(c: _Candidate, dated: list[_Candidate], dated_at: list[int], lede_day: date | None = None,
                       latest: date | None = None) -> None:
    """An undated move in a report is dated by what it follows: the nearest earlier
    dated market move ("Auch der Dax gab nach"), else a dated event at most two
    sentences before ("The Dow hit a record after the decision")."""
    # Look back at most CONTEXT_SENTENCES: a report's earlier move is in the same section.
    # ``dated`` is in sentence order (``dated_at`` its indices): bisect to the window so long texts stay linear.
    window = dated[bisect_left(dated_at, c.index - CONTEXT_SENTENCES) : bisect_left(dated_at, c.index)]
    # "Verdi hatte den Ausstand am Montag angekündigt. Die Aktie verlor 2 Prozent": the
    # pluperfect tells background; it dates nothing after it.
    # (a scheduled item, or anything after the report's day, dates nothing before it: "The levies take effect on April 9.")
    before = [d for d in window if d.best is not None and d.best.granularity == "day" and not d.future and d.kind != "scheduled"
              and not (latest is not None and d.best.start > latest) and not d.cause and not _pluperfect_main(d.sentences[0].text)]
    moves = [d for d in before if d.kind == "market_move"]
    src = max(moves, key=lambda d: d.index) if moves else None
    if src is not None and src.interval is not None and any(
            d.index > src.index and d.interval is not None and d.interval.start > src.interval.end for d in before):
        # "The stock jumped the following day [Sept 20]. … the company said late Tuesday [Oct 1]. Rival Adidas
        # rose 1.2%": the story has moved past that move; the report's own day decides (see extract_events).
        return
    if src is None:
        # (not background older than the lede: "UniCredit said on Monday … The government said on Friday …
        # Commerzbank shares rose 2.3%" is Monday's move)
        near = [d for d in before if c.index - d.index <= 2 and (lede_day is None or d.interval is None or d.interval.start >= lede_day)]
        src = max(near, key=lambda d: d.index) if near else None
    if src is not None and src.best is not None and src.interval is not None:
        c.best, c.interval = src.best, src.interval
        c.basis = f"not dated in its sentence: same day as {_fmt_iv(src.best)} ('{src.sentences[0].text[:40]}…')"


def _gran_for(lo: date, hi: date) -> str:
    days = (hi - lo).days + 1
    return "day" if days <= 1 else "week" if days <= 7 else "month"


def _to_event(c: _Candidate, pub: _Pub | None) -> Event:
    assert c.interval is not None and c.best is not None
    all_c = [c, *c.merged]
    ents = _unique(e for x in all_c for e in x.entities)
    # The stocks of the event are those its main sentence is about; merged sentences
    # only add stocks when the main one names none.
    primary_ents = c.subject if c.subject is not None else c.entities
    # A move whose only named companies are causes ("as the threat from Tesla ...") gets none.
    pool = primary_ents if (any(e.ticker for e in primary_ents) or c.subject == []) else ents
    if c.kind == "market_move" and c.subject and all(e.type == "company" and not e.ticker for e in c.subject):
        # "Die Delivery-Hero-Tochter Talabat ist … an der Börse gestartet": a company the table lacks moved; no
        # ticker is guessed, and the parent it was named by is not a party of the move.
        pool = ents = _unique([*c.subject, *(e for e in ents if e.type not in TRADED)])
    if c.kind == "investment" and any(x.kind == "investment" for x in c.merged):
        pool = ents  # "Zalando will About You übernehmen. Zalando bietet …, wie … mitteilte": both parties
    if c.subject == [] and not any(e.ticker for e in pool):
        # "Die Ölpreise legten zu. Brent kostete 1,6 Prozent mehr": the merged move names the instrument.
        pool = _unique(e for x in c.merged if x.kind == "market_move" for e in (x.subject or []))
    tickers = tuple(dict.fromkeys(e.ticker for e in pool if e.ticker and e.type in TRADED))
    amounts = [a for x in all_c for a in _sizes(x)]
    money = max(_sizes(c) or amounts, key=lambda a: a.value) if (_sizes(c) or amounts) else None
    pct = next((p for x in all_c for p in x.percents), None)
    direction = _direction(c)
    if pct is not None and direction == "down" and not pct.signed:
        pct = replace(pct, value=-abs(pct.value))
    kind = c.kind
    # (a day after the report is ahead whatever the tense: "Die Lufthansa veröffentlicht ihre Zahlen am 31. Juli")
    if pub is not None and ((c.future and c.best.start >= pub.best) or c.best.start > pub.hi) and kind in (
            "earnings", "regulation", "statement", "other"):
        kind = "scheduled"
    quotes = tuple(x.text for x in all_c)
    offsets = tuple((x.article.source, x.sentences[0].start, x.sentences[-1].end) for x in all_c)
    best_day = c.best.start
    if c.best.granularity == "day" and c.best.days == 3 and (c.mention is None or c.mention.rule != "weekday_range"):
        best_day = c.best.start + timedelta(days=1)  # "vor zwei Wochen": the exact day, +-1 kept in start/end
    return Event(
        date=best_day,
        start=c.interval.start,
        end=c.interval.end,
        granularity=c.best.granularity if c.best.granularity != "quarter" and c.best.granularity != "year" else "month",
        kind=kind,
        # A scheduled item is titled after what is scheduled ("Rate decision (scheduled)").
        title=(_title(c, direction, entities=ents) + " (scheduled)"
               if kind == "scheduled" and c.kind != "scheduled" else _title(c, direction, kind=kind, entities=ents)),
        tickers=tickers,
        quote=c.text,
        source=c.article.source,
        published=pub.best if pub else None,
        sources=(c.article.source,),
        quotes=quotes,
        # The actor's company counts as involved: Altman's announcement is OpenAI's.
        entities=tuple(dict.fromkeys([e.name for e in ents] + ([c.actor.person_of] if c.actor and c.actor.person_of else []))),
        actor=c.actor.name if c.actor else None,
        amount=money.value if money else None,
        currency=money.currency if money else None,
        amount_text=money.text if money else None,
        amount_qualifier=money.qualifier if money else None,
        percent=pct.value if pct else None,
        direction=direction,
        market_value=bool(money and _MARKET_VALUE.search(c.text)),
        date_basis=c.basis,
        date_text=c.mention.text if c.mention else None,
        offsets=offsets,
    )


def _events_same(a: Event, b: Event) -> bool:
    if a.kind != b.kind or not a.interval.overlaps(b.interval):
        return False
    if a.title == b.title:
        return True
    shared_ents = _names(a) & _names(b)
    if (a.kind == "market_move" and a.date == b.date and set(a.sources) & set(b.sources) and a.tickers and a.tickers == b.tickers
            and any(_INTRADAY.search(q) for q in (*a.quotes, *b.quotes))):
        return True  # "the S&P 500 gained 0.09%. The S&P 500 had fallen as much as 1.1% earlier in the session": one session
    if a.percent is not None and b.percent is not None and abs(a.percent - b.percent) > 0.5:
        return False  # "+6% after hours" and "+2.2% in the session" are two moves
    if a.date == b.date and set(a.sources) & set(b.sources) and shared_ents and (
            not a.tickers or not b.tickers or set(a.tickers) & set(b.tickers)):
        return True  # one article telling the same happening twice ("a day after Apple unveiled …", "At the event, Apple introduced …")
    if a.amount and b.amount:
        close = abs(a.amount - b.amount) <= 0.1 * max(a.amount, b.amount)
        if not close:
            return False
        return bool(shared_ents)
    if a.tickers and b.tickers and not set(a.tickers) & set(b.tickers):
        return False
    return bool(shared_ents) and len(_quote_words(a.quotes) & _quote_words(b.quotes)) >= 6


def _names(e: Event) -> set[str]:
    return set(e.entities) | ({e.actor} if e.actor else set())


class _Group:
    """Events merged so far into one, with what ``merge_events`` needs to skip it quickly."""

    def __init__(self, e: Event) -> None:
        self.members: list[Event] = []
        self.reps: dict[tuple[Any, ...], Event] = {}  # one member per distinct comparison key
        self.titles: set[str] = set()
        self.names: set[str] = set()
        self.end = e.end
        self.add(e)

    def add(self, e: Event) -> None:
        self.members.append(e)
        self.reps.setdefault(_compare_key(e), e)
        self.titles.add(e.title)
        self.names |= _names(e)
        self.end = max(self.end, e.end)


def clear_caches() -> None:
    """Forget what was memoised per text (date mentions, product names, quote words).

    Only benchmarks need this: it makes a repeated run do the work again.
    """
    from .dates import _find_dates_cached

    _find_dates_cached.cache_clear()
    _product_in.cache_clear()
    _quote_words.cache_clear()


def _compare_key(e: Event) -> tuple[Any, ...]:
    """Everything ``merge_events`` and ``_events_same`` look at: equal keys compare alike."""
    return (e.kind, e.date, e.start, e.end, e.granularity, e.title, e.quotes, e.entities, e.actor,
            e.percent, e.amount, e.sources, e.tickers)


@functools.lru_cache(maxsize=4096)
def _quote_words(quotes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for q in quotes for w in re.findall(r"\w{4,}", q))


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Merge events that are the same happening told by different articles (or twice by one).

    The merged interval is the intersection of the sources' intervals (each
    source constrains the date), falling back to the most precise one.
    """
    groups: list[list[Event]] = []
    # Sweep by start date; per kind, only groups whose interval can still overlap are compared,
    # and only those that share a title or a named party with the event (``_events_same``
    # needs one of the two), so many articles about the same week stay cheap to merge.
    active: dict[str, list[_Group]] = {}
    for e in sorted(events, key=lambda e: (e.start, e.kind, e.title)):
        live = [grp for grp in active.get(e.kind, []) if grp.end >= e.start]
        names = _names(e)
        for grp in live:
            if e.title not in grp.titles and names.isdisjoint(grp.names):
                continue
            # Across articles; within one only what is told twice for the same exact day.
            # (a week's move of one instrument told twice is one: "der Rekordlauf der vergangenen Woche, in der der Dax …")
            if any((set(e.sources).isdisjoint(x.sources) or (e.date == x.date and (e.granularity == x.granularity == "day" or (
                    e.granularity == x.granularity == "week" and e.kind == "market_move" and bool(e.tickers) and e.tickers == x.tickers))))
                   and _events_same(e, x) for x in grp.reps.values()):
                grp.add(e)
                break
        else:
            new = _Group(e)
            groups.append(new.members)
            live.append(new)
        active[e.kind] = live
    out = []
    for g in groups:
        if len(g) == 1:
            out.append(g[0])
            continue
        # (the session's close before its extreme: "had fallen as much as 1.1% earlier in the session" is not the move)
        primary = min(g, key=lambda e: ((e.end - e.start).days, any(_INTRADAY.search(q) for q in e.quotes), e.source))
        iv: DateInterval | None = primary.interval
        for e in g:
            if iv is not None:
                iv = iv.intersect(e.interval)
        if iv is None:
            iv = primary.interval
        best = primary.date if iv.contains(primary.date) else iv.start
        sources = tuple(dict.fromkeys(s for e in g for s in e.sources))
        bases = "; ".join(dict.fromkeys(f"{e.source}: {e.date_basis}" for e in g))
        out.append(
            replace(
                primary,
                date=best, start=iv.start, end=iv.end,
                granularity=primary.granularity,
                sources=sources,
                source="; ".join(sources),
                quotes=tuple(q for e in g for q in e.quotes),
                tickers=tuple(dict.fromkeys(t for e in g for t in e.tickers)),
                entities=tuple(dict.fromkeys(x for e in g for x in e.entities)),
                offsets=tuple(o for e in g for o in e.offsets),
                amount=primary.amount or next((e.amount for e in g if e.amount), None),
                date_basis=bases,
            )
        )
    return sorted(out, key=lambda e: (e.date, e.kind, e.title))


class Events(list[Event]):
    """A list of events that shows as a table in Jupyter (and as lines in a terminal)."""

    def _repr_html_(self) -> str:
        cols = ["date", "granularity", "kind", "title", "tickers", "source", "date_basis"]
        html: str = events_frame(self)[cols].to_html(index=False, na_rep="")
        return html

    def __repr__(self) -> str:
        return "\n".join(f"{e.date} {e.kind:<13} {e.title}" for e in self) or "Events([])"


def events_frame(events: Sequence[Event]) -> Any:
    """Events as a pandas DataFrame (one row per event; list fields joined by ``;``)."""
    import pandas as pd

    cols = ["id", "date", "start", "end", "granularity", "kind", "title", "tickers", "quote", "source",
            "published", "amount", "currency", "amount_text", "amount_qualifier", "percent", "direction",
            "actor", "entities", "date_basis", "date_text", "pinned"]  # fmt: skip
    rows = []
    for e in events:
        r = e.to_record()
        for k in ("tickers", "entities", "sources", "quotes"):
            r[k] = ";".join(r[k])
        rows.append(r)
    df = pd.DataFrame(rows, columns=cols)
    for k in ("date", "start", "end", "published"):
        df[k] = pd.to_datetime(df[k])
    return df
