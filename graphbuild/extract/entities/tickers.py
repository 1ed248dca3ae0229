"""Stock tickers as company aliases: "PT Arga Medika Lestari Tbk (IDX: ARGA)", "(BEI: KAEF)", "(kode saham: SIDO)";
an IPO story's "PT X Tbk mencatatkan sahamnya di BEI dengan kode saham XXXX" (the sentence's opening company).

Why: a listed company's press release names it by its ticker from then on ("ARGA's plant in Cikarang",
"ARGA is a subsidiary of …"); unbound, the ticker is no entity and the facts go to the nearest other
company. The ticker is bound like a defined acronym, so its later uses are found by ``coref``.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.paren_aliases import owner_before

_MARKETS = frozenset({"IDX", "BEI", "BEJ", "NASDAQ", "NYSE", "SGX", "HKEX", "SEHK", "LSE", "ASX", "TSE", "NSE", "BSE", "KRX",
                      "KOSDAQ", "KOSPI", "SSE", "SZSE", "TWSE", "SET", "Bursa"})
_CODE_WORDS = (("kode", "saham"), ("Kode", "Saham"), ("kode", "emiten"), ("Kode", "Emiten"), ("ticker",), ("Ticker",))


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for p in t.where(frozenset({"("})):
        if p < 1 or p + 4 >= n or t.masked[p]:
            continue
        q = p + 1
        if t.words[q] in _MARKETS:
            q += 1
        else:
            code = next((c for c in _CODE_WORDS if tuple(t.words[q : q + len(c)]) == c), None)
            if code is None:
                continue
            q += len(code)
        if q + 2 >= n or t.words[q] != ":" or t.words[q + 2] != ")":
            continue
        ticker = t.words[q + 1]
        if not (3 <= len(ticker) <= 5 and ticker.isalpha() and ticker.isupper()) or ctx.owner[q + 1] >= 0:
            continue
        owner = owner_before(ctx, p)  # "PT X Tbk. (IDX: XXXX)"
        m = ctx.mentions[owner] if owner >= 0 else None
        if m is None or m.type != "Organization":
            continue
        ctx.defined.setdefault(ticker, (m.type, m.category, m.canonical))
        ctx.link(owner, ctx.add(q + 1, q + 2, m.type, m.category, "acronym", canonical=m.canonical))


def listed_as(ctx: Ctx) -> None:
    """"PT X Tbk resmi mencatatkan saham perdananya di BEI dengan kode saham PHFI": no bracket, the ticker follows
    "dengan kode saham/emiten" and names the sentence's first organisation, a company (not the exchange named after it)."""
    t = ctx.t
    n = len(t.words)
    for q in t.where(frozenset({"kode"})):
        if q < 1 or q + 2 >= n or t.lower[q - 1] != "dengan" or t.lower[q + 1] not in ("saham", "emiten"):
            continue
        ticker = t.words[q + 2]
        if not (3 <= len(ticker) <= 5 and ticker.isalpha() and ticker.isupper()) or ctx.owner[q + 2] >= 0 or t.masked[q]:
            continue
        b = q - 1
        while b > 0 and t.words[b - 1] not in (".", "!", "?") and not t.newline_before[b]:
            b -= 1  # back to the sentence's first token
        first = next((o for k in range(b, q) if (o := ctx.owner[k]) >= 0 and ctx.type_at(k) == "Organization"), -1)
        m = ctx.mentions[first] if first >= 0 else None
        if m is None or m.category != "company":
            continue  # the sentence's first organisation is the one listed, and only a company is
        ctx.defined.setdefault(ticker, (m.type, m.category, m.canonical))
        ctx.link(first, ctx.add(q + 2, q + 3, m.type, m.category, "acronym", canonical=m.canonical))
