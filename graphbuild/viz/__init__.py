"""Offline interactive HTML views (pyvis) of a ``GraphSnapshot``."""
