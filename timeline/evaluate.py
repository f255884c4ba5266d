"""The scorer behind `timeline evaluate`, as docs/resolution.md (section 9) defines it.

Gold and predicted mentions are paired one to one per article by overlap of
their offsets, the largest overlaps first. Four figures come out of that
pairing: extract (relaxed and strict), value and calendar. Scoring is pure;
only `format_report` turns a report into text.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from timeline.model import Article, Mention
from timeline.sources import parse_published

# Types whose value is judged by the calendar span; the others by the value string.
SPAN_VALUED_TYPES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class Counts:
    """One figure: how many predictions were right, out of how many on each side."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.correct + other.correct,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )


@dataclass(frozen=True)
class Missed:
    article_id: str
    gold: Mention


@dataclass(frozen=True)
class Spurious:
    article_id: str
    predicted: Mention


@dataclass(frozen=True)
class WrongValue:
    article_id: str
    gold: Mention
    predicted: Mention


@dataclass(frozen=True)
class Report:
    extract_relaxed: Counts = Counts()
    extract_strict: Counts = Counts()
    value: Counts = Counts()
    calendar: Counts = Counts()
    articles: int = 0
    ignored_title: int = 0  # predicted headline mentions: titles are not annotated
    ignored_vague: int = 0  # predicted PRESENT_REF/PAST_REF/FUTURE_REF without a span
    missed: list[Missed] = field(default_factory=list)
    spurious: list[Spurious] = field(default_factory=list)
    wrong_values: list[WrongValue] = field(default_factory=list)

    def __add__(self, other: Report) -> Report:
        """Sum per-article reports: counts add up, error lists concatenate."""
        return Report(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})


# --- scoring ---------------------------------------------------------------


def overlap(a: Mention, b: Mention) -> int:
    """Number of characters two mentions share (0 when they do not touch)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def pair(gold: Sequence[Mention], predicted: Sequence[Mention]) -> list[tuple[int, int]]:
    """Pair gold and predicted mentions one to one, largest overlap first.

    Returns (gold index, predicted index) pairs. Ties are broken by position
    (gold start, predicted start, then indices) so the result never depends on
    the order the extractor happened to emit its mentions in.
    """
    candidates = [
        (-size, g.start, p.start, g.end, p.end, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if (size := overlap(g, p)) > 0
    ]
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gi, pi))
    return pairs


def same_value(gold: Mention, predicted: Mention) -> bool:
    """The gold mention's type decides what "the same value" means."""
    if gold.type in SPAN_VALUED_TYPES:
        return predicted.span == gold.span
    return predicted.value == gold.value


def is_scored(mention: Mention) -> bool:
    """Predictions the scorer looks at: body mentions that are not vague."""
    return mention.field != "title" and not mention.is_vague


def _score_article(article_id: str, gold: Iterable[Mention], predicted: Iterable[Mention]) -> Report:
    predicted = list(predicted)
    gold = _by_position(gold)
    scored = _by_position(m for m in predicted if is_scored(m))

    pairs = pair(gold, scored)
    strict = sum(1 for gi, pi in pairs if (gold[gi].start, gold[gi].end) == (scored[pi].start, scored[pi].end))
    wrong = [WrongValue(article_id, gold[gi], scored[pi]) for gi, pi in pairs if not same_value(gold[gi], scored[pi])]
    paired_gold = {gi for gi, _ in pairs}
    paired_predicted = {pi for _, pi in pairs}

    # Calendar pairs afresh: a spanless prediction must not use up a gold
    # mention that a dated prediction overlapping it could have matched.
    gold_dated = [m for m in gold if m.span is not None]
    scored_dated = [m for m in scored if m.span is not None]
    calendar_pairs = pair(gold_dated, scored_dated)
    calendar_right = sum(1 for gi, pi in calendar_pairs if gold_dated[gi].span == scored_dated[pi].span)

    def counts(correct: int) -> Counts:
        return Counts(correct, len(scored), len(gold))

    return Report(
        extract_relaxed=counts(len(pairs)),
        extract_strict=counts(strict),
        value=counts(len(pairs) - len(wrong)),
        calendar=Counts(calendar_right, len(scored_dated), len(gold_dated)),
        articles=1,
        ignored_title=sum(1 for m in predicted if m.field == "title"),
        ignored_vague=sum(1 for m in predicted if m.field != "title" and m.is_vague),
        missed=[Missed(article_id, m) for i, m in enumerate(gold) if i not in paired_gold],
        spurious=[Spurious(article_id, m) for i, m in enumerate(scored) if i not in paired_predicted],
        wrong_values=wrong,
    )


def _by_position(mentions: Iterable[Mention]) -> list[Mention]:
    # Sorting first makes pairing ties and error listings independent of emission order.
    return sorted(mentions, key=lambda m: (m.start, m.end, m.type, m.value, m.span or ()))


