"""The pure pieces of the key-dates export: how much a day weighs, and a day's central sentences.

Timeline summarization (Tran et al. 2013; Martschat and Markert 2018; Gholipour Ghalandari
and Ifrim 2020) chooses dates by how the articles treat them, then tells each date in the
sentences most typical of what was written about it. The signals here are the ones those
papers rank dates by, gathered by :mod:`tui.extract.key_dates` from the article text (the
model layer reads no text and runs no tagger):

- ``later_mentions``: articles published after the day that name it, to the day, in their text
  (news-tls' ``docs_before``: a day the story keeps coming back to is a day that mattered);
- ``published``: articles published on the day or the next (a burst of coverage; Tran et
  al.'s and news-tls' publication count, with the next day because news of a day is written
  the day after as often as on it);
- ``later_events``: articles published after the day that cite one of our events dated to it
  (the event salience of :mod:`tui.model.salience`, seen from the day).

:func:`day_weight` adds their logarithms with equal weights: each signal is a count of
articles with a long tail, and no one of them is trusted more than the others. Equal weights
came out of leave-one-story-out on the six development stories as well as any tuned set did
(docs/extract.md, "Key dates"), and they leave nothing to over-fit.

A day's summary ranks its candidate sentences by TF-IDF cosine to the day's centroid (the
CLUST/DATEWISE baselines of Gholipour Ghalandari and Ifrim): a sentence that says what most
of the day's sentences say. Near-duplicates are dropped and whole clean sentences (no
dateline, no transcript speaker tag, no unbalanced quote) come before the rest.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# Words that say nothing about what happened; left out when sentences are compared.
_STOPWORD_TEXT = """a about above after again against all also am an and any are as at be
    because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own said same says she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A candidate this close (cosine) to a sentence already chosen says the same thing again.
SAME_SENTENCE = 0.3
# Whole sentences of a readable length; a longer "sentence" is most often a headline run
# into the first paragraph by the benchmark's re-joined text, or a list.
MIN_WORDS, MAX_WORDS = 6, 40

