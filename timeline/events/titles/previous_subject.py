"""A title opening on a verb whose subject is the previous sentence's («…، ثم حصل على …»)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ...terms import normalize_word as normalize
from .first_person import _verbal_noun_form
from .protagonist import ATTACHED, DEFINITE, MIN_MENTIONS, NOUN_ENDINGS, WORD
from .tokens import (
    ARTICLE, PREPOSITIONS, PREPOSITION_ARTICLE, _Token, _bare, _is_function, _lead_words, _mark_time, _present_forms,
    _title_words, _tokens, without_marks,
)


def previous_subject(title: str, sentence: str, before: str, article: str) -> str:
    """«حصل على حق اللجوء في بريطانيا» after «وكشف سكريبال عن عشرات الجواسيس …» -> «سكريبال يحصل على حق اللجوء في
    بريطانيا»: a sentence opening on a news verb and its preposition, no subject told, is told of the subject of the
    sentence before when that one opens on a verb and a one-word name the article repeats (MIN_MENTIONS times, never
    with the article), the two verbs of the same gender. Not when a noun after the verb's phrase may be its own
    subject («انطلقت في الرياض فعاليات المهرجان»), nor a lead sentence: no one is guessed."""
    from .spouses import spouse_of_speaker
    from .present_tense import _headline_tense
    spouse = spouse_of_speaker(title, sentence, before)  # «زوجها وجه إليها …» after «وأعلنت زوجة مينغ …»
    if spouse != title:
        return spouse
    words = _title_words(title)
    if len(words) < 3 or not before.strip():
        return title
    verb = _bare_verb_norm(words[0])
    if verb not in _present_forms() or not _opens_on_preposition(words):
        return title
    tokens = _tokens(sentence, 0, len(sentence))
    _mark_time(tokens, sentence, 0, (0, 0))
    at = next((i for i, t in enumerate(tokens) if not t.time and not _lead_words(tokens, i)), None)
    if at is None:
        return title
    if _bare_verb_norm(tokens[at].surface) != verb:
        # or it opens a clause after «ثم» or «كما أنه» in a sentence whose pronoun points back to the one named
        # before («وصدر ضده حكم بالسجن …، ثم حصل على حق اللجوء …»)
        at = next((i for i in range(2, len(tokens)) if _bare_verb_norm(tokens[i].surface) == verb
                   and (tokens[i - 1].norm in SEQUEL and tokens[i - 2].stop
                        or tokens[i - 1].norm in ALSO_THAT and tokens[i - 2].norm in ALSO)), None)
        if at is None or not any(_points_back(t, _feminine_verb(verb)) for t in tokens[:at]):
            return title
    name = _opening_subject(_last_sentence(before), article) or _last_clause_subject(_last_sentence(before), article)
    if not name or normalize(name[1]) in {normalize(w) for w in words} or _feminine_verb(name[0]) != _feminine_verb(verb):
        return title
    told = _headline_tense(f"{name[1]} {title}", 1)
    return told if len(told) <= MAX_TITLE_CHARS else title


MAX_TITLE_CHARS = 80  # tokens.MAX_CHARS
SEQUEL = {"ثم", "وثم"}  # «…، ثم حصل على …»: the next step of the one the sentence is about
ALSO, ALSO_THAT = {"كما"}, {"انه", "انها"}  # «… أغاني أزنافور، كما أنه حصل على …»: and he too


def _points_back(token: _Token, feminine: bool) -> bool:
    """A word with the pronoun of one person of that gender («ضده», «عليه», «انتخابها»), not a ta marbuta («حكومة»)."""
    plain = without_marks(token.surface).strip("،,.")
    return len(plain) >= 3 and not token.norm.startswith(ARTICLE) and (
        plain.endswith("ها") if feminine else plain.endswith("ه") and not plain.endswith(("هه",)))


def _bare_verb_norm(word: str) -> str:
    """A news verb, past or present, without its «و» («وكشف», «ويشارك»)."""
    norm = normalize(word)
    known = norm[1:] in _present_forms() or norm[1:] in _present_verbs()
    return norm[1:] if norm[:1] == "و" and known else norm


@lru_cache(maxsize=1)
def _present_verbs() -> frozenset[str]:
    return frozenset(normalize(form) for form in _present_forms().values())


def _feminine_verb(norm: str) -> bool:
    return norm.endswith("ت") and not norm.endswith("ات") or norm[:1] == "ت" and len(norm) >= 4


def _opens_on_preposition(words: list[str]) -> bool:
    """Does the verb's phrase open on a preposition, and is the word after that phrase (its object and definite
    words) no noun that may be the verb's subject («انطلقت في الرياض فعاليات …»)?"""
    norms = [normalize(word) for word in words]
    second = norms[1]
    if not (_bare(second) in PREPOSITIONS or second.startswith(PREPOSITION_ARTICLE)):
        return False
    index = 2 if second.startswith(PREPOSITION_ARTICLE) else 3
    while index < len(norms) and norms[index].startswith(ARTICLE):
        index += 1
    if index >= len(norms):
        return True
    following = norms[index]
    return _bare(following) in PREPOSITIONS or following.startswith(PREPOSITION_ARTICLE) or following[:1] in "بلو" \
        or _is_function(_Token(0, 0, following, following)) or following[:1].isdigit()


def _last_sentence(before: str) -> str:
    text = before.rstrip()
    cut = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!?؟\n")
    return text[cut + 1 :]


def _last_clause_subject(sentence: str, article: str) -> tuple[str, str] | None:
    """(the verb, the name) the sentence's last clause opens on after «و» («… على يد مبتكرها ويشارك أشكين في
    المسابقات»): the one whose subject the next sentence goes on with, when the sentence's opening says no one."""
    words = list(WORD.finditer(sentence))
    for match in reversed(words[1:]):
        norm = normalize(match.group())
        if norm[:1] == "و" and (norm[1:] in _present_forms() or norm[1:] in _present_verbs()):
            return _opening_subject(sentence[match.start() :], article)
    return None


def _opening_subject(sentence: str, article: str) -> tuple[str, str] | None:
    """(the verb, the name) a sentence opens on («وكشف سكريبال عن …», «ويشارك أشكين في …»): a verb the lexicon knows,
    past or present, then one undefined word the article repeats and never says with the article, before no definite
    word (a construct's head is no name); «ين» may end it («أشكين», «بوتين»): a subject is no oblique plural."""
    tokens = _tokens(sentence, 0, len(sentence))
    _mark_time(tokens, sentence, 0, (0, 0))
    at = next((i for i, t in enumerate(tokens) if not t.time and not _lead_words(tokens, i)), None)
    if at is None or at + 2 >= len(tokens):
        return None
    verb = _bare_verb_norm(tokens[at].surface)
    present = _present_verbs()
    if verb not in _present_forms() and verb not in present or tokens[at].stop:
        return None
    name, after = tokens[at + 1], tokens[at + 2]
    norm = name.norm
    counts = Counter(normalize(word) for word in WORD.findall(article))
    if len(norm) < 3 or norm.startswith(ARTICLE) or norm[:1].isdigit() or name.time or _is_function(name) \
            or norm.endswith(tuple(set(NOUN_ENDINGS) - {"ين"})) or _verbal_noun_form(norm) or norm in _present_forms() or norm in present \
            or sum(counts[prefix + norm] for prefix in ATTACHED) < MIN_MENTIONS \
            or any(counts[prefix + norm] for prefix in DEFINITE) or after.norm.startswith(ARTICLE) and not name.stop:
        return None
    return verb, name.surface.strip("،,.")
