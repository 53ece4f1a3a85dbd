"""SCORE AI Lab helpers."""
