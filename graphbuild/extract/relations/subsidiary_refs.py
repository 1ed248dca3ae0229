"""A subsidiary named by reference (SUBSIDIARY_OF, for :mod:`.corporate`), and how :mod:`.ownership` emits one.

"B, yang bermarkas di Seoul, merupakan anak perusahaan A", "perusahaan tersebut merupakan anak usaha A" (the child
unnamed), "its subsidiary, PT B" / "anak usaha perseroan" (the release's own company, see ``issuer``), "B, a
subsidiary of the Company", "A, yang …, and B": read where ``corporate`` finds a subsidiary cue. Split out of
``ownership`` to keep it short; both ends of every link must be companies (``emit``).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.discourse import defined_firm, regulator_like, story_firms
from graphbuild.extract.relations.ours import we_firm
from graphbuild.extract.relations.story_parent import FIRM_WORD, story_firm
from graphbuild.types import Entity

ORG = ("Organization",)


def _company(e: Entity) -> bool:
    return e.type == "Organization" and e.category in ("company", None, "other")


def emit(ctx: Context, v: View, child: Entity, parent: Entity) -> None:
    if child is not parent and _company(child) and _company(parent):
        ctx.emit("SUBSIDIARY_OF", child, parent, v, 0.7)


def issuer(ctx: Context, child: Entity) -> list[Entity]:
    """The Indonesian company a release names most: who "the Company" / "perseroan" is."""
    return sorted(story_firms(ctx, child, indonesian=True), key=lambda e: -len(e.mentions))[:1]


def release_firm(ctx: Context, child: Entity | None = None, firms: list[Entity] | None = None) -> Entity | None:
    """Who a bare "perseroan" is in a company's own release: the company defined so, else its one listed ("Tbk") company,
    else the one named most; among ``firms`` (default: the story's Indonesian companies but ``child``)."""
    if (d := defined_firm(ctx)) is not None and d is not child:
        return d
    if firms is None:
        firms = story_firms(ctx, child, indonesian=True)
    listed = [e for e in firms if re.search(r"\bTbk\b", e.name)]
    if len(listed) == 1:
        return listed[0]
    return max(firms, key=lambda e: len(e.mentions), default=None)


# "B, yang bermarkas di Seoul, Korea Selatan, merupakan anak perusahaan A": the seat between child and cue
_SEATED_CHILD = re.compile(
    r"\.?(?:\s*\([^()]*\))?\s*,\s*(?:yang|which\s+is)\s+(?:bermarkas|berkantor\s+pusat|berbasis|berlokasi|berdomisili|headquartered|"
    r"based|located)\s+(?:di|in)\s+[^.;()]{1,80}?,\s*(?:(?:juga|kini|sendiri|also|now)\s+)*(?:merupakan|adalah|menjadi|is|was|became)"
    r"\s+(?:(?:a|an|the|salah\s+satu|sebuah)\s+)?(?:[a-z-]+\s+){0,2}", re.I)
# "Perusahaan yang merupakan anak usaha PT A itu …", "Perseroan sendiri adalah anak usaha A": the company spoken of
_IT_IS_CHILD = re.compile(r"^\W*(?:[\w\s]{0,45},\s*)?(?:perusahaan|perseroan|produsen|the\s+company)(?:\s+(?:farmasi|distribusi|distributor|tersebut|itu|ini))*"
                          r"\s*,?\s*(?:yang\s+)?(?:(?:juga|kini|sendiri|also|now|resmi)\s+)*(?:merupakan|adalah|menjadi|is|berstatus\s+sebagai)"
                          r"\s+(?:(?:a|an|salah\s+satu)\s+)?$",
                          re.I)


# "B didirikan pada 2016 di Padang dan merupakan anak perusahaan A": a second predicate of the sentence's subject
_AND_IS = re.compile(r"\s(?:dan|serta|and)\s+(?:(?:kini|juga|sekarang|also|now)\s+)*(?:merupakan|menjadi|adalah|is|became)\s+"
                     r"(?:(?:a|an|the|salah\s+satu|sebuah)\s+)?(?:[a-z-]+\s+){0,2}$", re.I)
# what may open the sentence before its subject: "Founded in 2011 in Bandung, "
_OPENER = re.compile(r"[\W_]*|[^.;]{1,80},\s*")


def unnamed_child(ctx: Context, v: View, start: int, parent: Entity) -> bool:
    """The child of a subsidiary cue at ``start`` named apart from it; whether one was found."""
    before = v.before(start)
    co = _AND_IS.search(v.masked, max(0, start - 60), start) if before else None
    if co is not None and co.end() == start:
        subj = next((m for m in v.mentions if m.type not in ("Location",)), None)
        if (subj is not None and subj.type == "Organization" and subj.end <= co.start() and subj.start not in v.role_orgs
                and _OPENER.fullmatch(v.masked[: subj.start]) and not re.search(r"[.;]", v.masked[subj.end : co.start()])):
            emit(ctx, v, subj.ent, parent)
            return True
    if before and before[0].type == "Location":
        child = next((m for m in before if m.type == "Organization"), None)
        if child is not None and child.start not in v.role_orgs and _SEATED_CHILD.fullmatch(v.masked[child.end : start]):
            emit(ctx, v, child.ent, parent)
            return True
    if not any(m.type == "Organization" for m in before) and (it := _IT_IS_CHILD.match(v.masked[:start])):
        # "The Company is a subsidiary of A": the release's own company, not a subsidiary named in the sentence before
        firm = release_firm(ctx, parent) if _THE_COMPANY.search(it.group()) else None
        firm = firm or next((e for e in ctx.recent(v.index, ORG, pos=start, back=2, limit=4)
                     if e is not parent and e.category == "company"), None) or next(iter(issuer(ctx, parent)), None)
        if firm is not None:
            emit(ctx, v, firm, parent)
            return True
    return False


# the defined term of a release, not a pointer back ("perseroan tersebut", "the company itself")
_THE_COMPANY = re.compile(r"\b(?:the\s+company|perseroan)\b(?!\s+(?:tersebut|itu|ini))", re.I)
# "A subsidiary of A, the Company develops …", "Sebagai anak usaha A, Perseroan …": the fronted apposition of the subject
_FRONTED = re.compile(r"[\W_]*(?:(?:as|sebagai|selaku)\s+)?(?:(?:a|an|the|salah\s+satu)\s+)?(?:[\w-]+\s+){0,2}", re.I)
_THEN_COMPANY = re.compile(r"(?:\s*\([^()]*\))?\s*,\s*(?:the\s+company|perseroan)\b(?!\s+(?:tersebut|itu|ini))(?!\s*['\u2019]s)",
                           re.I)


def fronted_child(ctx: Context, v: View, start: int, parent_end: int, parent: Entity) -> bool:
    """"A subsidiary of A, the Company …": the release's company (named elsewhere) is the child."""
    if not _FRONTED.fullmatch(v.masked[:start]) or not _THEN_COMPANY.match(v.masked, parent_end):
        return False
    firm = release_firm(ctx, parent)
    if firm is not None and firm is not parent:
        emit(ctx, v, firm, parent)
    return firm is not None


# "its Indonesian subsidiary, PT B", "the Company's distribution subsidiary, PT B"
# "another subsidiary, PT B": one more of the company spoken of
# ("A menjalankan operasinya melalui anak usaha B": the subject works through its subsidiary)
_ITS = re.compile(r"\b(its|(?:the\s+)?company['\u2019]s|another|melalui|lewat|through|via)\s+(?:[\w-]+\s+){0,2}$", re.I)
_THROUGH = frozenset({"melalui", "lewat", "through", "via"})
# "its subsidiary(,) PT B", "anak usahanya yang baru dibentuk (pada 2024), PT B": a clause of its founding between
_NAMED_CHILD = re.compile(r"(?:\s+(?:di|in)\s+\u2588+)?(?:\s+yang\s+(?:(?:baru|telah|sudah|juga|resmi)\s+)*(?:dibentuk|didirikan|diakuisisi|berdiri)\b"
                          r"[^,.;]{0,30}?)?\s*,?\s*(?:PT\.?\s+)?", re.I)
_PERSEROAN = re.compile(r"\b(?:perseroan|emiten|the\s+company)\b", re.I)
# ("anak usaha distribusinya, PT B", "unit usaha barunya, PT B": a word saying which, with the owner's "-nya")
# ("anak usaha perseroan di bidang bioteknologi, PT B", "anak usaha distribusi, PT B", "anak usaha baru, PT B": the company
# spoken of owns it, the field or its newness said between)
_FIELD = r"(?:distribusi|dagang|niaga|farmasi|manufaktur|pemasaran|logistik|ritel|bioteknologi|herbal|baru)"
_OWN_CHILD = re.compile(r"(?<=nya)|\s+(?:(?:distribusi|dagang|niaga|farmasi|manufaktur|pemasaran|logistik|ritel)\s+)?(?:perseroan|perusahaan)(?:\s+(?:ini|tersebut|itu))?"
                        r"(?:\s+(?:di\s+bidang|yang\s+bergerak\s+di(?:\s+bidang)?|untuk|khusus)\s+[a-z-]+(?:\s+(?:dan\s+)?[a-z-]+){0,2})?(?=\s*,)"
                        rf"|\s+{_FIELD}(?:\s+{_FIELD})?(?=\s*,)|\s+lain(?:nya)?(?=\s*,)"
                        r"|\s+[a-z]{3,}nya(?=\s*,)"
                        r"|\s+(?P<we>kami)(?=\s*,)", re.I)  # "lewat anak usaha kami, PT B," jelasnya: the speaker's company


# "Veltris's wholly owned Indonesian subsidiary, PT B": the company before the possessive owns the child
_NAMED_OWNER = re.compile(r"\u2588['\u2019]s?\s+(?:[\w-]+\s+){0,3}$")


def possessive_owner(ctx: Context, v: View, start: int, end: int) -> bool:
    """"A's (wholly owned) subsidiary, PT B": SUBSIDIARY_OF(B, A); whether the cue was read so."""
    child = next(iter(v.after(end, ORG)), None)
    if child is None or not _NAMED_CHILD.fullmatch(v.masked[end : child.start]):
        return False
    if (lead := _NAMED_OWNER.search(v.masked, max(0, start - 50), start)) is not None:
        m = next((m for m in v.before(lead.start() + 1, ORG) if m.end == lead.start() + 1), None)
        owner = m.ent if m is not None and m.start not in v.role_orgs else None
    elif (word := _WORD_OWNER.search(v.masked, max(0, start - 50), start)) is not None:
        owner = short_firm(ctx, word.group(1), child.ent)
    else:
        return False
    if owner is None:
        return False
    emit(ctx, v, child.ent, owner)
    return True


_SUBJECT_WORD = re.compile(r"\s*([A-Z][\w-]{2,})\s+(?:has|have|is|was|operates|entered|expanded)\b")
# the owner by a short name the entities do not carry ("Veltris's", "Nordvik has … through its subsidiary")
_WORD_OWNER = re.compile(r"\b([A-Z][\w-]{2,})['\u2019]s?\s+(?:[\w-]+\s+){0,3}$")


def short_firm(ctx: Context, word: str, child: Entity) -> Entity | None:
    """The one company (not ``child``) whose name opens with ``word`` and no other company's does."""
    hits = [e for e in ctx.entities if e.type == "Organization" and e is not child and e.name.split()[0] == word]
    return hits[0] if len(hits) == 1 and _company(hits[0]) and not regulator_like(hits[0]) else None


def own_subsidiary(ctx: Context, v: View, start: int, end: int) -> bool:
    """"Melalui anak usahanya, PT B, …" / "anak usaha perseroan, PT B": the parent is the company spoken of."""
    if possessive_owner(ctx, v, start, end):
        return True
    own = _OWN_CHILD.match(v.masked, end)
    its = _ITS.search(v.masked[max(0, start - 40) : start]) if own is None else None
    if own is None and its is None:
        return False
    pos = own.end() if own is not None else end
    child = next(iter(v.after(pos, ORG)), None)  # "anak usahanya di Indonesia, PT B", "its subsidiary in Surabaya, PT B"
    if child is None or not _NAMED_CHILD.fullmatch(v.masked[pos : child.start]):
        return False
    if its is not None and its.group(1).lower() in _THROUGH and (
            child.ent in ctx.recent(v.index, ORG, pos=start, back=2, limit=6)
            or (nxt := v.next_mention(child)) is not None and nxt.type == "Organization"
            and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?(?:lain(?:nya)?\s*)?,\s*(?:PT\.?\s+)?", v.masked[child.end : nxt.start])):
        return False  # "melalui anak usaha A(, lainnya), PT B": the name after the cue is the parent, B its child (``corporate``)
    if own is not None and own.group("we"):
        if (firm := we_firm(ctx, v, start)) is not None and firm is not child.ent:
            ctx.emit("SUBSIDIARY_OF", child.ent, firm, v, 0.7)
        return True
    named = [m.ent for m in v.before(start, ORG) if m.start not in v.role_orgs and m.role is None]
    if not named and own is None and (word := _SUBJECT_WORD.match(v.masked)) is not None \
            and (firm := short_firm(ctx, word.group(1), child.ent)) is not None:
        named = [firm]  # "Nordvik has been present … through its wholly owned subsidiary, PT B": the subject's
    # none named in the sentence: of those named lately, the company the text names most, not the partner named last
    parents = named or sorted(ctx.recent(v.index, ORG, pos=start, back=2, limit=4), key=lambda e: -len(e.mentions))
    if not parents and own is not None and (firm := story_firm(ctx, v, start, child.ent)) is not None:
        parents = [firm]  # "Produk perusahaan tersebut dipasarkan melalui anak usahanya, PT B": the story's company
    if not named and _PERSEROAN.search(v.masked[:start]):
        parents = issuer(ctx, child.ent) + parents  # "produk perseroan ditangani anak usahanya": the listed company's
    if own is None:  # "its"/"the Company's" subsidiary: a company's, the release's own when none is named lately
        parents = [e for e in parents if e.category == "company"] or ([] if named else issuer(ctx, child.ent))
    # the company spoken of, not a subsidiary named on the way ("anak usahanya, PT A, …. anak usaha perseroan, PT B")
    parent = next((e for e in parents if e is not child.ent and not regulator_like(e)
                   and not ctx.has("SUBSIDIARY_OF", head=e)), None)
    if own is not None and FIRM_WORD.search(own.group()) and not named \
            and (firm := story_firm(ctx, v, start, child.ent)) is not None:
        parent = firm  # "anak usaha distribusi perusahaan, PT B": the company the story names most, a subsidiary or not
        if _PERSEROAN.search(own.group()) and (home := release_firm(ctx, child.ent)) is not None and home is not firm:
            parent = home  # "anak usaha perseroan, PT B": the release's own (Indonesian, listed) company, not its foreign partner
    elif own is not None and named and _PERSEROAN.search(own.group()) and (home := release_firm(ctx, child.ent)) is not None \
            and home is not child.ent and not regulator_like(home):
        parent = home  # "produk A dipasarkan oleh anak usaha distribusi Perseroan, PT B": the release's company, not A
    if own is not None and not named and re.fullmatch(rf"\s+{_FIELD}(?:\s+{_FIELD})?", own.group()) \
            and (home := release_firm(ctx, child.ent)) is not None and not regulator_like(home):
        parent = home  # "Adapun anak usaha distribusi, PT B": the release's own company, not a partner named lately
    if parent is None and own is not None and not named:  # those named lately are its subsidiaries already: the story's company
        firms = [e for e in ctx.recent(v.index, ORG, pos=start, back=8, limit=6)
                 if e.category == "company" and e is not child.ent and not ctx.has("SUBSIDIARY_OF", head=e)]
        parent = max(firms, key=lambda e: len(e.mentions), default=None)
    if parent is not None:
        # "two of its subsidiaries, PT A and PT B", "dua anak usahanya, PT A dan PT B": every one named
        kids = v.chain(child, ORG) if _SEVERAL.search(v.masked[max(0, start - 25) : pos]) else [child]
        for k in kids:
            if k.ent is not parent:
                ctx.emit("SUBSIDIARY_OF", k.ent, parent, v, 0.75)
    return True


_SEVERAL = re.compile(r"\b(?:dua|tiga|empat|lima|two|three|four|five|subsidiaries|anak-anak)\b", re.I)


# "B will be consolidated as a subsidiary of the Company", "B akan menjadi anak usaha Perseroan": the release's company
_BECOMES = re.compile(r"(?:\s*\([^()]*\))?\s*,?\s+(?:(?:will|shall|also|thereby|akan|kini|resmi|juga|pun)\s+)*"
                      # ("B kini tercatat sebagai entitas anak Perseroan": its books say so)
                      r"(?:be\s+consolidated\s+as|dikonsolidasikan\s+sebagai|(?:tercatat|terdaftar|berstatus)\s+sebagai|becomes?|became|be|is|menjadi|merupakan|adalah)\s+"
                      r"(?:(?:a|an|the|salah\s+satu)\s+)?(?:[a-z-]+\s+){0,2}$"
                      # "PT B, also a subsidiary of the Company, …": an apposition, no verb
                      r"|(?:\s*\([^()]*\))?\s*,\s*(?:(?:also|juga|another|yet\s+another)\s+)?(?:(?:a|an|the|salah\s+satu)\s+)?(?:[a-z-]+\s+){0,2}$", re.I)
_APPOSED_ONLY = re.compile(r"(?:\s*\([^()]*\))?\s*,")
_OF_COMPANY = re.compile(r"\s+(?:of\s+the\s+company|(?:dari\s+)?perseroan)\b", re.I)


def company_parent(ctx: Context, v: View, start: int, end: int) -> bool:
    """A subsidiary cue whose parent is "the Company" / "Perseroan": the company the release names most."""
    if not _OF_COMPANY.match(v.masked, end):
        return False
    child = next(iter(v.before(start, ORG)), None)
    if child is None or child.start in v.role_orgs or not _BECOMES.fullmatch(v.masked[child.end : start]):
        return False
    # ("PT B, also a subsidiary of the Company": the company defined so, not a partner the release names more)
    parent = (defined_firm(ctx) if _APPOSED_ONLY.match(v.masked[child.end : start]) else None) \
        or next((e for e in issuer(ctx, child.ent) if e is not child.ent), None)
    if parent is not None and parent is not child.ent:
        emit(ctx, v, child.ent, parent)
    return parent is not None


# "Pemasaran melalui PT B, anak perusahaan yang selama ini mendistribusikan produk jamu A": a child described by what it does,
# its parent unnamed there: the release's company (not where a relative clause names the owner, "yang dimiliki C")
_APPOSED_CHILD = re.compile(r"(?:\s*\([^()]*\))?\s*,\s*(?:(?:a|an)\s+)?$")
_WHO_DOES = re.compile(r"\s+(?:yang|which|that)\s+(?!(?:juga\s+|kini\s+)?(?:dimiliki|dikendalikan|sahamnya|milik|didirikan|dibentuk"
                       r"|owned|controlled|founded|set\s+up|is\s+owned)\b)", re.I)


def described_child(ctx: Context, v: View, start: int, end: int) -> bool:
    """"PT B, anak perusahaan yang …": B is a subsidiary of the company the release is about."""
    if not _WHO_DOES.match(v.masked, end) or not re.match(r"anak\s+(?:usaha|perusahaan)$|subsidiary$", v.masked[start:end], re.I):
        return False
    child = next(iter(v.before(start, ORG)), None)
    if child is None or child.start in v.role_orgs or not _APPOSED_CHILD.fullmatch(v.masked[child.end : start]) \
            or regulator_like(child.ent):
        return False
    parent = next((e for e in issuer(ctx, child.ent) if e is not child.ent), None)
    if parent is not None and not regulator_like(parent):
        emit(ctx, v, child.ent, parent)
    return parent is not None


# "Operator: PT B (anak usaha, kepemilikan 85%)", "PT B (subsidiary)": the bracket calls B the release company's subsidiary
_OPEN = re.compile(r"\u2588\s*\(\s*(?:(?:distribution|manufacturing|marketing|wholly[\s-]owned)\s+)?$", re.I)
_CLOSE = re.compile(r"(?:\s+(?:distribusi|manufaktur|pemasaran|farmasi|distribution|manufacturing|marketing))?"  # "(anak usaha distribusi)"
                    r"\s*(?:[,;][^()\u2588]{0,40})?\)", re.I)


def bracketed_child(ctx: Context, v: View, start: int, end: int) -> bool:
    """"PT B (anak usaha)" with no parent named: B is a subsidiary of the company the release is about."""
    if not _OPEN.search(v.masked, max(0, start - 20), start) or not _CLOSE.match(v.masked, end) \
            or not re.match(r"anak\s+(?:usaha|perusahaan)$|subsidiary$", v.masked[start:end], re.I):
        return False
    child = next(iter(v.before(start, ORG)), None)
    if child is None or child.start in v.role_orgs or child.role is not None or regulator_like(child.ent):
        return False
    parent = release_firm(ctx, child.ent)
    if parent is not None and not regulator_like(parent):
        emit(ctx, v, child.ent, parent)
    return parent is not None
