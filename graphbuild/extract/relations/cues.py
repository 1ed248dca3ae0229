"""Cue words and phrase patterns shared by the relation rules (Indonesian + English).

Kept as regex fragments in one place so a new cue is one edit and every family
module reads the same vocabulary. Fragments are used with ``re.IGNORECASE``
unless noted.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.speech import SAY_EN, SAY_STEM

# Job titles that introduce a person ("Kepala BPOM, X", "X, CEO of Y").
# Case-sensitive on purpose: a capitalised title is a role, "kepala" is a noun.
TITLES: tuple[str, ...] = (
    "Wakil Kepala", "Kepala", "Plt\\. Kepala", "Plt Kepala",
    "Direktur Utama", "Direktur Jenderal", "Direktur Eksekutif", "Direktur", "Dirjen", "Dirut",
    "Deputi", "Deputy", "Menko", "Sekretaris Jenderal", "Sekretaris Utama", "Sekretaris", "Sekjen", "Sestama",
    "Inspektur Utama", "Presiden Komisaris", "Presiden Direktur", "Presdir", "Komisaris Utama",
    "Komisaris", "Komisioner", "Wakil Presiden", "Presiden", "Ketua Umum", "Wakil Ketua", "Ketua", "Wakil Menteri",
    "Menteri", "Wamen", "Gubernur", "Wakil Gubernur", "Bupati", "Wakil Bupati", "Wali Kota", "Walikota",
    "Wakil Walikota", "Wakil Wali Kota", "Duta Besar", "Dubes", "Konsul Jenderal", "Konjen", "Konsul", "Rektor", "Rector",
    "Dekan", "Pendiri", "Manajer", "General Manager", "Country Manager", "Country Director", "Country Head", "Chief Executive Officer", "Chief Operating Officer",
    "Chief Financial Officer", "CEO", "COO", "CFO", "CTO", "Chairman", "Chairwoman", "Chairperson",
    "Executive Vice President", "Senior Vice President", "Secretary General", "Secretary-General", "Permanent Secretary",
    "First Assistant Secretary", "Assistant Secretary", "Secretary", "Chief Executive",  # "X, First Assistant Secretary TGA"
    "Vice President Director", "President Director", "President Commissioner", "Deputy Director",
    "Vice President", "President", "Managing Director", "Executive Director", "Director General",
    "Director", "Head", "Minister", "Mayor", "Governor", "Ambassador", "Founder", "Commissioner",
    "Analis", "Analyst", "Ekonom", "Economist", "Guru Besar", "guru besar",
    "Wakil Direktur", "Perwakilan", "Representative", "Minister-Counsellor", "Counsellor",
    "Deputy Chief of Mission", "Chargé d'Affaires", "Charge d'Affaires", "Attaché", "Attache", "Atase",
    "Corporate Secretary", "Sekretaris Perusahaan", "Juru Bicara", "Juru bicara", "Jubir", "Spokesperson",
    "Peneliti", "Researcher", "peneliti", "Manager", "Regent", "Deputy Regent", "Vice Regent", "Vice Governor",
    "Deputy Governor", "Deputy Mayor", "Deputy Minister", "Vice Minister", "chief executive officer", "chief executive",
    "president director", "managing director", "director general", "head", "pendiri", "founder", "Pemilik", "pemilik", "owner", "Dosen", "dosen", "staf pengajar", "tenaga pengajar", "pengajar", "Pengajar",
    "Lecturer", "lecturer", "analis", "analyst", "researcher", "ekonom", "economist",
    r"Chief\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Officer", "Managing Partner", "General Partner", "Founding Partner", "Koordinator", "Coordinator", "Kasat", "Kanit", "Kabid", "Kabag", "Kasubdit", "Kasubbag", "Kapolda", "Kapolres", "Kapolresta", "Kapolrestabes", "Kapolsek", r"Dirres[a-z]+", r"Wadirres[a-z]+",  # "Chief Scientific Officer", "Chief Business Development Officer"
)
_TITLE_ALT = "|".join(sorted(TITLES, key=len, reverse=True))
# a title, optionally numbered ("Deputi I") or with an English "of"
TITLE = rf"(?P<title>(?:{_TITLE_ALT})(?:\s+(?:I|II|III|IV|V)\b)?)"
TITLE_RE = re.compile(rf"\b{TITLE}")

HONORIFIC = (
    r"(?:(?:rer\.\s?nat|Adj|Assoc|Prof|Dr|dr|drg|drh|Ir|H|Hj|Drs|Dra|drs|dra|apt|Apt|Mr|Mrs|Ms|Bapak|Ibu|Pak|Bu|Sdr|Sdri|Ny|Tn|Nn"
    r"|Kombes|AKBP|AKP|Kompol|Brigjen|Irjen|Komjen|Kolonel|Letkol|Mayjen|Laksma|Marsma|Pol|\((?:H\.?C|h\.c)\.?\))\.?\s*)"  # "Dr. (H.C.)": honoris causa
)
DEGREE = (
    r"(?:M\.?\s?Biomed|Ph\.?\s?D|M\.?\s?Sc|S\.?\s?Farm|M\.\s?Farm\.\s?Klin|M\.?\s?Farm|M\.?\s?Pharm|M\.\s?Eng|B\.\s?Sc|Lc(?=\.)|DVM\b|M\.\s?A\.\s?P(?=\.)|M\.\s?P\.\s?P(?=\.)|Apt|M\.?\s?Kes|M\.?\s?Epid|M\.?\s?B\.?\s?A|M\.?\s?H|"
    r"S\.?\s?H|M\.?\s?M|M\.?\s?T|S\.?\s?T|MPH|M\.?\s?P\.?\s?H|M\.?\s?Si|S\.?\s?Si|S\.?\s?E|(?:Sub)?[Ss]p\.?\s?\w{1,4}(?:-\w{1,5})?(?:\.\s?\w{1,3})?|S\.?\s?Ked|M\.?\s?Pd|"
    r"S\.\s?Ag|M\.\s?Ag|M\.\s?E|S\.\s?Sos|S\.\s?Kom|M\.\s?Kom|S\.\s?Psi|M\.\s?Psi|S\.\s?K\.?\s?M|M\.\s?K\.?\s?M|MARS\b|M\.A\.R\.S|Dr\.?PH\b|MKM\b|SKM\b|FINASIM\b|FACP\b|FRCP\b|S\.I\.K|M\.A(?=\.))\.?"
)
LEGAL = r"(?:PT\.?|Tbk\.?|\(Persero\)|Persero|Ltd\.?|Inc\.?|Co\.?|Corp\.?)"

# a gap that is only punctuation, parentheticals, honorifics or degrees
GAP_APPOS = re.compile(rf"^(?:[\s,]|\([^()]*\)|{HONORIFIC}|{DEGREE}|{LEGAL})*$")
# a gap that only separates list items
LIST_SEP = re.compile(r"^(?:[\s,/&]|\([^()]*\)|\b(?:dan|serta|and|maupun|atau|or)\b)*$", re.I)

CLAUSE_END = re.compile(
    r"\b(?:yang|untuk|guna|agar|supaya|sehingga|karena|namun|tetapi|sedangkan|ketika|saat(?!\s+ini\b)|which|who|where|while"
    r"|whereas|because)\b|[;:!?\u201c\u201d\"]",
    re.I,
)

# how many a counted reference means: "kedua/ketiga produk itu", "both", "the three companies", "dua pabrik"
COUNT_WORDS = {"kedua": 2, "dua": 2, "two": 2, "both": 2, "ketiga": 3, "tiga": 3, "three": 3, "keempat": 4, "empat": 4,
               "four": 4, "kelima": 5, "lima": 5, "five": 5, "keenam": 6, "enam": 6, "six": 6, "tujuh": 7, "seven": 7,
               "delapan": 8, "eight": 8, "sembilan": 9, "sepuluh": 10}

# relation cues
VISIT = re.compile(r"\b(?:kunjungan(?:nya)?(?:\s+kerja|\s+resmi)?|berkunjung|lawatan(?:nya)?|visit(?:ed|s)?|trip"
                   r"|(?:inspeksi(?:\s+mendadak)?|sidak)(?=\s+ke\b))\b", re.I)  # "melakukan sidak ke PBF X": an inspection visit
VISIT_DIRECT = re.compile(
    r"\b(?:mengunjungi|menyambangi|mendatangi|meninjau|peninjauan(?:\s+ke)?|melawat\s+ke|visited|toured|inspected"
    r"|singgah\s+(?:di|ke)|mampir\s+(?:di|ke)|(?:paid|made)\s+(?:a\s+|an\s+)?(?:\w+\s+)?visits?\s+to(?:\s+the)?)\b", re.I
)
MEET = re.compile(
    r"\b(?:bersama(?:\s+dengan)?|bertemu(?:\s+dengan)?|pertemuan(?:\s+bilateral|\s+tertutup|\s+khusus)?\s+dengan|disambut\s+(?:langsung\s+)?oleh|"
    r"diterima\s+(?:langsung\s+)?oleh|menerima\s+(?:kunjungan\s+)?|berdiskusi\s+dengan|(?:ber)?audiensi\s+dengan|menemui|"
    r"bertatap\s+muka\s+dengan|(?:berdialog|bersilaturahmi|berbincang(?:-bincang)?)\s+dengan|"
    r"met\s+(?:with\s+)?|meeting\s+with|welcomed\s+by|received\s+by|courtesy\s+call\s+(?:on|to|kepada|ke)|held\s+talks\s+with|"
    r"kunjungan\s+(?:kehormatan|silaturahmi|courtesy\s+call)\s+(?:kepada|ke\s+kediaman|terhadap))",
    re.I,
)
PARTNER = re.compile(
    r"\b(?:kerja\s*sama|bekerja\s*sama|bekerja(?=\s+bersama\s)|kolaborasi|kolaboratif|berkolaborasi|bermitra|kemitraan|menggandeng|gandeng|berkoordinasi|"
    r"digandeng|sinergi|bersinergi|partnership|partnered|partners|partner(?=\s+with\s)|collaborat\w*|cooperat\w*|teamed\s+up|"
    r"menggaet|merangkul|bahu-membahu|berkongsi|berpatungan|work(?:s|ed|ing)\s+(?:closely\s+)?(?=with\s)|"
    r"pertemuan\s+bilateral|bilateral\s+(?:meeting|talks)|"  # two regulators meeting as counterparts (not two people)
    # "A agreed with B to jointly develop …", "A sepakat dengan B untuk bersama-sama …": a joint undertaking, not assent
    r"agree[sd]?(?=\s+with\s[^;]{1,90}?\bto\s+(?:jointly|co-develop|co-market|collaborate)\b)|"
    r"sepakat(?=\s+dengan\s[^;]{1,90}?\buntuk\s+(?:bersama-sama|bekerja\s*sama|berkolaborasi)\b)|"
    r"(?:perusahaan|usaha)\s+patungan|joint\s+venture|join(?:s|ed|ing)?\s+forces|(?:strategic\s+)?alliance|aliansi|"
    r"(?:nota\s+kesepahaman|MoU|memorandum\s+of\s+understanding)(?=\s+(?:antara|between)\s))\b",
    re.I,
)
MEMBER = re.compile(r"\b(?:keanggotaan|anggota|(?:bergabung|tergabung)\s+(?:dengan|ke\s+dalam|dalam)|members?(?:hip)?|joined)\b", re.I)
# "listed on the Indonesia Stock Exchange", "tercatat di BEI": the exchange only describes the company before it
LISTED_ON = r"listed\s+on|traded\s+on|tercatat\s+(?:di|pada)|melantai\s+di"

SUBSIDIARY = re.compile(
    r"\b(?:anak\s+(?:usaha|perusahaan)(?:nya)?|entitas\s+anak(?:\s+usaha)?|subsidiary|subsidiaries|unit\s+usaha|unit(?=\s+of\b)|bagian\s+dari\s+(?:grup|group|kelompok\s+usaha|jaringan)"
    r"|perusahaan\s+(?:yang\s+)?(?:dimiliki\s+oleh|milik)|(?:company|firm)\s+owned\s+by"
    r"|(?<=[\u2588)]\s)milik(?=\s+(?:PT\.?\s+)?\u2588)"  # "PT Indofarma Global Medika (IGM) milik Indofarma"
    r"|part\s+of\s+(?:the\s+)?(?=\S+\s+(?:Group|Grup)\b)"
    r"|(?:distribution|manufacturing|marketing|trading|commercial|sales|wholesale|retail|logistics|investment)\s+arm)\b",  # "its distribution arm, PT B"
    re.I,
)
# "Kimia Farma sendiri berada di bawah PT Bio Farma (Persero)": between companies, ownership
UNDER = re.compile(r"\b(?:berada\s+di\s+bawah(?:\s+(?:naungan|payung))?|di\s+bawah\s+(?:naungan|payung))\s+", re.I)
PARENT = re.compile(r"\b(?:(?:induk\s+(?:usaha|perusahaan)|perusahaan\s+induk|entitas\s+induk)(?:nya)?|parent\s+company)\b", re.I)
# "lulus inspeksi CPOB", "lulus audit CPKB": passing the inspection is how the certificate is reported
CERTIFY = re.compile(r"\b(?:sertifikasi|sertifikat|tersertifikasi|bersertifikat|certified|certificat(?:es?|ions?)|re-?sertifikasi|re-?certifi(?:ed|cations?)|lulus\s+(?:inspeksi|audit)|passed\s+(?:an?\s+|its\s+|the\s+)?(?:\u2588+\s+|GMP\s+)?(?:inspection|audit)"
                     # "dinyatakan memenuhi persyaratan CPOB oleh Badan POM"
                     r"|memenuhi\s+(?:standar|persyaratan|syarat|ketentuan)(?=\s+(?:\u2588|CP\w{2,3}\b|CDOB\b|GMP\b|cara\b|good\b)))",
                     re.I)
REVOKE = re.compile(
    r"\b(?:mencabut|pencabutan|dicabut|membekukan|pembekuan|dibekukan|menghentikan\s+sementara|"
    # "menarik izin edar P": withdrawing the permit (not "menarik produk dari peredaran", a recall)
    r"menarik\s+(?=(?:kembali\s+)?(?:izin|sertifikat|NIE|nomor\s+izin|notifikasi)\b)|"
    r"membatalkan\s+(?=izin|sertifikat|NIE|nomor|notifikasi)|pembatalan\s+(?=izin|sertifikat|NIE|nomor|notifikasi)|"
    # a headline's bare verb: "BPOM Cabut Izin Edar Dua Sirup dan Bekukan Sertifikat CPOB PT X"
    r"(?-i:Cabut|Bekukan)(?=\s+(?-i:Izin|Sertifikat|Notifikasi|NIE|Nomor)\b)|"
    r"sanksi|revok\w*|suspend\w*|withdr[ae]w\w*|cancel+ed(?=\s+(?:by|the\s+(?:marketing|licen[cs]e|registration|certificate|permit|approval|GMP))\b))\b",  # "the licence was cancelled by BPOM"
    re.I,
)
APPROVE = re.compile(
    r"\b(?:izin\s+edar|persetujuan|NIE|EUA|disetujui|menyetujui(?:nya)?|approv\w*|authori[sz]ations?|marketing\s+authori[sz]ations?"
    r"|izin\s+penggunaan\s+darurat|lampu\s+hijau"  # "mendapat lampu hijau dari BPOM"
    # "P was cleared by the FDA", "BPOM authorised P for emergency use" (not "an authorised distributor")
    r"|cleared(?=\s+by\b)|authori[sz]ed(?=\s+(?:by\b|\u2588))"
    # a cosmetic's notification, got: "telah memperoleh nomor notifikasi dari BPOM" (not "membatalkan notifikasi")
    r"|(?:(?<=memperoleh\s)|(?<=mengantongi\s)|(?<=mendapat\s)|(?<=mendapatkan\s)|(?<=menerima\s))(?:nomor\s+)?notifikasi"
    r"|(?:(?<=received\s)|(?<=obtained\s)|(?<=secured\s))(?:(?:a|its|their)\s+)?(?:cosmetic\s+)?notification)\b",  # "received cosmetic notification numbers"
    re.I,
)
REGISTER = re.compile(r"\b(?:registrasi|pendaftaran|didaftarkan|terdaftar|mendaftarkan|regist(?:ered|ration)|"
                      r"ternotifikasi|"  # a cosmetic's registration: "telah ternotifikasi di BPOM"
                      # "submitted for cosmetic notification to BPOM", "undergoing notification review at BPOM"
                      r"(?<=for\s)(?:cosmetic\s+)?notification|notification(?=\s+(?:review|process)\b)|"
                      r"prakualifikasi|prequalification|marketing\s+authori[sz]ation\s+(?:applications?|dossiers?)"
                      r"|registration\s+dossier)\b", re.I)
SIGN = re.compile(
    r"\b(?:menandatangani|ditandatangani|penandatanganan|meneken|diteken|menyepakati|sign(?:ed|ing|s)?|"
    r"entered\s+into|enters\s+into|inked|concluded"
    r"|(?:menghasilkan|melahirkan|resulted\s+in)(?=\s+(?:(?:an?|the|sebuah)\s+)?\u2588)"  # "Pertemuan itu menghasilkan MoU X antara A dan B": a named deal made
    # "today announced an exclusive license agreement with B": a deal announced is a deal made
    r"|(?:announced|announces|mengumumkan)(?=\s+(?:(?:an?|the|its|sebuah)\s+)?(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:agreements?|deal|partnership|collaboration|MoU|memorandum|perjanjian|kesepakatan|kerja\s*sama)\b))\b",
    re.I,
)
LICENSE = re.compile(
    r"\b(?:lisensi|melisensikan|license[ds]?|licence[ds]?|licensing|hak\s+eksklusif|exclusive\s+rights?"
    r"|rights?\s+to\s+(?:manufacture|produce)|hak\s+(?:untuk\s+)?memproduksi)\b", re.I  # "grants B rights to manufacture P"
)
# "markets"/"market" as a verb, not the noun ("for the Indonesian and ASEAN markets", "market share"): an object
# follows; "marketing authorization" is the regulator's; "post-market" is surveillance
EN_MARKET = (r"(?<!-)market(?:ed|ing)(?!\s+(?:authori[sz]ation|approval|application))|(?<!-)markets?(?=\s+(?!(?:in|and|of|for|to|"
             r"across|worldwide|globally|such|like|including|where|that|which|are|is|was|were|with|as|share|leaders?|size|growth|"
             r"access|entry|value|cap|research|penetration|expansion|segments?|players?|conditions|demand|needs)\b)[\w\u2588\"'])")
MARKET = re.compile(
    rf"\b(?:memasarkan|mendistribusikan|menjual|pemasaran|distribusi|{EN_MARKET}|distribut\w*|mengedarkan|menyalurkan"
    r"|commerciali[sz]\w*)\b",
    re.I,
)
DEVELOP = re.compile(
    r"\b(?:mengembangkan|memproduksi|diproduksi\s+oleh|dikembangkan\s+oleh|develop(?:s|ed)?|manufactur\w*|produces?|makes"
    r"|memformulasikan|formulates"  # "A memformulasikan sirup P"
    r"|pemilik\s+merek|pemegang\s+merek|brand\s+owner|produsen|pengembang|maker\s+of"
    r"|meluncurkan|launch(?:es|ed)?|(?:mem)?perkenalkan|mengenalkan|introduc(?:es|ed)|unveil(?:s|ed)?"
    r"|memamerkan|menampilkan|showcas(?:es|ed)|exhibit(?:s|ed))\b",  # an exhibitor's own products at an expo
    re.I,
)
ORGANIZE = re.compile(
    r"\b(?:menyelenggarakan|menggelar|menghelat|mengadakan|menginisiasi|memprakarsai|menggagas|co-hosted|co-organi[sz]ed|(?:menjadi\s+)?tuan\s+rumah|organi[sz]ed|hosted|hosts|convened|"
    r"(?:selaku|sebagai)\s+(?:pihak\s+)?penyelenggara|as\s+(?:the\s+)?(?:co-)?organi[sz]er\s+of)\b",
    re.I,
)
ORGANIZED_BY = re.compile(
    r"\b(?:diselenggarakan|digelar|dihelat|diadakan|diprakarsai|diinisiasi|diinisiasikan|digagas|organi[sz]ed|hosted|initiated)"
    r"(?:\s+(?:\w+\s+){0,2}?(?:oleh|by)\b|(?=\s+\u2588)"  # "yang diselenggarakan BBPOM di Surabaya" (no "oleh")
    # "digelar di Bandung pada 23 April 2025 oleh A", "held in Jakarta on 5 May by A": place and date before the agent
    r"|\s+(?:di|pada|at|in|on)\s+(?:(?!\b(?:yang|dan|serta|di[a-z]{3,}|and|which|attended|opened|with|before|after)\b)[^.;:]){1,70}?\s(?:oleh|by)\b"
    r"|\s+(?:atas\s+)?(?:bekerja\s*sama|kerja\s*sama|berkolaborasi|bersinergi)\s+dengan\b"  # "… diselenggarakan bekerja sama dengan A"
    r"|\s+bersama\s+(?=\u2588))"  # "Kegiatan tersebut digelar bersama Pemkab X dan Dinas Y": co-hosts
    r"|\b(?:merupakan\s+)?(?:inisiatif|prakarsa)\s+(?=\u2588)"  # "Forum X merupakan inisiatif GPFI"
    r"|\b(?:merupakan\s+)?(?:hasil|atas|berkat)\s+(?:kolaborasi|kerja\s*sama)\s+(?:antara\s+)?(?=\u2588)"  # "… hasil kolaborasi A dan B"
    r"|\b(?:co-)?(?:organi[sz]ers?|penyelenggara(?:nya)?)\s+(?:(?:adalah|were|was|is)\s+)?(?=\u2588)"
    r"|\b(?:was|were|is|be|being)\s+held\s+(?:at|in|on)\s+(?:(?!\b(?:and|which|attended|opened|with|before|after)\b)[^.;:]){1,70}?\sby\b",
    re.I,
)
# "oleh A bersama B", "by A together with the B": co-organisers
WITH = re.compile(
    r"^\s*(?:\([^()]*\))?\s*,?\s*(?:bersama(?:-sama)?(?:\s+dengan)?|together\s+with|in\s+(?:cooperation|partnership)\s+with"
    r"|bekerja\s*sama\s+dengan)\s+(?:the\s+)?$",
    re.I,
)
ATTENDED_BY = re.compile(r"\b(?:dihadiri|diikuti|attended)\s+(?:\w+\s+)?(?:oleh|by)?", re.I)
ATTEND = re.compile(r"\b(?:hadir|menghadiri|mengikuti|attended|told|addressed|presented|exhibited|showcased|memamerkan|ditemui|delivered\s+(?:the\s+|a\s+)?(?:keynote|opening|closing)|spoke|membuka|opened|berbicara|berpartisipasi|(?:ikut|turut)\s+serta|"
                    r"ambil\s+bagian|took\s+part|participated|participates|joined)\b", re.I)
OPENED_BY = re.compile(r"\b(?:dibuka|ditutup|opened|closed|[Pp]embukaan\s+(?:\w+\s+){0,2}?dilakukan)\s+(?:\w+\s+){0,2}?(?:oleh|by)\b"
                       r"|\b(?:dibuka|ditutup)\s+(?=(?:[A-Z][\w.]*\s+){0,4}\u2588)")  # "yang dibuka Kepala BPOM X" (no "oleh"); who closed it was there too
SPEAKER = re.compile(r"\b(?:narasumber|pembicara|panelis|pemateri|moderator|speakers?|panelists?)\b", re.I)
SPEECH = re.compile(
    rf"\b{SAY_STEM}\b|\b(?:{SAY_EN})\b", re.I
)
EVENT_ANAPHOR = re.compile(
    r"\b(?:acara|kegiatan|pertemuan|rapat(?:\s+koordinasi)?|forum|seminar|webinar|konferensi|lokakarya|workshop|pelatihan|"
    r"bimtek|bimbingan\s+teknis|sosialisasi|sarasehan|training|"
    r"kuliah|kesempatan|simposium|kongres|pameran|ajang|perhelatan|gelaran|expo|event|meeting|conference|symposium|summit|"
    r"temu|rakor|rakornas|rakernas|rakerda|munas|musyawarah|diskusi|dialog|talkshow|festival|roundtable|"  # "Temu bisnis tersebut"
    r"occasion|exhibition|malam\s+(?:penghargaan|penganugerahan|anugerah|puncak)|upacara|seremoni)\b"  # "Malam penghargaan itu …"
    r"(?:\s+[\w\u2588-]+){0,8}?\s+(?:ini|tersebut|itu)\b"  # names inside are masked: "pertemuan … ASEAN itu"
    r"|\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:event|meeting|conference|forum|symposium|summit|occasion|exhibition|"
    r"workshop|seminar|webinar|training|roundtable|round-table|dialogue|congress|convention|business\s+matching|"
    r"expo|fair)\b"  # "The one-day business matching event was organised by …", "The roundtable was hosted by …"
    # a sentence that opens with the bare kind of the event just named: "Simposium yang digelar …"
    r"|^\W*(?:acara|kegiatan|pertemuan|rapat|forum|seminar|webinar|konferensi|lokakarya|simposium|kongres|pameran|ajang|"
    r"workshop|pelatihan|bimtek|bimbingan\s+teknis|sosialisasi|sarasehan|training|"
    r"perhelatan|gelaran|munas|musyawarah(?:\s+nasional)?|rakernas|rakor|rakornas|muktamar|mukernas|rapimnas)"
    r"\s+(?:yang|itu|ini|tersebut|dihadiri|diikuti|dibuka|berlangsung|digelar|diselenggarakan|dilaksanakan|diadakan|dihelat|dipimpin)\b"
    # "Pembukaan pameran dihadiri oleh …": the opening of the event just named
    r"|^\W*(?:pembukaan|penutupan|pelaksanaan|peresmian|rangkaian)\s+(?:acara|kegiatan|pertemuan|forum|seminar|webinar|"
    r"konferensi|lokakarya|simposium|kongres|pameran|expo)\b",
    re.I,
)

# "tidak menjalin kerja sama dengan", "belum bekerja sama", "has not partnered", "batal mengunjungi": a cue
# denied or called off states no relation ("tidak hanya" / "belum lama ini" / "not only" are no denial, nor
# "tidak lepas dari / tak terlepas dari kolaborasi A dan B" or "tidak lain": owing to)
NEGATED = re.compile(r"\b(?:tidak|tak|belum|bukan|batal|gagal|urung|membantah|menolak|not|never|no\s+longer|denied"
                     r"|berhenti|seharusnya|semestinya|stopped|ceased|kehilangan\s+hak|lost\s+(?:the\s+|its\s+)?rights?)\s+"
                     r"(?!hanya\b|lama\b|only\b|(?:ter)?lepas\b|lain\b)(?:[a-z]+\s+){0,2}$", re.I)


def in_brackets(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside a bracket opened before it: "A (ceftriaxone 1 g)", "(IDX: SMDN)"."""
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def negated(masked: str, pos: int) -> bool:
    """Whether the cue starting at ``pos`` is denied by a negation just before it."""
    return NEGATED.search(masked[max(0, pos - 40) : pos]) is not None

# "Pabrik tersebut", "Fasilitas seluas 4,5 hektare itu", "the plant": a site named before, by reference
SITE_ANAPHOR = re.compile(r"\b(?:fasilitas|pabrik|plant|facility|factory)(?:\s+[\w,]+){0,4}?\s+(?:itu|tersebut|ini)\b"
                          r"|\b(?:the|this)\s+(?:plant|facility|factory)\b", re.I)

# a trading company's name: "PT X Distribusi Farma", "Y Distributors Sdn Bhd", "PT Z Niaga" (sells, makes nothing)
SELLER_NAME = re.compile(r"\b(?:Distribusi|Distributor|Distributors|Distribution|Niaga|Trading|Logistik|Logistics)\b")
