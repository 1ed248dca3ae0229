"""Who did the joint work a PARTNERS_WITH cue tells: the organisation the clause is about (the nearest one named
before, the speaker's body for "Dirjen X mengatakan kajian dilakukan bersama B" or "Ia menambahkan, …", the maker of
the product, else the company the last sentences are about).

Split out of ``cooperation`` to keep it short; every rule there reads :func:`_doer` and :func:`_usable`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import story_firms
from graphbuild.extract.relations.product_doers import product_doer
from graphbuild.extract.relations.speech import SAY_EN, SAY_MEN

ORG = ("Organization",)


# a pronoun speaker: "Ia menambahkan, …", "He added that …"
_HE_SAID = re.compile(rf"^\W*(?:ia|dia|beliau|he|she)\s+(?:(?:juga|pun|also)\s+)?(?:{SAY_MEN}|{SAY_EN})\b", re.I)
watch(_HE_SAID)
_WITH_BEFORE = re.compile(r"\b(?:dengan|with)\s+(?:PT\.?\s+)?$", re.I)
_WHILE = re.compile(r"\b(?:sementara|sedangkan|while|whereas)\b", re.I)
_ACCORDING = re.compile(r"\b(?:menurut|according\s+to)\s+[^;:.]{0,60}$", re.I)
_SAYS = re.compile(r"(?-i:\s*,\s*[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][A-Za-z]{0,4}\.?){0,3})*"  # "dr. Bayu, MPH, mengatakan"
                   rf"\s*,?\s*(?:\w+\s+)?(?:{SAY_MEN}|menyebut|{SAY_EN})\b(?:\s+bahwa|\s+that)?[^\u2588]*$", re.I)


def usable(v: View, m: M) -> bool:
    return m.type == "Organization" and m.role is None and m.start not in v.role_orgs


def _doer(ctx: Context, v: View, pos: int, partner: M):  # type: ignore[no-untyped-def]
    """The organisation the clause is about: the nearest one named before in the sentence (no person in
    between), else the one the last sentences are about ("Produk tersebut …", "Perusahaan tersebut …")."""
    for m in v.before(pos):
        if m.type == "Person":  # "Dirjen X mengatakan kajian dilakukan bersama B": the speaker's body
            said = _SAYS.match(v.masked[m.end : pos]) or _ACCORDING.search(v.masked[: m.start])
            held = [ctx.by_id.get(r.tail) for r in ctx.has("HOLDS_POSITION", head=m.ent)] if said else []
            titled = v.prev_mention(m)  # "Menurut Direktur Indo Rempah, Sri, … dilakukan bersama B": the body in the title
            if said and titled is not None and titled.type == "Organization" and re.fullmatch(r"\s*,\s*", v.gap(titled.end, m.start)):
                held.append(titled.ent)
            return next((o for o in held if o is not None and o.type == "Organization" and o is not partner.ent), None)
        if usable(v, m) and m.ent is not partner.ent:
            if _WITH_BEFORE.search(v.masked[max(0, m.start - 12) : m.start]) and _WHILE.search(v.masked[m.end : pos]):
                # "A bekerja sama dengan B, sementara riset dilakukan bersama C": A, the subject of both clauses
                said = " ".join(v.text.split())
                told = [r.head if r.tail == m.ent.id else r.tail for r in ctx.typed("PARTNERS_WITH")
                        if m.ent.id in (r.head, r.tail) and r.evidence == said]
                return ctx.by_id.get(told[0]) if told else None
            return m.ent
    if (made := product_doer(ctx, v, pos, partner.ent)) is not None:
        return made  # "Uji klinik X dilaksanakan bekerja sama dengan B": X's maker
    if v.may(_HE_SAID) and _HE_SAID.match(v.masked[:pos]):  # "Ia menambahkan, pendampingan dilakukan bersama B": the one quoted before
        person = next(iter(ctx.recent(v.index, ("Person",), pos=0, back=2, limit=1)), None)
        held = [ctx.by_id.get(r.tail) for r in ctx.has("HOLDS_POSITION", head=person)] if person is not None else []
        return next((o for o in held if o is not None and o.type == "Organization" and o is not partner.ent), None)
    near = [e for e in ctx.recent(v.index, ORG, pos=pos, back=2, limit=4)
            if e is not partner.ent and e.category != "regulator"]  # the regulator reports on the maker's work
    near = [e for e in near if e.category == "company"] or (
        # a firm's partner told past a paragraph on its inspection ("… selaras dengan PIC/S. Lini itu dibangun dengan
        # dukungan dari mitra asal India, B"): the story's firm, not the standard's body or a campus named last
        story_firms(ctx, partner.ent, pt_named=True) if partner.ent.category == "company" else []) or near
    if not near:  # named paragraphs before: the company the document is about (not one it names only later)
        told = {id(m.ent) for w in ctx.views[: v.index + 1] for m in w.mentions}
        near = [e for e in story_firms(ctx, partner.ent, pt_named=True) if id(e) in told]
    return max(near, key=lambda e: len(e.mentions)) if near else None
