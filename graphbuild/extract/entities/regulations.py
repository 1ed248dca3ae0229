"""Regulations (numbered laws; plans are read in :mod:`.plans`), programmes and named agreements."""

from __future__ import annotations

from graphbuild.extract.entities import plans, unnumbered_laws
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.plans import YEAR
from graphbuild.extract.entities.scan import run_backward, run_forward
from graphbuild.extract.entities.tokens import is_cap

_NUMBER_WORDS = frozenset({"Nomor", "No", "Nomer", "No.", "Number"})
_LAW = ("Undang", "UU", "Peraturan", "Perpres", "Permenkes", "Perban", "PP", "Law", "Government", "Presidential",
        "Ministerial", "Minister", "Health", "BPOM", "Regulation")
_AGREEMENT_CONNECTORS = frozenset({"and", "of", "for", "the", "on", "&", "dan", "tentang", "mengenai", "antara"})
_ABOUT = frozenset({"tentang", "mengenai", "on"})
_TOPIC_CONNECTORS = frozenset({"of", "for", "the"})  # not "and": "… on X and Government Regulation No. …"


def find(ctx: Ctx) -> None:
    plans.year_range_plans(ctx)
    _numbered(ctx)
    unnumbered_laws.find(ctx)
    _agreements(ctx)
    _glossed_deals(ctx)
    plans.formularies(ctx)
    _programs(ctx)
    plans.policy_plans(ctx)


_PROGRAM_HEADS = frozenset({"Program", "Gerakan", "Inisiatif"})
_NOT_PROGRAMS = frozenset({"Studi", "Kerja", "Pascasarjana", "Doktor", "Magister", "Sarjana", "Diploma", "Profesi"})
_PROGRAM_LINKS = frozenset({"dan", "untuk", "bagi", "&"})


