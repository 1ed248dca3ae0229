"""Type a capitalised span from its cue words (used for acronym long forms)."""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx


def classify_span(ctx: Ctx, i: int, j: int) -> tuple[str, str | None] | None:
    """(label, category) implied by the span's first or last words, or None."""
    t = ctx.t
    c = t.cue
    words = t.words[i:j]
    if not words:
        return None
    n = t.match_phrase(i, c.org_prefix_phrases)
    if n:
        return "Organization", c.org_prefix[tuple(words[:n])]
    if t.match_phrase(i, c.event_prefix):
        return "Event", None
    if t.match_phrase(i, c.agreement_prefix) or words[-1] in c.agreement_suffix:
        return "Agreement", None
    if t.match_phrase(i, c.regulation_prefix):
        return "Regulation", "law"
    last = words[-1]
    if (words[0] == "Cara" and last == "Baik") or (words[0] == "Good" and last in ("Practice", "Practices")):
        return "Regulation", "standard"
    if words[0].lower() in c.product_cues:
        return None  # "Obat Modern Asli Indonesia (OMAI)": a class of medicines, neither a body nor one product
    if last in c.org_suffix and words[0][:1].isupper():
        return "Organization", c.org_suffix[last]
    if last in c.facility_suffix or words[0] in c.facility_prefix:
        return "Facility", None
    if last in c.event_suffix:
        return "Event", None
    if words[0] in c.program_prefix:
        return "Program", None
    return None
