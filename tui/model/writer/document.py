"""The one module that writes ``timeline.yaml``: small edits that leave everything else alone.

Every change is an insertion of new text at a position the YAML parser reports (the end of a
section, the end of an actor's alias list, ...). Bytes the change does not touch are never
re-emitted, so comments, key order, quoting, flow/block style, blank lines, indentation, line
endings and a byte-order mark survive byte for byte; a full re-dump (even ruamel's round trip)
re-indents and re-wraps what it did not need to touch. The new text is rendered to match the
file's own indentation, and each edit is checked before it is accepted: appends to a block
list and a new last key by re-parsing only the spliced region (:mod:`.local_edits`), others by
re-parsing the whole text. Layouts the splicer does not handle (a flow-style section with
items, a flow-style actor) fall back to ruamel.yaml's round trip (:mod:`.roundtrip`).

Saving (:mod:`.saving`) is atomic and goes through symbolic links (:mod:`.atomic`), and
refuses to overwrite a change made since the file was read (stat and bytes, re-checked just
before the rename): :class:`ConcurrentEditError`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from tui.model.articles import decode_utf8
from tui.model.loader import MAX_FILE_BYTES, collector_paused
from tui.model.writer.checks import _edit_matches
from tui.model.writer.disk import (
    FileState,
    Signature,
    digest,
    read_state,
)
from tui.model.writer.emit import (
    FIELD_ORDER,
    _ordered,
    _scalar,
    _Style,
    detect_style,
)
from tui.model.writer.errors import (
    DuplicateIdError,
    TimelineSyntaxError,
    UnknownIdError,
    WriterError,
)
from tui.model.writer.item_edits import ItemEdits
from tui.model.writer.local_edits import LocalEdits
from tui.model.writer.nodes import (
    _UNSET,
    _content_end,
    _FastLoader,
    _is_empty_flow_list,
    _is_null,
    _mapping_get,
    _mapping_key,
    _plain_value,
    _safe_load,
)
from tui.model.writer.roundtrip import RoundTripEdits
from tui.model.writer.saving import Saving
from tui.model.writer.splice import settle, shift_root
from tui.model.writer.text_edits import RenderedItems, TextEdits
from tui.model.yaml_nodes import compose_yaml

SECTIONS = ("articles", "actors", "events")
SKELETON = "version: 1\narticles: []\nactors: []\nevents: []\n"


class TimelineDocument(ItemEdits, TextEdits, LocalEdits, RoundTripEdits, Saving):
    """``timeline.yaml`` as text plus the edits made to it, saved atomically by :meth:`save`."""

    def __init__(
        self,
        path: Path,
        raw: bytes | None,
        text: str,
        state: FileState | None = None,
        *,
        screened: bool = False,
    ) -> None:
        self.path = Path(path)
        # What was on disk when read (digest None: no file; signature None: not known);
        # save() refuses if the disk moved on.
        if state is None:
            state = FileState(None, None if raw is None else digest(raw))
        self._disk: FileState = state
        # The bytes behind ``_disk`` (None: no file), when known: the check before a save's
        # rename compares the file with them instead of hashing it again.
        self._disk_bytes: bytes | None = raw if state.digest is not None else None
        self._chunks: list[tuple[str, bytes]] = []  # what the last save encoded (see saving)
        self._bom = ""
        if text.startswith("\ufeff"):
            self._bom, text = "\ufeff", text[1:]
        self._text = text
        self._newline = "\r\n" if text.count("\r\n") * 2 > text.count("\n") else "\n"
        self._root: yaml.Node | None = None
        self._ids: dict[str, dict[str, yaml.Node]] | None = None
        # The document as Python values, built from _root when an edit first needs it.
        self._data: Any = _UNSET
        # Shifts of positions not yet made in the items of the top-level lists (see
        # splice.shift_root): (at, characters, lines), applied to an item when it is looked at.
        self._shift_log: list[tuple[int, int, int]] = []
        with collector_paused(keep=True):
            if not screened:
                self._screen()
            self._reparse()
            self._style = self._detect_style()

    # --- construction -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, screened: Signature | None = None) -> TimelineDocument:
        """Read ``path``; raise :class:`TimelineSyntaxError` (line, column) if it is not YAML.

        ``screened``: the signature of a state of the file the loader has just read without
        an error. When the bytes are still in it, the loader's screening (:meth:`_screen`,
        a second full parse) is not repeated: the reader's first write waits on this parse.
        """
        path, raw, text, state = cls.read(path)
        seen = screened is not None and state.signature == screened
        return cls(path, raw, text, state, screened=seen)

    @staticmethod
    def read(path: Path) -> tuple[Path, bytes, str, FileState]:
        """``path``'s bytes, text and state, to make the document of later (``cls(*read)``):
        what :meth:`save` will expect on disk is what was read now. Raises as :meth:`open`
        does for a file that is missing or not UTF-8."""
        path = Path(path)
        raw, state = read_state(path)
        if raw is None:
            raise FileNotFoundError(2, "No such file or directory", str(path))
        text, problem = decode_utf8(raw, path)
        if problem is not None:
            raise TimelineSyntaxError(path, problem.line, problem.column, problem.message)
        if raw.startswith(b"\xef\xbb\xbf"):
            text = "\ufeff" + text  # kept, so that saving writes it back
        return path, raw, text, state

    @classmethod
    def new(cls, path: Path) -> TimelineDocument:
        """A skeleton timeline for a file that does not exist yet (written by :meth:`save`)."""
        return cls(Path(path), None, SKELETON)

    # --- reading ------------------------------------------------------------------------------

    def ids(self, section: str) -> set[str]:
        """The ids of the items of ``section`` ("articles", "actors" or "events")."""
        return set(self._items_by_id(section))

    def extracted_ids(self) -> set[str]:
        """The entries of the optional top-level ``extracted:`` list (the ledger of what
        extraction proposed: source keys, or event ids in older files; see tui.model.ledger)."""
        node = self._top_value("extracted")
        if isinstance(node, yaml.SequenceNode):
            return {
                str(item.value)
                for item in node.value
                if isinstance(item, yaml.ScalarNode) and item.value != ""
            }
        return set()

    def line_of(self, section: str, item_id: str) -> int | None:
        """1-based line of the item's ``- id:`` in :meth:`text`, or None if there is none."""
        node = self._items_by_id(section).get(item_id)
        return None if node is None else self._settle(node).start_mark.line + 1

    def text(self) -> str:
        """The whole document as :meth:`save` would write it."""
        return self._bom + self._text

    # --- editing ------------------------------------------------------------------------------

    def add_article(self, fields: Mapping[str, object]) -> None:
        """Append an article (``id``, ``path``, ``title``, ``published``, ``byline``, ...)."""
        self.add_items("articles", [fields])

    def add_actor(self, fields: Mapping[str, object]) -> None:
        """Append an actor (``id``, ``name``, ``kind``, ``aliases``, ``description``)."""
        self.add_items("actors", [fields])

    def add_event(self, fields: Mapping[str, object]) -> None:
        """Append an event; ``date`` may be EDTF text, a ``datetime.date``, an int year or
        an :class:`EventDate`; ``sources`` a list of ``{"article": id, "quote": text}``."""
        self.add_items("events", [fields])

    def add_items(
        self,
        section: str,
        items: Sequence[Mapping[str, object]],
        rendered: RenderedItems | None = None,
    ) -> None:
        """Append several items to ``section`` in one edit.

        One edit re-reads and checks the document once, however many items it adds: adding
        thousands of extracted events one by one would re-read the growing file each time.
        ``rendered``: the items' lines made ahead (:meth:`render_items`), used when their
        column is still the one they go at; checked like lines made here.
        """
        if section not in SECTIONS:
            raise ValueError(f"unknown section {section!r}; use one of {', '.join(SECTIONS)}")
        if items:
            self._add_items(section, items, rendered)

    def add_alias(self, actor_id: str, alias: str) -> bool:
        """Add ``alias`` to the actor's aliases; False if it is already its name or an alias."""
        return bool(self.add_aliases(actor_id, [alias]))

    def add_aliases(self, actor_id: str, aliases: Iterable[str]) -> list[str]:
        """Add each of ``aliases`` the actor does not have yet (as name or alias), in one edit.

        Returns the aliases that were added.
        """
        actor = self._items_by_id("actors").get(actor_id)
        if actor is None:
            raise UnknownIdError(f"no actor with id {actor_id!r}")
        self._settle(actor)
        if not isinstance(actor, yaml.MappingNode) or actor.flow_style:
            return self._round_trip_add_aliases(actor_id, list(aliases))
        known = {_plain_value(value) for key, value in actor.value if key.value == "name"}
        existing = _mapping_get(actor, "aliases")
        if isinstance(existing, yaml.SequenceNode):
            known |= {_plain_value(item) for item in existing.value}
        new = [alias for alias in dict.fromkeys(aliases) if alias not in known]
        if not new:
            return []
        if not isinstance(existing, yaml.SequenceNode | None) and not _is_null(existing):
            raise WriterError(f"{self.path}: the aliases of {actor_id!r} are not a list")
        if self._append_scalars_locally(
            existing, new, f"actors/{actor_id}/aliases", container=actor
        ):
            return new
        with self._checked_edit(("actors", actor_id, "aliases"), new):
            if isinstance(existing, yaml.SequenceNode):
                self._append_to_list(existing, new)
            else:
                key_column = actor.value[0][0].start_mark.column
                self._set_key(actor, "aliases", new, key_column, FIELD_ORDER["actors"])
        return new

    def mark_extracted(self, ids: Iterable[str]) -> None:
        """Add ``ids`` to the top-level ``extracted:`` list (created at the end if missing).

        Entries are event ids or source keys (:mod:`tui.model.ledger`); existing ones are kept.
        """
        known = self.extracted_ids()  # once: a run records thousands of sources
        new = [item for item in dict.fromkeys(ids) if item not in known]
        if not new:
            return
        node = self._top_value("extracted")
        if not isinstance(node, yaml.SequenceNode | None) and not _is_null(node):
            raise WriterError(f"{self.path}: `extracted:` is not a list")
        if self._append_scalars_locally(node, new, "extracted"):
            return
        root = self._root_mapping()
        if node is None and root is not None and root.value:
            dash = " " * self._style.dash_offset
            lines = ["extracted:", *[f"{dash}- {_scalar(value, flow=False)}" for value in new]]
            at = _content_end(root.value[-1][1])
            if self._new_key_checked_locally(at, lines, "extracted", new):
                return
        with self._checked_edit(("extracted",), new):
            if isinstance(node, yaml.SequenceNode):
                self._append_to_list(node, new)
            else:
                self._set_key(self._root_mapping(), "extracted", new, 0, (), block=True)

    # --- internals: parsing ---------------------------------------------------------------------

    def _screen(self) -> None:
        """Refuse, with a line and column, what the loader refuses before libyaml sees it.

        libyaml's composer recurses in C (deep nesting crashes the process) and expands
        aliases into shared nodes that every later comparison would walk again and again, so
        a user's file is first read by the loader's iterative, alias-free composer.
        """
        if len(self._text) > MAX_FILE_BYTES:
            raise TimelineSyntaxError(self.path, 0, 0, "the file is too large to edit")
        _root, problems = compose_yaml(self._text, self.path)
        for problem in problems:
            if problem.is_error:
                raise TimelineSyntaxError(self.path, problem.line, problem.column, problem.message)

    def _values(self) -> Any:
        """The document as a YAML loader would hand it back, built from the parsed nodes."""
        if self._data is _UNSET:
            if self._root is None:
                self._data = None
            elif "<<" in self._text:
                # Merge keys make the constructor rewrite the nodes the edits splice by.
                self._data = _safe_load(self._text)
            else:
                constructor = yaml.constructor.SafeConstructor()
                self._data = constructor.construct_document(self._root)
        return self._data

    def _reparse(self) -> None:
        self._data = _UNSET
        self._ids = None
        self._shift_log = []  # a fresh tree: every position is where the text says
        try:
            self._root = yaml.compose(self._text, Loader=_FastLoader)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
            message = error.problem or error.context or "invalid YAML"
            raise TimelineSyntaxError(self.path, line, column, message) from None
        except yaml.YAMLError as error:
            raise TimelineSyntaxError(self.path, 0, 0, str(error)) from None
        if self._root is not None and not isinstance(self._root, yaml.MappingNode):
            mark = self._root.start_mark
            raise TimelineSyntaxError(
                self.path,
                mark.line + 1,
                mark.column + 1,
                "the top level of a timeline must be a mapping (version:, articles:, ...)",
            )

    def _root_mapping(self) -> yaml.MappingNode | None:
        root = self._root if isinstance(self._root, yaml.MappingNode) else None
        if root is not None and root.value:
            self._settle_list(root.value[-1][1])  # where a new top-level key would follow
        return root

    def _top_value(self, key: str) -> yaml.Node | None:
        root = self._root_mapping()
        node = None if root is None else _mapping_get(root, key)
        self._settle_list(node)
        return node

    def _settle_list(self, node: yaml.Node | None) -> None:
        """Bring a top-level list's items up to date where the edits look: its last item (a
        block list's end), or all of a flow list's (one line)."""
        if isinstance(node, yaml.SequenceNode) and node.value:
            for item in node.value if node.flow_style else node.value[-1:]:
                settle(item, self._shift_log)

    def _settle_all(self) -> None:
        """Every position up to date (for checks and tests: edits settle only what they use)."""
        root = self._root_mapping()
        for _key, value in root.value if root is not None else ():
            if isinstance(value, yaml.SequenceNode):
                for item in value.value:
                    settle(item, self._shift_log)

    def _settle(self, item: yaml.Node) -> yaml.Node:
        """``item`` (of a top-level list) with its positions up to date."""
        return settle(item, self._shift_log)

    def _shift_after(
        self, at: int, length: int, lines: int, container: yaml.Node | None = None
    ) -> None:
        """Positions at or after ``at`` move by ``length`` and ``lines``: the top level now,
        the items of top-level lists when next looked at. ``container``, the item an
        insertion went into, moves now, so that what is grafted into it stays put."""
        assert self._root is not None
        self._shift_log.append((at, length, lines))
        shift_root(self._root, at, length, lines)
        if container is not None:
            settle(container, self._shift_log)

    def index_items(self) -> None:
        """Index the items of the top-level lists by id now, as the first edit of an item would
        (a walk of every item: a tenth of a second on 20,000 events, which the reader's first
        curation key paid on top of its write). Kept until the next reparse."""
        for section in SECTIONS:
            self._items_by_id(section)

    def _items_by_id(self, section: str) -> dict[str, yaml.Node]:
        if section not in SECTIONS:
            raise ValueError(f"unknown section {section!r}; use one of {', '.join(SECTIONS)}")
        # Kept between edits (a small edit must not walk every item), rebuilt after a reparse.
        if self._ids is None:
            self._ids = {}
        if section not in self._ids:
            self._ids[section] = self._find_items(section)
        return self._ids[section]

    def _find_items(self, section: str) -> dict[str, yaml.Node]:
        node = self._top_value(section)
        found: dict[str, yaml.Node] = {}
        if isinstance(node, yaml.SequenceNode):
            for item in node.value:
                if isinstance(item, yaml.MappingNode):
                    value = _mapping_get(item, "id")
                    if isinstance(value, yaml.ScalarNode) and value.value != "":
                        found.setdefault(str(value.value), item)
        return found

    def _detect_style(self) -> _Style:
        """The dash offset and mapping indent the file already uses (defaults: 2 and 2)."""
        return detect_style(self._root)

    # --- internals: editing ---------------------------------------------------------------------

    def _add_items(
        self,
        section: str,
        items: Sequence[Mapping[str, object]],
        rendered: RenderedItems | None = None,
    ) -> None:
        existing = self._items_by_id(section)  # not copied: a small edit stays small
        taken: set[str] = set()
        for fields in items:
            item_id = fields.get("id")
            if not isinstance(item_id, str) or not item_id:
                raise ValueError(f"a new item of {section} needs a text id, got {item_id!r}")
            if item_id in existing or item_id in taken:
                raise DuplicateIdError(f"{section} already has an item with id {item_id!r}")
            taken.add(item_id)
        ordered = [_ordered(fields, FIELD_ORDER[section]) for fields in items]
        node = self._top_value(section)
        empty = node is None or _is_null(node) or _is_empty_flow_list(node)
        if not empty and not isinstance(node, yaml.SequenceNode):
            raise WriterError(f"{self.path}: `{section}:` is not a list")
        if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
            lines = self._lines_of(ordered, rendered, node.start_mark.column)
            if self._append_checked_locally(node, lines, ordered, section):
                if self._ids is not None and section in self._ids:
                    for fields, item in zip(ordered, node.value[-len(ordered) :], strict=True):
                        self._ids[section].setdefault(str(fields["id"]), item)
                return
        root = self._root_mapping()
        if node is None and root is not None and root.value:
            dash = root.value[0][0].start_mark.column + self._style.dash_offset
            lines = [f"{section}:", *self._lines_of(ordered, rendered, dash)]
            if self._new_key_checked_locally(len(self._text), lines, section, ordered):
                return
        if node is not None and empty and root is not None and root.value:
            dash = root.value[0][0].start_mark.column + self._style.dash_offset
            lines = self._lines_of(ordered, rendered, dash)
            if self._fill_empty_checked_locally(section, node, lines, ordered):
                return
        with self._checked_edit((section,), ordered):
            if isinstance(node, yaml.SequenceNode) and node.flow_style and node.value:
                self._round_trip_add_items(section, ordered)
            elif isinstance(node, yaml.SequenceNode) and not node.flow_style:
                lines = self._lines_of(ordered, rendered, node.start_mark.column)
                self._insert_lines(_content_end(node), lines)
            else:
                root = self._root_mapping()
                key_column = 0 if root is None else root.value[0][0].start_mark.column
                lines = self._lines_of(ordered, rendered, key_column + self._style.dash_offset)
                if node is None:
                    self._append_top_level([f"{section}:", *lines])
                else:
                    key_node = _mapping_key(root, section) if root is not None else None
                    assert key_node is not None
                    self._replace_empty_value(key_node, node, lines)

    @contextlib.contextmanager
    def _checked_edit(self, where: tuple[str, ...], value: object) -> Iterator[None]:
        """Run an edit of the text, then make sure the document says exactly what was asked:
        the same as before plus ``value`` at ``where``.

        On any failure the text goes back to what it was before the edit, so a half-made or
        wrong edit can never reach the disk; a failed check is a bug in the writer.
        """
        with collector_paused():
            text_before = self._text
            data_before = self._values()

            def undo() -> None:
                self._text = text_before
                self._reparse()

            try:
                yield
                self._reparse()
                after = self._values()
            except (TimelineSyntaxError, yaml.YAMLError) as error:
                undo()
                message = f"internal error: the edit made the YAML invalid: {error}"
                raise WriterError(message) from None
            except BaseException:
                undo()
                raise
            if not _edit_matches(data_before, after, where, value):
                undo()
                where_text = "/".join(where)
                raise WriterError(f"internal error: the edit at {where_text} did not read back")
