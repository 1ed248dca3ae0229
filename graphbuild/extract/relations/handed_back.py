"""A certificate told of in one sentence and handed over in the next: "PT X mengantongi sertifikat CDOB untuk cabang
Surabaya. Sertifikat tersebut diserahkan Kepala Balai Besar POM di Surabaya, …". The second sentence names the
certifier but points back at the certificate ("Sertifikat tersebut/itu"), so its holder is the one the sentence
before names as receiving a certificate.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

_THAT_CERT = re.compile(r"^\W*(?:sertifikat|certificate)(?:\s+[A-Z][\w/-]*)?\s+(?:tersebut|itu|ini)\s+(?:(?:juga|telah|sudah|pun|"
                        r"langsung|secara\s+resmi)\s+)*(?:diserahkan|diberikan|diterbitkan|ditandatangani)\b", re.I)


def prior_holder(ctx: Context, v: View) -> Entity | None:
    """The holder the sentence before tells receiving a certificate, when ``v`` opens with "Sertifikat tersebut diserahkan"."""
    if not v.index or not _THAT_CERT.match(v.masked):
        return None
    w = ctx.views[v.index - 1]
    cue = cues.CERTIFY.search(w.masked) if w.may(cues.CERTIFY) else None
    if cue is None:
        return None
    holder = next((m for m in w.before(cue.start(), ("Organization", "Facility")) if m.role is None
                   and m.ent.category == "company"), None)
    return holder.ent if holder is not None else None


def handing_body(v: View) -> Entity | None:
    """The office named handing it over ("diserahkan Kepala Balai Besar POM di Surabaya"), which certifies too."""
    opened = _THAT_CERT.match(v.masked)
    if opened is None:
        return None
    m = next(iter(v.after(opened.end(), ("Organization",))), None)
    return m.ent if m is not None and m.start - opened.end() <= 40 and m.ent.category in ("regulator", "government") else None
