"""ruamel.yaml's round trip, for layouts the splicer does not handle (flow-style sections and
actors): it keeps comments and key order, though it may re-indent what it re-emits.

A mixin of :class:`tui.model.writer.document.TimelineDocument`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from tui.model.writer.checks import _to_plain


class RoundTripEdits:
    """Edits made by loading, changing and dumping the whole text with ruamel.yaml."""

    _text: str
    _newline: str
    _style: Any

    def _round_trip(self, change: Any) -> None:
        from ruamel.yaml import YAML

        handler = YAML(typ="rt")
        handler.preserve_quotes = True
        handler.width = 1 << 16
        offset = self._style.dash_offset
        handler.indent(mapping=self._style.mapping_indent, sequence=offset + 2, offset=offset)
        data = handler.load(self._text)
        change(data)
        out = io.StringIO()
        handler.dump(data, out)
        text = out.getvalue()
        self._text = text.replace("\n", self._newline) if self._newline != "\n" else text

    def _round_trip_add_items(self, section: str, items: Sequence[Mapping[str, object]]) -> None:
        from ruamel.yaml.comments import CommentedMap

        plain = [CommentedMap(_to_plain(fields)) for fields in items]
        self._round_trip(lambda data: data[section].extend(plain))

    def _round_trip_add_aliases(self, actor_id: str, aliases: list[str]) -> list[str]:
        added: list[str] = []

        def change(data: Any) -> None:
            for actor in data["actors"]:
                if isinstance(actor, Mapping) and str(actor.get("id")) == actor_id:
                    existing = list(actor.get("aliases") or [])
                    known = {*existing, actor.get("name")}
                    added.extend(a for a in dict.fromkeys(aliases) if a not in known)
                    if added:
                        actor["aliases"] = [*existing, *added]
                    return

        text_before = self._text
        # `added` is only known once the change ran; the check compares against it then.
        with self._checked_edit(("actors", actor_id, "aliases"), added):
            self._round_trip(change)
            if not added:
                self._text = text_before
        return added
