"""LOCATED_IN for a body that an apposition names its country's medicines regulator.

"National Agency for Food and Drug Administration and Control (NAFDAC), otoritas pengawas obat Nigeria",
"Pharmacy and Poisons Board (PPB), otoritas obat Kenya", "the Emirates Drug Establishment (EDE), the UAE's
medicines regulator", "X, the medicines regulator of Kenya": the apposition names the regulator's country, so
the body is in it. "RS Medika, a 400-bed private hospital in Surabaya", "X, distributor obat di Samarkand": an
apposition of a kind with a count or a hyphened word before "in/di" (the plain kind is in ``locations``).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, watch

# ", otoritas (pengawas) obat (dan makanan)", ", badan pengawas obat", ", the medicines regulator of", ", regulator obat di"
_REGULATOR_OF = re.compile(
    r"^\s*(?:\([^()]{1,20}\))?\)?(?:\*\*)?\)?\s*[,\u2013\u2014]\s*(?:(?:yakni|yaitu|sebagai|the|a|an)\s+)?(?:(?:otoritas|badan|lembaga|regulator)(?:\s+(?:pengawas|pengawasan|regulasi))?"
    r"\s+(?:obat|farmasi|kesehatan|makanan|pangan)(?:\s+(?:dan|&)\s+(?:makanan|obat|alat\s+kesehatan|pangan))?(?:\s+(?:di|milik|dari|negara))?"
    r"|(?:national\s+)?(?:medicines?|drugs?|pharmaceutical|health(?:\s+products?)?|food\s+and\s+drugs?)\s+(?:regulator|regulatory\s+(?:authority|agency)"
    r"|authority|agency)\s+(?:of|in|for)(?:\s+the)?)\s+$", re.I)
# ", the UAE's medicines regulator": the country before the kind
_COUNTRYS = re.compile(r"^\s*(?:\([^()]{1,20}\))?\)?(?:\*\*)?\s*,\s*(?:the\s+)?$")
_REGULATOR_AFTER = re.compile(r"['\u2019]s\s+(?:national\s+)?(?:medicines?|drugs?|pharmaceutical|health(?:\s+products?)?|food\s+and\s+drugs?)\s+"
                              r"(?:regulator|regulatory\s+(?:authority|agency)|authority|agency)\b", re.I)
watch(_REGULATOR_OF, _REGULATOR_AFTER)
_CUE = re.compile(r"\b(?:otoritas|badan|lembaga|regulator|authority|agency)\b", re.I)
watch(_CUE)


def find(ctx: Context) -> None:
    for v in ctx.where(_CUE):
        for m in v.mentions:
            if m.type != "Organization" or m.start in v.role_orgs:
                continue
            nxt = v.next_mention(m)
            if nxt is None or nxt.type != "Location" or not ctx.is_country(nxt.ent):
                continue
            gap = v.gap((m.gloss or m).end if m.gloss is not None and m.gloss.end <= nxt.start else m.end, nxt.start)
            if _REGULATOR_OF.match(gap) or (_COUNTRYS.match(gap) and _REGULATOR_AFTER.match(v.masked, nxt.end)):
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.7)
