"""Headline titles for dated events: who does what (and where), without the date.

The date is shown beside the title, so every time expression and time word goes. What
remains of the sentence is cut into clauses (punctuation, relative and circumstantial
openers, reporting frames); the clause holding the mention, widened while it says too
little, is the title, without its leading conjunctions and cut to whole words under
MAX_CHARS. In the article's lead, the headline is the title when it tells the same
happening, as newsroom timelines do. Cost is linear in the sentence.

A title says who: a generic speaker or subject («الشركة», «المنظمة») takes the name the article gave it
before; a quotation whose frame names no one («وأضاف "…"») is the previous sentence's speaker's; a bare verb
later in the sentence borrows the main clause's subject. It is told the headline way when the lexicon knows the
verb: subject first, in the present («المنتخب الألماني يتغلب على …»), a country or its capital after the verb
being its subject whatever its ending («إسرائيل تشن …»: country_subject.py). Over its length, a title drops the wider
place («من ولاية قفصة») and a phrase its date closed («في تصريح إعلامي … [مساء اليوم]،») before its object; a cut stays
within MAX_CHARS and ends where a phrase ends, before a preposition, an opener or an imperfect verb describing the noun
before it, on a word that closes a phrase rather than a verb before its complement («سيطرت» before «على …»). It never
ends on a head whose complement went («بمزيد», «في عامي», «من 13», «خلفا», «بمناسبة», «المقام»), inside a name
(«نعيمة بن») or a short quoted name («قناة "بي»), nor on a conjunct whose complement went («وإصابة» before a cut
«أكثر من 400»). «X تم تعيينه» is told as the verbal noun: «تعيين X». Nor does a cut title end on an office whose body went («… المتحدة رئيس [مجلس الوزراء]»), nor on a clause
describing a noun through a pronoun, cut before what it tells («أصدرت بياناً [تحرّم فيه …]»).

A title never opens on a word whose preposition or head went («[على] رأسهم فنان العرب …», «[من] أبرزها الغارة …»,
«[ما] راعه هو صدور قرار …»: the lexicon's headless words), nor glues a word a date cut off to the verb opening the
next clause («الحسم [في اكتوبر] وتوقع أن …», «لتتواصل [إلى …] ويكون …»): the clause after the date is told. An office
set off by a comma before its holder's name («مدير الاستخبارات المركزية الأمريكية، مايك بومبيو») names the speaker,
so a long statement is told with the name alone.

A sentence or clause opening on a past verb with no subject before its preposition («وانتقل للعمل مع …») is told of
the article's protagonist, the headline's name the text repeats (protagonist.py); so is a title opening on a verbal
noun whose pronoun agrees with them («بيعه إلى روما» -> «بيع محمد صلاح إلى روما») or on a verb of appointment with no
subject («وعين … وزيرا للدولة» -> «تعيين جونسون وزيرا للدولة»), when the text names them in that sentence or just
before and makes their gender sure; and a protagonist the title names by one word is named as the text first names
them («أنتوني بوردين»). «المتحدث نفسه» is the last one a reporting verb named, and a title that is only an anaphoric
noun phrase («انطلاق المسابقة») takes the name a noun of its kind had a few sentences before (kinds.py). A happening verb is told as its
verbal noun, as timelines name a happening: opening the title («انطلقت شهرة بوردين» -> «انطلاق شهرة بوردين») or after
its noun phrase with no object («الحرب اندلعت» -> «اندلاع الحرب»). A noun whose genitive was the date takes the article
(«في انتخابات نوفمبر» -> «في الانتخابات»), and a comma that closed a clause's date does not end the clause before its
complement («أعلنت … الأربعاء، عن تشكيلة …»). A later date after a temporal preposition, when the clause has its own
before, dates that preposition's happening across its own preposition («يستأنف الفريق تدريباته يوم الثلاثاء … عقب
عودة الفريق من سويسرا السبت الماضي» -> «عودة الفريق من سويسرا»), with the place after the date when it closes there; a
colon closes a reporting frame as إن does («وقال فينغر في مؤتمر صحفي يوم الأربعاء: نحن محبطون …»).

What a date dates is told: «منذ» and its date frame a state, so the title is the happening the state began with
(«منذ احتجاجات يناير 2011 التي أطاحت بمبارك» -> «احتجاجات أطاحت بمبارك»), and a verbal noun's pronoun takes the main
clause's subject («منذ لقائه مع كيم …، بدا ترمب» -> «لقاء ترمب مع كيم»). A verb and its subject alone before a comma
(«أبلغ الرئيس الأميركي، دونالد ترامب، مستشاريه …») are told with the object after it, and an object's clause with them;
a circumstance set off between them and the object («توقعت "يونيسف"، في تغريدة مقتضبة …، ارتفاع الحالات …») goes.

The lead's headline is told as a title tells it: no question, no media label («بالصور..») nor wire section label
(«اجتماعي / …»), a short part before «..» as a label, a circumstance before it dropped; a lead title too weak to stand
(a fragment, an adjunct, a pronoun pointing back: weak.py) gives way to a headline sharing fewer of its words; so does a lead title the date cut before its verb's object
(«وصف أنور قرقاش …، اليوم السبت، الخطوة القطرية …»); a later date of the lead whose title shares nothing with the headline dates
another happening and keeps its own title, as does a later date of a lead whose sentence leaves out the headline's
happening word (its trigger or verb, in its root or a synonym's: title_same_happening.tsv) and whose own title says
enough, as does a date in the statement of a frame dated on its own («أكدت … اليوم
أنه سيتم الإعلان عن قائمات الحزب الأسبوع المقبل») whose title the headline mostly does not tell. A date in a source clause («بحسب ما أعلن الأخير الاثنين») is the report's:
the main clause is told; a date «منذ» or «إلى» frames, with «عندما» right after it, dates the when-clause.

A relative clause set off after a reporting verb's speaker tells its own dated happening, not the statement
(«قالت بريطانيا، التي قادت … اجتياح العراق في عام 2003، إنها …» -> «بريطانيا قادت … اجتياح العراق»); a participle of
schedule after a noun phrase of three content words or more, then its date, tells that noun («… في نهائيات كأس العالم
المقرر إقامتها في روسيا الشهر المقبل» -> «نهائيات كأس العالم في روسيا»); and one definite verbal noun after a temporal
preposition, its date, then its object or direction, tells that happening («قبل التحول منتصف الأسبوع القادم إلى سوسة»).

A dated object relative clause is told with its noun in its pronoun's place («النهائيات التي تحتضنها الكاميرون»,
«الاتفاق النووي الذي توصلت إليه الدول الغربية» -> «توصلت الدول الغربية إلى الاتفاق النووي»), or as written with its
relative pronoun when that cannot be told (relative.py). Over its length, a title loses the short phrases of place or
circumstance set off by commas inside its clause («، بمجلس نواب الشعب،») before its window cuts the opening verb and
subject, and it ends on no frame whose statement was cut («… وقالت في تصريح للمجلة»).

A title of one word («أبوظبي») tells nothing and gives way to the headline; a season calendar's line («الجولة الخامسة
إيابا») takes the headline's label, which names the competition («الرابطة الأولى: الجولة الخامسة إيابا»).

In a fixtures list, a time dates the match after it, told by its two teams, and a date right after a round's label
dates that round («الرابطة الأولى: الجولة السابعة») (fixture.py); in a festival's programme, a
date dates the show on its line, told with the series the headline names («حفل سميرة سعيد في مهرجان قرطاج الدولي»:
programme.py). A title never carries a wire story's dateline or agency (dateline.py), nor page furniture such as a share bar
(boilerplate.py). A reporting verb's complement («أعلن … عن خيبتهم», «كشف … عن نتائج») outlasts a dated phrase before it. Where an office would push out what a person said
or did, they are named without it («إيمانويل ماكرون: …», «اتهم مايك بومبيو النظام الإيراني …»). An opening «سيتم» before
a verbal noun goes («تشغيل رحلات دولية …»), and so do frames of expectation («يتوقع أن»). The actor is the title's subject
as written (a construct with its head: «رئيس الوزراء العراقي») or None.
"""

