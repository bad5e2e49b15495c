"""Snapshots of the reader on the seed articles at 80x24 and 160x45.

Update after an intended change with ``pytest tests/test_snapshots.py --snapshot-update`` and
look at the SVGs in ``tests/__snapshots__/`` before committing.
"""

from __future__ import annotations

from pathlib import Path

from conftest import TIMELINE_YAML, load, make_corpus, workers_done

from tui.app.app import ReaderApp


def reader(tmp_path: Path, event_id: str | None = None, text: str = TIMELINE_YAML) -> ReaderApp:
    # A fixed folder name: the header shows it.
    path = make_corpus(tmp_path / "seeds-corpus", text)
    return ReaderApp(path, event_id, loader=load, watch=False, keymap_path=tmp_path / "none")


async def loaded(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await workers_done(pilot.app)
    await pilot.pause()
    await pilot.pause()


def test_narrow_events_over_text(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(reader(tmp_path), terminal_size=(80, 24), run_before=loaded, press=["j"])


def test_narrow_actors_pane(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(reader(tmp_path), terminal_size=(80, 24), run_before=loaded, press=["3"])


def test_wide_three_columns(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = reader(tmp_path, "train-departs")
    assert snap_compare(app, terminal_size=(160, 45), run_before=loaded, press=["enter"])


def test_narrow_broken_file_panel(snap_compare, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The last good timeline stays; the problems show above the footer, path:line:col."""
    reader(tmp_path)  # writes the corpus
    path = tmp_path / "seeds-corpus" / "timeline.yaml"
    good = path.read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a relative path in the messages: the same on every machine
    app = ReaderApp(Path("seeds-corpus"), loader=load, watch=False, keymap_path=tmp_path / "none")

    async def break_the_file(pilot) -> None:  # type: ignore[no-untyped-def]
        await loaded(pilot)
        path.write_text(good.replace("title: Armored train", "title: [Armored train"), "utf-8")
        await pilot.press("r")
        await loaded(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=break_the_file)


def test_wide_timeline_view(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = reader(tmp_path, "summit")
    assert snap_compare(app, terminal_size=(160, 45), run_before=loaded, press=["t"])


async def crowded(pilot) -> None:  # type: ignore[no-untyped-def]
    """Filters, a search and a two-source event: the longest header and footer."""
    from tui.model.filters import Filters, parse_date_range

    await loaded(pilot)
    start, end = parse_date_range("2023-09")
    pilot.app.set_filters(Filters(tag="diplomacy", date_from=start, date_to=end))
    await pilot.press("slash", *"putin", "enter")
    await pilot.pause(0.1)


def test_narrow_crowded_header_and_footer(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(reader(tmp_path), terminal_size=(80, 24), run_before=crowded)


def test_wide_crowded_header_and_footer(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(reader(tmp_path), terminal_size=(160, 45), run_before=crowded)


def test_narrow_search_results(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """F Vladivostok: the sentences of both articles, matches marked, the citing events."""

    async def search(pilot) -> None:  # type: ignore[no-untyped-def]
        await loaded(pilot)
        await pilot.press("F", *"Vladivostok", "enter")
        await loaded(pilot)

    assert snap_compare(reader(tmp_path), terminal_size=(80, 24), run_before=search)


def test_narrow_article_browser(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """b: both articles by date with their event counts."""

    async def browse(pilot) -> None:  # type: ignore[no-untyped-def]
        from textual.widgets import Input

        await loaded(pilot)
        await pilot.press("b")
        await loaded(pilot)
        # A blinking cursor would be drawn or not depending on when the picture is taken.
        pilot.app.screen.query_one(Input).cursor_blink = False
        await pilot.pause()

    assert snap_compare(reader(tmp_path), terminal_size=(80, 24), run_before=browse)


# The inspector's fields: words for the date, notes, and a ledger (train-departs is to review).
INSPECTED_YAML = (
    TIMELINE_YAML.replace(
        "    date: 2023-09-10\n",
        "    date: 2023-09-10\n    date_text: Sunday night\n"
        "    notes: Seen by a South Korean official.\n",
    )
    + "extracted:\n  - train-departs\n"
)


def test_narrow_inspector(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = reader(tmp_path, "train-departs", INSPECTED_YAML)
    assert snap_compare(app, terminal_size=(80, 24), run_before=loaded, press=["i"])


def test_wide_inspector(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = reader(tmp_path, "train-departs", INSPECTED_YAML)
    assert snap_compare(app, terminal_size=(160, 45), run_before=loaded)
