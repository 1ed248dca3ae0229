"""Brands named by what is done to them: launched, made, sold, approved, registered, recalled.

Why: a release names a new brand bare, as the object of its verb or permit noun ("meluncurkan
Tensiplus", "manufactures Amoxiclav-SP", "izin edar Neurexa", "a dossier for Ostelix"), as the subject
of a passive or a permit ("Asmavent diproduksi oleh …", "Onkotrax mendapat izin edar", "Tussilin
ditarik dari peredaran"), with a trademark sign, after its maker's possessive ("Zenova Pharma's
Cardiolix") or in apposition to "produk <company>". Only a short capitalised run that stands alone
counts, and only tokens no earlier rule claimed (places, companies, programmes and events come
first). The company making or selling a named product may itself be named bare ("Cantika
Kosmetindo juga menjual krim X"): that subject is read here too.
"""

from __future__ import annotations

from collections.abc import Callable

from graphbuild.extract.entities.classed import HEADS, brand_at, coordinated
from graphbuild.extract.entities.codes import batch_number
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_cap

# verbs whose object is a product ("meluncurkan", "manufactures") and permit nouns naming one
_VERBS = frozenset({"meluncurkan", "memperkenalkan", "memproduksi", "mengembangkan", "memasarkan", "mendistribusikan",
                    "menjual", "mengekspor", "menyetujui", "launch", "launches", "launched", "manufacture",
                    "manufactures", "manufactured", "markets", "marketed", "commercialize", "commercializes",
                    "commercialise", "commercialises", "develops", "introduced", "introduces", "approved",
                    "distributes", "distributed", "sells", "produces", "registrasi", "pendaftaran", "persetujuan",
                    "edar", "nie", "dossier", "approval", "authorization", "authorisation", "approvals", "authorizations",
                    "authorisations", "distributor", "produsen",
                    "pemasok", "maker", "unveiled", "unveils", "menghadirkan", "merilis", "released",
                    "releases", "rolled", "mendaftarkan", "registered", "market", "distribute", "develop",
                    "sell", "produce", "registering", "submitting", "recalled", "recalls", "holder",
                    "application", "makes", "pemasaran", "distribusi", "distribution", "penjualan",
                    # synonyms a journalist uses for making and selling: "memformulasikan P", "mengedarkan P"
                    "memformulasikan", "formulates", "mengedarkan", "commercialised", "commercialized",
                    "pendistribusian", "authorised", "authorized", "filed"})
_SKIP = frozenset({"for", "to", "of", "untuk", "bagi", "atas", "produk", "obat", "out", "penggunaan", "pemakaian",
                   "peredaran", "use", "resmi", "tunggal", "utama", "eksklusif", "exclusive", "sole"})
# passive make/sell verbs after their subject: "Asmavent diproduksi oleh …", "Gastrazol is manufactured by …"
_PASSIVE = frozenset({"diproduksi", "dikembangkan", "dipasarkan", "didistribusikan", "dibuat", "diracik",
                      "diluncurkan", "diedarkan", "didaftarkan", "manufactured", "developed", "marketed", "distributed",
                      "produced", "diformulasikan", "dihasilkan", "dilisensikan", "formulated", "co-developed",
                      "commercialised", "commercialized", "cleared", "authorised", "authorized",
                      "registered", "submitted"})
_PARTICIPLES = frozenset({"manufactured", "developed", "marketed", "distributed", "produced", "formulated", "co-developed",
                          "commercialised", "commercialized", "cleared"})
_AUX = frozenset({"telah", "sudah", "akan", "juga", "kini", "is", "was", "are", "were", "will", "be", "has", "been"})
# "Onkotrax mendapat persetujuan izin edar", "Hepacur sedang dalam proses pendaftaran": the permit's subject
_GETS = frozenset({"mendapat", "mendapatkan", "memperoleh", "mengantongi", "meraih", "menerima", "received",
                   "obtained", "secured", "receives", "gained", "proses", "tahap", "memiliki", "mempunyai", "holds",
                   "granted"})
