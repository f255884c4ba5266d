"""Whose a title's verbal noun's pronoun is: the subject of the sentence's verb it points to."""

from __future__ import annotations

import re
from collections import Counter

from ...terms import normalize_word as normalize
from .dated import _not_verbal_nouns, _temporal, _temporal_prepositions
from .first_person import _verbal_noun_form
from .owned_nouns import _derived_in_ta
from .tokens import (
    ARTICLE, MAX_CHARS, _Token, _conjoined, _construct_head, _is_function, _lead_words, _mark_time, _phrase_at,
    _present_forms, _roles, _title_words, _tokens, _verb_like,
)


DURING = frozenset({"خلال", "لدي", "اثناء", "عند"})  # «خلال تسلمه الجائزة», «لدى استقباله …»: a frame of the happening
OWNER_REACH = 8  # words between a verb's subject and the verbal noun whose pronoun is theirs («بدأ سعد بتعلم رقص … بعد مشاهدته»)
AFTER_REACH = 12  # words from a sentence-opening «منذ توليه …» to its main clause's verb («… 2017 سحب ترامب واشنطن …»)
OWNER_SUBJECT_WORDS = 4  # «عمداء القبول والتسجيل بجامعات»: a construct head and its definite words
APPOSITION_WORDS = 3  # «، راشد الغنوشي،»: a name set off by commas after an office
NAME_REPEATS = 2  # a one-word subject the article says this often is a name («سعد», «ترامب»), not an object
NAME_PREFIXES = ("", "و", "ب", "ل", "ف")
DEFINITE = ("ال", "وال", "بال", "لل", "فال")
PLURAL_ENDS = ("ون", "ين", "اء")  # «المسؤولون», «عمداء»: a group «اجتماعهم» may point to


WORD = re.compile(r"[^\W\d_]+")


def subject_owned(title: str, sentence: str, article: str) -> str:
    """«اجتماعه الدوري» -> «اجتماع المكتب السياسي الدوري»: a title opening on a happening's verbal noun with a pronoun
    («مشاهدته», «اجتماعهم») is told of the subject of the clause it sits in, the one a reader gives it: the verb
    and subject before it in its clause («وعبر المجلس في اجتماعه», «بدأ سعد بتعلم رقص … بعد مشاهدته»), or, when the
    sentence opens on its phrase, its main clause's («منذ توليه مهام الرئاسة في 2017 سحب ترامب واشنطن …»). The verb
    agrees with the pronoun (a «ت» for «ها»; «هم» a plural subject); a one-word subject is a name the article repeats.
    Across a complementiser, a relative pronoun or a quotation, or with no such subject, the title stays: no one is
    guessed."""
    from .happening_nouns import _happening_noun, _owned_happening
    words = _title_words(title)
    if not words:
        return title
    if len(words) > 2 and (normalize(words[0]) in _temporal_prepositions() | DURING) and _owned_happening(words[1]):
        # «قبل إعارته إلى فيورنتينا»: the date beside the title dates the happening; «قبل» only framed it
        words = words[1:]
    head: list[str] = []
    if len(words) > 1 and _happening_noun(normalize(words[0])) and _owned_happening(words[1]) \
            and not _owned_happening(words[0]):
        head, words = words[:1], words[1:]  # «إتمام انتقاله للسيدة العجوز»: the pronoun is the second noun's
    owned = _owned_happening(words[0]) or _derived_in_ta(words[0])
    if not owned or normalize(owned) in _not_verbal_nouns():
        if head:
            return title
        from .pronouns import complement_owned, dual_owned, object_owned
        if normalize(words[0]).endswith("هما"):
            return dual_owned(title, sentence)  # «لقاءهما الأخير» -> «لقاء اللاعبين الأخير»
        told = complement_owned(title, sentence, article)  # «القبض عليه» -> «القبض على سكريبال»
        return told if told != title else object_owned(title, sentence, article)  # «حوّلته» -> «حوّلت القس»
    norm = normalize(words[0])
    pronoun = next(end for end in ("هم", "ها", "ه") if norm.endswith(end))
    tokens = _tokens(sentence, 0, len(sentence))
    _mark_time(tokens, sentence, 0, (0, 0))
    at = next((i for i, t in enumerate(tokens) if t.norm == norm or t.norm[1:] == norm and t.norm[:1] in "وبلف"), None)
    if at is None or sum(t.opens_quote for t in tokens[: at + 1]) > sum(t.closes_quote for t in tokens[:at]):
        return title  # inside a quotation: its speaker's words
    counts = Counter(normalize(word) for word in WORD.findall(article))
    subject = _subject_before(tokens, at, pronoun, counts) or _subject_after(tokens, at, pronoun, counts) \
        or _main_subject(tokens, at, pronoun, counts)
    if not subject:
        from .nearest_owner import name_right_before
        name = name_right_before(tokens, at, pronoun, counts, article)  # «تصريحات ابراهيمي بعد اجتماعه»
        named = " ".join(head + [owned, name] + words[1:]) if name else title
        return named if len(named) <= MAX_CHARS else title
    named = " ".join(head + [owned, " ".join(tokens[i].surface.strip("،,.؛") for i in subject)] + words[1:])
    return named if len(named) <= MAX_CHARS else title