from __future__ import annotations

from copy import copy
from functools import lru_cache
from dataclasses import dataclass
from typing import Sequence

from ... import lexicon
from ...model import Mention
from ...terms import normalize_word as normalize
from ...terms import stem
from .tokens import ARTICLE, MAX_CHARS, MIN_CONTENT_WORDS, _Clause, _Token, _is_function, _mark_time, _phrase_at, _roles, _sentence_tokens, _tokens
from .render import _render, _span_text, _tidy
from .speakers import (
    _bare_verb, _borrowed_subject, _result_verb, _generic, _named, _named_subject, _previous_speaker, _speaker_name, _subject)
from .dated import _owned_noun, subject_owned
from .dateline import dateline_length
from .boilerplate import without_boilerplate
from .weak import weak_title
from .witness import without_time_subject_verb
from .tail import continued, mark_dangling, pluperfect
from .fixture import fixture_title, round_before
from .programme import programme_title
from .protagonist import (
    _agrees, _appointed, _named_in_full, _opens_on_subjectless_verb, _owned_by_protagonist, _protagonist, previous_subject)
from .clauses import _clauses
from .core import _core
from .relative import object_relative
from .antecedent import _antecedent
from .kinds import kind_named, subject_kind_named
from .embedded import told_embedded
from .trim import _past_adjunct, _trim
from .over_length import _edges, _width
from .verb_spelling import _cut_before_verb, _own_subject, _predicate
from .country_subject import country_first
from .tense import _headline_tense, _nominative, _nominative_plural, _passive_noun, _verbal_noun, passive_owned, told_plainly
from .tokens import PREPOSITION_ARTICLE, PREPOSITIONS, _bare, _purpose, _roles_words
from .tokens import EXTEND_CHARS, _present_forms  # noqa: F401 (part of the API the tests import)


