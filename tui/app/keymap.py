"""The user's key remapping: ``[keymap] binding_id = "key"`` in the config file.

What a remapping does to the reader as a whole is checked by :mod:`tui.app.keymap_reach`,
imported only when there is a keymap: most readers have none, and start-up need not pay for it.
"""

from __future__ import annotations

import os
from pathlib import Path

from tui.model.diagnostics import did_you_mean


def config_path() -> Path:
    """``$XDG_CONFIG_HOME/newsline/config.toml`` (``~/.config`` when unset)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsline" / "config.toml"


def load_keymap(path: Path, known_ids: set[str]) -> tuple[dict[str, str], list[str]]:
    """The keymap from ``path`` and a list of problems (empty when all is well).

    A missing file is no problem; anything else wrong is reported, never raised, so a bad
    config costs the user a notification, not the app.
    """
    if not path.exists():
        return {}, []
    import tomllib  # here: most readers have no keymap file, and start-up need not pay for it

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return {}, [f"{path}: cannot read: {error}"]
    except tomllib.TOMLDecodeError as error:
        return {}, [f"{path}: {error}"]
    section = data.get("keymap", {})
    if not isinstance(section, dict):
        return {}, [f'{path}: [keymap] must be a table of binding_id = "key"']
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, key in section.items():
        if binding_id not in known_ids:
            hint = did_you_mean(binding_id, sorted(known_ids))
            problems.append(
                f"{path}: unknown binding id {binding_id!r}" + (f"; {hint}" if hint else "")
            )
        elif not isinstance(key, str) or not key.strip():
            problems.append(f'{path}: {binding_id} must be a key such as "ctrl+j"')
        else:
            keymap[binding_id] = key.strip()
    return keymap, problems
