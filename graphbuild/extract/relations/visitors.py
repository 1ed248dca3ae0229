"""Who made a visit: the subject before the cue ("Ia kemudian meninjau …" is the person of the sentence before;
in "oleh A kepada B", A) and those who went with them ("didampingi B", "Delegasi SFDA yang dipimpin X").

Split out of ``visits`` to keep it short; ``visits.find`` calls :func:`_subject` and :func:`_with_companions`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.visit_sites import body_partners, team_body

_ACCOMPANIED = re.compile(r"^\s*,?\s*(?:yang\s+)?(?:didampingi|bersama(?:\s+dengan)?|beserta|accompanied\s+by|"
                          r"together\s+with|along\s+with|and|dan)\b", re.I)
# "Ia kemudian meninjau …", "Usai acara peresmian, ia bersama Gubernur meninjau …": the pronoun after a time clause
_HE = re.compile(r"^\W*(?:(?:usai|seusai|setelah|sesudah|selepas|after)\s[^,;:.\u2588]{1,40},\s*)?(?:ia|dia|beliau|he|she)\s+"
                 r"(?:(?:kemudian|lalu|juga|pun|selanjutnya|then|also|later|bersama\s+(?:\u2588+|[A-Z]\w+)|together\s+with\s+\u2588+)\s+)*$", re.I)
# "kunjungan lapangan delegasi PMDA ke …": the body whose party visits
DELEGATION = re.compile(r"\b(?:delegasi|rombongan|tim|delegation\s+(?:of|from))\s+(?:dari\s+)?$", re.I)
_LED = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:yang\s+)?(?:dipimpin|diketuai|led\s+by|headed\s+by)\s", re.I)

# "diserahkan oleh A kepada B di sela kunjungan …": the agent, not the one handed to
_TO_WHOM = re.compile(r"\b(?:kepada|pada|to)\s+(?:[A-Z\u2588][\w\u2588-]*,?\s+){0,8}?$")
_BY_AGENT = re.compile(r"\b(?:oleh|by)\s+(?:[\w.,\u2588-]+\s+){0,10}?$", re.I)
_CAME_FROM = re.compile(r"\b(?:setelah|usai|seusai|sesudah|selepas|sepulang|after)\s+(?:\w+\s+)?(?:dari|from)\s+$", re.I)  # "Setelah dari RS X, tim …"


def subject(v: View, pos: int, ctx: Context | None = None) -> M | None:
    """The person before the cue, else an organisation right before it; "Ia kemudian meninjau …" is the
    person named last in the sentence before; in "oleh A kepada B", A."""
    people = v.before(pos, ("Person",))
    if len(people) >= 2 and _TO_WHOM.search(v.masked[people[1].end : people[0].start]) and _BY_AGENT.search(
            v.masked[max(0, people[1].start - 80) : people[1].start]):
        return people[1]
    if ctx is not None and v.index and _HE.match(v.masked[:pos]):  # (a mention before it is only a companion)
        last = ctx.recent(v.index - 1, ("Person",), back=0, limit=1)
        return M(pos, pos, last[0], "") if last else None
    if people:
        return people[0]
    orgs = [m for m in v.before(pos, ("Organization",)) if m.start not in v.role_orgs and not _CAME_FROM.search(v.masked[: m.start])]
    if orgs and pos - orgs[0].end <= 40:
        if len(orgs) > 1 and not v.gap(orgs[1].end, orgs[0].start).strip() and any(
                n.endswith(" " + orgs[0].text) for n in (orgs[1].ent.name, *orgs[1].ent.aliases)):
            return orgs[1]  # "Rombongan Komisi IX DPR RI melakukan kunjungan": the unit named with its parent
        return orgs[0]
    return None


# "didampingi Direktur Pengawasan Distribusi dan Pelayanan Obat, Narkotika … BPOM, ": only a title before the companion
_TITLE_ONLY = re.compile(r"(?:[\s,()]|\u2588|[A-Z][\w.-]*|\b(?:dan|serta|di|untuk|of|for|and|the|apt\.|dr\.)(?!\w))*")


def with_companions(ctx: Context, v: View, visitor: M | None) -> list[M]:
    """"A didampingi B mengunjungi X": B is the nearest subject, A went too."""
    if visitor is None:
        return []
    out = [visitor, *(body_partners(v, visitor) if visitor.type == "Organization" else ())]
    if visitor.type == "Person" and (body := v.prev_mention(visitor)) is not None and body.type == "Organization" and (
            DELEGATION.search(v.masked[max(0, body.start - 30) : body.start]) and _LED.match(v.masked, body.end, visitor.start)):
        out.append(body)  # "Delegasi SFDA yang dipimpin Wakil CEO …, X, berkunjung ke …": the body came
    elif visitor.type == "Person" and (body := team_body(ctx, v, visitor, _TITLE_ONLY)) is not None:
        out.append(body)  # "Tim yang dipimpin Wakil Ketua Komisi IX DPR RI, X, mengunjungi …": the team is the body's
    if visitor.type == "Person":
        for m in v.before(visitor.start, ("Person",))[:1]:
            gap = v.masked[m.end : visitor.start]  # a long unit in the companion's title counts as one word
            cue = _ACCOMPANIED.search(gap)
            if cue is not None and (len(gap) - gap.count("\u2588") <= 80 or (
                    len(gap) <= 240 and _TITLE_ONLY.fullmatch(gap, cue.end()))):
                out.append(m)
    return out
