"""Statements a speaker makes about themselves: first-person words, a quantity for a speaker."""

from __future__ import annotations

from .tokens import ARTICLE, PROCLITICS, QUANTITY, SUBJECT_WORDS, _Clause, _Token, _bare, _is_function, _phrase_at


def _self_statement(tokens: list[_Token], frame: _Clause, statement: _Clause) -> bool:
    """Does a frame's «أنه/أنها» make its speaker the subject of a statement opening on a verb («أنها تدرس»)?
    Not an impersonal («أنه تم»), a particle, a definite predicate («أنها الأولى») or a quotation."""
    opener = tokens[statement.first]
    return bool(frame.speaker) and _phrase_at(tokens, frame.last, "that_self") > 0 \
        and not _phrase_at(tokens, statement.first, "impersonal", proclitic=True) and not _is_function(opener) \
        and not opener.norm.startswith(ARTICLE) and not opener.norm[:1].isdigit() and not opener.opens_quote \
        and not opener.time and not _quantity_speaker(tokens, frame.speaker) \
        and sum(not t.time for t in tokens[frame.speaker[0] : frame.speaker[1] + 1]) <= SUBJECT_WORDS \
        and not (opener.norm.endswith("ه") or opener.norm.endswith("ي") and len(opener.norm) >= 5
                 or opener.norm[:1] == "م" and len(opener.norm) >= 5)  # a noun or participle: «أنها مستمرة», «أنه ضحية»


FIRST_PERSON = {"لي", "انا", "نحن", "لنا", "علينا", "عندنا", "منا", "بنا", "معنا", "اننا", "لاننا", "انني", "لانني", "اني",
                "عني", "مني", "معي", "عندي", "الينا", "الي"}  # normalised: «إليّ» is «الي» too, only inside a quotation


def _verbal_noun_form(norm: str) -> bool:
    """A verbal noun of a derived form, undefined («مواصلة», «استئناف», «انطلاق», «تسجيل»): a noun, never a verb."""
    return len(norm) >= 5 and (norm.endswith("ه") and (norm[:1] == "م" and norm[2:3] == "ا" or norm.startswith("است")
                                                      or norm[:1] == "ا" and norm[2:3] == "ا" and len(norm) == 5)
                               or norm[:1] == "ا" and norm[-2:-1] == "ا" and len(norm) >= 6
                               or norm[:1] == "ت" and norm[-2:-1] == "ي" and len(norm) == 5)


def _first_person(tokens: list[_Token], first: int, last: int) -> bool:
    """Does a quotation's stretch speak in the first person («أرسل لي», «لأننا», «يبلغني»)?"""
    for token in tokens[first : last + 1]:
        norm = token.norm[1:] if token.norm[:1] in PROCLITICS and token.norm[1:] in FIRST_PERSON else token.norm
        if token.surface.startswith("سأ") and not token.surface.startswith("سأل") and len(norm) >= 4:
            return True  # «سأطلب», «سأعمل»: «I will»
        if norm in FIRST_PERSON - {"الي"} or norm[:1] in "يتا" and norm.endswith("ني") and not norm.endswith("اني") \
                and len(norm) >= 5 and not norm.startswith(ARTICLE) and not _is_function(token):
            return True  # «يبلغني», «أبلغني»; not a nisba «لبناني», «البرلماني»
        if norm.endswith("نا") and not norm.endswith(("انا", "ينا", "ونا")) and len(norm) >= 5 and not norm.startswith(ARTICLE) \
                and not _is_function(token) and not token.time:
            return True  # «قررنا», «استضفنا», «نقاشنا», «بلادنا»; not an accusative «أحيانا», «مجانا», nor «أثينا», «كورونا»
        if token.closes_quote:
            break
    return False


def _quantity_speaker(tokens: list[_Token], speaker: tuple[int, int]) -> bool:
    """«عدد من الفنانين», «العديد من الخبراء»: a quantity says how many spoke, not who."""
    return tokens[speaker[0]].norm in QUANTITY or _bare(tokens[speaker[0]].norm) in QUANTITY
