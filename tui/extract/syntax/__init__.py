"""Syntax for headline titles: tokens with offsets, part-of-speech tags, verb groups and clauses."""
