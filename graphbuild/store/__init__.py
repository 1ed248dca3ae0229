"""Graph stores; the only package that imports ``neo4j`` or ``falkordb``.

Public surface: ``open_store(config: StoreConfig) -> Store`` and ``Store`` (in ``base``).
"""
