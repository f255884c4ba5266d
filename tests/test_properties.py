"""Property-based tests (hypothesis) over the engine, the readers and the build (issue 8).

Inputs: random Unicode, Arabic time phrases composed from the lexicon tables (months, weekdays,
relations, numbers, units, parts, feasts, seasons, day parts …) inside random Arabic or other
context, publication dates and UTC offsets up to the edges of the calendar, and JSONL/.txt inputs of
random shapes. Properties:

- no exception escapes extract, read_articles, build_events, the renderers or build (build may
  refuse with BuildError when nothing was readable: a clean one-line error);
- every mention's offsets slice its text (title or body) to the mention's text, spans are ordered;
- the feed parses with icalendar and every VEVENT has a DTSTART; events.json is valid JSON;
- the same articles in another order (lines and files shuffled) give byte-identical outputs.

The phrase generators take a `Pick` (two methods: `one(seq)` and `int(lo, hi)`), so the same code
drives hypothesis here (`DrawPick`, which shrinks well) and the long fuzz of scripts/fuzz.py
(`RandomPick`, fast).
"""
from __future__ import annotations

import json
import random
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "timeline-hypothesis")  # keep .hypothesis/ out of the tree
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline import build_events, extract, extract_article, read_articles, render_ics  # noqa: E402
from timeline.model import MENTION_TYPES, Article  # noqa: E402
from timeline.render.dates import DateLabels  # noqa: E402
from timeline.render.json import render_events_json  # noqa: E402
from timeline.site import OUTPUTS, BuildError, build  # noqa: E402
from timeline.sources import YEARS  # noqa: E402
from timeline.terms import LEXICON, read_table  # noqa: E402


# Lexicon -----------------------------------------------------------------------------------------

def _words(name: str) -> list[str]:
    return sorted({row["word"] for row in read_table(LEXICON / name) if row.get("word")})


MONTHS = _words("months.tsv")
MONTHS_BY_SYSTEM: dict[str, list[str]] = {}
for _row in read_table(LEXICON / "months.tsv"):
    MONTHS_BY_SYSTEM.setdefault(_row["system"], []).append(_row["word"])
WEEKDAYS = _words("weekdays.tsv")
RELATIONS = _words("relations.tsv")
NUMBERS = _words("numbers.tsv")
UNITS = _words("units.tsv")
PARTS = _words("parts.tsv")
FEASTS = _words("feasts.tsv")
SEASONS = _words("seasons.tsv")
DAY_PARTS = _words("day_parts.tsv")
ORDINALS = _words("ordinals.tsv")
RELATIVE_DAYS = _words("relative_days.tsv")
DECADES = _words("decades.tsv")
CENTURIES = _words("centuries.tsv")
SETS = _words("sets.tsv")
VAGUE = _words("vague.tsv")
CLOCK_JOINS = _words("clock_ranges.tsv")
TENSE = _words("tense.tsv")
TRIGGERS = _words("event_triggers.tsv")
PLACES = _words("places.tsv")
NAME_HEADS = _words("name_heads.tsv")
HABITUAL = _words("habitual.tsv")
QUANTITY = _words("quantity_words.tsv")

FILLER = ("قال أعلن أكد الوزير الرئيس الحكومة المجلس الوفد الشركة البرلمان اللجنة في على من إلى عن مع بعد قبل "
          "خلال حول أن إن الذي التي هذا هذه كما وقد وكان حيث بين منذ حتى عام سنة يوم الساعة شهر الأسبوع "
          "العام الموافق هـ م ميلادي و ف ب ل").split()
PUNCT = [" ", " ", " ", " ", "، ", ". ", "؛ ", "\n", "\n\n", " - ", " (", ") ", "/", ": ", "«", "» ", "\u200f",
         "\u0640", "\u064e", "\t", "\r\n", "\u2028", "..."]
