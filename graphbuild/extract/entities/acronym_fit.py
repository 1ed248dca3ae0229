"""Whether a short form fits a long one (Schwartz-Hearst), shared by ``acronyms`` and ``paren_aliases``.

The rule needs no list of known acronyms, so it binds ones never seen before.
"""

from __future__ import annotations


def matches_acronym(acr: str, long_form: str) -> bool:
    """Schwartz-Hearst: acronym letters appear in order in ``long_form``, the first at a word start."""
    a = [c.lower() for c in acr if c.isalnum()]
    s = long_form.lower()
    if len(a) < 2 or not s:
        return False
    si = len(s) - 1
    for ai in range(len(a) - 1, -1, -1):
        ch = a[ai]
        while si >= 0 and (s[si] != ch or (ai == 0 and si > 0 and s[si - 1].isalnum())):
            si -= 1
        if si < 0:
            return False
        si -= 1
    return True
