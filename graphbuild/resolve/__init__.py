"""Aliases, acronyms and cross-document identity.

Public surface: ``Resolver(lexicon, alias_file=None).resolve(extraction) -> Extraction``
giving every entity its stable corpus id.
"""
