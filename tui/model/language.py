"""An article's language: from its ``language:`` front matter, else detected from its text.

Detection uses py3langid (a maintained fork of langid.py, by trafilatura's author), imported
and loaded on first use only: loading its model takes a few seconds, which neither the reader
nor an English-only corpus should pay. Most articles here are English, so a text whose words
are plainly English is English without asking the model: enough of its words are the most
common English words, or, in a list or a table (results, prices, scorers: mostly names and
figures), enough of its lowercase words are, and none of the commonest words of the other
languages written in Latin letters is. Only a text that is neither loads the model.
"""

from __future__ import annotations

import re

ENGLISH = "en"
# Fewer letters than this say too little for any detector: such a text is left undetected.
MIN_LETTERS = 20
_WORD = re.compile(r"[^\W\d_]+")
# The most frequent English words; a share of them this high is English, whatever else.
_ENGLISH_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the of and to in a is that for it was on with as his he by at from said be have are its "
        "has an were had not but this which they their who been will would",
    )
)
_ENGLISH_SHARE = 0.2
# In a list or a table names and figures crowd the common words out: its lowercase words
# (the running text between the names) decide, when there are enough of them.
_LOWERCASE_SHARE = 0.15
_LOWERCASE_MIN = 3
# The commonest words of the other languages written in Latin letters that are no English
# words (French, Spanish, Portuguese, German, Italian, Dutch): one of them for every three
# English ones leaves the decision to the model.
_OTHER_WORDS = frozenset(
    re.findall(
        r"\w+",
        "le les des du est une et dans pour qui sur pas avec sont aux cette el los las del y "
        "por con una para es su como pero sus fue os uma com em da dos das foi ao der und ist "
        "nicht mit von den dem sich auf ein eine zu im il della che di sono gli delle nel "
        "alla anche het een van niet zijn voor ook,",
    )
)
# Names people write in front matter for the languages sources come in, by their ISO 639-1 code.
_NAMES = {
    "english": "en",
    "russian": "ru",
    "ukrainian": "uk",
    "korean": "ko",
    "arabic": "ar",
    "spanish": "es",
    "french": "fr",
    "german": "de",
    "chinese": "zh",
    "japanese": "ja",
    "portuguese": "pt",
    "italian": "it",
}
_OWN_SCRIPTS = (
    (re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"), "ko"),  # Hangul
    (re.compile("[\u3040-\u30ff]"), "ja"),  # Hiragana and Katakana (with kanji around them)
)
_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")


def normalise_language(value: object) -> str | None:
    """``"ru"``, ``"ru-RU"``, ``"Russian"`` -> ``"ru"``; None for anything else."""
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if text in _NAMES:
        return _NAMES[text]
    match = _CODE.match(text)
    return match.group(1) if match else None


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it is too short to tell."""
    words = _WORD.findall(text[:20000])
    letters = sum(len(word) for word in words)
    if letters < MIN_LETTERS:
        return None
    # Scripts that one language alone writes in: no model needed.
    head = text[:2000]
    for script, code in _OWN_SCRIPTS:
        if len(script.findall(head)) * 2 >= min(letters, 2000):
            return code
    latin = sum(len(word) for word in words if word.isascii())
    if latin * 10 >= letters * 9 and _plainly_english(words):
        return ENGLISH
    import py3langid  # loads its model on the first classify, once per process

    code, _score = py3langid.classify(text[:20000])
    return str(code)


def _plainly_english(words: list[str]) -> bool:
    """Whether ``words`` (of a text in Latin letters) are English beyond doubt."""
    common = sum(1 for word in words if word.lower() in _ENGLISH_WORDS)
    if common >= _ENGLISH_SHARE * len(words):
        return True
    lowercase = [word for word in words if word.islower()]
    english = sum(1 for word in lowercase if word in _ENGLISH_WORDS)
    other = sum(1 for word in lowercase if word in _OTHER_WORDS)
    return (
        english >= _LOWERCASE_MIN
        and english >= _LOWERCASE_SHARE * len(lowercase)
        and other * 3 < english
    )
