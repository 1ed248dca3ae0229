"""REGISTERED_WITH: "P … tahap akhir proses registrasi di BPOM", "registrasi vaksin X RV3-BB ke BPOM",
"The marketing authorization dossier for P has been submitted to the Badan POM".

Split out of ``regulatory`` (which keeps certificates, approvals and revocations); the product a
registration is about without being named is read here too (``implied_products``), approvals use it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.counted_pronouns import counted_opening
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR, antecedents
from graphbuild.types import Entity

ORG = ("Organization",)
# "proses registrasi di BPOM", "prakualifikasi vaksin X ke WHO" (the product may sit in between)
# (an English regulator after its country's name: "registration with Malaysia's NPRA", "submitted to Nigeria's NAFDAC")
_AT = re.compile(r"^[^\u2588]{0,40}?(?:\u2588+[^\u2588]{0,30}?){0,2}\b(?:di|ke|pada|with|at|to)\s+(?:the\s+)?"
                 r"(?:(?:\u2588+|(?-i:[A-Z][a-z]+))(?:'s|\u2019s)\s+)?$", re.I)
_STATUS = re.compile(
    r"(?:tahap\s+\w+\s+)?(?:proses\s+)?(?:registrasi|pendaftaran)|(?:telah\s+)?(?:terdaftar|ternotifikasi)|didaftarkan|"
    r"(?:under\s+)?registration|registered",
    re.I,
)


# "… dari/oleh BPOM", "by Korea's MFDS" (the country a named place: "from Indonesia's BPJPH"), "dari US FDA": who grants it (shared with
# ``regulatory`` and ``revocations``)
FROM = re.compile(r"\b(?:dari|oleh|by|from|yang\s+dilakukan|yang\s+dilaksanakan)\s+(?:the\s+)?(?:(?:[A-Z][\w.]*|\u2588+)(?:'s|\u2019s)\s+"
                  r"|(?-i:US|U\.S\.|UK|EU)\s+|otoritas\s+(?:obat\s+)?(?:\u2588+\s*)?\(\s*"
                  # "dari lembaga sertifikasi TÜV Rheinland", "from the certification body SGS": the body's kind before its name
                  r"|lembaga\s+sertifikasi\s+|(?:certification|certifying)\s+body\s+)?$", re.I)  # "dari otoritas Arab Saudi (SFDA)"
_REGULATOR_NAME = re.compile(r"\b(?:B?POM|\w*FDA|MPA|Badan|Kementerian|Administration|Authority|Agency|Ministry)\b")


def is_regulator(e: Entity) -> bool:
    """A body that grants permits ("izin edar BPOM"), not a holder ("izin edar PT X")."""
    if e.category:
        return e.category in ("regulator", "government")
    return any(_REGULATOR_NAME.search(n) for n in (e.name, *e.aliases))


# what sets a molecule beside its brand: "Adalinex, biosimilar adalimumab", "| Adalinex | biosimilar adalimumab"
_INN_OF = re.compile(r"\s*[|,(\u2013\u2014-]?\s*(?:(?:biosimilar|generik|generic|vaksin|vaccine|berisi|mengandung|containing|suplemen|"
                     r"supplement|tablet|kapsul|sirup|injeksi)\s+)?", re.I)  # "Kencana Vita C 500 — suplemen vitamin C"


def brand_beside(v: View, m: M) -> M | None:
    """The brand a lower-case molecule ``m`` stands beside ("Adalinex, biosimilar adalimumab", a table's next cell):
    what a permit or a registration names is the brand, not its molecule."""
    if not m.ent.name[:1].islower():
        return None
    while (prev := v.prev_mention(m)) is not None and prev.type == "Product" and prev.ent.name[:1].islower() \
            and not re.search(r"[|,;]", v.gap(prev.end, m.start)):
        m = prev  # "| Imunesia 10% | imunoglobulin intravena (IVIG) |": back to the cell's first name, past its gloss
    if (brand := v.prev_mention(m)) is None:
        return None
    if brand.type == "Product" and brand.ent.name[:1].isupper() and _INN_OF.fullmatch(v.gap(brand.end, m.start)):
        return brand
    return None


_NONE = re.compile(r"\b(?:tidak|tak)\s+(?:satu\s+pun|ada|seorang\s+pun)\b|\bnone\s+of\b", re.I)


def _usable(v: View, m: M) -> bool:
    return m.role is None and m.start not in v.role_orgs


def registered(ctx: Context, v: View, start: int, end: int) -> None:
    if cues.negated(v.masked, start) or _NONE.search(v.masked[max(0, start - 40) : start]):
        return  # "Tidak satu pun produk ini terdaftar di Badan POM"
    regs = [m for m in v.after(end, ("Organization",)) if _AT.match(v.masked[end : m.start]) and _usable(v, m)]
    if not regs:
        _in_country(ctx, v, end)  # "proses registrasi dua produk X di Arab Saudi, yaitu A dan B": the Saudi regulator
        return
    before = [m for m in v.before(start, ("Product",)) if start - m.end <= 80 and not _APART.search(v.masked[: m.start])]
    if before and (brand := brand_beside(v, before[0])) is not None:
        before = [brand]  # "| Adalinex | biosimilar adalimumab | … registrasi di BPOM |": the brand, not its molecule
    named = before[:1] or _named_after(v, end, regs[0].start)
    # "the registration dossiers for A and B were submitted to BPOM": every product coordinated after the cue
    products = [m.ent for m in (named if before or not named else v.chain(named[0], ("Product",)))
                if m.end <= regs[0].start]
    if before:  # "A (x) dan B (y) terdaftar di BPOM": the products coordinated before the nearest one
        cur = before[0]
        while (p := v.prev_mention(cur)) is not None and p.type == "Product" and (cues.LIST_SEP.match(
                gap := v.gap((p.gloss or p).end, cur.start).lstrip(")")) or _FORM_SEP.fullmatch(gap)):
            if p.ent not in products:  # (a gloss "(hipromelosa)" may be a mention of the brand itself)
                products.insert(0, p.ent)
            cur = p
    listed = v.after(tail(regs[0]), ("Product",))
    if listed and _LISTED_AFTER.match(v.masked[tail(regs[0]) : listed[0].start]):
        named, products = listed[:1], [listed[0].ent]  # "…di BPOM, antara lain biosimilar A dan biosimilar B"
        for prev, m in zip(listed, listed[1:], strict=False):
            if not _LIST_MORE.fullmatch(v.masked[prev.end : m.start]):
                break
            products.append(m.ent)
    if not products and listed and _FOR_AFTER.match(v.masked[tail(regs[0]) : listed[0].start]):
        named, products = listed[:1], [listed[0].ent]  # "submitted a registration dossier to BPOM for P"
    confidence = 0.8
    if len(products) <= 1 and (group := counted_opening(ctx, v, start)):
        products = group  # "Kedua produk X telah terdaftar di BPOM": the two listed further up, not the line X
    if not products:
        products, confidence = implied_products(ctx, v, start), 0.6
    lo = min(named[0].end, start) if named else start  # "P … tahap akhir proses registrasi di BPOM"
    for p in products:
        st = _STATUS.search(v.masked, lo, regs[0].start)
        ctx.emit("REGISTERED_WITH", p, regs[0].ent, v, confidence, status=st.group() if st else None)


_COUNTRY_AT = re.compile(r"^(?:\s+(?:[\w\u2588-]+\s+){0,5}?)?\s*(?:di|in)\s+$", re.I)
_COUNTRY_WORDS = frozenset({"Republik", "Republic", "Kerajaan", "Kingdom", "Negara", "Arab", "United", "Selatan", "Utara", "South",
                            "North", "Rakyat", "Federal", "People's", "of", "the"})


def _in_country(ctx: Context, v: View, end: int) -> None:
    """A registration "di <country>" with the products listed after ("…, yaitu A dan B"): with that country's regulator,
    the one the story names by a word of the country's name ("Saudi Food and Drug Authority" for Arab Saudi)."""
    loc = next(iter(v.after(end, ("Location",))), None)
    if loc is None or not _COUNTRY_AT.match(v.masked[end : loc.start]):
        return
    listed = v.after(tail(loc), ("Product",))
    if not listed or not _LISTED_AFTER.match(v.masked[tail(loc) : listed[0].start]):
        return
    words = {w for n in (loc.ent.name, *loc.ent.aliases) for w in n.split() if w not in _COUNTRY_WORDS and w[:1].isupper()}
    regs = [e for e in ctx.entities if e.type == "Organization" and e.category == "regulator" and words
            and any(w in n.split() for n in (e.name, *e.aliases) for w in words)]
    if len(regs) != 1:
        return
    products, prev = [listed[0].ent], listed[0]
    for m in listed[1:]:
        gap = v.masked[(prev.gloss or prev).end : m.start]
        if gap.count("(") > gap.count(")"):
            continue  # "A (parasetamol 120 mg/5 ml)": what it contains, inside its brackets
        if not _LIST_MORE.fullmatch(re.sub(r"\s*\([^()]*\)|^[^()]*\)", "", gap)):  # past a gloss's brackets
            break
        products.append(m.ent)
        prev = m
    for p in products:
        ctx.emit("REGISTERED_WITH", p, regs[0], v, 0.65, status="registrasi")


def _named_after(v: View, end: int, stop: int) -> list[M]:
    """The product named between the cue and the regulator; of "vaksin rotavirus RV3-BB" the name, not the kind."""
    ps = v.after(end, ("Product",), stop)
    if len(ps) > 1 and not v.gap(ps[0].end, ps[1].start).strip():
        return ps[1:2]
    if len(ps) > 1 and ps[0].ent.name[:1].islower() and (brand := next((p for p in ps[1:] if p.ent.name[:1].isupper()), None)) \
            and _BRANDED.fullmatch(v.gap(ps[0].end, brand.start)):
        return [brand]  # "biosimilar bevacizumab bermerek Bevanza", "biosimilar teriparatide milik X, Teripara-H,": the brand
    return ps[:1]


_BRANDED = re.compile(r"\s+(?:bermerek|bermerk|bernama|dengan\s+merek|branded|named|called)\s+|\s+milik\s+[^,]{1,40},\s+|\s*,\s+", re.I)


# "Selain P, …": P is set apart from what the sentence says; "…, antara lain A dan B": the ones meant
_APART = re.compile(r"\b(?:selain|besides|apart\s+from|other\s+than|(?:tak|tidak|bukan)\s+hanya|not\s+only)\s+$", re.I)
_LISTED_AFTER = re.compile(r"^\s*,?\s*(?:antara\s+lain|yaitu|yakni|seperti|termasuk|including|such\s+as|namely)\s+"
                           r"(?:(?:biosimilar|produk|obat|vaksin|generik)\s+)?$", re.I)
_FOR_AFTER = re.compile(r"^\s*(?:for|untuk|bagi|atas)\s+(?:the\s+|its\s+|produk\s+|obat\s+|vaksin\s+)?$", re.I)
# "tablet A dan sirup B terdaftar di BPOM": a form word before the next name
_FORM_SEP = re.compile(r"\s*,?\s*(?:dan|serta|and)?\s*(?:tablet|kaplet|kapsul|sirup|krim|salep|vaksin|obat|produk|biosimilar)\s+",
                       re.I)
_LIST_MORE = re.compile(r"\s*(?:,\s*)?(?:(?:dan|serta|and)\s+)?(?:(?:biosimilar|produk|obat|vaksin|generik)\s+)?", re.I)


def tail(m: M) -> int:
    """Where a mention ends, its "(ACRONYM)" gloss included."""
    return m.gloss.end if m.gloss is not None and m.gloss.start >= m.end else m.end


def implied_products(ctx: Context, v: View, start: int) -> list[Entity]:
    """The product a sentence refers to without naming it.

    "produk tersebut" / "the product" is the product named last; "Combiphar plans to submit the
    marketing authorization application" is about the one product the subject company sells or makes.
    """
    ana = PRODUCT_ANAPHOR.search(v.masked)
    if ana is not None:
        return antecedents(ctx, v, ana)
    subj = next((m for m in v.before(start, ORG) if _usable(v, m)), None)
    if subj is None or start - subj.end > 60:
        return []
    own = {r.tail for t in ("MARKETS", "DEVELOPS") for r in ctx.has(t, head=subj.ent)}
    return [ctx.by_id[own.pop()]] if len(own) == 1 else []


# "… izin edar untuk tiga obat baru. Ketiga obat tersebut adalah A, B, dan C" (or a numbered list after "adalah:")
COUNTED = re.compile(r"\b(?:untuk|bagi|kepada|to|for)\s+(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,2}"
                      r"|two|three|four|five|six|several|sejumlah|beberapa)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:obat|produk|vaksin|drugs?|products?|vaccines?|medicines?)\b", re.I)
_NEXT_LIST = re.compile(r"^\W*(?:(?:ketiga|kedua|keempat|kelima|keenam|the)\s+)?(?:(?:two|three|four|five|six)\s+)?"
                        r"(?:obat|produk|vaksin|drugs|products|vaccines|medicines)\b(?!\s+(?:lain|lainnya|other)\b)[^\u2588.]{0,40}?"
                        r"\b(?:adalah|yaitu|yakni|meliputi|are|include|includes)\b\s*:?\s*", re.I)
_BULLET = re.compile(r"\W*(?:\d{1,2}[.)]|[-*\u2022])?\s*")


def listed_next(ctx: Context, j: int, reg: Entity, kind: str = "APPROVED") -> None:
    """The products an approval (or revocation) sentence only counted, named by the next sentence or its bullets."""
    said = j - 1
    if j + 1 < len(ctx.views) and not _NEXT_LIST.match(ctx.views[j].masked) and not any(
            m.type == "Product" for m in ctx.views[j].mentions):
        j += 1  # "… izin edar bagi tiga produk baru. Pengumuman disampaikan di X. Ketiga produk tersebut adalah:"
    if j >= len(ctx.views) or (intro := _NEXT_LIST.match(ctx.views[j].masked)) is None:
        _listed_later(ctx, said, reg, kind)
        return
    v = ctx.views[j]
    first = next(iter(v.after(intro.end(), ("Product",))), None)
    if first is not None:
        for m in v.chain(first, ("Product",)):
            ctx.emit(kind, reg, m.ent, v, 0.65)
        return
    for w, m in bullets(ctx, j + 1):
        ctx.emit(kind, reg, m.ent, w, 0.65)


# "BPOM mengumumkan lima obat baru yang memperoleh izin edar … . <a paragraph> ## Obat yang disetujui - A … - B …":
# the bullets under the heading a few sentences on, when there are as many as the sentence counted
_HOW_MANY = re.compile(r"\b(dua|tiga|empat|lima|enam|tujuh|delapan|two|three|four|five|six|seven|eight)\s+(?:[a-z][\w-]*\s+){0,2}?"
                       r"(?:obat|produk|vaksin|drugs?|products?|vaccines?|medicines?)\b", re.I)
_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022])\s")
_HEADING = re.compile(r"[^.!?:;\u2588]{3,60}:?")


