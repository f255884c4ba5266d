"""The core of a title: the clause holding the mention (clauses.py), widened while it says too little: back over
a name set off after the lead's verb, forward past an aside to the verb's object, to the noun a relative clause
describes; a reporting frame's speaker becomes the actor or the statement's subject."""

from __future__ import annotations

from .tokens import (
    ARTICLE, MIN_CONTENT_WORDS, PREPOSITION_ARTICLE, SUBJECT_WORDS, _Clause, _Token, _bare, _construct_head,
    _content_counts, _is_function, _lead_words, _phrase_at, _verb_like)
from .render import _span_text
from .borrowed_subject import _apposed_name, _result_verb
from .first_person import _first_person, _quantity_speaker, _self_statement
from .relative import CLAUSE_WORDS, pointing_pronoun
from .dated import _dated_verbal_noun, _since_phrase
from .owned_nouns import _owner
from .antecedent import _antecedent, _clause_verb
from .lead import (
    _among, _bare_noun_phrase, _continues_object, _described_apposition, _lead_before, _shorten_lead_subject,
    _verb_and_subject)
from .over_length import ASIDE_OPENERS
from .subject_description import past_subject_description


SINCE_WORDS_BEFORE = ("منذ", "ومنذ", "الي", "والي")  # «منذ 2004 عندما …», «تعود إلى يوم 4 جوان عندما …»


def _when_clause(tokens: list[_Token], clauses: list[_Clause], at: int, offset: int) -> _Clause | None:
    """«يعد الأضخم منذ سبتمبر 2004 عندما مر بالأرض الكويكب توتاتيس», «تعود أطوار القضية إلى يوم 4 جوان 2015 عندما
    تعرض الضحية …»: a date that «منذ» or «إلى» frames (a state's start, what a story goes back to), with a
    «عندما» clause right after it, dates that clause's happening. The clause, when it tells enough."""
    mention = next((i for i in range(clauses[at].first, len(tokens)) if tokens[i].end > offset and tokens[i].time), None)
    if mention is None:
        return None
    start, end = mention, mention
    while start > 0 and tokens[start - 1].time and not tokens[start - 1].stop:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].time and not tokens[end].stop:
        end += 1
    if start == 0 or tokens[start - 1].norm not in SINCE_WORDS_BEFORE and not any(
            t.norm in SINCE_WORDS_BEFORE for t in tokens[start:end + 1]) or end + 2 >= len(tokens):
        return None
    opener = end + 1
    if tokens[opener].norm not in {"عندما", "حين", "حينما", "وعندما"}:
        return None
    last = opener + 1
    while last + 1 < len(tokens) and not tokens[last + 1].time and not _phrase_at(tokens, last + 1, "opens", proclitic=True):
        if tokens[last].stop:
            aside = next((i for i in range(last + 1, min(len(tokens), last + 4)) if tokens[i].stop), None)
            if aside is None or aside + 1 >= len(tokens) or not _bare_noun_phrase(tokens, last + 1, aside):
                break
            last = aside  # «عرقلت إدارة الرئيس السابق، باراك أوباما، محاولة …»: past a name in apposition
        last += 1
    content = _content_counts(tokens)
    if content[last + 1] - content[opener + 1] < MIN_CONTENT_WORDS:
        return None
    return _Clause(opener + 1, last, whole=True)


