"""The phrases that point at a certificate's holder, for :mod:`.cert_holders`.

A reference to the site or company ("pabrik tersebut", "the facility", "perusahaan juga menerima …"), an aside about a
site's operator, a recipient after "kepada/untuk": the decision in ``cert_holders`` reads these; kept apart so that the
decision stays short enough to follow.
"""

from __future__ import annotations

import re

HOLDER_ANAPHOR = re.compile(
    r"\b(?:PBF|pedagang\s+besar\s+farmasi(?:\s+\([^()]{1,12}\))?)\s+(?:tersebut|itu)\b|"  # "Pedagang besar farmasi (PBF) tersebut"
    r"\b(?:fasilitas|pabrik|sarana|gudang|perusahaan|industri|the\s+(?:facility|plant|company|warehouse))\b(?:\s+[\w-]+){0,3}?"
    r"(?:\s+(?:di|in)\s+\u2588+)?\s+(?:tersebut|itu|ini)\b|"  # "fasilitas di Karawang itu"
    # "Prior to the inauguration, the facility obtained …"; "Its production facility in X is certified …" (the company's)
    r"\bthe\s+(?:facility|plant|site|warehouse)(?=\s+(?:(?:also|already|has|had|now)\s+)*(?:received|obtained|secured|earned|"
    r"holds|held|was\s+(?:granted|awarded|certified))\b)|^\W*Its\s+(?:[\w\u2588-]+\s+){0,3}?(?:facility|plant|factory)\b|\blini\s+produksi\b(?:\s+[\w.,-]+){0,4}?\s+(?:tersebut|itu|ini)\b|"
    # "perusahaan farmasi yang berdiri sejak 1998 itu": a relative clause inside the anaphor
    r"\b(?:perusahaan|pabrik|fasilitas|sarana)\s+(?:[\w-]+\s+){0,2}?yang\s+(?:[\w\u2588-]+,?\s+){1,9}?(?:itu|tersebut|ini)\b|\b(?:this|that)\s+(?:facility|plant|company)\b|^\W*the\s+(?:facility|plant|site|warehouse)\b|"
    r"\b(?:lini\s+produksi(?:\s+[a-z-]+){0,2}?|pabrik|fasilitas(?:\s+produksi)?)nya\b"
    # "Sebelumnya, fasilitas yang sama telah memperoleh sertifikat CPOB", "the same plant had obtained …": the site told of
    r"|\b(?:pabrik|fasilitas|sarana)(?:\s+produksi)?\s+yang\s+sama\b|\bthe\s+same\s+(?:facility|plant|warehouse)\b"
    # a bare "perusahaan" as the subject of receiving: "Pada Januari lalu, perusahaan juga menerima sertifikat"
    r"|\b(?:perusahaan|perseroan|the\s+company)(?=\s+(?:(?:juga|telah|sudah|pun|also|has|had)\s+)*"
    r"(?:menerima|mendapatkan|memperoleh|mengantongi|meraih|received|obtained|secured)\b)"
    # "It holds a CDOB certificate from BPOM": the company the sentence before describes
    r"|^\W*It(?=\s+(?:(?:also|already|now|has|had|was|is)\s+)*(?:holds?|held|received|obtained|secured|granted|awarded|certified)\b)"
    # "Fasilitas seluas 18.000 meter persegi tersebut": the site told by its size; "pabrik juga telah tersertifikasi": bare
    r"|\b(?:fasilitas|pabrik|sarana|gudang)\s+(?:seluas|berkapasitas|senilai|bernilai)\s+[\d.,]+(?:\s+[\w-]+){0,4}?\s+(?:tersebut|itu|ini)\b"
    r"|(?:^\W*|(?<=,\s)|(?<=;\s))(?:pabrik|fasilitas(?:\s+produksi)?)(?=\s+(?:(?:juga|telah|sudah|pun|kini)\s+)*"
    r"(?:(?:menerima|mendapatkan|mendapat|memperoleh|mengantongi|meraih)\b|$))",
    re.I,
)
# a site named by reference opens the sentence, an aside about its operator follows: the site is the subject
# (not "The facility, named the X Plant, received …": the apposition names the holder)
ASIDE = re.compile(r"^\W*(?:the\s+(?:plant|facility|site|factory)|(?:pabrik|fasilitas|sarana)(?:\s+[\w-]+){0,2}?\s+"
                    r"(?:tersebut|itu|ini))(?:\s*,(?!\s*(?:(?:named|called|dubbed|known\s+as|bernama|diberi\s+nama|yakni|yaitu)\b|(?:the\s+)?\u2588+\s*,))"
                    r"[^,;]{3,80},|\s+(?:is|was|has\s+been|dioperasikan|dikelola)\s+(?:operated|owned|run|"
                    r"managed|oleh)\b[^;]{3,120}?\s+(?:and|dan)\s+(?=(?:has\s+|had\s+|telah\s+|sudah\s+)?(?:received|obtained|"
                    r"secured|holds|menerima|memperoleh|mendapatkan|mengantongi)\b))", re.I)
