"""Where a visit went when the text names the site by its kind or by reference, and who a led team is.

Why: "kunjungan ke pabrik perusahaan tersebut" names no company after the cue (the one told of is meant);
"mengunjungi BBPOM serta fasilitas produksi PT X" leads the next list item with its site's kind; "Tim yang
dipimpin Wakil Ketua Komisi IX DPR RI, X" is the commission's team, named only in its leader's title.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.types import Entity

# "mengunjungi BBPOM serta fasilitas produksi PT X": the next item of the list led by its site's kind
LIST_SITE = re.compile(r"^\s*,?\s*(?:dan|serta|and|as\s+well\s+as)\s+(?:(?:juga|kemudian|lalu|then|also)\s+)?(?:ke\s+|to\s+)?(?:the\s+)?(?:(?:production|manufacturing|main|new)\s+)?"
                       r"(?:fasilitas|pabrik|sarana|kantor|gudang|laboratorium|lokasi|plant|facility|facilities|site|offices?)"
                       r"(?:\s+(?:produksi|manufaktur|distribusi|milik|production|manufacturing|of)){0,2}\s+$", re.I)
# "pabrik perusahaan tersebut": the site of the company named before
FIRMS_SITE = re.compile(r"\b(?:ke|to)\s+(?:fasilitas|pabrik|sarana|kantor|gudang|lokasi)\s+(?:(?:produksi|milik)\s+)?(?:perusahaan|perseroan)"
                        r"\s+(?:tersebut|itu|ini)\b", re.I)
_TEAM_LED = re.compile(r"\b(?:[Tt]im|[Rr]ombongan|[Dd]elegasi|[Tt]he\s+(?:team|delegation))\s+(?:yang\s+)?(?:dipimpin|diketuai|led\s+by|headed\s+by)"
                       r"\s+(?:oleh\s+)?")


def told_firm(ctx: Context, v: View, end: int) -> Entity | None:
    """"ke pabrik perusahaan tersebut" with no company after it: the company named last (this sentence or recent ones)."""
    site = FIRMS_SITE.search(v.masked, end)
    if site is None or v.after(end, ("Organization", "Facility"), site.start()):
        return None
    near = [e for e in ctx.recent(v.index, ("Organization",), pos=site.start(), back=3, limit=6) if e.category == "company"]
    return near[0] if near else None


def its_site(v: View, end: int, first: M) -> M | None:
    """"kunjungan kerja ke pabrik perusahaan tersebut di Makale": the company named before the cue in the sentence."""
    if not FIRMS_SITE.search(v.masked, end, first.start + 1) and not FIRMS_SITE.search(v.masked[end : first.start]):
        return None
    return next((m for m in v.before(end, ("Organization",)) if m.start not in v.role_orgs and m.ent.category == "company"), None)


def team_body(ctx: Context, v: View, visitor: M, title_only: re.Pattern[str]) -> M | None:
    """"Tim yang dipimpin Wakil Ketua Komisi IX DPR RI, X": the body of the leader's title (the unit named with its
    parent, "Komisi IX DPR RI", when the text names it so), which came as a team."""
    team = _TEAM_LED.search(v.masked, 0, visitor.start)
    if team is None or not title_only.fullmatch(v.masked, team.end(), visitor.start):
        return None
    orgs = v.after(team.end(), ("Organization",), visitor.start)
    if not orgs:
        return None
    lead = v.text[team.end() : orgs[-1].start].rstrip()
    unit = next((e for e in ctx.entities if e.type == "Organization" and e is not orgs[-1].ent and any(
        n.endswith(" " + orgs[-1].text) and lead.endswith(" " + n[: -len(orgs[-1].text)].strip())
        for n in (e.name, *e.aliases))), None)
    return M(orgs[-1].start, orgs[-1].end, unit, orgs[-1].text) if unit is not None else orgs[-1]


# "tim BBPOM di Surabaya bersama Dinas Kesehatan Provinsi X mengunjungi …": the body before "bersama" came too
_BODY_WITH = re.compile(r"\s*,?\s*(?:(?:yang\s+)?(?:bersama(?:\s+dengan)?|beserta|didampingi)|dan|serta|together\s+with|along\s+with|"
                        r"accompanied\s+by|and)\s+(?:(?:tim|petugas|jajaran|perwakilan|officials\s+(?:of|from)|the)\s+)?$", re.I)


def body_partners(v: View, visitor: M) -> list[M]:
    """The bodies coordinated before an organisation that is a visit's subject."""
    out: list[M] = []
    while (prev := v.prev_mention(visitor)) is not None and prev.type == "Organization" and prev.start not in v.role_orgs \
            and _BODY_WITH.fullmatch(v.masked, prev.end, visitor.start):
        out.append(prev)
        visitor = prev
    return out


