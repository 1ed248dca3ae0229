"""The directorate a BPOM director's title names: "kata Direktur Pengawasan Produksi Obat, Narkotika, Psikotropika
dan Prekursor BPOM, apt. Dewi A." tells of the "Direktorat Pengawasan Produksi Obat, Narkotika, …" she heads.

Why: news name BPOM's directorates mostly through their heads' titles; the unit is a body of its own (the head
holds her post there, the unit is part of BPOM) even when the text never writes "Direktorat". The field between
"Direktur" and the agency becomes an Organization mention named "Direktorat <field>"; only before BPOM's own
name, so a company's "Direktur Operasional PT X" or a ministry's "Direktur Jenderal" is left alone.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_TITLE = frozenset({"Direktur"})
_AGENCY = frozenset({"BPOM", "Badan POM", "Badan Pengawas Obat dan Makanan"})
# not a directorate's field: the director-general, a company's chief, an acting or deputy mark after the word
_NOT_FIELD = frozenset({"Jenderal", "Utama", "Eksekutif", "Jendral", "Plt", "Plt.", "Pelaksana",
                        # "Direktur Registrasi Obat BPOM": left as words, so the fallback's guard still tells the office's
                        # name from a registration (the unit is found when the text names it, ``title_bodies``)
                        "Registrasi"})
_JOIN = frozenset({",", "dan", "&", "serta"})
_MAX = 16  # words of the longest field ("Pengawasan Keamanan, Mutu, dan Ekspor Impor Obat, Narkotika, …")


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t)
    for k in t.where(_TITLE):
        i = k + 1
        if i >= n or t.words[i] in _NOT_FIELD or not t.words[i][:1].isupper() or ctx.owner[i] >= 0:
            continue
        j = i
        while j < n and j - i < _MAX and ctx.owner[j] < 0 and not t.masked[j] and not (j > i and t.newline_before[j]) and (
                t.words[j][:1].isupper() or t.words[j] in _JOIN):
            j += 1
        if j >= n or j == i or t.words[j - 1] in _JOIN or not _agency_at(ctx, j):
            continue
        ctx.add(i, j, "Organization", "regulator", "cue", canonical="Direktorat " + t.span_text(i, j))


def _agency_at(ctx: Ctx, j: int) -> bool:
    m = ctx.owner[j]
    x = ctx.mentions[m] if m >= 0 else None
    return x is not None and ctx.spans[m][0] == j and x.type == "Organization" and (
        x.text in _AGENCY or x.canonical in _AGENCY)
