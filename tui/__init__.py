"""newsline: read the news as a timeline in a terminal.

The package is layered, one direction only:

- ``tui.model``: the timeline file, articles, dates and validation. No Textual imports.
- ``tui.extract``: temporal tagging, actors and events, built on the model.
- ``tui.app``: the Textual reader, built on both.
"""

__version__ = "0.1.0"
