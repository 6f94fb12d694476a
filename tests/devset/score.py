"""Score event extraction on the labelled dev set (``tests/devset``).

    python tests/devset/score.py            # summary
    python tests/devset/score.py -v         # every miss and false positive

A predicted event matches a gold event when it comes from the same article and
one of its quoted sentences contains one of the gold evidence strings. *Strict*
also needs the same best day; *lenient* needs the gold day inside the predicted
interval. Matching is one-to-one. Ticker accuracy is over strict matches (the
predicted ticker set equals the gold set).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The day the labelled sets were scored against: a wire dateline with no year anywhere is dated the latest
# fitting year up to "today", so scores must not change with the day they are computed.
os.environ.setdefault("TIMELINE_TODAY", "2026-11-23")


@dataclass
class Scores:
    n_gold: int = 0
    n_pred: int = 0
    strict_tp: int = 0
    lenient_tp: int = 0
    ticker_ok: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    per_lang: dict[str, list[int]] = field(default_factory=dict)

    @staticmethod
    def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict(self) -> tuple[float, float, float]:
        return self._f1(self.strict_tp, self.n_pred, self.n_gold)

    @property
    def lenient(self) -> tuple[float, float, float]:
        return self._f1(self.lenient_tp, self.n_pred, self.n_gold)

    @property
    def ticker_accuracy(self) -> float:
        return self.ticker_ok / self.strict_tp if self.strict_tp else 0.0

    def report(self) -> str:
        sp, sr, sf = self.strict
        lp, lr, lf = self.lenient
        lines = [
            f"dev set: {self.n_gold} gold events, {self.n_pred} predicted",
            f"dates strict : P={sp:.3f} R={sr:.3f} F1={sf:.3f}",
            f"dates lenient: P={lp:.3f} R={lr:.3f} F1={lf:.3f}",
            f"tickers (on strict matches): {self.ticker_accuracy:.3f}",
        ]
        for lang, (tp, npred, ngold) in sorted(self.per_lang.items()):
            p, r, f = self._f1(tp, npred, ngold)
            lines.append(f"  {lang}: strict P={p:.3f} R={r:.3f} F1={f:.3f} ({ngold} gold)")
        return "\n".join(lines)


def load_gold(folder: Path = HERE) -> list[dict]:
    return [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def score(extract=None, folder: Path = HERE) -> Scores:  # type: ignore[no-untyped-def]
    """Extract every article in ``folder`` on its own (as a user would) and compare with its gold."""
    from timeline.articles import read_article
    from timeline.events import extract_events

    extract = extract or (lambda arts: extract_events(arts))
    gold = load_gold(folder)
    s = Scores(n_gold=len(gold))
    articles = sorted({g["article"] for g in gold} | {p.name for p in folder.glob("*.txt")})
    for name in articles:
        lang = name[:2]
        preds = list(extract([read_article(folder / name)]))
        golds = [g for g in gold if g["article"] == name]
        s.n_pred += len(preds)
        stats = s.per_lang.setdefault(lang, [0, 0, 0])
        stats[1] += len(preds)
        stats[2] += len(golds)
        used: set[int] = set()
        for g in golds:
            gd = date.fromisoformat(g["date"])
            cands = [i for i, e in enumerate(preds) if i not in used and any(ev in q for q in e.quotes for ev in g["evidence"])]
            # Several predictions may quote the same sentence ("X gained 11% and Y rose 3.6%"):
            # prefer the one about the gold instruments, then the one of the gold kind ("slid 16% after
            # the chipmaker gave a weak forecast" holds a move and a results event).
            cands.sort(key=lambda i: (set(preds[i].tickers) != set(g["tickers"]), preds[i].kind != g.get("kind")))
            strict = next((i for i in cands if preds[i].date == gd), None)
            lenient = strict if strict is not None else next((i for i in cands if preds[i].start <= gd <= preds[i].end), None)
            if strict is not None:
                s.strict_tp += 1
                stats[0] += 1
                if set(preds[strict].tickers) == set(g["tickers"]):
                    s.ticker_ok += 1
                else:
                    s.misses.append(f"{name}: tickers {list(preds[strict].tickers)} != {g['tickers']} ({g['evidence'][0]!r})")
            if lenient is not None:
                s.lenient_tp += 1
                used.add(lenient)
            if strict is None:
                got = [f"{preds[i].date} ({preds[i].start}..{preds[i].end})" for i in cands]
                s.misses.append(f"{name}: {g['date']} {g['kind']} {g['evidence'][0]!r} -> {got or 'not found'}")
        for i, e in enumerate(preds):
            if i not in used:
                s.false_positives.append(f"{name}: {e.date} {e.kind} {e.title!r} <- {e.quote[:70]!r}")
    return s


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent.parent))
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else HERE
    result = score(folder=folder)
    print(result.report().replace("dev set", folder.name))
    if "-v" in sys.argv:
        print("\nmisses:\n  " + "\n  ".join(result.misses))
        print("\nunmatched predictions:\n  " + "\n  ".join(result.false_positives))
