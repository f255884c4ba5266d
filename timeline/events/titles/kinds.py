"""A title that is only an anaphoric noun phrase says nothing («انطلاق المسابقة», «انطلاق الهجوم», «تأسيس الجريدة»):
its noun points back to a happening or body the text named a few sentences before with a noun of the same kind
(title_kinds.tsv), in construct with its name: «منافسات الدورة الأولمبية الـ32», «عملية غصن الزيتون», «صحيفة السفير
اللبنانية». The title takes that name. When those sentences name none, or the title says more than its noun and
verbal nouns, it stays as it is: no name is guessed."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import ARTICLE, MAX_CHARS, _Token, _is_function, _phrase_at, _roles, _tokens

KIND_SENTENCES = 3  # sentences before, where the noun's name is looked for
NAME_WORDS = 5  # words the name may take after its noun
MAX_WORDS = 3  # a title this short, a noun and the verbal nouns before it


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return {normalize(row["word"]): row["kind"] for row in lexicon.table("title_kinds")}


def kind_named(text: str, before: str) -> str:
    """«انطلاق المسابقة» -> «انطلاق منافسات الدورة الأولمبية الـ32» when the sentences before name it so."""
    from .happening_nouns import _happening_noun
    words = text.split()
    if not 1 <= len(words) <= MAX_WORDS:
        return demonstrative_named(text, before)
    last = normalize(words[-1])
    kind = _kinds().get(last[len(ARTICLE):]) if last.startswith(ARTICLE) else None
    if kind is None or not all(_happening_noun(normalize(word)) for word in words[:-1]):
        return text  # «الحرب الكورية», «قررت الأكاديمية …»: a name or a clause already
    name = _kind_name(kind, _last_sentences(before, KIND_SENTENCES))
    return " ".join(words[:-1] + [name]) if name else text


def subject_kind_named(text: str, article_title: str | None) -> str:
    """«الفيلم يفوز بالجائزة الكبرى» under the headline «فيلم "120 خفقة في الدقيقة" يفوز …» -> «فيلم "120 خفقة في
    الدقيقة" يفوز بالجائزة الكبرى»: a title opening on a bare definite noun of a kind, its subject, takes the name the
    headline gives a noun of that kind (undefined, in construct with the name). Not before an adjective («الفيلم
    اللبناني اختير»: the adjective tells it apart), nor when the headline names none."""
    words = text.split()
    if not article_title or len(words) < 2 or ": " in text:
        return text
    first, following = normalize(words[0]), normalize(words[1])
    kind = _kinds().get(first[len(ARTICLE):]) if first.startswith(ARTICLE) else None
    if kind is None or following.startswith(ARTICLE):
        return text
    name = _kind_name(kind, article_title)
    told = " ".join([name] + words[1:]) if name else text
    return told if len(told) <= max(MAX_CHARS, len(text)) else text  # (the title was cut within MAX_CHARS)


def _last_sentences(text: str, count: int) -> str:
    text = text.rstrip()
    cut = len(text)
    for _ in range(count):
        cut = max(text.rfind(mark, 0, max(0, cut - 1)) for mark in ".!?؟\n")
        if cut < 0:
            return text
    return text[cut + 1 :]


def _kind_name(kind: str, text: str) -> str | None:
    """The last noun of that kind in the text, undefined and in construct with a name: itself and the name's words
    (definite words, or a quoted name), up to NAME_WORDS, to a comma, particle, verb or time word."""
    tokens = _tokens(text, 0, len(text))
    for index in range(len(tokens) - 2, -1, -1):
        head = tokens[index]
        norm = head.norm[1:] if head.norm[:1] in "وبلف" and head.norm[1:] in _kinds() else head.norm
        if _kinds().get(norm) != kind or head.stop:
            continue
        name = _name_after(tokens, index)
        if name:
            surface = head.surface[len(head.norm) - len(norm) :]
            return " ".join([surface] + [tokens[i].surface for i in name])
    return None


def _name_after(tokens: list[_Token], index: int) -> list[int]:
    """The name after a kind's noun: definite words («الدورة الأولمبية الـ32»), or quoted ones («"غصن الزيتون"»)."""
    name: list[int] = []
    quoted = False
    for position in range(index + 1, min(len(tokens), index + 1 + NAME_WORDS)):
        token = tokens[position]
        quoted = quoted or token.opens_quote and position == index + 1
        if _is_function(token) or _phrase_at(tokens, position, "opens", proclitic=True) \
                or _phrase_at(tokens, position, "report", proclitic=True) \
                or not quoted and not token.norm.startswith(ARTICLE) or token.norm.startswith(("بال", "لل")):
            break
        name.append(position)
        if token.stop or quoted and token.closes_quote:
            break
    return name