def _listed_later(ctx: Context, i: int, reg: Entity, kind: str) -> None:
    if not 0 <= i < len(ctx.views) or (count := _HOW_MANY.search(ctx.views[i].masked)) is None:
        return
    for k in range(i + 1, min(len(ctx.views), i + 7)):
        w = ctx.views[k]
        if _ITEM.match(w.text + " "):
            break
        if any(m.type == "Product" for m in w.mentions):
            return  # the products are named in running text before any list
    else:
        return
    if not _HEADING.fullmatch(ctx.views[k - 1].masked.strip()):
        return  # the list sits under its own heading ("Obat yang disetujui")
    items, marked = [], False
    for w in ctx.views[k : k + 24]:
        if _ITEM.fullmatch(w.text + " "):
            marked = True  # "1." split off as a sentence of its own
            continue
        if not (marked or _ITEM.match(w.text)):
            break
        items.append(w)
        marked = False
    if len(items) != cues.COUNT_WORDS[count.group(1).lower()]:
        return
    for w in items:
        m = next(iter(w.mentions), None)
        if m is not None and m.type == "Product" and _BULLET.fullmatch(w.masked[: m.start]):
            ctx.emit(kind, reg, m.ent, w, 0.6)


def bullets(ctx: Context, j: int, types: tuple[str, ...] = ("Product",)) -> list[tuple[View, M]]:
    """The products (or ``types``) of the bulleted or numbered items from sentence ``j`` on, each opening its item."""
    out: list[tuple[View, M]] = []
    for w in ctx.views[j : j + 25]:
        if not w.mentions:
            if _BULLET.fullmatch(w.masked):
                continue  # "1." alone
            break
        m = w.mentions[0]
        if m.type not in types or not _BULLET.fullmatch(w.masked[: m.start]):
            break
        out.append((w, m))
    return out


