"""Fast matching for the big case-insensitive word regexes (triggers, cues, numbers).

Two things make Python's ``re`` slow on them, and each has a fix here:

* ``re.IGNORECASE`` folds case character by character and disables the literal-prefix
  scan: about 8x slower than a case-sensitive pattern. :class:`Folded` runs the
  lower-cased pattern case-sensitively over the lower-cased text instead (same length,
  so match positions still index the original text).
* ``a|b|c|…`` is tried alternative by alternative at every position of the text; with
  fifty words that costs ~50 µs per sentence. :class:`GateBank` splits into its top-level alternatives, each alternative gets a *required literal* (a
letter run every match of it must contain), and one Aho-Corasick pass over the text
tells which alternatives can match at all. Only those small regexes run; alternatives
without a safe literal always run. The answer is the same as ``pattern.search(text)``
(a property test checks this).

Example:
    >>> import re
    >>> g = GatedAlternation(re.compile(r"\\bfell\\b|stürzte|record low", re.IGNORECASE))
    >>> g.search("Die Aktie STÜRZTE ab"), g.search("nothing here")
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any


def fold_text(text: str) -> str:
    """``text.lower()`` with the same length (the rare characters whose lower case is
    longer, like "İ", stay as they are), so positions in it are positions in ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(lc if len(lc := c.lower()) == 1 else c for c in text)


def fold_pattern(pattern: str) -> str:
    """The pattern with its literal letters lower-cased (escapes like ``\\W``/``\\S`` and
    group names kept).

    Example:
        >>> fold_pattern(r"(?P<Num>\\d+)\\s?Prozent\\b")
        '(?P<Num>\\\\d+)\\\\s?prozent\\\\b'
    """
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith("(?i:", i):  # the text is lower-cased already
            out.append("(?:")
            i += 4
        elif pattern.startswith("(?P", i):  # named group or back-reference: the name keeps its case
            j = min(k for k in (pattern.find(">", i), pattern.find(")", i)) if k >= 0)
            out.append(pattern[i : j + 1])
            i = j + 1
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