# "Fasilitas sediaan cair dan padat X", "Pabrik X": the company's site opens the sentence, unnamed
FIRMS_SITE = re.compile(r"(?:[^.]{0,60}?\s[\u2013\u2014-]\s+)?\W*(?:fasilitas|pabrik|sarana)(?:\s+(?:produksi|sediaan|obat|[a-z]+))*\s+(?:milik\s+)?(?:PT\.?\s+)?", re.I)
BULLETS_NEXT = re.compile(r"(?:[^;.()]|\([^()]{0,60}\)){0,40}?\b(?:antara\s+lain|yaitu|yakni|di\s+antaranya|including|namely)?\s*:\s*$", re.I)
# "Pabrik perusahaan di X", "fasilitas produksi vaksin milik perseroan": the company's own unnamed site
COMPANY_SITE = re.compile(r"\b(?:pabrik|fasilitas|sarana|rumah\s+produksi)(?:\s+[\w-]+){0,3}?\s+(?:milik\s+)?(?:perusahaan|perseroan)\b"
                           r"(?!\s+(?:lain|farmasi\s+lain|tersebut|itu|ini)\b)"
                           r"|^\W*(?:pabrik|fasilitas(?:\s+produksi)?)\s+di\s+\u2588+\s+(?:telah|sudah|juga|kini)\b"  # "Pabrik di Cimahi telah …"
                           # "The Company announced that its production facility in X has been awarded …"
                           r"|\bthat\s+its\s+(?:[a-z-]+\s+){0,2}?(?:facility|plant|factory)\b", re.I)
# "sertifikat halal perusahaan yang diterbitkan BPJPH": the certificate of the company the story is about
FIRMS_OWN = re.compile(r"\s+(?:halal\s+|\u2588+\s+)?(?:milik\s+)?(?:perusahaan|perseroan)\s+(?:yang\s+)?(?:telah\s+|sudah\s+)?"
                        r"(?:diterbitkan|dikeluarkan|diberikan)\b", re.I)
BOTH_AFTER = re.compile(r",\s*(?:both|keduanya|kedua-duanya)\s+(?:(?:already|are|were|have\s+been|telah|sudah|juga)\s+)*$", re.I)
BOTH_SITES = re.compile(r"\b(?:kedua|both)\s+(?:pabrik|fasilitas|sarana|plants|facilities|sites)\b", re.I)
SITE_WORD = re.compile(r"(?:fasilitas|pabrik|sarana|gudang|the\s+(?:same\s+)?(?:facility|plant|warehouse)|(?:this|that)\s+(?:facility|plant|warehouse)|lini\s+produksi[\w\s-]*nya|lini\s+produksi\b(?:\s+[\w.,-]+){0,4}?\s+(?:tersebut|itu|ini))\b",
                        re.I)
STANDARD = re.compile(r"\b(?:sertifikasi|sertifikat|certificate|certification|certified)\s+(?P<std>[A-Z][A-Za-z/-]{1,10})\b")


# "… received a CDOB certificate", "menerima sertifikat": the story's certifier gave it (the standard may come between)
RECEIVED = re.compile(r"\b(?:menerima|mendapatkan|memperoleh|mendapat|received|receiving|penerima)\s+(?:(?:an?|the)\s+)?"
                       r"(?:\u2588+\s+)?$", re.I)
HALAL_NEXT = re.compile(r"\s+halal\b", re.I)
BPOM_STD = frozenset({"CPOB", "CPOTB", "CDOB", "CPKB"})  # the standards only BPOM certifies (not CPAKB: the ministry's)
# "sertifikat CDOB diberikan kepada …", "sertifikat kali ini diberikan untuk gudang barunya": given by the story's certifier
GIVEN_TO = re.compile(r"\s+(?:\u2588+\s+)?(?:(?:kali\s+ini|tersebut|itu|ini)\s+)?(?:(?:juga|pun|telah|sudah)\s+)*"
                       r"(?:diberikan|diserahkan)\s+(?:kepada|untuk|bagi)\s", re.I)
LIST_INTRO = re.compile(r"\s*(?:[A-Z]{2,6}\s+)?(?:antara\s+lain|yaitu|yakni|di\s+antaranya|terdapat|including|namely|:|"
                         r"(?:(?:ini|tersebut|itu)\s+)?(?:adalah|ialah|terdiri\s+(?:atas|dari)|meliputi|were|are|include[sd]?))\s*:?\s*(?:PT\.?\s*)?", re.I)
# "Pabrik X (, fasilitas) milik Y", "The X Plant, operated by Y,"
OWNED_BY = re.compile(r"^\s*(?:,[^\u2588]{0,60})?\b(?:milik|(?:operated|owned|run|managed)\s+by|(?:dioperasikan|dikelola)\s+oleh)"
                       r"\s+(?:PT\.?\s+)?$", re.I)

# "kepada manajemen perusahaan.", "to the Company's management": the company the story is about receives it
TO_FIRM = re.compile(r"\b(?:kepada|to)\s+(?:(?:pihak|manajemen|pimpinan|direksi|jajaran|perwakilan|the)\s+)*"
                      r"(?:perusahaan|perseroan|company['\u2019]s\s+(?:management|board|representatives?)|company)"
                      r"(?=\s*(?:[.,;]|$|\b(?:tersebut|itu|ini|by|oleh|pada|on|at|in|di|saat|during)\b))", re.I)
OWNER_OF_REF = re.compile(r"\s+(?:itu|tersebut|ini)\b")
# "kepada PT A", "untuk tiga lini produksi di Kendal Plant", "for two production lines at X": who holds it
FOR_HOLDER = re.compile(r"\b(?:kepada|untuk|bagi|milik|to|for)\s+(?:(?:[\w-]+\s+){0,2}(?:lini|jalur|production\s+lines?|lines?)"
                         r"(?:\s+[\w-]+){0,3}?\s+(?:di|at|in|milik|of)\s+(?:the\s+)?"
                         # "kepada dua pedagang besar farmasi (PBF), yaitu PT A …": the holders counted, then listed
                         r"|(?:dua|tiga|empat|lima|enam|tujuh|delapan|\d{1,2}|two|three|four|five|six)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
                         r"(?:\s+\([^()]{1,12}\))?\s*,?\s+(?:yaitu|yakni|antara\s+lain|masing-masing|namely)\s*:?\s+)?$", re.I)