def _core(tokens: list[_Token], clauses: list[_Clause], offset: int) -> tuple[_Clause, str | None, list[int] | None]:
    """The clause holding the mention, widened while it says too little; a speaker as actor; and the
    speaker as the statement's subject when the statement refers to them («وأكد عباس أنه سيعود»)."""
    at = next((i for i, c in enumerate(clauses) if tokens[c.last].end > offset), len(clauses) - 1)
    actor = told_of = None
    if clauses[at].frame and at + 1 < len(clauses):  # «قال الوزير الخميس إن …»: the statement is the happening
        actor = _span_text(tokens, clauses[at].speaker) if clauses[at].speaker \
            else "" if at == 0 else None  # «وأضاف "…"» opening the sentence: the speaker before said it
        if clauses[at].speaker and _quantity_speaker(tokens, clauses[at].speaker):
            actor = None  # «أكد عدد من الفنانين أن …»: no «عدد:» label
        at += 1
        if actor and _self_statement(tokens, clauses[at - 1], clauses[at]):
            # «وأعلنت بكين اليوم أنها تدرس فرض رسوم»: the statement's verb has the speaker as subject, so the
            # title is told of them («بكين تدرس فرض رسوم»), not as a label before a bare verb
            speaker = clauses[at - 1].speaker
            told_of = [i for i in range(speaker[0], speaker[1] + 1) if not tokens[i].time] or None
            actor = None if told_of else actor
    elif at and clauses[at - 1].frame and clauses[at - 1].speaker and _phrase_at(tokens, clauses[at - 1].last, "that_self") \
            and not _phrase_at(tokens, clauses[at].first, "impersonal", proclitic=True) \
            and not _is_function(tokens[clauses[at].first]):  # «أنه تم …», «أنه من المقرر …», «أنه مع …»
        speaker = clauses[at - 1].speaker
        told_of = [i for i in range(speaker[0], speaker[1] + 1) if not tokens[i].time] or None
    elif at >= 1 and clauses[0].frame and not clauses[0].speaker and clauses[0].last + 1 < len(tokens) \
            and tokens[clauses[0].last + 1].opens_quote \
            and not any(t.closes_quote for t in tokens[clauses[0].last + 1 : clauses[at].first]):
        # «وأضاف "كانت صدمة عندما استيقظت هذا الصباح …"»: a quotation whose frame names no one is the speaker's
        # of the sentence before («استيقظت» says who only with them)
        actor = ""
    elif at and clauses[at - 1].frame and clauses[at - 1].speaker and not _quantity_speaker(tokens, clauses[at - 1].speaker) \
            and clauses[at - 1].last + 1 < len(tokens) and tokens[clauses[at - 1].last + 1].opens_quote \
            and _first_person(tokens, clauses[at - 1].last + 1, clauses[at].last):
        # «وقال باخ "أرسل لي السيد بلاتر خطابا يوم 23 يوليو …"»: a quotation in the first person says who only with
        # its speaker («باخ: أرسل لي …»), though the date dates what it tells
        actor = _span_text(tokens, clauses[at - 1].speaker)
    if actor is None and told_of is None and not clauses[at].frame:
        when = _when_clause(tokens, clauses, at, offset)
        if when:  # «… منذ سبتمبر 2004 عندما مر بالأرض الكويكب توتاتيس»: the date is the when-clause's
            return when, None, None
        phrase = _dated_verbal_noun(tokens, clauses[at], offset) \
            or _since_phrase(tokens, clauses[at], offset, clauses[at + 1] if at + 1 < len(clauses) else None)
        if phrase:  # «ساعد الحريري عائلته بعد اغتيال والده عام 2005»: the date dates the assassination
            return _Clause(*phrase, whole=True, owner=_owner(tokens, *phrase)), None, None
    first = last = at
    pronoun = next((i for i in range(clauses[at].first, clauses[at].last + 1) if not tokens[i].time), None)
    antecedent = None
    relative = pronoun is not None and _phrase_at(tokens, pronoun, "relative", proclitic=True)
    if pronoun is not None and (relative or _phrase_at(tokens, pronoun, "participle", proclitic=True)):
        # «اجتماع منتدى الأعمال، المرتقب تنظيمه في يوليو»: a participle's clause describes the noun before it too
        antecedent = _antecedent(tokens, pronoun)
        apposed = _apposed_name(tokens, pronoun) if relative and antecedent is not None and at \
            and not _object_relative_clause(tokens, pronoun, clauses[at].last) else None
        if apposed:  # «نجمه محمد صلاح، لاعب ليفربول …، والذي أصيب»: the name, past the apposition, is what it describes
            for token in tokens[apposed[-1] + 1 : pronoun + 1]:
                token.skip = True
            antecedent = apposed[0]
        # the pronoun goes when its noun phrase opens the title («السلسلة تعرض …»), not after a whole clause
        if relative and antecedent is not None and not (at and antecedent <= clauses[at - 1].first) \
                and not _object_relative_clause(tokens, pronoun, clauses[at].last):
            tokens[pronoun].skip = True  # (an object relative keeps it: «النهائيات التي تحتضنها الكاميرون», relative.py)
    content = _content_counts(tokens)
    if antecedent is not None and at and not clauses[at - 1].frame and all(
            t.time or _is_function(t) or t.norm.isdigit() or _phrase_at([t], 0, "copula", proclitic=True)
            for t in tokens[pronoun + 1 : clauses[at].last + 1]):
        for token in tokens[clauses[at].first : clauses[at].last + 1]:
            token.skip = True  # «للانتخابات الرئاسية التي باتت في أبريل»: the clause it describes tells it
        antecedent, first, last = None, at - 1, at - 1
        at = first
    if first == at and antecedent is None and actor is None and told_of is None and _subject_set_off(tokens, clauses, at):
        first = at - 1  # «أن مديرة المتحف نانسي سبيكتور، ردت برسالة …»: the verb's subject before the comma
    anchored = first == last and tokens[clauses[at].last].end > offset  # the mention is in the core

    def start() -> int:
        return antecedent if antecedent is not None and first == at else clauses[first].first

    while content[clauses[last].last + 1] - content[start()] < MIN_CONTENT_WORDS:
        backward = first > 0 and not clauses[first - 1].frame
        contrast = last + 1 < len(clauses) and _phrase_at(tokens, clauses[last + 1].first, "contrast", proclitic=True)
        if backward and (last + 1 >= len(clauses) or contrast or antecedent is None and _lead_before(tokens, clauses, first)):
            # («واعتقلت شرطة طهران المتهم، مظلومين، في يوليو الماضي، بعدما …»: a name set off after the lead's verb
            # and its subject or object is theirs)
            # «…، نانسي بوتكوسكي، في عام 1985، بيد أنهما انفصلا»: a clause opened by «بيد أن» or «لكن»
            # tells another happening; the clause before tells this one
            first -= 1
            anchored = False  # what is told is before the mention («…، بنسبة 86 في المئة، وذلك خلال …»)
            if antecedent is not None:
                tokens[pronoun].skip = False  # «… تجديد الاتفاق الذي ينتهي»: the pronoun joins the clauses
            while first > 0 and not clauses[first - 1].frame and _phrase_at(tokens, clauses[first].first, "relative", proclitic=True):
                first -= 1  # «…، اللائي تتراوح أعمارهن …»: a relative clause with the noun it describes
            if antecedent is None and _lead_before(tokens, clauses, first) and actor is None and told_of is None:
                if not _bare_noun_phrase(tokens, clauses[first].first, clauses[first].last):
                    for token in tokens[clauses[first].first : clauses[first].last + 1]:
                        token.skip = True  # «وتأهل زملاء ليونيل ميسي، [صاحب الهدف الأول أمام نيجيريا]، لمواجهة فرنسا»
                first -= 1
                _shorten_lead_subject(tokens, clauses[first], clauses[last].last)
        elif last + 2 < len(clauses) and first == last and _aside_before_object(tokens, clauses, start(), last):
            # «توقعت "يونيسف"، في تغريدة مقتضبة على حسابها عبر "تويتر"، ارتفاع الحالات …»: the verb and its subject
            # say who, the circumstance set off after them says nothing of what; the object past it is told
            for token in tokens[clauses[last + 1].first : clauses[last + 1].last + 1]:
                token.skip = True
            last += 2
        elif last + 1 < len(clauses) and not clauses[last + 1].frame:
            last += 1
        else:
            break
    if first == last and actor is None and told_of is None and (
            _verb_and_subject(tokens, start(), clauses[last].last)
            or _verb_and_subject(tokens, start(), clauses[last].last, loose=True, attached=False)
            or _aside_follows(tokens, clauses, last) and _verb_and_subject(tokens, start(), clauses[last].last, indefinite=True)):
        # «أبلغ الرئيس الأميركي، دونالد ترامب، مستشاريه برغبته …», «وأصدر الرئيس المصري في يوليو، قانوني …»: a verb
        # and its subject say who but not what; the object after the comma (and a name in apposition before it) is told
        while last + 1 < len(clauses) and last - first < 3 and _continues_object(tokens, clauses[last + 1]):
            last += 1
            aside = clauses[last]
            if last + 1 < len(clauses) and _continues_object(tokens, clauses[last + 1]) \
                    and tokens[aside.first].norm[:1] in "بل" and not tokens[aside.first].norm[1:].startswith(ARTICLE) \
                    and not (tokens[aside.first].norm.endswith("ا") and not _among(tokens[aside.first].norm)):
                # (not the accusative object «بحثا يبين …»)
                for token in tokens[aside.first : aside.last + 1]:
                    token.skip = True  # «أطلق الجيش السوري، بمساعدة من حليفته روسيا، عملية عسكرية»: past the aside
                continue
            if not _bare_noun_phrase(tokens, aside.first, aside.last):
                break
    elif first == last and actor is None and told_of is None and antecedent is None and first > 0 \
            and _continues_object(tokens, clauses[first]) and not _result_verb(tokens, clauses[first].first) \
            and not _phrase_at(tokens, clauses[first].first, "saying", proclitic=True) \
            and (not _bare_noun_phrase(tokens, clauses[first].first, clauses[first].last)
                 or any(_complement_opener(tokens, i) or tokens[i].norm.startswith("بال") for i in range(clauses[first].first, clauses[first].last + 1))
                 or first == len(clauses) - 1 and content[clauses[first].last + 1] - content[clauses[first].first] >= 4):
        # «ووقع وزير الطاقة، كريم الهادي، اتفاقية …، الثلاثاء»: an object's clause is told with its verb and subject
        # (past a name in apposition or an aside opening on a preposition between them)
        asides = []
        for back in range(first - 1, max(-1, first - 4), -1):
            clause = clauses[back]
            if clause.frame:
                break
            if _verb_and_subject(tokens, clause.first, clause.last, indefinite=bool(asides)) \
                    or _verb_and_subject(tokens, clause.first, clause.last, loose=True):
                # «أشرفت وزيرة الطاقة والمناجم والطاقات المتجددة، هالة شيخ روحه، …، على الافتتاح»
                for aside in asides:
                    for token in tokens[aside.first : aside.last + 1]:
                        token.skip = True
                _shorten_lead_subject(tokens, clause, clauses[first].last)
                first, anchored = back, False
                break
            opener = tokens[clause.first]
            if opener.norm[:1] in "بل" and not opener.norm[1:].startswith(ARTICLE) and not _is_function(opener) \
                    or _described_apposition(tokens, clause):
                asides.append(clause)  # (and «، ورئيس حزب البديل،», «، صاحب الهدف الأول أمام نيجيريا،» before a name)
            elif not _bare_noun_phrase(tokens, clause.first, clause.last) or not _continues_object(tokens, clause) \
                    or clause.last == clause.first or len(asides) < first - 1 - back:
                break  # one name in apposition, of two words or more («، دونالد ترامب،»; not «خالد السليمي- سبق- حائل:»)
    if actor is None and told_of is None and antecedent is None:
        last = past_subject_description(tokens, clauses, first, last)
    while actor and last + 1 < len(clauses) and not clauses[last + 1].frame and _bare_noun_phrase(tokens, start(), clauses[last].last) \
            and (not _phrase_at(tokens, clauses[last + 1].first, "opens", proclitic=True)
                 or _phrase_at(tokens, clauses[last + 1].first, "relative", proclitic=True)):
        last += 1  # «إن الرئيس الأمريكي، دونالد ترامب، "محق …"», «أن إجمالي عدد الحسابات التي تم حذفها وصل …»:
        # a statement is more than its subject
    opening = next((i for i in range(clauses[first].first, clauses[first].last + 1) if not tokens[i].time), None)
    if first > 0 and not clauses[first - 1].frame and opening is not None and _is_adjunct(tokens, opening):
        first -= 1  # «…، على بناء شبكة»: an adjunct belongs to the clause before it
        if first > 0 and _phrase_at(tokens, clauses[first].first, "relative", proclitic=True):
            for token in tokens[clauses[first].first : clauses[first].last + 1]:
                token.skip = True  # «قوات …، التي تغلب عليها …، على معظم المنطقة»: past the aside
            first -= 1
        if first > 0 and not clauses[first - 1].frame and first < last and not tokens[clauses[first - 1].last].time \
                and _bare_noun_phrase(tokens, clauses[first].first, clauses[first].last) \
                and not _phrase_at(tokens, clauses[first].first, "opens", proclitic=True):
            first -= 1  # «وصل وزير الخارجية، مايك بومبيو، إلى …»: a name set off by commas is in apposition
            if _verb_and_subject(tokens, clauses[first].first, clauses[first].last, loose=True):
                # «أعلن رئيس كتلة نداء تونس بمجلس نواب الشعب، سفيان طوبال، في تصريح …»: the lead's verb is told
                _shorten_lead_subject(tokens, clauses[first], clauses[last].last)
                anchored = False
    if last == first + 1 and last + 1 < len(clauses) and antecedent is None and actor is None and told_of is None \
            and _aside_before_object(tokens, clauses, clauses[first].first, first):
        # «أشار عبد الحميد قياس، خلال حصة … اليوم السبت …، إلى وجود رغبة …»: the date's clause is a circumstance
        # between the verb and its complement; the complement is told
        for token in tokens[clauses[last].first : clauses[last].last + 1]:
            token.skip = True
        last += 1
    if relative and antecedent is not None and first == at and antecedent and _clause_verb(tokens, antecedent - 1):
        # «وأسفرت الحرب التي اندلعت في 2013 عن مصرع …»: the antecedent is the subject of the verb before it, and
        # what follows the relative clause's date is that verb's («عن مصرع»): the clause ends at its date
        mention = next((i for i in range(pronoun + 1, clauses[at].last + 1) if tokens[i].end > offset and tokens[i].time), None)
        end = mention
        while end is not None and end < clauses[at].last and tokens[end + 1].time:
            end += 1
        if mention is not None and end < clauses[last].last and content[mention] - content[pronoun + 1] >= 1 \
                and not any(_is_function(t) for t in tokens[pronoun + 1 : mention] if not t.time):
            # (not «حصل جنوب السودان الذي يضم عدة إثنيات على استقلاله في 2011»: «على استقلاله» is the verb's)
            return _Clause(start(), end, anchored=anchored, whole=True), actor, told_of
    # «النهائيات التي تحتضنها الكاميرون»: a noun (not a clause's verb) and its object relative clause, told as the
    # clause with the noun in its pronoun's place (relative.py)
    told_relative = antecedent is not None and first == at and relative and not tokens[pronoun].skip \
        and not _clause_verb(tokens, antecedent)
    return _Clause(start(), clauses[last].last, anchored=anchored, object_relative=told_relative), actor, told_of