HEADLINE_OVERLAP = 0.6  # share of the headline's content words the lead sentence must hold
LABEL_WORDS = 4  # a headline's «X: Y» label is at most this long («قبلي :», «وزير التجارة التونسي:»)
MIN_TITLE_WORDS = 3  # fewer words cannot tell who did what
FRAGMENT_HEADLINE_OVERLAP = 0.3  # of the headline's content words the sentence must hold to lend it a fragment
WEAK_HEADLINE_OVERLAP = 0.3  # … and to replace a weak lead title (weak.py)
UNCUT_CHARS = 10_000  # a budget no statement reaches: its whole length
LOOKBACK_CHARS = 1500  # of the article before a sentence, where a generic noun («الشركة») finds its name


@dataclass(frozen=True)
class Title:
    text: str
    actor: str | None  # the subject as written in the sentence, or None


@told_embedded  # a date of a happening embedded in the sentence («في الذكرى الخامسة لفض …»): embedded.py
def headline(text: str, sentence: tuple[int, int], mention: Mention, *, article_title: str = "", lead: bool = False,
             time_spans: Sequence[tuple[int, int]] | None = None) -> Title:
    """The title of the event `mention` dates, told by the sentence text[sentence[0]:sentence[1]]."""
    fixture = fixture_title(text[mention.end : sentence[1]]) if mention.end < sentence[1] else None
    if fixture:  # «الساعة 22:00 ملعب رادس : النادي الإفريقي - الفتح الرباطي»: the match the time dates (fixture.py)
        return Title(*fixture)
    round_ = round_before(text[sentence[0] : mention.start]) if article_title else None
    if round_:  # «الجولة السابعة : [30 أفريل 2017]»: that round, named with the headline's label (fixture.py)
        return Title(_tidy(_round_of_competition(round_, article_title)), None)
    programme = programme_title(text[max(0, mention.start - 2) : mention.start], text[mention.end : sentence[1]], article_title) \
        if article_title and mention.end < sentence[1] else None
    if programme:  # «*15 جويلية: سميرة سعيد *…» in a festival's programme: that show (programme.py)
        return Title(programme, None)
    # with its dateline: a headline's «سيؤول:» is the sentence's too; never a share bar (boilerplate.py)
    told = without_boilerplate(_sentence_tokens(text, *sentence))
    sentence = (sentence[0] + dateline_length(text[sentence[0] : sentence[1]]), sentence[1])  # never the dateline
    tokens = [copy(token) for token in without_boilerplate(_sentence_tokens(text, *sentence))]  # marked per mention below
    _mark_time(tokens, text, sentence[0], (mention.start, mention.end), time_spans)
    mark_dangling(tokens)  # «في أعوام [2008]», «[الساعة 18:00] بتوقيت نيودلهي» (tail.py)
    clauses = _clauses(tokens, mention.start)
    before = text[max(0, sentence[0] - LOOKBACK_CHARS) : sentence[0]]
    from_headline = _from_headline(article_title, told) if lead and article_title else None
    protagonist = _protagonist(text, article_title) if article_title and mention.field != "title" else None
    article = text
    text, actor, whole = _compose(tokens, clauses, mention.start, mention.end, before, protagonist, article=article)
    if _fragmentary(text) and not (whole and len(text.split()) >= 2) or _sourced(tokens, clauses, mention.start):
        # (a relative clause's own happening, «الحرب تندلع», is told even in two words: the main clause is another)
        # «بمناسبة حلول …», «وفق بلاغ …»: the mention's clause is an adjunct; the sentence's main clause
        # (in news, its first with a verb) tells what happened then
        for clause in clauses:
            if tokens[clause.first].start >= mention.start:
                break
            alternative, alt_actor, _ = _compose(tokens, clauses, tokens[clause.first].start, tokens[clause.last].end, before,
                                                 protagonist, article=article,
                                                 source=_source_speaker(tokens, clauses, mention.start))
            if not _fragmentary(alternative):
                text, actor = alternative, alt_actor
                break
    if not text and article_title:  # a sentence of dates only («وذلك منذ … وحتى …»)
        text = _from_headline(article_title, told, overlap=0.0) or ""
    elif _fragmentary(text) and article_title and not (whole and len(text.split()) >= 2):
        # still a fragment («قبل ساعات من حلول شهر»): the headline, when the sentence shares its subject
        text = _from_headline(article_title, told, overlap=FRAGMENT_HEADLINE_OVERLAP) or text
    text = continued(text, tokens, mention.start, mention.end) or text  # «أضاف عباس»: told past its date (tail.py)
    # «وكانت الصحف الإيطالية الصادرة [الأربعاء]، قد حفلت بالتقارير …»: the subject's predicate after «قد» (tail.py)
    text = pluperfect(text, tokens, mention.start, mention.end) or text
    text = _after_coming(text, tokens, mention.start)  # before a frame verb goes: «يأتي X بعد Y [date]» tells Y
    text = told_plainly(_verbal_noun(_passive_noun(text)))
    text = passive_owned(text, article[sentence[0] : sentence[1]])  # «إيقافه» after «أن السليمان تم» (tense.py)
    text = subject_owned(text, article[sentence[0] : sentence[1]], article)  # «وعبر المجلس في اجتماعه» (dated.py)
    text = kind_named(text, before)  # «انطلاق المسابقة» -> «انطلاق منافسات الدورة الأولمبية الـ32»
    text = subject_kind_named(text, article_title)  # «الفيلم يفوز …» -> «فيلم "120 خفقة في الدقيقة" يفوز …»
    if before:  # «حصل على حق اللجوء» after «وكشف سكريبال …», when no protagonist took it (protagonist.py)
        text = previous_subject(text, article[sentence[0] : sentence[1]], before, article)
    if protagonist:
        text = _named_in_full(text, article, article_title, protagonist)  # «بوردين …» -> «أنتوني بوردين …»
    if lead and article_title and not from_headline and (weak_title(text) or _headline_tells_more(article_title, text)
                                                         or _stops_before_complement(tokens, text, mention.end)):
        # a fragment of the lead («بفندق الفورسيزنز بالرياض»): the headline tells it, sharing fewer of its words
        from_headline = _from_headline(article_title, told, overlap=WEAK_HEADLINE_OVERLAP)
    later = any(t.time for t in tokens if t.end <= mention.start)  # the lead's first date is the headline's
    if from_headline and later and not whole and len(text.split()) >= MIN_OWN_TITLE_WORDS and not weak_title(text) \
            and not _stops_before_complement(tokens, text, mention.end) and _headline_happening_untold(from_headline, tokens):
        from_headline = None  # a later date of a lead that tells not the headline's happening: its own title tells it
    if from_headline and not (whole and later) and not _another_happening(from_headline, text, tokens, clauses, mention.start):
        # (not a later date's own dated phrase, «… اليوم الخميس … اثر شجار دار بينهما في شهر جويلية 2015»: the
        # headline tells the main clause's happening)
        return Title(_tidy(from_headline), actor)
    text = _purpose_phrase_happening(_temporal_phrase_happening(text))
    if len(text.split()) < 2 and article_title:  # «أبوظبي», «المباراة»: one word tells nothing; the headline does
        text = _from_headline(article_title, told, overlap=0.0) or text
    return Title(_tidy(_round_of_competition(text, article_title)), actor)


