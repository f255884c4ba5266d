"""Find lexicon terms (event triggers, places) among the words of Arabic text.

Text and table go through the same normaliser, and a word may carry the article ال and
a one-letter proclitic (و ف ب ل ك) in front of a term, so «بالرباط» and «للرباط» find
الرباط, and «والندوة» finds ندوة, without the table listing every prefixed form.

A matcher built with `suffixes=True` (the event triggers) also finds a term's first word with an
enclitic pronoun or a common inflection ending: «مؤتمرها», «اجتماعاتهم», «زيارته», «لقائه»,
«هاجموا», «اقتحموها», «حفلا», and a present verb with the future prefix س («سيجتمع»). A table's
exact words always beat those derived forms, so a row can claim a word the endings would
mistake («عرضة» is not a show). Tables that do not ask for it (places, months) match exactly.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping

from .normalize import normalize as default_normalize

LEXICON = Path(__file__).parent / "lexicon"

# A word is a run of letters and digits; diacritics and tatweel stay inside it.
WORD = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640]+")

_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")

# Endings a `suffixes=True` matcher accepts after a term's first word (normalised spelling).
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما")
_ENDINGS = (
    _PRONOUNS
    + ("ا", "ان", "ين", "ون", "ات", "ت", "وا", "تم", "تا")  # tanween, dual, plural, past verb
    + tuple("ات" + p for p in _PRONOUNS)  # اجتماعاتهم
    + tuple("ت" + p for p in _PRONOUNS)  # هاجمته، أطلقتها
    + ("وه", "وها", "وهم", "اه", "اها", "اهم")  # اقتحموها، التقاه
)
# after a ta marbuta (folded to ه): مباراة -> مباراته، مباراتين; plural مباريات is its own row
_TA_ENDINGS = _PRONOUNS + ("ين", "ان")
_HAMZA_ENDINGS = _PRONOUNS  # لقاء -> لقائه، لقاؤه
_SUFFIX_LENGTHS = tuple(range(max(map(len, _ENDINGS)), 0, -1))


@dataclass(frozen=True)
class Word:
    norm: str
    start: int
    end: int


@dataclass(frozen=True)
class Hit:
    value: str  # the table's label for the term (category, place)
    first: int  # index of the first and last word it covers
    last: int


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a lexicon TSV: UTF-8, one header line, `#` comment lines, blank lines ignored."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [
        {key: (value or "").strip() for key, value in row.items()}
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


# News repeats its words: normalising each distinct word once makes the events layer's many
# passes over the same sentences cheap.
normalize_word = lru_cache(maxsize=1 << 16)(default_normalize)


_STEM_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")


def stem(norm: str) -> str:
    """A normalised word without the article and one proclitic, for overlap counts («والسلطات» ~ «السلطات»)."""
    for prefix in _STEM_PREFIXES:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            return norm[len(prefix) :]
    return norm


def words(text: str, normalize: Callable[[str], str] = default_normalize) -> list[Word]:
    """The words of a text, each with its normalised spelling and its place in the text. A fresh list
    every call (callers may change it); its Words are frozen, so they are shared."""
    return list(_words(text, normalize))


# The events layer asks again for the words of the sentences and clauses it has just read (the
# detectors, the places, the categories): each text is cut into Words once.
@lru_cache(maxsize=1 << 12)
def _words(text: str, normalize: Callable[[str], str]) -> tuple[Word, ...]:
    if normalize is default_normalize:
        normalize = normalize_word
    return tuple([Word(normalize(m.group()), m.start(), m.end()) for m in WORD.finditer(text)])


def _surface_forms(first: str, raw_first: str | None = None) -> set[str]:
    """Every prefixed spelling of a term's first word that the text may show. Only an article written
    as ال is one: «ألعاب» and «إلغاء» fold to العاب and الغاء, which still take the article (الألعاب)."""
    written_article = raw_first is None or raw_first.startswith("ال")
    bare = first[2:] if written_article and first.startswith("ال") and len(first) > 3 else None
    stems = {first} if bare else {first, "ال" + first}
    forms = {clitic + stem for clitic in _PROCLITICS for stem in stems}
    body = bare or first
    forms |= {"لل" + body, "ولل" + body, "فلل" + body}  # ل + ال contracts to لل
    return forms


def _verb_forms(first: str) -> set[str]:
    """A present verb's future spellings: يجتمع -> سيجتمع، وسيجتمع، فسيجتمع."""
    if first[:1] in ("ي", "ت", "ن") and len(first) > 3:
        return {clitic + "س" + first for clitic in ("", "و", "ف")}
    return set()