def _subject_before(tokens: list[_Token], at: int, pronoun: str, counts: Counter) -> list[int]:
    """The nearest verb before tokens[at] in its clause whose subject ends within OWNER_REACH words of it."""
    if at and _phrase_at(tokens, at - 1, "that") == 1:
        return _speaker_before(tokens, at - 1, pronoun)  # «قال … راشد الغنوشي، إن زيارته …»: the speaker's own
    bare_verb = None  # the nearest verb the lexicon knows, of the pronoun's gender, with no subject after it
    for verb in range(at - 1, -1, -1):
        token = tokens[verb]
        if _phrase_at(tokens, verb, "that") == 1 and bare_verb is not None:
            return _subject_between(tokens, verb + 1, bare_verb)  # «أن شبكة تونس للتجارة، تمكنت منذ اعتمادها …»
        if _phrase_at(tokens, verb, "that") or _phrase_at(tokens, verb, "opens", proclitic=True):
            return []  # the clause begins here: a subject further back is another clause's
        norm = token.norm[1:] if _conjoined(token) else token.norm
        known = norm in _present_forms() or pronoun == "ها" and norm.endswith("ت") and not norm.endswith("ات") \
            and _verb_like(token) and len(norm) >= 4  # («تمكنت»: a past verb's feminine ending)
        if bare_verb is None and known and (pronoun == "ها") == _feminine_verb(norm) and pronoun != "هم" \
                and verb + 1 < at and (_is_function(tokens[verb + 1]) or tokens[verb + 1].time):
            bare_verb = verb
        if not _clause_verb(tokens, verb):
            continue
        subject = _verb_subject(tokens, verb, pronoun, counts)
        if subject and subject[-1] < at and (at - subject[-1] <= OWNER_REACH or _apposition_between(tokens, subject[-1], at)) \
                and not token.time:
            return subject
    return []


APPOSITION_REACH = 12  # «أعلن ستيفان دي ميستورا، مبعوث الأمين العام الخاص إلى سوريا، تنحيه»: an office set off by commas


def _apposition_between(tokens: list[_Token], last: int, at: int) -> bool:
    """Are the words between a subject closed by a comma and tokens[at] one phrase set off by commas (an office, up to
    APPOSITION_REACH words: «ستيفان دي ميستورا، مبعوث الأمين العام الخاص إلى سوريا، تنحيه»), no clause of its own?"""
    between = range(last + 1, at)
    return tokens[last].stop and 0 < len(between) <= APPOSITION_REACH and tokens[at - 1].stop \
        and not any(tokens[i].stop and i != at - 1 or tokens[i].time or tokens[i].opens_quote
                    or _phrase_at(tokens, i, "that") or _phrase_at(tokens, i, "relative", proclitic=True)
                    or _phrase_at(tokens, i, "report", proclitic=True) for i in between)


def _subject_between(tokens: list[_Token], first: int, verb: int) -> list[int]:
    """The noun phrase between a complementiser and its verb (subject first: «أن شبكة تونس للتجارة، تمكنت»): a
    definite noun or a construct head and its words, up to OWNER_SUBJECT_WORDS, ending on the comma or the verb."""
    words = list(range(first, verb))
    if not 1 <= len(words) <= OWNER_SUBJECT_WORDS or any(
            tokens[i].time or _is_function(tokens[i]) or tokens[i].norm[:1].isdigit() or tokens[i].opens_quote
            or tokens[i].stop and i != words[-1] for i in words):
        return []
    head = tokens[words[0]]
    if not (head.norm.startswith(ARTICLE) or _construct_head(tokens, words[0]) or len(words) > 1
            and (not head.norm.endswith(("ه", "ها", "هم")) or head.surface.endswith("ة"))
            and tokens[words[-1]].norm.startswith(("لل", ARTICLE))):
        return []  # («شبكة تونس للتجارة»: a name's head and its l-genitive)
    return words


