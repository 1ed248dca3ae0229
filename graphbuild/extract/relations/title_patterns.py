"""The title patterns :mod:`.positions` reads around a person's name (split out to keep it short).

A title before the name ("Kepala BPOM (…), X", "Direktur Hebei MPA X"), after it ("X, Kepala BPOM", "X yang menjabat
sebagai …"), with its unit ("Direktur Registrasi Obat BPOM"), a minister's domain, an envoy's posting, a possessive
("BPJPH's Director of …"), and the memoised searches of the ones asked at every name.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import watch
from graphbuild.extract.relations.litsearch import prefix_search

TITLE_END = re.compile(rf"(?<!\w){cues.TITLE}(?:\s*\([^()]{{1,15}}\))?(?:\s+(?:of|at)(?:\s+the)?)?\s*(?:PT\.?\s*)?$")  # "Head of the TGA"
TITLE_AFTER = re.compile(
    rf"^(?:[\s,]|{cues.DEGREE}|\([^()]*\))*(?:,|\(|[\u2013\u2014]|\bselaku\b|\bsebagai\b|\bas\b|(?:\byang\s+)?(?:\b(?:juga|kini|saat\s+ini|resmi|sekaligus)\s+)?(?:sehari-hari\s+|dipercaya\s+|ditugaskan\s+)?\bmenjabat(?:\s+sebagai)?\b|\byang\s+(?:juga|kini|saat\s+ini|sekaligus)(?:\s+merupakan)?(?=\s+[A-Z])|\b(?:ditunjuk|diangkat|dilantik|terpilih)\s+(?:sebagai|menjadi)\b"
    r"|(?:\bwho\s+(?:also\s+|currently\s+)?)?(?:\bserves|\bserved|\bhas\s+served|\bis\s+serving)\s+as\b|\b(?:was|has\s+been)\s+(?:appointed|named)(?:\s+as)?\b)\s*(?:(?:currently|now|kini|sekarang|saat\s+ini)\s+)?(?:(?:Plt|Plh|Pj)\.?\s+)?"
    rf"(?:the\s+|an?\s+(?:[a-z][\w-]*\s+){{0,2}}?|(?:[A-Z][a-z]+\s+){{1,2}}?(?=(?:Manager|Director|Officer|Head)\b))??{cues.TITLE}"
    rf"(?:\s+(?:and|dan|&|merangkap|sekaligus)\s+{cues.TITLE.replace('?P<title>', '')})?"
    r"(?:\s+(?:(?:of|for)\s+)?[A-Z][a-z]+){0,2}?"  # the post's field: "Direktur Operasional PT X", "Deputy for Drug Control at X"
    r"\s+(?:(?:of|at|dari|for|with)\s+(?:the\s+)?)?(?:PT\.?\s+)?$"
)
# "…, yang sekaligus menjabat Ketua X": a second post besides the title before the name
ALSO_HOLDS = re.compile(r"\byang\s+(?:sekaligus|juga|pun)\s+menjabat\b")
# "…, MPH, yang juga menjabat Staf Ahli Menteri Kesehatan Bidang Ekonomi Kesehatan di Kementerian Kesehatan": a long title, then "di"
ALSO_HOLDS_AT = re.compile(rf"^(?:[\s,]|{cues.DEGREE})*yang\s+(?:sekaligus|juga|pun)\s+menjabat\s+(?:sebagai\s+)?(?:(?:Staf|Tenaga|Staff)\s+Ahli\s+)?{cues.TITLE}"
                           r"(?:,?\s+(?:[A-Z][\w-]*|dan|&|bidang)){0,8}\s+(?:di|pada)\s+(?:lingkungan\s+)?$")
# "…, didampingi Kepala Bidang Pemeriksaan, Z": a section's head, the section named without its body
ESCORT_SECTION = re.compile(rf"\b(?:didampingi|didampingi\s+oleh)\s+(?P<title>(?:Kepala|Kabid|Kasi|Kasubbag|Kepala\s+Sub|Koordinator|Ketua\s+Tim)\s*(?:Bidang|Seksi|Bagian|Subbagian|"
                            rf"Subbidang|Kelompok\s+Substansi|Kelompok\s+Kerja|Fungsi)?(?:\s+[A-Z][\w-]*(?:\s+(?:dan|&))?){{1,5}})\s*,\s*{cues.HONORIFIC}*$")
# "Rudi didampingi Direktur Produksi apt. A, M.Farm., dan Direktur Pengembangan Bisnis B": a company post told bare beside
# the escorted head of the company (the escort's name closes the match)
ESCORT_FIRM = re.compile(r"\b(?:didampingi(?:\s+oleh)?|(?:was\s+|were\s+)?accompanied\s+by)\s+(?:[^;:!?\u201c\u201d\"]{0,120}?(?:,|\bdan|\bserta|\band)\s+)?"
                         r"(?:(?:the\s+)?(?:company['\u2019]s\s+)?)(?P<title>(?:Wakil\s+)?(?:Direktur|Director|Komisaris|Commissioner|Manajer|Manager|"
                         r"General\s+Manager|Chief\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Officer|CEO|CFO|COO|CTO|Corporate\s+Secretary|"
                         r"Sekretaris\s+Perusahaan|Sekretaris\s+Jenderal|Head\s+of)(?:\s+(?:[A-Z][\w-]*|dan|and|&|of|for)){0,6}?)"
                         rf"\s*,?\s*{cues.HONORIFIC}*$")
watch(ALSO_HOLDS, ESCORT_SECTION, ESCORT_FIRM)
TITLE_MID = re.compile(rf"^(?:\s*(?:Tbk|Inc|Ltd|Corp|Co)\.?(?='|\u2019))?(?:'s|\u2019s)?\s+{cues.TITLE}\s*,?\s*{cues.HONORIFIC}*$")
# "BPJPH's Director of Halal Certification, X": a body's post with its field (a country's minister is ``MINISTER``'s)
TITLE_MID_FIELD = re.compile(rf"^(?:'s|\u2019s)\s+{cues.TITLE}\s+(?:of|for)\s+[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|and|&))*"
                              rf"\s*,\s*{cues.HONORIFIC}*$")
TITLE_START = re.compile(rf"^{cues.TITLE}\b")
# a title and the capitalised unit it heads, before the organisation: "Direktur Registrasi Obat BPOM"
TITLE_UNIT_END = re.compile(
    rf"(?<!\w){cues.TITLE}(?P<unit>(?:(?:\s+|,\s+)(?:[A-Z][\w-]*|dan|serta|&|kepada|untuk|bagi|of|and|for|the|at|in"
    r"|for\s+[a-z]+|\([A-Z][\w-]{1,10}(?:\s+[A-Z][\w-]{1,10})?\)))"  # "… Tekstil (IKFT) Kemenperin": the unit's acronym
    # (or the title's short form with it: "(Dirjen IKFT)")
    + "{1,18})\\s+(?:PT\\.?\\s*)?$"
)
# "Park Min-jae, Head of Global Business at Daewoong": a title and its unit after the name, then the organisation
TITLE_UNIT_AFTER = re.compile(
    rf"^(?:\s*,\s*{cues.DEGREE})*\s*,\s*(?:the\s+)?(?:[A-Z][a-z]+\s+){{0,2}}?{cues.TITLE}(?:\s+(?:[A-Z][\w-]*|of|and|for|&|the))*?\s+(?:at|di|pada|of)\s+(?:the\s+)?$"
)
# "X, guru besar ilmu kesehatan anak di Fakultas Kedokteran Y", "X, peneliti senior PT Y", "X, staf pengajar Departemen
# Ilmu Penyakit Dalam Fakultas Y", "X, who is currently a professor of pharmacology at Y": an academic or research post
# with its field in lower case (or a department) between the post and the body
ACADEMIC_AFTER = re.compile(
    rf"^(?:[\s,]|{cues.DEGREE}|\([^()]*\))*(?:,|\byang\s+(?:juga|kini|saat\s+ini)?\s*(?:merupakan|adalah|menjadi)|\b(?:juga\s+)?(?:merupakan|adalah)|"
    r"\bwho\s+is\s+(?:also\s+|currently\s+|now\s+)?|\bis\s+(?:also\s+|currently\s+|now\s+)?)\s*(?:an?\s+|the\s+)?"
    r"(?P<title>(?:guru\s+besar|dosen|peneliti|staf\s+pengajar|tenaga\s+pengajar|pengajar|profesor|(?:associate\s+|assistant\s+)?professor|"
    r"lecturer|researcher|senior\s+researcher|research\s+fellow|ilmuwan|scientist)(?:\s+(?:senior|utama|tamu|madya|muda|ahli|tetap))?)"
    r"(?:\s+(?:of\s+|in\s+)?[a-z][\w-]*){0,5}?"  # the field: "ilmu kesehatan anak", "of pharmacology"
    r"(?:\s+(?:Departemen|Bagian|Divisi|Program\s+Studi|Prodi|KSM|Department|Division)(?:\s+(?:[A-Z][\w-]*|dan|and|of|&)){1,6}?)?"
    r"\s+(?:(?:di|pada|dari|at|of|in|from)\s+(?:the\s+)?)?(?:PT\.?\s+)?$"
)
# "X, M.T., Direktur Industri Kimia Hilir dan Farmasi, Kementerian Perindustrian;": a roster line, the unit unnamed
TITLE_UNITS_ORG = re.compile(rf"^(?:[\s,]|{cues.DEGREE}|\([A-Z]\))*[,\u2013\u2014]\s*{cues.TITLE}(?:\s+(?:[A-Z][\w-]*|dan|serta|&)){{1,8}}\s*,?\s*$")
# "Duta Besar India untuk Indonesia, X" / "Perwakilan WHO untuk Indonesia, X": the post is the first name's
TITLE_BARE = re.compile(rf"(?<!\w){cues.TITLE}\s*{cues.HONORIFIC}*$")
TITLE_FIELD = re.compile(rf"(?<!\w){cues.TITLE}(?:\s+[A-Z][a-z]+){{1,2}}\s*{cues.HONORIFIC}*$")
REPRESENTED = re.compile(r"^\)?(?:\s*\(\u2588+\))?\s*,?\s+(?:(?:was|were|is|are)\s+represented(?:\s+(?:at|in)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,3}?)?\s+by|"
                         r"(?:yang\s+)?diwakili|represented\s+by|melalui|lewat|through)\s+(?:oleh\s+)?(?:the\s+|its\s+)?$", re.I)
# "… represented by the Director General of Pharmaceuticals and Medical Devices, X": a post with its unit's long name (or none:
# "Manajemen PT X melalui Corporate Secretary, Y": the bare post set off by a comma); REPRESENTED allows a masked
# "(ACR)" gloss after the firm ("PT X (XYZ) melalui …")
TITLE_LONG = re.compile(rf"(?<!\w){cues.TITLE}(?:,?\s+(?:of|for|the|and|dan|&|[A-Z][\w-]*)){{0,8}}\s*,\s*{cues.HONORIFIC}*$")
ON_SIDE = re.compile(r"\b(?:pihak|on\s+behalf\s+of|for)\s+$", re.I)
SIDE_GAP = re.compile(r"^\s*,[^\u2588,;]{0,50}\b(?:oleh|by)\s+(?:the\s+)?$", re.I)
# "Analis industri kesehatan dari Institut X, Rina": a field between the post and the body
ANALYST_OF = re.compile(r"(?<!\w)(?P<title>(?:Analis|Pengamat|Peneliti|Ekonom|Analyst|Researcher|Economist)(?:\s+[a-z]+){1,3})"
                         r"\s+(?:dari|di|pada|at|of|from)\s+(?:the\s+)?$")
UNIT_TRAIL = re.compile(r"(?:\s+(?:of|the|at|in))+$")  # "Director General of X of the" + "Ministry of Health"
FOR_FIELD = re.compile(r"\bfor\s+[a-z]+(?:\s+at)?$")  # "Minister-Counsellor for trade at the" + embassy
LEAD_GLOSS = re.compile(r"^\s*\([^()]{1,15}\)")
POSTED_TO = re.compile(r"^\s+(?:untuk|for|to|in|di)\s+$")
_STATE = r"(?:(?:Kerajaan|Republik(?:\s+Rakyat)?|Persatuan|Federasi|Keamiran|(?:the\s+)?(?:Kingdom|(?:People['\u2019]s\s+)?Republic|State)\s+of)\s+)?"
# "Duta Besar RI untuk (Kerajaan) Belanda, X"; "the Ambassador of the Republic of Indonesia to Japan, X", "Indonesian Ambassador to Japan"
ENVOY_RI = re.compile(rf"\b(?P<envoy>Duta\s+Besar|Dubes|Konsul\s+Jenderal|Konjen)\s+(?:RI|Republik\s+Indonesia)\s+(?P<to>untuk|di)\s+{_STATE}$"
                      rf"|\b(?P<en>(?<=Indonesian\s)(?:Ambassador|Consul[\s-]General)\s+|(?:Ambassador|Consul[\s-]General)\s+of\s+(?:the\s+Republic\s+of\s+)?"
                      rf"Indonesia\s+)(?P<to2>to)\s+(?:the\s+)?{_STATE}$")
UNIT_PARENT_GAP = re.compile(r"^\s*(?:(?:di|at|of|in|pada)\s+(?:the\s+)?)?$")
GAP_TO_PERSON = re.compile(rf"^(?:\.(?=\s*,))?(?:[\s,]|\([^()]*\)|\bRI\b|\bTNI(?:\s+AD|\s+AU|\s+AL)?\b|\blainnya\b|{cues.HONORIFIC}|{cues.LEGAL})*$")  # "Mayjen TNI (Purn.)"
# ("Minister of Investment and Downstream Industry, X": an English domain joined by "and")
# ("Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK) Pratikno": a longer domain with "dan")
MINISTER = re.compile(rf"\b(?P<vice>(?:Wakil|Deputy|Vice)\s+)?(?:Menteri|(?P<en>Minister\s+(?:of|for)(?:\s+the)?))\s+"
                      rf"(?P<dom>(?:[A-Z]\w+\s*){{1,3}}?|[A-Z]\w+(?:\s+[A-Z]\w+)?(?:,?\s+(?:and|&)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)|Koordinator\s+Bidang(?:\s+(?:[A-Z]\w+|dan)){{1,6}}?)\s*(?:\([^)]*\))?\s*,?\s*{cues.HONORIFIC}*$")

DESCRIBED = re.compile(r"^\s*,?\s*(?:selaku|sebagai|yang\s+merupakan|as)\s+(?:the\s+)?(?:induk\s+(?:usaha|perusahaan)|"
                        r"anak\s+(?:usaha|perusahaan)|pemilik|pemegang\s+saham|parent(?:\s+company)?|subsidiary|owner)"
                        r"(?:\s+(?:dari|of))?\s+$", re.I)
ORG_THEN_TITLE = re.compile(rf"^\s*,\s*{cues.TITLE}(?:\s+(?:[A-Z][\w-]*|dan|serta|&))*\s*,\s*{cues.HONORIFIC}*$")
ITS_TITLE = re.compile(rf"\b(?:Its|Their|Perusahaan\s+ini\s+dipimpin\s+oleh)\s+{cues.TITLE}"
                        r"(?:\s+(?:of|for)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)?\s*,\s*$")
THE_COMPANY = re.compile(r"\b(?:[Tt]he\s+Company(?:['\u2019]s)?|Perseroan)\b")  # a filing's defined term
POSSESSIVE_TITLE = re.compile(rf"(?<![\w\u2588])(?P<org>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}})(?:['\u2019]s|(?<=s)['\u2019])\s+{cues.TITLE}"
                               rf"\s*,?\s*{cues.HONORIFIC}*$")

watch(REPRESENTED, ANALYST_OF, TITLE_END, TITLE_UNIT_END, MINISTER, POSSESSIVE_TITLE, ITS_TITLE, TITLE_BARE)


# ``TITLE_END.search(text[:end])``, memoised (rules ask it again for the same name) and tried only
# where a title word starts
title_before = prefix_search(TITLE_END)
title_unit_before = prefix_search(TITLE_UNIT_END)
title_bare_before = prefix_search(TITLE_BARE)
