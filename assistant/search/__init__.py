"""Retrieval: embedding models, index, ranking."""
