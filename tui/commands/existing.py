"""The timeline a writing command adds to: read and vetted before anything is written.

``newsline extract`` and ``newsline import`` both add to a timeline that may not exist yet. Both
refuse to touch one that has errors, and say so the way ``newsline check`` does, so a user's
file is never rewritten on top of a mistake they have not seen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from tui.model.paths import reason_of
from tui.model.timeline import LoadResult


def load_existing(path: Path, doing: str, error: Callable[[str], None]) -> LoadResult | bool | None:
    """The load of the timeline at ``path``; ``None`` if there is none yet, ``False`` if unusable.

    ``doing`` names the command's work in the refusal ("before extracting"); ``error`` prints a
    message under the command's own name. Errors are printed as ``path:line:col: error: ...``.
    """
    try:
        os.lstat(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as problem:  # too long a name, a link loop, ...
        error(f"{path}: {reason_of(problem)}")
        return False
    from tui.model.loader import load_timeline

    result = load_timeline(path, resolve_sources=False)
    if result.timeline is None or result.errors:
        for diagnostic in result.errors:
            print(diagnostic.format(), file=sys.stderr)
        error(f"{path} has errors; fix them (`newsline check {path}`) before {doing}")
        return False
    return result