# "Pabrik tersebut digelar …": a hall an event was held in names no site toured
_HELD_AT = re.compile(r"\b(?:digelar|diselenggarakan|berlangsung|diadakan|dihelat|held)\s+(?:\w+\s+){0,2}?(?:di|at|in)\s+$", re.I)


# "Fasilitas bernama Y itu …", "Y, demikian perseroan menyebut fasilitas tersebut": the sentence points back at the site
_SITE_REF = re.compile(r"\b(?:[Ff]asilitas|[Pp]abrik|[Pp]lant|[Ff]acility)\s+(?:bernama\s+\u2588+\s+(?:itu|tersebut|ini)|tersebut|itu|ini)\b"
                       r"|\b[Tt]he\s+(?:plant|facility),?\s+(?:called|named|known\s+as)\b")
watch(_SITE_REF)


def named_later(ctx: Context, unnamed: list[tuple[View, Entity]]) -> None:
    """"X meninjau fasilitas produksi PT A …" and later "Fasilitas bernama Y itu …": X visited Y, the one site
    the text names after the visit sentence (none where it names two)."""
    if not unnamed:
        return
    v, _ = unnamed[0]
    sites = {m.ent.id: (m.ent, w) for w in ctx.views[v.index + 1 :] for m in w.mentions if m.type == "Facility"
             and not _HELD_AT.search(w.masked[max(0, m.start - 50) : m.start])}
    if len(sites) != 1:
        return
    site, w = next(iter(sites.values()))
    if not (w.may(_SITE_REF) and _SITE_REF.search(w.masked)) or any(m.type == "Organization" and m.ent.category == "company" for m in w.mentions):
        return  # "PT B mengoperasikan pabrik bernama Y": another firm's plant, not the one toured
    for w, who in unnamed:
        ctx.emit("VISITED", who, site, w, 0.65)


# "meninjau laboratorium pengujian produk biologi di Balai Besar POM di X": a part of a named body's premises
SITE_IN = re.compile(r"^\s*(?:(?:langsung|secara\s+langsung|juga|pula)\s+)?(?:fasilitas|pabrik|sarana|laboratorium|gudang|lini|"
                     r"ruang(?:an)?|instalasi|rumah\s+produksi)\s+(?:[a-z][\w-]*\s+){0,4}(?:di|pada|milik)\s+$")
# "meninjau gudang perusahaan di Lubuk Pakam", "meninjau langsung fasilitas tersebut": the company's site told before
_SITE_REF_AFTER = re.compile(r"\s*(?:(?:langsung|secara\s+langsung|juga|pula)\s+)?(?:fasilitas|pabrik|sarana|gudang|kantor|"
                             r"rumah\s+produksi)\s+(?:(?:[a-z][\w-]*\s+){0,2}?(?:perusahaan|perseroan)(?:\s+(?:tersebut|itu|ini))?"
                             r"|(?:tersebut|itu))\b")


def site_by_reference(ctx: Context, v: View, end: int) -> Entity | None:
    """The site a direct visit verb points back at ("meninjau fasilitas tersebut"): the facility told in the
    last few sentences, else the company named there (one only: two leave the reference open)."""
    ref = _SITE_REF_AFTER.match(v.masked, end)
    if ref is None or v.after(end, ("Organization", "Facility"), v.clause_end(end)):
        return None
    site = ctx.recent(v.index, ("Facility",), pos=ref.start(), back=2, limit=2)
    if len(site) == 1:
        return site[0]
    firms = [e for e in ctx.recent(v.index, ("Organization",), pos=ref.start(), back=2, limit=6) if e.category == "company"]
    return firms[0] if len({e.id for e in firms}) == 1 and not site else None

