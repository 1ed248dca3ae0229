"""Translate Neo4j Cypher into FalkorDB's dialect.

The Cypher we ship (``cypher/``) and the Cypher users type are Neo4j's, so the
same saved query runs on Neo4j and on the embedded FalkorDB. Only constructs
FalkorDB rejects (checked against FalkorDB 4.x) are rewritten; everything else
passes through untouched:

* ``MATCH p = shortestPath((a)-[:T*..n]-(b))``: FalkorDB allows shortestPath only
  in WITH/RETURN and only directed, so it becomes
  ``CALL algo.SPpaths({sourceNode: a, targetNode: b, ...}) YIELD path AS p``
  (``allShortestPaths`` likewise, with every shortest path).
* ``elementId(x)`` -> ``toString(id(x))``.
* ``CALL (a, b) { ... }`` (scoped subquery) -> ``CALL { WITH a, b ... }``.
* ``COUNT { pattern [WHERE c] }`` -> ``size([pattern [WHERE c] | 1])`` (a pattern
  comprehension; FalkorDB accepts it in WITH/RETURN, not in WHERE) and
  ``EXISTS { pattern }`` -> the pattern predicate ``(pattern)``.

Not translated (FalkorDB reports them): label expressions ``(n:A|B)``, ``=~``,
``round(x, n)``, ``EXISTS {...}`` with its own WHERE, full subqueries, and the
schema commands (the store keeps its own FalkorDB schema statements).

String literals, backtick names and comments are masked first, so text inside
them is never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MASK = "\x00{}\x00"
_MASK_RE = re.compile(r"\x00(\d+)\x00")


def _mask(cypher: str) -> tuple[str, list[str]]:
    """Replace string literals, backtick names and comments by placeholders."""
    saved: list[str] = []
    out: list[str] = []
    i, n = 0, len(cypher)
    while i < n:
        c = cypher[i]
        if c in "'\"`":
            j = i + 1
            while j < n and cypher[j] != c:
                j += 2 if cypher[j] == "\\" else 1
            end = min(j + 1, n)
            saved.append(cypher[i:end])
            out.append(_MASK.format(len(saved) - 1))
            i = end
        elif cypher.startswith("//", i):
            j = cypher.find("\n", i)
            end = n if j < 0 else j
            saved.append(cypher[i:end])
            out.append(_MASK.format(len(saved) - 1))
            i = end
        elif cypher.startswith("/*", i):
            j = cypher.find("*/", i + 2)
            end = n if j < 0 else j + 2
            saved.append(cypher[i:end])
            out.append(_MASK.format(len(saved) - 1))
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out), saved


def _unmask(text: str, saved: list[str]) -> str:
    return _MASK_RE.sub(lambda m: saved[int(m.group(1))], text)


_IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
_SHORTEST = re.compile(
    rf"\bMATCH\s+({_IDENT})\s*=\s*(shortestPath|allShortestPaths)\s*\(\s*"
    rf"\(\s*({_IDENT})\s*\)\s*(<?)-\s*\[\s*([^\]]*)\]\s*-(>?)\s*\(\s*({_IDENT})\s*\)\s*\)",
    re.IGNORECASE,
)
_REL_SPEC = re.compile(rf"^(?:{_IDENT}\s*)?(?::\s*({_IDENT}(?:\s*\|\s*:?\s*{_IDENT})*))?\s*\*\s*(\d*)\s*(?:\.\.\s*(\d*))?\s*$")


def _shortest(m: re.Match[str]) -> str:
    path, kind, src, left, spec, right, dst = m.groups()
    rel = _REL_SPEC.match(spec.strip())
    if rel is None:  # a form we do not know how to translate: let FalkorDB report it
        return m.group(0)
    types, low, high = rel.groups()
    direction = "both"
    if right and not left:
        direction = "outgoing"
    elif left and not right:
        direction = "incoming"
    config = [f"sourceNode: {src}", f"targetNode: {dst}"]
    if types:
        names = [t.strip().lstrip(":").strip() for t in types.split("|")]
        config.append("relTypes: [" + ", ".join(f"'{t}'" for t in names) + "]")
    config.append(f"relDirection: '{direction}'")
    max_len = high if high else (low if rel.group(3) is None and low else "")
    if max_len:
        config.append(f"maxLen: {int(max_len)}")
    config.append(f"pathCount: {0 if kind.lower() == 'allshortestpaths' else 1}")
    return "CALL algo.SPpaths({" + ", ".join(config) + "}) YIELD path AS " + path


_ELEMENT_ID = re.compile(r"\belementId\s*\(", re.IGNORECASE)
_SCOPED_CALL = re.compile(rf"\bCALL\s*\(\s*((?:{_IDENT}(?:\s*,\s*{_IDENT})*)?|\*)\s*\)\s*\{{", re.IGNORECASE)
_SUBQUERY = re.compile(r"\b(COUNT|EXISTS)\s*\{", re.IGNORECASE)


def _close(text: str, start: int, open_c: str, close_c: str) -> int:
    """Index of the bracket closing the one at ``start`` (strings already masked)."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == open_c:
            depth += 1
        elif text[i] == close_c:
            depth -= 1
            if depth == 0:
                return i
    return -1


def _top_level_comma(text: str) -> bool:
    depth = 0
    for c in text:
        depth += c in "([{"
        depth -= c in ")]}"
        if c == "," and depth == 0:
            return True
    return False


def _element_id(text: str) -> str:
    while (m := _ELEMENT_ID.search(text)) is not None:
        end = _close(text, m.end() - 1, "(", ")")
        if end < 0:
            break
        text = f"{text[: m.start()]}toString(id({text[m.end():end]})){text[end + 1:]}"
    return text


def _scoped_call(m: re.Match[str]) -> str:
    names = m.group(1).strip()
    return "CALL { WITH " + names + " " if names else "CALL { "


def _subqueries(text: str) -> str:
    pos = 0
    while (m := _SUBQUERY.search(text, pos)) is not None:
        end = _close(text, m.end() - 1, "{", "}")
        inner = text[m.end():end].strip() if end > 0 else ""
        if end < 0 or re.search(r"\b(RETURN|WITH|UNWIND|CALL)\b", inner, re.IGNORECASE):
            pos = m.end()  # a full subquery: FalkorDB has no equivalent, leave it
            continue
        inner = re.sub(r"^MATCH\s+", "", inner, flags=re.IGNORECASE)
        if m.group(1).upper() == "EXISTS":
            # FalkorDB rejects list comprehensions in WHERE but accepts a bare pattern predicate
            if re.search(r"\bWHERE\b", inner, re.IGNORECASE) or _top_level_comma(inner):
                pos = m.end()
                continue
            repl = f"({inner})"
        else:
            repl = f"size([{inner} | 1])"
        text = text[: m.start()] + repl + text[end + 1:]
        pos = m.start() + len(repl)
    return text


_STEPS: tuple[Callable[[str], str], ...] = (
    lambda t: _SHORTEST.sub(_shortest, t),
    _element_id,
    lambda t: _SCOPED_CALL.sub(_scoped_call, t),
    _subqueries,
)


def to_falkordb(cypher: str) -> str:
    """The FalkorDB equivalent of a Neo4j Cypher statement (unchanged where none is needed)."""
    text, saved = _mask(cypher)
    for step in _STEPS:
        text = step(text)
    return _unmask(text, saved)
