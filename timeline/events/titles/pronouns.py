"""Whose a pronoun in a title is when no clause subject owns it (subject_owned.py tries that first): a
preposition's or a noun's pronoun after the title's first word is the subject of the verb its sentence opens on
(«القبض عليه» -> «القبض على سكريبال», «كسرت ساقه» -> «كسرت ساق جون كيري»), a dual pronoun the nearest dual before
it («لقاءهما» -> «لقاء اللاعبين»), and a verb's object pronoun the object of the verb the sentence opens on
(«أنقرة حوّلته» -> «أنقرة حوّلت القس»). Nouns of rank or part («أولهما») own no pronoun; where the owner is not
sure, the title stays."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .dated import _temporal, _temporal_prepositions
from .subject_owned import DEFINITE, DURING, WORD, _clause_verb, _feminine_verb, _verb_subject
from .first_person import _verbal_noun_form
from .tokens import (
    ARTICLE, MAX_CHARS, _Token, _conjoined, _is_function, _lead_words, _mark_time, _phrase_at,
    _present_forms, _pronoun_object, _roles, _tokens, without_marks)


@lru_cache(maxsize=1)
def _partitives() -> frozenset[str]:
    return frozenset(row["word"] for row in lexicon.table("title_partitives"))


def _partitive(stem_: str) -> bool:
    """«أول», «ثاني», «كلا»: a noun of rank or part (title_partitives.tsv), its pronoun no owner's."""
    norm = normalize(stem_)
    return norm in _partitives() or norm.endswith("ت") and norm[:-1] + "ه" in _partitives()  # «إحداها», «أولاهما»


@lru_cache(maxsize=1)
def _pronoun_prepositions() -> dict[str, str]:
    return {normalize(row["written"]): row["preposition"] for row in lexicon.table("title_pronoun_prepositions")}


def complement_owned(title: str, sentence: str, article: str) -> str:
    """«القبض عليه في موسكو» in «وكشف سكريبال عن عشرات الجواسيس … قبل القبض عليه في موسكو» -> «القبض على سكريبال في
    موسكو»: a title opening on a verbal noun and a preposition with a pronoun (title_pronoun_prepositions.tsv) is told
    of the subject of the verb its sentence opens on, agreeing with the pronoun, when that verb takes no object (a
    preposition follows its subject: the object could be whom the pronoun points to) and nothing between them opens a
    clause of its own (a complementiser, a relative pronoun, a quotation, another verb and its subject: a reporting
    verb's statement after «أن» speaks of others). No such subject, and the title stays."""
    from .happening_nouns import _happening_noun
    words = title.split()
    lead = words[:1] if len(words) > 3 and normalize(words[0]) in _temporal_prepositions() | DURING else []
    words = words[len(lead):]  # «قبل القبض عليه»: the temporal phrase goes later (_temporal_phrase_happening)
    if len(words) < 3:
        return title
    second = normalize(words[1])
    preposition = _pronoun_prepositions().get(second)
    first = normalize(words[0])
    possessed = None if preposition else _possessed(words[0], words[1])
    if not (preposition and (first.startswith(ARTICLE) and len(first) >= 5 or _happening_noun(first)) or possessed):
        return title
    pronoun = "ها" if second.endswith("ها") else "ه"
    tokens = _tokens(sentence, 0, len(sentence))
    _mark_time(tokens, sentence, 0, (0, 0))
    at = next((i for i in range(len(tokens) - 1) if tokens[i].norm in (first, "و" + first) and tokens[i + 1].norm == second), None)
    if at is None or sum(t.opens_quote for t in tokens[: at + 1]) > sum(t.closes_quote for t in tokens[:at]):
        return title
    verb = next((i for i, t in enumerate(tokens) if not t.time and not _lead_words(tokens, i)), None)
    if verb is None or verb >= at:
        return title
    counts = Counter(normalize(word) for word in WORD.findall(article))
    subject = _verb_subject(tokens, verb, pronoun, counts)
    if not subject or subject[-1] >= at - 1:
        return title
    after = subject[-1] + 1
    named = _holder_name(tokens, subject, at)  # «وزير الخارجية الأمريكي جون كيري»: the office's holder
    after = named[-1] + 1 if named else after
    while after < at and tokens[after].time:
        after += 1
    if not (_is_function(tokens[after]) or _temporal(tokens[after]) or _other_number(tokens, after, pronoun)):
        return title  # «واعتقل الأمن الشاب قبل التحقيق معه»: the verb's object may be whom the pronoun points to
    subject = named or subject
    for index in range(subject[-1] + 1, at):
        norm = tokens[index].norm[1:] if _conjoined(tokens[index]) else tokens[index].norm
        temporal_that = index and _temporal(tokens[index - 1]) and tokens[index].norm == "ان"  # «منذ أن كسرت»
        if _phrase_at(tokens, index, "that") and not temporal_that or tokens[index].opens_quote \
                or _phrase_at(tokens, index, "relative", proclitic=True) and norm not in OTHER_RELATIVES[pronoun] \
                or norm in _present_forms() and _verb_subject(tokens, index, pronoun, counts):
            return title  # (a relative clause on a noun the pronoun cannot stand for leaves it the subject's:
            # «استبدل … جون كيري … العكازين اللذين كان يستخدمهما منذ أن كسرت ساقه»)
    name = " ".join(tokens[i].surface.strip("،,.؛:") for i in subject)
    told = " ".join(lead + [words[0], f"{preposition} {name}" if preposition else f"{possessed} {name}"] + words[2:])
    return told if len(told) <= MAX_CHARS else title


