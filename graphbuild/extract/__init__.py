"""Text → mentions → entities and relations with evidence.

Public surface: ``extract(doc, lexicon=None) -> Extraction`` (document-local
entity ids), ``EXTRACTOR_VERSION`` (the rules' round and a digest of this
package's code and data, so the loader re-extracts unchanged files whenever the
rules may find something else), ``Lexicon`` and ``load_lexicon`` (in
``lexicon``; the shipped lexicon is loaded and compiled once per process).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from graphbuild.errors import ExtractionError, GraphbuildError
from graphbuild.extract.entities import find_entities
from graphbuild.extract.lexicon import Lexicon, load_lexicon
from graphbuild.extract.sentences import split_sentences
from graphbuild.types import Document, Extraction

__all__ = ["EXTRACTOR_VERSION", "RULES_VERSION", "Lexicon", "extract", "find_entities", "load_lexicon", "split_sentences"]

RULES_VERSION = "4.5"  # the round's rule set, for people reading a document's state


def _rules_digest(root: Path | None = None) -> str:
    """A digest of the extractor's own code and data files (under ``root``, default this package). A number
    bumped by hand was missed for five rounds (3.7 from round 26 to 31), and a load then kept what older rules
    had found; the digest moves with any change."""
    root = root if root is not None else Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".yaml", ".tsv", ".txt") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


EXTRACTOR_VERSION = f"{RULES_VERSION}+{_rules_digest()}"

log = logging.getLogger(__name__)


def extract(doc: Document, lexicon: Lexicon | None = None) -> Extraction:
    """Entities and relations of one document; raises ``ExtractionError`` naming the document."""
    from graphbuild.extract.relations import find_relations, world_regions

    lex = lexicon if lexicon is not None else load_lexicon()
    try:
        sentences = split_sentences(doc.text)
        entities = find_entities(doc, sentences, lex)
        relations = find_relations(doc, sentences, entities, lex)
        entities, relations = world_regions.drop(entities, relations)  # the rules read them (a title's end), the graph has no use
    except GraphbuildError:
        raise
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the batch
        log.exception("extraction failed for %s", doc.id)
        raise ExtractionError(doc.id, f"{type(exc).__name__}: {exc}; report this with the document") from exc
    return Extraction(doc, entities, relations)
