"""Organisations named by the word that ends them: "Hanbit Pharma", "Thai Food and Drug Administration",
"Tokai Yakuhin Co., Ltd.", and the legal forms and English "of" complements that trail a name.

Split out of ``organizations`` (which reads the prefix cues and "PT X"); the legal-form helpers are shared
with the person and acronym rules.
"""

from __future__ import annotations

from operator import methodcaller

from graphbuild.extract.entities import post_regions
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import honorific_at
from graphbuild.extract.entities.scan import nameish, proper_tokens, run_backward, run_forward
from graphbuild.extract.entities.tokens import Tokens, is_cap

_CO = frozenset({"Co", "Pte", "Pvt", "Sdn", "K.K"})  # abbreviated legal heads a further form follows ("Pte. Ltd."), or Japanese "K.K."
_SHORT_LEGAL = frozenset({"Pte", "Pvt", "Sdn", "K.K"})  # the name stops before them, as the gold writes it (or as its alias)
# a legal form that ends a name: "X Sdn Bhd of Kuching", "Y AB of Uppsala" go on with where the firm sits
_FINAL_LEGAL = frozenset({"Bhd", "Berhad", "AB", "A.S", "A.Ş", "Oy", "Oyj"})
_GOV_BEFORE = frozenset({"Health", "Provincial", "Regency", "City", "Municipal"})
# "perusahaan biofarmasi Amerika Serikat Clearwater Therapeutics": a company described with its country
_SITES = frozenset({"Pabrik", "Plant", "Gudang"})
# common nouns that head a report's section on the group ("Struktur Grup", "Profil Grup", "Kinerja Grup")
_SECTIONS = frozenset({"Struktur", "Profil", "Ikhtisar", "Kinerja", "Strategi", "Sekilas", "Tentang", "Informasi", "Sejarah"})
# documents named "X of Y": "Certificate of Pharmaceutical Product", "Certificate of Analysis"
_PAPERS = frozenset({"Certificate", "Certification", "Statement", "Declaration", "Letter", "Guideline", "Guidelines"})  # site words a company's name never opens
_FIRM_KINDS = frozenset({"perusahaan", "farmasi", "biofarmasi", "bioteknologi", "produsen", "company", "firm", "asal",
                         "drugmaker", "biotech", "pharmaceutical", "biopharmaceutical"})
_OF = frozenset({"of", "for"})
_MONEY = frozenset({"Fund", "Capital", "Ventures"})
_MONEY_KINDS = frozenset({"Working", "Venture", "Human", "Share", "Paid", "Equity", "Debt", "Seed", "Growth", "Social", "Monetary",
                          "Global", "Trust", "Mutual", "Matching", "Grant", "Research", "Pension", "Investment", "Sovereign", "Wealth", "Endowment", "Capital"})
# bare company nouns that take a "for" complement ("Egyptian Company for Biological Products"); industry words do not
_FIRM_NOUNS = frozenset({"Company", "Corporation", "Corp", "Holding", "Holdings", "Industries", "Group", "Limited"})
_ENGLISH_CONNECTORS = frozenset({"of", "and", "for", "the", "&"})
_POSSESSED = methodcaller("endswith", ("'s", "\u2019s"))  # C-level filter: only possessives reach the Python test
# Fields of a post ("Direktur Operasional", "Manajer Pemasaran Internasional") and the posts they follow
FIELD_WORDS = frozenset({"Operasi", "Operasional", "Keuangan", "Pemasaran", "Produksi", "Medis", "Regulatori", "Komersial", "Teknik",
                         "Hukum", "Bisnis", "Riset", "Pengembangan", "Penjualan", "Kepatuhan", "Strategi", "Investasi", "Manufaktur",
                         "Mutu", "Pengadaan", "Regulasi", "Korporat", "Komunikasi", "Internasional", "Ekspor", "Umum", "SDM",
                         # "Direktur Pelaksana X Pharmaceutical" (managing director), "Direktur Urusan Regulasi X Bio",
                         # "Executive Vice President International Operations X Pharma": the post's words, not the firm's
                         "Pelaksana", "Urusan", "International", "Operations", "Global", "Regulatory", "Affairs"})
# "Dewan Komisaris Sinar Farma", "Dewan Pembina PPMKI": a body's own board ("Dewan" + these) is no organisation
BOARDS = frozenset({"Komisaris", "Direksi", "Pengawas", "Penasihat", "Penasehat", "Pembina", "Pakar", "Eksekutif",
                    "Redaksi", "Kehormatan", "Etik"})
POST_HEADS = frozenset({"Direktur", "Manajer", "Manager", "Kepala", "Wakil", "Head", "Director", "Presiden", "President", "Deputi",
                        "Koordinator"})
