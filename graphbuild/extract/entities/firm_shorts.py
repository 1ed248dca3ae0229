"""Company names a person rule must not read as a person: "Direktur Indo Rempah, Sri W." beside "PT Indo Rempah
Herbal" (a company's short name), "CEO Maghreb Phyto, Karim B." beside "Maghreb Phyto SARL" (a foreign firm's name
without its legal form). Split out of ``person_names``; each text search is done once per document, kept on the
``Ctx``, because a search per candidate made long articles quadratic.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx

_LEADS = ("PT ", "PT. ", "CV ")


def _leads(ctx: Ctx) -> tuple[str, ...]:
    """The company prefixes the text holds, found once per document: a key led by one the text lacks is
    never found, and each such miss would scan the whole text."""
    if ctx.firm_leads is None:
        ctx.firm_leads = tuple(lead for lead in _LEADS if lead in ctx.t.text)
    return ctx.firm_leads


def company_prefix(ctx: Ctx, p: int, e: int) -> bool:
    """Tokens [p, e) open the name of a company the text names ("Direktur Indo Rempah, Sri W." beside
    "PT Indo Rempah Herbal"): its short name, not a person."""
    text = ctx.t.text
    for i in range(max(p, e - 3), e - 1):  # "Direktur Operasional Cahaya Herbal, X": a unit word may come first
        words = ctx.t.words[i:e]
        if not all(w.isalpha() for w in words):
            continue
        for lead in _leads(ctx):  # (companies are not mentions yet: persons are read first)
            key = f"{lead}{' '.join(words)} "
            at = text.find(key)
            while at >= 0:
                if text[at + len(key) : at + len(key) + 1].isupper():
                    return True
                at = text.find(key, at + 1)
    if e - p == 1 and len(w := ctx.t.words[p]) >= 4 and w.isalpha() and w[0].isupper():
        # "Direktur Operasional Mandala, Wahyu P." beside "PT Mandala Sehat Sentosa Tbk": the company's first word
        for lead in _leads(ctx):
            at = text.find(f"{lead}{w} ")
            while at >= 0:
                if text[at + len(lead) + len(w) + 1 : at + len(lead) + len(w) + 2].isupper():
                    return True
                at = text.find(f"{lead}{w} ", at + 1)
    whole = ctx.t.words[p:e]  # all of the company's name: "Direktur Andalan Husada Sejahtera, X" beside "PT Andalan Husada Sejahtera"
    return (2 <= len(whole) <= 5 and all(w.isalpha() for w in whole) and any(
        f"{lead}{' '.join(whole)}" in text for lead in _leads(ctx))) or foreign_short(ctx, p, e)


# Legal forms that close a foreign company's name ("Maghreb Phyto SARL", "Farmacéutica Orbis S.A.")
_FOREIGN_FORM = re.compile(r",?\s+(?:S\.?A\.?R\.?L|Sarl|S\.?R\.?L|Srl|S\.r\.l|S\.?A\.?S|S\.?A\.?E?|S\.?L\.?U?|S\.p\.A|SpA|LLC|LLP|PLC"
                           r"|Inc|Ltd|Co\.|Corp|GmbH|AG|AB|NV|N\.V|BV|B\.V|A/S|ApS|Oyj?|Pty|JSC|PJSC|Pte|K\.K"
                           r"|Sdn|Bhd|Berhad|A\.[SŞ])(?!\w)")  # 'Borneo Phytolabs Sdn Bhd', Turkish 'X Ilac A.S.'


# where a form itself opens: one of the capitals the forms start with (tests/test_firm_shorts_forms.py checks the set)
# after a space, tried only at those capitals instead of a look-ahead at every position of the text
_FORM_OPEN = re.compile(r"[ABCGIJKLNOPS](?<=\s.)(?<=(?=" + _FOREIGN_FORM.pattern[len(r",?\s+"):] + r").)")


def form_starts(text: str) -> list[int]:
    """Every position where ``_FOREIGN_FORM`` matches, ascending (once per document): each space of the run before a
    form, and a comma before that run; the same as a look-ahead ``finditer`` at every position, at a third of its cost."""
    out: list[int] = []
    for m in _FORM_OPEN.finditer(text):  # a few per document
        f = m.start()
        s = f - 1
        while s and text[s - 1].isspace():  # str.isspace is the regex's \s
            s -= 1
        if s and text[s - 1] == ",":
            out.append(s - 1)
        out.extend(range(s, f))
    return out


def firm_whole(ctx: Ctx, p: int, e: int) -> bool:
    """Tokens [p, e) are all of a company's name the text gives after "PT" elsewhere: "Presiden Direktur Mandala Sehat
    Sentosa" at a line's end beside "PT Mandala Sehat Sentosa Tbk" holds no person."""
    whole = ctx.t.words[p:e]
    if not (2 <= len(whole) <= 5 and all(w.isalpha() for w in whole)):
        return False
    for lead in _leads(ctx):
        ends = _firm_ends(ctx, f"{lead}{' '.join(whole)}")
        if len(ends) > 1 or ends and ends[0] + len(lead) != ctx.t.starts[p]:
            return True
    return False


