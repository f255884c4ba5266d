"""A statement's accusative subject told in the nominative («إن المسؤولين» -> «المسؤولون»)."""

from __future__ import annotations

from ...terms import normalize_word as normalize
from .tokens import ARTICLE, _function_word


def _nominative_plural(text: str) -> str:
    """A title opening on its subject, a sound plural in ين left accusative by a dropped إن/أن, before a plural verb
    («الأميركيين أخبروا», «محققين إيطاليين فتحوا», «متطرفين يرتدون …»), says it in the nominative: ون."""
    words = text.split()
    norms = [normalize(word) for word in words]
    count = 0
    while count < len(words) - 1 and norms[count].endswith("ين") and words[count].endswith("ين") \
            and len(norms[count]) >= (7 if norms[count].startswith(ARTICLE) else 6) and not _function_word(norms[count]):
        count += 1
    if not count or count >= len(words):
        return text
    verb = norms[count]
    if not (verb.endswith("وا") and len(verb) >= 4 or verb.endswith("ون") and verb[:1] in "يت" and len(verb) >= 5):
        return text
    return " ".join([word[:-2] + "ون" for word in words[:count]] + words[count:])


def _nominative(text: str) -> str:
    """A statement after إن/أن opens on its subject in the accusative; a title says it in the nominative:
    «طفلا رضيعا أصبح» -> «طفل رضيع أصبح», «المسؤولين أعدموا» -> «المسؤولون أعدموا»."""
    text = _nominative_plural(text)  # «محققين إيطاليين فتحوا» -> «محققون إيطاليون فتحوا»
    words = text.split()
    if len(words) < 3:
        return text
    first, second = normalize(words[0]), normalize(words[1])
    if first.startswith(ARTICLE) and first.endswith("ين") and len(first) >= 7 and second.endswith("وا") and len(second) >= 4:
        words[0] = words[0][:-2] + "ون"
    elif not first.startswith(ARTICLE) and not second.startswith(ARTICLE) and len(first) >= 4 and len(second) >= 4 \
            and first.endswith("ا") and second.endswith("ا") and not first.endswith(("اا", "ها")) and first not in {"هذا", "هكذا"}:
        count = 2  # and the adjectives after them («تغييرا مهنيا جذريا»)
        while count < len(words) - 1 and normalize(words[count]).endswith("ا") and len(normalize(words[count])) >= 4 \
                and not normalize(words[count]).startswith(ARTICLE):
            count += 1
        words[:count] = [word.rstrip("ً")[:-1].rstrip("ً") for word in words[:count]]
    return " ".join(words)
