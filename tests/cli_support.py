"""Running ``newsline`` as a user does, for the tests of its commands' exit status and output.

One place says how: ``python -m tui ARGS`` with this interpreter, standard input closed (a
command must never wait on the terminal), output captured as text, and a failing status
returned, never raised.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any


def newsline(
    *args: str | Path, cwd: Path | None = None, timeout: float = 120, **options: Any
) -> subprocess.CompletedProcess[str]:
    """The finished ``newsline ARGS`` (``options`` go to :func:`subprocess.run`: ``env``...)."""
    return subprocess.run(
        [sys.executable, "-m", "tui", *map(str, args)],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **options,
    )
