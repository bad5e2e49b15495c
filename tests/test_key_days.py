"""The pure pieces of key dates: a day's weight, clean sentences, and central sentences."""

from __future__ import annotations

from tui.model.key_days import (
    Candidate,
    DayEvidence,
    central,
    day_weight,
    inverse_frequencies,
    is_clean,
    tidy,
)


def test_each_signal_raises_a_days_weight_and_none_counts_more_than_another() -> None:
    nothing = day_weight(DayEvidence())
    mentioned = day_weight(DayEvidence(later_mentions=3))
    covered = day_weight(DayEvidence(published=3))
    cited = day_weight(DayEvidence(later_events=3))
    assert nothing == 0.0
    assert nothing < mentioned == covered == cited
    # Logarithms: a day needs every kind of attention, not ten times one kind.
    assert day_weight(DayEvidence(2, 2, 2)) > day_weight(DayEvidence(later_mentions=20))


def test_the_sentence_most_like_the_others_is_chosen() -> None:
    day = [
        Candidate("Protesters marched through Cairo against Mubarak on Tuesday.", "a1"),
        Candidate("Thousands of protesters marched in Cairo and Alexandria.", "a2"),
        Candidate("Protesters in Cairo marched and chanted against Mubarak.", "a3"),
        Candidate("The stock exchange in Dubai closed early for a holiday.", "a4"),
    ]
    (first,) = central(day, 1)
    assert first.article in {"a1", "a3"}  # shares most with the rest; the Dubai aside never
    assert "Dubai" not in " ".join(c.text for c in central(day, 2))


def test_near_duplicates_are_said_once_and_stand_for_all_their_events() -> None:
    said = "Mubarak resigned as president and handed power to the army."
    day = [
        Candidate(said, "a1", ("resigns",)),
        Candidate(said, "a2", ("resigns-again",)),
        Candidate("Mubarak resigned as president and handed power to the army on Friday.", "a3"),
        Candidate("The army imposed a curfew in the capital after the announcement.", "a4"),
    ]
    chosen = central(day, 3)
    assert [c.text for c in chosen] == [said, day[3].text]
    assert chosen[0].events == ("resigns", "resigns-again")


def test_whole_clean_sentences_come_before_fragments() -> None:
    day = [
        Candidate("BECKY ANDERSON, CNN: Mubarak resigned as president tonight.", "a1"),
        Candidate('He said "Mubarak resigned as president and', "a2"),
        Candidate("GENEVA (Reuters) - Mubarak resigned as president, officials said.", "a3"),
    ]
    (first,) = central(day, 1)
    assert first.text == "Mubarak resigned as president, officials said."


def test_clean_means_whole_readable_and_balanced() -> None:
    assert is_clean("The army imposed a curfew in the capital.")
    assert not is_clean("a curfew was imposed in the capital.")  # starts mid-sentence
    assert not is_clean("The army imposed a curfew in the capital")  # cut before its end
    assert not is_clean('He said: "the army imposed a curfew.')  # a quote cut open
    assert not is_clean("Curfew imposed.")  # a headline, not a sentence
    assert not is_clean(" ".join(["word"] * 60) + ".")  # a run-on block of text
    assert not is_clean("Monday 11 May 2009 13.41 BST A student was confirmed ill today.")
    assert tidy("CAIRO, Egypt (CNN) -- Crowds gathered.") == "Crowds gathered."
    assert tidy("- The WHO  met\non Friday.") == "The WHO met on Friday."


def test_rare_words_weigh_more() -> None:
    idf = inverse_frequencies(["the flu spread", "the flu closed schools", "vaccine ready"])
    assert idf["vaccine"] > idf["flu"]
    assert "the" not in idf  # stopwords never count


def test_no_candidates_or_no_room_gives_nothing() -> None:
    assert central([], 3) == []
    assert central([Candidate("Something happened in the city today.", "a1")], 0) == []
