"""A fixtures list: «الساعة 22:00 ملعب رادس : النادي الإفريقي - الفتح الرباطي», «الساعة 16:00 الترجي التونسي – نجم
المتلوي : خالد قويدر». A date or time (and the day's clock time) followed by an optional group and stadium before a colon, then «team – team» and the
end of that fixture (a colon before the referee, «/» before the channel, the next time, group or round): the time dates that match,
told by its two teams («النادي الإفريقي يواجه الفتح الرباطي»), not by the words around the time (the stadium, the
previous match's referee). The words (the stadium, the group, the verb) are lexicon rows (title_words.tsv, roles
fixture_venue, fixture_group, fixture_verb)."""

from __future__ import annotations

import re
from functools import lru_cache

from .tokens import _roles

TEAM_WORD = r"[^\s:\-–—/*\"،,.()\d]+"
TEAM_WORDS = 5  # «بلاتينيوم ستارز الجنوب إفريقي»
LOOK_CHARS = 200
FOLDED = {"ه": "[هة]", "ا": "[اأإآ]", "ي": "[يى]"}  # the lexicon's rows are folded; the text is as written


def _spelled(word: str) -> str:
    return "".join(FOLDED.get(ch, re.escape(ch)) for ch in word)


def _alternation(role: str) -> str:
    phrases = sorted((" ".join(words) for words in _roles().get(role, {})), key=len, reverse=True)
    return "|".join(" ".join(_spelled(w) for w in phrase.split()) for phrase in phrases) or "(?!)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # a team's words stop before a group or round of the list («… النادي الرياضي الصفاقسي الجولة الثانية :»)
    word = rf"(?!(?:{_alternation('fixture_group')})(?:\s|$)){TEAM_WORD}"
    team = rf"{word}(?: {word}){{0,{TEAM_WORDS - 1}}}"
    return re.compile(
        rf"\s*[-–]?\s*(?:\S+ \d{{1,2}}[:.]\d{{2}}\s*)?"  # a day's clock time after it («… 2017 الساعة 21:00»)
        rf"(?:(?:{_alternation('fixture_group')}) \S+\s+)?"  # «المجموعة الثالثة»
        rf"(?P<venue>(?:{_alternation('fixture_venue')})(?: {TEAM_WORD}){{1,4}}\s*:\s*)?"  # «الملعب الأولمبي برادس :»
        rf"(?P<home>{team})\s+[-–]\s+(?P<away>{team})"
        rf"(?=\s*(?P<end>:|/|\*|$)|\s+(?P<next>{_alternation('fixture_group')}))")


def fixture_title(after_mention: str) -> tuple[str, str] | None:
    """(title, home team) when the text right after a time is a fixture, else None."""
    found = _pattern().match(after_mention[:LOOK_CHARS])
    if not found or not (found.group("venue") or found.group("next") or found.group("end") in (":", "/")):
        return None  # a stadium, or the referee, channel or next time after the teams: a dash alone is no fixture
    home, away = found.group("home"), found.group("away")
    verb = next(iter(_roles().get("fixture_verb", {}).values()), None)
    return (f"{home} {verb} {away}" if verb else f"{home} - {away}"), home


ROUND_WORDS = 4  # «الجولة السابعة والأخيرة ذهابا»
ROUND_OPENERS = ("الجولة", "المجموعة")  # of the fixture_group words, those naming a round (not «الساعة»)


@lru_cache(maxsize=1)  # (asked of every dated title: the lexicon's alternation is spelt out once, not per call)
def _round_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s.:*])((?:{_alternation('fixture_group')})(?: [^\s:.*\d]+){{1,{ROUND_WORDS - 1}}})\s*:\s*$")


def round_before(before_mention: str) -> str | None:
    """«الجولة السابعة : [30 أفريل 2017] الجولة الثامنة : …», «الجولة الثانية : [01 مارس 2017] الترجي … - …»: a date
    right after a round's label and its colon is that round's date; the round, not the next label nor the teams
    after it, is what the date dates. None when no round label and colon stand right before the date."""
    found = _round_pattern().search(before_mention[-LOOK_CHARS:])
    if not found or not found.group(1).startswith(ROUND_OPENERS):
        return None
    return found.group(1)
