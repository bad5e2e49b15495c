"""Extraction: temporal tagging, sentences, actors and events, built on the model."""
