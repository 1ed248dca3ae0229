"""Text → mentions → entities and relations with evidence.

Public surface: ``extract(doc, lexicon=None) -> Extraction`` (document-local
entity ids), ``EXTRACTOR_VERSION`` (bumped whenever output may change, so the
loader re-extracts unchanged files), ``Lexicon`` (in ``lexicon``).
"""
