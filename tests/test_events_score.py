"""The events scorer of issue 9 (bench/events_scoring.py) on synthetic gold, output, judgements."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from events_scoring import (  # noqa: E402
    GoldArticle,
    GoldEvent,
    Judgement,
    ScoringInputError,
    SystemEvent,
    assign_keys,
    date_compatible,
    event_key,
    failure_lines,
    load_gold,
    load_judgements,
    locate_quotes,
    match_gold,
    score,
    table,
)

from tui.model.dates import parse_event_date  # noqa: E402

TEXT = "Acme closed its plant on Monday. Bob Smith said prices rose. The board met in May."
SENTENCES = [(0, 32), (33, 60), (61, 82)]


def _gold(ident: str, date: str, cues: tuple[int, ...], title: str = "x") -> GoldEvent:
    return GoldEvent("a1", ident, title, parse_event_date(date), "occurred", (), cues)


def _event(quote: str, date: str, title: str = "t", article: str = "a1") -> SystemEvent:
    event = SystemEvent("", title, date, "", "occurred", [], [(article, quote)])
    locate_quotes(event, {"a1": TEXT})
    return event


def _judged(**changes: object) -> Judgement:
    fields: dict[str, object] = dict.fromkeys(("real", "date", "status", "title", "actors"), True)
    fields["quote"] = True
    fields.update(changes)
    return Judgement(**fields)  # type: ignore[arg-type]


def test_key_ignores_case_spacing_and_quote_style_but_not_words() -> None:
    first = event_key("a1", "He said \u201cyes\u201d  today")
    assert first == event_key("a1", 'he said "YES" today')
    assert first.startswith("a1#")
    assert first != event_key("a1", "He said no today")
    assert first != event_key("a2", "He said \u201cyes\u201d today")


def test_keys_of_two_events_with_one_quote_differ_by_date() -> None:
    events = [_event("Acme closed", "2020-01-06"), _event("Acme closed", "2020-01")]
    assign_keys(events)
    assert events[0].key == event_key("a1", "Acme closed")
    assert events[1].key == f"{events[0].key}@2020-01"


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ("2020-05-04", "2020-05-04", True),
        ("2020-05", "2020-05-04", True),  # finer, inside the gold month
        ("2020-05-04/2020-05-10", "2020-05-06", True),  # a day of the gold week
        ("2020-05-04", "2020-05", False),  # coarser than the gold
        ("2020-05", "2020-06-01", False),
        ("2020", "2020-04-27/2020-05-03", True),
        ("2020-05-04", "not a date", False),
    ],
)
def test_date_compatible_at_the_gold_precision(gold: str, system: str, expected: bool) -> None:
    assert date_compatible(parse_event_date(gold), system) is expected


def test_matching_needs_the_cited_sentence_or_a_close_title_and_the_date() -> None:
    golds = [
        GoldArticle(
            "a1",
            "x.tml",
            dt.date(2020, 1, 8),
            (_gold("e1", "2020-01-06", (0,)), _gold("e2", "2020-05", (61,), "Board meets")),
        )
    ]
    right = _event("closed its plant on Monday", "2020-01-06")
    wrong_date = _event("Acme closed its plant", "2020-01-13")
    elsewhere = _event("prices rose", "2020-01-06")  # another sentence, unrelated title
    by_title = _event("nowhere in the text", "2020-05-20", title="The board meets")
    other_article = _event("closed its plant on Monday", "2020-01-06", article="a2")
    events = [right, wrong_date, elsewhere, by_title, other_article]
    assign_keys(events)
    matches = match_gold(golds, events, {"a1": SENTENCES}, {})
    assert matches[0].dated == [right.key]
    assert matches[0].undated == [wrong_date.key]
    assert matches[1].dated == [by_title.key]


def test_a_judgements_tells_overrides_the_automatic_match() -> None:
    golds = [GoldArticle("a1", "x.tml", dt.date(2020, 1, 8), (_gold("e1", "2020-01-06", (0,)),))]
    overlapping = _event("Acme closed its plant", "2020-01-06")
    unrelated = _event("prices rose", "2020-01-06")
    events = [overlapping, unrelated]
    assign_keys(events)
    judgements = {
        overlapping.key: _judged(tells=()),  # the judge says it tells nothing
        unrelated.key: _judged(tells=("a1:e1",)),  # and that this one tells a1's e1
    }
    (match,) = match_gold(golds, events, {"a1": SENTENCES}, judgements)
    assert match.dated == [unrelated.key]


def test_scores_count_precision_duplicates_criteria_and_unjudged() -> None:
    events = [_event(q, "2020-01-06") for q in ("Acme", "Bob", "board", "plant", "rose")]
    events[4].sources.append(("a2", "rose elsewhere"))
    assign_keys(events)
    k = [event.key for event in events]
    judgements = {
        k[0]: _judged(why=("title:cut",), title=False),  # precise, not editor-ready
        k[1]: _judged(),  # editor-ready
        k[2]: _judged(duplicate_of=k[1]),  # a duplicate: neither precise nor ready
        k[3]: _judged(duplicate_of="a1#gone", date=False, why=("date:pub-default",)),
        # k[4] is unjudged
    }
    result = score([], events, judgements)
    assert (result.extracted, result.judged, result.multi_article) == (5, 4, 1)
    assert result.precise == 2
    assert result.duplicates == 1
    assert result.stale_duplicates == 1
    assert result.editor_ready == 1
    assert result.criteria["title"] == 3
    assert result.failures == {"title:cut": 1, "date:pub-default": 1, "duplicate": 1}
    lines = table(result)
    assert any(line.startswith("precision") and " 50.0 %" in line for line in lines)
    assert any(line.startswith("duplicates") and " 25.0 %" in line for line in lines)
    assert failure_lines(result)[0].split() == ["1", "title", "(all", "kinds)"]


def test_recall_counts_gold_events_found_with_the_right_date() -> None:
    golds = [
        GoldArticle(
            "a1",
            "x.tml",
            dt.date(2020, 1, 8),
            (_gold("e1", "2020-01-06", (0,)), _gold("e2", "2020-01-07", (33,))),
        )
    ]
    events = [_event("Acme closed its plant", "2020-01-06"), _event("prices rose", "2020-01-08")]
    assign_keys(events)
    result = score(match_gold(golds, events, {"a1": SENTENCES}, {}), events, {})
    assert (result.gold, result.found, result.told_any_date) == (2, 1, 2)


def test_bad_gold_names_file_line_and_column(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "articles:\n"
        "  - source: timeml/x/a1.tml\n"
        "    published: 2020-01-08\n"
        "    events:\n"
        "      - {id: e1, title: t, date: '2020-01-06', status: done, cues: [0]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ScoringInputError, match=r"gold\.yaml:5:9: event e1: status"):
        load_gold(gold)
    gold.write_text("articles:\n  - source: [\n", encoding="utf-8")
    with pytest.raises(ScoringInputError, match=r"gold\.yaml:\d+:\d+"):
        load_gold(gold)


def test_gold_and_judgements_load(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "articles:\n"
        "  - source: timeml/x/a1.tml\n"
        "    published: 2020-01-08\n"
        "    events:\n"
        "      - {id: e1, title: t, date: '2020-01', status: planned, actors: [A], cues: [3]}\n",
        encoding="utf-8",
    )
    (article,) = load_gold(gold)
    assert article.id == "a1" and article.events[0].date.edtf() == "2020-01"
    judgements = tmp_path / "judgements.yaml"
    assert load_judgements(judgements) == {}  # none yet
    judgements.write_text(
        "judgements:\n"
        '  "a1#0123456789": {real: true, date: true, status: true, title: false, '
        "actors: true, quote: true, duplicate_of: null, tells: [e1], why: [title:cut]}\n"
        '  "a1#abcdefabcd": {real: true, date: yes please, status: true, title: false, '
        "actors: true, quote: true}\n",
        encoding="utf-8",
    )
    with pytest.raises(ScoringInputError, match=r"judgements\.yaml:3:\d+: .*`date`"):
        load_judgements(judgements)


def test_script_skips_with_a_clear_message_without_shared(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "events_score.py"), "--shared", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "skipping" in done.stdout and "timeml" in done.stdout


SHARED = ROOT.parent / "shared"


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "timeml").is_dir(), reason="needs ../shared/timeml")
def test_every_gold_cue_starts_a_sentence_of_its_article() -> None:
    from events_score import article_text, sentence_spans

    for article in load_gold(ROOT / "bench" / "events_gold" / "gold.yaml"):
        read = article_text(article, SHARED)
        assert not isinstance(read, str), read
        text, published = read
        assert published == article.published, article.id
        starts = {start for start, _ in sentence_spans(text)}
        for event in article.events:
            assert 3 <= len(event.title) <= 90
            for cue in event.cues:
                assert cue in starts, (article.id, event.id, cue)