OTHER = ["Monday", "March 9, 2022", "2022-03-09", "10:30", "am", "ص", "م", "x", "×", "%", "$", "🙂", "\u202e",
         "\ufeff", "\x00", "\u0085", "∞", "١٢٣", "۱۲۳", "日本", "שלום", "Ⅻ", "½"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


# Generators, driven by a Pick ----------------------------------------------------------------------

class RandomPick:
    """Choices from random.Random: the fast driver of scripts/fuzz.py."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def one(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def int(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)


class DrawPick:
    """Choices from a hypothesis `draw`: the test driver (shrinks to small, early choices)."""

    def __init__(self, draw):
        self.draw = draw

    def one(self, seq):
        return self.draw(st.sampled_from(seq))

    def int(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))


def number(p, lo: int, hi: int) -> str:
    value = str(p.int(lo, hi))
    style = p.int(0, 9)
    if style < 2:
        return value.translate(ARABIC_INDIC)
    if style == 2:
        return value.translate(PERSIAN)
    if style == 3:
        return value.zfill(2)
    return value


def year(p) -> str:
    kind = p.int(0, 9)
    if kind < 6:
        return number(p, 1990, 2030)
    if kind < 8:
        return number(p, 1300, 1500)  # Hijri range
    return number(p, 0, 99999)  # anything, including the calendar's edges and beyond


def day(p) -> str:
    return p.one(ORDINALS) if p.int(0, 5) == 0 else number(p, 0, 40)


def clock(p) -> str:
    hour, minute = number(p, 0, 25), number(p, 0, 61)
    shape = p.int(0, 3)
    if shape == 0:
        return f"الساعة {hour}:{minute} {p.one(DAY_PARTS)}"
    if shape == 1:
        return f"{hour}:{minute}"
    if shape == 2:
        return f"الساعة {p.one(ORDINALS)} {p.one(DAY_PARTS)}"
    return f"من الساعة {hour} {p.one(CLOCK_JOINS) if CLOCK_JOINS else 'إلى'} الساعة {number(p, 0, 24)} {p.one(DAY_PARTS)}"


def _dual(p) -> str:
    levant = MONTHS_BY_SYSTEM.get("levant") or MONTHS
    egypt = MONTHS_BY_SYSTEM.get("egypt") or MONTHS
    a, b = p.one(levant), p.one(egypt)
    return p.one([f"{a}/{b}", f"{a} ({b})", f"{b} {a}", f"{a} / {b}"])


PHRASES = [
    lambda p: f"{day(p)} {p.one(MONTHS)} {year(p)}",
    lambda p: f"{day(p)} {p.one(MONTHS)}",
    lambda p: f"{day(p)} {_dual(p)} {year(p)}",
    lambda p: f"{p.one(MONTHS)} {year(p)}",
    lambda p: f"في {p.one(MONTHS)} {p.one(RELATIONS)}",
    lambda p: f"{day(p)} {p.one(MONTHS)} {p.one(RELATIONS)}",
    lambda p: f"{p.one(PARTS)} {p.one(MONTHS)} {p.one(RELATIONS)}",
    lambda p: f"{p.one(PARTS)} {p.one(MONTHS)} {year(p)}",
    lambda p: f"يوم {p.one(WEEKDAYS)} {p.one(RELATIONS)}",
    lambda p: f"{p.one(WEEKDAYS)} {p.one(RELATIONS)}",
    lambda p: f"{p.one(WEEKDAYS)} {day(p)} {p.one(MONTHS)} {year(p)}",
    lambda p: f"قبل {p.one(NUMBERS)} {p.one(UNITS)}",
    lambda p: f"بعد {number(p, 0, 10000)} {p.one(UNITS)}",
    lambda p: f"منذ {p.one(NUMBERS)} {p.one(UNITS)}",
    lambda p: f"{p.one(UNITS)} {p.one(RELATIONS)}",
    lambda p: f"ال{p.one(UNITS)} {p.one(RELATIONS)}",
    lambda p: p.one(RELATIVE_DAYS),
    lambda p: f"{p.one(RELATIVE_DAYS)} {p.one(DAY_PARTS)}",
    lambda p: clock(p),
    lambda p: f"{clock(p)} يوم {p.one(WEEKDAYS)} {day(p)} {p.one(MONTHS)} {year(p)}",
    lambda p: f"{p.one(FEASTS)} {p.one(RELATIONS)}",
    lambda p: f"{p.one(FEASTS)} {year(p)}",
    lambda p: f"عام {year(p)}",
    lambda p: f"العام {year(p)} {p.one(['هـ', 'ه', 'م', 'ميلادي', 'هجري', 'قبل الميلاد', 'ق.م', ''])}",
    lambda p: f"{year(p)}/{year(p)}هـ",
    lambda p: f"عام ({year(p)}) الموافق ({year(p)}م)",
    lambda p: f"بين {year(p)} و{year(p)}",
    lambda p: f"أعوام {year(p)} و{year(p)} و{year(p)}",
    lambda p: f"من {day(p)} إلى {day(p)} {p.one(MONTHS)} {year(p)}",
    lambda p: f"{day(p)} {p.one(MONTHS)} حتى {day(p)} {p.one(MONTHS)}",
    lambda p: f"{p.one(SEASONS)} {p.one([year(p), p.one(RELATIONS)])}",
    lambda p: f"{p.one(DECADES)} القرن {p.one(ORDINALS)}",
    lambda p: p.one(CENTURIES),
    lambda p: p.one(SETS + VAGUE),
    lambda p: f"{p.one(NAME_HEADS)} {day(p)} {p.one(MONTHS)}",
    lambda p: f"{p.one(HABITUAL)} {p.one(FEASTS)}",
    lambda p: f"{number(p, 1000, 2100)} {p.one(QUANTITY)}",
    lambda p: f"{number(p, 0, 99)}/{number(p, 0, 99)}/{number(p, 0, 99999)}",
    lambda p: f"{number(p, 0, 99999)}",
]


SPACES = [" ", " ", " ", " ", "  ", "\n", "\t", "\u00a0", "\r\n", "\u2028"]


def phrase(p) -> str:
    """A phrase; now and then its spaces are other whitespace (lexicon entries of two words, too)."""
    text = p.one(PHRASES)(p)
    if p.int(0, 4) == 0:
        text = "".join(p.one(SPACES) if c == " " else c for c in text)
    return text


def context_word(p) -> str:
    kind = p.int(0, 19)
    if kind < 9:
        return p.one(FILLER)
    if kind < 11:
        return p.one(TRIGGERS)
    if kind < 13:
        return p.one(PLACES)
    if kind < 16:
        return p.one(TENSE)
    if kind < 18:
        return p.one(MONTHS + WEEKDAYS + RELATIONS + UNITS + PARTS)  # stray lexicon words out of pattern
    return p.one(OTHER)


def article_text(p, phrases: tuple[int, int] = (0, 6), words: int = 12) -> str:
    """Mostly Arabic time phrases in random Arabic or other context."""
    out = []
    for _ in range(p.int(*phrases)):
        for _ in range(p.int(0, words)):
            out.append(context_word(p))
            out.append(p.one(PUNCT))
        out.append(phrase(p))
        out.append(p.one(PUNCT))
    for _ in range(p.int(0, 4)):
        out.append(context_word(p))
        out.append(p.one(PUNCT))
    return "".join(out)


EDGE_DATES = [date.min, date.max, date(1, 1, 2), date(9999, 12, 30), date(YEARS[0], 1, 1), date(YEARS[1], 12, 31),
              date(2000, 2, 29), date(2024, 12, 31), date(2023, 1, 1)]


def published(p, edges: bool = True):
    """A publication date or an offset date-time, now and then at the calendar's edges."""
    kind = p.int(0, 9)
    if edges and kind == 0:
        day_ = p.one(EDGE_DATES)
    elif kind < 3:
        day_ = date.fromordinal(p.int(date(1000, 1, 1).toordinal(), date(2200, 12, 31).toordinal()))
    else:
        day_ = date.fromordinal(p.int(date(1990, 1, 1).toordinal(), date(2030, 12, 31).toordinal()))
    shape = p.int(0, 3)
    if shape == 0:
        return day_
    hour, minute = p.int(0, 23), p.int(0, 59)
    if shape == 1:
        return datetime(day_.year, day_.month, day_.day, hour, minute)
    offset = timedelta(minutes=p.one([0, 60, -300, 330, 840, -720, 1439, -1439, p.int(-1439, 1439)]))
    return datetime(day_.year, day_.month, day_.day, hour, minute, tzinfo=timezone(offset))


# Hypothesis strategies ---------------------------------------------------------------------------

@st.composite
def arabic_texts(draw, phrases=(0, 6)):
    return article_text(DrawPick(draw), phrases)


@st.composite
def publication(draw, edges=True):
    return published(DrawPick(draw), edges)


any_text = st.one_of(
    st.text(max_size=200),  # random Unicode, surrogates included
    st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=200),
    arabic_texts(),
)