def _speaker_before(tokens: list[_Token], that: int, pronoun: str) -> list[int]:
    """The speaker a reporting verb names right before the «إن» a statement opens on with the verbal noun («قال رئيس
    حركة النهضة، راشد الغنوشي، إن زيارته …»): their name without the office when they have one; [] when the frame
    names no one, or no one of the pronoun's gender (one person: not «هم»)."""
    from .offices import _name_after_office
    from .speakers import _speaker_end
    report = next((i for i in range(that - 1, max(-1, that - 1 - OWNER_REACH), -1)
                   if _phrase_at(tokens, i, "report", proclitic=True)), None)
    if report is None or pronoun == "هم" or any(t.stop and not t.time for t in tokens[report:report]):
        return []
    norm = tokens[report].norm[1:] if _conjoined(tokens[report]) else tokens[report].norm
    if (pronoun == "ها") != _feminine_verb(norm):
        return []
    first = report + 1
    while first < that and tokens[first].time:
        first += 1
    last = _speaker_end(tokens, first, that)
    apposition = list(range(last + 1, that))
    if last < that - 1 and tokens[last].stop and 1 <= len(apposition) <= APPOSITION_WORDS and tokens[that - 1].stop \
            and not any(_is_function(tokens[i]) or tokens[i].time or tokens[i].norm[:1].isdigit()
                        or tokens[i].norm.startswith(ARTICLE) and i == apposition[0] for i in apposition):
        return apposition  # «رئيس حركة النهضة، راشد الغنوشي، إن …»: the name set off after the office
    speaker = [i for i in range(first, last + 1) if not tokens[i].time]
    if last != that - 1 or not speaker or any(_is_function(tokens[i]) for i in speaker):
        return []  # the speaker runs to the «إن»: nothing else between them
    start = _name_after_office(tokens, speaker)
    return speaker[start:] if start is not None else speaker


def _feminine_verb(norm: str) -> bool:
    return norm.endswith("ت") and not norm.endswith("ات") or norm[:1] == "ت" and len(norm) >= 4


CLOSED_NAME_WORDS = 3  # «ستيفان دي ميستورا،», «محمد جواد ظريف،»
NOUN_ENDS = ("ه", "ي", "ات", "ون", "ين", "ها", "هم")  # «مصدر أمني»، «مسؤولون كبار»: a common noun and its adjective


def _name_closed(tokens: list[_Token], first: int, counts: Counter) -> int:
    """The last word of a name of two to CLOSED_NAME_WORDS undefined words from tokens[first] that a comma closes (no
    particle, office, verbal noun or word the article says with the article; no noun and adjective, «مصدر أمني»,
    unless the article repeats its last word NAME_REPEATS times); 0 when none."""
    for last in range(first + 1, min(len(tokens), first + CLOSED_NAME_WORDS)):
        token = tokens[last - 1]
        if token.stop:
            return 0
        if tokens[last].stop:
            words = tokens[first : last + 1]
            surname = tokens[last].norm
            if any(t.time or _is_function(t) or t.norm.startswith(ARTICLE) or t.norm[:1].isdigit() or t.opens_quote
                   or t.closes_quote or _verbal_noun_form(t.norm) or (t.norm,) in _roles().get("office", {})
                   for t in words) or any(counts[prefix + surname] for prefix in DEFINITE):
                return 0
            repeated = sum(counts[prefix + surname] for prefix in NAME_PREFIXES) >= NAME_REPEATS
            if not repeated and any(len(t.norm) >= 4 and t.norm.endswith(NOUN_ENDS) for t in words):
                return 0  # «مصدر أمني،»: a noun and its adjective, no name, unless the article repeats it
            return last
    return 0


def _clause_verb(tokens: list[_Token], index: int) -> bool:
    """Is tokens[index] sure to be a verb, not a noun heading a construct («رقص الفوغ», «حضور الجمهور»)? One the
    lexicon knows (a news verb, كان, a reporting verb), or one opening its sentence (past time words and particles:
    «قبل سبع سنوات، بدأ سعد …»)."""
    if _phrase_at(tokens, index, "perfect", proclitic=True) or _phrase_at(tokens, index, "report", proclitic=True):
        return True
    norm = tokens[index].norm[1:] if _conjoined(tokens[index]) else tokens[index].norm
    # (a comma does not make one: «أعلن ستيفان دي ميستورا، مبعوث الأمين العام، تنحيه» has a noun in apposition there)
    return norm in _present_forms() or all(t.time or _lead_words(tokens, i) for i, t in enumerate(tokens[:index]))


