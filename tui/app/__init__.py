"""The Textual reader, built on the model and extraction layers."""
