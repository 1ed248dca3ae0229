"""Site furniture removal and byline capture, line by line.

Scraped articles carry text that is not the article: "BACA JUGA" teasers,
share bars, comment forms, hotline/contact blocks, view counters, lone menu
words. Left in, they become false entities (phone numbers, "Bagikan") and false
relations. Rules are deliberately line-anchored and conservative: a line goes
only when its *start* marks it as furniture (or it is a lone menu word), so a
content line that merely mentions "email" or a date stays. Bylines ("Redaktur :
X") are removed from the text too and returned as authors: they name the
writers, not people in the story.

All patterns are anchored or guarded and contain no nested unbounded
repetition, so cost is linear in the text length.
"""

from __future__ import annotations

import re

from graphbuild.ingest.dates import find_dates

_CLOUDFLARE = re.compile(r"\[\s?email(?:\s|&#160;|&nbsp;|\xa0)?protected\s?\]|/cdn-cgi/l/email-protection\S*", re.I)
_COUNTER = re.compile(
    r"\b(?:dilihat|dibaca)\s*:?\s*[\d.,]{1,15}\s*(?:kali|x)\b|\bviews?\s*:\s*[\d.,]{1,15}\b"
    r"|\b[\d.,]{1,15}\s+(?:views|kali\s+dilihat|kali\s+dibaca)\b",
    re.I,
)
_FLAGS = re.IGNORECASE
_TEASER_MAX = 300  # characters: longer lines are never dropped whole as furniture

_DROP = re.compile(
    r"^(?:"
    r"(?:baca|lihat|simak|cek)\s+(?:juga|pula)\b"
    r"|(?:artikel|berita)\s+(?:terkait|lainnya|populer|terpopuler|pilihan)\b"
    r"|simak\s+(?:berita|video|selengkapnya|juga)\b"
    r"|read\s+(?:more|also)\b"
    r"|klik\s+di\s?sini\b"
    r"|(?:bagikan|share|sebarkan|share\s+this)(?:\s+(?:artikel|berita|halaman)\s+ini)?\s*:?"
    r"(?:\s*(?:facebook|twitter|x|whatsapp|telegram|line|linkedin|e-?mail|pinterest|copy\s+link|salin\s+(?:tautan|link))\b[\s,|/]*)*$"
    r"|required\s+fields\s+are\s+marked\b"
    r"|save\s+my\s+name,?\s+email\b"
    r"|(?:post|kirim)\s+(?:comment|komentar)\s*$"
    r"|cancel\s+reply\s*$"
    r"|(?:advertisement|advertorial|iklan|sponsored|scroll\s+to\s+continue\s+with\s+content)\s*$"
    r"|artikel\s+ini\s+telah\s+(?:tayang|terbit)\b"
    r"|(?:ikuti|follow)\s+(?:kami|us|berita|update|akun|saluran|channel)\b.{0,200}$"
    r"|dapatkan\s+(?:update|berita|informasi)\b.{0,200}$"
    r"|(?:copyright|hak\s+cipta)\s*(?:©|\(c\)|\d{4}|dilindungi)"
    r"|(?:©|\(c\))\s*\d{4}\b.{0,200}$"
    r"|(?:foto|fotografer|sumber\s+foto|ilustrasi)\s*:.{0,150}$"
    r"|[*_]{0,2}(?:tags?|topik|kata\s+kunci|keywords?)\s*:.{0,250}$"  # a page's tag list: names out of any sentence
    r")",
    _FLAGS,
)
_END = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)|tinggalkan\s+(?:balasan|komentar)"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published|alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan)\b",
    _FLAGS,
)
_CONTACT_WORDS = (
    r"(?:telp|telepon|tlp|tel|phone|ph|fax|faks|faksimil[ei]|facsimile|sms|e-?mail|surel|hotline"
    r"|call\s*cent(?:er|re)|contact\s*cent(?:er|re)|wa|whatsapp|hp|alamat\s+e-?mail|kontak|contact)"
)
_CONTACT_START = re.compile(rf"^{_CONTACT_WORDS}\b", _FLAGS)
_CONTACT_VALUE = re.compile(rf"^{_CONTACT_WORDS}\.?\s*(?::|\(|\+|\d)", _FLAGS)
_CONTACT_ANY = re.compile(rf"\b{_CONTACT_WORDS}\b", _FLAGS)
_DIGITS = re.compile(r"\d{3,}")
_MORE_INFO = re.compile(r"informasi\s+lebih\s+lanjut\b.{0,80}\b(?:hubungi|menghubungi)\b", _FLAGS)