# Checks shared with scripts/fuzz.py --------------------------------------------------------------

# Every span is ordered. (Reversed ranges such as «9 مارس حتى
# 1 مارس» and a year written once at a range's end, found by this file, are fixed; see
# test_ranges_found_reversed_are_ordered.)
KNOWN_REVERSED: set[str] = set()


def check_mentions(text: str, title: str, mentions, known: set[str] = KNOWN_REVERSED) -> None:
    for m in mentions:
        source = title if m.field == "title" else text
        assert source[m.start:m.end] == m.text, (m, source[m.start:m.end])
        assert 0 <= m.start < m.end <= len(source), m
        assert m.type in MENTION_TYPES, m
        if m.span is not None and m.rule not in known:
            assert m.span[0] <= m.span[1], m


def check_feed(feed: bytes, events, known: set[str] = KNOWN_REVERSED) -> None:
    calendar = icalendar.Calendar.from_ical(feed)
    vevents = calendar.walk("VEVENT")
    for vevent in vevents:
        assert vevent.get("DTSTART") is not None, vevent.to_ical()
    for event in events:
        if not {m.rule for m in event.mentions} <= known:
            assert event.span[0] <= event.span[1], event


def check_events_json(text: str) -> None:
    record = json.loads(text)
    assert isinstance(record, (dict, list))


