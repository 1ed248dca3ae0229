"""The one substance in brackets after a brand names what the brand is: "Glimeza 2 mg tablet (glimepirid)",
"Pembrolix 100 mg/4 mL konsentrat untuk infus (pembrolizumab)", "Dextrofen 60 ml (dekstrometorfan HBr 15 mg/5 ml)".

Why: the annotated sets hold such a bracketed substance as an alias of the brand or as an optional product, never
as a product of its own the brand is told apart from; a separate node is a wrong entity, and a fact the sentence
tells of the bracket ("… (pembrolizumab) yang masih dalam proses registrasi di BPOM") is the brand's. Only one
substance: a combination ("Batuquin Sirup (Dekstrometorfan HBr 10 mg, Guaifenesin 50 mg/5 ml)") lists ingredients;
nor when the document brackets the same substance after two brands (each only contains it), nor when it names the
substance outside brackets too ("menghentikan produksi omeprazol"): then the text tells of the substance itself.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_STOP = frozenset({"(", ")", ";", ":", ",", "dan", "and", "serta", "atau", "or", "\u2013", "\u2014", "-"})


def _filler(w: str) -> bool:
    """A strength, dose form or pack word between a brand and its bracket ("2 mg tablet salut selaput", "mg/4 mL")."""
    return w not in _STOP and (not w[:1].isupper() or any(ch.isdigit() for ch in w) or w in ("HCl", "HBr"))


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t)
    words = t.words
    found: dict[str, list[tuple[int, int]]] = {}
    for p in t.where(frozenset({"("})):
        sub = ctx.owner[p + 1] if p + 1 < n else -1
        if sub < 0 or ctx.type_at(p + 1) != "Product" or ctx.spans[sub][0] != p + 1:
            continue
        e = ctx.spans[sub][1]
        k = e
        while k < n and k - e < 8 and words[k] != ")" and ctx.owner[k] < 0 and _filler(words[k]):
            k += 1  # "(dekstrometorfan HBr 15 mg/5 ml)": the substance's strength
        if k >= n or words[k] != ")":
            continue
        b = p - 1
        while b >= 0 and p - b <= 10 and ctx.owner[b] < 0 and not t.newline_before[b + 1] and _filler(words[b]):
            b -= 1
        brand = ctx.owner[b] if b >= 0 else -1
        if brand < 0 or brand == sub or ctx.type_at(b) != "Product" or ctx.spans[brand][1] != b + 1 or t.newline_before[p]:
            continue
        bx, sx = ctx.mentions[brand], ctx.mentions[sub]
        if bx is None or sx is None or not bx.text[:1].isupper() or bx.text.casefold() == sx.text.casefold():
            continue
        found.setdefault(sx.text.casefold(), []).append((brand, sub))
    if not found:
        return
    heads = {k.split()[0] for k in found}
    elsewhere: dict[str, int] = {}
    for x in ctx.mentions:
        if x is not None and x.type == "Product" and (key := x.text.split()[0].casefold()) in heads:
            elsewhere[key] = elsewhere.get(key, 0) + 1
    for sub_text, pairs in found.items():
        if elsewhere.get(sub_text.split()[0], 0) > len(pairs):
            continue  # the substance is named on its own elsewhere in the document
        if len({ctx.mentions[a].text.casefold() for a, _ in pairs}) == 1:  # type: ignore[union-attr]
            for a, s in pairs:
                bx, sx = ctx.mentions[a], ctx.mentions[s]
                sx.canonical = bx.canonical or " ".join(bx.text.split())  # type: ignore[union-attr]  # the brand names the node
                ctx.link(a, s)