def score(gold: dict[str, list[Mention]], predicted: dict[str, list[Mention]]) -> Report:
    """Score predictions against gold, both keyed by article id.

    An article on one side only counts fully against the other: its gold
    mentions are all missed, or its predictions all spurious.
    """
    report = Report()
    for article_id in sorted(gold.keys() | predicted.keys()):
        report += _score_article(article_id, gold.get(article_id, []), predicted.get(article_id, []))
    return report


# --- files -------------------------------------------------------------------


def _jsonl(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, record) for each non-blank line; bad JSON names file:line."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not valid JSON ({error.msg})") from None


def load_gold(path: str | Path) -> dict[str, list[Mention]]:
    gold: dict[str, list[Mention]] = {}
    for number, record in _jsonl(path):
        try:
            article_id = record["id"]
            # Gold records carry no grain/approximate; from_record defaults them.
            mentions = [Mention.from_record(m) for m in record.get("mentions", [])]
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}:{number}: bad gold record ({error!r})") from None
        if article_id in gold:
            raise ValueError(f"{path}:{number}: article {article_id!r} appears twice")
        gold[article_id] = mentions
    return gold


def load_articles(path: str | Path) -> list[Article]:
    articles = []
    for number, record in _jsonl(path):
        try:
            articles.append(
                Article(
                    id=record["id"],
                    text=record["text"],
                    published=parse_published(record.get("published")),
                    title=record.get("title") or "",
                    url=record.get("url"),
                    origin=f"{path}:{number}",
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}:{number}: bad article record ({error!r})") from None
    return articles


def evaluate_files(
    gold_path: str | Path,
    articles_path: str | Path,
    extract: Callable[[Article], list[Mention]] | None = None,
) -> Report:
    """Run `extract` (by default the engine) on every article and score it against gold."""
    if extract is None:
        # Imported here so the scorer loads without the engine (and without a
        # circular import should the package ever re-export the scorer).
        import timeline

        extract = timeline.extract_article

    gold = load_gold(gold_path)
    articles = load_articles(articles_path)
    article_ids = {article.id for article in articles}
    # Gold for an article we cannot run is a mismatched pair of files, not a miss.
    unknown = sorted(gold.keys() - article_ids)
    if unknown:
        raise ValueError(f"{gold_path}: {len(unknown)} gold article(s) not in {articles_path}: {', '.join(unknown[:5])}")
    predicted = {article.id: list(extract(article)) for article in articles}
    return score(gold, predicted)


# --- text --------------------------------------------------------------------


def _describe(mention: Mention) -> str:
    if mention.span is None:
        span = "no span"
    elif mention.span[0] == mention.span[1]:
        span = mention.span[0].isoformat()
    else:
        span = f"{mention.span[0]}..{mention.span[1]}"
    return f"«{mention.text}» {mention.start}-{mention.end} {mention.type} {mention.value} [{span}]"


def format_errors(report: Report) -> list[str]:
    """Misses, spurious predictions and wrong values, grouped by article."""
    by_article: dict[str, list[tuple[int, str]]] = {}
    for m in report.missed:
        by_article.setdefault(m.article_id, []).append((m.gold.start, f"  missed    {_describe(m.gold)}"))
    for s in report.spurious:
        by_article.setdefault(s.article_id, []).append((s.predicted.start, f"  spurious  {_describe(s.predicted)}"))
    for w in report.wrong_values:
        line = f"  wrong     gold {_describe(w.gold)}\n            got  {_describe(w.predicted)}"
        by_article.setdefault(w.article_id, []).append((w.gold.start, line))
    lines = []
    for article_id in sorted(by_article):
        lines.append(article_id)
        lines += [text for _, text in sorted(by_article[article_id], key=lambda item: item[0])]
    return lines


def format_report(report: Report, errors: bool = False) -> str:
    """A compact table; its last line always gives value F1 and calendar F1."""
    lines = (format_errors(report) + [""]) if errors else []
    lines.append(
        f"{report.articles} articles; ignored predictions: {report.ignored_title} title, {report.ignored_vague} vague; "
        f"{len(report.missed)} missed, {len(report.spurious)} spurious, {len(report.wrong_values)} wrong values"
    )
    lines.append(f"{'figure':<16} {'P':>6} {'R':>6} {'F1':>6} {'correct':>8} {'pred':>6} {'gold':>6}")
    rows = [
        ("extract-relaxed", report.extract_relaxed),
        ("extract-strict", report.extract_strict),
        ("value", report.value),
        ("calendar", report.calendar),
    ]
    for name, c in rows:
        lines.append(
            f"{name:<16} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} {c.correct:>8} {c.predicted:>6} {c.gold:>6}"
        )
    lines.append(f"value F1 {report.value.f1:.3f}   calendar F1 {report.calendar.f1:.3f}")
    return "\n".join(lines)
