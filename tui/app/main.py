"""Start the reader."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path


def run_reader(path: str, event_id: str | None = None) -> int:
    """Open the reader on the timeline at ``path`` (a file, or a folder holding timeline.yaml).

    The exit status is 0 only for a clean quit: Textual shows an unhandled error and sets the
    app's return code, but ``run()`` itself returns normally.
    """
    from tui.app.app import ReaderApp
    from tui.model.timeline import timeline_file

    timeline_path = timeline_file(path)
    try:
        os.stat(timeline_path)
    except FileNotFoundError:
        print(missing_timeline_message(timeline_path), file=sys.stderr)
        return 2
    except (OSError, ValueError) as error:  # too long a name, a link loop, no permission
        from tui.model.diagnostics import printable
        from tui.model.paths import reason_of

        print(printable(f"newsline: {timeline_path}: {reason_of(error)}"), file=sys.stderr)
        return 2
    from tui.model.loader import freeze_kept_objects

    # The session keeps the timeline and the writer's document: out of the collector's sight,
    # so that walking them never stalls a key (see freeze_kept_objects).
    freeze_kept_objects()
    app = ReaderApp(Path(path), event_id=event_id)
    app.run()
    return app.return_code or 0


def missing_timeline_message(timeline_path: Path) -> str:
    """What is missing, and the commands that make a timeline or open another."""
    from tui.model.timeline import TIMELINE_FILENAME

    if timeline_path.name == TIMELINE_FILENAME:
        folder = timeline_path.parent
        where = "this folder" if folder == Path() else str(folder)
        problem = f"newsline: no {TIMELINE_FILENAME} in {where} ({folder.resolve()})"
    else:
        problem = f"newsline: {timeline_path}: no such timeline file"
    option = ""
    if timeline_path != Path(TIMELINE_FILENAME):  # extract's default needs no option
        option = f" --timeline {shlex.quote(str(timeline_path))}"
    return (
        f"{problem}\n"
        "Make one from news articles (text files, or folders of them):\n"
        f"  newsline extract{option} ARTICLE|FOLDER...\n"
        "or open an existing one: newsline PATH (a timeline file or a folder holding "
        f"{TIMELINE_FILENAME})"
    )
