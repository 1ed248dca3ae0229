"""SUBSIDIARY_OF from a subsidiary apposed to an indefinite or first-person cue (for :mod:`.corporate`).

"PT A …, with plants in Pasuruan and a distribution subsidiary, PT B", "PT A today announced the establishment of a
new wholly owned subsidiary, PT B", "PT A memiliki sebuah anak usaha distribusi, PT B": no parent is named after
the cue; a company owning, founding or having the child is the sentence's subject. "Distribution will be handled by
our subsidiary PT B," said the head of A: the speaker's company (``we_firm``). Read only where ``corporate`` found a
subsidiary cue with no parent after it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.ours import we_firm

ORG = ("Organization",)

# the article before the cue and up to three words saying which ("a new wholly owned", "sebuah", "our")
_LEAD = re.compile(r"\b(?:(?P<a>a|an|sebuah|satu)|(?P<we>our))\s+(?:[\w-]+\s+){0,3}$", re.I)
# what the subject does with it: has, owns, founds, sets up ("with … and a subsidiary")
_HAVE = re.compile(r"\b(?:has|have|had|owns?|with|establish(?:es|ed|ment)?|set(?:s)?\s+up|form(?:s|ed|ation)?|creat(?:es|ed|ion)|"
                   r"launch(?:es|ed)?|incorporat(?:es|ed|ion)|memiliki|mempunyai|mendirikan|pendirian|membentuk|pembentukan"
                   r"|dengan)\b", re.I)
# between the cue and the child: a word saying which (Indonesian, after the noun), a comma
_GAP = re.compile(r"(?:\s+(?:baru|distribusi|manufaktur|pemasaran|dagang|niaga|farmasi|new))*\s*,?\s*(?:PT\.?\s+)?", re.I)
_BRACKET = re.compile(r"\([^()]*\)")  # "PT A ("A" or "the Company"; IDX: AAA) announced …"
# "… a subsidiary, PT B, of PT C" / "PT B milik C": the parent is named after all
_OWNER_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s*,?\s*(?:of|milik|dari)\s", re.I)


def apposed(ctx: Context, v: View, start: int, end: int) -> bool:
    """"… and a distribution subsidiary, PT B" / "our subsidiary PT B": whether a parent was found."""
    lead = _LEAD.search(v.masked, max(0, start - 45), start)
    if lead is None or lead.end() != start:
        return False
    child = next(iter(v.after(end, ORG)), None)
    if child is None or not _GAP.fullmatch(v.masked[end : child.start]) or _OWNER_AFTER.match(v.masked, child.end):
        return False
    if lead.group("we"):
        parent = we_firm(ctx, v, start)
    else:
        subj = next((m for m in v.mentions if m.type in ("Organization", "Person")), None)
        if subj is None or subj.type != "Organization" or subj.start in v.role_orgs or subj.role is not None \
                or subj.end > lead.start() or re.search(r"[.;]\s", _BRACKET.sub("", v.masked[subj.end : lead.start()])) \
                or not _HAVE.search(v.masked, subj.end, lead.start()):
            return False
        parent = subj.ent
    if parent is None or parent is child.ent or regulator_like(parent) or parent.category not in ("company", None, "other"):
        return False
    ctx.emit("SUBSIDIARY_OF", child.ent, parent, v, 0.7)
    return True
