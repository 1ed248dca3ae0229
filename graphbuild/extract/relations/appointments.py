"""HOLDS_POSITION told by an appointment or election that leaves the body out.

Why: reports of a shareholders' meeting or a congress give the post bare ("Rapat mengangkat X sebagai
Direktur Keuangan", "Posisi Presiden Komisaris diisi Y", "Kongres memilih Z sebagai Ketua Umum", "The
meeting appointed W as Finance Director"): the body is the association whose congress the text names, or
the company whose meeting it is. A post followed by a named body is left to :mod:`.positions`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.firm_titles import defined_company
from graphbuild.types import Entity

# the head of a board or office post: a short list (the full title list is costly to build into every pattern)
POST = (r"(?P<title>(?:(?:Wakil|Plt\.?|Pelaksana\s+Tugas|Vice|Deputy)\s+)?(?:Presiden|President|Direktur|Director|Komisaris|Commissioner|"
        r"Ketua|Chairman|Chairwoman|Chairperson|Sekretaris|Secretary|Bendahara|Treasurer|Kepala|Head|Manajer|Manager|CEO|CFO|COO|CTO|"
        r"Chief\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Officer|Deputi|Rektor|Rector|Dekan|Dean|Kabid|Kabag|Kasubdit|Pendiri|Founder|"
        r"Managing\s+Partner|General\s+Partner|Anggota|Member|Koordinator|Coordinator))")
_TITLE_RUN = rf"{POST}(?P<rest>(?:\s+(?:[A-Z][\w-]*|dan|and|&)(?=\s|$|[,.;]))*)"
# "X, S.H., mantan pejabat di OJK, diangkat sebagai …": a lower-case apposition between the name (and its
# degrees) and the appointing verb or "sebagai" ("mengangkat X, pendiri klinik Y, sebagai …"), which must follow it
_APPOSED = (rf"(?:(?P<appo>(?!(?:yang|dan|serta|sebagai|menjadi|as|and)\b)(?:[a-z]|{cues.TITLE.replace('?P<title>', '')}\s)[^,;:\"\u201c\u201d]{{2,80}}?),\s*"
            r"(?=(?:(?:kemudian|lalu|juga|resmi)\s+)?(?:ditunjuk|diangkat|dilantik|terpilih|dipilih|ditetapkan|sebagai|masuk\s+sebagai|"
            r"(?:has\s+been|had\s+been|was|is)\s+(?:appointed|named|elected))\s))?")
# "X sebagai Direktur Keuangan", "X, yang kini ditunjuk menjadi Wakil Presiden Komisaris", "W as Finance Director"
_AFTER = re.compile(rf"(?:[\s,]|{cues.DEGREE})*{_APPOSED}(?:yang\s+(?:kini|saat\s+ini)\s+|yang\s+sebelumnya\s+(?:menjabat\s+)?"
                    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+)?"  # the former post, capitalised words
                    r"(?:(?:telah|sudah|resmi)\s+)?(?:(?:ditunjuk|diangkat|dilantik|terpilih|dipilih|ditetapkan|masuk)(?:\s+kembali)?\s+)?"
                    r"(?:(?:has\s+been|had\s+been|was|is)\s+(?:re-?)?(?:appointed|named|elected)(?:\s+as)?|sebagai|menjadi|as|"
                    r"(?:tetap|masih|kembali)\s+menjabat(?:\s+sebagai)?)\s+"
                    rf"(?:the\s+(?:new\s+)?|new\s+)?(?:[A-Z][a-z]+\s+)?{_TITLE_RUN}")
# "Posisi Presiden Komisaris diisi (oleh) Y", "Bendahara Umum dijabat oleh Y"
_BEFORE = re.compile(rf"(?<!\w){_TITLE_RUN}\s+(?:(?:tetap|masih|kini|kembali|akan|sekarang|selanjutnya)\s+)?(?:diisi|dijabat|dipegang|diemban)\s+(?:oleh\s+)?{cues.HONORIFIC}*$")
# the sentence tells an appointment, not a role someone plays
APPOINT_WORDS = (r"mengangkat|menetapkan|memilih|menunjuk|melantik|ditunjuk|diangkat|dilantik|terpilih|dipilih|"
                 r"ditetapkan|pengangkatan|penunjukan|(?:re-?)?appointed|(?:re-?)?appointment|elected|re-elected|named")
_APPOINT = re.compile(rf"\b(?:{APPOINT_WORDS})\b", re.I)
# "Y tetap menjabat Presiden Komisaris": a seat kept at the meeting, told with no appointing word
_KEEP = re.compile(r"\b(?:tetap|masih|kembali)\s+menjabat\b")
# the meeting the appointment is made at: a company's shareholders or board
_MEETING = re.compile(r"\b(?:RUPS\w*|[AE]GMS?|Rapat\s+Umum\s+Pemegang\s+Saham|pemegang\s+saham|shareholders?|general\s+meeting|"
                      r"direksi|komisaris|board\s+of\s+(?:directors|commissioners)|the\s+board)\b", re.I)
# the body's own wording after the post: "Direktur Keuangan perseroan", "Ketua Umum periode 2026-2030" is still bare
_OWN = re.compile(r"\s*(?:perseroan|perusahaan|emiten|the\s+company|di\s+sana|there)\b", re.I)
# a release's own term for its company as the sentence's subject: "The Company also announced that X has been appointed …"
_OWN_MARK = "\x00own"  # a title's tail: the post was told as the company's own ("… perseroan")
_SUBJECT = re.compile(r"^\W*(?:The\s+Company|Perseroan)\b")
_CONGRESS = ("Kongres", "Musyawarah", "Munas", "Muktamar", "Congress", "Rapat Kerja Nasional", "Rakernas")
# "RUPSLB juga menyetujui perubahan susunan pengurus:" over "- Presiden Komisaris: **X**" lines
_BOARD_LIST = re.compile(r"\bsusunan\s+(?:pengurus|direksi|dewan\s+(?:direksi|komisaris)|komisaris)\b|\b(?:new\s+)?board\s+composition\b", re.I)
# a board's own name as a heading or a bold line over its "- Post: Name" lines: "## Dewan Komisaris", "**Direksi**", "Board of Directors:"
_BOARD_NAME = re.compile(r"\b(?:Dewan\s+(?:Komisaris|Direksi|Pengawas|Pengurus|Penasihat|Pembina)|Direksi|Board\s+of\s+(?:Directors|Commissioners|Trustees)|"
                         r"Pengurus\s+(?:Harian|Pusat|Inti)|Jajaran\s+(?:Direksi|Komisaris)|Management\s+Team)\b")
_SUBHEAD = re.compile(rf"[#*\s]*(?:(?:Susunan|Anggota|Members?\s+of(?:\s+the)?|The)\s+)?{_BOARD_NAME.pattern}(?:\s+(?:Baru|Perseroan|[A-Z][\w-]*)){{0,3}}[*\s]*:?[*\s]*")
_ROSTER = re.compile(rf"^\s*(?:(?:[-*\u2022]|\d{{1,2}}[.)])\s*)?(?:\*\*)?(?:[A-Z][a-z]+\s+)?{POST}(?P<rest>(?:\s+(?:[A-Z][\w-]*|dan|and|&|of(?=\s+[A-Z])))*(?:\s+[a-z]{{3,15}}){{0,2}})(?:\s*\([a-z]{{3,12}}\))?(?:\*\*)?\s*:\s*(?:\*\*)?\s*{cues.HONORIFIC}*$")
# a table row under a board heading: the post in the first cell, the name in the second
_ROW = re.compile(rf"^\s*\|\s*(?:\*\*)?(?:[A-Z][a-z]+\s+)?{POST}(?P<rest>(?:\s+(?:[A-Z][\w-]*|dan|and|&|of(?=\s+[A-Z])))*)(?:\*\*)?\s*\|\s*(?:\*\*)?\s*{cues.HONORIFIC}*$")
# "- Komisaris Utama: A, menggantikan B yang kini menjadi Komisaris Independen.": B's seat on the same board
_NOW = re.compile(rf"(?:[\s,]|{cues.DEGREE})*yang\s+(?:kini|sekarang|saat\s+ini)\s+(?:menjadi|menjabat(?:\s+sebagai)?|duduk\s+sebagai)\s+"
                  rf"{POST}(?P<rest>(?:\s+[A-Z][\w-]*)*)\s*[.;]?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s")
_FROM_FIRM = re.compile(rf"(?:[\s,*]|{cues.DEGREE})*(?:\(|[\u2013\u2014])\s*")  # "X, S.Farm. (PT A)", "X, M.Farm. — Universitas A"
_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")  # a numbered line's number, split off as a sentence of its own
watch(_APPOINT, _BEFORE, _KEEP, _BOARD_LIST, _BOARD_NAME)
_CUES = CueGroup(_APPOINT, _BEFORE, _KEEP)  # one test for both, in every sentence


def find(ctx: Context) -> None:
    """Bare posts given at a meeting: the congress's association or the meeting's company holds them."""
    for v in ctx.where(*_CUES.patterns):
        for p in [m for m in v.mentions if m.type == "Person"]:
            got = _bare_post(v, p)
            if got is None:
                continue
            title, named = got
            if named is not None and ctx.has("HOLDS_POSITION", p.ent) and not _apposed(v, p):
                continue  # "… ditunjuk menjadi Presiden Direktur PT X": read by ``positions`` already
            if title.endswith(_OWN_MARK):  # "mengangkat X sebagai Komisaris perseroan": only the meeting's own company
                title = title[: -len(_OWN_MARK)]
                body = meeting_company(ctx, v) or _meeting_short(ctx, v)
            else:
                body = (named or _appointer(v, p) or _congress_body(ctx, v) or meeting_company(ctx, v) or _meeting_short(ctx, v)
                        or _release_company(ctx, v) or _congress_named(ctx, v) or _own_meeting(ctx, v))
            if body is not None and ctx.emit("HOLDS_POSITION", p.ent, body, v, 0.7, title=title):
                ctx.holders.setdefault((title.casefold(), body.id), set()).add(p.ent.id)
    for v in ctx.where(_BOARD_LIST, every=True):  # a heading names nobody
        _roster(ctx, v)
    for v in ctx.where(_BOARD_NAME, every=True):  # "## Direksi" over its posts, in a story about one company
        if _SUBHEAD.fullmatch(v.text) and not _BOARD_LIST.search(v.text):
            _roster(ctx, v)


def _roster(ctx: Context, head: View) -> None:
    """The lines "- Post: Name" under a board heading. Who holds the posts, first found: the company of the meeting
    the heading or its lead-in line names, the association of a congress told before, the association the story is
    about, and under a bare heading the body its opening sentences name most."""
    assoc, heading = None, head
    body = (meeting_company(ctx, head) or _short_named(ctx, head)) if head.text.rstrip(" *").endswith(":") else None
    if body is None and len(head.text) <= 80 and head.text.rstrip()[-1:] not in ".!?":  # a heading after a congress:
        # "## Susunan pengurus pusat 2025–2030" over "- Ketua Umum: X" lines: the association holds the posts
        body = _congress_body(ctx, head, back=12) or _congress_named(ctx, head)
        intro = ctx.views[head.index + 1] if body is None and head.index + 1 < len(ctx.views) else None
        if intro is not None and intro.text.rstrip(" *").endswith(":") and _MEETING.search(intro.text):
            head, body = intro, meeting_company(ctx, intro) or _short_named(ctx, intro) or _own_meeting(ctx, intro)
        elif body is None and not _MEETING.search(head.text):
            body = assoc = _association(ctx)  # "## Susunan pengurus" in a story about a consortium or an association
    told = body is None and len(heading.text) <= 80 and (heading.text.rstrip(" *")[-1:] not in ".!?:" or bool(_SUBHEAD.fullmatch(heading.text)))  # a bare heading
    body = body or (_story_body(ctx, heading) if told else None)
    for w in ctx.views[head.index + 1 : head.index + 16] if body is not None else ():
        if _NUMBER.fullmatch(w.text) or (w.index == head.index + 1 and w.text.rstrip(" *").endswith(":")
                                                 and not any(m.type == "Person" for m in w.mentions)):
            continue  # (a lead-in under the heading: "RUPSLB menetapkan perubahan berikut:")
        if not w.mentions and _SUBHEAD.fullmatch(w.text):
            continue  # a board's sub-heading ("**Dewan Komisaris**", "Direksi:") between the lines
        if w.text.lstrip().startswith("|"):  # a table under the heading: "| Sekretaris Jenderal | X | PT A |"
            for p in (m for m in w.mentions if m.type == "Person"):
                if (t := _ROW.match(w.text[: p.start])) is not None:
                    ctx.emit("HOLDS_POSITION", p.ent, body, w, 0.7, title=t.group("title") + t.group("rest"))
            continue
        if not _BULLET.match(w.text) and not _NUMBER.fullmatch(ctx.views[w.index - 1].text):
            if "\n" not in ctx.doc.text[ctx.views[w.index - 1].sent.end : w.sent.start] and w.index - 1 > head.index:
                continue  # a bullet's second sentence ("- Direktur Utama: X, … Felicia sebelumnya menjabat …")
            return
        for p in (m for m in w.mentions if m.type == "Person"):
            if (t := _ROSTER.match(w.text[: p.start])) is None:
                if body.category == "company" and (t := _NOW.match(w.text, p.end)) is not None:  # the predecessor's new seat
                    ctx.emit("HOLDS_POSITION", p.ent, body, w, 0.6, title=t.group("title") + t.group("rest"))
                continue
            if ctx.emit("HOLDS_POSITION", p.ent, body, w, 0.7, title=t.group("title") + t.group("rest")):
                ctx.holders.setdefault(((t.group("title") + t.group("rest")).casefold(), body.id), set()).add(p.ent.id)
            if body.category != "company" and not told:  # an association's officers, not a board's nominees
                _member_firm(ctx, w, p, firms=assoc is None)  # no congress told: only a campus closing the line


def _story_body(ctx: Context, head: View) -> Entity | None:
    """"## Susunan pengurus" in a story about one body: the organisation its opening sentences name and the
    text names most (the consortium or company the story is about; never a regulator, the story's source)."""
    if not head.text.lstrip("#* ")[:1].isupper() or not (_BOARD_LIST.search(head.text) or _SUBHEAD.fullmatch(head.text)):
        return None  # ("Susunan panitia seminar:" lists a committee, no body's officers)
    opening = {id(m.ent) for w in ctx.views[:3] for m in w.mentions if m.type == "Organization" and m.role is None}
    bodies = [e for e in ctx.entities if id(e) in opening and e.category not in ("regulator", "government", "ministry", "media")
              and not regulator_like(e)]
    return max(bodies, key=lambda e: len(e.mentions), default=None)


def _member_firm(ctx: Context, w: View, p: M, firms: bool = True) -> None:
    """"- Ketua Umum: X (PT A)": the company the association's officer comes from (a gloss or a mention)."""
    for firm in (*w.mentions, *w.glosses):
        if (firm.start > p.end and firm.type == "Organization" and _FROM_FIRM.fullmatch(w.text, p.end, firm.start)
                and ((firm.ent.category == "company" and firms) or (firm.ent.category != "company" and re.fullmatch(r"[\s.;*]*", w.text[firm.end :])))):
            ctx.emit("HOLDS_POSITION", p.ent, firm.ent, w, 0.6)
            return


def _bare_post(v: View, p: M) -> tuple[str, Entity | None] | None:
    """The post ``p`` is given when the sentence appoints, and the body named right after it (if any)."""
    t = _BEFORE.search(v.masked[: p.start]) if v.may(_BEFORE) else None  # masked: a post ends where a name starts
    if t is None and (_APPOINT.search(v.masked) or _KEEP.search(v.masked)):
        t = _AFTER.match(v.masked, p.end)
    if t is None:
        return None
    own = _OWN_MARK if _OWN.match(v.text, t.end()) else ""  # "… perseroan": the meeting's company, else ``firm_titles``
    appo = (t.start("appo"), t.end("appo")) if "appo" in t.re.groupindex and t.group("appo") else (0, 0)
    if any(t.start() <= m.start < t.end() and not appo[0] <= m.start < appo[1] for m in v.mentions if m is not p):
        return None
    after = next((m for m in v.mentions if m.start >= t.end()), None)
    named = after.ent if after is not None and after.type == "Organization" and not v.text[t.end() : after.start].strip() else None
    if named is None and after is not None and after.type != "Person" and not v.text[t.end() : after.start].strip():
        return None  # a place after the post ("Bupati Bungo"): not a bare post
    return " ".join((t.group("title") + t.group("rest")).split()) + own, None if own else named


def _appointer(v: View, p: M) -> Entity | None:
    """"PT X menunjuk Y sebagai Direktur Utama": the company that appoints, the subject right before the verb."""
    verb = _APPOINT.search(v.masked, 0, p.start)
    subj = v.prev_mention(p)
    if verb is None or subj is None or subj.type != "Organization" or subj.ent.category != "company" or subj.end > verb.start():
        return None
    # ("PT X mengumumkan penunjukan Y sebagai …": the announcing company appoints)
    return subj.ent if re.fullmatch(r"\s*(?:(?:juga|resmi|telah|kembali|mengumumkan|menyetujui)\s+)*", v.masked[subj.end : verb.start()]) else None


def _congress_body(ctx: Context, v: View, back: int = 4) -> Entity | None:
    """"Kongres Nasional Ikatan Apoteker Indonesia 2025 … memilih X": the association named in the congress's name."""
    events = [e for e in ctx.recent(v.index, ("Event",), back=back, limit=3) if e.name.startswith(_CONGRESS)]
    for ev in events:
        named = [(len(n), o) for o in ctx.entities if o.type == "Organization" for n in (o.name, *o.aliases)
                 if len(n) >= 3 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", ev.name)]
        if named:
            return max(named, key=lambda x: x[0])[1]
    return None


def _apposed(v: View, p: M) -> bool:
    """"menetapkan X, Direktur PT A, sebagai Sekretaris Jenderal B": a post told beside the appointed one."""
    t = _AFTER.match(v.masked, p.end) if _APPOINT.search(v.masked) else None
    return t is not None and bool(t.group("appo"))


_CONGRESS_WORD = re.compile(r"\b(?:Kongres|Musyawarah|Munas|Muktamar|Congress)\b")
_CONGRESS_GAP = re.compile(r"(?:\s|\([^()]{1,15}\)|\b(?:Nasional|National|Besar|Luar\s+Biasa|ke-?\d{1,3}|[IVXL]{1,6}|\d{1,3}|Tahun|\d{4})\b)*")


def _congress_named(ctx: Context, v: View) -> Entity | None:
    """"Musyawarah Nasional (Munas) IX Perhimpunan X (PX) … memilih Y sebagai Ketua Umum" with no event read from it:
    the body named right after the congress word in this or an earlier sentence (the first such)."""
    for w in ctx.views[max(0, v.index - 15) : v.index + 1]:
        if not _CONGRESS_WORD.search(w.text):
            continue
        for c in _CONGRESS_WORD.finditer(w.text):
            org = next((m for m in w.mentions if m.start >= c.end()), None)
            if org is not None and org.type == "Organization" and _CONGRESS_GAP.fullmatch(w.text, c.end(), org.start):
                return org.ent
    return None


_ASSOCIATION = re.compile(r"(?:Konsorsium|Asosiasi|Perhimpunan|Ikatan|Gabungan|Himpunan|Persatuan|Aliansi|Forum|Jaringan|"
                          r"Consortium|Association|Alliance|Federation|Society)\s")


def _association(ctx: Context) -> Entity | None:
    """The consortium or association the text is about: of those it names, the one named most often."""
    bodies = [(len(e.mentions), -e.mentions[0].start, e) for e in ctx.entities
              if e.type == "Organization" and e.mentions and _ASSOCIATION.match(e.name)]
    firms = [e for e in ctx.entities if e.type == "Organization" and e.category == "company" and e.mentions]
    best = max(bodies, key=lambda x: x[:2]) if bodies else None
    if best is None or any(len(e.mentions) > best[0] or e.mentions[0].start < -best[1] for e in firms):
        return None  # a company leads the story: the board is its own
    return best[2]


def _own_meeting(ctx: Context, v: View) -> Entity | None:
    """"… hasil RUPSLB perseroan" then "RUPSLB menetapkan perubahan berikut:": of the companies named so far, the one the text names most."""
    if not any(_MEETING.search(w.text) and re.search(r"\b(?:perseroan|the\s+Company)\b", w.text) for w in ctx.views[: v.index + 1]):
        return None  # ("RUPSLB yang digelar perseroan … mengangkat X": the sentence itself names it)
    firms = list({m.ent.id: m.ent for w in ctx.views[: v.index + 1] for m in w.mentions
                  if m.type == "Organization" and m.ent.category == "company"}.values())
    return max(firms, key=lambda e: len(e.mentions), default=None)  # (a headline's clipped name is named once)


def meeting_company(ctx: Context, v: View) -> Entity | None:
    """The company whose shareholders' or board meeting the text tells of: the first company named in the
    first sentence that names such a meeting (later ones name buyers and partners as well); of several there, the one
    the release defines as "the Company" (a regulation's title before it may end in "… of Public Companies")."""
    if not any(_MEETING.search(ctx.views[i].text) for i in range(max(0, v.index - 3), v.index + 1)):
        return None
    for w in ctx.views[: v.index + 1]:
        firms = [m.ent for m in w.mentions if m.type == "Organization" and m.ent.category == "company"]
        if firms and _MEETING.search(w.text):
            own = defined_company(ctx) if len(firms) > 1 else None
            return own if own in firms else firms[0]
    return None


def _meeting_short(ctx: Context, v: View) -> Entity | None:
    """"RUPS Tahunan Parahyangan … . Rapat yang sama mengangkat X …": a meeting named by the company's first word
    in this sentence or one of the three before it (the word left unread as a mention)."""
    for w in (ctx.views[i] for i in range(v.index, max(-1, v.index - 4), -1)):
        if _MEETING.search(w.text) and (firm := _short_named(ctx, w)) is not None:
            return firm
    return None


def _short_named(ctx: Context, v: View) -> Entity | None:
    """"RUPS Tahunan Arunika … menetapkan susunan pengurus baru:": the company a meeting names by its first
    word (the first named of those it opens: the story's own), when the line names a shareholders' meeting."""
    if not _MEETING.search(v.text):
        return None
    words = set(re.findall(r"\b[A-Z][\w-]{3,}\b", v.text))
    firms = [e for e in ctx.entities if e.type == "Organization" and e.category == "company"
             and e.mentions and next((w for w in e.name.split() if w not in ("PT", "PT.", "CV")), None) in words]
    return min(firms, key=lambda e: e.mentions[0].start) if firms else None


def _release_company(ctx: Context, v: View) -> Entity | None:
    """"The Company also announced that X has been appointed …": the company the release defines, else the first one it names."""
    if not _SUBJECT.match(v.text):
        return None
    if (defined := defined_company(ctx)) is not None:
        return defined
    return next((m.ent for w in ctx.views[: v.index] for m in w.mentions if m.type == "Organization" and m.ent.category == "company"), None)
