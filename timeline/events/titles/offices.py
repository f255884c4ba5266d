"""A name after the office its bearer holds («وزير الخارجية محمد جواد ظريف»)."""

from __future__ import annotations

from .tokens import ARTICLE, _Token, _conjoined, _is_function, _phrase_at, _roles, _tokens


NAME_MAX_WORDS = 3  # «ألفونسو داستيس», «محمد جواد ظريف»; longer, the office's words run on («لفيس بوك مارك زوكربرغ»)


def _name_after_office(tokens: list[_Token], positions: list[int]) -> int | None:
    """Where the name starts in «OFFICE … NAME» told by tokens at `positions` («وزير الخارجية الإسباني ألفونسو داستيس»,
    «الرئيس المصري، عبدالفتاح السيسي،»): an office noun (with the article or not) and the definite words of its
    construct, then one to NAME_MAX_WORDS undefined words; None when the words are no such pair."""
    if len(positions) < 3:
        return None
    if not _office_head(tokens[positions[0]]):
        return None
    position = 1
    while position < len(positions) and _definite(tokens[positions[position]]) and not tokens[positions[position - 1]].stop:
        position += 1
    name = positions[position:]
    if position < 2 or not 1 <= len(name) <= NAME_MAX_WORDS or _definite(tokens[name[0]]) \
            or tokens[name[0]].norm[:1] in "بل" and tokens[name[0]].norm.endswith("ه"):
        return None  # «المتحدث الأمني بوزارة الداخلية»: the office's complement, not a name
    if any(_is_function(tokens[i]) or tokens[i].time or tokens[i].norm[:1].isdigit() or tokens[i].stop and i != name[-1]
           or len(tokens[i].norm) < 3 or _definite(tokens[i]) and i != name[-1] for i in name):
        return None  # (a name's last word may take the article: «سيف الجلاصي»; «لوزارة الداخلية السعودية», «لبي بي سي» are none)
    return position


def _office_head(head: _Token) -> bool:
    """Is a token an office noun, with the article or without («الرئيس الأميركي», «وزير الخارجية»)? The office
    table holds the bare noun, which the proclitic lookup alone misses after «ال»."""
    norm = head.norm[1:] if _conjoined(head) else head.norm
    bare = norm[len(ARTICLE):] if norm.startswith(ARTICLE) else norm
    return not head.time and (_phrase_at([head], 0, "office", proclitic=True) or (bare,) in _roles().get("office", {}))


def _definite(token: _Token) -> bool:
    """The article as written, with a plain alif: «الخارجية», not the name «ألفونسو»."""
    return token.surface.startswith(("ال", "وال")) and len(token.surface) > 3


def _speaker_name(speaker: str) -> str | None:
    """«الرئيس الفرنسي إيمانويل ماكرون» -> «إيمانويل ماكرون»: a speaker's name without their office, or None."""
    tokens = _tokens(speaker, 0, len(speaker))
    start = _name_after_office(tokens, list(range(len(tokens))))
    return " ".join(t.surface for t in tokens[start:]) if start is not None else None
