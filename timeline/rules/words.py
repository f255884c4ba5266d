"""The lexicon tables (lexicon/*.tsv) as the lookups the patterns and the productions read.

Every other module of the package reads them (and tense.py the relations and relative days); a
matched phrase is looked up by _key(), its words single-spaced as the tables write them.
"""
from __future__ import annotations

from .. import lexicon
from ..normalize import normalize


def _key(text: str) -> str:
    """A matched phrase as a table key: single spaces."""
    return text if text.isalnum() else " ".join(text.split())


MONTHS = {row["word"]: row for row in lexicon.table("months")}
WEEKDAYS = {w: int(v) for w, v in lexicon.words("weekdays").items()}
WEEKDAYS_BARE = {w[2:]: d for w, d in WEEKDAYS.items()}  # «كل يوم جمعة»
RELATIVE_DAYS = {w: int(v) for w, v in lexicon.words("relative_days").items()}
RELATIONS = lexicon.words("relations")
UNITS = {row["word"]: row for row in lexicon.table("units")}
NUMBERS = lexicon.words("numbers")
ORDINALS = {w: int(v) for w, v in lexicon.words("ordinals").items()}
PARTS = lexicon.words("parts")
MONTH_HALVES = lexicon.words("month_halves")  # «النصف الثاني من ديسمبر»: H1 / H2 of a month
DAY_PARTS = {row["word"]: row for row in lexicon.table("day_parts")}
SEASONS = lexicon.words("seasons")
DECADES = {w: int(v) for w, v in lexicon.words("decades").items()}
CENTURIES = {row["word"]: row for row in lexicon.table("centuries")}
FEASTS = {row["word"]: row for row in lexicon.table("feasts")}
SETS = lexicon.words("sets")
VAGUE = lexicon.words("vague")
LASTING_VERBS = lexicon.words("lasting_verbs")
# the gazetteer's countries, normalised: a subject before «اليوم» (days.py), a plan's country before its year (years.py)
NATIONS = frozenset(normalize(row["word"]) for row in lexicon.table("places") if row["kind"] == "country")

UNIT_STEMS = {"يوم": "day", "اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}
HOUR_WORDS = {row["word"]: int(row["value"]) for row in lexicon.table("ordinals") if row["kind"] == "hour"}
DAY_ORDINALS = {row["word"]: int(row["value"]) for row in lexicon.table("ordinals")
                if row["kind"] == "day" and int(row["value"]) < 20}
# «الخامس والعشرين»، «الحادي والعشرون» (nominative): the tens a day ordinal is composed with
DAY_TENS = {row["word"]: int(row["value"]) for row in lexicon.table("ordinals")
            if row["kind"] == "day" and int(row["value"]) >= 20}

FEMININE_UNITS = {word: value for word, value in HOUR_WORDS.items() if 1 <= value <= 9}  # «السابعة» of «السابعة والعشرين»
