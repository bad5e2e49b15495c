"""The user's editor, run on the timeline file from inside the reader."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

from textual.app import App

from tui.model.diagnostics import printable


def editor_command() -> str:
    """``$VISUAL``, else ``$EDITOR``, else ``vi``."""
    return os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"


def run_terminal_editor(app: App[object], path: Path, line: int) -> None:
    """Suspend ``app``, run the editor on ``path`` at ``line`` and come back; never raises.

    A command that cannot run, or a terminal that cannot suspend, becomes a notification.
    """
    command = editor_command()
    try:
        with app.suspend():
            subprocess.run([*shlex.split(command), f"+{line}", str(path)], check=False)
    except (OSError, ValueError) as error:
        app.notify(printable(f"cannot run {command!r}: {error}"), severity="error", markup=False)
    except Exception as error:  # SuspendNotSupported and the like
        app.notify(
            printable(f"cannot open the editor here: {error}"), severity="error", markup=False
        )
