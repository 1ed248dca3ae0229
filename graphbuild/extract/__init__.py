"""Text → mentions → entities and relations with evidence.

Public surface: ``extract(doc, lexicon=None) -> Extraction`` (document-local
entity ids), ``EXTRACTOR_VERSION`` (bumped whenever output may change, so the
loader re-extracts unchanged files), ``Lexicon`` and ``load_lexicon`` (in
``lexicon``; the shipped lexicon is loaded and compiled once per process).
"""

from __future__ import annotations

import logging

from graphbuild.errors import ExtractionError, GraphbuildError
from graphbuild.extract.entities import find_entities
from graphbuild.extract.lexicon import Lexicon, load_lexicon
from graphbuild.extract.sentences import split_sentences
from graphbuild.types import Document, Extraction

__all__ = ["EXTRACTOR_VERSION", "Lexicon", "extract", "find_entities", "load_lexicon", "split_sentences"]

EXTRACTOR_VERSION = "3.7"

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
