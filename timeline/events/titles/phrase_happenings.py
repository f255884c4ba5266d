"""Happenings a phrase around the mention tells: what «يأتي … بعد» comes after, a temporal or purpose phrase's verbal noun."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .compose import MIN_TITLE_WORDS
from .tokens import ARTICLE, PREPOSITION_ARTICLE, _Token, _bare, _is_function, _phrase_at, _roles_words, _tokens
from .verb_spelling import _predicate


COMING_SUBJECT_WORDS = 4  # «أتت هذه التصريحات», «يأتي الإعلان عن الصفقة الجديدة»: what comes, before its preposition


def _after_coming(text: str, tokens: list[_Token], mention_start: int) -> str:
    """«أتت هذه التصريحات بعد إعلان الرئيس الأمريكي دونالد ترامب، الخميس، عن فرض تعرفة …»: a title opening on a verb
    of coming (the lexicon's comes) that places what it tells after or before another happening, whose date is that
    other happening's (after the preposition), tells the other happening: «بعد إعلان دونالد ترامب …» (the temporal
    phrase then goes as any other). Not «خلال»: «جاءت تصريحات روس خلال المؤتمر [أمس]» dates the statements."""
    words = _tokens(text, 0, len(text))
    size = _phrase_at(words, 0, "comes", proclitic=True) if words else 0
    if not size:
        return text
    at = next((p for p in range(size + 1, min(len(words), size + COMING_SUBJECT_WORDS + 1))
               if _bare(words[p].norm) in _roles_words("temporal") and _bare(words[p].norm) != "منذ"), None)
    if at is None or len(words) - at - 1 < MIN_TITLE_WORDS - 1 or not _happening_head(words, at + 1):
        return text  # («يأتي هذا قبل يومين على بدء …»: a span before, no happening)
    before_date = [t for t in tokens if t.start < mention_start and t.surface == words[at].surface]
    return text[words[at].start :] if before_date else text


def _happening_head(words: list[_Token], index: int) -> bool:
    """May words[index], after a temporal preposition, name a happening (not a particle, a number, a span or count:
    «نحو», «يومين», «أقل»)?"""
    head = words[index]
    return not _is_function(head) and head.norm[:1].isalpha() and not _phrase_at(words, index, "headless", proclitic=True) \
        and not any(head.norm in _roles_words(role) for role in ("not_verbal", "duration", "edge"))


def _name_part(words: list[_Token], index: int) -> bool:
    """«دونالد ترامب»: a word spelt like an imperfect verb (ت or ي, short) right after an undefined word that is no
    particle is a name's second part, not a verb."""
    word, before = words[index], words[index - 1]
    return word.norm[:1] in "تي" and not before.norm.startswith(ARTICLE) and not _is_function(before) \
        and not before.norm[:1].isdigit() and not _predicate(before)


def _temporal_phrase_happening(text: str) -> str:
    """A title that is only a temporal phrase, its date inside it and no verb of a main clause after it («في أعقاب
    قيام كوريا الشمالية بتجربة صاروخين», «خلال مكالمة هاتفية مع الأمير محمد بن سلمان», «بعد الصلاة في جامع …»),
    tells the happening its noun names, without the preposition (the lexicon's temporal_opener): the date dates it.
    Not a span or count («بعد أقل من ستة أشهر», «قبل ساعات من»), nor a phrase before a clause of its own."""
    words = _tokens(text, 0, len(text))
    size = _phrase_at(words, 0, "temporal_opener", proclitic=True) if words else 0
    if not size or ":" in text or len(words) - size < MIN_TITLE_WORDS:
        return text
    head = words[size]
    if not _happening_head(words, size):
        return text
    if any(_predicate(word) and not _name_part(words, index) or _phrase_at(words, index, "report", proclitic=True)
           or _phrase_at(words, index, "relative", proclitic=True) for index, word in enumerate(words[size + 1 :], size + 1)):
        return text  # «عقب المباراة قال كونتي …»: the title tells a clause of its own
    following = words[size + 1]
    if normalize(head.surface).startswith(ARTICLE) and not _is_function(following) and not following.norm[:1].isdigit() \
            and not following.norm.startswith((ARTICLE,) + PREPOSITION_ARTICLE) and following.norm[:1] not in "بل":
        return text  # «بعد التصريحات صرت متشائما»: an undefined word after a definite noun is no adjective but its verb
    return text[head.start :]


def _purpose_phrase_happening(text: str) -> str:
    """A title that is only an adverbial accusative of purpose or response and its phrase («تحضيرا لمواجهة أحد في دور
    ال32», «استباقاً لعقد قمة خليجية أميركية محتملة», «ردا على فرض الولايات المتحدة رسوما …») lost its main clause to
    the date inside the phrase: the date dates the verbal noun after the preposition, told without the opener
    («مواجهة أحد في دور ال32», «عقد قمة …», «فرض الولايات المتحدة رسوما …»). Not a question answered («ردا على
    سؤال»: purpose_not) nor a phrase before a clause of its own."""
    words = _tokens(text, 0, len(text))
    if len(words) < 3 or ":" in text or not _phrase_at(words, 0, "purpose_opener", proclitic=True):
        return text
    link = words[1]
    if link.norm == "علي":
        size, head = 2, text[words[2].start :]
    elif link.norm[:1] == "ل" and len(link.norm) >= 4 and not _is_function(link):
        size, head = 1, ("ا" + text[link.start + 1 :] if link.norm.startswith("لل") else text[link.start + 1 :])
    else:
        return text
    if len(words) - size < MIN_TITLE_WORDS or not _happening_head(words, size) or _is_function(words[size]) and size == 2 \
            or _bare_norm(words[size].norm) in _roles_words("purpose_not"):
        return text
    if any(_predicate(word) and not _name_part(words, index) or _phrase_at(words, index, "report", proclitic=True)
           or _phrase_at(words, index, "relative", proclitic=True) for index, word in enumerate(words[size + 1 :], size + 1)):
        return text  # «استعدادا لمواجهة يوفنتوس قال المدرب …»: the title tells a clause of its own
    return head


def _bare_norm(norm: str) -> str:
    return norm[1:] if norm[:1] == "ل" and len(norm) >= 4 else norm