# No example database (nothing written into the working tree); the long search is scripts/fuzz.py.
FAST = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("text", ["9 مارس حتى 1 مارس", "التاسع آب حتى الأول آب", "30 ديسمبر حتى 4 يناير 2023",
                                  "11 فبراير 2024 من 2 إلى 4 أبريل", "يوم 6 اغسطس 2027، 9 أوت حتى 8 دسيمبر"])
def test_ranges_found_reversed_are_ordered(text):
    check_mentions(text, "", extract(text, date(2022, 3, 9)), known=set())


# Engine ------------------------------------------------------------------------------------------

@FAST
@given(text=any_text, title=st.one_of(st.just(""), any_text), when=publication())
def test_extract_offsets_and_spans(text, title, when):
    mentions = extract(text, when, title)
    check_mentions(text, title, mentions)


@FAST
@given(text=arabic_texts(phrases=(1, 8)), when=publication())
def test_extract_article_on_time_phrases(text, when):
    article = Article(id="a", text=text, published=when, title=text[:40])
    mentions = extract_article(article)
    check_mentions(article.text, article.title, mentions)


@FAST
@given(data=st.data(), when=publication())
def test_each_phrase_alone_and_glued(data, when):
    """A phrase alone, glued to words, with prefixes, with Arabic-Indic digits: offsets still hold."""
    p = DrawPick(data.draw)
    glue = data.draw(st.sampled_from(["", "و", "ب", "ل", "في", "x", "\u0640", "\u064b"]))
    text = glue + phrase(p) + data.draw(st.sampled_from(["", ".", "،", "هـ", "م", "\u064e", "x"]))
    check_mentions(text, "", extract(text, when))


@pytest.mark.parametrize("text", ["بعد  المقبل", "العام بعد\nالقادم", "من\tالمقرر أن يعقد الاجتماع غدا"])
def test_two_word_lexicon_entries_across_any_whitespace(text):
    """Found by the fuzz: the scan's pattern joins a two-word entry with \\s+, its table had one space."""
    check_mentions(text, "", extract(text, date(2022, 3, 9)))


# Events and feed ---------------------------------------------------------------------------------

