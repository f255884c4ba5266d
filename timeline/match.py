"""Matching: run the rules over normalised text and keep the best non-overlapping matches.

Each rule runs only in the windows scan.py finds around its trigger words. Overlaps are
settled longest first, then by rule order. Each match carries the tense its
sentence speaks in, for resolve.py. Nothing here knows the publication date.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from . import lexicon
from .diskcache import kept
from .normalize import NOT_WORD_CHAR, WORD_CHAR, normalize_with_offsets
from .partial import Partial
from .rules import CLITIC_PATTERN, RULES, Rule, compile_cached, expand, word_alternation, word_before
from .scan import rule_windows, scan
from .sentence_bounds import sentence_spans  # (not events/sentences.py: see sentence_bounds)
from .tense import firm_after, nearest_cue

_CLITIC = "(?P<clitic>" + CLITIC_PATTERN + ")"
# A scan reads the non-word character before the expression: a pattern that starts with a
# character class lets the regex engine skip to the candidates in C. The two places where an
# expression starts without one, the text's start and a number glued to a word («في2014»،
# «الـ11»), are tried with the anchored form.
_LEAD = NOT_WORD_CHAR
# a number may end an expression glued to the next Arabic word, as hurried copy writes it («18 نوفمبر 2016على»،
# «في 2013عمليات»); units and counted nouns glued to a number are still checked by the rules (quantity_after)
_SUFFIX = "(?:(?!" + WORD_CHAR + ")|(?<=[0-9])(?=[\u0621-\u064a])(?![هم](?!" + WORD_CHAR + ")))"  # not «1436هـ»، «2015م»

NAME_RULES = {"day_month", "month", "year", "day_range", "numeric_date", "cross_month_range", "year_range",
              "month_range", "relative_day"}
NAME_CHECKED = NAME_RULES | {"weekday"}  # «حركة 20 فبراير»، «صلاة الجمعة»


class Found(NamedTuple):  # (a tuple: made in C, where a frozen dataclass sets each field through __setattr__)
    """A matched expression: original offsets, its partial value, and where it sits."""

    start: int
    end: int
    text: str
    partial: Partial
    rule: str
    sentence: int
    paragraph: int


@lru_cache(maxsize=1)
def compiled_rules() -> list[tuple[Rule, re.Pattern, re.Pattern, str]]:
    """Each rule with its scanning regex, its anchored regex (see _LEAD), and the characters every
    match of it holds (_needed_characters)."""
    bodies = [_CLITIC + "(?:" + expand(rule.pattern) + ")" + _SUFFIX for rule in RULES]
    # (parsing the patterns takes a tenth of a second: what is read from them is kept like the patterns)
    read = kept("rule-starts", "\0".join([_source(), *bodies]),
                lambda: [[_first_of(body), _needed_characters(body)] for body in bodies],
                valid=lambda stored: isinstance(stored, list) and len(stored) == len(bodies))
    patterns = []
    for body, (start, _) in zip(bodies, read):
        patterns += [_LEAD + start + body, body]
    compiled = compile_cached(patterns, "rules")
    return [(rule, compiled[2 * index], compiled[2 * index + 1], read[index][1]) for index, rule in enumerate(RULES)]


def _source() -> str:
    """This module's code, part of the key of what is kept of its work (a change to _first_of redoes it)."""
    try:
        with open(__file__, encoding="utf-8") as source:
            return source.read()
    except OSError:  # pragma: no cover - installed without sources: nothing to edit
        return __file__


def _first_of(pattern: str) -> str:
    """A lookahead for the characters a match of `pattern` can start with ("" when it cannot tell).

    The scanning regex tries every non-word character of a window; most words there start with a
    letter none of the rule's matches starts with, and the lookahead turns such a place down with one
    class test instead of the clitic's and the pattern's alternatives. It only skips places where the
    pattern cannot match, so it finds the same matches."""
    from re import _parser

    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            raise _CannotTell
        items, nullable = _first_items(parsed.data)
    except (_CannotTell, re.error):
        return ""
    return "" if nullable else "(?=[" + "".join(sorted(items)) + "])"