# "BPOM juga tengah mengevaluasi dua produk … yaitu A dan B", "BPOM is reviewing the application for P": under evaluation
EVALUATES = re.compile(r"\b(?:mengevaluasi|menilai|reviewing|evaluating|memproses\s+(?:registrasi|pendaftaran)(?:\s+(?:produk|obat))?)\b",
                       re.I)
# "BPOM saat ini tengah …"; "Kepala BPOM menambahkan, lembaganya juga tengah …" (the body the speaker heads)
_EVAL_GAP = re.compile(r"(?:\s+(?:menambahkan|mengatakan|menjelaskan|menyebutkan|added|said),?\s+"
                       r"(?P<own>lembaganya|instansinya|pihaknya|badan\s+tersebut)\b)?"
                       r"\s*(?:(?:tengah|sedang|masih|juga|saat\s+ini|kini|is|currently|now|also)\s+)*", re.I)
watch(EVALUATES)


def under_review(ctx: Context, v: View) -> None:
    for c in v.cues(EVALUATES):
        reg = next(iter(v.before(c.start(), ("Organization", "Person"))), None)
        gap = _EVAL_GAP.fullmatch(v.masked[reg.end : c.start()]) if reg is not None else None
        if reg is None or gap is None:
            continue
        body = reg.ent if reg.type == "Organization" else _their_body(ctx, reg.ent) if gap.group("own") else None
        if body is None or not is_regulator(body):  # "Kepala BPOM menambahkan, lembaganya …": the body the title heads
            continue
        first = next(iter(v.after(c.end(), ("Product",))), None)
        if first is None or first.start - c.end() > 120 or re.search(r"[.;]", v.masked[c.end() : first.start]):
            continue
        for m in v.chain(first, ("Product",)):
            ctx.emit("REGISTERED_WITH", m.ent, body, v, 0.6, status="evaluasi")


def _their_body(ctx: Context, person: Entity) -> Entity | None:
    """The regulator the person holds a post at."""
    bodies = [ctx.by_id[r.tail] for r in ctx.has("HOLDS_POSITION", person) if r.tail in ctx.by_id]
    return next((b for b in bodies if is_regulator(b)), None)
