"""An act someone is only urged to do: "IAI mengimbau apotek menghentikan sementara penjualan ketiga produk",
"DPR mendesak BPOM mencabut izin edar P", "the association urged pharmacies to suspend sales". The one urging has
no power over the permit and the one urged has not acted yet, so no revocation is stated. Read only where a
revoking cue already matched (a short window before it), so it costs nothing elsewhere.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import View

# the urging verb, its addressee (a few words or a masked name) and an optional "untuk"/"agar"/"to" before the cue
_URGED = re.compile(
    r"\b(?:mengimbau|menghimbau|imbau|himbau|meminta|mendesak|menyerukan|menganjurkan|menyarankan|mengajak|"
    r"urged?|urging|call(?:ed|s)?\s+on|ask(?:ed|s)?|advised?|recommend(?:ed|s)?)\s+"
    r"(?:[\w\u2588-]+\s+){0,4}?(?:(?:untuk|agar|supaya|segera|to)\s+)*$",
    re.I,
)


def urged(v: View, start: int) -> bool:
    """Whether the revoking cue at ``start`` is what someone was urged to do, in the same clause."""
    window = v.masked[max(0, start - 70) : start]
    cut = max(window.rfind(","), window.rfind(";"), window.rfind("."))
    return _URGED.search(window[cut + 1 :]) is not None
