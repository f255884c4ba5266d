"""search.json: the small index the pages' script searches across the whole site.

One array per event: [id, page number, title, date label, category, country, place, source hosts,
words]; `pages` lists the pages (an event's permalink is pages[n] + "#event-" + id). `words` are
the distinct normalised words of the sentence, place and category that the title does not have:
normalised as the script normalises what the reader types (no diacritics or tatweel, one alef,
ى -> ي, ة -> ه, Arabic-Indic digits -> 0-9, lower case), so «الإمارات» finds «الامارات».
Words of one letter and the common function words of `STOP` (which the script also drops from
what is typed) are left out: the index stays small (a few hundred bytes an event).
"""
from __future__ import annotations

import json
import re
from typing import Iterable

SEARCH_INDEX = "search.json"
FIELDS = ["id", "page", "title", "date", "category", "country", "place", "sources", "words"]
STOP = frozenset("""في من علي الي عن ان مع بعد قبل التي الذي الذين ما هذا هذه ذلك تلك بين منذ انه انها كان كانت قد لا لم لن
او ثم كل وقد وفي وان وكان فيه فيها به بها له لها هو هي عند حتي كما حيث اي غير الا اذا وهو وهي والتي والذي""".split())
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                        **{chr(0x660 + d): str(d) for d in range(10)}, **{chr(0x6f0 + d): str(d) for d in range(10)}})
_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    return _MARKS.sub("", text).translate(_TABLE).lower()


def index_words(*texts: str | None, skip: Iterable[str] = ()) -> str:
    seen: dict[str, None] = dict.fromkeys(skip)
    for text in texts:
        for word in _WORD.findall(normalize(text or "")):
            if len(word) > 1 and word not in STOP:
                seen.setdefault(word, None)
    return " ".join(list(seen)[len(set(skip)):])


def search_record(view, page_number: int) -> list:
    title_words = _WORD.findall(normalize(view.title))
    return [
        view.id,
        page_number,
        view.title,
        view.label,
        view.category or "",
        view.country or "",
        view.city or "",
        " ".join(view.hosts),
        index_words("".join(p.text for p in view.sentence), view.place, view.category, skip=dict.fromkeys(title_words)),
    ]


def search_index(items: Iterable) -> bytes:
    pages: dict[str, int] = {}
    events = []
    for item in items:
        number = pages.setdefault(item.view.page, len(pages))
        events.append(search_record(item.view, number))
    record = {"fields": FIELDS, "stop": sorted(STOP), "pages": list(pages), "events": events}
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