# "CAIRO, Egypt (CNN) --", "GENEVA (Reuters) -": where the story was filed, not what happened.
_DATELINE = re.compile(r"^(?:[A-Z][\w.'’-]*[ ,]+){0,5}\((?:CNN|Reuters|AP|AFP)\)\s*[-–—]*\s*")
_LEADING_DASH = re.compile(r"^[-–—]+\s*")
# "BECKY ANDERSON, CONNECT THE WORLD, CNN:" in a transcript; "13.41 BST" in a page header.
_SPEAKER = re.compile(r"\b[A-Z]{2,}(?:[ ,.'-]+[A-Z]{2,}){1,}\s*:")
_CLOCK = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:BST|GMT|ET|EST|UTC|am|pm)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may tell a day: its text, its article, and our events it supports."""

    text: str
    article: str
    events: tuple[str, ...] = ()


@dataclass(slots=True)
class DayEvidence:
    """What the articles say about one day: the counts of :func:`day_weight` and candidates."""

    later_mentions: int = 0
    published: int = 0
    later_events: int = 0
    candidates: list[Candidate] = field(default_factory=list)


def day_weight(evidence: DayEvidence) -> float:
    """How much a day matters: ``log(1 + n)`` of each of its three article counts, summed."""
    return (
        math.log1p(evidence.later_mentions)
        + math.log1p(evidence.published)
        + math.log1p(evidence.later_events)
    )


def words(text: str) -> list[str]:
    """The content words of ``text``, case-folded: no stopwords, no numbers."""
    return [w for w in _WORD.findall(text.casefold()) if w not in STOPWORDS]


def inverse_frequencies(sentences: Iterable[str]) -> dict[str, float]:
    """word -> ``log(N / sentences using it)`` over ``sentences`` (a story's whole text)."""
    used: Counter[str] = Counter()
    total = 0
    for sentence in sentences:
        # The same words as :func:`words`, as a set at once: this runs on every sentence.
        used.update(set(_WORD.findall(sentence.casefold())) - STOPWORDS)
        total += 1
    return {word: math.log(total / count) for word, count in used.items()}


def tidy(sentence: str) -> str:
    """``sentence`` on one line, without a leading dateline ("GENEVA (Reuters) -") or dash."""
    text = " ".join(sentence.split())
    text = _DATELINE.sub("", text, count=1)
    return _LEADING_DASH.sub("", text, count=1)


def is_clean(sentence: str) -> bool:
    """Whether ``sentence`` reads as a whole sentence on its own in a timeline."""
    count = len(sentence.split())
    if not MIN_WORDS <= count <= MAX_WORDS:
        return False
    if not (sentence[0].isupper() or sentence[0].isdigit() or sentence[0] in "\"“‘'"):
        return False
    if sentence[-1] not in ".!?\"”’'":
        return False
    if sentence.count('"') % 2 or sentence.count("“") != sentence.count("”"):
        return False  # a quote cut by the sentence split
    return not (_SPEAKER.search(sentence) or _CLOCK.search(sentence))


def central(
    candidates: list[Candidate], count: int, idf: Mapping[str, float] | None = None
) -> list[Candidate]:
    """The ``count`` distinct candidates closest to the centroid of all of them, none
    closer than :data:`SAME_SENTENCE` to one chosen before it.

    Clean sentences (:func:`is_clean`) come before the others; ties go to the text, so the
    choice is the same on every run. ``idf`` defaults to the candidates' own frequencies.
    """
    # One entry a distinct sentence: the same sentence met as an event's quote, as a
    # sentence naming the day and as an article's opening is one sentence, not three
    # votes; it stands for all the events it came with.
    events_of: dict[str, list[str]] = {}
    article_of: dict[str, str] = {}
    by_article: dict[str, list[str]] = {}
    for candidate in candidates:
        text = _whole(tidy(candidate.text), by_article.setdefault(candidate.article, []))
        if not text:
            continue
        known = events_of.setdefault(text, [])
        known.extend(e for e in candidate.events if e not in known)
        article_of.setdefault(text, candidate.article)
    # A quote inside a whole sentence of the same article is that sentence.
    for texts_of_article in by_article.values():
        for text in texts_of_article:
            whole = _whole(text, texts_of_article)
            if whole != text and text in events_of:
                known = events_of.setdefault(whole, [])
                known.extend(e for e in events_of.pop(text) if e not in known)
                article_of.setdefault(whole, article_of.pop(text))
    texts = list(events_of)
    if not texts or count <= 0:
        return []
    weights = idf if idf is not None else inverse_frequencies(texts)
    # A word missing from idf is rarer than any the story has: weigh it as the rarest.
    rare = max(weights.values(), default=1.0)
    vectors = [_vector(text, weights, rare) for text in texts]
    centroid: Counter[str] = Counter()
    for vector in vectors:
        centroid.update(vector)
    centre = _normalised(centroid)

    def rank(i: int) -> tuple[bool, float, str]:
        return (not is_clean(texts[i]), -_cosine(vectors[i], centre), texts[i])

    chosen: list[Candidate] = []
    chosen_vectors: list[dict[str, float]] = []
    for i in sorted(range(len(texts)), key=rank):
        if len(chosen) >= count:
            break
        if any(_cosine(vectors[i], v) > SAME_SENTENCE for v in chosen_vectors):
            continue
        text = texts[i]
        chosen.append(Candidate(text, article_of[text], tuple(events_of[text])))
        chosen_vectors.append(vectors[i])
    return chosen


def _whole(text: str, others: list[str]) -> str:
    """The longest of ``others`` (one article's candidates so far) holding ``text``, or
    ``text`` itself, which is then added to ``others``."""
    if not text:
        return text
    holders = [other for other in others if text in other]
    if holders:
        return max(holders, key=lambda other: (len(other), other))
    others.append(text)
    return text


def _vector(text: str, idf: Mapping[str, float], rare: float) -> dict[str, float]:
    counts = Counter(words(text))
    return _normalised({word: n * idf.get(word, rare) for word, n in counts.items()})


def _normalised(vector: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in vector.values()))
    return {w: x / norm for w, x in vector.items()} if norm else {}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())
