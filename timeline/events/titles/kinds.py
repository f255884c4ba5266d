"""A title that is only an anaphoric noun phrase says nothing («انطلاق المسابقة», «انطلاق الهجوم», «تأسيس الجريدة»):
its noun points back to a happening or body the text named a few sentences before with a noun of the same kind
(title_kinds.tsv), in construct with its name: «منافسات الدورة الأولمبية الـ32», «عملية غصن الزيتون», «صحيفة السفير
اللبنانية». The title takes that name. When those sentences name none, or the title says more than its noun and
verbal nouns, it stays as it is: no name is guessed."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize
from .tokens import ARTICLE, _Token, _is_function, _phrase_at, _tokens

KIND_SENTENCES = 3  # sentences before, where the noun's name is looked for
NAME_WORDS = 5  # words the name may take after its noun
MAX_WORDS = 3  # a title this short, a noun and the verbal nouns before it


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return {normalize(row["word"]): row["kind"] for row in lexicon.table("title_kinds")}


def kind_named(text: str, before: str) -> str:
    """«انطلاق المسابقة» -> «انطلاق منافسات الدورة الأولمبية الـ32» when the sentences before name it so."""
    from .protagonist import _happening_noun
    words = text.split()
    if not 1 <= len(words) <= MAX_WORDS:
        return text
    last = normalize(words[-1])
    kind = _kinds().get(last[len(ARTICLE):]) if last.startswith(ARTICLE) else None
    if kind is None or not all(_happening_noun(normalize(word)) for word in words[:-1]):
        return text  # «الحرب الكورية», «قررت الأكاديمية …»: a name or a clause already
    name = _kind_name(kind, _last_sentences(before, KIND_SENTENCES))
    return " ".join(words[:-1] + [name]) if name else text


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
