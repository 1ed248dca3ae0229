"""A halal certificate the products hold, their maker unnamed in the sentence: "Ketiga produk yang diekspor telah
mengantongi sertifikat halal dari BPJPH", "Kedua produk tersebut telah memperoleh izin edar BPOM dan sertifikat halal
BPJPH", "Kepala BPJPH X memastikan seluruh produk yang diekspor perseroan telah bersertifikat halal", "All of its
products are halal-certified by BPJPH". CERTIFIED holds between a certifier and an Organization/Facility, so the
company the story is about, the products' maker, holds it (as the annotated stories file it). A certificate told
as a product's and issued passively ("sertifikat halal untuk P diterbitkan oleh BPJPH") goes to its known maker
(for_product), not to the site the clause before names.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.cert_bodies import halal_body
from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.discourse import main_firm, story_firms, topic
from graphbuild.types import Entity

# the products, counted or all of them, with a relative clause or a demonstrative, then what they hold ("izin edar
# BPOM dan" may come first), right before the certificate cue
_PRODUCTS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:memastikan|menyebut(?:kan)?|mengatakan|menegaskan|bahwa|that|said)\s+)"
    r"(?P<ref>(?:seluruh|semua)\s+(?:produk|obat)(?:-produk|-obatan)?(?:nya)?|(?:kedua|ketiga|keempat|kelima|keenam)"
    r"\s+(?:produk|obat|jamu)|produk-produk(?:nya)?|(?:both|all(?:\s+of)?(?:\s+(?:the|its|our|their))?)\s+(?:products|medicines))"
    r"(?P<rel>\s+(?:yang|that|which)\s+[^\u2588,.;]{0,40}?|\s+(?:tersebut|itu|ini))?"
    r"\s+(?:(?:telah|sudah|juga|pun|kini|semuanya|are|have|has|all|also|already|been|now)\s+)*"
    r"(?:(?:mengantongi|memperoleh|mendapat(?:kan)?|menerima|meraih|memiliki|hold|received|obtained|secured|carry)\s+"
    r"(?:(?:izin\s+edar|nomor\s+izin\s+edar|NIE|marketing\s+authori[sz]ations?)[^.;\u2588]{0,20}?(?:\u2588+\s*)?(?:dan|serta|and)\s+)?)?"
    r"(?:halal[\s-]+)?$",
    re.I,
)
_HALAL_AFTER = re.compile(r"[\s-]*halal\b", re.I)
_HALAL_BEFORE = re.compile(r"\bhalal[\s-]*$", re.I)
# "yang diekspor perseroan", "produknya", "its products": the company the story is about
_OURS = re.compile(r"\b(?:perseroan|perusahaan|its|our|their)\b|nya$", re.I)


def held_by_products(ctx: Context, v: View, start: int, end: int, certifier: Entity | None) -> bool:
    """CERTIFIED from the halal body to the products' maker where the products hold the certificate; True if told."""
    if not (_HALAL_AFTER.match(v.masked, end) or _HALAL_BEFORE.search(v.masked[:start])):
        return False
    said = _PRODUCTS.search(v.masked[:start])
    if said is None or any(m.type == "Facility" or (m.type == "Organization" and m.ent.category not in ("regulator", "government"))
                           for m in v.before(start)):
        return False  # "PT A memastikan seluruh produknya …": the company named holds it (another rule's)
    if certifier is None or not halal_body(certifier):  # "Kepala BPJPH X memastikan …": the halal body the sentence names
        certifier = next((m.ent for m in v.mentions if m.type == "Organization" and halal_body(m.ent)), None)
    if certifier is None:
        return False
    firm = None
    ref = said.group("ref") + (said.group("rel") or "")
    if _OURS.search(ref):
        firms = sorted(story_firms(ctx), key=lambda e: len(e.mentions), reverse=True)
        firm = firms[0] if firms and (len(firms) == 1 or len(firms[0].mentions) > len(firms[1].mentions)) else None
    firm = firm or topic(ctx, v.index) or main_firm(ctx, v.index)
    if firm is None or firm.id == certifier.id:
        return False
    ctx.emit("CERTIFIED", certifier, firm, v, 0.6, standard="halal")
    return True


# "sertifikat halal untuk P diterbitkan oleh BPJPH", "the halal certificate for P was issued by …": the product's certificate
_FOR_PRODUCT = re.compile(r"\s+(?:halal\s+|\u2588+\s+)?(?:untuk|bagi|for)\s+(?:produk\s+|vaksin\s+|obat\s+)?")
_PRODUCT_ISSUED = re.compile(r"\s+(?:(?:juga|telah|sudah|was|has\s+been|had\s+been)\s+)*(?:diterbitkan|dikeluarkan|diberikan|issued|granted)\b",
                             re.I)


def for_product(ctx: Context, v: View, end: int, certifier: Entity, std: str | None) -> bool:
    """A certificate told as a product's, issued passively: its maker (when known) holds it; True if so told."""
    p = next(iter(v.after(end)), None)
    if p is None or p.type != "Product" or not _FOR_PRODUCT.fullmatch(v.masked, end, p.start) \
            or not _PRODUCT_ISSUED.match(v.masked, (p.gloss or p).end):
        return False
    for r in ctx.has("DEVELOPS", None, p.ent):
        if r.head in ctx.by_id and r.head != certifier.id:
            ctx.emit("CERTIFIED", certifier, ctx.by_id[r.head], v, 0.6, standard=std)
    return True