@st.composite
def articles(draw, count=(1, 6)):
    p = DrawPick(draw)
    out = []
    for number_ in range(draw(st.integers(*count))):
        text = article_text(p, (1, 5))
        out.append(Article(
            id=draw(st.sampled_from([f"a{number_}", "same", "x" * 3, "\u0645\u0642\u0627\u0644"])),
            text=text,
            published=published(p, edges=False),
            title=draw(st.sampled_from(["", text[:30], "قمة"])),
            url=draw(st.sampled_from([None, "https://example.org/ا", "javascript:alert(1)", "x y"])),
        ))
    return out


@SLOW
@given(batch=articles(), tz=st.sampled_from([timezone.utc, timezone(timedelta(hours=14)),
                                              timezone(timedelta(hours=-12))]),
       max_span=st.integers(0, 400))
def test_events_feed_and_json(batch, tz, max_span):
    items = [(a, extract_article(a)) for a in batch]
    events = build_events(items)
    feed = render_ics(events, DateLabels("egypt"), tz=tz, max_span=max_span)
    check_feed(feed, [e for e in events if e.days <= max_span])
    check_events_json(render_events_json(events))


@SLOW
@given(batch=articles(count=(2, 5)), seed=st.integers(0, 2**32))
def test_build_events_order_free(batch, seed):
    items = [(a, extract_article(a)) for a in batch]
    shuffled = items[:]
    random.Random(seed).shuffle(shuffled)
    labels = DateLabels("egypt")
    first, second = build_events(items), build_events(shuffled)
    assert render_ics(first, labels) == render_ics(second, labels)
    assert render_events_json(first) == render_events_json(second)


# Readers -----------------------------------------------------------------------------------------

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True),
                         st.text(max_size=20))
json_values = st.recursive(json_scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                                 st.dictionaries(st.text(max_size=5), inner,
                                                                                 max_size=3)),
                           max_leaves=8)


@st.composite
def published_values(draw):
    p = DrawPick(draw)
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return draw(json_values)
    if kind == 1:
        return draw(st.sampled_from(["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "0001-01-01",
                                     "9999-12-31", "2022-03-09T10:00:00Z", "2022-02-30", "", " ", "2022-03-09T25:00",
                                     "2022-03-09T10:00:00+24:00", "١٢-٠٣-٢٠٢٢", "2022-03-09T10:00:00+23:59"]))
    return published(p).isoformat()