def _suffix_bases(form: str, raw_first: str) -> list[tuple[str, tuple[str, ...]]]:
    """(what the word starts with, the endings it may take) for one surface form of a term."""
    if form.endswith("ه") and raw_first.endswith("ة"):  # ta marbuta: قمة -> قمته، قمتين، قمات
        return [(form[:-1] + "ت", _TA_ENDINGS), (form[:-1], ("ات",) + tuple("ات" + p for p in _PRONOUNS))]
    if raw_first.endswith("ى"):  # ملتقى -> ملتقاه
        return [(form[:-1] + "ا", _PRONOUNS)]
    if form.endswith("اء"):  # لقاء -> لقاءه، لقائه، لقاؤه، لقاءات
        return [(form, _ENDINGS), (form[:-1] + "ئ", _HAMZA_ENDINGS), (form[:-1] + "ؤ", _HAMZA_ENDINGS)]
    return [(form, _ENDINGS)]


class TermMatcher:
    """Longest-first matching of a table's terms against a word list.

    terms: (term, label) pairs, or (term, label, context) triples; a row with a context counts
    only when the words given to `find` also hold a word of that context group (`contexts`:
    group name -> words), and beats the rows of the same term without one («لقاء» is a match
    among words of sport, a meeting elsewhere).
    suffixes: also find the first word with an enclitic pronoun or an inflection ending (see
    the module's docstring); exact spellings win over those.
    skip_blank: a term with a blank label is matched (so it hides the shorter terms inside it,
    «أطلق عليه اسم» hides «أطلق») but not reported.
    """

    def __init__(
        self,
        terms: Iterable[tuple[str, ...]],
        normalize: Callable[[str], str] = default_normalize,
        *,
        suffixes: bool = False,
        contexts: Mapping[str, Iterable[str]] | None = None,
        skip_blank: bool = False,
    ):
        self._normalize = normalize
        self._skip_blank = skip_blank
        # first-word surface form -> [(rest of the term's words, label, context)], longest term first
        self._index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        # suffixes: first-word start -> [(endings, rest, label, context, length of the term's stem)]
        self._derived: dict[str, list[tuple[frozenset[str], tuple[str, ...], str, str, int]]] = {}
        self._suffixes = suffixes
        for row in terms:
            term, label = row[0], row[1]
            context = row[2] if len(row) > 2 and row[2] else ""
            raw = term.split()
            parts = [normalize(part) for part in raw]
            if not parts:
                continue
            rest = tuple(parts[1:])
            forms = _surface_forms(parts[0], raw[0])
            if suffixes:
                forms |= _verb_forms(parts[0])
            for form in forms:
                self._index.setdefault(form, []).append((rest, label, context))
                if suffixes:
                    for base, endings in _suffix_bases(form, raw[0]):
                        entry = (frozenset(endings), rest, label, context, len(parts[0]))
                        self._derived.setdefault(base, []).append(entry)
        for entries in self._index.values():
            entries.sort(key=lambda e: (-len(e[0]), not e[2]))
        self._contexts: TermMatcher | None = None
        if contexts:
            self._contexts = TermMatcher(
                ((word, group) for group, group_words in contexts.items() for word in group_words),
                normalize,
                suffixes=suffixes,
            )
        self._candidates_cache: dict[str, tuple] = {}

    @classmethod
    def from_table(
        cls,
        path: Path,
        column: str,
        normalize: Callable[[str], str] = default_normalize,
        *,
        suffixes: bool = False,
        context_column: str | None = None,
        skip_blank: bool = False,
    ) -> "TermMatcher":
        """A matcher over a table's `word` column labelled by `column`.

        With `context_column`, rows whose label is «@name» list the words of context group
        «name», and a row whose context column names a group counts only among its words."""
        rows = [row for row in read_table(path) if row.get("word")]
        if context_column is None:
            return cls(((row["word"], row[column]) for row in rows), normalize, suffixes=suffixes, skip_blank=skip_blank)
        contexts: dict[str, list[str]] = {}
        terms = []
        for row in rows:
            label = row.get(column, "")
            if label.startswith("@"):
                contexts.setdefault(label[1:], []).append(row["word"])
            else:
                terms.append((row["word"], label, row.get(context_column, "")))
        return cls(terms, normalize, suffixes=suffixes, contexts=contexts, skip_blank=skip_blank)

    def find(self, text_words: list[Word]) -> list[Hit]:
        hits: list[Hit] = []
        present: set[str] | None = None
        cached = self._candidates_cache
        index = 0
        while index < len(text_words):
            norm = text_words[index].norm
            candidates = cached.get(norm)  # _candidates' own cache, looked up here: a call per word was a cost
            if candidates is None:
                candidates = self._candidates(norm)
            hit = None
            if candidates:
                if present is None and self._contexts is not None and any(c[2] for c in candidates):
                    present = {h.value for h in self._contexts.find(text_words)}
                hit = self._match_at(text_words, index, candidates, present or set())
            if hit:
                if hit.value or not self._skip_blank:
                    hits.append(hit)
                index = hit.last + 1
            else:
                index += 1
        return hits

    def _candidates(self, norm: str) -> tuple:
        """The entries a word may start: its exact spelling's, then those of its stem + ending."""
        cached = self._candidates_cache.get(norm)
        if cached is not None:
            return cached
        found = list(self._index.get(norm, ()))
        if self._suffixes:
            derived = []
            for length in _SUFFIX_LENGTHS:
                if len(norm) - length < 2:
                    continue
                ending = norm[-length:]
                for endings, rest, label, context, stem in self._derived.get(norm[:-length], ()):
                    if ending in endings:
                        derived.append((-len(rest), not context, -stem, len(derived), (rest, label, context)))
            # longer terms, then context rows, then the longer stem («وزارات» is وزارة + ات, not و + زار + ات)
            found += [entry for *_, entry in sorted(derived)]
        result = tuple(found)
        if len(self._candidates_cache) < 1 << 16:
            self._candidates_cache[norm] = result
        return result

    def _match_at(self, text_words: list[Word], index: int, candidates=None, present: set[str] = frozenset()) -> Hit | None:
        if candidates is None:
            candidates = self._candidates(text_words[index].norm)
        available = len(text_words) - index - 1  # words after the first
        for rest, label, context in candidates:
            if context and context not in present:
                continue
            if rest:  # compared word by word, the first one first: most terms fail there
                if len(rest) > available or text_words[index + 1].norm != rest[0]:
                    continue
                if any(text_words[index + 1 + k].norm != part for k, part in enumerate(rest[1:], 1)):
                    continue
            return Hit(label, index, index + len(rest))
        return None


@lru_cache(maxsize=8)
def triggers(normalize: Callable[[str], str] = default_normalize) -> TermMatcher:
    """Event words and their categories, with inflections, sport-context rows and blank blockers.

    Built once per normaliser (a tenth of a second): every EventBuilder shares it."""
    return TermMatcher.from_table(
        LEXICON / "event_triggers.tsv", "category", normalize, suffixes=True, context_column="context", skip_blank=True
    )


def places(normalize: Callable[[str], str] = default_normalize) -> TermMatcher:
    return TermMatcher.from_table(LEXICON / "places.tsv", "place", normalize)