def _firm_ends(ctx: Ctx, key: str) -> tuple[int, ...]:
    """Up to two places where ``key`` ("PT X Y") is a whole name ("PT X Tbk", "PT X,"; not "PT X Yohanis Pasolang" with a
    person after it), found once per document: a scan per candidate made long texts quadratic."""
    known = ctx.firm_ends.get(key)
    if known is not None:
        return known
    text, found = ctx.t.text, []
    at = text.find(key)
    while at >= 0 and len(found) < 2:
        nxt = text[at + len(key) : at + len(key) + 5]
        if not nxt or nxt[0] in ",.;:)" or nxt.startswith((" Tbk", " (Pe")) or (nxt[0] == " " and nxt[1:2].islower()):
            found.append(at)
        at = text.find(key, at + 1)
    ctx.firm_ends[key] = out = tuple(found)
    return out


def foreign_short(ctx: Ctx, p: int, e: int) -> bool:
    """Tokens ending at e (two to four, a unit word may come first) are a foreign company's name the text
    gives elsewhere with its legal form: "CEO Maghreb Phyto, Karim Benali" beside "Maghreb Phyto SARL"."""
    text = ctx.t.text
    if ctx.form_starts is None:  # found once per document: scanning every occurrence of each key was quadratic
        ctx.form_starts = form_starts(text)
    if not ctx.form_starts:
        return False
    for i in range(max(p, e - 4), e - 1):
        words = ctx.t.words[i:e]
        if not all(w.replace("-", "").isalpha() and w[0].isupper() for w in words):
            continue
        key = " ".join(words)
        if any(s >= len(key) and text.startswith(key, s - len(key)) for s in ctx.form_starts):
            return True
    return False


def company_lead(ctx: Ctx, p: int, e: int) -> int:
    """End of the leading words of a named company's short form in [p, e) ("Direktur Utama Borneo Herbal
    Muhammad Rizal" beside "PT Borneo Herbal Nusantara": the name starts after "Herbal"); p when none."""
    words, text = ctx.t.words, ctx.t.text
    for x in range(min(e - 2, p + 3), p + 1, -1):  # two or three words, two or more left for the name
        if not all(w.isalpha() for w in words[p:x]):
            continue
        for lead in _leads(ctx):
            key = f"{lead}{' '.join(words[p:x])} "
            at = text.find(key)
            while at >= 0:
                if text[at + len(key) : at + len(key) + 1].isupper() and not text.startswith(words[x], at + len(key)):
                    return x
                at = text.find(key, at + 1)
    w = words[p]
    if len(w) >= 4 and w.isalpha() and w[1:].islower() and (
            # r22d: "CEO Selbio Rizky Anindita Putri" beside "PT Selbio Indonesia" and "Selbio kini …"
            (e - p >= 3 and w[0].isupper() and any(f"{lead}{w} " in text for lead in _leads(ctx)) and _alone(text, w))
            # r22c: "CEO Genomika Dimas Aryo Prakoso" beside "PT Genomika Biosains" or "(Genomika)"
            or (e - p >= 4 and (f"({w})" in text or any(
                text[at + len(lead) + len(w) + 1 : at + len(lead) + len(w) + 2].isupper()
                for lead in _leads(ctx) if (at := text.find(f"{lead}{w} ")) >= 0)))):
        return p + 1  # the company's one-word short name, not the holder's first name
    return p


def _alone(text: str, w: str) -> bool:
    """The word also stands alone as a short name: before a lower-case word, a comma or a stop ("Selbio kini", "(Selbio)")."""
    return re.search(rf"(?<![\w-]){w}(?:\)|[,.;:]\s|\s+[a-z])", text) is not None
