"""Whose a dated owned verbal noun is when the clause's verb has no subject before it to give it.

«منذ تأسيسها في 1901», «منذ إطلاقه في ديسمبر 2016»: dated_word.py finds the happening, subject_owned.py the subject
of a verb before it; two clauses give the owner where that verb has none:

- a passive auxiliary and its verbal noun: the noun phrase the passive tells of («وكان تم إرجاء جائزة نوبل للآداب
  خمس مرات قبلا منذ تأسيسها في 1901» -> «تأسيس جائزة نوبل للآداب»);
- a relative clause whose verb carries the pronoun of the noun it describes and whose subject comes right before the
  preposition («النجاح الكبير الذي حققه التطبيق منذ إطلاقه في ديسمبر 2016» -> «إطلاق التطبيق»).

The pronoun agrees with the owner's head (ها with a word written with ة, ه with one without); else nobody.
"""

from __future__ import annotations

from .dated import _temporal_prepositions
from .tokens import ARTICLE, _Token, _bare, _conjoined, _is_function, _phrase_at, _verb_like

PASSIVE_AUXILIARIES = {"تم", "يتم", "سيتم", "جرى", "جري", "يجري", "سيجري"}  # «تم إرجاء الجائزة»
PASSIVE_REACH = 8  # words from the auxiliary to the preposition («تم إرجاء جائزة نوبل للآداب خمس مرات قبلا منذ»)
OWNER_WORDS = 3  # «جائزة نوبل للآداب»: a head and the words ending on its last definite one
SUBJECT_WORDS = 2  # «التطبيق», «الفريق الأول»: the relative clause's subject right before the preposition


def dated_owner(tokens: list[_Token], at: int) -> list[int]:
    """The indices of the owner of the owned verbal noun tokens[at] after a temporal preposition, or []."""
    norm = tokens[at].norm
    pronoun = "ها" if norm.endswith("ها") else "هم" if norm.endswith("هم") else "ه" if norm.endswith("ه") else ""
    if at < 2 or pronoun not in ("ه", "ها") or not _temporal(tokens[at - 1]):
        return []
    owner = _passive_object(tokens, at - 1) or _relative_subject(tokens, at - 1)
    return owner if owner and _agrees(tokens[owner[0]], pronoun) else []


def _temporal(token: _Token) -> bool:
    return token.norm in _temporal_prepositions() or _bare(token.norm) in _temporal_prepositions()


PLURAL_ENDS = ("ين", "ون")  # «اللاعبين»: people, whom «هم» points to, not «ه»


def _agrees(head: _Token, pronoun: str) -> bool:
    if head.norm.endswith(PLURAL_ENDS) or pronoun == "ه" and head.norm.endswith("ات"):
        return False
    feminine = head.surface.strip("«»\"،,").endswith("ة")
    return feminine == (pronoun == "ها")


def _plain(token: _Token) -> bool:
    """A word of a noun phrase: no comma, time word, number, particle or quotation mark."""
    return not (token.stop or token.time or token.norm[:1].isdigit() or _is_function(token)
                or token.opens_quote or token.closes_quote)


def _passive_object(tokens: list[_Token], preposition: int) -> list[int]:
    """«تم إرجاء جائزة نوبل للآداب … منذ»: the noun phrase after the auxiliary's verbal noun, within the clause."""
    for aux in range(preposition - 1, max(-1, preposition - 1 - PASSIVE_REACH), -1):
        token = tokens[aux]
        if token.stop or _phrase_at(tokens, aux, "relative", proclitic=True):
            return []
        bare = token.norm[1:] if _conjoined(token) else token.norm
        if bare not in PASSIVE_AUXILIARIES:
            continue
        head = aux + 2
        if head >= preposition or not _plain(tokens[aux + 1]) or not _plain(tokens[head]) \
                or tokens[aux + 1].norm.endswith(("ه", "ها", "هم")) and len(tokens[aux + 1].norm) > 4:
            return []  # («تم تعيينه رئيسا للنادي»: the passive tells of the pronoun, what follows is no owner)
        if not tokens[head].norm.startswith(ARTICLE) and tokens[head].surface.endswith(("ا", "ً")):
            return []  # («رئيسا»: an undefined accusative is a state or an object, not the passive's noun)
        words = [head]
        for index in range(head + 1, min(preposition, head + OWNER_WORDS)):
            if not _plain(tokens[index]):
                break
            if tokens[index].norm.startswith((ARTICLE, "لل")):
                words = list(range(head, index + 1))
        if tokens[head].norm[:1] in "بلك" and not tokens[head].norm.startswith(ARTICLE):
            return []  # («تم إرجاء للجائزة»: a preposition's phrase, not the passive's noun)
        return words
    return []


def _relative_subject(tokens: list[_Token], preposition: int) -> list[int]:
    """«الذي حققه التطبيق منذ»: the definite subject between a relative clause's verb (with the pronoun of the noun
    the clause describes) and the preposition."""
    for size in range(1, SUBJECT_WORDS + 1):
        verb = preposition - size - 1
        if verb < 1:
            return []
        words = list(range(verb + 1, preposition))
        if not all(_plain(tokens[i]) for i in words) or not tokens[words[0]].norm.startswith(ARTICLE):
            continue
        if _verb_like(tokens[verb]) and tokens[verb].norm.endswith(("ه", "ها")) \
                and _phrase_at(tokens, verb - 1, "relative", proclitic=True) and not tokens[verb - 1].stop:
            return words
    return []