def _clause_start(tokens: list[_Token], index: int) -> bool:
    """Does tokens[index] open its sentence or a clause after a comma (past time words and particles)?"""
    before = index - 1
    while before >= 0 and not tokens[before].stop and (tokens[before].time or _lead_words(tokens, before)):
        before -= 1
    return before < 0 or tokens[before].stop


def _framing(tokens: list[_Token], at: int) -> int | None:
    """Where the temporal frame of the verbal noun tokens[at] opens («بعد زيارته», «بعد إتمام انتقاله», «خلال
    تسلمه»), or None."""
    from .happening_nouns import _happening_noun
    frame = at - 1
    if frame > 0 and _happening_noun(tokens[frame].norm) and not tokens[frame].stop:
        frame -= 1  # «بعد إتمام انتقاله»
    if frame < 0:
        return None
    norm = tokens[frame].norm[1:] if _conjoined(tokens[frame]) else tokens[frame].norm
    return frame if _temporal(tokens[frame]) or norm in DURING else None


def _main_subject(tokens: list[_Token], at: int, pronoun: str, counts: Counter) -> list[int]:
    """«وانتقل صلاح من بازل إلى تشيلسي …، قبل إعارته إلى فيورنتينا» -> «صلاح»: a temporal frame after a comma that
    closes the sentence's main clause is that clause's, so the pronoun is its subject's: the verb opening the sentence
    and the subject after it, agreeing with the pronoun. Not across a complementiser, a relative pronoun, a quotation
    or another verb the lexicon knows (its clause would have a subject of its own)."""
    frame = _framing(tokens, at)
    if frame is None or frame < 2 or not tokens[frame - 1].stop:
        return []
    verb = next((i for i, t in enumerate(tokens) if not t.time and not _lead_words(tokens, i)), None)
    if verb is None or verb >= frame - 1 or not _clause_verb(tokens, verb):
        return []
    norm = tokens[verb].norm[1:] if _conjoined(tokens[verb]) else tokens[verb].norm
    if norm.startswith(("ست", "سن")) and pronoun != "ها" or norm.startswith("سي") and pronoun == "ها":
        return []  # «وستعمل فيسبوك …، بعد دخوله الخدمة»: a feminine subject; «دخوله» is another's
    between = range(verb + 1, frame)
    if any(_phrase_at(tokens, i, "that") or _phrase_at(tokens, i, "relative", proclitic=True) or tokens[i].opens_quote
           or (tokens[i].norm[1:] if _conjoined(tokens[i]) else tokens[i].norm) in _present_forms() for i in between):
        return []
    subject = _verb_subject(tokens, verb, pronoun, counts)
    after = subject[-1] + 1 if subject else 0
    if subject and tokens[subject[0]].norm.startswith(ARTICLE) and not tokens[subject[-1]].stop \
            and after < len(tokens) and _is_function(tokens[after]):
        return []  # «ضمنت الأمريكية من أصول فلسطينية، رشيدة طليب،»: an adjective whose phrase runs on to the name
    return subject


def _subject_after(tokens: list[_Token], at: int, pronoun: str, counts: Counter) -> list[int]:
    """When the sentence opens on the verbal noun's phrase («ومنذ فوزه في الانتخابات … في 2014، انتهج حزب …»): the
    main clause's verb and subject, the first after a comma or the phrase's date."""
    frame = _framing(tokens, at)
    if frame is None or not _clause_start(tokens, frame):
        return []  # (or a clause after an adjunct: «وفي بيان أصدره الأحد، إثر اجتماعه …، جدد المكتب السياسي …»)
    for verb in range(at + 1, min(len(tokens) - 1, at + AFTER_REACH)):
        if _phrase_at(tokens, verb, "that") or _phrase_at(tokens, verb, "opens", proclitic=True):
            return []
        if tokens[verb].time or not (tokens[verb - 1].stop or tokens[verb - 1].time):
            continue
        return _verb_subject(tokens, verb, pronoun, counts)
    return []


