"""The reader on right-to-left and CJK articles (issue 11, section 3), driven with Pilot.

newsline keeps the logical order of right-to-left text and never reorders it (terminals differ
on bidi); CJK is measured by cell width. Sentence offsets, quote highlights and wrapping are
checked on Arabic and Korean text.
"""

from __future__ import annotations

from pathlib import Path

from conftest import settle, wait_for
from rich.cells import cell_len

from tui.app.app import ReaderApp
from tui.app.app import default_loader as load

ARABIC = (
    "وصل الرئيس إلى موسكو يوم الأحد في زيارة رسمية تستمر ثلاثة أيام. "
    "وقال المتحدث باسم الكرملين إن المحادثات ستتناول التعاون الاقتصادي والأمن الإقليمي. "
    "وغادر الوفد العاصمة مساء الثلاثاء بعد توقيع عدة اتفاقيات.\n"
)
KOREAN = (
    "김정은 국무위원장이 9월 10일 블라디보스토크에 도착했다. "
    "두 정상은 다음 날 보스토치니 우주기지에서 회담을 열고 무기와 식량 지원 문제를 논의했다. "
    "대표단은 9월 13일 평양으로 돌아갔다.\n"
)
AR_QUOTE = "وقال المتحدث باسم الكرملين إن المحادثات ستتناول التعاون الاقتصادي والأمن الإقليمي."
KO_QUOTE = "두 정상은 다음 날 보스토치니 우주기지에서 회담을 열고 무기와 식량 지원 문제를 논의했다."

TIMELINE = f"""\
version: 1
articles:
  - id: ar
    path: articles/ar.md
    title: "{ARABIC.split(" ", 4)[0]} ..."
    published: 2023-09-12
  - id: ko
    path: articles/ko.md
    title: 김정은 블라디보스토크 도착
    published: 2023-09-14
actors: []
events:
  - id: talks-ar
    title: Kremlin on the talks
    date: 2023-09-10
    sources:
      - article: ar
        quote: "{AR_QUOTE}"
  - id: summit-ko
    title: Summit at Vostochny
    date: 2023-09-11
    sources:
      - article: ko
        quote: "{KO_QUOTE}"
"""


def _app(tmp_path: Path) -> ReaderApp:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ar.md").write_text("---\nlanguage: ar\n---\n" + ARABIC, "utf-8")
    (tmp_path / "articles" / "ko.md").write_text("---\nlanguage: ko\n---\n" + KOREAN, "utf-8")
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    return ReaderApp(path, loader=load, watch=False, keymap_path=tmp_path / "none.toml")


def _body_lines(app: ReaderApp) -> list[tuple[int, int]]:
    view = app.text_view
    return [(line.start, line.end) for line in view.lines if line.header is None]


def _check_wrapping(app: ReaderApp) -> None:
    """Every line fits the pane in cells, and the lines give back the text in its order."""
    view = app.text_view
    width = view._text_width()
    spans = [(s, e) for s, e in _body_lines(app) if e > s]
    assert spans
    for start, end in spans:
        assert cell_len(view.text[start:end].rstrip()) <= width
    # Logical order: the lines, one after another, are the text itself (nothing reordered).
    assert "".join(view.text[s:e] for s, e in spans).split() == view.text.split()
    assert [s for s, _ in spans] == sorted(s for s, _ in spans)


def _drawn_cursor_sentence(app: ReaderApp) -> str:
    """The screen lines of the cursor's sentence, as drawn."""
    view = app.text_view
    first, last = view.lines_of_sentence(view.cursor_sentence)
    top = int(view.scroll_y)
    return "\n".join(view.render_line(y - top).text for y in range(first, last + 1))


async def test_arabic_sentence_quote_and_wrapping_in_logical_order(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert await wait_for(pilot, lambda: app.state.article_id == "ar")
        view = app.text_view
        assert view.text == ARABIC
        start = ARABIC.index(AR_QUOTE)
        # The quote is anchored where it is in the stored text, and is the cursor's sentence.
        assert view.source_span == (start, start + len(AR_QUOTE))
        sentence = view.sentences[view.cursor_sentence]
        assert ARABIC[sentence.start : sentence.end].strip() == AR_QUOTE
        _check_wrapping(app)
        # What is drawn is the stored characters, in stored (logical) order: the first words
        # of the quote are on screen as written, not reversed, and no bidi mark was added.
        shown = _drawn_cursor_sentence(app)
        assert AR_QUOTE.split()[0] in shown and AR_QUOTE.split()[1] in shown
        assert not any(mark in shown for mark in "\u200e\u200f\u202a\u202b\u202e\u2067")
        first_words = " ".join(AR_QUOTE.split()[:2])
        assert first_words in shown
        assert first_words[::-1] not in shown
        await pilot.resize_terminal(52, 24)
        await pilot.pause()
        assert await wait_for(pilot, lambda: view._wrapped_width == view._text_width())
        _check_wrapping(app)


async def test_korean_measured_by_cell_width(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        assert await wait_for(pilot, lambda: app.state.article_id == "ko")
        view = app.text_view
        start = KOREAN.index(KO_QUOTE)
        assert view.source_span == (start, start + len(KO_QUOTE))
        sentence = view.sentences[view.cursor_sentence]
        assert KOREAN[sentence.start : sentence.end].strip() == KO_QUOTE
        _check_wrapping(app)
        # Hangul takes two cells: a line holds about half as many characters as cells, and a
        # line break falls between words, never inside one.
        for width in (60, 44, 30):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            assert await wait_for(pilot, lambda: view._wrapped_width == view._text_width())
            _check_wrapping(app)
            spans = [(s, e) for s, e in _body_lines(app) if e > s]
            assert len(spans) > 1
            words = set(KOREAN.split())
            for s, e in spans:
                for word in view.text[s:e].split():
                    assert word in words  # whole words only
            widest = max(cell_len(view.text[s:e].rstrip()) for s, e in spans)
            assert widest > len(max((view.text[s:e].rstrip() for s, e in spans), key=len))
        # The highlighted quote is drawn: its first words are on screen in the cursor's lines.
        assert " ".join(KO_QUOTE.split()[:2]) in _drawn_cursor_sentence(app)


async def test_cursor_moves_by_sentence_in_korean_and_arabic(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        view = app.text_view
        starts = []
        for _ in range(3):
            sentence = view.sentences[view.cursor_sentence]
            starts.append(sentence.start)
            await pilot.press("j")
        # Sentences are at increasing offsets of the stored text, each ending at its stop.
        assert starts == sorted(starts)
        for sentence in view.sentences:
            assert view.text[sentence.start : sentence.end].rstrip()[-1] in ".!?"