def _programs(ctx: Ctx) -> None:
    """"Program Percepatan Uji Klinik Nasional", "Gerakan Tanam Kelor NTT Sehat": a capitalised programme head before
    at least two capitalised words names a programme ("Program Studi Farmasi" is a university unit, not one)."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_PROGRAM_HEADS):
        if k + 2 >= n or ctx.owner[k] >= 0 or t.masked[k] or t.words[k + 1] in _NOT_PROGRAMS:
            continue
        if ctx.owner[k + 1] >= 0 or t.newline_before[k + 1] or not is_cap(t.words[k + 1]):
            continue
        e = run_forward(ctx, k + 1, comma_list=False, max_tokens=7, connectors=_PROGRAM_LINKS, digits=False)
        if e - k >= 3:
            ctx.add(k, e, "Program", None, "cue")


def _numbered(ctx: Ctx) -> None:
    """"Peraturan BPOM Nomor 7 Tahun 2024", "Undang-Undang Nomor 17 Tahun 2023"."""
    t = ctx.t
    n = len(t.words)
    c = t.cue
    for k in t.starts_of(c.regulation_prefix):
        if not t.words[k][0].isupper():
            continue
        L = t.match_phrase(k, c.regulation_prefix)
        if not L:
            continue
        e = k + L
        while e < n and e - k < 12 and t.words[e] not in _NUMBER_WORDS and (is_cap(t.words[e]) or t.words[e] == "dan"):
            e += 1
        if e >= n or t.words[e] not in _NUMBER_WORDS:
            continue
        e += 1
        if e < n and t.words[e] == ".":
            e += 1
        if e >= n or not t.words[e][0].isdigit():
            continue
        e += 1
        if e + 1 < n and t.words[e] in ("Tahun", "of", "Year") and YEAR.match(t.words[e + 1]):
            e += 2
            if t.words[e - 2] == "of" and e + 1 < n and t.words[e] == "on" and is_cap(t.words[e + 1]):
                e = run_forward(ctx, e + 1, comma_list=False, max_tokens=6, connectors=_TOPIC_CONNECTORS)  # "… on Halal Product Assurance"
        cat = "law" if t.words[k].startswith(_LAW) else "policy"
        ctx.add(k, e, "Regulation", cat, "cue")


_TOPIC = frozenset({"on", "tentang", "mengenai"})  # not "for": "Agreement for <Product>" names what it covers
# … but an arrangement is for a field: "ASEAN Sectoral Mutual Recognition Arrangement for GMP Inspection of …"
_FIELD_DEALS = frozenset({"Arrangement", "MRA"})


def _agreements(ctx: Ctx) -> None:
    t = ctx.t
    c = t.cue
    n = len(t.words)
    for j in t.where(c.agreement_suffix):
        if j and is_cap(t.words[j]) and ctx.owner[j] < 0 and not t.masked[j]:
            i = _after_clause_words(t, run_backward(ctx, j), j)
            if i < j:
                e = j + 1
                the = int(e + 2 < n and t.words[e + 1] == "the")  # "… Agreement on the Supply of X"
                if e + 1 + the < n and (t.words[e] in _TOPIC or t.words[e] == "for" and t.words[j] in _FIELD_DEALS) \
                        and is_cap(t.words[e + 1 + the]) and not t.newline_before[e + 1 + the] \
                        and t.words[e + 1 + the] not in c.dates:  # "… Agreement on March 10, 2025": a date, no topic
                    e = _agreement_end(ctx, e + 1 + the, i)  # "Memorandum of Understanding on Joint Research"
                ctx.add(i, e, "Agreement", None, "cue")
    for k in t.starts_of(c.agreement_prefix):
        if k >= n - 1 or not t.words[k][0].isupper() or ctx.owner[k] >= 0:
            continue
        L = t.match_phrase(k, c.agreement_prefix)
        if t.words[k] == "MoU" and t.headline and t.headline[k]:
            continue  # "… Teken MoU Riset Terapi Regeneratif": a headline's capitals name nothing
        s = k + L
        close = next((x for x in range(s + 1, min(n, s + 10)) if t.words[x] == ")"), -1) if L and s < n and t.words[s] == "(" else -1
        if close > 0 and close + 2 < n and t.words[close + 1] in _ABOUT and is_cap(t.words[close + 2]):
            e = _agreement_end(ctx, close + 2, k)  # "Nota Kesepahaman (Memorandum of Understanding/MoU) tentang X": the gloss aside
            ctx.add(k, e, "Agreement", None, "cue", canonical=f"{t.span_text(k, s)} {t.words[close + 1]} {t.span_text(close + 2, e)}")
            continue
        if L and s + 1 < n and t.words[s] in _ABOUT and is_cap(t.words[s + 1]):
            s += 1  # "Nota Kesepahaman tentang Kerja Sama ...": the topic is part of the name
        elif L and s + 2 < n and t.words[s] == "on" and t.words[s + 1] == "the" and is_cap(t.words[s + 2]):
            s += 2  # "Memorandum of Understanding on the Development of …"
        elif L and s + 2 < n and t.words[s] == "in" and t.words[s + 1] == "the" and is_cap(t.words[s + 2]):
            s += 2  # "Memorandum of Cooperation in the Field of ...": so is an English field
        elif L >= 3 and t.words[k + L - 2] == "of" and not (s < n and is_cap(t.words[s])):
            ctx.add(k, s, "Agreement", None, "cue")  # "Memorandum of Cooperation" alone is already a name
            continue
        if L and s < n and is_cap(t.words[s]) and not t.newline_before[s]:
            e = _agreement_end(ctx, s, k)
            if e > s:
                ctx.add(k, e, "Agreement", None, "cue")


# a preposition or article opening a sentence is not part of the agreement's name
_NOT_NAME_START = frozenset({"melalui", "lewat", "dengan", "dalam", "berdasarkan", "sesuai", "menurut", "via", "under",
                             "through", "with", "in", "by", "the", "this", "that", "a", "an", "dan", "and", "per",
                             "alongside", "following", "besides", "beside", "after", "before", "upon", "pursuant", "selain",
                             "setelah", "sebelum", "usai", "pasca", "menyusul", "bersamaan", "for", "from", "on", "at", "to",
                             "tanpa", "without"})


_EN_DEAL_VERBS = frozenset({"sign", "signs", "signed", "ink", "inks", "inked", "enter", "enters", "seal", "seals", "announce",
                            "announces", "forge", "forges", "strike", "strikes"})


def _after_clause_words(t, i: int, j: int) -> int:  # type: ignore[no-untyped-def]
    """Trim a run ending in an agreement word past any verb and leading preposition in it:
    "Regenera Teken MoU" (a headline verb), "Melalui MoU ini", "Under the Supply Agreement"."""
    c = t.cue
    for x in range(j - 1, i - 1, -1):
        if c.verb_like(t.words[x]) or t.lower[x] in _EN_DEAL_VERBS:  # ("A and B Sign X Agreement": an English headline)
            i = x + 1
            break
    while i < j and t.lower[i] in _NOT_NAME_START:
        i += 1
    return i


def _topic_list(ctx: Ctx, e: int) -> int:
    """A topic that lists its fields runs on to the last one: "Nota Kesepahaman tentang Penelitian, Pengembangan
    dan Hilirisasi Obat Bahan Alam" (a list closed by "dan"/"and"; a named body after the comma ends it)."""
    t = ctx.t
    n = len(t.words)
    k = e
    while k + 1 < n and t.words[k] == "," and is_cap(t.words[k + 1]) and ctx.owner[k + 1] < 0 \
            and not t.newline_before[k + 1] and not t.masked[k + 1]:
        k = run_forward(ctx, k + 1, comma_list=False, connectors=_AGREEMENT_CONNECTORS, max_tokens=8)
        if any(w in ("dan", "and", "serta") for w in t.words[e:k]):
            return k
    return e