# Legal forms that may trail a foreign company name, possibly chained ("Co., Ltd.", "Pvt. Ltd.").
LEGAL_TAIL = frozenset({"Co", "Ltd", "Inc", "Corp", "Limited", "LLC", "PLC", "GmbH", "AG", "Pvt", "Bhd", "Sdn", "Corporation", "SA", "S.A",
                        "SARL", "Sarl", "SRL", "Srl", "SAS"})


def find(ctx: Ctx) -> None:
    """Names ended by a suffix cue word (or an abbreviated legal head), read backwards from it."""
    t = ctx.t
    c = t.cue
    # "Tokai Yakuhin Co., Ltd.": the abbreviated legal form ends the name as a suffix word does
    co = [j for j in t.where(_CO) if j + 1 < len(t.words) and t.words[j + 1] == "." and j and not _initials(t, j) and (
        ctx.owner[j - 1] < 0 or _region_before(ctx, j))]  # "Medilink Asia Pte.", "Novaris Asia Pacific Pte."
    for j in sorted({*t.where(c.org_suffix), *co}):  # type: ignore[arg-type]
        w = t.words[j]
        if j == 0 or t.masked[j] or ctx.owner[j] >= 0 or not is_cap(w):
            continue
        if c.org_suffix.get(w) == "government" and t.words[j - 1] not in _GOV_BEFORE:
            continue  # "Provincial Health Office", "Regency Government", but not any "… Office"
        if w == "University" and j + 1 < len(t.words) and t.words[j + 1] == "Hospital":
            continue  # "Mahakam University Hospital": the hospital's suffix ends the name
        if w == "Health" and j + 1 < len(t.words) and t.words[j + 1] == "Office":
            continue  # "South Sulawesi Provincial Health Office": the office's suffix ends the name
        i = run_backward(ctx, j)
        bracketed = False
        if i >= j and (b := _bracket_before(ctx, j)) > 0:
            bracketed = True
            i = run_backward(ctx, b - 1)  # "Kencana Herbs (M) Sdn. Bhd.": the bracketed country marker is the name's
            if i > b - 1 or not is_cap(t.words[b - 1]):
                continue
        if w == "Hospital":
            i = _namesake_start(ctx, i, j)  # "Dr. Cipto Mangunkusumo National General Hospital": named after a doctor
        if i >= j or _opens_named(ctx, j):
            continue
        f = i
        while f < j - 1 and t.words[f] in FIELD_WORDS:
            f += 1
        if f > i and i > 0 and t.words[i - 1] in POST_HEADS:
            i = f  # "Direktur Pemasaran Internasional Mustika Daun Farma": the post's field is no part of the firm's name
        if i + 2 < j and t.words[i] == "Dewan" and t.words[i + 1] in BOARDS:
            i += 2  # "Dewan Komisaris Sinar Jaya Farma": the firm's board; the firm's name follows it
        i = post_regions.start_after(ctx, i, j)  # "Managing Director Asia Pacific Veldhoven Pharma": the post's region
        k = next((b for b in range(j - 1, i, -1) if t.words[b] in ("dan", "and")), -1)
        if k > i and (ctx.owner[k - 1] >= 0 and ctx.type_at(k - 1) == "Organization"
                      or _short_name(ctx, t.words[k - 1]) or (ctx.type_at(k - 1) == "Location" and ctx.spans[ctx.owner[k - 1]] == (i, k))):
            i = k + 1  # "PT Sinar Medika and Hanbit Pharm", "Arkana and Hanul Biopharm" (a short name defined before),
            # "in Jakarta and Mahakam University Hospital" (a place alone before the "and")
        while ctx.owner[i] >= 0 and ctx.type_at(i) == "Location" and ctx.spans[ctx.owner[i]][1] < j \
                and ctx.mentions[ctx.owner[i]].category == "country" and c.org_suffix.get(w, "company") == "company" \
                and i > 0 and t.lower[i - 1] in _FIRM_KINDS:
            i = ctx.spans[ctx.owner[i]][1]  # "perusahaan biofarmasi Amerika Serikat Clearwater Therapeutics": its country
        if t.words[i].endswith(("-listed", "-based", "-headquartered")) and i + 1 < j:
            i += 1  # "Seoul-listed Daewon Holdings": where its shares trade or it sits is no part of the name
        if t.words[i] in c.org_suffix and proper_tokens(ctx, i, j + 1) == 0 or t.words[i] in _SITES and i + 1 < j:
            continue  # ("Pabrik Kedaton Farma Kendal": a site named after its company, left to the facility rules)
        if w in _MONEY and (t.words[j - 1] in _MONEY_KINDS or j + 1 < len(t.words) and is_cap(t.words[j + 1]) and not t.newline_before[j + 1]):
            continue  # "Working Capital", "Matching Fund Kedaireka": a kind of money or a programme, not an investor
        if j + 1 < len(t.words) and t.words[j + 1].isdigit() and len(t.words[j + 1]) == 4:
            continue  # "Arab Health 2026": a name with its year is an event's edition, not a company
        if j - i == 1 and t.words[i] in _SECTIONS:
            continue  # "Struktur Grup", "Sekilas Perusahaan": a report's section heading about the group, no name
        if t.words[i] in _PAPERS and i + 1 < j and t.words[i + 1] == "of":
            continue  # "Certificate of Pharmaceutical Product": a document about the suffix word's field, not a body
        if t.match_phrase(i, c.event_prefix) and not t.match_phrase(i, c.org_prefix_phrases) and w not in LEGAL_TAIL and w not in _CO:
            continue  # "Konferensi Bioteknologi Asia": an event's name, left to the event rules
        if t.match_phrase(i, c.agreement_prefix):
            continue  # "Memorandum of Understanding on Strategic Healthcare Collaboration": a deal's topic, left to the deal rules
        # a company's name takes no "for" complement: "Arvion Biologics for Trastivo" names the deal's product
        e = j + 1 if w in _FINAL_LEGAL else of_tail(
            ctx, j + 1, ("of",) if c.org_suffix.get(w, "company") == "company" and w not in _FIRM_NOUNS else _OF)
        if c.org_suffix.get(w, "company") == "company" and e > j + 2 and ctx.type_at(j + 2) == "Location" and ctx.spans[ctx.owner[j + 2]][1] == e:
            e = j + 1  # "Ruxin Biotech of Shanghai": the company's city, not part of its name
        elif e == j + 1 < len(t.words) and t.words[e] == "Indonesia" and c.org_suffix.get(w, "company") == "company" \
                and not t.newline_before[e]:
            e += 1  # "Zuellig Pharma Indonesia": a group's Indonesian arm carries the country in its name
        if any(x in _OF for x in t.words[i:j]):
            # "Asia Training Center for Pharmaceuticals and Medical Devices Regulatory Affairs": the suffix
            # word sits in the name's "for …" complement, which goes on over "and"
            e = max(e, run_forward(ctx, j, comma_list=False, connectors=_ENGLISH_CONNECTORS, max_tokens=8))
        ctx.add(i, j if w in _SHORT_LEGAL and not bracketed else legal_tail(ctx, j if w in _CO else e), "Organization",
                c.org_suffix.get(w, "company"), "cue")
    # "Zenova Pharma's Cardiolix": the suffix carries the possessive (``Ctx.add`` leaves it out of the name)
    for j in t.where_word(lambda w: w[:-2] in c.org_suffix, _POSSESSED):
        if j == 0 or t.masked[j] or ctx.owner[j] >= 0 or not is_cap(t.words[j]):
            continue
        i = run_backward(ctx, j)
        if i < j and not (t.words[i] in c.org_suffix and proper_tokens(ctx, i, j + 1) == 0):
            ctx.add(i, j + 1, "Organization", c.org_suffix[t.words[j][:-2]], "cue")


