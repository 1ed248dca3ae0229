"""Products listed after a phrase that says whose they are: a new plant's first products ("The first products
to be manufactured at the site are A and B", "Produk pertama yang diproduksi perusahaan tersebut di lini baru
itu adalah suplemen A dan kapsul B 1000 IU"), a counted range ("menyiapkan tiga produk unggulan untuk
didaftarkan ke BPOM tahun ini, yakni A, B, dan serbuk C") (DEVELOPS), and products awaiting a regulator
("menunggu persetujuan izin edar dari BPOM untuk dua produk baru, yaitu A (…) dan B (…)") (REGISTERED_WITH).

Why: real articles wrap the names in class words, strengths, bracketed substances and purpose clauses, so
the list is read past them (``items_from``). The maker is the company the possessive or "of PT X" names,
else the one the story is about; a regulator in the phrase ("the first products reviewed by BPOM") or a
verb of selling or testing means the phrase is not about making.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.cuegroup import RuleTable
from graphbuild.extract.relations.discourse import main_firm, regulator_like, spoken_of, topic
from graphbuild.extract.relations.registration import is_regulator, tail

# the cue up to the verb that introduces the products; ``span`` is what stands between "products" and the verb
_FIRST = re.compile(
    r"\bfirst\s+(?:(?:two|three|four|five|\d)\s+)?"
    r"(?:commercial\s+)?products?\b(?P<span>[^.;:]{0,80}?)\s+(?:are|were|will\s+be|would\s+be|is|was|include|included)\s+"
    r"|\b(?:(?:dua|tiga|empat|lima|\d)\s+)?produk\s+(?:perdana|pertama)(?:nya)?\b(?P<span2>[^.;:]{0,90}?)"
    r"(?:\s+(?:adalah|ialah|yakni|yaitu|berupa|merupakan|meliputi|mencakup)\s+|\s*,\s*)",
    re.I,
)
watch(_FIRST)
_DETERMINER = re.compile(r"(?:(?:\u2588|\b[A-Z][\w-]+|\b(?:company|group|firm))['\u2019]s|\b(?i:its|their|the|our))\s+(?:very\s+)?$")
# the phrase is about making there: a make verb, the site, or nothing at all ("Its first products will be A")
_MAKING = re.compile(r"\b(?:manufactur\w*|made|produced|diproduksi|dibuat|keluar|dihasilkan|from|dari|di|at|plant|site|line"
                     r"|facility|factory|pabrik\w*|lini|fasilitas)\b", re.I)
_NOT_MAKING = re.compile(r"\b(?:review\w*|test\w*|approv\w*|sold|market\w*|distribut\w*|import\w*|diuji|diperiksa|dipasarkan"
                         r"|didistribusikan|diimpor|dijual|disita|ditarik|dievaluasi|lain|other)\b", re.I)
# a class phrase before an item ("suplemen minyak ikan", "the antihypertensive", "tablet"): up to four lower-case words
_ITEM_GAP = re.compile(r"[\s,]*(?:(?:dan|serta|and|as\s+well\s+as|plus)\s+)?(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,4}")
_BREAK = re.compile(r"\b(?:sementara|sedangkan|namun|tetapi|while|whereas|but|which|yang)\b|[.;:]", re.I)


def find(ctx: Context, v: View) -> None:
    """Run per sentence from ``corporate`` (each rule only where its cue may match: one prefilter test for three)."""
    _RULES.run(ctx, v)


def first_products(ctx: Context, v: View) -> None:
    """DEVELOPS from the site's company to each product the "first products" phrase lists."""
    if not v.may(_FIRST):
        return
    for c in v.cues(_FIRST):
        english = c.group("span") is not None
        if english and not _DETERMINER.search(v.masked, max(0, c.start() - 30), c.start()):  # "Arunika's first …"
            continue
        span = c.group("span") if english else c.group("span2") or ""
        if _NOT_MAKING.search(span) or (span.strip() and not _MAKING.search(span) and "\u2588" not in span):
            continue
        items = items_from(v, c.end())
        if not items:
            continue
        named = [m for m in v.mentions if m.type == "Organization" and m.role is None and c.start() - 12 <= m.end
                 and m.start < c.end()]  # "Arunika's first products", "first products made at the plant of PT X"
        if any(regulator_like(m.ent) for m in named):
            continue
        owner = named[0].ent if named else (topic(ctx, v.index, back=3) or main_firm(ctx, v.index))
        if owner is None or regulator_like(owner):
            continue
        for p in items:
            ctx.emit("DEVELOPS", owner, p.ent, v, 0.6)


def items_from(v: View, start: int) -> list[M]:
    """The brands listed from ``start``: class words, strengths and bracketed substances between them are skipped;
    the list ends at a clause break or at a name of another kind."""
    out: list[M] = []
    pos = start
    for m in v.after(start):
        gap = v.masked[pos : m.start]
        if _BREAK.search(re.sub(r"\([^()]*\)", "", gap)) or m.type != "Product" and not cues.in_brackets(v.masked, m.start):
            break
        if m.type != "Product" or cues.in_brackets(v.masked, m.start):
            continue  # the substance in "A (ceftriaxone 1 g)"
        if not out and not _ITEM_GAP.fullmatch(gap):
            break
        if m.text[:1].isupper():
            out.append(m)
        pos = m.end
        if len(out) >= 5:
            break
    return out


