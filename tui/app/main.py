"""Start the reader."""

from __future__ import annotations

import sys
from pathlib import Path


def run_reader(path: str, event_id: str | None = None) -> int:
    """Open the reader on the timeline at ``path`` (a file, or a folder holding timeline.yaml)."""
    from tui.app.reader import ReaderApp
    from tui.model.timeline import timeline_file

    timeline_path = timeline_file(path)
    if not timeline_path.exists():
        print(
            f"newsline: {timeline_path}: no such timeline file "
            "(give a timeline.yaml or a folder holding one)",
            file=sys.stderr,
        )
        return 2
    app = ReaderApp(Path(path), event_id=event_id)
    result = app.run()
    return int(result or 0)
