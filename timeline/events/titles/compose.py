"""A clause's title composed from its core: owners, borrowed subjects and described nouns put back, fragments told apart."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .antecedent import _antecedent
from .borrowed_subject import _bare_verb, _borrowed_subject, _result_verb, _subject
from .case_endings import _nominative, _nominative_plural
from .core import _core
from .country_subject import country_first
from .offices import _speaker_name
from .over_length import _edges, _width
from .owned_nouns import _owned_noun
from .present_tense import _headline_tense
from .protagonist_owned import _appointed, _owned_by_protagonist
from .relative import object_relative
from .render import _render, _span_text
from .speakers import _generic, _named, _named_subject, _previous_speaker
from .subjectless_verbs import _agrees, _opens_on_subjectless_verb
from .tokens import (
    ARTICLE, MAX_CHARS, PREPOSITION_ARTICLE, _Clause, _Token, _before_time_words, _is_function, _phrase_at, _roles,
)
from .trim import _past_adjunct, _trim
from .verb_spelling import _cut_before_verb, _own_subject
from .witness import without_time_subject_verb


MIN_TITLE_WORDS = 3  # fewer words cannot tell who did what
UNCUT_CHARS = 10_000  # a budget no statement reaches: its whole length


def _compose(tokens: list[_Token], clauses: list[_Clause], offset: int, focus_end: int,
             before: str = "", protagonist: str | None = None, article: str = "",
             source: str | None = None) -> tuple[str, str | None, bool]:
    """The title told by the clause at `offset` (widened while it says too little), its actor, and whether it is
    a relative clause's own happening told whole («الحرب تندلع»), which no main clause replaces.
    `before`: the article's text before the sentence, where a generic speaker («الشركة») finds its name;
    `source`: who a source clause after it («كما أعلن X») says told it, its speaker unless the clause names one;
    `protagonist`: who the article is about, the subject of a sentence opening on a verb that names none, and the
    owner of a verbal noun's pronoun the title opens on («توليه المسؤولية»); `article`: the text it is told in."""
    core, actor, told_of = _core(tokens, clauses, offset)
    if source and not actor and not told_of:
        actor = source  # «…، كما أعلن الصليب الأحمر الأندونيسي [الثلاثاء]»: who told it, as a statement's speaker
    generic = _generic(actor) if actor else None
    if generic:
        actor = _named(generic, before) or actor
    if actor == "":  # «وأضاف "كانت صدمة عندما استيقظت …"»: the speaker of the sentence before
        actor = _previous_speaker(before)
    said = actor
    if said:
        statement = _trim(tokens, core, focus_end, budget=UNCUT_CHARS)
        if len(said) + 2 + _width(_edges(tokens, statement), 0, len(statement)) > MAX_CHARS:
            said = _speaker_name(said) or said  # «الرئيس الفرنسي إيمانويل ماكرون: …» -> «إيمانويل ماكرون: …», to tell more
    words = _trim(tokens, core, focus_end, budget=MAX_CHARS - len(said) - 2 if said else MAX_CHARS)
    if said and words and _cut_before_verb(tokens, words):
        # «الرئيس الأميركي: فصل العائلات المهاجرة على الحدود [يمكن أن يردع …]»: the label left no room for the
        # statement's verb; the speaker's name alone, or the statement on its own (its actor keeps who said it)
        # (not the statement alone when it has no subject of its own: «الولايات المتحدة: لديها مخاوف …»)
        own_subject = _own_subject(tokens, words[0])
        said = next((label for label in (_speaker_name(said), "" if own_subject else None) if label is not None
                     and label != said and not _cut_before_verb(
                         tokens, _trim(tokens, core, focus_end, budget=MAX_CHARS - len(label) - 2 * bool(label)))), said)
        words = _trim(tokens, core, focus_end, budget=MAX_CHARS - len(said) - 2 if said else MAX_CHARS)
    borrowed = None if said or core.owner else told_of or _borrowed_subject(tokens, words)
    if borrowed:  # «… بعدما تغلب على نظيره» -> «المنتخب الألماني تغلب على نظيره»
        words = _trim(tokens, core, focus_end, budget=MAX_CHARS - _width(_edges(tokens, borrowed), 0, len(borrowed)) - 1)
        lend = bool(words) and bool(told_of or _bare_verb(tokens, words))
        words = borrowed + words if lend else words
    about = None
    if protagonist and not said and not borrowed and not told_of and not core.owner \
            and _opens_on_subjectless_verb(tokens, words) \
            and (not _named_in(protagonist, tokens) or _after_pronoun_that(tokens, words[0])) \
            and _agrees(protagonist, tokens[words[0]].surface):
        # «وانتقل للعمل مع سي أن أن في عام 2013» in an article on Bourdain -> «بوردين ينتقل للعمل مع سي أن أن»
        about = protagonist
        words = _trim(tokens, core, focus_end, budget=MAX_CHARS - len(about) - 1)
    appointed = None
    if protagonist and article and words and not about and not said and not borrowed and not told_of \
            and not core.owner and not _named_in(protagonist, [tokens[i] for i in words]):
        near = " ".join(t.surface for t in tokens[: words[0]])
        appointed = _appointed(tokens, words, article, protagonist, near, before)
        if appointed:  # «عين وزيرا للدولة» in an article on Johnson -> «تعيين بوريس جونسون وزيرا للدولة»
            words = _trim(tokens, core, focus_end, budget=MAX_CHARS - len(appointed) - 1)
    words = _past_adjunct(tokens, words)
    witnessed = without_time_subject_verb(tokens, words)
    verb_dropped = witnessed != words  # «سيشهد الأسبوع المقبل مباريات العودة» -> «مباريات العودة …», told by no one
    words = witnessed
    actor = actor or (_span_text(tokens, (borrowed[0], borrowed[-1])) if borrowed else None if verb_dropped
                      else _subject(tokens, words))
    text = _render(tokens, words)
    if core.object_relative and words and words[0] == core.first:
        text = object_relative(text)  # «النهائيات التي تحتضنها الكاميرون» -> «تحتضن الكاميرون النهائيات»
    elif not said and not borrowed and not core.owner:
        text = _with_described_noun(tokens, words, text)
    if core.owner and words and words[0] == core.first and not said:
        owned = _owned_noun(tokens[words[0]].surface)
        if owned:  # «لقائه مع كيم» -> «لقاء ترمب مع كيم»
            text = " ".join([owned, _render(tokens, list(core.owner))] + text.split()[1:])
            actor = actor or _render(tokens, list(core.owner))
    elif appointed and words:
        text = " ".join([appointed] + _render(tokens, words[1:]).split())
        actor = actor or appointed.split(" ", 1)[1]
    elif protagonist and article and words and not said and not borrowed and not about and not core.owner \
            and not _named_in(protagonist, [tokens[i] for i in words]):
        near = " ".join(t.surface for t in tokens[: words[0]])
        owner = _owned_by_protagonist(tokens[words[0]].surface, article, protagonist, near, before)
        if owner:  # «منذ توليه المسؤولية» after «وقاد زيدان …» -> «تولي زيدان المسؤولية»
            text = " ".join([owner] + text.split()[1:])
            actor = actor or owner.split(" ", 1)[1]
    lent = 0
    if borrowed and words[: len(borrowed)] == borrowed and len(words) > len(borrowed):
        # «شعو» + «وفاز بمقعد …»: the verb after the lent subject loses its «and» too
        told = _render(tokens, words[len(borrowed):])
        if _result_verb(tokens, words[len(borrowed)]):
            told = told[1:]  # «جوكوفيتش» + «ليحرز لقبه» -> «جوكوفيتش يحرز لقبه»
        text = f"{_render(tokens, borrowed)} {told}"
        lent = len(_render(tokens, borrowed).split())
    if about and words:
        text, lent = f"{about} {_render(tokens, words)}", 1
        actor = actor or about
    if not said:
        text = _headline_tense(_nominative_plural(text), lent)  # «الأميركيين أخبروا» (after a dropped أن) -> «الأميركيون»
        text = country_first(text)  # «شنت إسرائيل عشرات الغارات» -> «إسرائيل تشن …» (country_subject.py)
        text = _named_subject(text, before)
    if said:
        text = _nominative(text)
    if said and text and generic and said == actor and not _named(generic, before) \
            and normalize(text.split()[0]).startswith(ARTICLE):
        said = None  # «المنظمة: الطفل المصاب لم يلقح …»: the statement has its own subject; the pointer says nothing
    if said and text:
        text = f"{said}: {text}"
    return text, actor, core.whole


