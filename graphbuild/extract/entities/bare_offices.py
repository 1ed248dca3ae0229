"""A local office named bare, without its region: "Dinas Kesehatan kabupaten/kota se-Kalimantan Selatan", "Dinas
Kesehatan akan segera memproses".

Why: every regency and province has its own Dinas Kesehatan, so the bare name is no one office. Told of the offices
in general (a lower-case region word, "di daerah", "se-…" after it) it names none (ONTOLOGY: kinds
without a name are not entities); where the story names exactly one such office in full, the bare name is that
office, said short ("Dinas Kesehatan Kota Kendari … . Dinas Kesehatan akan segera memproses").
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_HEADS = (("Dinas", "Kesehatan"), ("Dinkes",))
# words after the bare name that make it the offices in general
_GENERIC_AFTER = frozenset({"kabupaten", "kota", "provinsi", "kabupaten/kota", "di", "dari", "se", "tingkat",
                            "daerah", "seluruh", "masing-masing", "kab/kota"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    full: dict[str, int] = {}  # "Dinas Kesehatan <region>" mentions by their text
    bare: list[int] = []
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization":
            continue
        a, b = ctx.spans[m]
        head = next((h for h in _HEADS if tuple(t.words[a : a + len(h)]) == h), None)
        if head is None:
            continue
        if b - a == len(head):
            bare.append(m)
        elif x.canonical is None or x.canonical.startswith("Dinas Kesehatan "):
            full.setdefault(x.canonical or x.text, m)
    for m in bare:
        b = ctx.spans[m][1]
        after = t.lower[b] if b < n else ""
        if after in _GENERIC_AFTER or after.startswith("se-"):
            ctx.drop(m)  # "Dinas Kesehatan kabupaten/kota se-Sulawesi Selatan": the offices in general
        elif len(full) == 1:
            (name, other), = full.items()
            ctx.mentions[m].canonical = name  # type: ignore[union-attr]  # (its own lexicon name would win the cluster's)
            ctx.link(m, other)  # the one office the story names in full