_PERMITS = frozenset({"izin", "persetujuan", "nie", "eua", "approval", "authorization", "authorisation", "registrasi",
                      "pendaftaran", "registration"})
# "Tussilin ditarik dari peredaran", "Artrimax kini tersedia di apotek": what is sold or recalled
_STATES = frozenset({"ditarik", "tersedia", "beredar", "dijual", "recalled", "available", "withdrawn", "sold"})
_SHOPS = frozenset({"peredaran", "pasaran", "apotek", "pharmacies", "pharmacy", "market", "toko", "e-commerce",
                    "marketplace", "minimarket", "supermarket"})
# words after which a reported clause opens with its subject: "mengatakan Insulex …", "kini Kalsifit …"
_SAYS = frozenset({"ini", "itu", "kini", "mengatakan", "menyebut", "menyebutkan", "menjelaskan", "bahwa", "said",
                   "says", "that", "menambahkan", "mengungkapkan"})
# verbs whose subject makes or sells the product named after them: "Cantika Kosmetindo juga menjual krim X"
_MAKER_VERBS = frozenset({"meluncurkan", "memproduksi", "mengembangkan", "memasarkan", "mendistribusikan", "menjual",
                          "memperkenalkan", "launched", "launches", "markets", "manufactures", "develops",
                          "distributes", "sells", "introduced", "introduces"})
# "X menjadi distributor resmi P", "X is the exclusive distributor of P"
_BECOMES = frozenset({"menjadi", "merupakan", "adalah", "sebagai", "is", "as"})
_AGENTS = frozenset({"distributor", "pemasar", "produsen", "pembuat", "pengembang", "penyalur", "importir", "maker",
                     "manufacturer", "developer", "marketer", "importer"})


def find(ctx: Ctx) -> None:
    _objects(ctx)
    _ours(ctx)
    _permit_subjects(ctx)
    _sold_subjects(ctx)
    _maker_subjects(ctx)
    _trademarked(ctx)
    _possessed(ctx)
    _apposed(ctx)


def _objects(ctx: Ctx) -> None:
    t = ctx.t
    for k in t.where(_VERBS, lower=True):
        if t.lower[k] == "edar" and (k == 0 or t.lower[k - 1] != "izin"):
            continue
        if not t.words[k][:1].islower() and t.lower[k] != "nie":
            continue  # "Registrasi Online dibuka …": a capitalised cue word heads a title
        if t.lower[k].rstrip("s") in ("authorization", "authorisation", "approval") and (
                k + 1 >= len(t.words) or t.lower[k + 1] not in ("for", "to", "of")):
            continue  # "marketing approval to X" / "authorization of X", not "approval from BPOM"
        j = k + 1
        while j < len(t.words) and j - k <= 2 and t.lower[j] in _SKIP:
            j += 1
        b = brand_at(ctx, j, most=2)
        if b >= 0:
            coordinated(ctx, ctx.spans[b][1])
    for k in t.where(_PASSIVE, lower=True):
        e = k
        while e > 0 and t.lower[e - 1] in _AUX:
            e -= 1
        if e > 1 and t.lower[e - 1] in ("yang", "which", "that") and t.words[e - 2] == ",":
            e -= 2  # "Hepacare, yang dikembangkan PT X, …"
        elif e > 1 and t.words[e - 1] == "," and t.lower[k] in _PARTICIPLES:
            e -= 1  # "Cardiomax, developed by Zenith Biopharma, …"
        if not any(t.lower[x] in ("oleh", "by") for x in range(k + 1, min(len(t.words), k + 5))) and ctx.type_at(k + 1) != \
                "Organization" and not _company_ref(t, k + 1) and not _filed_with(ctx, k):
            continue  # "X dikembangkan" alone may be a programme or a plan; its maker must follow
        _brand_ending_at(ctx, e, lambda p: p.islower())