def _bracket_before(ctx: Ctx, j: int) -> int:
    """The "(" of a one-word bracket right before the legal head at ``j`` ("(M) Sdn.", "(Thailand) Co."); -1 if none."""
    t = ctx.t
    b = j - 3
    if b < 1 or t.words[j - 1] != ")" or t.words[b] != "(" or t.newline_before[b + 1] or t.newline_before[j]:
        return -1
    x = t.words[b + 1]
    free = ctx.owner[b + 1] < 0 or ctx.type_at(b + 1) == "Location"  # "(M)", "(Thailand)": a marker or a country
    return b if free and is_cap(x) and x.isalpha() and len(x) <= 12 else -1


def _region_before(ctx: Ctx, j: int) -> bool:
    """Whether a place ("Asia", "Asia Pacific") just before the legal head at ``j`` follows an unowned capitalised
    word: a regional arm's name ("Novaris Asia Pacific Pte. Ltd."), not a place beside the company."""
    if ctx.type_at(j - 1) != "Location":
        return False
    a, b = ctx.spans[ctx.owner[j - 1]]
    return b == j and a >= 1 and ctx.owner[a - 1] < 0 and is_cap(ctx.t.words[a - 1]) and not ctx.t.newline_before[a]


def _namesake_start(ctx: Ctx, i: int, j: int) -> int:
    """Where an English hospital name ending at ``j`` starts when it opens with the titled doctor it is named
    after: the person read there ("Dr. Soetomo General Academic Hospital") is part of the hospital's name."""
    t = ctx.t
    k = j - 1
    while k > 0 and j - k <= 4 and ctx.owner[k] < 0 and is_cap(t.words[k]) and not t.newline_before[k]:
        k -= 1  # over "National General", "General Academic"
    if ctx.type_at(k) != "Person" or t.newline_before[k + 1]:
        return i
    m = ctx.owner[k]
    a, b = ctx.spans[m]
    s = next((s for s in range(max(0, a - 4), a) if b == k + 1 and honorific_at(ctx, s) == a - s), -1)
    if s < 0:
        return i
    ctx.drop(m)  # the person mention (locked against absorption) gives way to the hospital's name
    return s