def _needed_characters(pattern: str) -> str:
    """Characters that every match of `pattern` holds («(» and «)» for «15 مارش (مارس)»): a window
    without one of them cannot hold a match, and is not searched."""
    from re import _parser

    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return ""
    if parsed.state.flags & re.IGNORECASE:
        return ""
    return "".join(sorted(_needed_in(parsed.data)))


def _needed_in(sequence) -> set[str]:
    """The characters any match of a parsed sequence consumes (lookarounds and optional parts add none)."""
    from re import _constants as sre

    needed: set[str] = set()
    for op, av in sequence:
        if op is sre.LITERAL:
            needed.add(chr(av))
        elif op is sre.SUBPATTERN:
            if not av[1] & re.IGNORECASE:
                needed |= _needed_in(av[-1])
        elif op is sre.ATOMIC_GROUP:
            needed |= _needed_in(av)
        elif op is sre.BRANCH:
            needed |= set.intersection(*(_needed_in(branch) for branch in av[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                needed |= _needed_in(av[2])
        elif op is sre.GROUPREF_EXISTS and av[2] is not None:
            needed |= _needed_in(av[1]) & _needed_in(av[2])
    return needed


class _CannotTell(Exception):
    pass


def _first_items(sequence) -> tuple[set[str], bool]:
    """The class items (as regex text) that the first character of a match of a parsed sequence is in,
    and whether the sequence can match the empty string."""
    from re import _constants as sre

    categories = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
                  sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
    found: set[str] = set()
    for op, av in sequence:
        if op is sre.LITERAL:
            return found | {re.escape(chr(av))}, False
        if op is sre.IN:
            for item, value in av:
                if item is sre.LITERAL:
                    found.add(re.escape(chr(value)))
                elif item is sre.RANGE:
                    found.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif item is sre.CATEGORY and value in categories:
                    found.add(categories[value])
                else:  # a negated class, or another category
                    raise _CannotTell
            return found, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width: the next item gives the character
            continue
        if op is sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # «(?i:…)»: a letter stands for its other case too
                raise _CannotTell
            items, nullable = _first_items(av[-1])
        elif op is sre.ATOMIC_GROUP:
            items, nullable = _first_items(av)
        elif op is sre.BRANCH:
            items, nullable = set(), False
            for branch in av[1]:
                more, empty = _first_items(branch)
                items |= more
                nullable = nullable or empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            items, nullable = _first_items(av[2])
            nullable = nullable or av[0] == 0
        elif op is sre.GROUPREF_EXISTS:
            items, nullable = _first_items(av[1])
            if av[2] is None:
                nullable = True
            else:
                more, empty = _first_items(av[2])
                items, nullable = items | more, nullable or empty
        else:  # any character, a back-reference …
            raise _CannotTell
        found |= items
        if not nullable:
            return found, False
    return found, True


@lru_cache(maxsize=1)
def _name_tables() -> tuple[dict[str, str], dict[str, str]]:
    return lexicon.words("name_heads"), lexicon.words("not_near_weekday")


def find(text: str) -> list[Found]:
    """Every time expression in `text`, in order, with partial values."""
    norm = normalize_with_offsets(text)
    normalized = norm.text
    rules = compiled_rules()
    sentences = sentence_spans(normalized)
    candidates: list[tuple] = []
    found = scan(normalized)
    glued = [0, *found.glued_numbers]  # where an expression may start with no non-word character before it
    last_glued = glued[-1]
    for order, first, stop in rule_windows(found, sentences):
        rule, searching, anchored, needed = rules[order]
        if needed and not _holds(normalized, needed, first, stop):
            continue
        if first <= last_glued:
            for position in glued[bisect_left(glued, first):bisect_left(glued, stop)]:
                if (m := anchored.match(normalized, position, stop)) is not None:
                    _take(m, order, rule, normalized, candidates)
        position = first - 1 if first else 0
        while (m := searching.search(normalized, position, stop)) is not None:
            position = m.end() if _take(m, order, rule, normalized, candidates) else m.start() + 1
    sentence_starts = [lo for lo, _ in sentences]
    chosen = [c for c in _settle_overlaps(candidates) if not _is_generic(normalized, c, sentences, sentence_starts)]
    return _without_untold_feasts(normalized, chosen, _with_context(text, norm, chosen, sentences, sentence_starts,
                                                                     found.cues))


def _holds(text: str, characters: str, first: int, stop: int) -> bool:
    for character in characters:
        if text.find(character, first, stop) < 0:
            return False
    return True


def _take(m: re.Match, order: int, rule: Rule, text: str, candidates: list) -> bool:
    """Keep a match as a candidate unless its production rejects it or it is part of a name."""
    partial = rule.produce(m)
    if partial is None:
        return False
    # the mention: the group `m` when the rule marks one, else the match without its proclitic
    start, end = m.span("m") if rule.has_extent and m.group("m") is not None else (m.end("clitic"), m.end())
    candidate = (start, end, order, rule.name, partial)
    if rule.name in NAME_CHECKED and _is_name(text, candidate):
        return False
    candidates.append(candidate)
    return True


def _settle_overlaps(candidates):
    """Longest first, then by rule order: keep a candidate unless it overlaps one already kept.

    The characters already taken are marked in a bytearray: checking and marking a candidate costs
    its length, so the whole costs the candidates' total length (a sorted list of kept matches with
    insertions in the middle would cost the square of their number on a long text)."""
    if not candidates:
        return []
    taken = bytearray(max(c[1] for c in candidates) + 1)
    kept = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        start, end = cand[0], cand[1]
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(cand)
    kept.sort(key=lambda c: c[0])
    return kept


_NEWLINE = re.compile("\n")


_PROCLITICS = re.compile(r"(?:[وف]?[بل]|[وف])(?=\w{3})")


def _bare_word(word: str, name_heads=None) -> str:
    """The word without its conjunction and preposition: «وبرؤية» → «رؤية» (a name head glued to them)."""
    name_heads = _name_tables()[0] if name_heads is None else name_heads
    if word in name_heads:
        return word
    m = _PROCLITICS.match(word)
    return word[m.end():] if m and word[m.end():] in name_heads else word


def _is_name(text: str, cand) -> bool:
    start, end, _, rule, partial = cand
    name_heads, near_weekday = _name_tables()
    before = word_before(text, start)
    if before.isdigit():  # «حركة 18 شتنبر» seen from the month alone
        before = word_before(text, text.rfind(before, 0, start))
    before = _bare_word(before)
    if rule in NAME_RULES and before in name_heads:
        # «حركة 20 فبراير» is a name, but «هجمات 11 سبتمبر 2001» and «ثورة 1979» still date the happening
        return not (name_heads[before] == "yes" and partial.year is not None
                    and (partial.month is not None or rule == "year"))
    if rule == "weekday" and partial.day_offset is None:
        after = text[end:end + 20].split()
        if near_weekday.get(before) == "before" or (after and near_weekday.get(after[0]) == "after"):
            return True
    return False


GENERIC_RULES = {"feast", "weekday"}
_HABITUAL_REACH = 80


@lru_cache(maxsize=1)
def _habitual() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:[وف]?(?:ل|ب|من\s+)?)(?:" + "|".join(lexicon.words("habitual")) + r")(?!\w)")


def _is_generic(text: str, cand, sentences, sentence_starts) -> bool:
    """A bare feast or weekday in a sentence about what is usual («من عادة …») names no date."""
    start, _, _, rule, partial = cand
    if rule not in GENERIC_RULES or partial.relation or partial.year or partial.day_offset is not None:
        return False
    lo, _ = sentences[bisect_right(sentence_starts, start) - 1]
    # the cue comes first and near: «من عادة بهجاوة إرسال الفطور … إذا صادف زواجها عيد الفطر»
    return _habitual().search(text, max(lo, start - _HABITUAL_REACH), start) is not None


_QUOTE_BEFORE = re.compile(r'["«“]\s?$')  # «مسيرات" يوم القدس"»: a space may slip inside the quotes
_QUOTE_AFTER = re.compile(r'\s?["»”]')
UNDATED_RULES = {"vague", "set_word", "duration", "dual_duration", "one_unit", "fraction_of_unit", "single_duration",
                 "lasting", "record_in_unit", "every", "per_unit"}  # lengths and recurrences date nothing


@lru_cache(maxsize=1)
def _quoted_name_heads() -> frozenset[str]:
    return frozenset(lexicon.words("name_heads")) | frozenset(lexicon.words("quoted_name_heads"))


@lru_cache(maxsize=1)
def _generic_feast_lead() -> frozenset[str]:
    return frozenset(lexicon.words("generic_feast_before"))


def _without_untold_feasts(normalized: str, chosen, found: list[Found]) -> list[Found]:
    """«وتجد النساء … في عيد الفطر مناسبة لتعويض …»، «روسيا تعترف بعيد الفطر كعطلة رسمية»: a bare feast right
    after في or glued to بـ («لعيد الأضحى» is what one gets ready for: kept), in a sentence with no tense cue and no other date, past the article's first sentence, tells
    what the feast is like, not when something happens (the lead and «بحلول عيد الفطر» still date the feast)."""
    dated = {item.sentence for item in found if item.rule != "feast" and item.rule not in UNDATED_RULES}
    leads = _generic_feast_lead()
    kept_found = []
    for (start, end, _, rule, partial), item in zip(chosen, found):
        opening = _QUOTE_BEFORE.search(normalized, max(0, start - 3), start) if rule == "feast" else None
        if (opening is not None and _QUOTE_AFTER.match(normalized, end)
                and _bare_word(word_before(normalized, opening.start()), _quoted_name_heads()) in _quoted_name_heads()):
            continue  # «مسيرة "عيد الفطر"»: a feast in quotes after a name head names the march
        if (rule == "feast" and item.sentence > 0 and item.partial.tense is None and item.sentence not in dated
                and partial.relation is None and partial.year is None and partial.weekday is None and partial.feast_nth == 1
                and (word_before(normalized, start) in leads or normalized[start - 1:start] == "ب")):
            continue
        kept_found.append(item)
    return kept_found


def _with_context(text: str, norm, chosen, sentences, sentence_starts, cues) -> list[Found]:
    if not chosen:  # (most titles): no need of the paragraphs and the cues' index
        return []
    found = []
    newlines = [m.start() for m in _NEWLINE.finditer(norm.text)]
    cue_starts = [cue[0] for cue in cues]
    firm = firm_after(cues)
    for start, end, _, rule, partial in chosen:
        sentence = bisect_right(sentence_starts, start) - 1
        set_off = norm.text[max(0, start - 3):start].rstrip().endswith(("،", ","))
        closed = norm.text[end:end + 3].lstrip().startswith(("،", ","))
        tense, cue_after = nearest_cue(cues, cue_starts, sentences[sentence], start, end, firm, set_off, closed)
        if tense == "FUTURE_TO":  # postponed: only the new date («أرجئ … إلى الخميس») lies ahead
            tense = "FUTURE" if _postponed_to().search(norm.text, max(0, start - 12), start) else None
        if tense == "PAST" and not cue_after and partial.kind == "date" and _PRESENT_VERB_BEFORE.search(
                norm.text, max(0, start - 30), start):
            tense = None  # «… بجائزة السعفة الذهبية التي تمنح في 19 أيار/مايو»: its own verb is not past
        if tense == "PAST" and not cue_after and _AGREED_AHEAD.search(norm.text, max(sentences[sentence][0], start - 60), start):
            tense = "FUTURE"  # «على أن يستأنف الفريق تدريباته الاثنين»: what is arranged to come, a subjunctive
        if (tense == "PAST" and not cue_after and rule == "weekday" and partial.relation is None
                and _far_past_cue(cues, cue_starts, start) and _arranged_after().match(norm.text, end)):
            # «وقد أبلغ الجهاز الفني … لاعبي الفريق منحهم راحة … لمدة يومين الأحد والاثنين على أن يستأنف الفريق
            # تدريباته الثلاثاء المقبل»: days right before an arrangement («على أن» + a present verb), far from any
            # past verb (the report's), are the arrangement's coming days, not the week gone by
            tense = "FUTURE"
        if (tense == "FUTURE" and rule == "weekday" and partial.relation is None and partial.day_offset is None
                and _reported_on().search(norm.text, max(sentences[sentence][0], start - 90), start)):
            tense = "PAST"  # «وسيعمل أكتون مع المنظمة، وفقا لما ذكره مؤسسها، الأربعاء»: the day of the report
        paragraph = bisect_right(newlines, start)
        o_start, o_end = norm.to_original(start, end)
        if tense is not None and partial.tense is None:  # a production may know better («أول أيام العيد»)
            partial = partial.with_(tense=tense, tense_after=cue_after and _fronted(norm.text, sentences[sentence][0], start))
        found.append(Found(o_start, o_end, text[o_start:o_end], partial, rule, sentence, paragraph))
    return found


@lru_cache(maxsize=1)
def _postponed_to() -> re.Pattern:
    """The new date of a postponement, in normalised text: «إلى الخميس», «الى يوم 3», «لشهر مارس», «حتى الأسبوع
    المقبل» (lexicon/postponed_to.tsv)."""
    links = word_alternation(row["word"] for row in lexicon.table("postponed_to") if row["role"] == "link")
    nouns = word_alternation(row["word"] for row in lexicon.table("postponed_to") if row["role"] == "noun")
    return re.compile(rf"(?:(?<!\w)(?:{links})\s+(?:(?:{nouns})\s+)?|(?<!\w)ل(?:يوم\s+)?)$")


# a present verb right before the date (past في/يوم): the date's own clause is not told in the past, whatever
# verb came earlier in the sentence (تـ also opens past verbs of forms V and VI: تم، توفي، تعرض، تمكن، تلقى، تولى)
_PRESENT_VERB_BEFORE = re.compile(r"(?<!\w)(?:التي|الذي|التي\s+س?|الذين)\s+(?:ي\w{2,}|ت(?!م(?!\w)|وفي|عرض|مكن|لقي|ولي)\w{2,})"
                                  r"\s+(?:في\s+|يوم\s+|خلال\s+)?$")


# «على أن» and a present (subjunctive) verb in the date's clause: an arrangement for what comes
_AGREED_AHEAD = re.compile(r"(?<!\w)علي\s+ان\s+(?:ي|ت)\w{2,}[^.!?؟\n،,]*$")


# a past cue this far before a weekday (characters) is a report's verb, not the verb the weekday goes with: the
# verb governing a time adjunct stands near it («حثت السلطات الأسترالية الناس الاثنين على أن يظلوا …»: 30)
FAR_PAST_CUE = 60


def _far_past_cue(cues, cue_starts: list[int], start: int) -> bool:
    before = bisect_left(cue_starts, start) - 1
    return before >= 0 and start - cues[before][1] > FAR_PAST_CUE


@lru_cache(maxsize=1)
def _arranged_after() -> re.Pattern:
    """Right after a weekday (and the weekdays listed with it): «على أن» and a present verb."""
    return re.compile(expand(r"(?:\s*و\s*(?:يوم\s+)?{WD})*\s*[،,]?\s*على\s+أن\s+[يت]\w{{2,}}"))


@lru_cache(maxsize=1)
def _reported_on() -> re.Pattern:
    """An attribution just before a bare weekday makes it the day the words were reported, whatever the reported
    clause's tense: «حسب ما نقله موقع الأمم المتحدة، الأربعاء»، «بحسب رسالة اطلعت عليها الوكالة الاثنين»
    (lexicon/report_frames.tsv)."""
    frames = lexicon.table("report_frames")
    opening = word_alternation(row["word"] for row in frames if row["role"] == "attribution")
    verbs = word_alternation(row["word"] for row in frames if row["role"] == "verb")
    return re.compile(rf"(?<!\w)(?:{opening})(?:ما\s+)?[^.!?؟\n]*?"
                      rf"(?<!\w)(?:{verbs})\w*(?:[^.!?؟\n،,]*[،,]){{0,2}}[^.!?؟\n،,]*$")


# what may stand between a clause's start and a time adjunct put in front of its verb: «وفي أبريل، أبلغ …»
_FRONTING = re.compile(r"[وف]?(?:في|خلال|منذ|بحلول)?")
_CLAUSE_START = re.compile(r"[،,:\n]")


def _fronted(text: str, sentence_start: int, start: int) -> bool:
    """Does the expression open its clause (nothing before it but a conjunction and a preposition)?"""
    marks = [m.end() for m in _CLAUSE_START.finditer(text, sentence_start, start)]
    lead = text[marks[-1] if marks else sentence_start:start].strip().strip('"«')
    return _FRONTING.fullmatch(lead.replace(" ", "")) is not None