PRONOUN_THAT = frozenset({"انه", "انها"})  # «كما أنه حصل …»: «that he», the subject a pronoun


DESCRIBED_NOUN_WORDS = 4  # the noun phrase a headless relative clause's title takes back («القمة الثلاثية»)


def _with_described_noun(tokens: list[_Token], words: list[int], text: str) -> str:
    """A title opening right after a relative pronoun the clause cutting left out («[القمة الثلاثية التي] تضم إيران
    وروسيا وتركيا», «[الخطوة التاريخية التي] اتخذها مجلسنا الوطني …») tells a verb with no one doing it: the noun the
    clause describes comes back with its pronoun («القمة الثلاثية التي تضم إيران وروسيا وتركيا»), an object relative
    told with the noun in its pronoun's place (relative.py: «اتخذ مجلسنا الوطني الخطوة التاريخية»). Only a short
    definite noun phrase right before the pronoun, no time, comma or particle inside, and when the whole still fits."""
    if not words or words[0] < 2:
        return text
    pronoun = words[0] - 1
    if not _phrase_at(tokens, pronoun, "relative", proclitic=True) or tokens[pronoun].time or tokens[pronoun].norm[:1] == "و":
        return text
    antecedent = _antecedent(tokens, pronoun)
    noun = list(range(antecedent, pronoun)) if antecedent is not None else []
    if noun[1:] and tokens[noun[0]].norm[:1] in "بل" and not tokens[noun[0]].norm.startswith(PREPOSITION_ARTICLE):
        noun = noun[1:]  # «[لبحث] اجتماع القمة الثلاثية التي»: the purpose's verbal noun is the main clause's
    if not noun or len(noun) > DESCRIBED_NOUN_WORDS or not any(tokens[i].norm.startswith(ARTICLE) for i in noun) \
            or any(t.time or _is_function(t) or t.stop and i != pronoun - 1 for i, t in zip(noun, (tokens[i] for i in noun))) \
            or any(_phrase_at(tokens, i, "time_noun", proclitic=True) for i in noun):
        return text  # («[في الوقت الذي] تسعى فيه …»: a clause of «when», told by the clause machinery)
    told = f"{_render(tokens, noun).rstrip('،, ')} {tokens[pronoun].surface} {text}"
    told = object_relative(told)
    return told if len(told) <= MAX_CHARS else text


def _after_pronoun_that(tokens: list[_Token], index: int) -> bool:
    """Does the verb at tokens[index] come right after «أنه» («ومن بين أشهر أغاني أزنافور …، كما أنه حصل على نجمة
    …»)? Its subject is that pronoun, the one the sentence named before it: the protagonist, even where the sentence
    names them (elsewhere a verb with no subject may be another's, whom the sentence names)."""
    before = _before_time_words(tokens, index)
    return before >= 0 and tokens[before].norm in PRONOUN_THAT


def _named_in(name: str, tokens: list[_Token]) -> bool:
    """Does the sentence name it already, alone or with a particle («وبوردين»)?"""
    norm = normalize(name)
    return any(t.norm == norm or t.norm.endswith(norm) and len(t.norm) - len(norm) <= 2 for t in tokens)


def _fragmentary(text: str) -> bool:
    """Too short to tell a happening, or opening on a preposition or adjunct («بمناسبة حلول»، «وفق بلاغ»)."""
    words = text.split()
    if len(words) < MIN_TITLE_WORDS:
        return True
    first = normalize(words[0])
    adjuncts = _roles().get("adjunct", {})
    return (first,) in adjuncts or first.startswith("و") and (first[1:],) in adjuncts