def _agreement_end(ctx: Ctx, s: int, cue_start: int) -> int:
    """An agreement name runs over its topic, through "di <Field>" but not "di <Place>"."""
    t = ctx.t
    n = len(t.words)
    e = run_forward(ctx, s, comma_list=False, connectors=_AGREEMENT_CONNECTORS, max_tokens=12, cue_start=cue_start)
    if s > 0 and t.words[s - 1] in _ABOUT or e - s >= 3 and t.words[s : s + 2] == ["Kerja", "Sama"]:
        e = _topic_list(ctx, e)  # "… tentang A, B dan C", "Perjanjian Kerja Sama Pendidikan, Penelitian dan Uji Klinik"
    if s > 0 and t.words[s - 1] in _ABOUT and e + 1 < n and t.words[e] in _MEANS and is_cap(t.words[e + 1]) \
            and ctx.owner[e + 1] < 0 and not t.newline_before[e + 1]:
        e = run_forward(ctx, e + 1, comma_list=False, connectors=_AGREEMENT_CONNECTORS, max_tokens=6)  # "… melalui Sistem Elektronik"
    if e + 1 < n and t.words[e - 1] == "Jual" and t.words[e] == "Beli" and not t.newline_before[e]:
        e = run_forward(ctx, e, comma_list=False, connectors=_AGREEMENT_CONNECTORS, max_tokens=8)  # "Jual Beli" is a noun
    while (
        e + 1 < n
        and e - s < 16
        and t.words[e] == "di"
        and is_cap(t.words[e + 1])
        and ctx.owner[e + 1] < 0
        and not t.newline_before[e + 1]
        and not (t.headline and t.headline[e])
        and t.words[e + 1] not in _VENUE_HEADS
    ):
        e = run_forward(ctx, e + 1, comma_list=False, connectors=_AGREEMENT_CONNECTORS, max_tokens=8)
    e = _qualified_topic(ctx, s, e)
    e = _scope_region(ctx, s, e)
    while e + 3 < n and t.words[e] == "in" and t.words[e + 1] == "the" and t.words[e + 2] in _FIELDS and t.words[e + 3] == "of" \
            and e + 4 < n and is_cap(t.words[e + 4]) and not t.newline_before[e + 4]:
        e = run_forward(ctx, e + 4, comma_list=False, connectors=_AGREEMENT_CONNECTORS, max_tokens=8)  # "… in the Field of X"
    # "Perjanjian Kerja Sama Riset X antara Universitas Y dan PT Z": the parties are no part of the name
    cut = next((j for j in range(s, e - 1) if t.words[j] == "antara" and (
        ctx.type_at(j + 1) == "Organization" or t.match_phrase(j + 1, t.cue.org_prefix_phrases))), e)
    return cut


