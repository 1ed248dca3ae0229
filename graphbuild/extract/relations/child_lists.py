"""A company's subsidiaries listed after a possessive: "Its subsidiaries include PT A and PT B, a producer of …",
"Anak usaha perseroan antara lain PT A dan PT B", "The Company's subsidiaries are A and B" (SUBSIDIARY_OF);
and owned outright: "Perseroan memiliki tiga anak perusahaan, yakni PT A, PT B, dan PT C", "X has two subsidiaries: A and B".

Why: company profiles at the end of a release name the group's members without naming the parent again; the
possessive ("its", "-nya", "perseroan", "the Company's") points to the company the release is about. The
list runs from the first company after the verb through those coordinated with it; a description after a
member ("PT B, a producer of herbal medicines") ends nothing but is no member either.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like, story_firms
from graphbuild.extract.relations.handovers import past_heading
from graphbuild.extract.relations.registration import bullets

_LISTED = re.compile(
    r"(?:(?P<own>(?:\b(?:its|their|the\s+(?:company|group)['\u2019]s)|\u2588['\u2019]s)\s+(?:[a-z]+\s+)?)subsidiaries"
    r"|(?:entitas\s+anak|anak(?:-anak)?\s+(?:usaha|perusahaan))(?:nya|\s+(?:perseroan|perusahaan(?:\s+(?:ini|tersebut))?|grup)))"
    r"\s*,?\s+(?:(?:include|includes|are|comprise|consist\s+of|meliputi|mencakup|antara\s+lain|di\s+antaranya|yaitu|yakni|adalah"
    r"|termasuk|ialah)\s*:?\s*)(?:(?:the\s+)?PT\.?\s+)?$"
    # "akan menjadi anak usaha ketiga perseroan setelah PT A dan PT B": the ones it already has
    r"|(?:anak\s+(?:usaha|perusahaan))\s+ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|\d{1,2})\s+(?P<own2>perseroan|perusahaan)"
    r"\s+(?:setelah|selain|sesudah)\s+(?:PT\.?\s+)?$"
    # a fact box under "Sekilas X" / "About X": "- Anak usaha: PT A (PBF), PT B, dan jaringan C"
    r"|^[\W_]*(?:entitas\s+anak|anak(?:-anak)?\s+(?:usaha|perusahaan)|subsidiaries)\s*:\s*(?:PT\.?\s+)?$",
    re.I,
)
# "PT X (saat ini) memiliki (mengonsolidasikan) tiga anak perusahaan, yakni …", "Perseroan membawahi dua anak usaha: …", "The Company has
# three subsidiaries, namely …": the owner is the company named right before the verb, or the one "perseroan" means
_HAS = re.compile(
    r"(?:(?P<subj>\u2588)|\b(?P<ana>perseroan|perusahaan(?:\s+(?:ini|tersebut|itu))?|emiten|the\s+company|grup|the\s+group))"
    r"\s*(?:\([^()]*\)\s*)?,?\s+(?:(?:saat\s+ini|kini|sekarang|juga|telah|sudah|currently|now|also|already)\s+)*"
    r"(?:memiliki|mempunyai|membawahi|membawahkan|menaungi|mengonsolidasikan|mengkonsolidasikan|mengendalikan|has|have|owns|"
    r"controls|consolidates|consolidated)\s+"
    r"(?:(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah|two|three|four|five|six|seven"
    r"|eight|several|a\s+number\s+of)\s+)?"
    r"(?:entitas\s+anak(?:\s+usaha)?|anak(?:-anak)?\s+(?:usaha|perusahaan)|subsidiaries|subsidiary)"
    r"(?:\s+(?!(?:di|dari|yang|milik|of|in|that|which|with|dengan)\b)[a-z]+){0,2}?"
    r"(?:\s+(?:di|in)\s+\u2588+)?\s*[,:]?\s*"  # "memiliki anak usaha di Indonesia, yakni PT B": where it is
    r"(?:(?:yakni|yaitu|antara\s+lain|di\s+antaranya|ialah|adalah|masing-masing|namely|including|:)\s*:?\s*)?"
    r"(?:(?:the\s+)?PT\.?\s+)?$",
    re.I,
)
_LEAD = re.compile(r"\b(?:subsidiaries|anak|entitas)\b", re.I)  # what the prefilter keys on
watch(_LEAD)
_NEXT = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,\s*(?:(?:a|an|the|sebuah|produsen|perusahaan)\b[^,;.]{0,80}?,\s*)?)?"
                   r"\s*(?:,|\band\b|\bdan\b|\bserta\b)\s*(?:(?:jaringan|a\s+network\s+of|the)\s+)?(?:PT\.?\s+)?$", re.I)


def find(ctx: Context, v: View) -> None:
    """SUBSIDIARY_OF from each company listed to the company the possessive points to."""
    if not v.may(_LEAD):
        return
    orgs = [m for m in v.mentions if m.type == "Organization" and m.role is None]
    for i, first in enumerate(orgs):
        c = _LISTED.search(v.masked, max(0, first.start - 90), first.start)
        if c is None:
            if (h := _HAS.search(v.masked, max(0, first.start - 140), first.start)) is not None:
                _owned(ctx, v, orgs, i, h)
                return
            continue
        at = c.start() + c.group().find("\u2588'") + 1 if c.group("own") and "\u2588'" in c.group() else -1
        kids = _kids(v, orgs, i)
        owner_m = next((m for m in orgs if m.end == at), None)  # "Mitra Sehat's subsidiaries are …"
        own = {id(k.ent) for k in kids}
        firms = sorted((e for e in story_firms(ctx) if id(e) not in own), key=lambda e: -len(e.mentions))
        parent = owner_m.ent if owner_m is not None else next(iter(firms), None)  # the company the release is about
        if c.group("own2") and (listed := [e for e in firms if re.search(r"\bTbk\b", e.name)]):
            parent = listed[0]  # "anak usaha ketiga perseroan setelah …": the listed company, not the one joining
        if parent is None or regulator_like(parent):
            return
        for k in kids:
            if k.ent is not parent and k.ent.category in (None, "company") and not regulator_like(k.ent):
                ctx.emit("SUBSIDIARY_OF", k.ent, parent, v, 0.65)
        return


def _kids(v: View, orgs: list, i: int) -> list:  # type: ignore[type-arg]
    """The company at ``i`` and those coordinated with it."""
    kids = [orgs[i]]
    for m in orgs[i + 1 :]:
        if not _NEXT.fullmatch(v.masked[kids[-1].end : m.start]):
            break
        kids.append(m)
    return kids


def _owned(ctx: Context, v: View, orgs: list, i: int, h: re.Match[str]) -> None:  # type: ignore[type-arg]
    """SUBSIDIARY_OF from each company listed after "memiliki … anak usaha" to the verb's subject."""
    if h.group("subj"):
        owner = next((m for m in orgs if m.start <= h.start() < m.end), None)
        parent = owner.ent if owner is not None and owner.start not in v.role_orgs else None
    else:
        # "perseroan" is the listed company the release is about: the one "Tbk" firm, else the first company named
        kids = {id(k.ent) for k in _kids(v, orgs, i)}
        firms = [e for e in story_firms(ctx) if id(e) not in kids]
        listed = [e for e in firms if re.search(r"\bTbk\b", e.name)]
        parent = listed[0] if len(listed) == 1 else next(iter(firms), None)
    if parent is None or regulator_like(parent) or parent.category not in (None, "company"):
        return
    for k in _kids(v, orgs, i):
        if k.ent is not parent and k.ent.category in (None, "company") and not regulator_like(k.ent):
            ctx.emit("SUBSIDIARY_OF", k.ent, parent, v, 0.65)


