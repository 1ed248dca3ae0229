"""DEVELOPS and MARKETS: who makes or sells a product.

Split out of ``corporate`` (which keeps ownership and structure) to keep each
module small. The maker is stated with fixed phrases: "A mengembangkan P",
"P diproduksi oleh A", "A memasarkan P", "P, biosimilar Q yang diproduksi oleh X",
"Zenara's biosimilar of P", "Pabrik ini memproduksi P" (the plant's operator).
``corporate.find`` calls :func:`maker` per develop/market cue and :func:`product_makers.made_by`
per product mention (the phrasings read around the product, split out to ``product_makers``);
the range and seller phrasings are in ``offerings``. The discourse
helpers (:func:`topic`, :func:`spoken_of`) say which company "perusahaan ini" / "its" means.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.apposed_parents import apposition_child
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.discourse import (
    OPENER as OPENER,  # re-exported: other families import them from here
)
from graphbuild.extract.relations.discourse import main_firm as main_firm
from graphbuild.extract.relations.discourse import plant_operator as plant_operator
from graphbuild.extract.relations.discourse import regulator_like as regulator_like
from graphbuild.extract.relations.discourse import spoken_of as spoken_of
from graphbuild.extract.relations.discourse import topic as topic
from graphbuild.extract.relations.distributors import maker_range, range_maker
from graphbuild.extract.relations.litsearch import literal_search, prefix_search
from graphbuild.extract.relations.maker_nouns import site_owner
from graphbuild.extract.relations.makers_joint import (
    SELLER_ROLE as SELLER_ROLE,  # re-exported for ``offerings``
)
from graphbuild.extract.relations.makers_joint import (
    firm_before,
    product_list,
    seated,
    speaker_company,
)
from graphbuild.extract.relations.makers_joint import products_listed as products_listed
from graphbuild.extract.relations.ours import we_firm
from graphbuild.extract.relations.pointers import pointed
from graphbuild.extract.relations.shops import SHOP as _SHOP
from graphbuild.extract.relations.shops import shop_named
from graphbuild.extract.relations.theirs import they_firm
from graphbuild.types import Entity

ORG = ("Organization",)
# "memproduksi obat kombinasi dosis tetap (KDT) yang mengandung A dan B"
_CONTAINING = re.compile(r"^\s*(?:[a-z][\w-]*\s+|\([^()\u2588]*\)\s*){0,6}(?:yang\s+)?(?:mengandung|berisi|containing)\s+$")
FILLER = re.compile(
    r"^\s*(?:(?:dan|serta|and)\s+[a-z]+\s+)?"  # "mengembangkan dan memasarkan cairan infus P"
    r"(?:(?:produk|obat|vaksin|terapi|bahan|the|a|an|new|baru|inovatif|[\w-]+nya|[A-Z]{1,4}(?=\s)"
    r"|(?!(?:untuk|yang|dan|serta|dengan|di|ke|dari|bagi|oleh|pada|for|with|to|in)\b)[a-z][\w-]*),?\s+){0,5}"
    r"(?:(?:diabetes|kanker|hipertensi|antibiotik|generik|resep|herbal|biosimilar|cancer|diabetes)\s+)?"
    # "memproduksi antibiotik injeksi seperti A", "mengembangkan dua produk lainnya, yakni A"
    r"(?:(?:(?:[a-z][\w-]*|\d+)[\s,]+){1,5}?(?:seperti|yakni|yaitu|antara\s+lain|di\s+antaranya|termasuk|such\s+as|including"
    r"|under\s+the(?:\s+brand(?:\s+names?)?)?|dengan\s+(?:merek|merk|nama\s+dagang)|bermerek)\s+"
    # "di antaranya tablet P", "di antaranya vaksin polio P"
    r"(?:(?:tablet|kaplet|kapsul|sirup|salep|krim|serbuk|jamu|vaksin|injeksi|obat)\s+(?:[a-z][\w-]*\s+)?)?)?$"
)
# "… memasarkan lebih dari 220 produk obat resep dan obat bebas, antara lain obat hipertensi P", "develops, manufactures
# and markets more than 300 prescription and consumer health products, including the antihypertensive P": a range, then examples
WIDE_LIST = re.compile(r"^[^.;:\u2588()]{0,120}?,?\s(?:antara\s+lain|di\s+antaranya|termasuk|seperti|yakni|yaitu|including|such\s+as"
                        r"|among\s+them)\s+(?:[a-z][\w-]*\s+){0,3}$", re.I)
# "Pabrik ini memproduksi …": the plant (or company) named before stands for its operator
_PLANT_ANAPHOR = re.compile(
    # "Fasilitas berkapasitas 60.000 liter itu", "Pabrik milik produsen vaksin swasta Korea itu": a short description
    r"(?:\b(?:pabrik|fasilitas|perusahaan|perseroan|plant|facility|company)\s+(?:[\w.,\u2588-]+\s+){0,5}?(?:ini|tersebut|itu)"
    # "Toko tersebut kedapatan menjual …", "Kedua PBF itu terbukti menyalurkan …": a seller named before
    r"|\b(?:toko(?:\s+obat)?|apotek|klinik|PBF)\s+(?:ini|tersebut|itu)"  # (a distributor's: ``distributors``)
    # "Usaha tersebut memproduksi …": a trading business ("UD X, usaha perseorangan …") named before (the noun right
    # before its pointer: "anak usaha kelompok usaha PT B, saat ini …" is no pointer)
    r"|(?<!kelompok\s)\busaha\s+(?:ini|tersebut|itu)"
    r"|\b(?:the|this)\s+(?:plant|facility|company)|\blini(?:\s+produksi)?(?:\s+baru)?\s+(?:ini|tersebut|itu)"
    # "Perusahaan yang berbasis di Bogor itu", "Pabrik seluas 8 hektare yang diresmikan pada 2024 itu",
    # "Perusahaan yang merupakan anak usaha PT A itu"
    # (a comma inside: "Perusahaan yang berlokasi di kawasan industri Kabil, Batam, ini")
    r"|\b(?:perusahaan|pabrik|fasilitas)\s+(?:[\w-]+\s+){0,3}?yang\s+(?:[\w\u2588()-]+,?\s+){1,9}?(?:ini|tersebut|itu)"
    # "Menurut Wahyu, pabrik hasil perluasan akan memproduksi", "Pada tahap awal, pabrik memproduksi": the bare plant as subject
    # ("Lini baru akan memproduksi P": a new line of the plant told of)
    r"|(?:^\W*|[,;:]\s*)(?:pabrik|fasilitas(?:\s+produksi)?|lini(?:\s+produksi)?\s+baru)(?:\s+(?:baru|hasil\s+perluasan|hasil\s+ekspansi|anyar))?"
    # "Usaha keluarga yang memproduksi P itu", "Perusahaan asal Batam yang memproduksi P": what the maker is, then "yang"
    r"|\b(?:perusahaan|pabrik|fasilitas|usaha(?:\s+(?:keluarga|rumahan|kecil|mikro))?|UMKM|IKM|industri\s+rumahan)"
    r"\s+(?:(?!(?:lain|mitra|asing|pesaing)\b)[a-z][\w-]*\s+){0,2}?yang)\s+"
    # "Pabrik … tersebut mulai beroperasi akhir 2024 dan memproduksi": a short clause first, then the making verb
    r"(?:(?:mulai|telah|sudah|resmi)\s+(?:[\w\u2588-]+\s+){1,6}?(?:dan|serta|and)\s+)?"  # "telah tersertifikasi CPOB oleh BPOM dan"
    r"(?:(?:akan|juga|telah|sudah|kini|saat\s+ini|sebelumnya|pernah|tengah|sedang|masih|khusus|hanya|terutama|will|also"
    r"|previously|currently|now|still|only|mainly|exclusively|kedapatan|terbukti|diketahui|ketahuan|diduga)\s+)*"
    # "Pabrik ditargetkan memproduksi P mulai 2027", "Lini tersebut dirancang untuk memproduksi P": what it is meant to make
    r"(?:(?:ditargetkan|dirancang|direncanakan|disiapkan|dibangun(?:\s+khusus)?|dapat|mampu)\s+(?:untuk\s+)?)?$",
    re.I,
)
_RELATIVE = re.compile(r"\u2588(?:\s*\([^()]*\))?(?:\s*,\s*(?:(?:yang|which|who)\b[^,;.]{3,120},\s*|(?P<which>which|who|yang)\s+)"
                       # "PT B yang merupakan anak perusahaan PT A memproduksi P": what the subject is, then its verb
                       r"|\s+yang\s+(?:merupakan|adalah|menjadi|kini\s+menjadi|dimiliki(?:\s+oleh)?)\s+[^,;.]{3,80}?\u2588\s+)"
                       r"(?:(?:juga|kini|telah|sudah|akan|saat\s+ini|selama\s+ini|also|now|will|has|currently)\s+)*$", re.I)
_APPOINTED = re.compile(r"\s+(?:(?:telah|resmi|juga)\s+)*(?:ditunjuk|diangkat|dipilih|was\s+appointed|is\s+appointed)\s+(?:oleh|by)?\s*", re.I)
_FIRM_ANAPHOR = re.compile(r"(?:(?:the|this)\s+)?(?:perusahaan|perseroan|usaha|company|toko|apotek|klinik|PBF)\b",
                           re.I)
_OWNED_BY = re.compile(r"\b(?:milik|owned\s+by)\s+(?:PT\.?\s+)?$", re.I)
# "pabrik yang dikelola A itu", "the plant operated by A": a plant's operator (a company "dikelola" by A is not A's)
_RUN_BY = re.compile(r"^(?:pabrik|fasilitas|plant|facility|lini)\b[^\u2588]*?\b(?:dikelola|dioperasikan|dijalankan|operated|run|managed)"
                     r"\s+(?:(?:oleh|by)\s+)?(?:PT\.?\s+)?$", re.I)
_BOTH = re.compile(r"\b(?:kedua\s+(?:belah\s+)?(?:pihak|perusahaan)|both\s+(?:companies|parties))\b", re.I)
# after "kedua pihak … mengembangkan": "bersama" and a description of the product, no name between
_BOTH_GAP = re.compile(r"\s*(?:bersama(?:-sama)?\s+)?(?:[\w-]+\s+){0,9}?(?:[\w-]+\s*,\s*)?", re.I)
_SET_HEAD = re.compile(r"\W*(?:ke(?:dua|tiga|empat)nya|(?:kedua|ketiga|keempat)\s+[\w-]+(?:\s+(?:itu|tersebut))?)\s*,\s*", re.I)
_SET_TAIL = re.compile(r"\s*,\s*(?:(?:terbukti|kedapatan|diketahui|diduga|juga|telah|sudah|masih)\s+)*", re.I)
_PURPOSE = re.compile(r"(?:untuk|guna|to|saat\s+ini)\s+", re.I)  # not clause breaks before the verb


# "anak usaha PT B", "a subsidiary of B": the parent named after it
_PARENT = r"(?:anak\s+(?:usaha|perusahaan)|(?:subsidiary|unit|affiliate)\s+of)\s+(?:PT\.?\s+)?"
# "A subsidiary of PT B, it develops …": B only describes the subject, the company told of before (Indonesian "perseroan" goes by the anaphor rules)
_FRONTED_PARENT = re.compile(rf"\W*(?:(?:an?|as\s+an?)\s+)?(?:[\w-]+\s+)?{_PARENT}$", re.I)
_IT_AFTER = re.compile(r"\s*,\s*(?:it|ia|perseroan|perusahaan\s+(?:ini|tersebut|itu)|the\s+company)\s+(?:[a-z][\w-]*\s+){0,3}?", re.I)


def maker(ctx: Context, v: View, start: int, end: int, rtype: str) -> None:
    if _DENIED.search(v.masked[max(0, start - 20) : start]):
        return  # "PT X tidak memproduksi sirup yang mengandung etilen glikol"
    if _other_maker(v.masked[max(0, start - 30) : end]):
        return  # "A bekerja sama dengan pengembang vaksin P": the maker is another, unnamed party
    after = v.after(end)
    ranged = maker_range(v, end, after) if rtype == "MARKETS" else None
    if ranged is not None:
        if (owner := range_maker(v, end, after)) is not None:  # "… obat generik produksi A, antara lain P": A makes P
            for p in product_list(v, ranged[0]):
                ctx.emit("DEVELOPS", owner.ent, p.ent, v, 0.65)
        after = ranged  # "Y akan mendistribusikan tiga produk andalan A, yakni P …": Y sells P
    both = _BOTH.search(v.masked[:start])
    both = both if both is not None and start - both.end() <= 40 and not v.after(both.end(), ORG, start) else None
    # ("Berdasarkan perjanjian yang diteken kedua pihak, B berhak memproduksi P": B, named between, is the subject)
    if both is not None and after and after[0].type == "Product" and _BOTH_GAP.fullmatch(v.masked[end : after[0].start]):
        ranged = ranged or [after[0]]  # "Kedua pihak sepakat mengembangkan bersama kandidat vaksin dengue …, P": a longer description
    if not after or after[0].type != "Product" or not (ranged or FILLER.match(v.masked[end : after[0].start])
                                                        or WIDE_LIST.match(v.masked[end : after[0].start])
                                                        or _CONTAINING.match(v.masked[end : after[0].start])):
        if v.masked[start:end].lower() != "menyalurkan":  # "menyalurkan ketiga produk tersebut": read by the fallback
            pointed(ctx, v, start, end, rtype)  # "… memasarkan produk-produk tersebut"
        return
    if both is not None:  # "Kedua pihak sepakat mengembangkan P"
        # the two parties named last, past a regulator or agency told beside them ("… setelah BPOM memberikan PPUK"),
        # the two the text names most of those (not a unit named once on the way: "… melalui anak usaha X Asia")
        near = [o for o in ctx.recent(v.index, ORG, pos=both.start(), back=2, limit=6) if not regulator_like(o)]
        if len(near) < 2 and rtype == "DEVELOPS":  # (a quote may come between: "… katanya. Tak berhenti di situ, kedua perusahaan …";
            # "kedua perusahaan bermitra dalam distribusi P" is read as before: one of them sells P, the one named last)
            near = [o for o in ctx.recent(v.index, ORG, pos=both.start(), back=5, limit=6) if not regulator_like(o)]
        parties = sorted(near, key=lambda e: -len(e.mentions))[:2]
        for org in parties:
            for p in product_list(v, after[0]):
                ctx.emit(rtype, org, p.ent, v, 0.65)
        return
    before = v.before(start)
    subj = before[0] if before else None
    clause_from = subj.end if subj is not None else 0  # "A, yang berkantor pusat di X, …": the clause reopens after the seat
    rel = _RELATIVE.search(v.masked, max(0, start - 160), start)
    host = next((m for m in before if rel is not None and m.end == rel.start() + 1), None)
    # "A, which manufactures P" (the noun just before); "A, yang sahamnya dimiliki B, memasarkan P" (the sentence's subject)
    if host is not None and (rel.group("which") or (host is v.mentions[0] and OPENER.fullmatch(v.masked[: host.start]))):  # type: ignore[union-attr]
        subj, clause_from = host, start
    head = v.mentions[0] if v.mentions else None
    if (subj is not None and head is not None and subj is not head and head.type == "Organization" and head.role is None
            and _COORD.search(v.masked, max(0, start - 30), start) and OPENER.fullmatch(v.masked[: head.start])
            and not regulator_like(head.ent) and cues.CLAUSE_END.search(v.masked, head.end, start) is None
            and not _INFINITIVE.search(v.masked[subj.end : start])):  # "grants B the right to manufacture and sell P": B's
        subj, clause_from = head, start  # "A's plant received a certificate from BPOM in 2023 and currently produces P"
    if _WE_HERE.search(v.masked, max(0, start - 40), start) and (org := we_firm(ctx, v, start)) is not None:
        for p in product_list(v, after[0]):  # "Di Cilegon kami memproduksi P", '"Kami memasarkan P," jelasnya'
            ctx.emit(rtype, org, p.ent, v, 0.6)
        return
    if (org := _speaker_own(v, start)) is not None:  # "Direktur PT X, Budi, mengatakan perusahaannya kini memasarkan P"
        for p in product_list(v, after[0]):
            ctx.emit(rtype, org, p.ent, v, 0.6)
        return
    if (org := they_firm(ctx, v, start)) is not None:  # "Perusahaan ini tetap beroperasi. Mereka mendistribusikan P"
        for p in product_list(v, after[0]):
            ctx.emit(rtype, org, p.ent, v, 0.6)
        return
    if subj is not None and subj.type in ("Location", "Facility"):
        subj = site_owner(ctx, v, start) or seated(v, subj) or subj  # "Pabrik milik A di X, Y saat ini memproduksi P"
    ana = _plant_anaphor_before(v.masked, start)
    if ana is not None and rtype == "MARKETS" and not _FIRM_ANAPHOR.match(ana.group()):
        ana = None  # a plant makes, a company sells: "Perusahaan yang berdiri sejak 1998 itu memasarkan P"
    # "Menurut Gunawan, lini baru itu akan memproduksi P": the anaphor, not a name before it, is the subject;
    # "Perusahaan yang merupakan anak usaha A itu …": nor one inside its description (but "Pabrik milik A itu" is A's)
    if ana is not None and (subj is None or start - subj.end > 50 or subj.end <= ana.start()
                            or (subj.type == "Location" and subj.start > ana.start())
                            or (subj.start > ana.start() and not _OWNED_BY.search(v.masked[ana.start() : subj.start])
                                and not _RUN_BY.match(v.masked[ana.start() : subj.start]))):
        shop = _SHOP.search(ana.group())
        owner = shop_named(ctx, v, ana.start(), shop.group(1)) if shop else (firm_before(ctx, v, ana, regulator_like)
                                                                               or plant_operator(ctx, v))
        if owner is not None and rtype == "DEVELOPS" and cues.SELLER_NAME.search(owner.name):
            # "… bersama distributor nasional PT X Distribusi. Perusahaan tersebut juga tengah mengembangkan P":
            # a distributor named last makes nothing; the story's company does
            main = main_firm(ctx, v.index - 1) if v.index else None
            owner = main if main is not None and not cues.SELLER_NAME.search(main.name) else None
        if owner is not None and any(m.ent is owner for m in v.mentions if ana.start() <= m.start < ana.end()):
            owner = main_firm(ctx, v.index - 1) if v.index else None  # not the parent inside "… anak usaha A itu"
        if owner is not None:
            for p in product_list(v, after[0]):
                ctx.emit(rtype, owner, p.ent, v, 0.65)
        return
    if subj is not None and subj.type == "Organization" and (prev := v.prev_mention(subj)) is not None \
            and prev.type == "Organization" and _APPOINTED.fullmatch(v.masked[prev.end : subj.start]) \
            and re.fullmatch(r"\s+(?:sebagai|as)\s+(?:(?:the|an?|satu-satunya|tunggal|resmi|exclusive|sole|official)\s+)*",
                             v.masked[subj.end : start]):
        subj = prev  # "B ditunjuk A sebagai distributor P": B, the one appointed, sells P
    if subj is not None and (child := apposition_child(v, subj)) is not None:
        subj = child  # "PT A (A), anak usaha PT B, meluncurkan P": the subject is A, not the parent in the apposition
    if subj is not None and subj.type == "Organization" and _FRONTED_PARENT.match(v.masked[: subj.start]) \
            and _IT_AFTER.fullmatch(v.masked[subj.end : start]) and v.index \
            and (main := main_firm(ctx, v.index - 1)) is not None and main is not subj.ent:
        for p in product_list(v, after[0]):  # "A subsidiary of PT B, it develops P": the company told of before, not B
            ctx.emit(rtype, main, p.ent, v, 0.65)
        return
    if subj is None and _WE.match(v.masked[:start]) and (org := speaker_company(ctx, v, after[0], regulator_like)):
        for p in product_list(v, after[0]):  # '"Kami memproduksi A dan B," kata Direktur PT X'
            ctx.emit(rtype, org, p.ent, v, 0.6)
        return
    if subj is None or subj.type != "Organization" or subj.start in v.role_orgs or start - subj.end > 80 \
            or regulator_like(subj.ent):  # "approval from BPOM …, making it the first locally manufactured P"
        return
    if rtype == "MARKETS" and (_GRANTS.search(v.masked, subj.end, start)
                               or _LICENSED_FROM.search(v.masked, max(0, subj.start - 60), subj.start)):
        return  # "A memberikan lisensi kepada perseroan untuk memasarkan P" / "… licence from A to market P": not A
    if _SET_HEAD.match(v.masked) and _SET_TAIL.fullmatch(v.masked, subj.end, start):
        clause_from = start  # "Keduanya, PT A dan PT B, terbukti menyalurkan P": the apposed firms are the subject
    ce = v.clause_end(max(subj.end, clause_from))
    if ce < start and not _PURPOSE.fullmatch(v.masked[ce:start]):  # "A memperoleh lisensi untuk memasarkan P"
        return
    makers = [subj]
    if rtype == "DEVELOPS" and (grantor := _grantor(v, subj, end, after[0])) is not None:
        makers = [grantor]  # "A grants B a licence to manufacture two of its products, P and Q": A's products
    while (prev := v.prev_mention(makers[-1])) is not None and prev.type == "Organization" and \
            prev.start not in v.role_orgs and cues.LIST_SEP.match(v.gap(prev.end, makers[-1].start)) \
            and not _PARENT_NOUN.search(v.masked, max(0, prev.start - 40), prev.start):  # "anak usaha B, PT A, …": not B
        makers.append(prev)  # "PT A dan PT B memproduksi P"
    for p in product_list(v, after[0]):
        for mk in makers:
            ctx.emit(rtype, mk.ent, p.ent, v, 0.75)


def _grantor(v: View, licensee: M, end: int, first: M) -> M | None:
    """The granting company when "its/their" products are licensed to ``licensee`` ("A grants B … of its products")."""
    if not _ITS_GOODS.search(v.masked, end, first.start):
        return None
    grantor = v.prev_mention(licensee)
    if grantor is None or grantor.type != "Organization" or licensee.start - grantor.end > 40:
        return None
    g = _GRANTS.search(v.masked, grantor.end, end)  # "A grants B an exclusive licence to manufacture"
    return grantor if g is not None and g.start() < licensee.start else None


_ITS_GOODS = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:products|drugs|medicines|vaccines|brands)\b", re.I)
_GRANTS = re.compile(r"\b(?:memberikan|memberi|grants?|granted)\s+(?:[\w\u2588-]+\s+){0,3}?(?:hak|lisensi|rights?|licen[cs]e)\b", re.I)
# "obtained an exclusive licence from A", "memperoleh lisensi eksklusif dari A": A is the licensor
_LICENSED_FROM = re.compile(r"\b(?:lisensi|hak|licen[cs]e|rights?)\b[^.;]{0,30}?\b(?:dari|from)\s+(?:the\s+)?$", re.I)
_PARENT_NOUN = re.compile(rf"\b{_PARENT}$", re.I)
_DENIED = re.compile(r"\b(?:tidak|tak|bukan|belum|never|not|membantah|menyangkal|denied|denies|berhenti|stopped|ceased"
                     r"|kehilangan\s+hak|lost\s+(?:the\s+|its\s+)?rights?\s+to)\s+"
                     r"(?:(?:pernah|lagi|telah|sudah|having)\s+)?(?:(?:menjadi|sebagai|be|being)\s+)?$", re.I)
# a maker noun after a preposition names someone else: "bekerja sama dengan produsen P", "from the developer of P"
_OTHER_MAKER = re.compile(r"\b(?:dengan|bersama|kepada|dari|oleh|with|from|by)\s+(?:(?:para|sejumlah|beberapa|the|a)\s+)?"
                          r"(?:produsen|pengembang)$"  # "masih mencari distributor untuk P": none yet
                          r"|\b(?:mencari|membutuhkan|seeking|looking\s+for)\s+(?:(?:a|an|new|baru)\s+)?distribut\w*$", re.I)
_INFINITIVE = re.compile(r"\b(?:to|untuk|guna|agar|hak|right|rights|izin|lisensi|licen[cs]e)\b"
                         r"|\b(?:mem|meng|men|me)[a-z]+kan\b|(?:produce|manufacture|develop|make|market|sell|distribute)\b", re.I)
_COORD = re.compile(r"\b(?:dan|serta|and)\s+(?:(?:currently|now|also|will|juga|kini|saat\s+ini|akan|telah|sudah)\s+)*$", re.I)
_WE_HERE = re.compile(r"\b(?:kami|we)\s+(?:(?:telah|sudah|juga|akan|kini|pun|also|now)\s+)*$", re.I)
_WE = re.compile(r"[\s\"\u201c]*(?:kami|we)\s+(?:(?:telah|sudah|juga|akan|kini|pun|also|now)\s+)*$", re.I)


# the searches above, tried only where one of their leading words starts (IGNORECASE alternations scanned whole otherwise)
_plant_anaphor_before = prefix_search(_PLANT_ANAPHOR)
_other_maker = literal_search(_OTHER_MAKER)


_HIS_FIRM = re.compile(r"\b(?:perusahaannya|perseroannya|his\s+company|her\s+company)\s+(?:(?:kini|juga|telah|sudah|akan|saat\s+ini"
                       r"|masih|selama\s+ini|now|also|will|currently)\s+)*$", re.I)
_SAYS = re.compile(r"\s*,?\s*(?:mengatakan|menyatakan|menjelaskan|mengungkapkan|menuturkan|menyebut(?:kan)?|said|says|noted)\b", re.I)


def _speaker_own(v: View, start: int) -> Entity | None:
    """The company in the title of the speaker whose "perusahaannya" is the subject: "Direktur PT X, Ir. B, mengatakan
    perusahaannya kini mendistribusikan P" is X's selling (one titled speaker before the anaphor)."""
    if not _HIS_FIRM.search(v.masked, max(0, start - 60), start):
        return None
    people = [m for m in v.before(start, ("Person",))]
    if len(people) != 1 or not _SAYS.match(v.masked, people[0].end):
        return None
    firms = [m for m in v.before(people[0].start, ("Organization",)) if m.start in v.role_orgs or m.role is not None
             or re.search(r"\b(?:direktur|presiden|ketua|manajer|kepala|ceo|director|manager|head)\b[^,\u2588]{0,40}$",
                          v.masked[: m.start], re.I)]
    return firms[0].ent if len(firms) == 1 and not regulator_like(firms[0].ent) else None
