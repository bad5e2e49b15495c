"""A bare "the plan" in a title is the plan the article told before (issue 9, section 1):
"The thrift announced the plan" says which plan when the article said "a plan to sell ..."."""

from __future__ import annotations

import datetime as dt

from tui.extract.pipeline import ArticleInput, process_article
from tui.extract.title_referents import name_referent


def _titles(text: str, published: dt.date = dt.date(1989, 10, 20)) -> list[str]:
    return [draft.title for draft in process_article(ArticleInput("a", text, published)).drafts]


def test_a_bare_plan_is_the_plan_the_article_told() -> None:
    text = (
        "Harbor Savings Bank said a plan to sell its Ohio branch offices to Lake Trust Co. "
        "fell through.\n"
        "The bank also expects to post a charge for the quarter.\n"
        "The bank announced the plan Aug. 21.\n"
    )
    titles = _titles(text)
    assert any(
        t.startswith("Harbor Savings Bank announced the plan to sell its Ohio") for t in titles
    ), titles


def test_the_nearest_telling_before_is_taken_and_the_title_fitted() -> None:
    text = (
        "The union rejected an offer of a 2 percent raise in May. Talks resumed and the "
        "company made an offer for a three-year contract with a 4 percent raise. "
    )
    before = len(text)
    title = name_referent("The union accepted the offer", text, before)
    assert title == "The union accepted the offer for a three-year contract with a 4 percent raise"


def test_a_noun_that_says_which_or_an_untold_one_is_left() -> None:
    text = "The ministry drew up a plan to cut the deficit. "
    told = len(text)
    # Already says which; a longer noun; never told; inside a quotation.
    assert name_referent("X announced the plan to cut jobs", text, told) == (
        "X announced the plan to cut jobs"
    )
    assert name_referent("X backed the plan approval", text, told) == "X backed the plan approval"
    assert name_referent("X signed the deal", text, told) == "X signed the deal"
    quoted = "Li: \u201cWe support the plan\u201d"
    assert name_referent(quoted, text, told) == quoted
    sentence = '"To save the plan we need funds," Li said.'
    assert name_referent("To save the plan we need funds", text, told, sentence) == (
        "To save the plan we need funds"
    )
