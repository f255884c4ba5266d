"""The article's headline as a title: its label split off, the happening it tells, how much of a sentence's title it holds."""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ...terms import normalize_word as normalize, stem
from .render import _render
from .tokens import (
    ARTICLE, PREPOSITIONS, PREPOSITION_ARTICLE, _Clause, _Token, _bare, _is_function, _mark_time, _phrase_at,
    _present_forms, _purpose, _roles, _tokens,
)
from .trim import _trim


HEADLINE_OVERLAP = 0.6  # share of the headline's content words the lead sentence must hold
LABEL_WORDS = 4  # a headline's «X: Y» label is at most this long («قبلي :», «وزير التجارة التونسي:»)


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
