"""Score extractions against a gold file (the ONTOLOGY.md matching rules).

A port of ``tests/data/kgscore.py`` — same normalisation, same greedy matching
order, same text and JSON output — so ``graphbuild evaluate`` figures can be
compared one for one with the reference scorer. Predictions come either from
running the pipeline on input paths or from an ``extract --format jsonl`` file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.errors import EvaluationError
from graphbuild.types import Extraction, Failure

SYMMETRIC = {"PARTNERS_WITH", "MET_WITH"}
HONORIFICS = {"prof", "dr", "drs", "dra", "ir", "h", "hj", "apt", "mr", "mrs", "ms", "bapak", "ibu", "pak", "bu"}
DEGREES = {"m biomed", "ph d", "phd", "m epid", "s farm", "m sc", "msc", "mba", "m kes", "m si", "s si",
           "m farm", "s h", "m h", "s e", "m m", "s kom", "m pd", "sp", "mph", "m p h"}
LEGAL = {"pt", "tbk", "persero", "ltd", "inc", "co", "corp", "cv", "llc", "plc", "gmbh"}
_DEGREE_RES = [re.compile(rf"(^| ){d}( |$)") for d in sorted(DEGREES, key=len, reverse=True)]

Counts = dict[tuple[str, str], dict[str, int]]


def norm(s: str) -> str:
    """Case-fold, drop punctuation, honorifics, degrees and legal forms."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    for deg in _DEGREE_RES:
        s = deg.sub(" ", s).strip()
    return " ".join(w for w in s.split() if w not in HONORIFICS and w not in LEGAL)


def doc_key(obj: dict[str, Any]) -> str:
    raw = obj.get("doc") or obj.get("doc_id") or obj.get("source") or ""
    name = Path(str(raw)).name
    return name[:-4] if name.endswith(".txt") else name


def surfaces(ent: dict[str, Any]) -> set[str]:
    out = {norm(ent.get("name", ""))}
    out |= {norm(a) for a in ent.get("aliases", []) or []}
    out.discard("")
    return out


def load_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """Gold or prediction records by document key; raises EvaluationError on bad input."""
    docs: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationError(f"{path}:{n}: not JSON ({exc}); fix or remove that line") from exc
                if not isinstance(obj, dict):
                    raise EvaluationError(f"{path}:{n}: expected one JSON object per line")
                docs[doc_key(obj)] = obj
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read ({exc.strerror}); check the path") from exc
    return docs


def _match_entities(gold_ents: list[dict], pred_ents: list[dict], counts: Counts, show: list[str], dk: str) -> None:
    used: set[int] = set()
    for g in gold_ents:
        gs = surfaces(g)
        hit = None
        for pi, p in enumerate(pred_ents):
            if pi in used or p.get("type") != g.get("type"):
                continue
            if gs & surfaces(p):
                hit = pi
                break
        t = g.get("type")
        if hit is not None:
            used.add(hit)
            if not g.get("optional"):
                counts[("ent", t)]["tp"] += 1
        elif not g.get("optional"):
            counts[("ent", t)]["fn"] += 1
            show.append(f"{dk}  missed entity   {t}: {g.get('name')}")
    for pi, p in enumerate(pred_ents):
        if pi not in used:  # a second node for an entity already matched is a duplicate: wrong
            counts[("ent", p.get("type"))]["fp"] += 1
            show.append(f"{dk}  wrong entity    {p.get('type')}: {p.get('name')}")


def _gold_end(name: str, gold_ents: list[dict]) -> set[str]:
    n = norm(name)
    for g in gold_ents:
        if n in surfaces(g):
            return surfaces(g)
    return {n}


def _match_relations(g: dict, p: dict, counts: Counts, show: list[str], dk: str) -> None:
    gents = g.get("entities", [])
    by_id = {e.get("id"): e for e in p.get("entities", []) or []}
    prels: list[tuple[Any, set[str], set[str], dict | None, dict | None]] = []
    seen: set[tuple[Any, frozenset[str], frozenset[str]]] = set()
    for r in p.get("relations", []) or []:
        h, t = by_id.get(r.get("head")), by_id.get(r.get("tail"))
        hs = surfaces(h) if h else {norm(str(r.get("head", "")))}
        ts = surfaces(t) if t else {norm(str(r.get("tail", "")))}
        key = (r.get("type"), frozenset(hs), frozenset(ts))
        if key in seen:
            continue
        seen.add(key)
        prels.append((r.get("type"), hs, ts, h, t))
    used: set[int] = set()
    for gr in g.get("relations", []):
        gt = gr.get("type")
        gh, gtl = _gold_end(gr.get("head", ""), gents), _gold_end(gr.get("tail", ""), gents)
        hit = None
        for i, (pt, hs, ts, _, _) in enumerate(prels):
            if i in used or pt != gt:
                continue
            if (gh & hs and gtl & ts) or (gt in SYMMETRIC and gh & ts and gtl & hs):
                hit = i
                break
        if hit is not None:
            used.add(hit)
            if not gr.get("optional"):
                counts[("rel", gt)]["tp"] += 1
        elif not gr.get("optional"):
            counts[("rel", gt)]["fn"] += 1
            show.append(f"{dk}  missed relation {gt}: {gr.get('head')} -> {gr.get('tail')}")
    for i, (pt, hs, ts, h, t) in enumerate(prels):
        if i not in used:
            counts[("rel", pt)]["fp"] += 1
            hn = h.get("name") if h else sorted(hs)[0] if hs else "?"
            tn = t.get("name") if t else sorted(ts)[0] if ts else "?"
            show.append(f"{dk}  wrong relation  {pt}: {hn} -> {tn}")


