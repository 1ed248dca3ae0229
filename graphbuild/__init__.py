"""graphbuild: a knowledge graph of Indonesian pharmaceutical-regulatory news."""

__version__ = "0.1.0"
