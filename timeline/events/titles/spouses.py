"""A statement's «زوجها»/«زوجته» told by the name of the speaker's spouse."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .speakers import SPEAKER_LOOKBACK
from .tokens import EXTEND_CHARS, PREPOSITION_ARTICLE, _conjoined, _is_function, _phrase_at, _title_words, _tokens


SPOUSES = {"زوجها": "زوجة", "زوجته": "زوج"}  # normalised: «her husband» is the one whose wife speaks, and so on
SPOUSE_NAME_WORDS = 3  # «مينغ», «منغ هونغوي»


def spouse_of_speaker(title: str, sentence: str, before: str) -> str:
    """«زوجها وجه إليها رسالة» after «وأعلنت زوجة مينغ أنها …» and in «وقالت إن زوجها …» -> «مينغ وجه إليها رسالة»:
    a statement whose frame names no one («وقالت إن»), opening on «زوجها»/«زوجته», is its speaker's about their
    spouse; when the speaker is named, in the few sentences before, by that tie («زوجة مينغ»: the subject of a
    reporting verb of the same gender), the spouse is the one the tie names. Otherwise the title stays."""
    words = _title_words(title)
    if not words:
        return title
    reciprocal = SPOUSES.get(normalize(words[0]))
    if reciprocal is None or not _unnamed_frame_before(sentence, words[0], feminine=reciprocal.endswith("ة")):
        return title
    name = _spouse_named(before, normalize(reciprocal))
    if not name:
        return title
    told = " ".join([name] + words[1:])
    return told if len(told) <= EXTEND_CHARS else title


def _unnamed_frame_before(sentence: str, word: str, feminine: bool) -> bool:
    """Does «قالت إن», «أكدت أن» (a reporting verb of that gender, no subject) stand right before the word?"""
    tokens = _tokens(sentence, 0, len(sentence))
    at = next((i for i, t in enumerate(tokens) if t.surface == word), None)
    if at is None or at < 2 or _phrase_at(tokens, at - 1, "that") != 1:
        return False
    verb = tokens[at - 2]
    norm = verb.norm[1:] if _conjoined(verb) else verb.norm
    return bool(_phrase_at(tokens, at - 2, "report", proclitic=True)) and norm.endswith("ت") == feminine


def _spouse_named(before: str, tie: str) -> str | None:
    """The name after the last «زوجة X» that is a reporting verb's subject in the SPEAKER_LOOKBACK sentences before."""
    text = before.rstrip()
    for _ in range(SPEAKER_LOOKBACK):
        cut = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!?؟\n")
        tokens = _tokens(text, cut + 1, len(text))
        for index in range(len(tokens) - 2, 0, -1):
            if tokens[index].norm != tie or not _phrase_at(tokens, index - 1, "report", proclitic=True):
                continue
            name = []
            for token in tokens[index + 1 : index + 1 + SPOUSE_NAME_WORDS]:
                if token.time or _is_function(token) or _phrase_at(tokens, tokens.index(token), "that") \
                        or token.opens_quote or token.norm[:1].isdigit() or token.norm.startswith(PREPOSITION_ARTICLE):
                    break
                name.append(token.surface)
                if token.stop:
                    break
            return " ".join(name).strip("،,.") or None
        if cut < 0:
            return None
        text = text[: cut + 1].rstrip()
    return None