def _object_relative_clause(tokens: list[_Token], pronoun: int, last: int) -> bool:
    """Does the relative clause after tokens[pronoun] point back to its noun by a pronoun («التي تحتضنها الكاميرون»,
    «الذي توصلت إليه …»), so the noun is not its subject?"""
    words = [t for t in tokens[pronoun + 1 : last + 1] if not t.time][:CLAUSE_WORDS]
    return pointing_pronoun(tokens[pronoun].norm, [t.surface for t in words], [t.norm for t in words]) is not None


def _complement_opener(tokens: list[_Token], index: int) -> bool:
    """A verbal noun on ب/ل opening a clause, its verb's complement («لمواجهة فرنسا», «بمحاولة تقديم …»; not a
    result's verb, «لتتواصل …»)."""
    token = tokens[index]
    norm = token.norm
    return norm[:1] in "بل" and len(norm) >= 6 and not norm[1:].startswith(ARTICLE) and not _is_function(token) \
        and not _among(norm) and (norm.endswith("ه") or norm[1:2] in "امت") and not _result_verb(tokens, index)


def _aside_follows(tokens: list[_Token], clauses: list[_Clause], at: int) -> bool:
    """After the clause, an aside opening on a preposition («، بينها زعيم اليسار …،») and a clause that may hold the
    object: «أبدت شخصيات سياسية فرنسية، بينها …، أسفها» tells the object past it."""
    if at + 2 >= len(clauses):
        return False
    aside = tokens[clauses[at + 1].first]
    return _continues_object(tokens, clauses[at + 1]) and _continues_object(tokens, clauses[at + 2]) \
        and aside.norm[:1] in "بل" and not aside.norm[1:].startswith(ARTICLE)


