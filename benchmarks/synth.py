"""Synthetic Indonesian pharma-news corpus for benchmarks and fuzz tests.

Why synthetic: the five seeds are too few to measure throughput or to shake out
load-order bugs. Each document is ~4 KB of news-shaped Indonesian prose built from
ontology-shaped facts (visits, CPOB certifications, licences, MoUs, forums,
approvals, positions) over a shared, seeded "universe" of companies, people,
cities and products, so entities recur across documents the way BPOM or Kalbe
do in real news (a few hubs, a long tail).

Document ``i`` of seed ``s`` depends only on ``(s, i, variant)``, never on N, so
a test can regenerate or *edit* one document (``variant + 1``) without touching
the others.

    python benchmarks/synth.py OUT_DIR -n 1000 --seed 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TARGET_BYTES = 4000

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
NAME_PARTS = ("Sinar", "Mitra", "Bumi", "Prima", "Sejahtera", "Nusa", "Karya", "Medika", "Husada", "Jaya",
              "Sentosa", "Abadi", "Cahaya", "Tirta", "Indo", "Mega", "Surya", "Bina", "Dwi", "Tri", "Graha",
              "Lestari", "Makmur", "Wijaya", "Kencana", "Mulia", "Perkasa", "Sakti", "Harapan", "Utama")
SYLLABLES = ("ka", "la", "ma", "ra", "ta", "sa", "no", "vi", "ko", "be", "di", "ga", "fi", "lo", "mi", "zen",
             "tra", "kal", "dex", "bio")
FIRST_NAMES = ("Budi", "Siti", "Agus", "Dewi", "Rizky", "Andi", "Putri", "Hendra", "Sri", "Wahyu", "Indah",
               "Bambang", "Ratna", "Yudi", "Lestari", "Fajar", "Nurul", "Arif", "Ayu", "Dimas", "Rina",
               "Teguh", "Maya", "Joko", "Intan", "Gilang", "Retno", "Hadi", "Wulan", "Eko")
LAST_NAMES = ("Santoso", "Rahmawati", "Wibowo", "Saputra", "Kusuma", "Hidayat", "Pratama", "Setiawan",
              "Nugroho", "Purnomo", "Halim", "Siregar", "Nasution", "Simanjuntak", "Gunawan", "Lubis",
              "Hakim", "Wijayanti", "Sulistyo", "Hartono", "Tanjung", "Harahap", "Susanto", "Permana")
HONORIFICS = ("", "", "", "Dr. ", "Prof. dr. ", "dr. ", "Ir. ", "Drs. ", "apt. ")
DEGREES = ("", "", "", ", M.Kes.", ", M.Biomed., Ph.D.", ", S.Farm., Apt.", ", MBA", ", M.Sc.")
CITIES = ("Jakarta", "Jakarta Timur", "Jakarta Selatan", "Bandung", "Surabaya", "Semarang", "Medan",
          "Makassar", "Yogyakarta", "Cikarang", "Bogor", "Tangerang", "Bekasi", "Denpasar", "Palembang",
          "Batam", "Malang", "Solo", "Pekanbaru", "Balikpapan", "Pontianak", "Manado", "Padang", "Kupang")
FOREIGN = (("Shijiazhuang", "Tiongkok"), ("Osaka", "Jepang"), ("Seoul", "Korea Selatan"), ("Mumbai", "India"),
           ("Frankfurt", "Jerman"), ("Lyon", "Prancis"), ("Bangkok", "Thailand"), ("Kuala Lumpur", "Malaysia"))
FOREIGN_SUFFIX = ("Pharmaceutical Group", "Biotech Co., Ltd.", "Pharma Inc.", "Life Sciences", "Biologics")
PRODUCT_SUFFIX = ("mab", "vir", "cillin", "statin", "pril", "zole", "tinib", "mycin", "parin", "sartan")
PRODUCT_KIND = ("vaksin", "obat biologi", "insulin", "antibiotik", "obat kanker", "produk biosimilar")
REGULATORS = (("Badan Pengawas Obat dan Makanan", "BPOM"), ("Kementerian Kesehatan", "Kemenkes"),
              ("Kementerian Perindustrian", "Kemenperin"))
COMPANY_TITLES = ("Direktur Utama", "Presiden Direktur", "Presiden Komisaris", "Direktur Produksi",
                  "Direktur Operasional")
MEDIA = ("jpnn.com", "antaranews.com", "kompas.com", "detik.com", "bisnis.com", "kontan.co.id")
FILLER = (
    "Menurut dia, kolaborasi antara regulator dan industri menjadi kunci kemandirian obat nasional.",
    "Langkah tersebut sejalan dengan upaya pemerintah memperkuat ketahanan sistem kesehatan.",
    "Pihaknya berkomitmen menjaga mutu, keamanan, dan khasiat setiap produk yang beredar di masyarakat.",
    "Industri farmasi dalam negeri diharapkan mampu bersaing di pasar regional maupun global.",
    "Transformasi kesehatan membutuhkan dukungan riset, teknologi, dan sumber daya manusia yang unggul.",
    "Selain itu, percepatan hilirisasi bahan baku obat juga menjadi perhatian utama.",
    "Hal ini penting agar masyarakat memperoleh akses obat yang terjangkau dan berkualitas.",
    "Pemerintah terus mendorong investasi di sektor farmasi dan alat kesehatan.",
)
QUOTES = (
    "Kami berharap sinergi ini terus berlanjut demi kesehatan masyarakat Indonesia",
    "Regulasi yang kuat bukan untuk membatasi inovasi, melainkan untuk menjaganya",
    "Kami siap mendukung program pemerintah dalam kemandirian industri farmasi",
    "Kualitas produk adalah prioritas utama kami",
)
HEADLINES = ("Sinergi Regulator dan Industri Farmasi Diperkuat", "Kemandirian Obat Nasional Terus Didorong",
             "Industri Farmasi Siap Bersaing di Pasar Global", "BPOM Perketat Pengawasan Mutu Obat")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    honorific: str
    degrees: str

    def full(self) -> str:
        return f"{self.honorific}{self.name}{self.degrees}"


@dataclass(frozen=True, slots=True)
class Company:
    name: str  # "PT Sinar Kala Farma Tbk"
    short: str  # "Sinar Kala"
    city: str
    facility: str  # "Sinar Kala Production Center"


@dataclass(frozen=True, slots=True)
class Universe:
    companies: tuple[Company, ...]
    foreign: tuple[tuple[str, str, str], ...]  # (name, city, country)
    people: tuple[Person, ...]
    products: tuple[str, ...]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


@cache
def universe(seed: int, companies: int = 600, people: int = 900, products: int = 300) -> Universe:
    """The shared cast of a corpus (same seed → same cast, whatever the corpus size)."""
    rng = random.Random(f"universe:{seed}")
    comps: dict[str, Company] = {}
    while len(comps) < companies:
        short = f"{rng.choice(NAME_PARTS)} {_word(rng)}"
        if short not in comps:
            comps[short] = Company(f"PT {short} Farma Tbk", short, rng.choice(CITIES),
                                   f"{short} {rng.choice(('Production Center', 'Innovation Center', 'Plant'))}")
    foreign = []
    for _ in range(40):
        city, country = rng.choice(FOREIGN)
        foreign.append((f"{_word(rng)} {rng.choice(FOREIGN_SUFFIX)}", city, country))
    ppl: dict[str, Person] = {}
    while len(ppl) < people:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if rng.random() < 0.5:
            name = f"{rng.choice(FIRST_NAMES)} {_word(rng)} {rng.choice(LAST_NAMES)}"
        ppl.setdefault(name, Person(name, rng.choice(HONORIFICS), rng.choice(DEGREES)))
    prods = sorted({_word(rng) + rng.choice(PRODUCT_SUFFIX) for _ in range(products * 2)})[:products]
    return Universe(tuple(comps.values()), tuple(foreign), tuple(ppl.values()), tuple(prods))


def _zipf(rng: random.Random, seq: tuple, s: float = 1.1):  # type: ignore[type-arg]
    """Pick with a heavy head (a few hubs recur a lot), like real news."""
    n = len(seq)
    i = int(n * rng.random() ** (1 + s * 2))
    return seq[min(i, n - 1)]


def _date(rng: random.Random) -> dt.date:
    return dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(0, 5 * 365))


def indonesian_date(d: dt.date, weekday: bool = True) -> str:
    """``Kamis 6 November 2025`` (the weekday really matches the date)."""
    text = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]} {text}" if weekday else text


def _facts(rng: random.Random, u: Universe, when: dt.date) -> list[str]:
    """One paragraph per fact; each names its entities the way news does."""
    kepala = u.people[0]  # the head of BPOM recurs, as in the seeds
    c1, c2 = _zipf(rng, u.companies), rng.choice(u.companies)
    p1, p2 = _zipf(rng, u.people[1:]), rng.choice(u.people[1:])
    prod = _zipf(rng, u.products)
    fname, fcity, fcountry = rng.choice(u.foreign)
    city = rng.choice(CITIES)
    day = indonesian_date(when)
    pool = [
        f"Kepala BPOM {kepala.full()} melakukan kunjungan ke {c1.name} di {c1.city} pada {day}. "
        f"Dalam kunjungan tersebut, {kepala.name} meninjau {c1.facility} yang baru diresmikan.",
        f"{c1.name} mendapatkan sertifikasi CPOB (Cara Pembuatan Obat yang Baik) dari BPOM untuk "
        f"{c1.facility} di {c1.city}. Sertifikat tersebut diserahkan langsung oleh Badan POM.",
        f"{c2.name} menandatangani License and Exclusive Supply Agreement dengan {fname} dari {fcity}, "
        f"{fcountry}, untuk memasarkan {prod} di Indonesia. Melalui lisensi ini, {c2.short} memperoleh "
        f"hak eksklusif atas {prod}.",
        f"{c1.name} dan {c2.name} menandatangani nota kesepahaman (MoU) kerja sama pengembangan "
        f"{rng.choice(PRODUCT_KIND)} di {city}, {day}.",
        f"Forum Bisnis Kefarmasian {c1.short} {when.year} digelar di {city} pada {day}. Forum tersebut "
        f"diselenggarakan oleh Kementerian Kesehatan dan dihadiri oleh {p1.full()}, "
        f"{rng.choice(COMPANY_TITLES)} {c2.name}.",
        f"BPOM memberikan izin edar untuk {prod} yang diproduksi oleh {c1.name}. Persetujuan tersebut "
        f"terbit setelah proses evaluasi mutu, keamanan, dan khasiat.",
        f"{rng.choice(COMPANY_TITLES)} {c1.name}, {p1.full()}, mengatakan perusahaan terus berinvestasi pada "
        f"fasilitas produksi di {c1.city}.",
        f"{c2.name}, anak usaha {c1.name}, mengembangkan {prod} untuk pasar dalam negeri.",
        f"{p2.full()} selaku {rng.choice(COMPANY_TITLES)} {c2.name} bertemu dengan {kepala.name} di "
        f"kantor Badan Pengawas Obat dan Makanan, Jakarta.",
    ]
    rng.shuffle(pool)
    out = pool[: rng.randint(3, 6)]
    out.append(f"\u201c{rng.choice(QUOTES)},\u201d kata {p1.name} kepada awak media.")
    return out


def render(seed: int, index: int, variant: int = 0) -> str:
    """The text of document ``index`` (``variant`` > 0: an edited version of it)."""
    u = universe(seed)
    rng = random.Random(f"doc:{seed}:{index}:{variant}")
    when = _date(rng)
    media = rng.choice(MEDIA)
    city = rng.choice(CITIES)
    lines = [rng.choice(HEADLINES), "", f"{media}, {city.upper()} - " + _facts(rng, u, when)[0]]
    while sum(len(x) for x in lines) < TARGET_BYTES - 350:
        lines.extend(_facts(rng, u, when)[: rng.randint(1, 3)])
        lines.append(" ".join(rng.sample(FILLER, 2)))
        if rng.random() < 0.3:
            lines.append(f"BACA JUGA: {rng.choice(HEADLINES)}")
    lines.append(f"Redaktur : {rng.choice(u.people[1:]).name}")
    lines.append(f"Reporter : {rng.choice(u.people[1:]).name}")
    return "\n".join(lines) + "\n"


def file_name(seed: int, index: int) -> str:
    return f"syn{seed}_{index:06d}.txt"


def write_corpus(out_dir: str | Path, n: int, seed: int = 1, start: int = 0) -> list[Path]:
    """Write documents ``start .. start+n-1`` as UTF-8 .txt files; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = out / file_name(seed, i)
        path.write_text(render(seed, i), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("-n", type=int, default=1000, help="number of documents")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0, help="first document index")
    args = ap.parse_args(argv)
    paths = write_corpus(args.out_dir, args.n, args.seed, args.start)
    size = sum(p.stat().st_size for p in paths)
    sys.stdout.write(f"wrote {len(paths)} documents ({size / max(len(paths), 1) / 1024:.1f} KB each) "
                     f"to {args.out_dir}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
