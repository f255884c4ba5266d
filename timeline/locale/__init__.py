"""The interface's message catalogs: gettext .po files compiled in-process with Babel.

timeline/locale/LANG/LC_MESSAGES/timeline.po holds the labels of the page and of the date
labels; the message ids are English, so `--lang en` needs no catalog. Plural forms follow
CLDR through Babel (Arabic has six: لا أحداث، حدث واحد، حدثان، 3 أحداث، 11 حدثًا، 100 حدث).
Editing a .po needs no build step: it is read and compiled when a build first asks for it.

To add a label: mark it with _() in Python or {{ _("…") }} in a template, then
`pybabel extract -F timeline/locale/babel.cfg -o /tmp/timeline.pot . && pybabel update
-i /tmp/timeline.pot -d timeline/locale -D timeline` and translate the new entries.
"""
from __future__ import annotations

import gettext
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALE_DIR = Path(__file__).resolve().parent
DOMAIN = "timeline"


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=8)
def translations(lang: str = "ar") -> gettext.NullTranslations:
    """The compiled catalog of `lang`; English (the message ids) has none and gets NullTranslations."""
    path = catalog_path(lang)
    if not path.is_file():
        return gettext.NullTranslations()
    with open(path, "rb") as stream:
        catalog = read_po(stream, locale=lang, domain=DOMAIN)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def plural_category(lang: str, n: int) -> str:
    """CLDR's plural category of n in lang: zero, one, two, few, many or other."""
    return Locale.parse(lang).plural_form(n)


def gettext_plural_forms(lang: str) -> str:
    """The Plural-Forms header Babel derives from CLDR (what the .po files carry)."""
    plural = get_plural(lang)
    return f"nplurals={plural.num_plurals}; plural={plural.plural_expr};"