CIRCUMSTANCE_WORDS = 8  # «، في تغريدة مقتضبة على حسابها عبر "تويتر"،», «، خلال حصة …،»: a short circumstance set off


def _aside_before_object(tokens: list[_Token], clauses: list[_Clause], start: int, at: int) -> bool:
    """Is the clause after clauses[at] (a verb and its subject, from `start`) a circumstance set off by commas, opening
    on a preposition of place or means (over_length.py's ASIDE_OPENERS), with the verb's object or complement after it
    («ارتفاع الحالات …», «إلى وجود رغبة …»)?"""
    return _circumstance(tokens, clauses[at + 1]) and _verb_then_subject(tokens, start, clauses[at].last) \
        and _object_after_aside(tokens, clauses[at + 2])


def _circumstance(tokens: list[_Token], clause: _Clause) -> bool:
    """«، في تغريدة مقتضبة على حسابها عبر "تويتر"،», «، خلال حصة "ماتينال ويكاند" اليوم السبت على جوهرة أف أم،»: a
    short clause opening on a preposition of place or means, ending on a comma."""
    words = [i for i in range(clause.first, clause.last + 1) if not tokens[i].time]
    return bool(words) and len(words) <= CIRCUMSTANCE_WORDS and tokens[clause.last].stop and not clause.frame \
        and _bare(tokens[words[0]].norm) in ASIDE_OPENERS