# "Neurovia is registered with BPOM", "P didaftarkan ke BPOM", "P was submitted to BPOM": filed with a named body
# (not "terdaftar di": "Obligasi X terdaftar di BEI" is listed, no brand)
_FILED = frozenset({"didaftarkan", "registered", "submitted", "filed"})
_WITH = frozenset({"di", "ke", "pada", "with", "at", "to"})


def _filed_with(ctx: Ctx, k: int) -> bool:
    t = ctx.t
    return t.lower[k] in _FILED and k + 2 < len(t.words) and t.lower[k + 1] in _WITH and ctx.type_at(k + 2) == "Organization"


# "Hepavax kami kembangkan sejak 2020": the speaker's company made the fronted object
_OUR_VERBS = frozenset({"kembangkan", "produksi", "luncurkan", "hadirkan", "racik", "pasarkan", "distribusikan"})


# nouns that "produksi PT X" qualifies ("kapasitas produksi", "biaya produksi"), never a brand before it
_RUNS_A_PLANT = frozenset({"kapasitas", "hasil", "biaya", "volume", "fasilitas", "pabrik", "jalur", "lini", "proses",
                           "izin", "nilai", "target", "data", "bagian", "direktur", "manajer", "kepala", "unit",
                           "lokasi", "sarana", "kegiatan", "aktivitas", "rumah", "pusat", "gedung", "alat", "mesin",
                           "bahan", "tenaga", "karyawan", "jumlah", "total", "angka", "realisasi", "ongkos", "teknologi"})


def _company_ref(t, i: int) -> bool:  # type: ignore[no-untyped-def]
    """"perseroan", "pihaknya", "perusahaan tersebut" at token ``i``: the company the text speaks of."""
    if i >= len(t.words):
        return False
    if t.lower[i] in ("perseroan", "emiten", "pihaknya"):
        return True
    return t.lower[i] == "perusahaan" and i + 1 < len(t.words) and t.lower[i + 1] in ("tersebut", "ini", "itu")


def _ours(ctx: Ctx) -> None:
    """"Hepavax kami kembangkan …", "Produk Asmaclear telah kami luncurkan": the object fronted before "kami";
    "Imunovit 500 produksi PT X …": a sentence opened by a brand and its maker."""
    t = ctx.t
    for k in t.where(frozenset({"kami", "produksi", "buatan", "besutan", "keluaran"}), lower=True):
        if k + 1 >= len(t.words) or (t.lower[k] == "kami" and t.lower[k + 1] not in _OUR_VERBS):
            continue
        if t.lower[k] != "kami" and (ctx.type_at(k + 1) != "Organization" or t.lower[k - 1] in _RUNS_A_PLANT):
            continue  # "Kapasitas produksi PT X": the noun "produksi" qualifies, no brand precedes
        e = k
        while e > 0 and t.lower[e - 1] in _AUX:
            e -= 1
        _brand_ending_at(ctx, e, lambda p: p.islower(), strength=True)  # "Imunovit 500 produksi …"



_OPENERS = (".", "!", "?", ",", '"', "\u201c")


def _brand_ending_at(ctx: Ctx, e: int, opens: Callable[[str], bool], *, strength: bool = False) -> None:
    """One or two free capitalised words ending at ``e`` are a brand when they open their clause: the
    token before is a sentence/clause opener or passes ``opens``. ``strength``: a bare number may end
    the name ("Imunovit 500")."""
    t = ctx.t
    s = e
    while s > 0 and e - s < 2 and ctx.owner[s - 1] < 0 and (t.words[s - 1][:1].isupper() or (
            strength and t.words[s - 1].isdigit() and s > 1 and t.words[s - 2][:1].isupper())):
        s -= 1
    p = t.words[s - 1] if s > 0 and not t.newline_before[s] else "."
    if s < e and (p in _OPENERS or opens(p)) and not batch_number(t, s):  # not "nomor bets BK2207 diproduksi …"
        brand_at(ctx, s, most=2, after=tuple(t.words[e : e + 1]))