ROUND_TITLE_WORDS = 4  # «الجولة الخامسة إيابا», «الجولة السابعة والأخيرة ذهابا»


def _round_of_competition(text: str, article_title: str) -> str:
    """«الجولة الخامسة إيابا» (a line of a season's calendar) says not which competition: the headline's label names it
    («الرابطة الأولى : رزنامة مرحلة تفادي النزول» -> «الرابطة الأولى: الجولة الخامسة إيابا»)."""
    words = _tokens(text, 0, len(text))
    if not words or len(words) > ROUND_TITLE_WORDS or not _phrase_at(words, 0, "fixture_group") or not article_title:
        return text
    label, mark, _ = _split_label(article_title)
    if mark != ":" or not label or len(label.split()) > LABEL_WORDS or normalize(label.split()[0]) == words[0].norm:
        return text
    return f"{label}: {text}"


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


def _headline_happening_untold(headline_text: str, tokens: list[_Token]) -> bool:
    """Does the lead sentence leave out the headline's happening word (its event trigger or verb) altogether, so a
    later date of it, sharing only the headline's names, dates a happening of its own («غادرت بعثة الهلال فجر اليوم
    السبت … استعدادا للمباراة القادمة التي ستجمعه بالنجم الرياضي الساحلي يوم 3 جوان القادم» under «الهلال السوداني
    يصل تونس إستعدادا لمواجهة النجم الساحلي»)?"""
    happening = _happening_stems(headline_text)
    said = {stem(t.norm) for t in tokens if not _is_function(t) and not t.time}
    return bool(happening) and not any(_same_root(word, stem_) for word in said for stem_ in happening)


