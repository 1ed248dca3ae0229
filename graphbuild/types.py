"""Typed records passed between stages.

Data flows one way: ``ingest`` makes :class:`Document`, ``extract`` makes an
:class:`Extraction` with document-local entity keys, ``resolve`` rewrites those
keys to corpus-wide stable ids (same shape, ``resolved=True``), ``store`` writes
it. Keeping every hand-off in this one module is what lets each stage be
replaced without reading the others.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A character range of ``Document.text``; ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class RawRecord:
    """One input record before cleaning: enough to decide whether it changed.

    A ``.txt``/``.html``/``.md`` file is one record; a ``.json``/``.jsonl`` file
    may hold many. ``sha256`` covers the raw bytes (file) or the canonical JSON
    of the record, so unchanged input is detected without decoding or cleaning.
    """

    id: str
    source: str
    sha256: str
    kind: str  # txt | md | html | json
    data: bytes | dict[str, Any]  # raw file bytes, or the parsed JSON record


@dataclass(slots=True)
class Document:
    """One cleaned input document (output of ``ingest``)."""

    id: str
    source: str  # path (or path#record for JSONL) it was read from
    text: str  # clean NFC text, furniture removed; offsets refer to this
    sha256: str  # hash of the raw input bytes/record, for change detection
    title: str | None = None
    published: str | None = None  # ISO YYYY-MM-DD (or YYYY-MM / YYYY)
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None  # "id", "en" or None when unsure
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """A typed surface form found in the text (before clustering)."""

    start: int
    end: int
    text: str
    type: str  # ontology label
    category: str | None = None
    canonical: str | None = None  # lexicon canonical name, when known
    source: str = "rule"  # which extractor found it (lexicon, acronym, cue, ...)


@dataclass(slots=True)
class Entity:
    """One real-world thing as seen in one document.

    ``id`` is a document-local key after ``extract`` and the stable corpus id
    (``organization:kalbe-farma``) after ``resolve``.
    """

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    category: str | None = None
    mentions: list[Span] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)  # Person only


@dataclass(slots=True)
class Relation:
    type: str
    head: str  # Entity.id
    tail: str  # Entity.id
    evidence: str
    confidence: float
    date: str | None = None  # ISO YYYY, YYYY-MM or YYYY-MM-DD
    properties: dict[str, str] = field(default_factory=dict)  # title, standard, product, what, ...


@dataclass(slots=True)
class Extraction:
    """Everything one document contributes to the graph."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    resolved: bool = False

    def to_json(self) -> dict[str, Any]:
        """The ONTOLOGY.md ``extract --format jsonl`` record."""
        d = self.document
        out: dict[str, Any] = {
            "doc_id": d.id,
            "source": d.source,
            "title": d.title,
            "published": d.published,
            "authors": list(d.authors),
            "url": d.url,
            "sha256": d.sha256,
            "entities": [],
            "relations": [],
        }
        for e in self.entities:
            rec: dict[str, Any] = {"id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases)}
            if e.category:
                rec["category"] = e.category
            if e.degrees:
                rec["degrees"] = list(e.degrees)
            rec["mentions"] = [asdict(m) for m in e.mentions]
            out["entities"].append(rec)
        for r in self.relations:
            rel: dict[str, Any] = {"type": r.type, "head": r.head, "tail": r.tail}
            if r.date:
                rel["date"] = r.date
            rel["evidence"] = r.evidence
            rel["confidence"] = round(float(r.confidence), 3)
            rel.update(r.properties)
            out["relations"].append(rel)
        return out


@dataclass(slots=True)
class DocState:
    """What the store knows about a loaded document (for change detection)."""

    id: str
    sha256: str | None
    complete: bool
    extractor_version: str | None = None


@dataclass(slots=True)
class WriteCounts:
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0

    def add(self, other: WriteCounts) -> None:
        self.nodes_created += other.nodes_created
        self.nodes_deleted += other.nodes_deleted
        self.relationships_created += other.relationships_created
        self.relationships_deleted += other.relationships_deleted


@dataclass(slots=True)
class Failure:
    path: str
    reason: str
    stage: str  # ingest | extract | resolve | store | analytics
    doc_id: str | None = None


@dataclass(slots=True)
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    counts: WriteCounts = field(default_factory=WriteCounts)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "loaded": len(self.loaded),
            "unchanged": len(self.unchanged),
            "removed": len(self.removed),
            "failed": [asdict(f) for f in self.failed],
            **asdict(self.counts),
            "seconds": round(self.seconds, 3),
        }


@dataclass(slots=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]


@dataclass(slots=True)
class GraphNode:
    """A node as read back from a store (for analytics, viz and export)."""

    id: str
    labels: list[str]
    properties: dict[str, Any]


@dataclass(slots=True)
class GraphEdge:
    type: str
    source: str  # GraphNode.id
    target: str
    properties: dict[str, Any]


@dataclass(slots=True)
class GraphSnapshot:
    """The whole graph (entities, documents, relationships, MENTIONED_IN)."""

    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)
