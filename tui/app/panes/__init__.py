"""The reader's panes: the Events, Text and Actors lists, their layout and their row models."""