OBJECT_PREPOSITIONS = {"الي", "عن", "علي"}  # «أشار … إلى», «أعلن … عن», «وصل … إلى»: a complement, not a circumstance


def _object_after_aside(tokens: list[_Token], clause: _Clause) -> bool:
    """Does the clause open on a verb's object or complement: a definite noun or a verbal noun («ارتفاع الحالات»,
    «إعادة …»; not an accusative of manner, «تنديدا»), or a complement's preposition before a noun («إلى وجود …»)?"""
    opener = tokens[clause.first]
    norm = opener.norm
    if clause.frame or opener.opens_quote or opener.time or clause.last <= clause.first:
        return False
    if _bare(norm) in OBJECT_PREPOSITIONS and norm == _bare(norm):
        following = tokens[clause.first + 1]
        return not _is_function(following) and not following.time and _phrase_at(tokens, clause.first, "lead") <= 1  # («إلى ذلك»)
    noun = norm.startswith(ARTICLE) or norm[:1] == "ا" and len(norm) >= 5 or opener.surface.endswith("ة")
    return _continues_object(tokens, clause) and noun and not norm.endswith("ا")


def _verb_then_subject(tokens: list[_Token], first: int, last: int) -> bool:
    """Is tokens[first..last] (time words and particles aside) a verb opening the sentence and a subject of a few words
    with no particle («وفي وقت سابق اليوم، توقعت "يونيسف"،», «أشار عبد الحميد قياس،»), ending on a comma?"""
    words = [i for i in range(first, last + 1) if not tokens[i].time]
    words = words[_lead_words([tokens[i] for i in words], 0):]
    if not 2 <= len(words) <= 1 + SUBJECT_WORDS or not tokens[last].stop:
        return False
    verb = tokens[words[0]]
    if not all(t.time or _is_function(t) for t in tokens[: words[0]]) or verb.norm.endswith(("ه", "ات")) \
            or not (_clause_verb(tokens, words[0]) or _verb_like(verb)):
        return False
    return not any(_is_function(tokens[i]) or tokens[i].norm[:1].isdigit() for i in words[1:])


