"""A festival's programme: «*15 جويلية: سميرة سعيد *أسعار التذاكر 40 و70 دينار *19 جويلية : JASON Derulo …». Each line
is a date, a colon and what is shown that day, up to the next «*» or line. The date dates that show; the entry alone
(«سميرة سعيد») says nothing of what happens, so the title tells it as a show of the series the headline names
(«مهرجان قرطاج الدولي 2016 : البرنامج …»): an entry opening on a kind of show keeps it («مسرحية "عنف" في مهرجان قرطاج
الدولي»), a bare name is a performer's concert («حفل سميرة سعيد في مهرجان قرطاج الدولي»). The words are lexicon rows
(programme_words.tsv). Not a line with no series in the headline: a colon after a date is often a quotation's."""

from __future__ import annotations

import re

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import MAX_CHARS, _is_function, _tokens

ENTRY_END = re.compile(r"[*\n•]")
ENTRY_WORDS = 12  # an entry is a name or a show's title, not a sentence
PERFORMER_WORDS = 4  # a performer's name, with no particle or preposition: «الشاب خالد», «فرقة أولاد المناجم»
LINE_OPENERS = "*\n•-"  # a programme line opens on one of these before its date
SERIES_WORDS = 4  # «مهرجان قرطاج الدولي», «أيام قرطاج السينمائية»
SERIES_END = re.compile(r"[\d:،,.\-–()\"«»؟?!|/]")


def _words() -> dict[str, frozenset[str]]:
    return lexicon.words_by_role("programme_words")


def _series(article_title: str) -> str | None:
    """The series a headline names: its word («مهرجان») and the words after it up to a year, colon or mark."""
    words = article_title.split()
    at = next((i for i, word in enumerate(words) if normalize(word.strip("\"«»")) in _words().get("series", ())), None)
    if at is None:
        return None
    told = []
    for word in words[at : at + SERIES_WORDS]:
        cut = SERIES_END.search(word)
        if cut:
            if cut.start():
                told.append(word[: cut.start()])
            break
        told.append(word)
    return " ".join(told) if len(told) >= 2 else None


def programme_title(before_mention: str, after_mention: str, article_title: str) -> str | None:
    """The title of the show a programme line's date dates, or None when the date opens no programme line.
    `before_mention`: the article's characters right before the date (its line's «*» may end the sentence before)."""
    if not before_mention.rstrip(" \t").endswith(tuple(LINE_OPENERS)):
        return None  # the date must open its line («*15 جويلية:»), not a sentence of running text
    found = re.match(r"\s*:\s*", after_mention)
    if not found:
        return None
    series = _series(article_title)
    if not series:
        return None
    end = ENTRY_END.search(after_mention, found.end())
    entry = after_mention[found.end() : end.start() if end else len(after_mention)].strip(" \t.،,")
    words = entry.split()
    if not words or len(words) > ENTRY_WORDS or ":" in entry or any(ch.isdigit() for ch in entry):
        return None
    if normalize(words[0].strip("\"«»")) not in _words().get("show", ()) and len(words) <= PERFORMER_WORDS \
            and not any(_is_function(token) for token in _tokens(entry, 0, len(entry))):
        # a performer's name («كاظم الساهر», «JASON Derulo»): their concert; a longer entry is told as written
        entry = f"{next(iter(sorted(_words().get('concert', ()))), '')} {entry}".strip()
    told = f"{entry} في {series}"
    return told if len(told) <= MAX_CHARS else entry if len(entry) <= MAX_CHARS else None