def _verb_subject(tokens: list[_Token], verb: int, pronoun: str, counts: Counter) -> list[int]:
    """The subject right after tokens[verb] when it is a verb agreeing with the pronoun: definite words (up to
    OWNER_SUBJECT_WORDS, a construct head first), or a one-word name the article repeats; [] otherwise."""
    token = tokens[verb]
    norm = token.norm[1:] if _conjoined(token) else token.norm
    known = _phrase_at(tokens, verb, "perfect", proclitic=True) or norm in _present_forms() \
        or _phrase_at(tokens, verb, "report", proclitic=True)  # («وعبر», «وكان»: no preposition, no particle here)
    verb_like = _verb_like(token) or _conjoined(token) and not _is_function(token) and not norm.startswith(ARTICLE)
    derived_past = norm[:1] == "ا" and (len(norm) == 6 and (norm.startswith("است") or norm.endswith("ت"))
                                      or len(norm) == 7 and norm.startswith("است") and norm.endswith("ت")) \
        and not token.norm.startswith(ARTICLE) and not _verbal_noun_form(norm)
    # («استبدل», «استضافت», «انتقدت»: a derived form's past, not its verbal noun «انتخاب»)
    if token.stop or token.time or not (known or verb_like or derived_past) or not (3 <= len(norm) <= 5 or derived_past) \
            or norm.startswith(ARTICLE) \
            or norm[:1] in "بلك" and len(norm) >= 5 or verb + 1 < len(tokens) and _phrase_at(tokens, verb + 1, "that"):
        return []
    feminine = _feminine_verb(norm)
    if pronoun == "ها" and not feminine or pronoun == "ه" and feminine:
        return []
    first = verb + 1
    if first >= len(tokens) or tokens[first].time or _is_function(tokens[first]):
        return []
    head = tokens[first]
    subject: list[int] = []
    if head.norm.startswith(ARTICLE) or _construct_head(tokens, first) and not tokens[first + 1].time \
            and (not head.norm.endswith(("ا", "ه", "هم")) or head.surface.endswith("ة")):
        for index in range(first, min(len(tokens), first + OWNER_SUBJECT_WORDS)):
            word = tokens[index]
            definite = (word.norm.startswith(ARTICLE) or index > first and word.norm.startswith("و" + ARTICLE)) \
                and len(word.norm) > len(ARTICLE) + 1
            if word.time or _is_function(word) or not definite and index > first:
                break
            subject.append(index)
            if word.stop:
                break
    elif first + 1 < len(tokens) and tokens[first + 1].opens_quote and not head.stop \
            and not head.norm.endswith(("ا", "ه", "هم")) and not _verbal_noun_form(head.norm):
        # (not «قال بوتورا: "هذا …"»: a colon ends the name; the quotation is what they said)
        # «انتهج حزب "نداء تونس" …»: a noun and the quoted name it heads
        close = next((i for i in range(first + 1, min(len(tokens), first + 1 + OWNER_SUBJECT_WORDS))
                      if tokens[i].closes_quote), None)
        subject = list(range(first, close + 1)) if close is not None else []
    elif _name_closed(tokens, first, counts):
        # «أعلن ستيفان دي ميستورا، مبعوث …»: a name of a few undefined words a comma closes, its last one repeated
        subject = list(range(first, _name_closed(tokens, first, counts) + 1))
    elif len(head.norm) >= 3 and not head.norm[:1].isdigit() \
            and not head.norm.endswith(("ات", "ون", "ين")) and not (head.norm.endswith(("ا", "ه")) and not head.stop) \
            and not _verbal_noun_form(head.norm) \
            and sum(counts[prefix + head.norm] for prefix in NAME_PREFIXES) >= NAME_REPEATS \
            and not any(counts[prefix + head.norm] for prefix in DEFINITE) \
            and not (first + 1 < len(tokens) and not head.stop and (tokens[first + 1].norm.startswith(ARTICLE)
                                                               or tokens[first + 1].norm.endswith(("ه", "ها", "هم")))):
        # (not a common noun the article also says with the article, nor a construct: «عدد متابعيه»; an accusative
        # in ا, «رسميا», or a noun in ة, unless a comma or colon closes it as it closes a name: «قال بوتورا: …»,
        # «وتحتجز أنقرة، القس»)
        subject = [first]  # «بدأ سعد بتعلم …», «سحب ترامب واشنطن …»
    if not subject or tokens[subject[-1]].time:
        return []
    if pronoun == "هم" and not tokens[subject[0]].norm.endswith(PLURAL_ENDS) and not norm.endswith("وا"):
        return []  # «اجتماعهم» is a group's: a plural subject
    return subject
