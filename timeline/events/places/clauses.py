"""How a sentence's words fall into clauses, and the words that date or open a clause by themselves.

The scene (scene.py) links a time only to a place told in the time's own clause, or past a boundary that goes
on with the same happening: these numberings and word tests say where one clause ends and another begins."""
from __future__ import annotations

import re

from ...normalize import normalize
from ...terms import LEXICON, Word, read_table
from .attachment import _RELATIVE
from .gazetteer import Gazetteer, _bare


_CLAUSE_END = re.compile(r"[،؛,;:]")


# nouns opening with the letter و (lexicon/waw_nouns.tsv): after a comma they go on with the clause
_WAW_NOUNS = frozenset(normalize(row["word"]) for row in read_table(LEXICON / "waw_nouns.tsv") if row.get("word"))


# conjunctions before أن that make it «after / before / since that», not reported speech
_NOT_SPEECH = {normalize(w) for w in "بعد قبل منذ حتى دون بدون رغم وبعد وقبل ومنذ".split()}


# words that date a reported clause on their own: its place belongs to that date, not the saying's
_OWN_TIME = {normalize(w) for w in (
    "أمس امس اليوم غدا الليلة البارحة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد "
    "يوم عام العام سنة شهر الشهر الأسبوع منذ الحين يناير فبراير مارس أبريل ابريل مايو ماي يونيو يونيه جوان "
    "يوليو يوليوز جويلية أغسطس غشت أوت سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز "
    "آب أيلول تشرين").split()}


# words starting a later happening mid-clause («أسس … في سنة 2005 بعد ذلك التحق بجامعة ستانفورد»)
_THEN = {normalize(w) for w in "ثم وثم لاحقا ولاحقا لاحقاً ولاحقاً".split()}
_THAT = {normalize(w) for w in "ذلك ذالك".split()}
_AFTER = {normalize(w) for w in "بعد وبعد".split()}


def _then_between(ws: list[Word], start: int, end: int) -> bool:
    """«ثم», «لاحقا» or «بعد ذلك» among ws[start:end]: what follows is a later happening."""
    return any(ws[k].norm in _THEN or (ws[k].norm in _AFTER and k + 1 < end and ws[k + 1].norm in _THAT)
               for k in range(start, end))


def _own_time(norm: str) -> bool:
    """A word that dates a clause by itself: «أمس», «الخميس», «يونيو», a year."""
    # the list holds «الجمعة», «الاثنين» with their article and «يوم», «سنة» without: try the word both ways
    return (norm in _OWN_TIME or _bare(norm) in _OWN_TIME
            or (norm[:1] in "وفبل" and (norm[1:] in _OWN_TIME or _bare(norm[1:]) in _OWN_TIME))
            or (norm.isdigit() and len(norm) == 4))


def _clause_ids(g: Gazetteer, text: str, base: int, ws: list[Word]) -> tuple[list[int], list[int]]:
    """Two clause numberings of the words.

    Weak: every comma, colon or semicolon starts a clause. Strong: only «؛», a comma before a
    word with the conjunction و («، وفي نفس اليوم»), and «أن / إن» opening reported speech —
    the boundaries after which a sentence tells another happening («بعد أن / قبل أن» is not speech:
    no boundary, but its index is returned in `soft`). `said` counts the speech boundaries alone."""
    weak, strong, said, w_id, s_id, q_id = [], [], [], 0, 0, 0
    soft = []  # word indexes of «أن» after «بعد / قبل / منذ»
    for k, w in enumerate(ws):
        if k:
            gap = text[base + ws[k - 1].end: base + w.start]
            if _CLAUSE_END.search(gap):
                w_id += 1
                if "؛" in gap or ";" in gap or (w.norm.startswith("و") and len(w.norm) > 2 and not g.names.get(w.norm)
                                                   and g.cue.get(w.norm) != "on" and w.norm not in _WAW_NOUNS):
                    s_id += 1
            if g.cue.get(w.norm) == "say" and ws[k - 1].norm not in _NOT_SPEECH:  # «بعد أن دهس»: not speech
                w_id, s_id, q_id = w_id + 1, s_id + 1, q_id + 1
            elif g.cue.get(w.norm) == "say":
                soft.append(k)
        weak.append(w_id)
        strong.append(s_id)
        said.append(q_id)
    return weak, strong, said, soft


RELATIVE_REACH = 12  # words between a relative pronoun and the time its clause tells


def _in_relative_clause(ws: list[Word], weak: list[int], m_first: int) -> bool:
    """«الحراك الريفي الذي انطلق مع مقتل محسن فكري … قبل ثمانية أشهر»: the time is in a relative clause (a
    relative pronoun before it, in its comma clause, a few words back)."""
    return any(ws[k].norm in _RELATIVE and weak[k] == weak[m_first] for k in range(max(0, m_first - RELATIVE_REACH), m_first))
