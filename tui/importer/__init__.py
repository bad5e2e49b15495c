"""``newsline import``: saved pages, feeds, JSON exports and plain texts into article files.

Each source is read by the reader of its kind (:mod:`.html`, :mod:`.feeds`, :mod:`.jsonl`,
:mod:`.plaintext`), which turns it into :class:`~.records.Incoming` articles or one
:class:`~.records.ImportProblem` per bad file or entry. :mod:`.plan` drops what the corpus
holds already (same url or same normalised text) and names the new files; :mod:`.store` writes
each file atomically, never over an existing one, then registers the articles in
``timeline.yaml`` through :class:`tui.model.writer.TimelineDocument`.

No Textual here, and the heavy libraries (trafilatura, feedparser, dateparser, py3langid) are
imported by the reader that needs them, when it first runs.
"""