# "Perseroan kini berperan sebagai induk usaha yang membawahi empat anak perusahaan dengan lini bisnis terpisah." and,
# past a heading, one bullet per subsidiary ("- **PT A** — industri farmasi"): as many bullets as the count says
_HAS_SET = re.compile(
    r"(?:\b(?:perseroan|perusahaan(?:\s+(?:ini|tersebut|itu))?|emiten|grup|the\s+company|the\s+group|induk\s+usaha)\b|\u2588)"
    r"[^.;:]{0,60}?"
    r"\b(?:memiliki|mempunyai|membawahi|membawahkan|menaungi|mengonsolidasikan|mengkonsolidasikan|mengendalikan|has|owns|controls|"
    r"consolidates|consolidated)\s+"
    r"(?P<n>\d+|dua|tiga|empat|lima|enam|tujuh|delapan|two|three|four|five|six|seven|eight)\s+"
    r"(?:entitas\s+anak(?:\s+usaha)?|anak\s+(?:usaha|perusahaan)|subsidiaries)\b", re.I)
_N = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
      "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
watch(_HAS_SET)


def bulleted(ctx: Context) -> None:
    """SUBSIDIARY_OF from each company a bulleted list after "… membawahi empat anak perusahaan" opens with."""
    for v in ctx.where(_HAS_SET, every=True):
        if (h := _HAS_SET.search(v.masked)) is None or any(m.type == "Organization" for m in v.after(h.end())):
            continue  # the members named in the sentence itself: ``find``
        n = h.group("n")
        items = bullets(ctx, past_heading(ctx, v.index + 1), ("Organization",))
        if len(items) != (int(n) if n.isdigit() else _N[n.lower()]):
            continue
        kids = {id(m.ent) for _, m in items}
        owner = next((m.ent for m in v.mentions if m.type == "Organization" and m.role is None and m.start <= h.start() < m.end),
                     None) or next((m.ent for m in v.before(h.start(), ("Organization",)) if m.role is None), None)
        if owner is None:
            listed = [e for e in story_firms(ctx) if id(e) not in kids and re.search(r"\bTbk\b", e.name)]
            owner = listed[0] if len(listed) == 1 else None
        if owner is None or regulator_like(owner):
            continue
        for w, m in items:
            if m.ent is not owner and m.ent.category in (None, "company") and not regulator_like(m.ent):
                ctx.emit("SUBSIDIARY_OF", m.ent, owner, w, 0.6)


