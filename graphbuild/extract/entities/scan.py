"""Token-run scanners: how far a capitalised name extends from a cue.

Indonesian names of units contain lower-case connectors ("Badan Pengawas Obat
dan Makanan") and sometimes a comma list ("Direktorat Pengawasan Produksi Obat,
Narkotika, Psikotropika dan Prekursor"); these scanners encode where such a name
may continue and where it must stop (a date, a person, a clause, a new line).
"""

from __future__ import annotations

from graphbuild.extract.entities.coded_brands import CODES
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import Tokens, is_acronym

_BACK_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "on"})
_LIST_AND = frozenset({"dan", "and", "&", "serta"})  # "RS Pendidikan X serta RSUD Y": two bodies
_DASHES = frozenset({"–", "-", "—"})
# police and military ranks (also honorifics in cues.yaml): never a word of an organisation's name
_RANKS = frozenset({"Kombes", "AKBP", "AKP", "Kompol", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka", "Brigjen", "Irjen",
                    "Komjen", "Kolonel", "Letkol", "Mayjen", "Letjen", "Laksma", "Laksda", "Marsda", "Marsma"})


# verb pairs that make a noun ("Perjanjian Jual Beli Saham": sale and purchase), not a headline verb
_NOUN_PAIRS = frozenset({("Jual", "Beli"), ("Tukar", "Menukar"), ("Simpan", "Pinjam")})


def _noun_pair(words: list[str], j: int) -> bool:
    return (words[j], words[j + 1] if j + 1 < len(words) else "") in _NOUN_PAIRS or (
        (words[j - 1] if j else "", words[j]) in _NOUN_PAIRS)


def nameish(ctx: Ctx, k: int, digits: bool = True) -> bool:
    t = ctx.t
    if k < 0 or k >= len(t.words) or t.masked[k]:
        return False
    w = t.words[k]
    if w in t.cue.dates:
        return False
    m = ctx.owner[k]
    if m >= 0 and ctx.mentions[m] is not None and ctx.mentions[m].type == "Person":  # type: ignore[union-attr]
        return False
    return w[:1].isupper() or (digits and w[0].isdigit() and len(w) <= 4 and not w.isdigit()) or (digits and w.isdigit() and len(w) <= 2)


def _inst(ctx: Ctx, k: int) -> bool:
    return ctx.t.words[k] in ctx.t.cue.institutional


def _comma_list(ctx: Ctx, j: int, parent_stop: bool = False) -> int:
    """At a comma inside a unit name: end of the ", A, B dan C" list, or 0 if it is not one."""
    t = ctx.t
    n = len(t.words)

    def item(k: int) -> int:
        e = k + 1
        while e < n and nameish(ctx, e) and _inst(ctx, e) and not t.newline_before[e] and e - k <= 3 and not (parent_stop and _parent_org(ctx, e)):
            e += 1
        return e

    k = j
    while k < n and t.words[k] == ",":
        if k > j and k + 1 < n and t.words[k + 1] in _LIST_AND:
            k += 1  # ", A, dan B": a serial comma before the last item
        else:
            e = item(k)
            if e == k + 1 or e > k + 2 and t.match_phrase(k + 1, t.cue.org_prefix_phrases):
                return 0  # (", Dinas Perindustrian …": a second body, not a field; "Pusat, Balai dan Loka POM" one word each)
            k = e
        if k < n and t.words[k] in _LIST_AND:
            e = item(k)
            return e if e > k + 1 else 0
    return 0


_MISSIONS = frozenset({"Embassy", "Consulate", "Kedutaan", "Konsulat", "KBRI", "KJRI"})
_NAME_TITLES = frozenset({"Dra", "Drs", "drh", "drg", "Hj"})  # academic and pilgrim titles no body's name holds


def _initial(words: list[str], k: int, i: int) -> bool:
    """"Dr. W. Z. Johannes": an initial after a namesake's title (or another initial)."""
    return k - 1 > i and len(words[k]) == 1 and words[k].isupper() and words[k - 1] == "."


_HOUSES = frozenset({"Komisi", "DPR", "DPRD", "DPD", "MPR", "Fraksi"})  # legislatures: never named after a person
NAMESAKE_TITLES = frozenset({"Dr", "dr", "Prof", "Ir", "H", "KH", "Hj", "Drs"})  # "… Dr. Soetomo": the dot is the title's
# heads of bodies named after a titled person ("RSUP Prof. dr. R. D. Kandou", "Universitas Prof. Dr. Hamka")
_NAMESAKE_HEADS = frozenset({"RSUP", "RSUD", "RS", "Rumah", "RSU", "RSJ", "RSAU", "RSAL", "Universitas", "Auditorium", "Gedung", "Unit"})


# bodies named after a titled person besides hospitals and universities ("Yayasan Dr. X", "Institut Prof. Y")
_TITLED_HEADS = _NAMESAKE_HEADS | frozenset({"Yayasan", "Institut", "Politeknik", "Sekolah", "Akademi", "Museum", "Stadion",
                                              "Bandara", "Jalan", "Jl", "Klinik", "Puskesmas", "Laboratorium", "Balai",
                                              "Pusat", "Taman", "Perpustakaan", "STIKes", "Stikes", "Apotek", "Fakultas"})


