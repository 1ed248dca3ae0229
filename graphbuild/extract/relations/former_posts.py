"""HOLDS_POSITION of a post the person held before, with the wording kept in ``title`` ("mantan Direktur …").

Why: appointment news tells the new officer's previous post: "Rudi sebelumnya menjabat Kepala Dinas Kesehatan
Provinsi X", "Y, mantan Chief Financial Officer PT A", "Ia pernah menjabat Direktur Registrasi Obat pada BPOM",
"Z is a former Director General … at the Ministry of Health", "Dr. W was previously Head of … at the Centre for
…". The golds list such a post (as a plain or an optional item) wherever they meet one, and none treats it
as wrong, so it is emitted; the title keeps "mantan"/"former" so that the graph does not read it as held now.
It is never recorded as the holder of the title (a later bare "Kepala Dinas …" is not this person).
The subject is the person named just before the cue, or "Ia"/"Dia"/"She"/"He" opening the sentence when the
sentence before names exactly one person. The post is a listed title, the body is the first mention after it,
with only the title's own capitalised unit words and a "di/pada/at/of" between.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.appointments import APPOINT_WORDS
from graphbuild.extract.relations.common import Context, watch
from graphbuild.extract.relations.views import M, View
from graphbuild.types import Entity

_CUE = re.compile(r"\b(?:mantan|eks|former(?:ly)?|previously|sebelumnya|pernah|sempat|Sebelum)\b", re.I)
watch(_CUE)

_ADV = r"(?:sebelumnya|pernah|sempat|dahulu|dulu)"
# the words between the subject and the title
_LEAD = re.compile(
    rf"^(?:\s*,\s*{cues.DEGREE})*\s*(?:"
    # "X, mantan …", "X merupakan mantan …", "X, eks …"
    r"(?:,\s*|\s+(?:merupakan|adalah|ialah)\s+(?:seorang\s+)?)(?P<id>mantan|eks)"
    # "X, yang sebelumnya menjabat …", "X sebelumnya menjabat sebagai …", "X pernah menjabat …", "X sebelumnya merupakan …"
    rf"|,?\s*(?:yang\s+)?(?:juga\s+)?(?P<id2>{_ADV}(?:\s+{_ADV})?)\s+(?:(?:menjabat|bertugas|berkarier|berkarir)(?:\s+sebagai)?|merupakan|adalah|sebagai)"
    # "X, former …", "X is a former …", "X was formerly …"
    r"|(?:,\s*|\s+(?:is|was)\s+)(?:a\s+|the\s+)?(?P<en>former(?:ly)?)"
    # "X was previously …", "X previously served as …", "X, previously …"
    r"|(?:,\s*|\s+(?:was|had\s+been)\s+|\s+)(?P<en2>previously)(?:\s+(?:served|worked)\s+as)?"
    r")\s+(?:the\s+|an?\s+)?$")
# "Sebelum ditarik ke pusat, X menjabat …": the opening clause makes a plain "menjabat" a former post
_BEFORE_OPEN = re.compile(r"^\W*Sebelum\s")
_PLAIN = re.compile(r"^\s+(?P<id3>menjabat)(?:\s+sebagai)?\s+$")
# "… dan pernah menjabat …", "… and was previously …": a second predicate of the sentence's subject
_COORD = re.compile(rf"^\s*(?:\([^()]*\))?\s*,?\s*(?:dan|serta|and)\s+(?:(?:{_ADV}|juga)\s+)+(?:menjabat(?:\s+sebagai)?|menjadi)\s+"
                    r"|^\s*(?:\([^()]*\))?\s*,?\s*(?:and|but)\s+(?:was\s+|had\s+been\s+)?(?P<en>formerly|previously)(?:\s+(?:served|worked)\s+as)?\s+(?:the\s+|an?\s+)?")
_OPENS = re.compile(rf"^\W*(?:{cues.HONORIFIC})*$")  # nothing but honorifics before the sentence's first person
# the appointment words of ``appointments``, and those of a post filled or taken over
_APPOINT = re.compile(rf"\b(?:{APPOINT_WORDS}|pelantikan|dipercaya|dipercayakan|diisi|dijabat|menggantikan|menduduki|appoints?|names|"
                      r"succeeds?|joins?|promoted)\b", re.I)
_APPOINTED = re.compile(rf"\b(?:mengangkat|menunjuk|melantik|menetapkan|memilih|appointed|named|elected)\s+(?:{cues.HONORIFIC})*$")
_PRONOUN = re.compile(r"^\W*(?:Ia|Dia|Beliau|She|He)\s")
# the title, its own unit words, then the body: "Direktur Registrasi Obat pada ", "Head of Process Development at the "
_POST = re.compile(rf"^{cues.TITLE}(?P<unit>(?:\s+(?:[A-Z][\w-]*|dan|and|of|for|&)){{0,6}}?)\s+"
                   r"(?P<at>(?:di|pada|dari|at|of|in|with)\s+(?:the\s+)?)?(?:PT\.?\s+)?$")


def _held(p: re.Match[str] | None, body: M) -> bool:
    """A place is a post's body only right after the title ("mantan Bupati Magetan"), never "Head … at Cikarang"
    (where a plant stands)."""
    return p is not None and (body.type != "Location" or not (p.group("unit") or p.group("at")))


def find(ctx: Context) -> None:
    """Each person (or a pronoun for the one just named) before a former-post cue, to the body of the post."""
    for v in ctx.where(_CUE):
        ms = v.mentions
        for i, body in enumerate(ms):
            if body.type not in ("Organization", "Location"):
                continue
            prev = ms[i - 1] if i else None
            if prev is None or prev.type == "Person":  # the subject right before the post, or an opening pronoun
                title = _post(v, body, prev)
                person = None if title is None else prev.ent if prev is not None else _previous_person(ctx, v)
                if title is None and prev is not None and (title := _coordinated_late(v, body, prev)) is not None:
                    person = prev.ent  # "X adalah guru besar A dan pernah menjabat …": A read as X's post already
            else:  # "X adalah guru besar Universitas A dan pernah menjabat Direktur … di B": the sentence's subject
                title = _coordinated(v, body, prev)
                person = ms[0].ent if title is not None and ms[0].type == "Person" and _OPENS.match(v.text[: ms[0].start]) else None
            if person is not None and not ctx.has("HOLDS_POSITION", person, body.ent) and _appointed(ctx, person):
                ctx.emit("HOLDS_POSITION", person, body.ent, v, 0.6, title=title)


def _post(v: View, body: M, prev: M | None) -> str | None:
    """The title (with its former-post word) of the post whose body is ``body``."""
    start = prev.end if prev is not None else 0
    gap = v.text[start : body.start]
    for t in re.finditer(rf"(?<![\w-]){cues.TITLE}", gap):
        if not _held(p := _POST.match(gap[t.start() :]), body):
            continue
        lead = gap[: t.start()]
        if start == 0:
            pm = _PRONOUN.match(lead)
            if pm is None:
                return None
            lead = lead[pm.end() - 1 :]
        m = _LEAD.match(lead) or (_PLAIN.match(lead) if _BEFORE_OPEN.match(v.text) else None)
        if m is None:
            return None
        g = m.groupdict()
        word = "former" if g.get("en") or g.get("en2") else "mantan"
        return f"{word} {p.group('title')}{p.group('unit')}".strip()
    return None


def _appointed(ctx: Context, person: Entity) -> bool:
    """Whether the story tells the person's appointment (a sentence naming them with an appointing word): the former
    post is the newcomer's record. Said of anyone else ("X, mantan Direktur PT A, kini membuka apotek",
    "Pertemuan dipimpin Direktur B, Y, yang sebelumnya menjabat Ketua C") it is only a description."""
    return any(_APPOINT.search(v.text) for v in ctx.busy if any(m.ent is person for m in v.mentions))


def _coordinated(v: View, body: M, prev: M) -> str | None:
    """The former post after "dan pernah menjabat" whose body is ``body``, the mention before being ``prev``."""
    gap = v.text[prev.end : body.start]
    if (c := _COORD.match(gap)) is None or not _held(p := _POST.match(gap[c.end() :]), body):
        return None
    word = "former" if c.group("en") else "mantan"
    return f"{word} {p.group('title')}{p.group('unit')}".strip()


def _coordinated_late(v: View, body: M, prev: M) -> str | None:
    """The former post after "dan pernah menjabat" when the body of the person's first post is no mention any more."""
    gap = v.text[prev.end : body.start]
    for d in re.finditer(r"[\s,](?=(?:dan|serta|and)\s)", gap):
        rest = gap[d.start() :]
        if (c := _COORD.match(rest)) is not None and _held(p := _POST.match(rest[c.end() :]), body):
            return f"{'former' if c.group('en') else 'mantan'} {p.group('title')}{p.group('unit')}".strip()  # type: ignore[union-attr]
    return None


def _previous_person(ctx: Context, v: View) -> Entity | None:
    """The antecedent of an opening "Ia": the one person of the sentence before, when that person opens it (its
    subject) or is the one an appointing verb names there; else None (a name the tagger missed may be meant)."""
    if not _PRONOUN.match(v.text) or v.index == 0:
        return None
    before = ctx.views[v.index - 1]
    people = [m for m in before.mentions if m.type == "Person"]
    if not people or any(m.ent is not people[0].ent for m in people):
        return None
    first = people[0]
    lead = before.text[: first.start]
    return first.ent if _OPENS.match(lead) or _APPOINTED.search(lead) else None
