"""HTML → main text + page metadata.

trafilatura finds the article body (menus, footers, comments, scripts dropped);
when it finds nothing (short pages, odd markup, or it is unavailable) we fall
back to a plain lxml text dump without script/style, so a page is never lost
just because the boilerplate detector gave up. Metadata (title, canonical URL,
published date, author) is read from the ``<head>`` with lxml directly (meta tags,
then the schema.org JSON-LD most news sites embed): it is cheap and deterministic.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from graphbuild.ingest.furniture import byline_names

log = logging.getLogger(__name__)

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
                         re.IGNORECASE | re.DOTALL)
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "figcaption", "dd", "dt", "hr", "address",
    "aside", "main", "figure", "form", "td", "th", "caption", "button", "label", "option", "dl",
)
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head", "nav")
_MAX_TRAFILATURA = 20_000_000  # characters; beyond this the plain dump is used (speed)


@dataclass(slots=True)
class HtmlPage:
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # raw value of the page's date meta, parse it with dates.parse_date
    authors: list[str] = field(default_factory=list)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # no text in them, and not XML-compatible


def looks_like_html(text: str) -> bool:
    """True for a whole HTML document or fragment (e.g. a ``.txt`` or JSON field holding markup)."""
    return bool(_HTML_START.match(text[:2000])) and "</" in text[:200_000]


def extract_html(markup: str) -> HtmlPage:
    """Main text and metadata of an HTML page; text is "" when the page has none."""
    markup = _CONTROL.sub("", _XML_DECL.sub("", markup, count=1))  # lxml refuses text holding them
    tree = _parse(markup)
    page = HtmlPage(text="")
    if tree is not None:
        _read_meta(tree, page)
    text = _trafilatura_text(markup) if len(markup) <= _MAX_TRAFILATURA else ""
    if not text.strip() and tree is not None:
        text = _plain_text(tree)
    page.text = text
    return page


def _parse(markup: str):  # type: ignore[no-untyped-def]
    try:
        import lxml.html

        return lxml.html.document_fromstring(markup)
    except Exception:  # noqa: BLE001 - unparsable markup simply has no text
        log.debug("lxml could not parse the page", exc_info=True)
        return None


def _trafilatura_text(markup: str) -> str:
    try:
        import trafilatura

        text = trafilatura.extract(
            markup, include_comments=False, include_tables=True, include_images=False,
            include_links=False, with_metadata=False, output_format="txt",
            favor_recall=True,  # a <ul> of brands or regulators under "di antaranya:" is the article's, not a menu
        )
    except Exception:  # noqa: BLE001 - ImportError (missing lxml_html_clean) or a parser crash
        log.debug("trafilatura failed; using the plain text fallback", exc_info=True)
        return ""
    return text or ""


def _plain_text(tree) -> str:  # type: ignore[no-untyped-def]
    """Text of ``<body>`` with block elements on their own lines."""
    for el in list(tree.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the element's tail text
    for el in tree.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    try:
        return str(tree.text_content())
    except Exception:  # noqa: BLE001
        return ""


def _first(tree, xpath: str) -> str | None:  # type: ignore[no-untyped-def]
    try:
        for value in tree.xpath(xpath):
            value = str(value).strip()
            if value:
                return value
    except Exception:  # noqa: BLE001 - malformed head: no metadata
        log.debug("xpath %s failed", xpath, exc_info=True)
    return None


def _read_meta(tree, page: HtmlPage) -> None:  # type: ignore[no-untyped-def]
    ld = _json_ld_article(tree)
    page.title = (
        _first(tree, "//meta[@property='og:title']/@content")
        or _ld_text(ld.get("headline"))
        or _first(tree, "//title/text()")
        or _first(tree, "//h1//text()")
    )
    page.url = _first(tree, "//link[@rel='canonical']/@href") or _first(tree, "//meta[@property='og:url']/@content")
    page.published = (
        _first(tree, "//meta[@property='article:published_time']/@content")
        or _first(tree, "//meta[@name='pubdate' or @name='publishdate' or @name='date' "
                        "or @itemprop='datePublished']/@content")
        or _ld_text(ld.get("datePublished"))
        or _first(tree, "//time/@datetime")
    )
    author = _first(tree, "//meta[@name='author']/@content")
    if author:
        page.authors = [author]
    elif ld_authors := _ld_names(ld.get("author")):
        page.authors = ld_authors
    else:  # the body's byline box ("Penulis: X | Editor: Y"), which trafilatura leaves out of the text
        page.authors = _byline_authors(tree)


_ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "BlogPosting", "PressRelease",
                            "AnalysisNewsArticle", "WebPage"})


def _json_ld_article(tree) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The page's schema.org article object (``NewsArticle`` and kin, also inside ``@graph``), else {}.
    A page-level ``WebPage`` counts only when no article object is there."""
    found: list[dict[str, Any]] = []
    try:
        scripts = tree.xpath("//script[@type='application/ld+json']/text()")[:8]
    except Exception:  # noqa: BLE001 - malformed markup: no JSON-LD
        return {}
    for raw in scripts:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            kinds = item.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if kinds & _ARTICLE_TYPES:
                found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)
    found.sort(key=lambda d: d.get("@type") == "WebPage")  # an article before the page that holds it
    return found[0] if found else {}


def _ld_text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _ld_names(value: object) -> list[str]:
    """schema.org ``author``: a name, a Person/Organization object, or a list of either."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:10]:
        name = _ld_text(item.get("name") if isinstance(item, dict) else item)
        if name and len(name) <= 80 and not name.startswith("http") and name not in names:
            names.append(name)
    return names


_BYLINE_NODES = ("//*[contains(@class, 'byline') or contains(@class, 'author') or contains(@class, 'penulis') "
                 "or contains(@class, 'reporter') or contains(@class, 'editor') or @itemprop='author' or @rel='author']")


def _byline_authors(tree) -> list[str]:  # type: ignore[no-untyped-def]
    """Names in the page's byline elements: "Penulis: X | Editor: Y" lines, or a bare name in an author element."""
    names: list[str] = []
    try:
        nodes = tree.xpath(_BYLINE_NODES)[:6]
    except Exception:  # noqa: BLE001 - malformed markup: no byline
        return names
    for node in nodes:
        text = " ".join(node.xpath("string(.)").split())
        if not text or len(text) > 200:
            continue
        found = byline_names(text)
        if not found and len(text) <= 60 and 1 <= len(text.split()) <= 5 and all(w[:1].isupper() for w in text.split()):
            found = [text]  # <span itemprop="author">Dewi Lestari</span>
        names.extend(n for n in found if n not in names)
    return names
