"""Event kinds and their trigger words (German and English), and the classifier.

Each kind has one regular expression of trigger words (:data:`KIND_PATTERNS`,
checked in order; the first kind that matches a sentence wins). Before any regex
runs, a literal gate tells which kinds can match at all: every alternative of a
kind's pattern contains a letter run that any match must contain, and one
Aho-Corasick pass over the sentence finds which of those literals occur.

Example:
    >>> classify("Die Aktie von BMW fiel am Donnerstag um 4,1 Prozent.", [])
    'market_move'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._gates import Folded, GateBank, Scan
from .entities import TRADED, Entity
from .numbers import find_percents

KINDS = (
    "model_release", "social_post", "market_move", "investment", "earnings", "regulation",
    "outage", "bankruptcy", "scheduled", "statement", "other",
)  # fmt: skip

_I = re.IGNORECASE
# Kind triggers, checked in this order; the first that matches wins.
def _after_modal(modals: Sequence[str], verbs: str, end: str = r"\b") -> str:
    """ "wird … vorlegen"-style alternatives, one per modal verb so each has a literal of its own (gated)."""
    return "".join(rf"\b{modal}\b.{{0,90}}\b(?:{verbs}){end}|" for modal in modals)  # (German verb brackets run long)


KIND_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("social_post", re.compile(
        r"\bTweet|\btweet|getwittert|\b(?:[Aa]uf|[Vv]ia|[Üü]ber|[Oo]n)\s+(?:der\s+Plattform\s+)?X\b(?#gate:X)|Plattform X|X-Post|"
        r"Beitrag(?:s|es)?\s+auf|\bpost(?:ed|s)?\s+on\b|Truth Social|LinkedIn-Post|\bshared (?:an? |the )?(?:image|picture|photo|video|meme|screenshot)\b|\(@\w+\)(?#gate:(@)|schrieb\s+(?:er|sie)?\s*auf")),
    ("bankruptcy", re.compile(
        # (not the way out: "expects to emerge from bankruptcy", "kam aus der Insolvenz")
        r"(?<!aus der )Insolvenz|insolvent|Pleite|(?<!from )bankrupt|(?<!from )Chapter 11|Bankenpleite|bank failure|Notübernahme|bailout|"
        # "ordered the liquidation of China Evergrande", "to wind up the company", "defaulted on its offshore debt"
        r"\bliquidation\b|\bliquidators?\b|\bwind(?:ing)? up the (?:company|firm|group|developer)\b|\bLiquidation\b|\bAbwicklung\b|"
        r"\bdefaulted\b|\bdefaults? on\b|Zahlungsausfall|zahlungsunfähig|"
        r"Zwangsverwaltung|receivership|seized by regulators|Liquiditätshilfe|Rettungspaket|Staatshilfe|"
        r"emergency (?:loan|funding|liquidity)|lifeline|\bcollapse (?:of|at)\b.{0,40}\bbank\b|\bZusammenbruch\b.{0,40}\bBank\b", _I)),
    ("outage", re.compile(
        r"Ausfall|Ausfälle|Störung|\boutage|IT-Panne|Systemausfall|Cyberangriff|cyber ?attack|Hackerangriff|"
        r"\bhack(?:ed|ers|s)?\b|\bheist\b|\bstole\b|\bgestohlen\b|\berbeutet\w*|"
        r"\bhalted\s+(?:its\s+|the\s+)?(?:network|blockchain|chain|production|operations|services)\b|"  # (not "halted trading")
        # shipping or flights stopped: "stoppten ihre Fahrten", "paused all transits through the Red Sea"
        r"\bstoppt\w*\b.{0,60}?\b(?:ihre|seine|die|alle)\s+(?:\w+\s+)?(?:Fahrten|Transporte|Lieferungen|Flüge)\b|"
        + "".join(rf"\b{v}\s+(?:all\s+)?(?:its\s+|their\s+)?(?:\w+\s+)?(?:transits|voyages|sailings|shipments|flights)\b|"
                  for v in ("paused", "suspended", "halted", "stopped")) +  # (a literal each)
        r"data breach|went down|\b(?:trading|computer|IT|payment)\s+systems?\b.{0,60}\b(?:delays?|problems?|failures?|crash\w*|down)\b|Handelssystem\w*\b.{0,60}\b(?:Verzögerung\w*|Problem\w*|gestört)|globaler? (?:IT-)?Ausfall|Warnstreik|blew off|blowout|emergency landing|Notlandung|\bverkeilt\b|auf Grund gelaufen|\bran aground\b|\brun aground\b|"
        # a plane down: "a Boeing 787-8 Dreamliner bound for London crashed", "Flugzeugabsturz" (not "stocks crashed")
        r"\b(?:plane|jet|aircraft|airliner|Dreamliner|flight|helicopter)\b.{0,60}\bcrashed\b|\bcrash of (?:a|an|the)\b.{0,40}\b(?:plane|jet|aircraft|flight)\b|"
        r"Flugzeugabsturz|Flugzeugunglück|\b(?:Maschine|Flugzeug)\b.{0,60}\babgestürzt\b|"
        r"\baccident\b|Unglück|\bexplosion\b|Explosion|\bderail\w*|Brandanschlag|Feuer gelegt|Feuer an\b|\barson\b|\bStreik|\bstrike\b|walked off the job|lahmgelegt|"
        # violence against a company's people: "the fatal shooting of Brian Thompson", "erschossen"
        r"fatal shooting|\bshooting of\b|\bshot dead\b|\bgunman\b|\berschossen\b|\bAttentat\w*|\bermordet\b|\bmurder(?:ed)?\b|"
        r"gestreikt|bestreikt|technical (?:issue|glitch|problem)|\bglitch\b|technische\w* (?:Störung|Problem\w*|Panne)|\bPanne\b|\bstreik(?:en|te|ten)\b|\bAusstand\b|walkout|walked out|went on strike", _I)),
    ("market_move", re.compile(
        # a wire brief's verbless "Shares of Palantir up 22% premarket" (one literal each, for the gate)
        "".join(rf"\b{n}\b[^.;]{{0,60}}\b(?:up|down)\s+(?:about\s+|nearly\s+)?\d[\d.,]*\s?%|" for n in ("shares", "stock")) +
        r"\b(?:verlor|verloren|verliert|verlieren|fiel|fielen|fällt|fallen|gefallen|stürzt\w*|Absturz|Kurssturz|"
        r"Kurseinbruch|bra(?:ch|chen) ein|eingebrochen|sackte|sackten|abgesackt|abgerutscht|rutscht\w*|gab\w* nach|Rückgang|Kursverlust\w*|"
        # "hat die Aktien … angetrieben", "belastete die Papiere", "hatte deutlich nachgegeben"
        r"\bnach\s+(?:oben|unten)\s+(?:getrieben|gedrückt|gezogen)\b|\bin die Höhe\s+(?:getrieben|gezogen)\b|angetrieben|beflügelt\w*|belastet\w*(?!\s+(?:von|durch)\b)|nachgegeben|"  # ("belastet von …": the cause)
        # a first day of trading: "einen holprigen Start an der Frankfurter Börse hingelegt", "its market debut"
        # (not "Erstnotiz"/"Börsengang": mostly told ahead, "ist für September geplant")
        r"\blimit[ -](?:down|up)\b|\bLimit[ -](?:Down|Up)\b|"  # "hit their daily limit down of 10%"
        r"\bStart an der\s+(?:\w+\s+)?Börse\b|\b(?:trading|market)\s+debut\b|\b(?:ihr|sein|seinen|ihren)\s+(?:\w+\s+)?Debüt\b|Börsendebüt|"
        r"Ausverkauf|Abverkauf|zusammenschrumpf\w*|unter Druck|Talfahrt|Rekordtief|Rekordhoch|Allzeithoch|Höchststand\w*|Tiefststand\w*|Rekordstand\w*|"
        # "Der Halbleiterindex Sox gibt mehr als 6 Prozent ab"
        + "".join(rf"\b{v}\b.{{0,30}}(?:Prozent|%|Punkte)\s+ab\b|" for v in ("gibt", "geben", "gab", "gaben")) +  # (a literal each)
        # "U.S. stocks ended mixed on Wednesday": a day's market told as a whole
        r"\b(?:ended|closed|finished)\s+(?:the\s+(?:day|session)\s+)?mixed\b|\b(?:schlossen|schloss|tendierten|tendierte)\s+uneinheitlich\b|"
        r"stieg|stiegen|steigt|steigen|gestiegen|legte\w* zu|leg(?:t|en) zu|zugelegt|kletter\w*|Kurssprung|sinkt|sinken|"
        r"geb(?:en|t)\b.{0,40}\bnach|gibt\b.{0,40}\bnach|leg(?:en|t)\b.{0,40}\bzu|schoss\w*\b.{0,50}\b(?:nach oben|in die Höhe)|"
        r"(?:Jahres|Rekord|Mehrjahres|Allzeit|\w+-Jahres-)[Tt]ief|multi-year low|\d+-year low|record low|"
        r"brach\w*\b.{0,60}\bein|\bbricht\b.{0,60}\bein\b|\bbrechen\b.{0,60}\bein\b|legte\w*\b.{0,80}\bzu|gab\w*\b.{0,60}\bnach|schloss|schlossen|Tagesverlust|Tagesgewinn|"
        r"ging\w*\b.{0,60}\b(?:tiefer|höher|fester|schwächer|leichter|nach oben|nach unten)|schloss\w*\b.{0,60}\b(?:tiefer|höher|fester|schwächer|leichter)|"
        r"beendete\w*\b.{0,60}\b(?:tiefer|höher|fester|schwächer|leichter)|\b(?:tiefer|höher|fester|schwächer|leichter)\b.{0,60}\bbeendet\b|"
        r"büß\w*\b.{0,60}\bein|einbüß\w*|sprang|sprangen|springt|gesprungen|schnellte\w*|schnellt|(?:Plus|Minus|Aufschlag|Abschlag) von|gefragt|"
        r"übersprungen|übersprang|überschritten|überschritt|geknackt|knackte|knackt|crossed|surpassed|broke (?:above|through)|"
        # "hat erstmals mehr als 100.000 Dollar gekostet", "traded above $100,000 for the first time"
        r"erstmals\b.{0,60}\b(?:gekostet|kostete|notiert\w*)|for the first time\b.{0,40}\babove|above\b.{0,30}\bfor the first time|"
        # "zogen auch die Aktien von Swatch um 6 Prozent an"
        r"\bzog(?:en)?\b.{0,60}\b(?:Prozent|%)\s+an\b|\bangezogen\b|"
        # "Bitcoin hit a record above $104,000 on Dec. 5", "hit a 52-week low"
        r"\bhit\s+(?:a\s+|an\s+)?(?:new\s+|fresh\s+)?(?:record|all-time high|(?:[\w-]+\s+)?(?:high|low))\b|"
        r"worst day|best day|closed (?:up|down|higher|lower|at)|closed\s+(?:[\w.,%$-]+\s+){1,4}?(?:higher|lower|up|down)\b|ended\s+(?:[\w.,%$-]+\s+){1,4}?(?:higher|lower|up|down)\b|finished\s+(?:[\w.,%$-]+\s+){1,4}?(?:higher|lower|up|down)\b|settled\s+(?:[\w.,%$-]+\s+){1,4}?(?:higher|lower|up|down)\b|(?:first|record)\s+close\s+(?:above|below)|whipsaw\w*|"
        # an IPO's first day: "ist am Dienstag an der Börse in Dubai gestartet"
        r"an der (?:\w+\s+){0,2}?Börse\b.{0,40}\bgestartet|ended (?:up|down|higher|lower)|ended\s+\w+day\s+(?:up|down|higher|lower)|added|erased|"
        r"schließt|schliesst|verliert|verlieren|gewinnt|gewann|gewannen|slid|slides|slide|dipped|sagged|\b(?:fester|schwächer|leichter|höher|tiefer)\s+tendiert\w*|\btendiert\w*\s+(?:\w+\s+){0,2}?(?:fester|schwächer|leichter|höher|tiefer)\b|topped(?!\s+(?:[\w'’-]+\s+){0,3}?(?:expectations|estimates|forecasts))|"
        r"notiert\w*\b.{0,50}\b(?:höher|tiefer|fester|schwächer)|im Minus\b|im Plus\b|ins Minus\b|ins Plus\b|"
        r"\bmit (?:leichten |deutlichen |kräftigen )?(?:Gewinnen|Verlusten|Kursgewinnen|Kursverlusten|Abschlägen|Aufschlägen)\b|"
        r"little changed|unchanged|kaum verändert|unverändert|\bkaum\b.{0,20}\bbewegt\b|\bwenig bewegt\b|\bauf der Stelle\b|"
        r"\bfall\s+(?=[\d.,]+\s*(?:%|percent))|\brise\s+(?=[\d.,]+\s*(?:%|percent))|\bjump\s+(?=[\d.,]+\s*(?:%|percent))|\bdrop\s+(?=[\d.,]+\s*(?:%|percent))|\bslide\s+(?=[\d.,]+\s*(?:%|percent))|\bclimb\s+(?=[\d.,]+\s*(?:%|percent))|\bgain\s+(?=[\d.,]+\s*(?:%|percent))|\bsink\s+(?=[\d.,]+\s*(?:%|percent))|"
        r"selloff|sell-off|plunge[ds]?|plummet\w*|tumble[ds]?|slump\w*|sank|sink\w*|dropp?e?d?|fell|falls|"
        # "a day after it more than doubled to $347.51" (a stock's, not revenue's; and a day's, not "tripled in the first
        # quarter", a period's run)
        + "".join(rf"\b(?:it|they|stock|shares)\s+(?:\w+\s+){{0,3}}?{v}(?=\s+(?:to|from|on|at)\b|\s*[,;.])|"
                  for v in ("doubled", "tripled", "halved")) +
        # "adding to a 10% decline in the previous session": a move told as a noun with its size
        "".join(rf"\b(?:a|an)\s+[\d.,]+\s*(?:%|percent)\s+{n}\b|" for n in ("decline", "drop", "slide", "slump", "rally", "advance")) +
        # "extended losses on Thursday, falling another 12%", "Der Franken schwächte sich … ab"
        r"\bextend(?:ed|s|ing)\s+(?:its\s+|their\s+)?(?:losses|gains|declines?|slide|rally|rebound)\b|"
        + "".join(rf"\b{v}\s+(?:(?:another|as much as|more than|nearly|about|almost|some|a further)\s+)*[\d.,]+\s*(?:%|percent)|"
                  for v in ("falling", "rising", "dropping", "sliding", "gaining", "climbing", "jumping", "tumbling", "plunging", "sinking")) +
        r"\bverbillig\w*|\bverteuer\w*|\bgave back\b|\bgiv(?:es|ing) back\b|"
        # "gaben einen Teil ihrer Gewinne wieder ab", "were also weaker" (a literal each, for the gate)
        + "".join(rf"\b{v}\b[^.]{{0,50}}\b(?:Gewinne|Kursgewinne|Aufschläge|Verluste)\b(?:\s+\w+){{0,2}}\s+ab\b|" for v in ("gab", "gaben"))
        + "".join(rf"\b(?:was|were)\s+(?:also\s+|slightly\s+|sharply\s+)?{w}\b|" for w in ("weaker", "stronger", "firmer", "softer")) +
        r"\bschwächte\w*\s+sich\b|\bfestigte\w*\s+sich\b|\babgeschwächt\b|\bwertete\w*\b.{0,40}\b(?:ab|auf)\b|"
        r"lost|shed|wiped|rall(?:y|ied|ies)|surge[ds]?|soar\w*|jump\w*|popped|\bpops\b|gain(?:ed|s)|rose|rises|risen|climb\w*|slip(?:s|ped)|"
        r"strengthen(?:ed|s)|weaken(?:ed|s)|\beas(?:ed|es)\b|\bedged\s+(?:up|down|higher|lower)\b|\bticked\s+(?:up|down|higher|lower)\b|"
        r"record high|all-time high|under pressure|was\s+(?:up|down|higher|lower)|were\s+(?:up|down|higher|lower)|(?:was|were|closed|ended|traded|finished)\s+(?:(?:roughly|nearly|almost|essentially|little|about|largely)\s+)?flat|reagierte\w*\b.{0,30}\bkaum|barely moved|settled\s+(?:up|down|higher|lower)|Kursplus|Kursminus|Spitzenreiter|Schlusslicht|top gainer|biggest (?:gainer|loser|decliner)s?|größter (?:Gewinner|Verlierer)|trading\b.{0,80}\b(?:was|were) (?:also )?(?:halted|suspended)|halted trading|vom Handel ausgesetzt|Handel\w* ausgesetzt|Handel\b.{0,40}\baussetzen|overtook|overtaken|überholte|(?<!second )(?<!third )(?<!fourth )(?<!fifth )most valuable (?:company|firm|chipmaker|listed)|wertvollste\w* (?:Unternehmen|Konzern|Firma)|recover(?:ed|s|ing)|rebound(?:ed|s|ing)?|erholt\w*|pared (?:its |their )?losses|sen(?:t|ds|ding)\s+(?:\w+\s+){0,3}?(?:down|up|lower|higher|tumbling|soaring|plunging)|"
        # "kostete 73,90 Dollar und damit 1,6 Prozent mehr als am Vortag"
        r"Prozent\s+(?:mehr|weniger)\s+als|percent\s+(?:more|less)\s+than)\b", _I)),
    ("investment", re.compile(
        r"investier\w*|Investition\w*|\bdeposited\b[^.]{0,20}\b(?:billion|million)\b|\binvest(?:s|ed|ing|ment|ments)?\b|Joint Venture|Beteiligung|beteilig\w*|"
        r"Infrastrukturprojekt|Infrastruktur-Projekt|infrastructure project|Budget|Übernahme|übernimmt|übernehmen|"
        r"\bacqui\w+|takeover|\bmerger|Fusion|Finanzierungsrunde|funding round|\braise[sd]?\b(?!\s+PT\b).*\$|\bstake\b|"
        r"Großauftrag|Milliardenauftrag|\bAuftrag\b|\bbestellt\w*|Bestellung|\bordered\b(?![^.]{0,40}\bto\s+[a-z]+)|\border (?:for|worth)\b|\bIPO\b|initial public offering|Börsengang|\bgo(?:ing)? private\b|\btak(?:e|es|ing|en)\s+(?:[\w-]+\s+){0,3}?private\b|\bAngebot\b.{0,40}\bvorgelegt\b|\ban die Börse\s+(?:ge)?bra(?:cht|chte)\b|\bwent public\b|\bpriced its\b|Ausgabepreis\b.{0,80}\bfestge(?:legt|setzt)|(?:set|fixed) the (?:IPO|offer(?:ing)?) price|Übernahmeangebot|Übernahmeofferte|takeover offer|\bbid for\b|je Aktie|"
        r"\bbond (?:sale|issue|offering)s?\b|\bAnleihe\w*\b.{0,40}\b(?:platziert|begeben|ausgegeben)\b|"
        r"\beingestiegen\b|Rahmenvertrag|framework (?:agreement|contract)|Auftragsvolumen|Platzierung|\bplacement|Aktienpaket|stake sale|Anteil\w* (?:gesichert|erworben|verkauft)|"
        # "verkaufte weniger Fahrzeuge": units sold are results, not a sale of a business
        r"Aktienrückkauf\w*|Rückkaufprogramm|buyback|share repurchase|\bVerkauf\b|(?<!Mal )verkauft(?!\w*\s+(?:[\w.,]+\s+){0,4}?(?:Fahrzeuge|Autos|Wagen|Einheiten|Exemplare|Geräte|Smartphones|Flugzeuge|Lastwagen|Tickets)\b)|sale of|divest\w*|sold its|"
        # a takeover's steps: "veröffentlicht die Angebotsunterlage", "… Prozent der Aktien angedient", "unterzeichnen
        # eine Investorenvereinbarung", "in ergebnisoffene Verhandlungen mit Adnoc einzutreten"
        r"Angebotsunterlage|\bangedient\b|Annahmequote|Mindestannahme\w*|\bunterzeichne\w*\b.{0,60}\b\w*(?:vereinbarung|vertrag)\b|"
        r"\bin\s+(?:\w+\s+){0,2}Verhandlungen\b.{0,40}\bein(?:zu)?treten\b|"
        r"\b(?:to|will) buy\b(?!\s+(?:back|time)\b)|"  # ("said Wednesday it will buy Kellanova", "in talks to buy the company")
        r"\bbuys? back|\bbuying back|zurückkaufen|\bbought\b|\bkaufte\b|\bübernahm\b|(?<!\bwho )\btook over\b(?!\s+(?:as|the helm|the reins)\b)|\bagreed to buy\b", _I)),
    ("regulation", re.compile(
        r"\bin Kraft getreten\b|"  # (a law that took effect; "in Kraft treten" ahead is a calendar item)
        # a government on a deal: "Biden blocks the deal", "Trump orders a new review of the deal", "approves the merger"
        + "".join(rf"\b{v}\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:deal|merger|takeover|acquisition|sale)\b|" for v in (
            "blocks", "blocked", "approves", "clears", "cleared")) +
        r"\border(?:s|ed)?\s+(?:a\s+)?(?:new\s+)?review\b|"
        # "The Justice Department had found in May that Boeing breached …": an authority's finding
        "".join(rf"\b{a}\b.{{0,40}}\b(?:found|ruled|concluded|determined|charged|sued)\b|"
                  for a in ("Justice Department", "Department of Justice", "SEC", "FTC", "European Commission", "Federal Trade Commission")) +
        r"\bZoll(?:drohung|androhung|streit|politik|paket|erhöhung|krieg)?(?:en|s)?\b|Zölle|\b(?:erhöhte|senkte|hob)\w*\b.{0,30}\bAbgaben\b|Zöllen|Strafzoll\w*|\btariffs?\b|\blev(?:y|ies)\b|Sanktion\w*|sanction\w*|Exportkontroll\w*|export controls?|"
        r"Exportbeschränkung\w*|Exportverbot|export ban|Regulierung|regulat\w+|Kartell\w*|antitrust|"
        r"Leitzins\w*|Zinsentscheid\w*|Zinssenkung|Zinserhöhung|rate cut|rate hike|interest rates?|"
        r"Zins(?:en)?\s+(?:[\w-]+\s+){0,8}(?:erhöht|gesenkt|angehoben)|\b(?:senkte|senkten|reduzierte|reduzierten|erhöhte|erhöhten)\b.{0,40}\bZins|(?:raised|lowered|cut|hiked) (?:interest )?rates|"
        r"\b(?:raised|lowered|cut|hiked|raises|lowers|cuts|hikes)\s+(?:its|the)\s+(?:\w+\s+)?(?:cash|policy|benchmark|key)\s+(?:interest\s+)?rate\b|"
        # a currency regime: "scrapping its cap on the franc", "introduced the floor", "hob den Mindestkurs auf"
        + "".join(rf"\b{v}\w*\b.{{0,40}}\b(?:cap|floor|peg|ceiling)\b|" for v in ("scrap", "abandon", "introduc", "remov", "lift", "defend")) +
        r"\bminimum exchange rate\b|\bcurrency (?:cap|peg|floor)\b|Mindestkurs\w*|Wechselkursuntergrenze|Kursuntergrenze|"
        r"reserve requirement|Mindestreserve\w*|\bPolitbur[oe]\b|Politbüro|\bState Council\b|Konjunkturpaket\w*|Konjunkturprogramm\w*|Entlastungspaket\w*|Hilfspaket\w*|stimulus (?:package|measures)|relief package|mit einer Einigung|Tarifeinigung|Tarifabschluss|"
        # lists kept by governments: "posted in the Federal Register", "added … to a list of firms", "Entity List"
        r"Federal Register|\bBundesanzeiger\b|\bAmtsblatt\b|\bblacklist\w*|\bentity list\b|schwarze\w* Liste|"
        r"\badded\b.{0,60}\bto (?:a|the|its) (?:[\w-]+ ){0,3}?list\b|\bsetzte\w*\b.{0,60}\bauf (?:die|eine) (?:[\w-]+ ){0,2}?Liste\b|"
        r"Einlagensatz|Einlagenzins\w*|Zinssatz|policy rate|deposit rate|benchmark rate|key rate|lending rate|"
        r"(?:left|held|kept) (?:interest )?rates|(?:Zinsen|Leitzins\w*|Zinssatz|Geldpolitik)\b.{0,40}\bunverändert|Geldpolitik|monetary policy|beließ\w*\b.{0,40}\b(?:Zins|Leitzins)\w*|"
        r"\berlaubt\b|\ballowed\b|grünes Licht|green light|\bproposed\b|\bproposals?\b|vorgeschlagen|Vorschlag|genehmigt|zugelassen|Genehmigung|\bapproved\b|\bapproval\b|\bcleared\b|freigegeben|untersagt|\bblocked\b|"
        r"Prüfung eingeleitet|\bprobe\b|investigation|Untersuchung|Ermittlungen|executive order|unterzeichnet\w*|\bsigned\b|"
        r"\bmuss\b.{0,60}\bzahlen\b|\bmüssen\b.{0,60}\bzahlen\b|\bmust pay\b|\bordered to pay\b|"
        r"verständigt|\bStrafe\b|Bußgeld\w*|Geldbuße|\bfined?\b|\bpenalty\b|grounded|Flugverbot|Startverbot|beschlossen|verabschiedet|\bGesetz\w*|Finanzpaket|passed the|signed into law|"
        r"\bagreed\b.{0,30}\bto\b|einigte\w* sich|\bgeeinigt\b|\bbeschloss\w*|"
        # Courts and lawsuits: "seek damages", "verklagt", "a jury awarded", "Urteil"
        r"\w*gericht\b|\bcourt\b|\basked a (?:federal )?judge\b|\braid(?:ed|s)\b|\bRazzia\b|\bdurchsucht\w*|\bverurteilt\w*|\bconvicted\b|\bsentenced\b|\bsued\b|\bsues\b|\blawsuit|\bseeks? damages|Schadenersatz|\bverklagt\w*|\bKlage\b|\bjury\b|\bverdict\b|\bUrteil\b", _I)),
    ("earnings", re.compile(
        r"Quartalszahlen|Quartalsergebnis\w*|Quartalsbericht\w*|\bBericht\w*\s+(?:zum|für das)\s+(?:\w+\s+)?(?:Quartal|Geschäftsjahr|Halbjahr)\b|\bÜberschuss\b|\bEbit(?:da)?\b|operating (?:profit|income)|operative\w* Ergebnis|\w+ergebnis\b|Geschäftszahlen|Jahreszahlen|\bUmsatz\w*|(?<!tages)(?<!kurs)(?<!wochen)(?<!monats)Gewinn\w*|Nettogewinn|"
        r"Prognose\w*|Ausblick|\bforecasts?\b|\bearnings\b|\brevenue\w*|\bprofit(?!ier)\w*|quarterly results|\bguidance\b|\boutlook\b|"
        r"\bbookings\b|\border intake\b|Auftragseing(?:ang|änge)\w*|\bsubscriber\w*\b(?<!for paying subscribers)(?<!for paid subscribers)(?<!for subscribers)(?<!to subscribers)|Abonnenten|net income|Gewinnwarnung|profit warning|Verkäufe|Absatz|\bsales\b|deliveries|Auslieferungen|ausgeliefert|"
        r"topped\s+(?:analysts'\s+)?(?:expectations|estimates|forecasts)|beat\s+(?:analysts'\s+)?(?:expectations|estimates|forecasts)|"
        r"missed\s+(?:analysts'\s+)?(?:expectations|estimates|forecasts)|\bErwartungen\s+(?:übertroffen|verfehlt)|\bresults\b|Jahreszahlen|Zahlen vorgelegt|Rekordzahlen|" + "|".join(rf"\b{w}\b.{{0,60}}\b(?:vor(?:gelegt|legen|legt)?|veröffentlicht|gemeldet)\b" for w in ("Zahlen", "Bilanz", "Jahresbilanz", "Quartalsbilanz", "Geschäftsbericht", "Eckdaten")) + r"|"
        r"\bveröffentlich\w*\b.{0,40}\bZahlen\b|\blegt\w*\b.{0,40}\bZahlen\b.{0,60}\bvor\b|"  # "veröffentlicht ihre Zahlen … am 31. Juli"
        r"Auftragszahlen|\w*[Zz]ahlen\b.{0,20}\benttäuscht|\benttäuscht\w*\b.{0,60}[Zz]ahlen\b|"
        r"\b(?:starkes|schwaches|gutes|schlechtes|solides|enttäuschendes)\s+(?:\w+\s+)?Quartal\b|"
        r"Rekordgewinn|record (?:annual |quarterly )?profit|Rekordumsatz|Jahresumsatz|Quartalsumsatz|"
        r"Jahresverlust|Quartalsverlust|Nettoverlust|Milliardenverlust|Verlust\w*\b.{0,40}\b(?:ausgewiesen|gemeldet|verbucht)|"
        r"net loss|quarterly loss|annual loss|full-year loss|\bloss of\b|\b(?:first|second|third|fourth)-quarter\s+(?:loss|profit|results|revenue|earnings|sales|orders|bookings)\b|"
        r"Jahresziel\w*|zurückgeschraubt|gekappt|\b(?!Kurs)\w*[Zz]iele?\b.{0,100}\b(?:gesenkt|angehoben|erhöht|bestätigt|zurückgenommen|kassiert)\b|\b(?:senkte|hob)\w*\b.{0,60}\b(?!Kurs)\w+ziel\b|cut its (?:forecast|outlook)|lowered (?:its )?(?:forecast|guidance)|"
        r"\bcut\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:forecast|outlook|guidance)s?\b|\bcuts\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:forecast|outlook|guidance)s?\b|\blowered\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:forecast|outlook|guidance)s?\b|\blowers\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:forecast|outlook|guidance)s?\b|\braised\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:forecast|outlook|guidance)s?\b|\braises\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:forecast|outlook|guidance)s?\b|\bslashed\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:forecast|outlook|guidance)s?\b|\btrimmed\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:forecast|outlook|guidance)s?\b|\blifted\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:forecast|outlook|guidance)s?\b|\bverdiente\w*|\bverdient\b|"
        r"Mittelfristziel\w*|\bFinanzziele\b|\b(?:mid|medium)-term (?:financial )?targets\b|\bfinancial targets\b|"
        r"\bMarge\b|(?<!same )(?<!narrow )(?<!wide )(?<!by a )\bmargins?\b", _I)),  # ("by the same margin": a difference)
    ("model_release", re.compile(
        r"veröffentlich\w*|Veröffentlichung|\breleas\w+|\blaunch\w*|vorgestellt|präsentiert\w*|unveil\w*|\bpreviewed\b|"
        r"\bstellte\w*\b.{0,80}\bvor\b|"
        r"\bintroduc\w+|\brefresh(?:ed|es)\b.{0,40}\b(?:lineup|line-up|range)\b|rollt\w* .{0,40}\baus\b|\brolled out|\brolls out|brachte .{0,40} auf den Markt|"
        r"neues Modell|new model|an den Start|\bma(?:de|kes|king)\b.{0,40}\bavailable\b|\b(?:will be|is now|are now)\s+(?:\w+\s+){0,2}?available\b|\bverfügbar gemacht\b|\bbereitgestellt\b|\bavailable (?:starting )?(?:today|now)\b|ab sofort verfügbar|gestartet|began trading|started trading|Handelsstart|\bHandel\b.{0,80}\bbegann\b|Börsendebüt|\bdebut(?:ed|s)?\b", _I)),
    ("scheduled", re.compile(
        # "the Paris Air Show, which begins on Monday": what opens on a day ahead (a literal each)
        "".join(rf"\b{v}\s+(?:on|am|next|nächste)\b|" for v in ("begins", "opens", "starts", "kicks off", "beginnt")) +
        r"\bscheduled|\b(?:is|are) due on\b|will replace|\bersetzen\b|\bangesetzt\b|\banberaumt\b|\bslated for\b|\bplanned for\b|\bist\b.{0,40}\bgeplant\b|\b(?:is|are) (?:widely |also |broadly )?expected to|" + "".join(rf"\b{w}\s+(?:week|month|\w+day)'s\s+(?:\w+\s+)?(?:meeting|decision|vote|election|summit|hearing)\b|" for w in ("next", "coming")) + r"\b(?:is|are) due to|\bwill (?:publish|report|release|announce|meet|hold|pay)\b|"
        + _after_modal(("will", "wollen", "wird", "werden", "soll(?:en)?"), "vorlegen|veröffentlichen|bekanntgeben|vorstellen|präsentieren")
        + _after_modal(("wird", "will", "werden", "soll(?:en)?"), "folgen|sprechen|reden|äußern|starten|beginnen|anlaufen") +
        r"\bwill\s+(?:speak|testify|address|stream|air|broadcast|begin|start|open)\b|"
        # passive: "wird am 6. November veröffentlicht"
        + _after_modal(("wird", "werden", "soll(?:en)?"), "vorgelegt|veröffentlicht|bekanntgegeben|vorgestellt|abgeschlossen|vollzogen",
                     end=r"(?:\s+werden\b|\s*[.;]|\s*$)") +
        r"\bsteh(?:t|en)\b.{0,40}\ban\b|\bsteh(?:t|en)\b.{0,60}\bim (?:Fokus|Mittelpunkt|Blickpunkt)\b|"
        # "Die Tarifverhandlungen sollen am Montag fortgesetzt werden", "could return as soon as Wednesday"
        + "".join(rf"{talks}\b.{{0,60}}\b(?:fortgesetzt|fortsetzen|wieder aufgenommen|resume|continue)\b|"
                  for talks in ("Verhandlungen", "Gespräche", "talks", "negotiations")) +
        r"\bending on\b|\bendet am\b|\bas soon as\b|\bfrühestens\b|\bvorgesehen\b|\btagt\b|\bfolg(?:en|t)\b|\bblick(?:en|t)\b.{0,40}\bauf\b|"
        r"\blook(?:ing|s)? ahead to\b|\blook(?:ing|s)? to\s+(?:\w+\s+)?(?:earnings|results|reports|data|a speech)\b|\bawait(?:ing|s)?\b|\breports on\b|\bholds its\b|will host|\bhosts\b|investor event|will join|\bantreten\b|(?<!news )(?<!press )\bconference\b(?!\s+call)|Konferenz|\bset to list\b|\breports? (?:its |their )?(?:[\w-]+ )?(?:results|earnings)\b|\breports?\s+(?:after the (?:close|bell)|before the (?:open|bell))\b|rate decision|policy decision|Zinsentscheid|\bverhandeln\b|"
        r"\bha(?:s|ve)\s+until\b|\bhat\s+bis\b.{0,40}\bZeit\b|\bha(?:s|ve)\s+\w+\s+days\s+to\b|\bhat\s+\w+\s+Tage\s+Zeit\b|"  # "has until Nov. 16 to file", "has 60 days to": a deadline
        r"\bminutes of (?:its|the)\b|\bFed minutes\b|Sitzungsprotokoll|"
        r"\bTermin\b|policy meeting|\bSitzung\b|Hauptversammlung|annual meeting|in Kraft(?!\s+getreten)|takes effect|\b(?:ab|vom)\s+(?:dem\s+)?[\w.]+(?:\s+\w+)?\s+gelten\b|\bgelten\s+ab\b|\bgilt\s+ab\b|"
        r"\beffective\b|wirksam(?!\s+(?:geworden|wurde))|\bwird\b.{0,60}\berwartet\b|\bentscheidet\b|\bwill decide\b|\bfindet\b.{0,40}\bstatt\b|"
        r"Kapitalmarkttag|Investorentag|investor day|capital markets day|abhalten|will hold|\bFrist\b|deadline|expires|\w+frist\b.{0,40}\bläuft\b|läuft\b.{0,30}\baus\b|"
        r"\bis set for\b|\b(?:is|are) set to\b|\bas early as\b|\berscheint\b|\berscheinen\b|\btakes? (?:over )?the helm\b|\btakes office\b|\bübernimmt\b.{0,40}\b(?:Ruder|Vorsitz|Führung)\b|auf der Agenda|auf dem (?:Programm|Terminkalender)|on the agenda|\bspricht\b(?!\s+(?:von|über|sich|davon|er|sie)\b)|\b(?:will be|to be|remain|are|is) closed\b|\b(?:will be|to be|remain|are|is) shut\b|\bbleib\w*\b.{0,50}\bgeschlossen\b|next meeting|nächste Sitzung|\bnext meets\b|\bmeets next\b|will take over|takes over on|"
        + _after_modal(("wird", "will", "wollen", "werden", "soll(?:en)?"), "entscheiden|beraten|tagen") + r"\bwill\b.{0,60}\b(?:vorstellen|vorlegen|präsentieren|bekanntgeben)\b", _I)),
    ("other", re.compile(
        r"\breturned\b.{0,30}\bas\s+(?:CEO|chief executive)|\brejoined\b.{0,30}\bas\s+(?:CEO|chief executive)|\bdelist\w*|\bDelisting|\btrat\w*\b.{0,60}\bzurück\b|\bresign(?:ed|s)\b|\bstepped down\b|\bsteps down\b|festgenommen|verhaftet|\barrested|\bdetained\b|\bplaced under\b.{0,30}\b(?:surveillance|investigation|arrest)\b|\bindicted|angeklagt|\bgetroffen\b|\bmet in\b|Wahl\w* gewonnen|stärkste Kraft|\bWahlleute\b.{0,30}\bgesichert\b|"
        # a credit rating cut: "Moody's cut the U.S. rating by one notch", "Fitch downgraded the United States"
        r"\bcut\s+(?:the\s+|its\s+)?(?:[\w.-]+\s+){0,2}?(?:credit\s+|sovereign\s+)?rating\b|\bdowngraded the\b|\bherabgestuft\b|\bKreditwürdigkeit\b.{0,40}\b(?:gesenkt|herabgestuft)\b|"
        # trial results published: "hatte … positive Daten aus einer Studie … veröffentlicht" (a noun alone, "Enttäuschende
        # Studiendaten haben die Aktie einbrechen lassen", is the cause of a move told with it)
        + "".join(rf"\b{w}\b.{{0,80}}\b(?:veröffentlicht|vorgelegt|vorgestellt|präsentiert)\b|" for w in (
            "Studiendaten", "Studienergebnisse", r"Daten aus (?:einer|der) (?:\w+\s+)?Studie")) +  # (a literal each)
        "".join(rf"\b{v}\b.{{0,40}}\b(?:trial|study) (?:data|results)\b|" for v in ("published", "released", "presented", "reported")) +
        r"\bnegotiations\b.{0,40}\b(?:ended|collapsed)\b|\btalks\b.{0,40}\b(?:ended|collapsed)\b|broke off (?:talks|negotiations)|"
        r"\bGespräche\b.{0,30}\b(?:abgebrochen|gescheitert)|\bVerhandlungen\b.{0,30}\b(?:abgebrochen|gescheitert)|\bscandal\b|Skandal\b|\bousted\b|\bgeschasst\b|\bsacked\b|\bleft (?:the |its |\w+'s )?(?:board|company|post|job|role)\b|Krisentreffen|Gipfeltreffen|\w*[Gg]ipfel\b|\bsummit\b|\bEklat\b|\bclash\b|Zerwürfnis|Wortgefecht|\bshowdown\b|\beingeladen\b|\bwon\b.{0,30}\belection\b|Bundestagswahl|jobs report|Arbeitsmarktdaten|Arbeitsmarktbericht|Inflationsdaten|"
        # pricing: "slashed prices on 22 models", "senkte die Preise"; building: "mit dem Aufbau seines Netzes begonnen"
        r"\b(?:slash\w*|cut|cuts|cutting|lowered|raised|hiked)\s+(?:its\s+|their\s+|the\s+)?price(?:s\b|\s+of\b)|\bprice (?:cuts?|war)\b|"
        # a drug or product given up: "scrapped development of its daily obesity pill", "stellte die Entwicklung … ein"
        r"\b(?:scrapped|abandoned|discontinued|halted|ended)\s+(?:the\s+|its\s+)?development\b|\bEntwicklung\b.{0,60}\beingestellt\b|\bstellt\w*\b.{0,40}\bEntwicklung\b.{0,60}\bein\b|"
        r"\bPreise\b.{0,30}\b(?:gesenkt|erhöht|senkte|erhöhte)\b|\b(?:senkte|erhöhte)\w*\b.{0,40}\bPreise\b|Preissenkung\w*|Preiserhöhung\w*|"
        r"\bmit\s+(?:dem|der)\s+(?:Aufbau|Bau|Produktion|Betrieb|Auslieferung)\b.{0,80}\bbegonnen\b|"
        r"inflation data|payrolls|\bCPI\b|producer price index|\bPPI\b|Erzeugerpreis\w*|\bBIP\b|\bGDP\b|stock split|\bspun off\b|\babgespalten\b|Aktiensplit|took effect|trat\b.{0,40}\bin Kraft|wirksam geworden|"
        r"zum letzten Mal gehandelt|letztmals\b.{0,40}\bgehandelt|letzter Handelstag|gutgehei(?:ss|ß)en|abgesegnet|\blast day of trading\b|\bfinal day of trading\b|"
        r"\bjoin(?:s|ed)? the (?:[\w-]+\s+){0,2}?(?:index|S&P|Nasdaq|Dow)|\b(?:added to|removed from) the (?:[\w-]+\s+){0,2}?(?:index|S&P)|aufgenommen|"
        r"\b(?:im|in den|in die)\s+(?:[MST]?Dax|TecDax)\s+(?:gelistet|notiert)\s+(?:werden|sein)\b(?#gate:dax)|"  # "soll … im MDax gelistet werden"
        r"aufgestiegen|abgestiegen|"
        r"\bfl(?:iegt|iegen|og|ogen)\s+aus\s+(?:dem|der)\b|\brück(?:t|en|te|ten)\b.{0,30}\bnach\b|\brück(?:t|en|te|ten)\b.{0,60}\bauf\b|"
        r"\bersetz(?:t|en|te|ten)\b.{0,30}\bim\s+(?:[MST]?Dax|TecDax|Leitindex|Index)\b|Börsenliga|removed from the (?:index|S&P|Dow|Nasdaq)|"
        # Data releases ("added 114,000 jobs", "Inflationsrate") and people at the top.
        # fund flows: "zogen Anleger … 187 Millionen Dollar aus US-Bitcoin-ETFs ab", "net outflows"
        r"\b(?:net\s+)?outflows\b|\b(?:net\s+)?inflows\b|Mittelabflüsse|Mittelzuflüsse|\bAbflüsse\b|\bZuflüsse\b|\bzogen\b.{0,80}\baus\b.{0,60}\bab\b|"
        # attacks that move markets: "hatten in der Nacht zum Freitag Stellungen der Huthi-Miliz angegriffen"
        r"\bangegriffen\b|\bbeschossen\b|\battacked\b|\bair ?strikes?\b|Luftangriff\w*|"
        # "Iran launched a barrage of ballistic missiles at Israel", "launched a ground operation"
        r"\blaunch(?:ed|es)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:attack|offensive|operation|invasion|strikes?|missiles?)\b|"
        r"\bmissiles?\b.{0,20}\bat\b|\bfired\b.{0,40}\bmissiles?\b|Raketen\w*\b.{0,40}\b(?:abgefeuert|gefeuert)\b|"
        # votes: "hatten … mit 51,9 Prozent für den Brexit gestimmt", "voted to leave", "Referendum"
        r"\bgestimmt\b|\bvoted\s+(?:to|for)\b|\bReferendum\b|\breferendum\b|\bVolksabstimmung\b|"
        r"\bgovernment shutdown\b|\bshutdown (?:ended|began|ends|begins)\b|Haushaltssperre|\bStillstand der (?:US-)?Regierung\b|"
        r"\bStreit\b|\bdispute\b|Zeichnungsfrist|subscription period|\bdeclared (?:a|an|its) (?:\w+\s+){0,2}?dividend|Dividende\b.{0,60}\b(?:beschlossen|festgelegt)|book-?building|\bPorto\b.{0,80}\b(?:erhöht|angehoben)|\bPreise?\b.{0,40}\b(?:erhöht|angehoben)\b|Preiserhöhung\w*|price (?:increase|hike)s?\b|raised (?:its |their )?prices|"
        r"\bjobs\b|unemployment rate|Arbeitslosenquote|Geschäftsklima\w*|Konsumklima|Einkaufsmanagerindex|business climate|consumer confidence|Inflationsrate|consumer prices|Verbraucherpreise|retail sales|"
        r"\bernannt\b|\bnominiert\b|Nominierung|\bappointed\b|\bnominated\b|\bnomination\b|zurückgetreten|Rücktritt|"
        r"tritt\b.{0,30}\bzurück|trat\b.{0,30}\bzurück|steps down|stepped down|\bto step down\b|\b(?:would|will)\s+step\s+down\b|\bwho took over\b|\btook over as\b|\b(?:would|will)\s+leave\s+(?:the\s+(?:company|group|board)\s+)?(?:on|at the end of|in|by|effective)\b|\bresign(?:s|ed|ation)\b|\bretire[sd]\b|"
        r"gekündigt|aufgekündigt|\bterminated\b|\bnamed\b.{0,60}\b(?:CEO|chief|chair\w*|president|head)\b|"
        r"Stellenabbau|Konzernumbau|\bUmbau\b|Stellen\b.{0,30}\b(?:streichen|abbauen|gestrichen)|job cuts|layoffs|"
        # app charts: "overtook ChatGPT as the top free app on Apple's App Store", "an die Spitze der App-Store-Charts"
        r"\btop (?:free |downloaded )?apps?\b|\btopped\b.{0,40}\bApp Store\b|App-Store-Charts|\bdownload charts\b|"
        r"\bcut\b.{0,30}\bjobs\b|\bcut\b.{0,40}\b(?:workforce|staff)\b|restructuring|\blawsuit\b|\bsued\b|\bsues\b|suit against|suit of its own|\bKlage\b|verklagt", _I)),

    ("statement", re.compile(
        r"\b(?:sagte|sagt|erklärte|erklärt|betonte|äußerte|warnte|kommentierte|said|says|stated|warned|told|commented|"
        r"vowed|vows|pledged|pledges|threatened|versprach|drohte|"
        r"vorhergesagt|vorausgesagt|prognostiziert|predicted|apologi[sz]ed|apologi[sz]es|in apology|entschuldigt\w*|announced|angekündigt|gewarnt|gesagt|schrieb|disclosed|discloses|in a filing|bekräftigt\w*|reaffirm\w*|eingeräumt|admitted|"
        r"voted|rejected|berichtete|berichteten|berichtet|abgelehnt|abgestimmt|kritisiert\w*|criticized|criticised|entschieden|decided)\b|\bschlug\w*\b.{0,80}\bvor\b|\bstimmte\w*\b.{0,60}\b(?:zu|für|gegen)\b|\blehnte\w*\b.{0,60}\bab\b|\bräumte\w*\b.{0,60}\bein\b|\bteilte\w*\b.{0,100}\bmit\b|\bräumt\b.{0,60}\bein\b|\bteilt\b.{0,100}\bmit\b|\bkündigte\w*\b.{0,100}\ban\b|\bkündig(?:t|en)\b.{0,100}\ban\b|"
        r"\bgab\w*\b.{0,100}\bbekannt\b|\bgib(?:t|en)\b.{0,100}\bbekannt\b|bekanntgegeben|mitgeteilt|mitteilte|\bsprach\w*\b.{0,60}\bvon\b|"
        # "musste die Vorlage seines Jahresabschlusses verschieben", "delayed its annual report" (one literal each)
        + "".join(rf"\b(?:verschob\w*|verschieben|verschoben|postponed|delayed)\b.{{0,60}}\b{w}|"
                  for w in ("Vorlage", "Veröffentlichung", "Jahresabschluss", "Geschäftsbericht", "annual report", "filing"))
        + "".join(rf"\b{w}\w*\b.{{0,60}}\b(?:verschieben|verschoben)\b|" for w in ("Vorlage", "Veröffentlichung", "Jahresabschluss")) +
        # "called DeepSeek's release \"a wake-up call\"", "bezeichnete den Schritt als Fehler"
        r"\bcalled\b(?=[^.]{0,60}[\"“„«])|\bin an interview\b|\bin einem Interview\b|\b(?:declined|refused) to rule out\b|"
        r"\bnicht ausschließen\b|\bbezeichnete\w*\b.{0,80}\bals\b|\bdescribed\b.{0,80}\bas\b|"
        # "short seller Hindenburg published a report alleging …", "veröffentlichte einen kritischen Bericht"
        r"\bpublished\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:report|letter|study|analysis)\b|\bveröffentlichte\w*\b.{0,60}\b(?:Bericht|Studie|Analyse|Report)\b|"
        # "called on Tan to resign", "forderte den Rücktritt des Chefs"
        r"\bcalled\s+(?:on|for)\b.{0,60}\b(?:resign\w*|step down|ouster)\b|\bforder\w*\b.{0,60}\bRücktritt|"
        # analysts' targets: "senkten ihr Kursziel für Brenntag von 70 auf 62 Euro", "raised its price target"
        r"\bKursziel\w*\b.{0,80}\b(?:gesenkt|angehoben|erhöht|bestätigt)\b|"
        + "|".join(rf"\b(?:bestätigt\w*|bekräftigt\w*|senkt\w*|hob\w*|erneuert\w*)\b.{{0,60}}\b{w}"  # (one literal each, for the gate)
                   for w in ("Kaufempfehlung", "Verkaufsempfehlung", "Anlageurteil", "Kaufvotum", "Einstufung")) + r"|\b(?:senkte|senkten|hob|hoben|erhöhte|erhöhten)\b.{0,60}\bKursziel|"
        r"\b(?:cut|cuts|raised|raises|lowered|lifts|lifted)\s+(?:its|their)\s+price\s+target|"
        r"\braise[sd]?\s+PT\b|\bcuts?\s+PT\b|\blower(?:s|ed)?\s+PT\b|"  # "At least 7 brokerages raise PT" (wire shorthand)
        # "the Nikkei business daily reported late on Tuesday": a report in the press
        + "".join(rf"\b{src}\s+(?:\w+\s+){{0,2}}?(?:reported|berichtete)\b|"  # "Reuters first reported on Aug. 4 that …"
                  for src in ("Reuters", "Bloomberg", "CNBC", "Axios", "Semafor", "Handelsblatt", "Spiegel")) +
        r"\bdaily\s+(?:\w+\s+){0,2}?(?:reported|berichtete)\b|\bnewspaper\s+(?:\w+\s+){0,2}?(?:reported|berichtete)\b|\bnews agency\s+(?:\w+\s+){0,2}?(?:reported|berichtete)\b|\bNews\s+(?:\w+\s+){0,2}?(?:reported|berichtete)\b|\bJournal\s+(?:\w+\s+){0,2}?(?:reported|berichtete)\b|\bTimes\s+(?:\w+\s+){0,2}?(?:reported|berichtete)\b|\bZeitung\s+(?:\w+\s+){0,2}?(?:reported|berichtete)\b|\bBlatt\s+(?:\w+\s+){0,2}?(?:reported|berichtete)\b|\bMagazin\s+(?:\w+\s+){0,2}?(?:reported|berichtete)\b", _I)),
]

def gated_kinds(text: str, low: str) -> set[str]:
    """Kinds whose trigger regex can match ``text`` (a necessary condition, cheap)."""
    scan = _KIND_GATES.scan(text, low)
    return {kind for kind, _ in KIND_PATTERNS if scan.may_match(kind)}


def has_trigger(kind: str, text: str) -> bool:
    """Whether ``text`` holds a trigger word of ``kind`` (no context check, unlike :func:`classify`)."""
    return _KIND_GATES.scan(text).search(kind)


def _may_match(kind: str, text: str, low: str) -> bool:
    return kind in gated_kinds(text, low)


# Release verbs that need no product word to mean a launch ("unveiled its robotaxi").
_STRONG_RELEASE = Folded(r"\bunveil\w*|\blaunch(?:ed|es)\b|\brolled out|\bvorgestellt|\bpräsentiert\b(?!\s+sich)|\bstellte\w*\b.{0,80}\bvor\b", _I)

# What a military "launch" launches (an attack, not a product).
_MILITARY = Folded(r"\blaunch\w*\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:attack|offensive|operation|invasion|strikes?|missiles?)\b|\bmissiles?\b",
                   needles=("launch", "missile"))
# What makes a market_move trigger about a market (and not "revenue fell").
_MARKET_CONTEXT = re.compile(
    r"Aktie|Aktien|Anteilsschein|Papiere|\bTitel\b|Börse|Börsenwert|Marktwert|Marktkapitalisierung|Kurs|Index|Leitindex|"
    r"Technologiewerte|Tech-Werte|\b\w{3,}werte\b|\bHandel\b|\bHandels\b|Anleger|Markt\b|Märkte|Finanzmärkte|"
    r"\bshares?\b|\bstocks?\b|market value|market cap|\bindex\b|\bmarkets?\b|investors|trading|Wall Street|selloff|sell-off|"
    r"cryptocurrenc\w*|Kryptowährung\w*|Ölpreis\w*|oil prices?|Goldpreis|gold prices?|Gaspreis\w*|gas prices?|Strompreis\w*|\w+preis\b|"
    r"\bcrude\b|\bBrent\b|natural gas|copper|Terminkontrakt|futures|Rendite\w*|\byields?\b|\bbonds?\b|Anleihe\w*|"
    # A currency as the subject of the move ("Der Euro gab nach", "the yen strengthened").
    + "|".join(rf"\b(?:der|the)\s+(?:\w+\s+)?{cur}\b(?#gate:{cur.lower()})"  # one alternative per currency: gated
               for cur in ("Euro", "Dollar", "US-Dollar", "Yen", "Pfund", "Franken", "Yuan", "pound", "franc")),
    _I,
)
_PRODUCT_CONTEXT = re.compile(
    r"Modell|model|\bKI\b(?#gate:ki)|\bAI\b(?#gate:ai)|Chip|GPU|iPhone|Produkt|product|\bApp\b|Software|Version|version|Sprachmodell|"
    r"Chatbot|chatbot|features?\b|Funktionen|Intelligence|ChatGPT|assistant|Assistent|\bETFs?\b|Fonds|\bfunds?\b|"
    r"\bAgent(?:en)?\b|\bagents?\b|\bClaude\b|\bGemini\b|\bLlama\b|\bGPT\b|\bGrok\b|\bBard\b|\bCopilot\b|\bSiri\b|\bAlexa\b", _I)  # (model families by name)
_NOT_A_MOVE = Folded(r"(?:Geldpolitik|monetary policy|Leitzins\w*|Zinsen|Zinssatz|rates?)\b.{0,60}\b(?:unverändert|unchanged)|"
                     r"(?:unverändert|unchanged)\b.{0,40}\b(?:Geldpolitik|Leitzins\w*|Zinsen|Zinssatz|rates?)\b|"
                     r"\b(?:aus dem|in den|in die|aus der)\s+(?:Dax|MDax|SDax|TecDax|Leitindex|Stoxx)\b|"
                     r"\bin die\s+(?:\w+\s+){0,2}Börsenliga\b|"  # "steigt in die erste deutsche Börsenliga auf": the index
                     r"\b(?:join|joins|joined|added to|removed from|dropped from)\s+the\s+(?:[\w-]+\s+){0,2}?(?:S&P|Nasdaq|Dow|index)|"
                     # "ein Aufschlag von 50 Prozent auf den Schlusskurs": a bid premium, not a move
                     r"aufschlag\b.{0,40}\bauf den\b|\bpremium\b|"
                     # survey indices are data, not prices: "Der Ifo-Geschäftsklimaindex sank"
                     r"geschäftsklima|konsumklima|einkaufsmanager|business climate|consumer confidence|"
                     r"consumer price index|producer price index|verbraucherpreisindex|erzeugerpreis|"
                     # "soll die Dividende auf 90 Cent je Aktie steigen": the payout, not the stock
                     r"\bdividende\b.{0,40}\b(?:steigen|steigt|stieg|sinken|sinkt|sank)\b|\bdividend\b.{0,30}\b(?:rise|rises|rose|fall|falls|fell)\b|"
                     # "had dropped plans for a bond sale": a plan abandoned, not a price
                     r"\bdropped\s+(?:its\s+|their\s+|the\s+)?(?:plans?|bid|offer|proposal|lawsuit|suit|charges|case|talks)\b",
                     needles=("unverändert", "unchanged", "aus dem", "in den", "in die", "aus der", "join", "added to", "aufschlag", "premium",
                              "geschäftsklima", "konsumklima", "einkaufsmanager", "business climate", "consumer confidence",
                              "removed from", "dropped from", "dividend", "dropped", "price index", "preisindex", "erzeugerpreis"))
# "The company had hit a record high on Tuesday": only a share price has one.
# (and a market value crossed: "first crossed $1 trillion in June 2023 and topped $3 trillion a year later")
_RECORD_LEVEL = Folded(r"record high|all-time high|record low|Rekordhoch|Allzeithoch|Rekordtief|Rekordstand|most valuable|wertvollste|"
                       r"\b(?:crossed|topped|surpassed|passed|überschritt\w*|knackte\w*)\s+(?:the\s+|die\s+(?:Marke\s+(?:von\s+)?)?)?"
                       r"\$?[\d.,]+\s*(?:trillion|billion|Billionen|Billion)\b")
# Verbs said of a share price, not of a business: "Auch der Konkurrent Eli Lilly gab nach".
_STOCK_VERB = Folded(r"\bgewann\w*\s+(?:leicht|deutlich|kräftig)\b|\bgab\w*\s+(?:\w+\s+){0,3}?nach\b|\bgeben\s+(?:\w+\s+){0,3}?nach\b|\bgibt\s+(?:\w+\s+){0,3}?nach\b|"
                     r"\bnotiert\w*\s+(?:\w+\s+){0,3}?(?:höher|tiefer|fester|schwächer)\b|"
                     # "Alphabet was flat ahead of its report", "Alphabet was little changed"
                     r"\b(?:was|were|closed|ended|traded|finished)\s+(?:little changed|flat|unchanged|steady)\b|"
                     # "a day after it more than doubled to $347.51": a named company's value, not its results
                     r"\b(?:doubled|tripled|halved|verdoppelt|verdreifacht|halbiert)\b")
_RESULTS_WORD = Folded(r"ergebnis|umsatz|(?<!tages)(?<!kurs)gewinn(?!er)|\bmarge\b|revenue|profit(?!ier)|\bsales\b|earnings|income|\bEBIT|users|subscribers|"
                       r"Nutzer|Abonnenten|customers|Kunden|deliveries|Auslieferungen|Absatz|orders|Aufträge|"
                       r"backlog|bookings|performance obligations|Auftragsbestand|Auftragseingang|Passagiere|passengers|Fluggäste")
# ", a measure of contracted revenue not yet recognized, jumped": the subject stands before the apposition.
_APPOSITION_END = re.compile(r",\s+(?:a|an|the|ein|eine|der|die|das)\s[^,]{3,80},\s*$")
# Each pattern split into literal-gated alternatives (see ``_gates``): one automaton scan
# per sentence tells which few small regexes can match, for every kind and both contexts.
_KIND_GATES = GateBank({**dict(KIND_PATTERNS), "market context": _MARKET_CONTEXT, "product context": _PRODUCT_CONTEXT})


_CAUSE_CUT = re.compile(r"\s(?:after|even as|despite|nachdem|trotz)\s")


def _results_move(text: str, low: str, scan: Scan | None = None) -> bool:
    """The move word's subject is a results figure ("even as iPhone sales fell 10%")."""
    if not _RESULTS_WORD.search(text, low):
        return False
    at = (scan or _KIND_GATES.scan(text, low)).first("market_move")  # the move word, found by the gated parts
    if at is None:
        return False
    before = text[max(0, at - 120) : at]
    cut = _APPOSITION_END.search(before)
    before = before[: cut.start()] if cut else before
    return bool(_RESULTS_WORD.search(before[-30:]))