def _scope_region(ctx: Ctx, s: int, e: int) -> int:
    """"Nota Kesepahaman tentang Pengawasan Obat dan Makanan di Jawa Tengah / di Kabupaten Kediri": a topic's province or
    regency is the scope the name gives, not where it was signed (a city is: "… di Semarang, Kamis")."""
    t = ctx.t
    if e + 1 >= len(t.words) or t.words[e] != "di" or t.newline_before[e + 1] or not any(w in _ABOUT for w in t.words[max(0, s - 1) : e]):
        return e
    m = ctx.owner[e + 1]
    x = ctx.mentions[m] if m >= 0 else None
    if x is None or x.type != "Location" or ctx.spans[m][0] != e + 1:
        return e
    if x.category == "province" or x.category == "district" and t.words[e + 1] in ("Kabupaten", "Provinsi"):
        return ctx.spans[m][1]
    return e


_MEANS = frozenset({"melalui", "through"})  # a topic's means: "Pengawasan Peredaran Obat melalui Sistem Elektronik"


# "… di Kantor BNN, Cawang": the place where it was signed, not a field of the topic
_VENUE_HEADS = frozenset({"Kantor", "Gedung", "Aula", "Hotel", "Ruang", "Istana", "Wisma", "Graha", "Kampus", "Markas",
                          "Pendopo", "Pendapa", "Auditorium", "Balairung", "Baruga", "Ruangan"})


def _qualified_topic(ctx: Ctx, s: int, e: int) -> int:
    """A title-cased topic qualified by a relative clause keeps it: "Nota Kesepahaman tentang … Obat yang Aman"
    (capitalised "yang <Adj>" inside a running sentence belongs to the name; one to three words, no verb)."""
    t = ctx.t
    n = len(t.words)
    if not (e + 1 < n and t.words[e] == "yang" and e - s >= 2 and any(w in _ABOUT for w in t.words[max(0, s - 1):e])):
        return e
    k = e + 1
    while k < n and k - e <= 3 and is_cap(t.words[k]) and ctx.owner[k] < 0 and not t.newline_before[k] \
            and not (t.headline and t.headline[k]) and not t.cue.verb_like(t.words[k]):
        k += 1
    return k if k > e + 1 and (k >= n or not is_cap(t.words[k])) else e


_FIELDS = frozenset({"Field", "Fields", "Area", "Areas"})
_DEAL_NOUNS = frozenset({"perjanjian", "kesepakatan", "kontrak", "kesepahaman"})
_GLOSS_HEAD = frozenset({"agreement", "contract", "memorandum"})


def _glossed_deals(ctx: Ctx) -> None:
    """"perjanjian jual beli saham bersyarat (conditional share purchase agreement)": the English gloss
    of an agreement described in Indonesian is how the deal is named (lower case, in brackets)."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset({"("})):
        e = k + 1
        while e < n and e - k <= 6 and t.words[e] != ")" and t.words[e][:1].islower():
            e += 1
        if (e >= n or t.words[e] != ")" or e - k < 3 or t.words[e - 1].lower() not in _GLOSS_HEAD
                or not _deal_noun_before(t.words, k)):
            continue
        ctx.add(k + 1, e, "Agreement", None, "cue")


def _deal_noun_before(words: list[str], k: int) -> bool:
    """Whether "perjanjian …" / "nota kesepahaman …" ends right before ``words[k]`` (within the clause)."""
    for w in reversed(words[max(0, k - 6) : k]):
        if w in {".", ";", ")", ","}:
            return False
        if w.lower() in _DEAL_NOUNS:
            return True
    return False