# relative pronouns whose noun cannot be what a pronoun points to: another number or gender
OTHER_RELATIVES = {"ه": frozenset({"التي", "اللذين", "اللذان", "اللتين", "اللتان", "الذين", "اللواتي", "اللاتي"}),
                   "ها": frozenset({"الذي", "اللذين", "اللذان", "اللتين", "اللتان", "الذين"})}


def _possessed(verb: str, noun: str) -> str | None:
    """«كسرت ساقه» -> «ساق»: the subject of a past verb opening a title, a noun with a pronoun, without it; None when
    the words are no such pair (a verbal noun, a definite word, a preposition, a present verb)."""
    verb_norm, norm = normalize(verb), normalize(noun)
    plain = without_marks(noun)
    suffix = next((end for end in ("ها", "ه") if plain.endswith(end)), None)
    if suffix is None or not 3 <= len(verb_norm) <= 5 or verb_norm.startswith(ARTICLE) or verb_norm[:1] in "يتنسوفبل" \
            or _is_function(_Token(0, 0, verb, verb_norm)) or _verbal_noun_form(verb_norm) \
            or norm.startswith(ARTICLE) or _is_function(_Token(0, 0, noun, norm)) or _pronoun_object(norm) \
            or len(norm) - len(suffix) < 3 or norm[:1] in "يتنس" and len(norm) >= 5 or not verb_norm.endswith("ت"):
        return None  # (a feminine verb, «كسرت»: its subject the noun, not the pronoun's owner)
    stem_ = plain[: -len(suffix)]
    return None if _partitive(stem_) else stem_[:-1] + "ة" if stem_.endswith("ت") else stem_


DUAL_REACH = 15  # words back from «لقاءهما» to the two it points to («بين اللاعبين …، علما أن لقاءهما»)


