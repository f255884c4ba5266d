"""Pattern fragments: what the `{NAME}` placeholders of the rules' patterns stand for.

Lexicon words become alternations compiled as tries (word_alternation); numbers, days, years and the
word between a range's ends are small shared expressions; month_x() and year_x() name their groups.
expand() fills a rule's pattern in.
"""
from __future__ import annotations

import re

from ..normalize import normalize
from .words import (
    CENTURIES, DAY_ORDINALS, DAY_PARTS, DAY_TENS, DECADES, FEASTS, FEMININE_UNITS, HOUR_WORDS, LASTING_VERBS,
    MONTHS, MONTH_HALVES, NUMBERS, PARTS, RELATIONS, RELATIVE_DAYS, SEASONS, SETS, UNITS, VAGUE, WEEKDAYS,
    WEEKDAYS_BARE)


def word_alternation(words) -> str:
    """An alternation of lexicon words compiled as a trie, one branch per next letter.

    The engine then never re-reads a shared prefix (hundreds of month spellings start with
    «ا»); being greedy, it still prefers the longest word, like a longest-first alternation."""
    root: dict = {}
    for word in {w for w in words if w}:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return "(?:" + _trie_branches(root) + ")"


def _trie_branches(node: dict) -> str:
    branches = [(r"\s+" if letter == " " else re.escape(letter)) + _trie_branches(child)
                for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


FRAGMENTS = {
    "MONTH": word_alternation(MONTHS),
    "WD": word_alternation(WEEKDAYS),
    "WDBARE": word_alternation(WEEKDAYS_BARE),
    "RELDAY": word_alternation(RELATIVE_DAYS),
    "REL": word_alternation(RELATIONS),
    "UNIT": word_alternation(UNITS),
    "PART": word_alternation(PARTS),
    "HALF": word_alternation(MONTH_HALVES),
    "DAYPART": word_alternation(DAY_PARTS),
    "SEASON": word_alternation(SEASONS),
    "DECADE": word_alternation(DECADES),
    "CENTURY": word_alternation(CENTURIES),
    "FEAST": word_alternation(FEASTS).replace(r"\s+", r"[\s\"«»“”']+"),  # «يوم "المحاربين القدامى"»
    "SETWORD": word_alternation(SETS),
    "VAGUE": word_alternation(VAGUE),
    "LASTING": word_alternation(LASTING_VERBS),
    "NUMW": word_alternation(NUMBERS),
    # «الخامس والعشرين», and «الخامس العشرين» as hurried copy writes it; «الثالث عشرة» with the feminine ten
    # and «ليلة السابعة والعشرين من رمضان»: a night's day in the feminine (never the tens alone, 20)
    "ORDDAY": word_alternation(DAY_ORDINALS) + r"(?:\s+عشره?|\s+(?:و\s*)?" + word_alternation(DAY_TENS) + ")?|"
              + word_alternation(FEMININE_UNITS) + r"\s+و\s*" + word_alternation(DAY_TENS) + "|" + word_alternation(DAY_TENS),
    "HOURW": word_alternation(HOUR_WORDS) + r"(?:\s+عشره?)?",
}
FRAGMENTS["NUM"] = r"(?:\d+(?:[.,]\d+)?(?!\d)|{NUMW}(?:\s+(?:و\s*)?{NUMW}){{0,3}})".format(**FRAGMENTS)
FRAGMENTS["DAYN"] = r"(?:(?<!\d)[0-3]?\d(?![\d:/])|{ORDDAY})".format(**FRAGMENTS)
FRAGMENTS["YEAR"] = r"(?<![\d.,])(?:1[0-9]|20)\d\d(?!\d|[.,]\d)"
FRAGMENTS["YSUF"] = r"(?:\s*(?:م|ه|ميلادي|ميلاديه|هجري|هجريه|للهجره|للميلاد)(?!\w))?"
# «عامين ونصف»، «شهر ونصف شهر»، «قرن ونصف»: a half or a quarter after a unit
FRAGMENTS["FRAC"] = r"(?:\s+و\s*(?P<frac>نصف|النصف|ربع|الربع)(?:\s+(?:ال)?(?:يوم|اسبوع|شهر|عام|سنه|ساعه|قرن|عقد))?)?"
FRAGMENTS["FRAC2"] = FRAGMENTS["FRAC"].replace("?P<frac>", "?P<frac2>")
# the word between the two ends of a range; «إلى غاية» and «لغاية» (until) are Maghrebi
FRAGMENTS["TO"] = r"(?:-|(?:الى|حتى)(?:\s+غايه)?|لغايه|و)"
FRAGMENTS["UNITDEF"] = r"(?:ال|ل)(?:اسبوع|شهر|عام|سنه)"


def month_x(name: str) -> str:
    """A month, with an optional second name in dual notation: كانون الأول/ديسمبر، أيار (مايو)، فبراير شباط."""
    return r"(?P<{n}>{{MONTH}})(?:\s*/\s*{{MONTH}}|\s*\(\s*{{MONTH}}\s*\)|\s+{{MONTH}}(?!\s*[/(]))?".format(n=name)


def year_x(name: str) -> str:
    """An explicit year after a date: «2022»، «من عام 2014م»، «، 1436هـ»."""
    return (r"\s*[,،]?\s*(?:من\s+)?(?:(?:ال|ل)?(?:عام|سنه)\s+)?(?P<{n}>{{YEAR}})(?P<{n}suf>{{YSUF}})"
            .format(n=name))


YEAR_REL = (r"\s+(?:من\s+)?(?:(?:ال|ل)(?:عام|سنه)\s+(?:(?P<yrel>{REL})|(?P<ysame>نفسه|نفسها|ذاته|ذاتها))"
            r"|(?P<ythis>هذا|هذه)\s+(?:العام|السنه)|(?P<ysame2>ذلك|تلك|ذات|نفس)\s+(?:العام|السنه))")


def expand(pattern: str) -> str:
    """The regular expression of a rule: placeholders filled, literal words normalised like the text."""
    return normalize(pattern.format(**FRAGMENTS))