# "Susunan anak usaha per Maret 2025:", "Daftar anak perusahaan grup:" over bullets (no count): each bullet is a subsidiary
# of the company the sentence (or the story) is about, or of the listed company its line names instead of that one
# ("- PT B — hasil spin-off unit distribusi A": a sub-item, its indentation lost to the cleaner)
_SET_HEAD = re.compile(r"\b(?:anak\s+(?:usaha|perusahaan)|entitas\s+anak|subsidiaries)\b"
                       r"(?:(?!\b(?:me|ber|ter|mengantongi|received|obtained|holds?)\w*\b)[^.;:\u2588]){0,40}:\s*$", re.I)  # (no verb: not "… anak usaha mengantongi:")
watch(_SET_HEAD)


def headed(ctx: Context) -> None:
    """SUBSIDIARY_OF from the companies bulleted under an "anak usaha …:" line to the parent it speaks of."""
    for v in ctx.where(_SET_HEAD, every=True):
        if (h := _SET_HEAD.search(v.masked)) is None or _HAS_SET.search(v.masked) or v.after(h.start(), ("Organization",)):
            continue
        items = bullets(ctx, past_heading(ctx, v.index + 1), ("Organization",))
        if len(items) < 2:
            continue
        kids = {id(m.ent): m.ent for _, m in items}
        owner = next((m.ent for m in reversed(v.before(h.start(), ("Organization",))) if m.role is None), None)
        if owner is None:
            firms = sorted((e for e in story_firms(ctx) if id(e) not in kids and not regulator_like(e)), key=lambda e: -len(e.mentions))
            owner = next(iter(firms), None)
        if owner is None or regulator_like(owner) or owner.category not in (None, "company"):
            continue
        for w, m in items:
            named = [x.ent for x in w.mentions if x.start > m.start and x.type == "Organization"]
            parent = owner if owner in named else next((e for e in named if id(e) in kids and e is not m.ent), owner)
            if m.ent is not parent and m.ent.category in (None, "company") and not regulator_like(m.ent):
                ctx.emit("SUBSIDIARY_OF", m.ent, parent, w, 0.6)
