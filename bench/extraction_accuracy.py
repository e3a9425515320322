"""Extraction accuracy against hand-made answers: sections, decisions, Dnr and persons per document.

Usage: .venv/bin/python bench/extraction_accuracy.py [--json] [--verbose] [GOLD.json ...]
       .venv/bin/python bench/extraction_accuracy.py --gold-dir DIR --docs-root DIR [--verbose]

Each file in bench/extraction_gold/ was written by reading the document itself (never arkiv's
output). The document is read, cleaned and parsed as ingest does (bench/extraction_counts) and
compared with the gold answers:

- sections by number ("§ 12", "12.", "12" are one key; "10 a." is "10a"), by title when unnumbered;
- decisions by section and text: the first eight words of the gold text must appear, at least
  two thirds of them in one run, in a predicted decision of the same section; status accuracy
  on the matched ones;
- Dnr as a set per document, compared in arkiv's canonical key (arkiv.schema.normalise_dnr);
- persons by name, tolerant to case and whitespace; a short form ("A. Ek", a first name, a handle)
  matches only when the gold lists it as an alias; a second record of the same person is a false
  positive. Role, organisation and party accuracy on matched persons: a gold value may list the
  accepted alternatives; a prediction matches one when equal after normalisation or when it starts
  with it followed by a space or comma ("ersättare för Per Ny" is "ersättare").

To measure another branch's code, set PYTHONPATH to its worktree: that arkiv is imported, not
this one. The documents were seen while the rules were written: these are not held-out figures.
For a held-out check, keep gold files (same format) and documents outside the repository and pass
`--gold-dir` and `--docs-root`: each gold "file" is then read relative to the documents root.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = Path(__file__).resolve().parent / "extraction_gold"
PREFIX_WORDS = 8
RUN_SHARE = 2 / 3

# ----------------------------------------------------------------------------- normalisation


def norm_text(text: str | None) -> str:
    """Lower case, words only: what two spellings of one name or title have in common."""
    return " ".join(re.findall(r"[\w&'-]+", (text or "").casefold()))


def section_key(number: str | None, title: str | None = None) -> str:
    """'§ 12', '§12', '12.', '12' -> '12'; '10 a.' -> '10a'; unnumbered -> 't:' + title words."""
    if number and (match := re.search(r"(\d+)\s*([a-zåäö])?\b", number.casefold())):
        return match.group(1).lstrip("0") + (match.group(2) or "")
    return "t:" + norm_text(title)


def same_section(gold: str, predicted: str) -> bool:
    """Numbers must be equal; titles may be cut short on either side (at least five characters)."""
    if gold == predicted:
        return True
    if gold.startswith("t:") and predicted.startswith("t:"):
        short, long = sorted((gold[2:], predicted[2:]), key=len)
        return len(short) >= 5 and long.startswith(short)
    return False


def alternatives(value) -> list[str | None]:
    return value if isinstance(value, list) else [value]


def value_matches(gold, predicted: str | None) -> bool:
    """A gold value (or list of accepted values) against a predicted role, organisation or party."""
    got = norm_text(predicted) or None
    for accepted in alternatives(gold):
        want = norm_text(accepted) or None
        if want == got or (want and got and (got + " ").startswith(want + " ")):
            return True
    return False


def prefix_overlap(gold: str, predicted: str) -> float:
    """Share of the gold text's first words found in one run in the predicted text (0–1)."""
    want = norm_text(gold).split()[:PREFIX_WORDS]
    have = norm_text(predicted).split()
    best = 0
    # the run may begin anywhere in either text ("Beslut: Styrelsen …" against "Styrelsen …")
    for start in range(len(have)):
        for offset in range(len(want)):
            run = 0
            while offset + run < len(want) and start + run < len(have) and have[start + run] == want[offset + run]:
                run += 1
            best = max(best, run)
    return best / len(want) if want else 0.0