def titled_person(words: list[str], head: int, j: int) -> bool:
    """A title with its dot at j opens a person's name, not the body's ("Kepala Badan POM Prof. dr. X",
    "Direktur PT X Dr. Y"): after a legislature always; after another body unless the title follows its head
    word ("PT Dr. Reddy's") or the body is one named after a person ("RSUP Dr. Kariadi", "Yayasan Prof. X")."""
    if words[head] in _HOUSES:
        return True
    return j > head + 1 and words[head] not in _TITLED_HEADS and not any(w in _TITLED_HEADS for w in words[head:j])


_DEGREES = frozenset({"MBA", "MM", "MSc", "MPH", "MARS", "PhD", "S1", "S2", "S3"})


def run_forward(
    ctx: Ctx,
    i: int,
    *,
    comma_list: bool = True,
    paren_acronym: bool = False,
    max_tokens: int = 16,
    connectors: frozenset[str] | None = None,
    digits: bool = True,
    cue_start: int | None = None,
    parent_stop: bool = False,
) -> int:
    """End (exclusive token index) of the capitalised run starting at ``i``.

    The run never crosses a verb ("BPOM Terbitkan Izin ..."), a connector that opens a new
    company ("... dan PT Y") or, with ``parent_stop``, a known organisation after the unit
    name ("Deputi Bidang X BPOM": BPOM is the parent). In a headline the run is cut back to
    the longest stretch (from ``cue_start``, default ``i``) that the body repeats.
    """
    t = ctx.t
    n = len(t.words)
    c = t.cue
    conn = c.connectors if connectors is None else connectors
    j = i + 1
    while j < n and j - i < max_tokens and not t.newline_before[j]:
        w = t.words[j]
        if (c.verb_like(w) and not _noun_pair(t.words, j)) or (parent_stop and _parent_org(ctx, j)) or w in _RANKS or (
                w in _NAME_TITLES and j + 1 < n and t.words[j + 1] == ".") or (
                w in NAMESAKE_TITLES and j + 1 < n and t.words[j + 1] == "." and titled_person(t.words, i if cue_start is None else cue_start, j)):
            break  # "Polda Sulsel Kombes Pol Dedi": a rank opens a person's name; so does "Dra." ("PT X Dra. Rina")
            # and "Ir." after a legislature, which is named after no one ("anggota Komisi IX Ir. X")
        if nameish(ctx, j, digits):
            j += 1
        elif (
            w in conn
            and j + 1 < n
            and nameish(ctx, j + 1, digits)
            and not t.newline_before[j + 1]
            and t.words[j + 1] not in c.legal_forms
            and not c.verb_like(t.words[j + 1])
            and not (parent_stop and _parent_org(ctx, j + 1))
            and not t.match_phrase(j + 1, c.roles)  # "X dan Menteri Y": a second person
            and not (w in _LIST_AND and t.match_phrase(j + 1, c.org_prefix_phrases))  # "... dan Pemerintah Provinsi Y"
            and not (w in _LIST_AND and _firm_short(t, j + 1))  # "Universitas X dan Borneo Herbal" beside "PT Borneo Herbal Lestari"
            # "Universitas X in Bandung": where it is; a mission is named with its seat ("Embassy of X in Jakarta")
            and not (w == "in" and ctx.type_at(j + 1) == "Location" and t.words[i if cue_start is None else cue_start]
                     not in _MISSIONS)
            and not (w in ("dan", "serta") and t.words[j - 1].rstrip(".") in ("Tbk", "Ltd", "Inc", "Limited", "Persero"))
            # "Kementerian Perindustrian dan IPEC": an acronym the text defined for a body of its own is a second body
            and not (w in _LIST_AND and is_acronym(t.words[j + 1]) and ctx.defined.get(t.words[j + 1], ("",))[0] == "Organization"
                     and (j + 2 >= n or t.newline_before[j + 2] or not t.words[j + 2][:1].isupper()))  # (not "… dan UPT Badan POM …")
            # "Koperasi X dan 13 usaha mikro …": a count opens the list's next item
            and not (w in ("dan", "serta", "and") and (t.words[j + 1].isdigit() or t.words[j + 1] in _DEGREES))  # "… dan MBA dari …"
            # "izin edar dari Badan Pengawas Obat dan Makanan untuk Diabetra XR": a trade name with its release code
            and not (j + 2 < n and t.words[j + 2] in CODES and not t.newline_before[j + 2])
            # "PT Phapros Tbk dan Hetero Labs": a closing legal form ends the first company
        ):
            j += 2
        elif (
            w == "("
            and paren_acronym
            and j + 2 < n
            and is_acronym(t.words[j + 1])
            and t.words[j + 2] == ")"
        ):
            j += 3
        elif w == "," and comma_list and (e := _comma_list(ctx, j, parent_stop)):
            j = e
        elif w == "." and (t.words[j - 1] in NAMESAKE_TITLES or _initial(t.words, j - 1, i)) and j + 1 < n \
                and not t.newline_before[j + 1] and nameish(ctx, j + 1, digits):
            j += 1  # "Rumah Sakit Umum Pusat Dr. Wahidin Sudirohusodo", "Auditorium Prof. Amiruddin": a namesake
        elif w == "." and t.words[j - 1] in NAMESAKE_TITLES and j + 3 < n and t.words[j + 1] in NAMESAKE_TITLES \
                and t.words[j + 2] == "." and not t.newline_before[j + 1] and nameish(ctx, j + 3, digits) \
                and t.words[i if cue_start is None else cue_start] in _NAMESAKE_HEADS:
            j += 3  # "RSUP Prof. dr. Sutan Harahap": a namesake with two titles
        else:
            break
    if t.headline and t.headline[i]:
        j = headline_trim(ctx, i if cue_start is None else cue_start, j, i)
    return j