def dual_owned(title: str, sentence: str) -> str:
    """«لقاءهما الأخير» after «بين اللاعبين» -> «لقاء اللاعبين الأخير», «نقلهما إلى المستشفى» after «إصابة سيدتين»
    -> «نقل سيدتين إلى المستشفى»: a title opening on a noun with the dual pronoun is told of the nearest dual before
    it in its sentence (a definite noun in ين or ان, an undefined one in تين or تان: «الصين», «فلسطين» are none)."""
    words = title.split()
    plain = without_marks(words[0])
    if len(words) < 2 or not plain.endswith("هما") or len(plain) < 6 or _pronoun_object(normalize(plain)) \
            or _partitive(plain[:-3]):
        return title  # («أولهما أمام البرتغال»: the first of the two, no happening of theirs)
    tokens = _tokens(sentence, 0, len(sentence))
    _mark_time(tokens, sentence, 0, (0, 0))
    at = next((i for i, t in enumerate(tokens) if without_marks(t.surface) == plain), None)
    if at is None or sum(t.opens_quote for t in tokens[: at + 1]) > sum(t.closes_quote for t in tokens[:at]):
        return title
    for index in range(at - 1, max(-1, at - 1 - DUAL_REACH), -1):
        token = tokens[index]
        norm = token.norm[1:] if _conjoined(token) else token.norm
        if token.time or _is_function(token) or norm[:1].isdigit():
            continue
        if norm.startswith(ARTICLE) and len(norm) >= 7 and norm.endswith(("ين", "ان")) \
                or not norm.startswith(ARTICLE) and len(norm) >= 5 and norm.endswith(("تين", "تان")) and norm[:1] not in "بلكف":
            # (not «بخسارتين»: a preposition's noun, whose phrase the owner would carry along)
            stem_ = plain[:-3]
            owner = token.surface.strip("،,.؛:")[1 if _conjoined(token) else 0 :]
            told = " ".join([stem_[:-1] + "ة" if stem_.endswith("ت") else stem_, owner] + words[1:])
            return told if len(told) <= MAX_CHARS else title
    return title


HOLDER_WORDS = 3  # «جون كيري», «محمد جواد ظريف»


def _holder_name(tokens: list[_Token], subject: list[int], at: int) -> list[int]:
    """The name right after an office subject («وزير الخارجية الأمريكي جون كيري»), up to a time word, particle or
    comma (HOLDER_WORDS words at most); [] when no name follows."""
    from .offices import _name_after_office
    name: list[int] = []
    for index in range(subject[-1] + 1, min(at, subject[-1] + 1 + HOLDER_WORDS)):
        token = tokens[index]
        if tokens[subject[-1]].stop or token.time or _is_function(token) or token.norm.startswith(ARTICLE) \
                or token.norm[:1].isdigit() or token.opens_quote:
            break
        name.append(index)
        if token.stop:
            break
    if not name or name[-1] + 1 < len(tokens) and not (tokens[name[-1]].stop or tokens[name[-1] + 1].time
                                                       or _is_function(tokens[name[-1] + 1])):
        return []
    return name if _name_after_office(tokens, subject + name) is not None else []


def _other_number(tokens: list[_Token], index: int, pronoun: str) -> bool:
    """Is tokens[index] a definite dual or plural («العكازين», «الطائرات»), an object a singular pronoun cannot point
    to («ه» neither a thing's plural in ات)?"""
    norm = tokens[index].norm
    return norm.startswith(ARTICLE) and len(norm) >= 7 and norm.endswith(("ين", "ان") + (("ات",) if pronoun == "ه" else ()))


CLAUSE_LINKS = frozenset({"بينما", "فيما", "ثم", "حيث", "كما", "وقد", "قد"})  # a clause's verb follows them
OBJECT_WORDS = 3  # «القس», «بطولة كأس العالم»: the object a later verb's pronoun points back to
SUBJECT_LEAD = 3  # words of the subject a title may open on before the verb («أنقرة حوّلته»)


