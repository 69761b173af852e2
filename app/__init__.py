"""Narrateur: French news articles in, narrated audio out."""

__version__ = "0.1.0"