_ROLES = r"(?:redaktur|reporter|editor|penulis|pewarta|penyunting|author|writer|jurnalis|kontributor|wartawan|ditulis\s+oleh|oleh)"
_BYLINE = re.compile(rf"^{_ROLES}\s*:", _FLAGS)
_BYLINE_SPLIT = re.compile(rf"(?:^|[|;,/]\s*|\s)\b{_ROLES}\s*:\s*", _FLAGS)
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bdan\b)\s*", _FLAGS)
# "Oleh: Rina Sari | 07 Des 2026 10:15 WIB", "Penulis: Rina Sari - detikHealth": a byline's names come
# first; a bar, bullet or spaced dash opens the stamp or the outlet after them
_BYLINE_TAIL = re.compile(r"\s*(?:[|•·]|\s[-–—]\s)\s*")
_PAREN = re.compile(r"\([^()]{0,40}\)")

MENU_WORDS = frozenset(
    """beranda home berita news terkini terbaru populer trending tekno teknologi sarana nasional internasional
    ekonomi bisnis finansial olahraga sport hiburan lifestyle otomotif politik hukum daerah regional metro
    megapolitan opini kolom foto video infografis indeks index menu share tweet cetak print kembali back
    selengkapnya tags tag topik iklan advertisement login masuk daftar register cari search komentar comments
    kategori category kesehatan health edukasi pendidikan sains travel kuliner sosial humaniora galeri gallery
    kontak redaksi karir layanan publikasi profil ppid previous next sebelumnya berikutnya related facebook
    twitter instagram youtube whatsapp telegram linkedin tiktok bagikan""".split()
)
_MENU_TRIM = " \t:»›>+|•·-–—!"

# The first two characters (lower-cased) that each line-start pattern can match at: a line whose two
# ASCII first characters are not among them skips that pattern's call. (Non-ASCII heads always try
# it: under IGNORECASE "ſ", "K", "İ" and "ı" match ASCII letters.) Keep in step with the patterns.
_DROP_HEADS = frozenset(
    "ba li si ce ar be re kl sh se sa po ki ca ad ik sp sc fo da co ha (c su il ta to ka ke *t ** *k _t _k __".split()
)
_BYLINE_HEADS = frozenset("re ep ed pe au wr ju ko wa di ol".split())
_CONTACT_HEADS = frozenset("te tl ph fa sm e- em su ho ca co wa wh hp al ko".split())
_END_HEADS = frozenset("le ti yo al".split())


def _is_contact(line: str, low: str, start: bool = True) -> bool:
    """A contact/hotline line; ``start``: whether the line may open with a contact word (see ``_CONTACT_HEADS``)."""
    if "lebih lanjut" in low and _MORE_INFO.search(line) and _DIGITS.search(line):
        return True
    if not start or not _CONTACT_START.match(line):
        return False
    if len(line) <= 200 and _CONTACT_VALUE.match(line):
        return True
    if not _DIGITS.search(line):
        return False
    hits = 0
    for _ in _CONTACT_ANY.finditer(line):
        hits += 1
        if hits >= 3:
            return True
    return False


def byline_names(line: str) -> list[str]:
    """The names a byline line gives after its roles ("Penulis: X | Editor: Y" → X, Y)."""
    names: list[str] = []
    for chunk in _BYLINE_SPLIT.split(line)[1:]:
        chunk = _BYLINE_TAIL.split(_PAREN.sub("", chunk).strip(" |;/-–—."), 1)[0]
        for name in _NAME_SPLIT.split(chunk):
            name = name.strip(" |;/-–—.")
            if 2 <= len(name) <= 80 and any(c.isalpha() for c in name):
                names.append(name)
    return names


