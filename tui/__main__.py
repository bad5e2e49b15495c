"""``python -m tui`` runs the ``newsline`` command."""

from tui.cli import main

raise SystemExit(main())