# ----------------------------------------------------------------------------- scores


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        if self.tp + self.fp + self.fn == 0:
            return None  # nothing expected, nothing found
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def as_dict(self, verbose: bool = False) -> dict:
        out = {"tp": self.tp, "fp": self.fp, "fn": self.fn,
               "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}
        if verbose:
            out |= {"misses": self.misses, "false_positives": self.false_positives}
        return out


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0
    wrong: list = field(default_factory=list)

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def count(self, ok: bool, detail) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(detail)

    def add(self, other: Accuracy) -> None:
        self.right, self.total = self.right + other.right, self.total + other.total

    def as_dict(self, verbose: bool = False) -> dict:
        out = {"right": self.right, "total": self.total, "accuracy": _round(self.value)}
        return out | {"wrong": self.wrong} if verbose else out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def score_sections(gold: list[dict], predicted: list[dict]) -> Score:
    """Sections as {"number", "title"}; each gold section matches at most one predicted one."""
    unmatched = [(section_key(p.get("number"), p.get("title")), p) for p in predicted]
    score = Score()
    for g in gold:
        key = section_key(g.get("number"), g.get("title"))
        hit = next((i for i, (k, _) in enumerate(unmatched) if same_section(key, k)), None)
        if hit is None:
            score.fn += 1
            score.misses.append(f"{g.get('number') or ''} {g.get('title')}".strip())
        else:
            score.tp += 1
            unmatched.pop(hit)
    score.fp = len(unmatched)
    score.false_positives = [f"{p.get('number') or ''} {p.get('title')}".strip() for _, p in unmatched]
    return score


def score_decisions(gold: list[dict], predicted: list[dict], gold_sections: list[dict]) -> tuple[Score, Accuracy]:
    """Decisions as {"section", "text", "status"}. The gold "section" is a number as written or,
    for unnumbered sections, the title; predicted ones carry their section's number and title."""
    unnumbered = {norm_text(s["title"]) for s in gold_sections if not s.get("number")}

    def gold_key(d: dict) -> str:
        return section_key(None, d["section"]) if norm_text(d["section"]) in unnumbered else section_key(d["section"])

    unmatched = [(section_key(p.get("number"), p.get("title")), p) for p in predicted]
    score, status = Score(), Accuracy()
    for g in gold:
        key = gold_key(g)
        candidates = [(prefix_overlap(g["text"], p["text"]), i) for i, (k, p) in enumerate(unmatched)
                      if same_section(key, k)]
        best = max(candidates, default=(0.0, None))
        if best[1] is None or best[0] < RUN_SHARE:
            score.fn += 1
            score.misses.append(f"[{g['section']}] {g['text'][:90]} ({'/'.join(alternatives(g['status']))})")
            continue
        score.tp += 1
        _, p = unmatched.pop(best[1])
        ok = p.get("status") in alternatives(g["status"])
        expected = "/".join(alternatives(g["status"]))
        status.count(ok, f"[{g['section']}] {g['text'][:60]}: {p.get('status')}, väntat {expected}")
    score.fp = len(unmatched)
    score.false_positives = [f"[{p.get('number') or p.get('title')}] {p['text'][:90]} ({p.get('status')})"
                             for _, p in unmatched]
    return score, status


def score_dnr(gold: list[str], predicted: list[str], key) -> Score:
    """Dnr as sets of canonical keys per document; `key` is the canonical form (normalise_dnr)."""
    want = {key(d): d for d in gold}
    have = {key(d): d for d in predicted}
    score = Score(tp=len(want.keys() & have.keys()))
    score.misses = [want[k] for k in sorted(want.keys() - have.keys())]
    score.false_positives = [have[k] for k in sorted(have.keys() - want.keys())]
    score.fn, score.fp = len(score.misses), len(score.false_positives)
    return score


def score_persons(gold: list[dict], predicted: list[dict]) -> tuple[Score, dict[str, Accuracy]]:
    """Persons as {"name", "aliases"?, "role", "organisation", "party"}; one record per person."""
    names = {}
    for index, g in enumerate(gold):
        for name in [g["name"], *g.get("aliases", [])]:
            names.setdefault(norm_text(name), index)
    matched: set[int] = set()
    score = Score()
    accuracy = {"role": Accuracy(), "organisation": Accuracy(), "party": Accuracy()}
    for p in predicted:
        index = names.get(norm_text(p["name"]))
        if index is None or index in matched:
            score.fp += 1
            score.false_positives.append(_person_text(p) + (" (samma person igen)" if index is not None else ""))
            continue
        matched.add(index)
        score.tp += 1
        g = gold[index]
        for attribute, acc in accuracy.items():
            acc.count(value_matches(g.get(attribute), p.get(attribute)),
                      f"{g['name']}: {attribute} {p.get(attribute)!r}, väntat {alternatives(g.get(attribute))}")
    score.misses = [_person_text(g) for i, g in enumerate(gold) if i not in matched]
    score.fn = len(score.misses)
    return score, accuracy


def _person_text(p: dict) -> str:
    extra = ", ".join(str(v) for v in alternatives(p.get("role"))[:1] + [p.get("party")] if v)
    return f"{p['name']} ({extra})" if extra else p["name"]


def score_document(gold: dict, predicted: dict, dnr_key) -> dict:
    """All scores of one document; `predicted` has the shape of `extracted()`."""
    decisions, status = score_decisions(gold["decisions"], predicted["decisions"], gold["sections"])
    persons, attributes = score_persons(gold["persons"], predicted["persons"])
    return {
        "sections": score_sections(gold["sections"], predicted["sections"]),
        "decisions": decisions,
        "status": status,
        "dnr": score_dnr(gold["dnr"], predicted["dnr"], dnr_key),
        "persons": persons,
        **attributes,
    }


# ----------------------------------------------------------------------------- running arkiv


def _import_arkiv():
    """The arkiv on PYTHONPATH if one is set (another branch), else this worktree's."""
    if not os.environ.get("PYTHONPATH"):
        sys.path.insert(0, str(ROOT))
    import arkiv  # noqa: F401  first, so extraction_counts' path insert cannot replace it

    import extraction_counts
    from arkiv.schema import normalise_dnr
    return arkiv, extraction_counts, normalise_dnr


def extracted(path: Path, counts) -> dict:
    """arkiv's reading of one document, as plain data for the scorers."""
    from arkiv.ingest.extract import WHOLE_BODY_TITLE

    source = counts.read_document(path)
    doc = counts.parse_document(counts.clean_pages(source.pages), filename=path.name)
    # a document without headings files its decisions under one section standing for the whole
    # text; gold writes such a document with no sections and its decisions under section ""
    whole = [s for s in doc.sections if s.number is None and s.title == WHOLE_BODY_TITLE]
    return {
        "sections": [{"number": s.number, "title": s.title} for s in doc.sections if s not in whole],
        "decisions": [{"number": s.number, "title": "" if s in whole else s.title, "text": d.text, "status": str(d.status)}
                      for s in doc.sections for d in s.decisions],
        "dnr": [ref.text for s in doc.sections for ref in s.dnr],
        "persons": [{"name": p.name, "role": p.role, "organisation": p.organisation, "party": p.party}
                    for p in doc.persons],
    }


KINDS = ("sections", "decisions", "dnr", "persons")
ACCURACIES = ("status", "role", "organisation", "party")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: every *.json of --gold-dir)")
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR, help="folder of gold JSON files")
    parser.add_argument("--docs-root", type=Path, default=None,
                        help="folder the gold files' \"file\" paths are relative to (default: ../shared)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives per document")
    args = parser.parse_args(argv)

    gold_paths = args.gold or sorted(args.gold_dir.glob("*.json"))
    if not gold_paths:
        parser.error(f"no gold files in {args.gold_dir}")
    arkiv, counts, dnr_key = _import_arkiv()
    docs_root = args.docs_root or counts.SHARED
    counts.pipeline()
    rows, totals = [], {k: Score() for k in KINDS} | {k: Accuracy() for k in ACCURACIES}
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        scores = score_document(gold, extracted(docs_root / gold["file"], counts), dnr_key)
        for name, value in scores.items():
            totals[name].add(value)
        rows.append({"gold": gold_path.stem, "file": gold["file"],
                     **{name: value.as_dict(args.verbose) for name, value in scores.items()}})

    overall = {name: value.as_dict() for name, value in totals.items()}
    if args.json:
        print(json.dumps({"arkiv": str(Path(arkiv.__file__).parent), "documents": rows, "overall": overall},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"arkiv from {Path(arkiv.__file__).parent}")
    _print_table(rows, overall)
    if args.verbose:
        _print_errors(rows)
    return 0


def _cell(score: dict) -> str:
    return "   -   " if score["f1"] is None else f"{score['f1']:.2f} {score['tp']}/{score['tp'] + score['fn']}"


def _acc(acc: dict) -> str:
    return "  -  " if acc["accuracy"] is None else f"{acc['accuracy']:.2f}"


def _print_table(rows: list[dict], overall: dict) -> None:
    print(f"{'document':30} {'sections F1':>12} {'decisions F1':>13} {'status':>6} {'Dnr F1':>10} "
          f"{'persons F1':>11} {'role':>5} {'org':>5} {'party':>5}")
    for r in [*rows, {"gold": "ALL (micro)", **overall}]:
        print(f"{r['gold'][:30]:30} {_cell(r['sections']):>12} {_cell(r['decisions']):>13} {_acc(r['status']):>6} "
              f"{_cell(r['dnr']):>10} {_cell(r['persons']):>11} {_acc(r['role']):>5} "
              f"{_acc(r['organisation']):>5} {_acc(r['party']):>5}")
    o = overall
    print("\nP/R overall: " + ", ".join(f"{k} {o[k]['precision']}/{o[k]['recall']}" for k in KINDS))
    print("cells: F1 found/expected; status, role, org, party: accuracy on matched items")


def _print_errors(rows: list[dict]) -> None:
    for r in rows:
        print(f"\n== {r['gold']} ({r['file']})")
        for kind in KINDS:
            for miss in r[kind]["misses"]:
                print(f"  miss {kind}: {miss}")
            for extra in r[kind]["false_positives"]:
                print(f"  false {kind}: {extra}")
        for kind in ACCURACIES:
            for wrong in r[kind]["wrong"]:
                print(f"  wrong {wrong}")


if __name__ == "__main__":
    sys.exit(main())
