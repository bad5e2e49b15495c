"""The languages newsline hands to dateparser are the ones the installed dateparser reads."""

from __future__ import annotations

import subprocess
import sys

from dateparser.languages.loader import LocaleDataLoader

from tui.extract.foreign import supports
from tui.extract.foreign_languages import DATEPARSER_LANGUAGES


def test_the_list_is_the_installed_dateparsers_locales() -> None:
    installed = frozenset(LocaleDataLoader().get_locale_map().keys())
    assert installed == DATEPARSER_LANGUAGES, (
        "dateparser's languages changed: regenerate tui/extract/foreign_languages.py "
        f"(added {sorted(installed - DATEPARSER_LANGUAGES)}, "
        f"gone {sorted(DATEPARSER_LANGUAGES - installed)})"
    )


def test_supports_knows_read_and_unread_languages() -> None:
    assert supports("ru") and supports("ko") and supports("es")
    assert not supports("an") and not supports("") and not supports("xx")


def test_answering_imports_no_dateparser() -> None:
    code = (
        "import sys\n"
        "from tui.extract.foreign import supports\n"
        "supports('an'); supports('ru')\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
