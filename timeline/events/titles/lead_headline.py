"""Does the article's first dated happening, told in its lead at the publication day, take the headline over a weak
sentence title? Newsroom timelines title an article's lead event with its headline: a title opening on a verb with no
subject between it and its preposition («وافقت على وقف لإطلاق النار …», «أفتتح في المهدية مهرجان الشعر العربي …»)
or one of four words («حاول مجهولون اختطاف تلميذين») is weaker than a happening headline telling the same happening
(«محاولة اختطاف تلميذين في ڨابس»). Only the article's first date takes it this way, so two events of one article never
both take the headline; a headline with its own date words, a question, a quotation or a speaker's label («X: …»)
tells another happening or someone's words, and keeps out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Mention
from .article_headline import _happening_stems, _headline_happening_untold, _split_label, _told_headline
from .subjectless_verbs import _opens_on_subjectless_verb
from .tokens import _Token, _relative_days, _time_spans, _tokens

LEAD_SHORT_WORDS = 4  # a lead title this short tells the happening without enough of who, what or where
QUOTE_MARKS = ('"', "«", "»", "“", "”", "!")  # a quotation, an exclamation


def headline_for_first_lead(title: str, headline_text: str, sentence: list[_Token], mention: Mention,
                            time_spans: Sequence[tuple[int, int]] | None, later: bool) -> bool:
    """Should the headline title the lead's first dated happening whose sentence title is weak?"""
    if later or mention.field != "text" or time_spans is None or any(start < mention.start for start, _ in time_spans):
        return False  # the article's first date only: its lead's happening, and one event per article
    if not _from_publication_day(mention.text):
        return False
    if not _weak_lead_title(title) or not _happening_headline(headline_text):
        return False
    return not _headline_happening_untold(headline_text, sentence)  # the sentence tells the headline's happening word


def _from_publication_day(when: str) -> bool:
    """A day told from the publication day («اليوم الجمعة», «أمس», «مساء الأربعاء»), or a date told with it
    («اليوم الأحد 19 جويلية 2015»), not a date of its own («يوم 12 مارس», «الأحد 26 فيفري 2017»)."""
    return not re.search(r"\d", when) or any(word in _relative_days() for word in when.split())


def _weak_lead_title(title: str) -> bool:
    tokens = _tokens(title, 0, len(title))
    return len(title.split()) <= LEAD_SHORT_WORDS or _opens_on_subjectless_verb(tokens, list(range(len(tokens))))


def _happening_headline(headline_text: str) -> bool:
    """A headline telling a happening: a happening word (trigger or verb), no question, quotation, label nor date."""
    told = _told_headline(headline_text)
    if not told or any(mark in headline_text for mark in QUOTE_MARKS) or _time_spans(headline_text):
        return False
    return bool(_happening_stems(headline_text)) and (":" not in told or _place_label(told))


def _place_label(told: str) -> bool:
    """«المهدية : افتتاح مهرجان الشعر العربي …»: a one-word label (a town's) before a verbal noun tells the happening;
    a speaker's label («ترامب: شيء ما سيحدث …», «وزير الدفاع الوطني : سقوط قتلى …») tells someone's words."""
    from .embedded import _trigger  # (embedded.py imports this package's modules)
    label, mark, rest = _split_label(told)
    words = _tokens(rest, 0, len(rest))
    return mark == ":" and len(label.split()) == 1 and bool(words) and bool(_trigger(words[0]))