def _permit_subjects(ctx: Ctx) -> None:
    t = ctx.t
    for k in t.where(_GETS, lower=True):
        if not any(t.lower[x] in _PERMITS for x in range(k + 1, min(len(t.words), k + 4))):
            continue
        e = k
        while e > 0 and t.lower[e - 1] in ("telah", "sudah", "juga", "kini", "resmi", "has", "have", "sedang", "dalam",
                                           "masih", "berhasil", "akhirnya", "baru", "yang", "which", "that",
                                           "was", "were", "been"):  # "Rotagen was granted a marketing authorisation"
            e -= 1
        if e > 1 and t.words[e - 1] == "," and t.lower[e] in ("yang", "which", "that"):
            e -= 1  # "Neurexa, which received BPOM approval, …"
        if e > 2 and t.lower[e - 1] == "ini" and t.lower[e - 2] == "saat":
            e -= 2  # "Insulex saat ini dalam tahap registrasi"
        _brand_ending_at(ctx, e, lambda p: p in _SAYS)


def _sold_subjects(ctx: Ctx) -> None:
    t = ctx.t
    for k in t.where(_STATES, lower=True):
        if not any(t.lower[x] in _SHOPS for x in range(k + 1, min(len(t.words), k + 5))):
            continue
        e = k
        while e > 0 and t.lower[e - 1] in _AUX | {"sudah", "kini", "masih", "now", "already"}:
            e -= 1
        _brand_ending_at(ctx, e, lambda p: False)


def _maker_subjects(ctx: Ctx) -> None:
    """"Cantika Kosmetindo juga menjual minuman kolagen Kolagena": a company named without "PT" or a suffix word is
    the capitalised run (two to four words) that opens the clause whose verb makes or sells a named product."""
    t = ctx.t
    for k in t.where(_MAKER_VERBS | _BECOMES, lower=True):
        if t.lower[k] in _BECOMES and not any(t.lower[x] in _AGENTS for x in range(k + 1, min(len(t.words), k + 4))):
            continue  # "X menjadi distributor resmi P", "X is the exclusive distributor of P"
        if not any(ctx.type_at(x) == "Product" for x in range(k + 1, min(len(t.words), k + 7))):
            continue
        e = k
        while e > 0 and t.lower[e - 1] in _AUX | {"resmi", "kembali", "turut", "pun"}:
            e -= 1
        s = e
        while s > 0 and e - s < 4 and (ctx.name_like(s - 1) or _plain_cap(ctx, s - 1)) and not t.newline_before[s]:
            s -= 1  # "Bunda Sehat Niaga": ordinary words may stand in a company's name
        if s < e and all(not ctx.name_like(x) for x in range(s, e)):
            continue
        p = t.words[s - 1] if s > 0 and not t.newline_before[s] else "."
        if e - s >= 2 and p in (".", "!", "?", ",", '"', "\u201c") and not (t.headline and t.headline[s]) \
                and not _a_person(ctx, " ".join(t.words[s:e])):
            ctx.add(s, e, "Organization", "company", "pattern")


def _trademarked(ctx: Ctx) -> None:
    """"Imunovit® kini tersedia …", "Osvira(R)": a name carrying a trademark sign is a brand."""
    t = ctx.t
    ascii_signs = [k for k in t.where(frozenset({"("})) if 0 < k < len(t.words) - 2 and t.words[k + 1] in ("R", "TM")
                   and t.words[k + 2] == ")" and t.starts[k] == t.ends[k - 1]]  # "Osvira(R)" written in ASCII
    for k in sorted({*t.where(frozenset({"\u00ae", "\u2122"})), *ascii_signs}):
        s = k
        while s > 0 and k - s < 3 and t.words[s - 1][:1].isupper() and ctx.owner[s - 1] < 0 and not t.newline_before[s] \
                and t.lower[s - 1] not in HEADS and t.lower[s - 1] not in _VERBS:  # "Suplemen Imunovit®": the class word
            s -= 1  # is not the name, nor a headline's verb ("PT X Launches Glucora(R), …")
        if s < k:
            ctx.add(s, k, "Product", None, "pattern")


