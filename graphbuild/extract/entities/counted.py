"""Products listed after a count: "Ketujuh produk yang izin edarnya dicabut adalah Jamu Asam Urat Sendi
Waras, Tawon Liar Super, …, dan Kapsul Sari Kunyit Plus."

Why: recall and approval stories count the products and then list them, and the names of jamu and
cosmetics are ordinary capitalised words ("Pegal Linu Cap Gatotkaca") that no other rule takes for
brands. The count ("ketujuh produk", "tiga obat", "the three products") before "adalah/yaitu/…"
says that every comma-separated capitalised item that follows is a product.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_cap

_COUNT = re.compile(r"^(?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|dua|tiga|empat|lima|enam|tujuh|"
                    r"delapan|sembilan|sepuluh|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)$", re.I)
_NOUNS = frozenset({"produk", "obat", "jamu", "kosmetik", "suplemen", "sirup", "vaksin", "merek", "sediaan", "products",
                    "drugs", "brands", "medicines", "vaccines", "cosmetics", "supplements"})
_OPENERS = frozenset({"adalah", "yaitu", "yakni", "meliputi", "ialah", "are", "include", "were"})
_SEP = frozenset({",", "dan", "serta", "and", ";"})
_MAX_ITEM = 6


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t)
    for k in t.where(_OPENERS, lower=True):
        if not _counted(t, k):
            continue
        pos = k + 1
        if pos < n and t.words[pos] == ":":
            pos += 1
        if pos < n and t.newline_before[pos]:
            _bulleted(ctx, pos)  # "Ketiga produk tersebut adalah:\n1. Denvira, vaksin …\n2. Glucotra XR, …"
            continue
        items: list[tuple[int, int]] = []
        while pos < n and not t.newline_before[pos]:
            while pos < n and t.words[pos] in _SEP and not t.newline_before[pos]:
                pos += 1
            b = pos
            while b < n and b - pos < _MAX_ITEM and (is_cap(t.words[b]) or t.words[b].isdigit()) and not t.newline_before[b]:
                b += 1
            if b == pos or (b < n and t.words[b] not in _SEP and t.words[b] not in (".", "(")):
                break
            items.append((pos, b))
            if b < n and t.words[b] == "(":  # "A (parasetamol)": the gloss is not an item
                close = next((x for x in range(b, min(n, b + 8)) if t.words[x] == ")"), b)
                b = close + 1
            if b >= n or t.words[b] not in _SEP:
                break
            pos = b
        if len(items) >= 2:
            for a, b in items:
                if ctx.free(a, b) and not t.masked[a]:
                    ctx.add(a, b, "Product", None, "cue")


_BULLETS = frozenset({"-", "\u2022", "*", "\u2013", "\u00b7"})
_ITEM_END = frozenset({",", "(", ";", ".", ":", "\u2013", "\u2014", "-"})


def _bulleted(ctx: Ctx, pos: int) -> None:
    """Each bulleted or numbered line opens with a product: the capitalised run before its comma or gloss."""
    t = ctx.t
    n = len(t)
    while pos < n and t.newline_before[pos]:
        a = pos + 1 if t.words[pos] in _BULLETS else pos + 2 if (
            t.words[pos].isdigit() and pos + 1 < n and t.words[pos + 1] in (".", ")")) else -1
        if a < 0 or a >= n or t.newline_before[a]:
            return
        b = a
        while b < n and b - a < 4 and (is_cap(t.words[b]) or t.words[b].isdigit()) and not t.newline_before[b]:
            b += 1
        if b == a or (b < n and not t.newline_before[b] and t.words[b] not in _ITEM_END):
            return
        if ctx.free(a, b) and not t.masked[a]:
            ctx.add(a, b, "Product", None, "cue")
        pos = next((x for x in range(b, n) if t.newline_before[x]), n)


def _counted(t: object, k: int) -> bool:
    """A count and a product noun in the few words before the opener, in the same sentence."""
    words, lower = t.words, t.lower  # type: ignore[attr-defined]
    for j in range(k - 1, max(-1, k - 10), -1):
        if words[j] in (".", "!", "?"):
            return False
        if lower[j] in _NOUNS and any(_COUNT.match(words[x]) for x in range(max(0, j - 3), j)):
            return True
    return False