def classify(text: str, entities: Sequence[Entity]) -> str | None:
    """The event kind of a sentence (or None): the first kind whose trigger matches.

    A market-move trigger also needs market context (shares, an index, a percent move of
    a named company); a release trigger needs a product word unless the verb is strong.
    """
    has_market_entity = any(e.type in TRADED for e in entities)
    has_index = any(e.type in ("index", "crypto", "commodity", "fx") for e in entities)  # an instrument is market context
    low = text.lower()
    scan = _KIND_GATES.scan(text, low)
    for kind, _ in KIND_PATTERNS:
        if not scan.may_match(kind) or not scan.search(kind):
            continue
        if kind == "market_move" and (_NOT_A_MOVE.search(text, low) or _results_move(text, low, scan)):
            continue  # "ließ die Geldpolitik unverändert", "steigen aus dem Dax ab", "iPhone sales fell": not a price move
        if kind == "market_move" and not (scan.search("market context") or has_index or (
                has_market_entity and (find_percents(text) or _STOCK_VERB.search(text, low) or _RECORD_LEVEL.search(text, low))
                # ("Meta rose 1.6% after the Facebook parent reported fourth-quarter profit …": the cause's results)
                and not _RESULTS_WORD.search(text, low, endpos=cut.start() if (cut := _CAUSE_CUT.search(text)) else None))):
            # "Das Betriebsergebnis stieg um 28 Prozent": results, not the stock.
            continue
        if kind == "model_release" and (not (scan.search("product context") or _STRONG_RELEASE.search(text, low))
                                        or _MILITARY.search(text, low)):
            continue  # (not "launched a barrage of missiles", "launched a ground operation")
        return kind
    return None
