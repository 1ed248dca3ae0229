"""Markdown → plain text, and the YAML front matter a Markdown export opens with.

Static-site and CMS exports put the page's metadata in a ``---`` block before the text; read as text, its
"title: …" line would be extracted twice (it repeats the heading) and its keys would be read as words.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from typing import Any

import yaml

log = logging.getLogger(__name__)

# Markdown syntax that would otherwise end up in titles and entity names; all linear.
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+|^[ \t]{0,3}>[ \t]?|^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.M)
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.{0,5000}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """``(metadata, rest of the text)``; no metadata when the text opens with no YAML mapping block."""
    m = _FRONT.match(text)
    if m is None:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        log.debug("front matter is no YAML; kept as text")
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    # YAML reads "date: 2025-09-18" as a date: hand it on as the ISO text the date parser takes
    meta = {str(k).lower(): v.isoformat() if isinstance(v, _dt.date) else v for k, v in data.items()}
    return meta, text[m.end() :]


def strip_markdown(text: str) -> str:
    """Markdown → plain text: headings, quotes, rules, emphasis and link syntax removed, link text kept."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub("", text)