# "koperasi telah menyiapkan tiga produk unggulan untuk didaftarkan ke BPOM tahun ini, yakni A, B, dan serbuk C",
# "the company has prepared three products for registration, namely A and B": a counted range, then its names
_RANGE = re.compile(
    r"\b(?:menyiapkan|memiliki|mempunyai|meluncurkan|menghadirkan|mengembangkan|memproduksi|membuat|prepared|has|have"
    r"|launched|developed|produces|makes|offers)\s+(?:(?:dua|tiga|empat|lima|enam|tujuh|sejumlah|beberapa|two|three|four"
    r"|five|six|several)\s+)(?:(?:new|flagship|baru|unggulan|andalan|herbal|generik|generic)\s+)*"
    r"(?:produk|obat|varian|merek|products|medicines|brands)\b(?P<gap>[^.;:]{0,100}?)(?:,\s*|\s+)"
    r"(?:yakni|yaitu|antara\s+lain|di\s+antaranya|namely|including)\s+",
    re.I,
)
watch(_RANGE)
_ANAPHOR = re.compile(r"(?:^|[.,]\s+)[\"\u201c]?(?:perseroan|perusahaan(?:\s+(?:ini|tersebut|itu))?|the\s+company)\s+"
                      r"(?:(?:juga|kini|telah|sudah|also|now|has|have)\s+)*$", re.I)
_NOT_OWN = re.compile(r"\b(?:milik|buatan|produksi|dari|of|from|by|oleh)\b", re.I)  # "tiga produk milik PT B, yakni": B's


def counted_range(ctx: Context, v: View) -> None:
    """DEVELOPS from the subject of "menyiapkan tiga produk …, yakni A, B dan C" to each product listed."""
    if not v.may(_RANGE):
        return
    for c in v.cues(_RANGE):
        if _NOT_OWN.search(c.group("gap")):
            continue
        subj = next((m for m in v.before(c.start(), ("Organization",)) if c.start() - m.end <= 120), None)
        owner = subj.ent if subj is not None and not re.search(r"[.;]", v.masked[subj.end : c.start()]) else None
        if _ANAPHOR.search(v.masked, max(0, c.start() - 40), c.start()):
            owner = spoken_of(ctx, v, c.start())  # "Perseroan memproduksi empat produk generik …, antara lain A dan B"
        if owner is None or regulator_like(owner):
            continue
        for p in items_from(v, c.end()):
            ctx.emit("DEVELOPS", owner, p.ent, v, 0.6)


# "tengah menunggu persetujuan izin edar dari BPOM untuk dua produk baru, yaitu A (…) dan B (…)", "masih menunggu hasil
# evaluasi BPOM atas P", "awaiting BPOM approval for P": a product before the regulator is under registration there
_AWAITED = re.compile(
    r"\b(?:menunggu|menanti|awaiting|awaits|waiting\s+for)\s+(?:the\s+)?(?:(?:hasil\s+)?(?:persetujuan|evaluasi|penilaian|penerbitan)"
    r"|approval|review|evaluation|(?:the\s+)?outcome\s+of)\s+(?:(?:izin\s+edar|NIE|nomor\s+izin\s+edar|marketing\s+authori[sz]ation)\s+)?"
    r"(?:(?:dari|oleh|by|from|of)\s+)?(?:the\s+)?$",
    re.I,
)
_AWAIT_LEAD = re.compile(r"\b(?:menunggu|menanti|awaiting|awaits|waiting)\b", re.I)
watch(_AWAIT_LEAD)
_FOR_LIST = re.compile(r"^\s*(?:untuk|atas|bagi|for|of|on)\s+(?:(?:the|its|produk|obat|vaksin|kandidat)\s+)?"
                       r"(?:(?:dua|tiga|empat|two|three|four)\s+(?:produk|obat|products|drugs)(?:\s+(?:baru|new|generik))?"
                       r"\s*,?\s*(?:yaitu|yakni|namely|:)?\s*)?(?:(?:[a-z][\w-]*\s+){0,2})?$", re.I)


def awaited(ctx: Context, v: View) -> None:
    """REGISTERED_WITH for the products a company awaits a regulator's approval or evaluation of."""
    if not v.may(_AWAIT_LEAD):
        return
    for reg in v.mentions:
        if reg.type != "Organization" or not is_regulator(reg.ent) or not (reg.role is None and reg.start not in v.role_orgs) \
                or (c := _AWAITED.search(v.masked, max(0, reg.start - 90), reg.start)) is None:
            continue
        first = next(iter(v.after(tail(reg), ("Product",))), None)
        if first is None or not _FOR_LIST.match(v.masked[tail(reg) : first.start]) or cues.negated(v.masked, c.start()) \
                or re.search(r"\b(?:tidak|tak|bukan|no\s+longer|not)\b(?:\s+\w+)?\s*$", v.masked[max(0, c.start() - 20) : c.start()]):
            continue  # "tidak lagi menunggu persetujuan BPOM untuk P"
        for p in items_from(v, first.start):
            ctx.emit("REGISTERED_WITH", p.ent, reg.ent, v, 0.6)
        return


_RULES = RuleTable((first_products, _FIRST), (counted_range, _RANGE), (awaited, _AWAIT_LEAD))  # ``find``'s rules, in order
CUES = _RULES.patterns  # what ``find`` reads (``corporate`` gates on them)