def object_owned(title: str, sentence: str, article: str) -> str:
    """«أنقرة حوّلته إلى الإقامة الجبرية» in «وتحتجز أنقرة، القس منذ نحو عامين …، وحوّلته أواخر يوليو …» -> «أنقرة
    حوّلت القس إلى الإقامة الجبرية», «نظمتها الولايات المتحدة» in «واستضافت المكسيك بطولة كأس العالم …، بينما
    نظمتها الولايات المتحدة» -> «نظمت الولايات المتحدة بطولة كأس العالم»: a verb with an object pronoun in a later
    clause of the sentence points back to the object of the verb the sentence opens on (a definite noun phrase right
    after that verb's subject), of the pronoun's gender (a feminine head in ة for «ها», none for «ه»). The object
    goes where the pronoun was: after the verb, or after the verb's own subject. No such object, and the title stays."""
    words = title.split()
    position = next((i for i, word in enumerate(words[: SUBJECT_LEAD + 1]) if _object_pronoun(word)), None)
    if position is None or len(words) < 2:
        return title
    plain = without_marks(words[position])
    pronoun = "ها" if plain.endswith("ها") else "ه"
    tokens = _tokens(sentence, 0, len(sentence))
    _mark_time(tokens, sentence, 0, (0, 0))
    bare = normalize(plain)
    at = next((i for i, t in enumerate(tokens) if t.norm in (bare, "و" + bare, "ف" + bare)), None)
    verb = next((i for i, t in enumerate(tokens) if not t.time and not _lead_words(tokens, i)), None)
    if at is None or verb is None or verb >= at - 2 or any(t.opens_quote for t in tokens[: at + 1]) \
            or not (tokens[at].norm != bare or tokens[at - 1].stop or tokens[at - 1].norm in CLAUSE_LINKS):
        return title  # the verb opens a clause of its own: «وحوّلته», «، بينما نظمتها» (not a noun: «شركته»)
    norm = tokens[verb].norm[1:] if _conjoined(tokens[verb]) else tokens[verb].norm
    counts = Counter(normalize(word) for word in WORD.findall(article))
    noun = bare[: -len(pronoun)][:-1] + "ه"  # «شركته»: «شركة» before a pronoun, a noun the text says alone too
    if bare[: -len(pronoun)].endswith("ت") and any(counts[prefix + noun] for prefix in ("",) + DEFINITE):
        return title
    subject = _verb_subject(tokens, verb, "ها" if _feminine_verb(norm) else "ه", counts)
    if not subject or not _clause_verb(tokens, verb):
        return title
    first = subject[-1] + 1
    while first < at and tokens[first].time:
        first += 1
    object_: list[int] = []
    for index in range(first, min(at, first + OBJECT_WORDS)):
        token = tokens[index]
        definite = token.norm.startswith(ARTICLE)
        if token.time or _is_function(token) or token.opens_quote or token.norm[:1].isdigit() \
                or not definite and any(tokens[i].norm.startswith(ARTICLE) for i in object_):
            break  # («بطولة كأس العالم»: undefined heads of a construct, then its definite words)
        object_.append(index)
        if token.stop:
            break
    while object_ and not tokens[object_[-1]].norm.startswith(ARTICLE):
        object_.pop()  # a construct ends on a definite word: «بطولة كأس [قارية]» says no object
    if not object_ or any(_phrase_at(tokens, i, "that") or _phrase_at(tokens, i, "relative", proclitic=True)
                          for i in range(object_[-1] + 1, at)):
        return title
    head = tokens[object_[0]]
    feminine = head.surface.rstrip("،,.").endswith("ة") or head.norm.endswith("ات")
    if feminine != (pronoun == "ها") or (head.norm,) in _roles().get("office", {}) and pronoun == "ها":
        return title
    told_object = " ".join(tokens[i].surface.strip("،,.؛:") for i in object_)
    verb_word = words[position][: -len(pronoun)] if words[position].endswith(pronoun) else plain[: -len(pronoun)]
    after = position + 1
    while after < len(words) and normalize(words[after]).startswith(ARTICLE) \
            and not _is_function(_Token(0, 0, words[after], normalize(words[after]))):
        after += 1  # «نظمتها الولايات المتحدة»: the verb's own subject first
    told = " ".join(words[:position] + [verb_word] + words[position + 1 : after] + [told_object] + words[after:])
    return told if len(told) <= MAX_CHARS else title