def _opens_named(ctx: Ctx, j: int) -> bool:
    """Whether the suffix word at ``j`` opens the short name of a company named before ("Direktur Keuangan
    Medika Prima" after "PT Medika Prima Sentosa Tbk"): the reference, left to ``coref``, is no new name."""
    w = ctx.t.words
    return j + 1 < len(w) and is_cap(w[j + 1]) and any(
        x is not None and x.category == "company" and x.text.removeprefix("PT ").split()[:2] == w[j : j + 2]
        and len(x.text.split()) > 2 for x in ctx.mentions)


def _initials(t: Tokens, j: int) -> bool:
    """"K.K. Gupta": a person's initials before the surname, not the Japanese legal form that ends a company's name."""
    w = t.words
    return w[j] == "K.K" and j + 2 < len(w) and is_cap(w[j + 2])


def _short_name(ctx: Ctx, w: str) -> bool:
    """Whether ``w`` is how a company named before is shortened ("Arkana" for "PT Arkana Biofarma Indonesia")."""
    return any(x is not None and x.type == "Organization" and x.text.removeprefix("PT ").split()[0] == w
               and len(x.text.split()) > 1 for x in ctx.mentions)


def legal_tail(ctx: Ctx, e: int) -> int:
    """Extend a company name over trailing legal forms: "Hanbit Biologics Co., Ltd.", "X Pvt. Ltd"."""
    t = ctx.t
    n = len(t.words)
    w = t.words
    while e < n and not t.newline_before[e]:
        if w[e] == "(" and (b := _bracketed_arm(ctx, e)) > e:
            e = b  # "Hoshino Pharma (Thailand) Co., Ltd.": the place in brackets names the firm's local arm, inside its name
            continue
        k = e + 1 if w[e] == "," else e
        if k >= n or w[k] not in LEGAL_TAIL or t.newline_before[k]:
            break
        k += 1
        # the abbreviation's dot belongs to the name only when another legal form follows it
        if k + 2 < n and w[k] == "." and w[k + 1] == "," and w[k + 2] in LEGAL_TAIL:
            k += 1
        elif k + 1 < n and w[k] == "." and w[k + 1] in LEGAL_TAIL and not t.newline_before[k + 1]:
            k += 1  # "Pvt. Ltd."
        e = k
    return e


def _bracketed_arm(ctx: Ctx, e: int) -> int:
    """End of "(Thailand) Co., Ltd.", "(Singapore) Pte. Ltd." opening at the bracket ``e`` (up to its "Pte" and dot),
    where a short capitalised place in brackets is followed by a legal form; else ``e``."""
    t = ctx.t
    n = len(t.words)
    w = t.words
    j = e + 1
    while j < n and j - e <= 3 and is_cap(w[j]) and w[j].isalpha() and not t.newline_before[j]:
        j += 1
    if j == e + 1 or j + 1 >= n or w[j] != ")" or t.newline_before[j + 1] or not (w[j + 1] in LEGAL_TAIL or w[j + 1] == "Pte"):
        return e
    j += 1
    if w[j] == "Pte":
        j += 2 if j + 2 < n and w[j + 1] == "." and w[j + 2] in LEGAL_TAIL else 1
    return j


def of_tail(ctx: Ctx, e: int, links: tuple[str, ...] | frozenset[str] = _OF) -> int:
    """English names go on after their head noun: "College of Medicine", "Administration of Thailand"."""
    t = ctx.t
    n = len(t.words)
    while (
        e + 1 < n
        and t.words[e] in links
        and is_cap(t.words[e + 1])
        and nameish(ctx, e + 1)
        and not t.newline_before[e]
        and not t.newline_before[e + 1]
    ):
        e = run_forward(ctx, e + 1, comma_list=False, connectors=_ENGLISH_CONNECTORS, max_tokens=5)
    return e