def _happening_stems(headline_text: str) -> list[str]:
    """The stems of a headline's happening words: its event triggers («الإفراج», «اختطاف») and present verbs the
    lexicon knows («تهدد», «يدعو»)."""
    from .embedded import _trigger  # (embedded.py imports this package's modules)
    told = _told_headline(headline_text) or ""
    tokens = _tokens(told, 0, len(told))
    verbs = set(_present_forms().values())
    return [stem(t.norm) for t in tokens if not _is_function(t) and (t.norm in verbs or _trigger(t))]


MIN_OWN_TITLE_WORDS = 4  # a later date's own title this long says enough to stand for the headline

ROOT_LETTERS = 3  # «الإفراج» and «أفرجت», «تهدد» and «هددت»: the first letters of their stems


@lru_cache(maxsize=1)
def _happening_groups() -> dict[str, str]:
    return {row["word"]: row["group"] for row in lexicon.table("title_same_happening")}


def _same_root(word: str, other: str) -> bool:
    """Do two stems share their first letters, a present prefix («ت», «ي») aside, one inside the other, or tell the
    same happening in two roots («رحيل», «توفي»: title_same_happening.tsv)?"""
    groups = _happening_groups()
    if word in groups and groups[word] == groups.get(other):
        return True
    forms = [{w, w[1:]} if w[:1] in "يت" and len(w) > ROOT_LETTERS else {w} for w in (word, other)]
    return any(len(a) >= ROOT_LETTERS and a[:ROOT_LETTERS] in b for one, two in (forms, forms[::-1])
               for a in one for b in two)