def _firm_short(t: Tokens, k: int) -> bool:
    """Tokens k, k+1 open a company the text names after "PT" ("… dan Borneo Herbal" beside "PT Borneo Herbal Lestari")."""
    return k + 1 < len(t.words) and t.words[k + 1][:1].isupper() and f"PT {t.words[k]} {t.words[k + 1]}" in t.text


def headline_trim(ctx: Ctx, start: int, end: int, floor: int) -> int:
    """Shrink ``end`` (not below ``floor``) until tokens [start, end) also occur in the body."""
    t = ctx.t
    while end > floor and not t.in_body(start, end):
        end -= 1
    return end


def headline_trim_left(ctx: Ctx, start: int, end: int) -> int:
    """Grow ``start`` towards ``end`` until tokens [start, end) also occur in the body (``end`` if never)."""
    t = ctx.t
    while start < end and not t.in_body(start, end):
        start += 1
    return start


# regional commands and governments named by their region: "Direktorat Reserse Narkoba Polda Sulawesi Selatan"
_REGIONAL_PARENTS = frozenset({"Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Kodam", "Korem", "Kejati", "Kejari",
                               "Pemprov", "Pemkab", "Pemkot", "Kanwil"})


def _parent_org(ctx: Ctx, k: int) -> bool:
    """Token k starts a known organisation (lexicon or acronym definition) not part of this name, or a
    regional command or government named by its region."""
    m = ctx.owner[k]
    if m < 0 and ctx.t.words[k] in _REGIONAL_PARENTS and k + 1 < len(ctx.t) and ctx.t.words[k + 1][:1].isupper():
        return True
    if m < 0 or ctx.spans[m][0] != k:
        return False
    x = ctx.mentions[m]
    return x is not None and x.type == "Organization" and x.source in ("lexicon", "acronym")


def _verbish(w: str) -> bool:
    lw = w.lower()
    return len(lw) > 5 and (lw.endswith(("kan", "nya", "lah")) or lw.startswith(("mem", "men", "meng", "ber", "ter")))


def run_backward(ctx: Ctx, j: int, max_tokens: int = 8) -> int:
    """Start of the capitalised run ending at token ``j`` (inclusive), sentence openers trimmed."""
    t = ctx.t
    i = j
    while i - 1 >= 0 and j - i < max_tokens and not t.newline_before[i]:
        k = i - 1
        w = t.words[k]
        if nameish(ctx, k):
            i = k
        elif w in _BACK_CONNECTORS and k - 1 >= 0 and nameish(ctx, k - 1) and not t.newline_before[k]:
            i = k - 1
        elif w in _DASHES and k - 1 >= 0 and nameish(ctx, k - 1) and t.ends[k - 1] == t.starts[k] and t.ends[k] == t.starts[i]:
            i = k - 1  # "Korea–Indonesia Bio Partnering Day": a dash joining two names inside one
        else:
            break
    c = t.cue
    while i < j:
        w = t.words[i]
        opener = i == 0 or t.newline_before[i] or t.words[i - 1] in (".", "“", '"', ":")
        if (
            w in c.generic
            or w in c.role_words
            or w in c.dates
            or w in c.honorifics
            or w in _BACK_CONNECTORS
            or (opener and _verbish(w))
            or (opener and i + 2 < j and t.words[i + 1] == "the")  # "Besides the Kendal Pharma Complex": an English opener
        ):
            i += 1
        elif ctx.owner[i] >= 0 and ctx.type_at(i) == "Person":
            i += 1
        else:
            break
    if t.headline and t.headline[j]:
        i = headline_trim_left(ctx, i, j + 1)
    return i


def proper_tokens(ctx: Ctx, i: int, j: int) -> int:
    """How many tokens in [i, j) are neither generic, institutional nor connectors."""
    c = ctx.t.cue
    return sum(
        1
        for w in ctx.t.words[i:j]
        if w[:1].isupper() and w not in c.generic and w not in c.institutional and w not in c.connectors
    )