def score(gold: dict[str, dict], pred: dict[str, dict]) -> tuple[Counts, list[str]]:
    """Per (kind, type) tp/fp/fn counts and the list of misses and wrong items."""
    counts: Counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    show: list[str] = []
    for dk, g in sorted(gold.items()):
        p = pred.get(dk, {"entities": [], "relations": []})
        if dk not in pred:
            show.append(f"{dk}  document missing from predictions")
        _match_entities(g.get("entities", []), p.get("entities", []) or [], counts, show, dk)
        _match_relations(g, p, counts, show, dk)
    return counts, show


def prf(c: dict[str, int]) -> tuple[float, float, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def summarize(counts: Counts) -> dict[str, Any]:
    """The figures kgscore prints with ``--json``."""
    total = {"ent": {"tp": 0, "fp": 0, "fn": 0}, "rel": {"tp": 0, "fp": 0, "fn": 0}}
    for (kind, _), c in counts.items():
        for k in c:
            total[kind][k] += c[k]
    result: dict[str, Any] = {}
    for kind in ("ent", "rel"):
        p, r, f = prf(total[kind])
        result[kind] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), **total[kind]}
        result[kind + "_by_type"] = {
            t: dict(zip(("precision", "recall", "f1"), (round(x, 3) for x in prf(c)), strict=True), **c)
            for (k, t), c in sorted(counts.items(), key=lambda kv: str(kv[0])) if k == kind
        }
    return result


@dataclass(slots=True)
class Evaluation:
    result: dict[str, Any]
    show: list[str]
    failures: list[Failure] = field(default_factory=list)
    predictions: list[dict[str, Any]] = field(default_factory=list)

    def render(self, *, show: bool = False, as_json: bool = False) -> str:
        """Exactly what kgscore prints for the same options (without the trailing newline)."""
        lines: list[str] = []
        if show:
            lines.append("\n".join(self.show))
        if as_json:
            lines.append(json.dumps(self.result, indent=1))
            return "\n".join(lines)
        for kind, label in (("ent", "entities"), ("rel", "relations")):
            lines.append(f"\n{label} by type:")
            for t, v in self.result[kind + "_by_type"].items():
                lines.append(f"  {t:<16} P {v['precision']:.2f}  R {v['recall']:.2f}  F1 {v['f1']:.2f}"
                             f"  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
        e, r = self.result["ent"], self.result["rel"]
        lines.append(f"\nentity P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f}; "
                     f"relation P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}")
        return "\n".join(lines)


def score_records(gold: dict[str, dict], records: Iterable[dict[str, Any]]) -> Evaluation:
    preds = list(records)
    counts, show = score(gold, {doc_key(r): r for r in preds})
    return Evaluation(summarize(counts), show, predictions=preds)


def evaluate(gold_path: str | Path, paths: Sequence[str | Path] = (), *, predictions: str | Path | None = None,
             lexicon_files: Sequence[str | Path] = (), alias_file: str | Path | None = None,
             jobs: int = 1) -> Evaluation:
    """Extract ``paths`` (or read a ``predictions`` JSONL file) and score against ``gold_path``."""
    gold = load_jsonl(gold_path)
    if predictions is not None:
        return score_records(gold, load_jsonl(predictions).values())
    if not paths:
        raise EvaluationError("nothing to evaluate: give input paths or --predictions FILE")
    from graphbuild.pipeline import extract_paths

    records: list[dict[str, Any]] = []
    failures: list[Failure] = []
    for item in extract_paths(paths, jobs=jobs, lexicon_files=lexicon_files, alias_file=alias_file):
        if isinstance(item, Extraction):
            records.append(item.to_json())
        else:
            failures.append(item)
    ev = score_records(gold, records)
    ev.failures = failures
    return ev
