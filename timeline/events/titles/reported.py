"""Whether a sentence tells its source's statement, who that source is, and whether its title is another happening than the headline's."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .article_headline import _content_stems, _same_word
from .render import _render
from .tokens import ARTICLE, MIN_CONTENT_WORDS, PREPOSITIONS, _Clause, _Token, _bare, _is_function, _phrase_at, _roles


COMPLEMENT_PREPOSITIONS = {"من", "علي", "عن", "الي"}  # a verb's complement opens on these; a circumstance on others
NOT_COMPLEMENT_ROLES = ("lead", "function", "opens", "adjunct", "relative", "saying", "that", "source", "time",
                        "time_prep", "expectation", "contrast", "consequence", "temporal", "report")


def _stops_before_complement(tokens: list[_Token], title: str, mention_end: int) -> bool:
    """Does a lead title stop where the date cut its clause, which goes on after the date with the verb's object or
    complement («وصف أنور قرقاش …، اليوم السبت، الخطوة القطرية …», «تنظم تعاونية موظفي الإذاعة …، يوم 18 مارس، حفلا
    فنيا …», «أتاحت عمادة القبول … للعام 1437هـ، الانسحاب …»)? It tells who did something, not what: the headline
    tells it, when it shares enough of the sentence."""
    after = [t for t in tokens if t.start >= mention_end and not t.time]
    if not after or after[0].norm.startswith(("و", "ف")) and not after[0].norm.startswith(("وال", "فال")):
        return False  # the sentence ends, or a new clause opens («، وأن الأحد …»)
    told = {normalize(word) for word in title.split()}
    if any(t.norm in told for t in after[:3]):
        return False  # the title goes on past its date
    word = after[0].norm
    if any((word,) in _roles().get(role, {}) for role in NOT_COMPLEMENT_ROLES) or word in PREPOSITIONS - COMPLEMENT_PREPOSITIONS:
        return False
    # (an indefinite object, «حفلا», «قانونا»; not a verbal noun of purpose or circumstance, «تنديدًا», «احتجاجا»)
    return word in COMPLEMENT_PREPOSITIONS or word.startswith((ARTICLE, "بال")) \
        or len(word) >= 4 and word.endswith("ا") and not word.startswith(("و", "ف", "ت", "ا"))


def _sourced(tokens: list[_Token], clauses: list[_Clause], offset: int) -> bool:
    """Is the mention in a source clause after the main one («وقع النني عقدا جديدا مع أرسنال، بحسب ما أعلن الأخير
    الاثنين»)? The date is the report's; the main clause tells what was reported."""
    at = next((i for i, c in enumerate(clauses) if tokens[c.last].end > offset), None)
    if not at:
        return False
    first = clauses[at].first
    return bool(_phrase_at(tokens, first, "source", proclitic=True)) and not clauses[at].frame


SOURCE_SPEAKER_WORDS = 5  # «الصليب الأحمر الأندونيسي», «وزارة الداخلية العراقية»


def _source_speaker(tokens: list[_Token], clauses: list[_Clause], offset: int) -> str | None:
    """Who «كما أعلن X [date]» after the main clause names: X, up to its date (a name of a few words, no particle); None
    for another source («بحسب ما أعلن الأخير»: a pointer, «وفق بلاغ»: no one)."""
    at = next((c for c in clauses if tokens[c.last].end > offset), None)
    if at is None or tokens[at.first].norm not in ("كما", "وكما") or at.first + 2 > at.last \
            or not _phrase_at(tokens, at.first + 1, "report", proclitic=True):
        return None
    name = []
    for index in range(at.first + 2, at.last + 1):
        if tokens[index].time:
            break
        if _is_function(tokens[index]) or _bare(tokens[index].norm) in PREPOSITIONS:
            return None
        name.append(index)
    if not name or len(name) > SOURCE_SPEAKER_WORDS or not tokens[name[0]].norm.startswith(ARTICLE):
        return None  # («كما أعلن مسؤول», «كما أعلنت»): no body named
    return _render(tokens, name)


def _another_happening(headline_text: str, title: str, tokens: list[_Token], clauses: list[_Clause], offset: int) -> bool:
    """Does the mention date another happening than the headline's? A lead sentence may tell the headline's
    happening in one clause and another in a later one («… تأهبا للمشاركة في بطولة غرب آسيا المقرر لها سبتمبر،
    بالإضافة إلى دورة الألعاب الخليجية في أكتوبر»): a date after the sentence's first whose clause, saying enough of
    its own, shares no content word with the headline: its title (of three content words or more) tells it. So does
    a date inside a statement whose reporting frame holds its own date (the headline's: «أكدت … اليوم أنه سيتم الإعلان
    عن قائمات الحزب الأسبوع المقبل»), when the headline holds under half of the title's words, opening or all."""
    at = next((c for c in clauses if tokens[c.last].end > offset), clauses[-1] if clauses else None)
    if at is None or not any(t.time for t in tokens if t.end <= offset):
        return False  # the lead's first date dates the headline's happening (what follows is its source, its place …)
    if at.frame or any(_phrase_at(tokens, i, "source", proclitic=True) for i in range(at.first, at.last + 1)):
        return False  # «بحسب ما أكده، الخميس، رئيس الهيئة»: the date of the headline's source
    told = set(_content_stems(title))
    if _dated_frame_before(tokens, clauses, at) and len(told) >= MIN_CONTENT_WORDS:
        # «أكدت عبير موسى … اليوم أنه سيتم الإعلان عن قائمات الحزب الأسبوع المقبل»: the frame's date is the
        # statement's (the headline's); a date inside the statement dates what is said to happen then, unless the
        # headline tells that too («وزيرة الصحة : سيتم انتداب 120 طبيبا» beside «الوزارة ستنتدب هذه السنة …»)
        headline_words = set(_content_stems(headline_text))
        words = list(dict.fromkeys(_content_stems(title)))
        # (neither its opening words, where it tells its happening, nor the whole of it are mostly the headline's)
        return all(sum(any(_same_word(word, other) for other in headline_words) for word in part)
                   < FRAME_SHARED_SHARE * len(part) for part in (words[:FRAME_HEAD_WORDS], words))
    return len(told) >= MIN_CONTENT_WORDS and not any(word in told for word in _content_stems(headline_text))


FRAME_SHARED_SHARE = 0.5  # of a statement's title's first content words the headline holds when it tells that statement
FRAME_HEAD_WORDS = 4  # … (its verb, subject and object; what follows is circumstance)


def _dated_frame_before(tokens: list[_Token], clauses: list[_Clause], at: _Clause) -> bool:
    """Is the mention's clause the statement of a reporting frame right before it that holds a date of its own?"""
    index = clauses.index(at)
    if not index or not clauses[index - 1].frame:
        return False
    frame = clauses[index - 1]
    return any(t.time for t in tokens[frame.first : frame.last + 1])
