"""CERTIFIED, APPROVED (``approvals``), REGISTERED_WITH (``registration``) and REVOKED (``revocations``).

"X mendapatkan sertifikasi CPOB dari BPOM"; "Sertifikasi tersebut diberikan
terkait sarana … milik anak usaha Kalbe, PT Bifarma Adiluhung" (the certifier
and standard carry over from the previous certification; the certified one is
the subsidiary/owner named); "BPOM menerbitkan izin edar P"; "BPOM mencabut
sertifikat CPOB X"; "P … tahap akhir proses registrasi di BPOM". Who grants is found in :mod:`.granters`,
who holds a certificate in :mod:`.cert_holders`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import (
    approved_sections,
    cues,
    facility_sheets,
    listed_certs,
    our_certs,
    prequalified,
    revoked_items,
)
from graphbuild.extract.relations.approvals import approved as _approved
from graphbuild.extract.relations.approved_lists import enumerated as _enumerated
from graphbuild.extract.relations.cert_holders import BULLETS_NEXT as _BULLETS_NEXT
from graphbuild.extract.relations.cert_holders import certified as _certified
from graphbuild.extract.relations.common import Context, CueGroup, watch
from graphbuild.extract.relations.granters import certifier as _certifier
from graphbuild.extract.relations.handed_back import named_next, plant_named, unit_handing
from graphbuild.extract.relations.recipients import ALSO_TO as _ALSO_TO
from graphbuild.extract.relations.recipients import also_got, also_handed
from graphbuild.extract.relations.recipients import among_them as _among_them
from graphbuild.extract.relations.registration import (
    EVALUATES,
    listed_next,
    registered,
    under_review,
)
from graphbuild.extract.relations.revocations import CUES as _REVOKE_CUES
from graphbuild.extract.relations.revocations import revocations, unnamed_revocations
from graphbuild.types import Entity

_ACCREDIT = re.compile(r"\b(?:akreditasi|terakreditasi|accredit(?:ed|ation))\b", re.I)
watch(_ACCREDIT)


def find(ctx: Context) -> None:
    memory: dict[str, object] = {}
    pending: dict[int, Entity] = {}  # "izin edar untuk tiga obat baru": the products are listed next
    for v in ctx.where(*_SENTENCE_CUES.patterns):  # no rule of the block below can get past its cue elsewhere
        seen: set[str] = set()
        for i, c in enumerate(v.cues(cues.CERTIFY)):
            # a later certificate counts only where it names a certifier of its own: "CPOB dari BPOM dan halal dari BPJPH"
            who = _certifier(v, c.start(), c.end()) if i else None
            if i and who is None and _ALSO_TO.match(v.masked, c.start()):
                also_handed(ctx, v, c.start(), memory)  # "…, sementara sertifikat CPOTB diserahkan kepada CV B"
            elif i and who is None:
                also_got(ctx, v, c.start(), memory)  # "…, sementara PT B memperoleh sertifikat CDOB untuk gudangnya"
            elif i == 0 or (who is not None and who.ent.id not in seen):
                _certified(ctx, v, c.start(), c.end(), memory)
                if memory.get("certifier") is not None:
                    seen.add(memory["certifier"].id)  # type: ignore[attr-defined]
        for c in v.cues(_ACCREDIT):  # "meraih predikat akreditasi Paripurna dari KARS": an accreditor named
            if (who := _certifier(v, c.start(), c.end())) is not None and who.ent.category != "company":
                _certified(ctx, v, c.start(), c.end(), memory)
        for c in v.cues(cues.REGISTER):
            registered(ctx, v, c.start(), c.end())
        under_review(ctx, v)
        for c in v.cues(cues.APPROVE):
            if (reg := _approved(ctx, v, c.start(), c.end())) is not None:
                pending[v.index] = reg
        revocations(ctx, v)
    for v in ctx.where(cues.CERTIFY, every=True):  # "Beberapa penerima sertifikat halal antara lain:" names no one: its bullets do
        if not v.mentions and (c := cues.CERTIFY.search(v.masked)) is not None \
                and _BULLETS_NEXT.match(v.masked, c.end()):
            _certified(ctx, v, c.start(), c.end(), memory)
    prequalified.find(ctx)  # "WHO has granted prequalification to P"
    _among_them(ctx)
    plant_named(ctx)  # "… mengantongi sertifikat CPOB. Kedua sertifikat diserahkan di pabrik bernama X": X holds them
    named_next(ctx)  # "Pabrik … itu menerima sertifikat CPOB dari BPOM. Fasilitas bernama X itu …": X holds it
    listed_certs.find(ctx)  # "Pabrik X yang telah mengantongi:" and one certificate with its issuer a bullet
    facility_sheets.find(ctx)  # "### Pabrik X" and its fields: "- Operator: PT A", "- Sertifikat:" / "- CPOB — BPOM"
    our_certs.find(ctx)  # "Fasilitas produksi kami … tersertifikasi CPOB dari BPOM," ujar Direktur PT A: A holds it
    unit_handing(ctx)  # "Direktorat X BPOM menyerahkan sertifikat …": the unit certifies with its agency
    for i, reg in pending.items():
        if not _enumerated(ctx, i + 1, reg):
            listed_next(ctx, i + 1, reg)
    approved_sections.find(ctx)  # "## Produk yang memperoleh NIE" then "- **A** (…)": the heading's permit, each item's
    unnamed_revocations(ctx)
    revoked_items.find(ctx)  # "- Tindakan: izin edar dicabut" under a listed product and its maker


# everything the per-sentence block of ``find`` reads a sentence for (``under_review`` reads ``EVALUATES``,
# ``revocations`` its own cue group)
_SENTENCE_CUES = CueGroup(cues.CERTIFY, _ACCREDIT, cues.REGISTER, EVALUATES, cues.APPROVE, *_REVOKE_CUES.patterns)