class Folded:
    """A case-insensitive regex, run case-sensitively over lower-cased text (~8x faster).

    Match positions index the original text; group *values* are lower-cased, so
    callers slice the original text where case matters.

    Example:
        >>> Folded(r"\\bshares?\\b").search("SHARES fell").span()
        (0, 6)
    """

    def __init__(self, pattern: str, flags: int = 0, needles: Sequence[str] = ()) -> None:
        self.pattern = pattern
        self.regex = re.compile(fold_pattern(pattern), flags & ~re.IGNORECASE)
        # Optional necessary condition: every match contains one of these (lower-case) strings.
        # ``in`` tests are far cheaper than a regex that has to try every word boundary.
        self.needles = tuple(n.lower() for n in needles)

    def search(self, text: str, low: str | None = None, *, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        hay = low if low is not None else fold_text(text)
        if self.needles and not any(n in hay for n in self.needles):
            return None
        return self.regex.search(hay, pos, len(hay) if endpos is None else endpos)

    def match(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """Like :meth:`search`, anchored at the start of the text."""
        hay = low if low is not None else fold_text(text)
        if self.needles and not any(n in hay for n in self.needles):
            return None
        return self.regex.match(hay)

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        hay = low if low is not None else fold_text(text)
        if self.needles and not any(n in hay for n in self.needles):
            return iter(())
        return self.regex.finditer(hay)

    def count(self, text: str, low: str | None = None) -> int:
        """Number of non-overlapping matches (``len(re.findall(...))``)."""
        return sum(1 for _ in self.finditer(text, low))


class Needled:
    """A case-sensitive regex behind a cheap necessary condition: one of ``needles`` occurs
    in the lower-cased text, or the text starts with one of ``starts``.

    Example:
        >>> n = Needled(re.compile(r"\\b[Tt]he (?:company|firm)\\b"), ["company", "firm"])
        >>> bool(n.search("The company said")), n.search("Nothing to see")
        (True, None)
    """

    def __init__(self, regex: re.Pattern[str], needles: Sequence[str], starts: tuple[str, ...] = ()) -> None:
        self.regex, self.pattern = regex, regex.pattern
        self.needles, self.starts = tuple(n.lower() for n in needles), starts

    def search(self, text: str, pos: int = 0, low: str | None = None) -> re.Match[str] | None:
        hay = low if low is not None else text.lower()
        if not text.startswith(self.starts) and not any(n in hay for n in self.needles):
            return None
        return self.regex.search(text, pos)


def split_top(pattern: str) -> list[str]:
    """Top-level alternatives of a regex (``a|(b|c)|d`` -> ``a``, ``(b|c)``, ``d``)."""
    parts, depth, cur, i = [], 0, "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur += pattern[i : i + 2]
            i += 2
            continue
        if pattern.startswith("(?#", i):  # a comment (a gate hint) is one piece, whatever it holds
            j = pattern.find(")", i) % (len(pattern) + 1)  # (unclosed in a slice: the rest)
            cur += pattern[i : j + 1]
            i = j + 1
            continue
        if ch == "[":
            j = pattern.index("]", i + 2)
            cur += pattern[i : j + 1]
            i = j + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    return [*parts, cur]


_GATE_HINT = re.compile(r"\(\?#gate:([^)]+)\)")


def required_literal(alt: str) -> str | None:
    """A letter run (3+ letters) that every match of ``alt`` contains, or None if unsure.

    An alternative may name its literal in a regex comment, ``(?#gate:X)``, where no letter
    run would do (``\\(@\\w+\\)`` always holds "(@"): the writer vouches for it, a test checks it.
    """
    hint = _GATE_HINT.search(alt)
    if hint is not None:
        return hint[1]
    flat = re.sub(r"\\.", " ", alt)  # escapes (\b, \w, \s, \() are not literal letters
    flat = re.sub(r"\[[^\]]*\]", " ", flat)
    while re.search(r"\([^()]*\)", flat):
        flat = re.sub(r"\([^()]*\)[?*]?(\{[^}]*\})?", " ", flat)  # groups may be optional: drop them
    flat = re.sub(r".[?*]|.\{0,?\d*\}", " ", flat)  # an optional character breaks the run
    runs = re.findall(r"[^\W\d_]{3,}", flat)
    return max(runs, key=len) if runs else None


_WRAPPED = re.compile(r"^(?P<pre>(?:\\b)?)\(\?:(?P<inner>.*)\)(?P<post>(?:\\b)?)$", re.DOTALL)


def _closes_at_end(group: str, close: int) -> bool:
    """Whether the group opening ``group`` (at index 0) closes at index ``close``
    (``(?:a)|(?:b)`` looks wrapped but is two groups)."""
    depth, i = 0, 0
    while i < len(group):
        ch = group[i]
        if ch == "\\":
            i += 2
            continue
        if group.startswith("(?#", i):
            i = group.find(")", i) % (len(group) + 1) + 1
            continue
        if ch == "[":
            i = group.index("]", i + 2) + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i == close
        i += 1
    return False


def alternatives(pattern: str) -> list[tuple[str, str]]:
    """Top-level alternatives as (self-contained pattern, its core), looking inside
    ``\\b(?:a|b)\\b`` wrappers: each inner alternative keeps the wrapper's ``\\b``
    (the core is the alternative without it, where its literal is looked for)."""
    out: list[tuple[str, str]] = []
    for alt in split_top(pattern):
        m = _WRAPPED.match(alt)
        if m and split_top(m["inner"]) != [m["inner"]] and _closes_at_end(alt[len(m["pre"]) :], len(m["inner"]) + 3):
            out.extend((f"{m['pre']}(?:{full}){m['post']}", core) for full, core in alternatives(m["inner"]))
        else:
            out.append((alt, alt))
    return out


class GateBank:
    """Several alternations behind one Aho-Corasick pass per text (two automata: one
    over the lower-cased text for case-insensitive patterns, one over the text as is).

    Example:
        >>> import re
        >>> bank = GateBank({"down": re.compile(r"fell|fiel", re.I), "up": re.compile(r"rose")})
        >>> scan = bank.scan("Die Aktie FIEL")
        >>> scan.search("down"), scan.search("up"), scan.may_match("up")
        (True, False, False)
    """

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        import ahocorasick

        self.patterns = dict(patterns)
        self.parts: dict[str, list[re.Pattern[str]]] = {}
        self.always: dict[str, list[int]] = {}  # alternatives without a safe literal
        self.folded: dict[str, bool] = {}
        autos: dict[bool, Any] = {True: ahocorasick.Automaton(), False: ahocorasick.Automaton()}
        for name, pattern in self.patterns.items():
            fold = bool(pattern.flags & re.IGNORECASE)
            self.parts[name], self.always[name] = [], []
            for i, (alt, core) in enumerate(alternatives(pattern.pattern)):
                # Case-insensitive alternatives run folded over the lower-cased text.
                self.parts[name].append(re.compile(fold_pattern(alt) if fold else alt, pattern.flags & ~re.IGNORECASE))
                self.folded[name] = fold
                lit = required_literal(core)
                if lit is None:
                    self.always[name].append(i)
                    continue
                lit = lit.lower() if fold else lit
                autos[fold].add_word(lit, (*autos[fold].get(lit, ()), (name, i)))
        self._autos = [(fold, auto) for fold, auto in autos.items() if len(auto)]
        self._ungated = [(name, idx) for name, idx in self.always.items() if idx]
        for _, auto in self._autos:
            auto.make_automaton()

    def scan(self, text: str, low: str | None = None) -> Scan:
        """Which alternatives of which patterns can match ``text`` (``low``: ``text.lower()``, if at hand)."""
        low = low if low is not None else fold_text(text)
        found: dict[str, set[int]] = {name: set(idx) for name, idx in self._ungated}
        for fold, auto in self._autos:
            for _, hits in auto.iter(low if fold else text):
                for name, i in hits:
                    found.setdefault(name, set()).add(i)
        return Scan(self, text, low, found)


class Scan:
    """One text scanned by a :class:`GateBank`."""

    def __init__(self, bank: GateBank, text: str, low: str, found: dict[str, set[int]]) -> None:
        self.bank, self.text, self.low, self.found = bank, text, low, found

    def may_match(self, name: str) -> bool:
        """A necessary condition for ``search(name)``: a literal of the pattern occurs."""
        return name in self.found

    def search(self, name: str) -> bool:
        """Whether pattern ``name`` matches the text: same answer as ``pattern.search(text)``."""
        parts = self.bank.parts[name]
        hay = self.low if self.bank.folded[name] else self.text
        return any(parts[i].search(hay) for i in sorted(self.found.get(name, ())))

    def first(self, name: str) -> int | None:
        """Where the leftmost match of pattern ``name`` starts (``pattern.search(text).start()``), or None."""
        parts = self.bank.parts[name]
        hay = self.low if self.bank.folded[name] else self.text
        starts = [m.start() for i in self.found.get(name, ()) if (m := parts[i].search(hay)) is not None]
        return min(starts) if starts else None


class GatedAlternation:
    """One pattern behind its literal gate; :meth:`search` answers like ``bool(pattern.search(text))``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._bank = GateBank({"": pattern})

    @property
    def gated(self) -> bool:
        """True when every alternative has a literal (nothing runs on text without one)."""
        return not self._bank.always[""]

    def search(self, text: str, low: str | None = None) -> bool:
        """Whether ``pattern`` matches anywhere in ``text``."""
        return self._bank.scan(text, low).search("")
