"""Aliases, acronyms and cross-document identity.

Public surface: ``Resolver(lexicon, alias_file=None).resolve(extraction) -> Extraction``
giving every entity its stable corpus id (see ``resolver``; alias file format in
``aliases``).
"""

from graphbuild.resolve.aliases import AliasRules
from graphbuild.resolve.names import canonical_name, strip_name
from graphbuild.resolve.resolver import Resolver

__all__ = ["AliasRules", "Resolver", "canonical_name", "strip_name"]
