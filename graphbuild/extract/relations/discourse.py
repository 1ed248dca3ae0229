"""Who a sentence means without naming it: the company a text is about ("Perusahaan ini", "its",
"lini baru itu"), and which organisations can make or sell medicines at all.

Split out of ``makers`` (the maker and seller phrasings) to keep each module short; ``makers``
re-exports these for the other families.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

ORG = ("Organization",)


def plant_operator(ctx: Context, v: View) -> Entity | None:
    """Who "pabrik ini" belongs to: the operator of the latest plant, else the latest company."""
    from graphbuild.extract.relations.ventures import (
        venture_of,  # (ventures reads discourse: imported here, not above)
    )

    plants = ctx.typed("OPERATES")
    if plants:
        return ctx.by_id.get(plants[-1].head)
    subject = topic(ctx, v.index)
    if subject is not None:
        return venture_of(ctx, subject)  # a joint venture's parent named last: the venture's plant
    near = [e for e in ctx.recent(v.index, ("Organization",), back=3, limit=3)
            if not regulator_like(e) and e.category not in NOT_MAKERS]
    firm = next((e for e in near if e.category == "company"), None) or main_firm(ctx, v.index)  # a company before a body
    return venture_of(ctx, firm or (near[0] if near else None))


def main_firm(ctx: Context, index: int) -> Entity | None:
    """The company the article names most among those of its last eight sentences: who "perusahaan" is."""
    firms = [e for e in ctx.recent(index, ("Organization",), back=8, limit=6) if e.category == "company"]
    return max(firms, key=lambda e: len(e.mentions), default=None)

def story_firms(ctx: Context, exclude: Entity | None = None, *, pt_named: bool = False,
                indonesian: bool = False) -> list[Entity]:
    """The companies of the whole text, in order, for "the company the story is about" far from its name
    ("perseroan", "milik perusahaan", "the Company"): callers pick the one named most."""
    return [e for e in ctx.entities if e.type == "Organization" and e.category == "company" and e is not exclude
            and (not pt_named or any(re.match(r"PT\.?\s", n) for n in (e.name, *e.aliases)))
            and (not indonesian or ctx.is_indonesian(e))]


# what may come before a sentence's subject: quotes, or a short adverbial ("Sebagai informasi, ", "Pada Januari lalu, ")
OPENER = re.compile(r"[\s\"\u201c(]*(?:(?:[A-Za-z]+\s+){0,3}[A-Za-z]+\s*,\s*)?")


# "A memegang 55 persen saham, sedangkan B …", "A holds a 51% stake": a shareholder of the company told of, not its subject
_STAKE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?:juga|kini|masih|akan|also|now|still|will)\s+)?(?:memegang|menguasai|memiliki|mengempit|"
                    r"mempunyai|menggenggam|holds?|owns?|controls?)\s+(?:(?:saham\s+)?(?:sebesar|sekitar|sebanyak|a|an|about|around)\s+)?"
                    r"\d[\d,.]*\s*(?:persen|%|per\s*cent|percent)", re.I)


def topic(ctx: Context, index: int, back: int = 4) -> Entity | None:
    """The company a recent sentence opens with: what "Perusahaan ini" / "Pabrik tersebut" goes back to
    (a subject, not the partner named last: "KFSP didirikan … antara Kimia Farma dan Sungwun")."""
    for i in range(index - 1, max(-1, index - back - 1), -1):
        v = ctx.views[i]
        m = v.mentions[0] if v.mentions else None
        if (m is not None and m.type == "Organization" and m.role is None and m.start not in v.role_orgs
                and OPENER.fullmatch(v.masked[: m.start]) and not regulator_like(m.ent)
                and m.ent.category not in NOT_MAKERS and not _STAKE.match(v.masked, m.end)):
            return m.ent
    return None


def regulator_like(e: Entity) -> bool:
    """Regulators and ministries do not make medicines."""
    if e.category:
        return e.category in ("regulator", "government", "ministry")
    return bool(re.search(r"\b(?:B?POM|Badan|Kementerian|Ministry|Authority|Agency|Dinas|Balai)\b", e.name))


NOT_MAKERS = ("media", "regulator", "government", "association", "international")


def spoken_of(ctx: Context, v: View, pos: int) -> Entity | None:
    """The company a possessive points back to: of those named lately, the one the text names most."""
    near = [e for e in ctx.recent(v.index, ORG, pos=pos, back=3, limit=4)
            if e.category not in NOT_MAKERS and not regulator_like(e)]
    return max(near, key=lambda e: len(e.mentions), default=None)


# 'PT X Tbk ("Perseroan", kode saham: …)', '… (selanjutnya disebut "Perseroan")', 'X ("the Company")': a release's defined term
_DEFINED = re.compile(r"\s*\((?:selanjutnya\s+(?:disebut|disingkat)\s+)?[\"\u201c]?(?:Perseroan|the\s+Company)[\"\u201d]?\s*[,;)]")


def defined_firm(ctx: Context) -> Entity | None:
    """The company a release defines as "Perseroan" / "the Company" right after its name (looked up once per document)."""
    if "_defined_firm" in ctx.__dict__:
        return ctx.__dict__["_defined_firm"]
    firm = None
    if "Perseroan" in ctx.doc.text or "Company" in ctx.doc.text:
        text = ctx.doc.text
        firm = next((e for e in ctx.entities if e.type == "Organization" and e.category == "company"
                     and any(_DEFINED.match(text, s.end) for s in e.mentions)), None)
    ctx.__dict__["_defined_firm"] = firm
    return firm


def leading_firm(ctx: Context) -> Entity | None:
    """The Indonesian company the story names most, when it names it more often than any other."""
    ranked = sorted(story_firms(ctx, indonesian=True), key=lambda e: -len(e.mentions))
    if ranked and (len(ranked) == 1 or len(ranked[0].mentions) > len(ranked[1].mentions)):
        return ranked[0]
    return None
