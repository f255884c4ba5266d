"""Is a title told from its sentence too weak to stand as a headline? In the article's lead, the headline an editor
wrote tells the same happening better than a fragment of the lead sentence («بفندق الفورسيزنز بالرياض»), a title
opening on an adjunct or a clause opener («خلال الجلسة الافتتاحية …», «عند الافتتاح في تداول …»), one of a few words
(«افتتاح بفضاء الكنيسة بصفاقس»), one whose words point back to what the sentence named before («غارات جوية
استهدفته», «أعلنت عنه شركة المترو …»), or one opening on a verb of managing, whose complement is the happening and
is often cut («تمكنت فرقة الإرشاد البحري للحرس الوطني بالمنستير» beside «القبض على 3 أشخاص … في المنستير»): such a
lead title gives way to a headline sharing less of its words."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .tokens import PREPOSITIONS, _bare, _phrase_at, _pronoun_object, _roles, _tokens
from .verb_spelling import VERB_PARTICLES

SHORT_TITLE_WORDS = 3  # a title of this many words or fewer names a happening without who or what of it
POINTING_REACH = 4  # the first words of a title, where a pronoun pointing back leaves it saying too little
POINTING_ENDINGS = ("ته", "تها", "تهم", "تهما")  # a verb with its object pronoun («أصدرته», «استهدفته»)


def weak_title(text: str) -> bool:
    words = text.split()
    if len(words) <= SHORT_TITLE_WORDS:
        return True
    tokens = _tokens(text, 0, len(text))
    first = normalize(words[0])
    # (the roles with their proclitic: «وفي», «والتي»; a function word as written, not «فتحت» as ف + «تحت», nor a
    # particle of a verb, «لم تتوصل لجنة التوافقات إلى …», which tells)
    if _bare(first) in PREPOSITIONS or (first,) in _roles().get("function", {}) and first not in VERB_PARTICLES \
            or any(_phrase_at(tokens, 0, role, proclitic=True) for role in ("adjunct", "opens", "relative", "managing")):
        return True
    return any(_pronoun_object(t.norm) or t.norm.endswith(POINTING_ENDINGS) and len(t.norm) >= 5 and not t.norm.startswith("ال")
               for t in tokens[:POINTING_REACH] + tokens[-1:])