def _plain_cap(ctx: Ctx, k: int) -> bool:
    """A free capitalised ordinary word ("Sehat", "Prima"), not an institution, role or date word."""
    t = ctx.t
    w = t.words[k]
    c = t.cue
    return (ctx.owner[k] < 0 and not t.masked[k] and w[:1].isupper() and w.isalpha() and w in c.generic
            and w not in c.institutional and w not in c.role_words and w not in c.dates)


def _a_person(ctx: Ctx, name: str) -> bool:
    """A person the text named before ("Budi Santoso" after "Direktur Utama …, Budi Santoso,")."""
    return any(m is not None and m.type == "Person" and (name in m.text or m.text in name) for m in ctx.mentions)


def _possessed(ctx: Ctx) -> None:
    """"Zenova Pharma's Cardiolix": the run after an organisation's possessive."""
    t = ctx.t
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization":
            continue
        e = ctx.spans[m][1]
        if t.words[e - 1].endswith(("'s", "\u2019s")) or (e < len(t.words) and t.words[e] in ("'s", "\u2019s")):
            j = e if t.words[e - 1].endswith(("'s", "\u2019s")) else e + 1
            if j < len(t.words) and t.words[j] in _UNIT_WORDS:
                continue  # "BPOM's Directorate of Drug …": a unit of the body, not its brand
            brand_at(ctx, j, most=2)


# the units a body's possessive opens ("BPOM's Directorate of …", "the Ministry's Bureau of …")
_UNIT_WORDS = frozenset({"Directorate", "Department", "Division", "Bureau", "Office", "Agency", "Deputy", "Center",
                         "Centre", "Unit", "Board", "Committee", "Council", "Secretariat", "Inspectorate", "Laboratory"})


def _apposed(ctx: Ctx) -> None:
    """"Produk PT Optika Farma, Visiclear, telah beredar": the name set off after "produk <company>"."""
    t = ctx.t
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization":
            continue
        a, e = ctx.spans[m]
        if a > 0 and _class_before(ctx, a) and e + 1 < len(t.words) and t.words[e] == ",":
            brand_at(ctx, e + 1, most=3, after=(",",))
    for k in t.where(_MAKER_OF, lower=True):  # "biosimilar teriparatide milik Hoshimura, Teripara-H,": a short name
        e = k + 1                             # no rule has tagged yet (it is the company's, told in full before)
        while e < len(t.words) and e - k <= 2 and is_cap(t.words[e]) and ctx.owner[e] < 0 and not t.newline_before[e]:
            e += 1
        if k + 1 < e and e + 1 < len(t.words) and t.words[e] == "," and _class_before(ctx, k + 1):
            brand_at(ctx, e + 1, most=3, after=(",",))


def _class_before(ctx: Ctx, a: int) -> bool:
    """A class phrase ends right before token ``a``: "produk X", "produk antihipertensi X", "vaksin hepatitis B produksi
    X", "biosimilar teriparatide milik X" (a head, up to three describing words or a substance, a maker word)."""
    t = ctx.t
    k = a - 1
    if t.lower[k] in _MAKER_OF and k > 0:
        k -= 1  # "… produksi Citarum, Hepacit,": the maker word between the class and its company
    for h in range(k, max(-1, k - 4), -1):
        if t.lower[h] in HEADS and (h == k or t.words[h].islower()):
            return True
        if ctx.type_at(h) == "Product" and t.words[h].islower():
            continue  # "biosimilar teriparatide milik …": the substance describes the class
        if not (t.words[h].isalpha() and t.words[h].islower() or len(t.words[h]) == 1 and t.words[h].isupper()):
            return False  # (a one-letter qualifier: "vaksin hepatitis B")
    return False


# words naming the company a class phrase belongs to: "vaksin X produksi Citarum", "biosimilar Y milik Hoshimura"
_MAKER_OF = frozenset({"milik", "produksi", "buatan", "besutan", "keluaran", "karya"})
