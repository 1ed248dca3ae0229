"""SIGNED by the company a story is about when the signing sentence names it by a common noun: "Perseroan dan B
telah menandatangani X", "The Company and B signed X" (the noun coordinated with a named signer), and "The two
companies signed X" / "Kedua perusahaan meneken X" where the other rules found only one of the two. The company is
the one the story names most (a joint venture the parties set up excluded), named before the sentence."""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.subjects import is_venture
from graphbuild.types import Entity

# "Perseroan dan B", "the Company and B", "perusahaan bersama B": the common noun coordinated with a named party
_US_AND = re.compile(r"(?:^|[^\w\s]\s*|\b(?:bahwa|that|mengatakan|menyebutkan|said|kata|menjelaskan)\s+)"
                     r"(?:the\s+)?(?:perseroan|perusahaan|company|emiten)\s+(?:dan|and|&|serta|bersama(?:\s+dengan)?|together\s+with)\s+"
                     r"(?:(?:mitra(?:nya)?|partner)\s+)?(?:(?:PT|the)\.?\s+)?$", re.I)
_US_WORD = re.compile(r"\b(?:perseroan|perusahaan|company|emiten)\b", re.I)
# "the two companies", "kedua perusahaan", "both companies" (firms: not "kedua pihak", which may be any bodies)
_TWO_FIRMS = re.compile(r"\b(?:kedua\s+(?:belah\s+)?(?:perusahaan|korporasi|emiten)|both\s+companies|the\s+two\s+companies)\b"
                        r"\s+(?:(?:have|has|had|also|then|juga|telah|sudah|resmi|kemudian|lalu|pun)\s+)*$", re.I)
# between the named party and the signing verb: its bracketed short name, adverbs
_VERB_NEXT = re.compile(r"\.?\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?:telah|sudah|juga|resmi|pun|kemudian|lalu|have|has|had|also|officially|"
                        r"then|jointly|bersama-sama)\s+)*", re.I)
watch(_US_WORD, _TWO_FIRMS)


def find(ctx: Context) -> None:
    for v in ctx.busy:
        if not (v.may(_US_WORD) or v.may(_TWO_FIRMS)) or not v.may(cues.SIGN):
            continue
        ags = [m for m in v.mentions if m.type == "Agreement"]
        sign = next(v.cues(cues.SIGN), None) if ags else None
        if sign is None or cues.negated(v.masked, sign.start()):
            continue
        said = " ".join(v.text.split())
        # "perseroan dan B (telah) menandatangani": B named just before the verb, the common noun coordinated with it
        other = next((m for m in v.before(sign.start(), ("Organization",)) if m.role is None and _VERB_NEXT.fullmatch(
            v.masked, m.end, sign.start()) and _US_AND.search(v.masked, max(0, m.start - 80), m.start)), None)
        for ag in (m for m in ags if m.start >= sign.end()):
            here = [r.head for r in ctx.has("SIGNED", tail=ag.ent) if r.evidence == said]
            if other is not None:
                if other.ent.id not in here:
                    ctx.emit("SIGNED", other.ent, ag.ent, v, 0.65)
                    here.append(other.ent.id)
                _add(ctx, v, ag.ent, here)
            elif len(here) == 1 and _TWO_FIRMS.search(v.masked[: sign.start()]):
                _add(ctx, v, ag.ent, here)


def _add(ctx: Context, v: View, ag: Entity, here: list[str]) -> None:
    story = _story_company(ctx, v, here)
    if story is not None:
        ctx.emit("SIGNED", story, ag, v, 0.65)


def _story_company(ctx: Context, v: View, here: list[str]) -> Entity | None:
    """The company the story names most, named before ``v`` (not a signer found, nor a joint venture the parties set up)."""
    firms = [e for e in ctx.entities if e.type == "Organization" and e.category == "company" and e.mentions and e.id not in here
             and e.mentions[0].start < v.sent.start and not is_venture(ctx, v.index, e)]
    if not firms:
        return None
    best = max(firms, key=lambda e: len(e.mentions))
    if sum(len(e.mentions) == len(best.mentions) for e in firms) > 1:
        return None  # no one company the story is about
    return best