def _subject_set_off(tokens: list[_Token], clauses: list[_Clause], at: int) -> bool:
    """Does the clause open on a bare past verb («ردت برسالة …») right after a comma that set off its subject, a
    definite noun phrase or a construct opening a statement or the sentence («أن مديرة المتحف نانسي سبيكتور،»)?"""
    if at < 1 or clauses[at - 1].frame or at >= 2 and not clauses[at - 2].frame:
        return False
    subject = [i for i in range(clauses[at - 1].first, clauses[at - 1].last + 1) if not tokens[i].time]
    subject = subject[_lead_words([tokens[i] for i in subject], 0):]
    if not 2 <= len(subject) <= SUBJECT_WORDS or not _bare_noun_phrase(tokens, subject[0], subject[-1]) \
            or any(tokens[i].stop for i in subject[:-1]) or not tokens[subject[-1]].stop \
            or not (tokens[subject[0]].norm.startswith(ARTICLE) or _construct_head(tokens, subject[0])) \
            or _phrase_at(tokens, subject[0], "opens", proclitic=True) or _phrase_at(tokens, subject[0], "adjunct", proclitic=True) \
            or _verb_like(tokens[subject[0]]) \
            and not _construct_head(tokens, subject[0]):
        return False
    verb = next((i for i in range(clauses[at].first, clauses[at].last + 1) if not tokens[i].time), None)
    if verb is None or verb + 1 > clauses[at].last or tokens[verb].stop:
        return False
    token, following = tokens[verb], tokens[verb + 1]
    return _verb_like(token) and token.norm[:1] not in "ويتنس" and not token.norm.endswith(("ه", "ات", "ا")) \
        and not _phrase_at(tokens, verb, "opens", proclitic=True) \
        and (_is_function(following) or following.norm[:1] in "بل" and len(following.norm) >= 4 or following.norm.startswith(ARTICLE))


def _is_adjunct(tokens: list[_Token], index: int) -> bool:
    """Does a clause opening on this word continue the one before it («على …», «للحزب …»)?"""
    if _phrase_at(tokens, index, "opens", proclitic=True):
        return False
    return _is_function(tokens[index]) or tokens[index].norm.startswith(PREPOSITION_ARTICLE)
