"""A person named between commas after a description that is no role title ``role_led`` reads.

- an owner or founder: "Pemiliknya, Hendrik Wijaya Kusnadi, kini buron", "pendiri Borneo Herbal, Haji Rusdi Aminuddin,";
- a role qualified as new or old before the name: "Direktur Utama CNP yang baru, Bambang Surya Adikusuma, S.T., M.M.,".

The name must have two words at least and be closed by a comma, a bracket (an age) or a degree.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import add_person, degree_after, name_run
from graphbuild.extract.entities.tokens import is_cap

_OWNERS = frozenset({"pemilik", "pemiliknya", "pendiri", "pendirinya", "owner", "founder", "co-founder"})
_QUALIFIED = frozenset({"baru", "lama"})  # "<role> yang baru, NAME"
_CUES = _OWNERS | _QUALIFIED
_PILGRIM = frozenset({"Haji", "Hajjah", "H.", "Hj."})  # "Haji Rusdi Aminuddin": the title is not the name
_CLOSERS = frozenset({",", "(", ".", ";"})
_GAP = 6


def find(ctx: Ctx) -> None:
    t = ctx.t
    w = t.words
    n = len(w)
    for k in t.where(_CUES, lower=True):
        low = t.lower[k]
        if low in _OWNERS:
            if w[k][:1].isupper() and low in ("pendiri", "founder") and k and not t.newline_before[k] \
                    and w[k - 1] not in (".", ",", "\u2013"):
                continue  # "Pendiri" mid-sentence is a title role_led reads
            if k and t.lower[k - 1] in ("dan", "serta", "and", "&") and not (k > 1 and w[k - 2] == ","):  # (not "X, dan pendiri Y, Z")
                continue  # "Direktur Utama dan pendiri perusahaan tersebut, X": a list of titles role_led reads
            c = _comma_after(ctx, k)
        else:
            if not (k and t.lower[k - 1] == "yang" and k + 1 < n and w[k + 1] == "," and _role_before(ctx, k - 1)):
                continue
            c = k + 1
        if c < 0:
            continue
        s = c + 1
        if s < n and w[s] in _PILGRIM and not t.newline_before[s]:
            s += 1
        if s >= n or t.newline_before[s] or not is_cap(w[s]) or ctx.owner[s] >= 0:
            continue
        e = name_run(ctx, s)
        if e - s < 2 or not (e >= n or w[e] in _CLOSERS or degree_after(ctx, e)):
            continue
        if e < n and w[e] == "." and not degree_after(ctx, e):
            continue  # "… Kusnadi." closing a sentence after a bare description is too loose
        add_person(ctx, s, e)


def _comma_after(ctx: Ctx, k: int) -> int:
    """The comma that closes the owner's description ("pendiri Borneo Herbal,", "Pemiliknya,"), -1 if none near."""
    t = ctx.t
    w = t.words
    for x in range(k + 1, min(len(w), k + _GAP)):
        if t.newline_before[x]:
            return -1
        if w[x] == ",":
            return x
        if w[x] in (".", ";", ":", "(", ")") or t.cue.verb_like(w[x]) or ctx.type_at(x) == "Person":
            return -1
    return -1


def _role_before(ctx: Ctx, y: int) -> bool:
    """A role title opens within a few words before "yang" ("Direktur Utama CNP yang baru")."""
    t = ctx.t
    roles = t.cue.roles
    for x in range(y - 1, max(-1, y - _GAP - 1), -1):
        if t.words[x] in (",", ".", ";") or t.newline_before[x + 1] and x + 1 < y:
            return False
        if t.match_phrase(x, roles):
            return True
    return False