def _object_pronoun(word: str) -> bool:
    """A past verb with an object pronoun («حوّلته», «نظمتها», «زارته»): 3 to 5 letters before ه/ها, no article,
    particle or verbal noun, and a verb's ending before the pronoun (ت for a feminine or a second-person one, or a
    form the lexicon knows)."""
    plain = without_marks(word)
    norm = normalize(plain)
    norm = norm[1:] if norm[:1] in "وف" and len(norm) > 5 else norm
    suffix = next((end for end in ("ها", "ه") if norm.endswith(end)), None)
    if suffix is None:
        return False
    stem_ = norm[: -len(suffix)]
    written = plain[1:] if plain[:1] in "وف" and len(plain) > 5 else plain  # («ألغته»: a hamza, no article)
    return 3 <= len(stem_) <= 5 and not written.startswith(ARTICLE) and not _verbal_noun_form(stem_) \
        and not _is_function(_Token(0, 0, plain, norm)) and not _pronoun_object(norm) \
        and (stem_ in _present_forms() or stem_.endswith("ت") and len(stem_) == 4) and not _happening_of(stem_)


def _happening_of(norm: str) -> bool:
    from .happening_nouns import _happening_noun
    return _happening_noun(norm)


HOMELAND = frozenset({"بلاده", "بلادها"})  # normalised: «his/her country», the speaker's


def speaker_country_owned(title: str, sentence: str) -> str:
    """«بلاده ستشارك في مهرجان كان» in «قال وزير الثقافة السعودي … إن بلاده ستشارك …» -> «السعودية ستشارك في مهرجان
    كان», «ألبيرق: بلاده ستلجأ للأسواق» -> «ألبيرق: تركيا ستلجأ للأسواق»: a statement opening on «بلاده» is told of
    the country its speaker's nisba names, the first nisba between the reporting verb and the «إن/أن» right before
    «بلاده» (the speaker's office comes first: «وزير المالية التركي، براءت ألبيرق»). No reporting frame right before
    it, or no nisba in it, and the title stays."""
    from ..places import gazetteer
    label, colon, statement = title.partition(": ")
    if not colon:
        label, statement = "", title
    words = statement.split()
    if len(words) < 2 or normalize(words[0]) not in HOMELAND:
        return title
    tokens = _tokens(sentence, 0, len(sentence))
    at = next((i for i, t in enumerate(tokens) if t.norm == normalize(words[0])), None)
    if at is None or at < 3 or _phrase_at(tokens, at - 1, "that") != 1:
        return title
    verb = next((i for i in range(at - 2, -1, -1) if _phrase_at(tokens, i, "report", proclitic=True)
                 and not _is_function(tokens[i])), None)
    if verb is None or any(_phrase_at(tokens, i, "that") for i in range(verb + 1, at - 1)) \
            or any(t.opens_quote or t.closes_quote for t in tokens[verb : at]):
        return title
    found = gazetteer()
    code = next((code for code in (found.nisba_country(t.norm) for t in tokens[verb + 1 : at - 1]
                                   if t.norm.startswith(ARTICLE)) if code), None)
    country = found.country_place(code).country_name if code else None
    if not country or any(found.nisba_country(normalize(word)) == code for word in label.split()):
        return title  # «وزير الثقافة السعودي: بلاده …»: the label tells whose already
    told = " ".join([country] + words[1:])
    told = f"{label}: {told}" if label else told
    return told if len(told) <= MAX_CHARS else title


KIN_NOUNS = ("ابن", "ابنة", "نجل", "والد", "والدة", "شقيق", "شقيقة", "أب", "أم", "عائلة", "أسرة")  # as written
# (not زوج/زوجة: spouse_of_speaker tells those; not محامي, صديق: whose friend the reporter may mean is less sure)


