"""Language detection decides English without py3langid's model whenever the words say so
(issue 8: the model takes half a second to load, in every process that meets a doubtful text),
and leaves every other language to the model."""

from __future__ import annotations

import sys

import pytest

from tui.model.language import detect_language

# Lists and tables of English news: mostly names and figures, few common words among them.
RUBBER_PRICES = (
    "Wednesday's noon rubber prices in Singapore cents per kilo provided by the Singapore "
    "Commodity Exchange:\n\nBuyers   Sellers\n\nInt 2 RSS May        169.0    170.0\n"
    "Int 3 RSS May        165.0    166.0\nInt 4 RSS May        161.0    162.0\n"
)
TOP_SCORERS = (
    "Following are the top scorers of the Italian first division league after the soccer "
    "matches played on Sunday:\n\n8 Christian Rigano (Messina)\n\n6 Eugenio Corini (Palermo)\n\n"
    "Amauri (Palermo)\n\nRolando Bianchi (Reggina)\n\n5 Mario Frick (Siena)\n\n"
    "Giorgio Corona (Catania)\n\nAdrian Mutu (Fiorentina)\n"
)
SHORT_NEWS = (
    "Israeli soldiers shot dead two Palestinians in the Gaza Strip early Saturday, "
    "Palestinian security officials said."
)
# Other languages in Latin letters, lists among them: never decided English without the model.
OTHERS = (
    "Resultados de la liga española el sábado: Valencia 1 (Vicente 74) Athletic Bilbao 1, "
    "Real Sociedad y Villarreal, partido aplazado por la lluvia; Osasuna con Mallorca",
    "Les résultats de la Ligue 1 samedi: Lyon 2 Marseille 1, Nantes et Lille sont à égalité "
    "dans le classement pour la troisième place avec Monaco",
    "Die Ergebnisse der Bundesliga am Samstag: Bayern München 3 Werder Bremen 1, und Schalke "
    "ist nicht mit Dortmund auf dem zweiten Platz",
    "I risultati della Serie A di domenica: Milan 2 Lazio 0, Inter e Roma sono alla pari per "
    "il secondo posto nel campionato anche con la Juventus",
)


@pytest.fixture
def without_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """py3langid made unimportable: a text that needs the model raises ImportError."""
    monkeypatch.setitem(sys.modules, "py3langid", None)


@pytest.mark.parametrize("text", [RUBBER_PRICES, TOP_SCORERS, SHORT_NEWS])
def test_english_lists_and_short_news_need_no_model(without_model: None, text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", OTHERS)
def test_other_latin_languages_are_left_to_the_model(without_model: None, text: str) -> None:
    with pytest.raises(ImportError):
        detect_language(text)


@pytest.mark.parametrize(("text", "code"), zip(OTHERS[:3], ("es", "fr", "de"), strict=True))
def test_the_model_still_names_them(text: str, code: str) -> None:
    assert detect_language(text) == code
