"""Start the reader."""

from __future__ import annotations


def run_reader(path: str, event_id: str | None = None) -> int:
    """Open the reader on the timeline at ``path`` (a file, or a folder holding timeline.yaml)."""
    print(f"newsline: the reader is not built yet; it will open {path}.")
    return 0