@lru_cache(maxsize=1)
def _kin_reciprocals() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in lexicon.table("title_kin_reciprocals"):
        table.setdefault(normalize(row["kin"]), set()).add(normalize(row["speaker"]))
    return {kin: frozenset(speakers) for kin, speakers in table.items()}


def _kin_of(word: str) -> tuple[str, str] | None:
    """«ابنه» -> («ابن», «ه»), «ابنتها» -> («ابنة», «ها»): a kin noun with a third-person pronoun, or None."""
    plain = without_marks(word)
    for noun in KIN_NOUNS:
        stem_ = noun[:-1] + "ت" if noun.endswith("ة") else noun
        for pronoun in ("ها", "ه"):
            if normalize(plain) == normalize(stem_ + pronoun):
                return noun, pronoun
    return None


def kin_owned(title: str, sentence: str, before: str) -> str:
    """«ابنه زار ليبيا» in «كما أكد أن ابنه زار ليبيا» after «أكد والد سلمان العبيدي …» -> «سلمان العبيدي زار ليبيا»;
    «ابنه يدرس في لندن» in «وقال رمضان العبيدي إن ابنه يدرس …» -> «ابن رمضان العبيدي يدرس في لندن»: a statement
    opening on a kin noun with a pronoun is its speaker's kin, the speaker the frame right before it names (a reporting
    verb of the pronoun's gender, then «إن/أن») or, when that frame names no one, the last speaker in the sentences
    before. A speaker named by the reciprocal kin («والد X» for «ابنه») makes X the one meant. A generic speaker
    («المصدر») or none, and the title stays."""
    from .offices import _speaker_name
    from .speakers import _generic, _last_speaker, _speaker_end
    label, colon, statement = title.partition(": ")
    if not colon:
        label, statement = "", title
    words = statement.split()
    kin = _kin_of(words[0]) if len(words) >= 2 else None
    if kin is None:
        return title
    noun, pronoun = kin
    tokens = _tokens(sentence, 0, len(sentence))
    _mark_time(tokens, sentence, 0, (0, 0))
    at = next((i for i, t in enumerate(tokens) if without_marks(t.surface) == without_marks(words[0])), None)
    if at is None or at < 2 or _phrase_at(tokens, at - 1, "that") != 1:
        return title
    verb = at - 2
    while verb >= 0 and not (_phrase_at(tokens, verb, "report", proclitic=True) and not _is_function(tokens[verb])):
        verb -= 1
    if verb < 0 or any(t.opens_quote or t.closes_quote for t in tokens[verb:at]) \
            or any(_phrase_at(tokens, i, "that") for i in range(verb + 1, at - 1)):
        return title
    norm = tokens[verb].norm[1:] if _conjoined(tokens[verb]) else tokens[verb].norm
    if norm.endswith("ت") != (pronoun == "ها"):
        return title  # «وقالت إن ابنه»: the pronoun is not the speaker's
    first = verb + 1
    while first < at - 1 and tokens[first].time:
        first += 1
    if first >= at - 1:
        speaker = _last_speaker(before)
    else:
        last = _speaker_end(tokens, first, at - 1)
        speaker = " ".join(t.surface.strip("،,.") for t in tokens[first : last + 1]) if last >= first else None
    if not speaker or _generic(speaker) or len(speaker.split()) > 5:
        return title
    head, _, rest = speaker.partition(" ")
    if rest and normalize(head) in _kin_reciprocals().get(normalize(noun), frozenset()):
        owner = rest  # «والد سلمان العبيدي» speaks of «ابنه»: Salman
    else:
        owner = f"{noun} {_speaker_name(speaker) or speaker}"
    told = " ".join([owner] + words[1:])
    told = f"{label}: {told}" if label else told
    return told if len(told) <= MAX_CHARS else title
