"""Stock tickers as company aliases: "PT Arga Medika Lestari Tbk (IDX: ARGA)", "(BEI: KAEF)", "(kode saham: SIDO)".

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