POINTER_SENTENCES = 1  # a demonstrative points to the sentence before («هذه الطائرة» may be a model named further back)
POINTER_WORDS = 2  # the demonstrative is the title's first or second word («أشارت هذه الشرطة», «هذه الشرطة أشارت»)


def demonstrative_named(text: str, before: str) -> str:
    """«هذه الشرطة أشارت إلى …» after «… تحقيقات قامت بها شرطة مكافحة الفساد» -> «شرطة مكافحة الفساد أشارت إلى …»: a
    demonstrative before a definite noun points back to that noun as the sentence before named it, undefined in
    construct with its name. Only when that sentence gives that noun one name (two names: no one is sure), and not
    when an adjective follows («هذه الرسوم المشددة» is told apart from other fees by it)."""
    from .tokens import EXTEND_CHARS
    words = text.split()
    at = next((i for i, word in enumerate(words[:POINTER_WORDS])
               if (normalize(word),) in _roles().get("demonstrative", {})), None)
    if at is None or at + 1 >= len(words):
        return text
    noun = normalize(words[at + 1])
    following = normalize(words[at + 2]) if at + 2 < len(words) else ""
    if not noun.startswith(ARTICLE) or len(noun) < 5 or following.startswith(ARTICLE):
        return text
    names = _names_of(noun[len(ARTICLE):], _last_sentences(before, POINTER_SENTENCES))
    if len(names) != 1:
        return text
    told = " ".join(words[:at] + [names.pop()] + words[at + 2 :])
    return told if len(told) <= EXTEND_CHARS else text


def _names_of(noun: str, text: str) -> set[str]:
    """The names the text gives the noun: undefined, in construct with definite words («شرطة مكافحة الفساد»)."""
    tokens = _tokens(text, 0, len(text))
    names = set()
    for index, head in enumerate(tokens[:-1]):
        norm = head.norm[1:] if head.norm[:1] in "وبلف" and head.norm[1:] == noun else head.norm
        if norm != noun or head.stop:
            continue
        name = _construct_after(tokens, index)
        if name:
            names.add(" ".join([head.surface[len(head.norm) - len(norm) :]] + [tokens[i].surface.strip("،,.") for i in name]))
    return names


CONSTRUCT_WORDS = 3  # «شرطة مكافحة الفساد», «محكمة الجنايات الدولية»


def _construct_after(tokens: list[_Token], index: int) -> list[int]:
    """The genitive after a noun, ending on a definite word: «مكافحة الفساد», «الجنايات الدولية»; [] when the words
    after it are no such construct (a quoted model «"بوينغ 787-10"», a preposition, a verb)."""
    name: list[int] = []
    for position in range(index + 1, min(len(tokens), index + 1 + CONSTRUCT_WORDS)):
        token = tokens[position]
        if _is_function(token) or token.time or token.opens_quote or token.norm[:1].isdigit() \
                or token.norm.startswith(("بال", "لل")) or _phrase_at(tokens, position, "opens", proclitic=True) \
                or _phrase_at(tokens, position, "report", proclitic=True):
            break
        name.append(position)
        if token.norm.startswith(ARTICLE) and (token.stop or position + 1 >= len(tokens)
                                               or not tokens[position + 1].norm.startswith(ARTICLE)):
            return name
        if token.stop:
            break
    return []
