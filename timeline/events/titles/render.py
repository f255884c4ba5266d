"""A title's words as text: the surfaces joined, without the conjunction or preposition it would open on."""

from __future__ import annotations

import re
from functools import lru_cache

from ...terms import normalize_word as normalize
from .tokens import FA_PARTICLES, PROCLITICS, _Token, _present_forms, _purpose, _roles, _waw_root_word


def _render(tokens: list[_Token], kept: list[int]) -> str:
    words = [_without_date(tokens, i) for i in kept if not tokens[i].skip]
    if words:
        words[0] = _without_conjunction(words[0])
        words[0] = _without_preposition(words[0])
    return " ".join(words)


DEFINITE_AFTER = {"": "ال", "و": "وال", "ف": "فال", "ب": "بال", "ك": "كال", "ل": "لل", "وب": "وبال", "ول": "ولل", "فب": "فبال"}


def _without_date(tokens: list[_Token], index: int) -> str:
    """A noun whose genitive was its date, now gone, takes the article: «انتخابات نوفمبر» -> «الانتخابات»,
    «لاجتماع أمس» -> «للاجتماع»; other words as written."""
    token = tokens[index]
    if token.stop or index + 1 >= len(tokens) or not tokens[index + 1].time or token.surface.endswith("ه"):
        return token.surface  # (not «موقعه», «his place», which the folded ة of «موقعة» would match)
    for prefix, definite in DEFINITE_AFTER.items():
        if token.norm.startswith(prefix) and (token.norm[len(prefix):],) in _roles().get("date_head", {}) \
                and len(token.norm) - len(prefix) >= 3:
            return definite + token.surface[len(prefix):]
    return token.surface


def _without_preposition(word: str) -> str:
    """«للاتفاق» -> «الاتفاق», «بالمدفعية» -> «المدفعية»: a title opens on the noun phrase."""
    norm = normalize(word)
    if _purpose(norm) and not norm.startswith("لل"):
        return word[1:]  # «لاستكمال» -> «استكمال»
    if norm.startswith("لل") and len(norm) > 4:
        return "ال" + word[2:]
    if norm.startswith(("بال", "كال")) and len(norm) > 5:
        return word[1:]
    return word


def _without_conjunction(word: str) -> str:
    """«وتراجع» -> «تراجع»: a و opening a title is «and» unless it is the word's root letter (وزير، وصل).

    ف is «and» only before the article (فالحكومة): it opens many words (فيلم، فريق، فرنسا)."""
    rest, norm = word[1:], normalize(word)
    if word[:1] == "ف" and (_fa_verb(normalize(rest)) or normalize(rest) in _presents()):
        return rest  # «فانتشر عدد كبير من عناصر الأمن», «فأعلنت سلطنة عمان», «فينطلق حفل …»: «so» before a verb
    if word[0] not in PROCLITICS:
        return word
    if (normalize(rest),) in _roles()["function"] and (word[0] == "و" or len(rest) <= 3 and normalize(rest) in FA_PARTICLES):
        return rest  # «وفي بيان …», «فمن …»; not «فتحت» (opened), which is no «ف» + «تحت»
    if len(rest) < 3:
        return word
    if norm.startswith(("وال", "فال")) and not _waw_root_word(norm) or word[0] == "و" and not _waw_root_word(norm):
        return rest
    return word


@lru_cache(maxsize=1)
def _presents() -> frozenset[str]:
    """The presents of the lexicon's news verbs («ينطلق», «تعلن»): no name or noun opens on «ف» + one of them."""
    return frozenset(_present_forms().values())


def _fa_verb(rest: str) -> bool:
    """Is what follows an opening ف a past verb: a news verb the lexicon knows («اعلنت», «عادت»), or a derived form
    («انتشر», «استقبل», «اتخذ»; not a plural or a noun in ة)?"""
    return rest in _present_forms() or len(rest) >= 5 and rest.startswith(("ان", "است", "ات")) \
        and not rest.endswith(("ه", "ات", "ي", "ين", "ون", "ا"))


def _span_text(tokens: list[_Token], span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    words = [t.surface for t in tokens[span[0] : span[1] + 1] if not t.time]
    return " ".join(words) or None


CLITIC = re.compile(r"(?<!\S)(و?[بلك]|ال|وال)ـ+ (\S)")  # «بـ المعلم»: a clitic written apart before a quotation
INNER_TATWEEL = re.compile(r"(?<=[\u0621-\u064a])ـ+(?=[\u0621-\u064a])")  # «تـبوث»
SCORE_TATWEEL = re.compile(r"(?<=\d)ـ+(?=\d)")  # «0ــــــ0»


def _tidy(text: str) -> str:
    """A clitic the quotation marks cut off joins its word again («بـ المعلم» -> «بالمعلم», «لـ الحركة» ->
    «للحركة», «لـ Hyperloop» -> «لـHyperloop»), and a tatweel inside a word goes («تـبوث» -> «تبوث», «0ــــــ0» -> «0-0»)."""
    def join(match: re.Match) -> str:
        clitic, first = match.group(1), match.group(2)
        if not "\u0621" <= first <= "\u064a":
            return clitic + "ـ" + first
        if clitic.endswith("ل") and len(clitic) <= 2 and text[match.end(2) - 1 : match.end(2) + 1] == "ال":
            return clitic  # «ل» + «الحركة»: the article's alif goes («للحركة»)
        return clitic + first
    text = CLITIC.sub(join, text)
    text = " ".join(word for word in text.split() if word.strip("ـ"))  # «أضاف عباس ـ»: a dash of tatweels is no word
    return SCORE_TATWEEL.sub("-", INNER_TATWEEL.sub("", text))