def byline_stamp(line: str) -> str | None:
    """The date a byline line carries after its names ("Oleh: X | 07 Des 2026 10:15 WIB" → "07 Des 2026"):
    the article's own date, which ``guess_published`` should still see once the byline is gone."""
    if not any(c.isdigit() for c in line):
        return None
    for part in _BYLINE_TAIL.split(line)[1:]:
        for start, end, iso in find_dates(part):
            if len(iso) == 10:
                return part[start:end]
    return None


def is_menu_word(line: str) -> bool:
    """A line that is just a navigation word ("Tekno", "Sarana", "Beranda »")."""
    return len(line) <= 30 and line.strip(_MENU_TRIM).lower() in MENU_WORDS


_CRUMB_SPLIT = re.compile(r"\s*[»›>]\s*")


def is_breadcrumb(line: str) -> bool:
    """A section trail ("Bisnis › Farmasi", "Regional > Jawa Tengah", "Home > Newsroom > Press Releases"):
    two to six short capitalised sections and no figures. Left in, it becomes the document's title."""
    if len(line) > 80 or not ("»" in line or "›" in line or ">" in line):
        return False
    parts = _CRUMB_SPLIT.split(line.strip())
    if parts[-1] == "":
        parts.pop()
    return 2 <= len(parts) <= 6 and all(
        part[:1].isupper() and len(part.split()) <= 3 and not any(c.isdigit() or c in ".,;:!?\"'“”()" for c in part)
        for part in parts
    )


def strip_furniture(text: str) -> tuple[str, list[str]]:
    """Remove furniture lines and bylines; returns ``(text, authors)``.

    Paragraph breaks survive as ``\\n``; runs of blank lines become one blank
    line. Everything from a comment-form marker ("Leave a Reply") on is cut,
    once some content has been seen.
    """
    out: list[str] = []
    authors: list[str] = []
    content_seen = False
    for raw in text.split("\n"):
        # collapses every Unicode space (nbsp, thin, ideographic); most lines have nothing to collapse, which
        # three C scans tell (every space but " " is unprintable) without making and joining each word
        line = raw if raw.isprintable() and "  " not in raw and raw[:1] != " " != raw[-1:] else " ".join(raw.split())
        if not line:
            out.append("")
            continue
        if "[" in line or "cdn-cgi" in line:
            line = _CLOUDFLARE.sub("", line).strip()
        low = line.lower()
        # "28-01-2020 Humas Dilihat 2289 kali Pusat Data": the counter separates two header fields
        if ("kali" in low or "view" in low) and _COUNTER.search(line):
            pieces = [p.strip() for p in _COUNTER.sub("\n", line).split("\n")]
        else:
            pieces = [line]
        for piece in pieces:
            if not piece:
                continue
            head = piece[:2]
            if len(head) == 2 and head.isascii():
                head = head.lower()
                end, byline, drop, contact = (head in _END_HEADS, head in _BYLINE_HEADS, head in _DROP_HEADS,
                                              head in _CONTACT_HEADS)
            else:
                end = byline = drop = contact = True
            if content_seen and end and _END.match(piece):
                return _join(out), _dedupe(authors)
            if byline and _BYLINE.match(piece) and len(piece) <= 200:
                authors.extend(byline_names(piece))
                stamp = byline_stamp(piece)
                if stamp:  # the names go; the article's date stays in the text
                    out.append(stamp)
                continue
            # (a teaser or share line is short: a long line that opens with "Baca juga" is article text glued to one)
            if ((drop and _DROP.match(piece) and len(piece) <= _TEASER_MAX) or _is_contact(piece, low, contact)
                    or is_menu_word(piece) or is_breadcrumb(piece)):
                continue
            if not content_seen and end and _END.match(piece):  # once content is seen, a match returned above
                continue
            out.append(piece)
            content_seen = True
    return _join(out), _dedupe(authors)


def _join(lines: list[str]) -> str:
    """Join lines keeping at most one blank line between paragraphs."""
    result: list[str] = []
    blank = False
    for line in lines:
        if not line:
            blank = bool(result)
            continue
        if blank:
            result.append("")
            blank = False
        result.append(line)
    return "\n".join(result)


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