@st.composite
def records(draw):
    """A JSONL line: mostly an article object with fields of random types, sometimes anything."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.text(max_size=40))  # not JSON, or JSON of any shape
    if kind == 1:
        return json.dumps(draw(json_values))
    record = {}
    fields = {
        "id": st.one_of(st.text(max_size=10), st.integers(), st.none(), st.lists(st.integers(), max_size=2),
                        st.booleans()),
        "published": published_values(),
        "title": st.one_of(st.text(max_size=20), json_values),
        "text": st.one_of(arabic_texts(), st.text(max_size=60), json_values),
        "url": st.one_of(st.none(), st.text(max_size=20), st.just("https://example.org/خبر")),
        "country": st.one_of(st.none(), st.sampled_from(["MA", "ma", "XX", "M", ""]), json_values),
        "timezone": st.one_of(st.none(), st.sampled_from(["Africa/Casablanca", "Nowhere/X", "", "UTC", "../etc"]),
                              json_values),
    }
    for name, strategy in fields.items():
        if draw(st.integers(0, 9)) < 8:
            record[name] = draw(strategy)
    return json.dumps(record, ensure_ascii=draw(st.booleans()))


@st.composite
def jsonl_bytes(draw):
    lines = draw(st.lists(records(), max_size=8))
    separator = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    body = separator.join(lines).encode("utf-8", "surrogatepass")
    prefix = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe"]))
    suffix = draw(st.sampled_from([b"", b"\n", b"\x00", b"\xc3"]))
    return prefix + body + suffix


def check_batch(batch) -> None:
    for article in batch.articles:
        assert isinstance(article.id, str) and article.id
        assert isinstance(article.text, str) and article.text.strip()
        assert isinstance(article.title, str)
        assert article.url is None or isinstance(article.url, str)
        assert YEARS[0] <= article.published.year <= YEARS[1]
        article.text.encode("utf-8")
        article.id.encode("utf-8")
    for problem in batch.problems:
        assert isinstance(problem, str)
    assert len({a.id for a in batch.articles}) == len(batch.articles)


@SLOW
@given(files=st.lists(jsonl_bytes(), min_size=1, max_size=3), fallback=st.one_of(st.none(), publication()))
def test_read_jsonl_any_shape(tmp_path_factory, files, fallback):
    folder = tmp_path_factory.mktemp("jsonl")
    for i, content in enumerate(files):
        (folder / f"news{i}.jsonl").write_bytes(content)
    batch = read_articles([folder], published=fallback)
    check_batch(batch)
    for article in batch.articles:
        check_mentions(article.text, article.title, extract_article(article))


@SLOW
@given(text=st.one_of(arabic_texts(), st.text(max_size=100)),
       meta=st.one_of(st.none(), json_values, st.fixed_dictionaries({}, optional={
           "id": st.one_of(st.text(max_size=8), st.integers(), st.lists(st.integers(), max_size=1)),
           "published": published_values(), "title": json_values, "url": json_values})),
       raw_meta=st.one_of(st.none(), st.binary(max_size=20)),
       bom=st.booleans(), fallback=st.one_of(st.none(), publication()))
def test_read_txt_any_meta(tmp_path_factory, text, meta, raw_meta, bom, fallback):
    folder = tmp_path_factory.mktemp("txt")
    (folder / "story.txt").write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", "surrogatepass"))
    if raw_meta is not None:
        (folder / "story.meta.json").write_bytes(raw_meta)
    elif meta is not None:
        (folder / "story.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    batch = read_articles([folder / "story.txt"], published=fallback)
    check_batch(batch)
    assert len(batch.articles) + len(batch.problems) >= 1


# Build: whole pipeline, order-free ---------------------------------------------------------------

@st.composite
def good_records(draw):
    p = DrawPick(draw)
    out = []
    for number_ in range(draw(st.integers(1, 6))):
        text = article_text(p, (1, 5))
        record = {"id": draw(st.sampled_from([f"n{number_}", "dup", "ق"])), "published": published(p).isoformat(),
                  "title": draw(st.sampled_from(["", "قمة", text[:25]])), "text": text}
        if draw(st.booleans()):
            record["url"] = draw(st.sampled_from(["https://example.org/خبر", "http://x.test/a b", "ftp://x"]))
        if draw(st.integers(0, 4)) == 0:
            record["country"] = draw(st.sampled_from(["MA", "EG", "DZ"]))
        out.append(json.dumps(record, ensure_ascii=False))
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(["{bad", "[]", '{"text": 5}', json.dumps({"id": [1], "text": "عام 2020"})])))
    return out


def _build(lines: list[str], split: int, folder: Path):
    folder.mkdir()
    (folder / "in").mkdir()
    (folder / "in" / "a.jsonl").write_text("\n".join(lines[:split]) + "\n", encoding="utf-8")
    (folder / "in" / "b.jsonl").write_text("\n".join(lines[split:]) + "\n", encoding="utf-8")
    try:
        build([folder / "in"], folder / "site")
    except BuildError:
        return None
    return {name: (folder / "site" / name).read_bytes() for name in OUTPUTS}


@SLOW
@given(lines=good_records(), seed=st.integers(0, 2**32))
def test_build_outputs_parse_and_are_order_free(tmp_path_factory, lines, seed):
    folder = tmp_path_factory.mktemp("build")
    rng = random.Random(seed)
    shuffled = lines[:]
    rng.shuffle(shuffled)
    first = _build(lines, len(lines) // 2, folder / "one")
    second = _build(shuffled, rng.randint(0, len(lines)), folder / "two")
    assert (first is None) == (second is None)
    if first is None:
        return
    check_feed(first["calendar.ics"], [])
    check_events_json(first["events.json"].decode("utf-8"))
    json.loads(first["timelinejs.json"])
    for name in OUTPUTS:
        assert first[name] == second[name], name
