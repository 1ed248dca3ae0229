"""Bulk export of a ``GraphSnapshot``: neo4j-admin CSV, Cypher script, GraphML, JSON."""
