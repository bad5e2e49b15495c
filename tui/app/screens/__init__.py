"""The reader's screens: help and the modal prompts."""