FRAME_SHARED_SHARE = 0.5  # of a statement's title's first content words the headline holds when it tells that statement
FRAME_HEAD_WORDS = 4  # … (its verb, subject and object; what follows is circumstance)


def _dated_frame_before(tokens: list[_Token], clauses: list[_Clause], at: _Clause) -> bool:
    """Is the mention's clause the statement of a reporting frame right before it that holds a date of its own?"""
    index = clauses.index(at)
    if not index or not clauses[index - 1].frame:
        return False
    frame = clauses[index - 1]
    return any(t.time for t in tokens[frame.first : frame.last + 1])


SHORT_TITLE_WORDS = 4  # a title this short («الموعد شبه المؤكد لإطلاقه») …
COVERED_SHARE = 0.5  # … half of whose content words the headline holds, with more of its own, is told by the headline


def _headline_tells_more(article_title: str, title: str) -> bool:
    """Is a short lead title the headline's happening told with less («الموعد شبه المؤكد لإطلاقه» beside «تسريب موعد
    إطلاق غالاكسي X …»)? Not when the headline shares little of it («احتفالات الغريبة تنطلق رسميا» beside «موسم
    الغريبة: الاستعدادات»): the sentence tells something of its own."""
    told = _told_headline(article_title)
    if not told or len(title.split()) > SHORT_TITLE_WORDS:
        return False
    own, headline_words = _content_stems(title), set(_content_stems(told))
    covered = sum(any(_same_word(word, other) for other in headline_words) for word in own)
    return bool(own) and covered >= COVERED_SHARE * len(own) and len(headline_words) > len(set(own))


PRONOUN_LETTERS = 2  # «إطلاقه» is «إطلاق» with its pronoun


