"""Persons in the name column of a markdown table: "| Jabatan | Nama | Perusahaan asal |" then
"| Sekretaris Jenderal | Teguh Ramadhan | PT X |".

Why: a board or cabinet line-up is often given as a table; the cell under a "Nama"/"Name" header holds one
person's name with no title, honorific or speech verb beside it (the post is in its own cell), so no other rule
sees it. Only the column the header names is read, and only a cell that is a name run from edge to edge (after
an honorific, before degrees).
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import add_person, honorific_at, name_run
from graphbuild.extract.entities.table_products import column_cells

_HEADERS = frozenset({"nama", "name", "nama lengkap", "full name", "nama pejabat"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    for a, b in column_cells(t, _HEADERS):
        while a < b and (h := honorific_at(ctx, a)):
            a += h
        e = name_run(ctx, a) if a < b else a
        if 2 <= e - a <= 4 and (e == b or t.words[e] == ","):
            add_person(ctx, a, e)
