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
subject, and it ends on no frame whose statement was cut («… وقالت في تصريح للمجلة»). A title that is still a fragment
of its sentence is mended from it (fragment.py): a relative clause without its noun («[الخطوة التاريخية التي] اتخذها
مجلسنا الوطني» -> «اتخذ مجلسنا الوطني الخطوة التاريخية»), an opening adverb («خصوصا بعد …») or frame alone («وفي خطابه
السنوي …، دعا البابا …»), a preposition's phrase («[اندلع حريق هائل، اليوم السبت] بأحد المساجد …»), an end wanting its
complement («سيبدأ في تاريخ», «نداءات تدعو», «… وصندوق [النقد]»).

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
from dataclasses import dataclass
from typing import Sequence

from ...model import Mention
from .article_headline import _from_headline, _headline_happening_untold, _headline_tells_more, _round_of_competition
from .boilerplate import without_boilerplate
from .clauses import _clauses
from .compose import _compose, _fragmentary
from .dateline import dateline_length
from .embedded import told_embedded
from .fixture import fixture_title, round_before
from .fragment import told_whole
from .kinds import kind_named, subject_kind_named
from .epithets import epithet_named
from .generic_names import generic_named
from .pronouns import kin_owned, speaker_country_owned
from .passive import _passive_noun, passive_owned
from .phrase_happenings import _after_coming, _purpose_phrase_happening, _temporal_phrase_happening
from .plain_statement import told_plainly
from .previous_subject import previous_subject
from .programme import programme_title
from .protagonist import _protagonist
from .protagonist_owned import _named_in_full
from .render import _tidy
from .reported import _another_happening, _source_speaker, _sourced, _stops_before_complement
from .subject_owned import subject_owned
from .tail import continued, mark_dangling, pluperfect
from .tokens import _mark_time, _sentence_tokens
from .verbal_nouns import _verbal_noun
from .weak import weak_title
from .lead_headline import headline_for_first_lead


FRAGMENT_HEADLINE_OVERLAP = 0.3  # of the headline's content words the sentence must hold to lend it a fragment
WEAK_HEADLINE_OVERLAP = 0.3  # … and to replace a weak lead title (weak.py)
LOOKBACK_CHARS = 1500  # of the article before a sentence, where a generic noun («الشركة») finds its name


@dataclass(frozen=True)
class Title:
    text: str
    actor: str | None  # the subject as written in the sentence, or None


@told_whole  # a title that is a fragment of its sentence, mended from it (fragment.py)
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
    text = passive_owned(text, article[sentence[0] : sentence[1]])  # «إيقافه» after «أن السليمان تم» (passive.py)
    text = subject_owned(text, article[sentence[0] : sentence[1]], article)  # «وعبر المجلس في اجتماعه» (subject_owned.py)
    text = kind_named(text, before)  # «انطلاق المسابقة» -> «انطلاق منافسات الدورة الأولمبية الـ32»
    text = subject_kind_named(text, article_title)  # «الفيلم يفوز …» -> «فيلم "120 خفقة في الدقيقة" يفوز …»
    # «سيعاود الفريق تدريباته» -> «سيعاود نادي الفتح تدريباته»: the one name the text gives its kind (generic_names.py)
    text = generic_named(text, before, article_title, article[sentence[0] : sentence[1]])
    text = kin_owned(text, article[sentence[0] : sentence[1]], before)  # «ابنه زار ليبيا» -> «سلمان العبيدي زار ليبيا»
    text = speaker_country_owned(text, article[sentence[0] : sentence[1]])  # «بلاده ستشارك» -> «السعودية ستشارك»
    # «ابن مايوركا أحرز لقبه» -> «رافائيل نادال أحرز لقبه»: a nickname the article's name backs (epithets.py)
    text = epithet_named(text, " ".join(part for part in (article_title or "", before, article[sentence[0] : sentence[1]]) if part))
    if before:  # «حصل على حق اللجوء» after «وكشف سكريبال …», when no protagonist took it (previous_subject.py)
        text = previous_subject(text, article[sentence[0] : sentence[1]], before, article)
    if protagonist:
        text = _named_in_full(text, article, article_title, protagonist)  # «بوردين …» -> «أنتوني بوردين …»
    if lead and article_title and not from_headline and (weak_title(text) or _headline_tells_more(article_title, text)
                                                         or _stops_before_complement(tokens, text, mention.end)):
        # a fragment of the lead («بفندق الفورسيزنز بالرياض»): the headline tells it, sharing fewer of its words
        from_headline = _from_headline(article_title, told, overlap=WEAK_HEADLINE_OVERLAP)
    later = any(t.time for t in tokens if t.end <= mention.start)  # the lead's first date is the headline's
    if lead and article_title and not from_headline \
            and headline_for_first_lead(text, article_title, tokens, mention, time_spans, later):
        # the article's first date, a weak title («وافقت على وقف لإطلاق النار …»): its happening headline (lead_headline.py)
        from_headline = _from_headline(article_title, told, overlap=WEAK_HEADLINE_OVERLAP)
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


MIN_OWN_TITLE_WORDS = 4  # a later date's own title this long says enough to stand for the headline