def _same_word(word: str, other: str) -> bool:
    short, long_ = sorted((word, other), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= PRONOUN_LETTERS and len(short) >= 3


def _content_stems(text: str) -> list[str]:
    tokens = _tokens(text, 0, len(text))
    return [stem(t.norm) for t in tokens if not _is_function(t) and not t.norm.isdigit()]


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
    before = index - 1
    while before >= 0 and tokens[before].time:
        before -= 1
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


def _from_headline(article_title: str, sentence: list[_Token], overlap: float = HEADLINE_OVERLAP) -> str | None:
    """The headline without its time words, when the lead sentence tells what it tells."""
    article_title = _told_headline(article_title)
    if not article_title:
        return None
    tokens = _tokens(article_title, 0, len(article_title))
    if not tokens:
        return None
    _mark_time(tokens, article_title, 0, (0, 0))
    kept = _trim(tokens, _Clause(0, len(tokens) - 1, anchored=False), 0, extend=False)  # a headline is told whole
    told = {stem(t.norm) for t in sentence}
    content = [stem(tokens[i].norm) for i in kept if not _is_function(tokens[i])]
    if not content or sum(w in told for w in content) < overlap * len(content):
        return None
    text = _render(tokens, kept)
    # «قبلي : القبض على مهرب»: a headline's short label keeps its colon (the words alone run together)
    for position, (index, following) in enumerate(zip(kept, kept[1:])):
        # (a longer first part keeps its colon too: «قضية اغتيال أمني ومرافقه بزرمدين: بطاقة إيداع …» would run together)
        if ":" in article_title[tokens[index].end : tokens[following].start]:
            label, rest = _render(tokens, kept[: position + 1]), _render(tokens, kept[position + 1 :])
            if label and rest and not any(ch.isalpha() for ch in label):
                return rest  # «كان 2017: مصر تتعادل مع مالي»: the label's name went as a time word, its year alone says nothing
            if label and rest and text == f"{label} {rest}":
                return f"{label}: {rest}"
            break
    return text


QUESTION_MARKS = ("؟", "?")
SEPARATOR = ".."
SECTION_MARK = " / "  # «اجتماعي / جمعية "واعي" تختتم …»: a wire's section label, when the lexicon names it


def _told_headline(article_title: str) -> str | None:
    """A headline as a title tells it: no question («هل يتوج مانشستر سيتي …؟» tells nothing happened), no media label
    («بالصور..», «إنفوغرافيك..», «شاهد:»); a short part before «..» is a label, or a circumstance when it opens on a
    preposition («للعام الثالث على التوالي..»: the rest is told) («لبنان.. ضبابية …» -> «لبنان: …»), a
    long one the headline's own happening, the rest an aside («بايدن يزن احتمال الترشح.. وسط ضغوط من مؤيديه»)."""
    text = article_title.strip()
    if any(mark in text for mark in QUESTION_MARKS):
        return None
    for _ in range(2):
        head, mark, rest = _split_label(text)
        if not mark:
            break
        label = [normalize(word) for word in head.split()]
        if tuple(label) in _roles().get("media_label", {}):
            text = rest
            continue
        if mark == SECTION_MARK.strip():
            break  # «/» of another kind («مايو/أيار», «1436/1437»)
        if mark == SEPARATOR:
            text = head if len(label) > LABEL_WORDS else rest if _adverbial(head) \
                else f"{head} {rest}" if _accusative(rest.split()[0]) else f"{head}: {rest}"
        break
    return text.strip() or None


def _adverbial(head: str) -> bool:
    """«بعد 3 جلسات منخفضة..», «في مؤتمرها السنوي..», «لأول مرة..»: a headline's part opening on a preposition is a
    circumstance, not a label; the rest tells the happening."""
    tokens = _tokens(head, 0, len(head))
    first = tokens[0].norm if tokens else ""
    # (and a preposition on a definite noun, «للعام الثالث على التوالي..», «للمرة الأولى..»: its ل is no name's)
    return bool(tokens) and (_is_function(tokens[0]) or _bare(first) in PREPOSITIONS or _purpose(first)
                             or first.startswith(PREPOSITION_ARTICLE) and len(first) > 4)


def _accusative(word: str) -> bool:
    """«دوغلاس فيرز.. مستشارا للأمن الداخلي»: the rest opens on the name's predicate, so the two parts read as one."""
    norm = normalize(word)
    return len(norm) >= 4 and norm.endswith("ا") and not norm.startswith(ARTICLE) and not norm.endswith(("ها", "نا"))


def _split_label(text: str) -> tuple[str, str, str]:
    """The headline's first part, the mark ending it («..», «:» or «-»), and the rest; («", "", text») if none."""
    cuts = [(text.find(mark), mark) for mark in (SEPARATOR, ":", " - ", SECTION_MARK) if text.find(mark) > 0]
    if not cuts:
        return "", "", text
    position, mark = min(cuts)
    rest = text[position + len(mark) :].lstrip(". ").strip()
    head = text[:position].strip(" .")
    return (head, mark.strip(), rest) if head and rest else ("", "", text)
