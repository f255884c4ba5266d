"""Issue 8 (linear cost): the pieces that keep `build` linear in time and lean in memory.

No timing here (benchmarks/bench_scale.py measures); these check that the shortcuts change nothing.
"""
from __future__ import annotations

import random
from datetime import date

from timeline.events import EventBuilder
from timeline.events import merge
from timeline.events.draft_words import EMPTY, frozen_set, squashed_offsets
from timeline.events.sentences import squash
from timeline.model import Article

from timeline_fixtures import mention


def _draft(i: int, rng: random.Random) -> merge.Draft:
    words = ["عقد", "الوزير", "اجتماعا", "في", "الرباط", "مع", "الوفد", "حول", "المشروع"]
    sentence = rng.randrange(4)
    shingle_words = rng.sample(words, 5)
    return merge.Draft(
        source=type("S", (), {"id": f"a{rng.randrange(3)}"})(),
        mentions=[],
        span=(date(2022, 3, 9 + rng.randrange(2)), date(2022, 3, 9 + rng.randrange(2))),
        grain=rng.choice(["day", "day", "time", "month"]),
        time=rng.choice([None, None, "10:00", "16:00"]),
        sentence_key=("a", "text", sentence),
        order=("a", 0, i),
        title="",
        sentence=" ".join(words),
        highlights=((0, 3),),
        category=None,
        event_words=frozenset(rng.sample(["اجتماع", "زيارة", "قمة"], rng.randrange(3))),
        actor=rng.choice([None, "الوزير"]),
        place=None,
        content=frozenset(rng.sample(words, 6)),
        clause_content=frozenset(rng.sample(words, 3)),
        shingles=merge.shingles(shingle_words),
    )


def test_a_pair_met_twice_changes_no_group(monkeypatch):
    """No set of the pairs seen is kept: a pair coming again (another block, LSH) must be harmless,
    clock times included (a group's clock never changes once set)."""
    for seed in range(30):
        rng = random.Random(seed)
        drafts = [_draft(i, rng) for i in range(60)]
        once = merge.group(drafts)
        pairs = list(merge._candidate_pairs(sorted(drafts, key=lambda d: d.order)))
        twice = pairs + pairs[::-1] + pairs  # every pair again, later, in both orders
        monkeypatch.setattr(merge, "_candidate_pairs", lambda _drafts: iter(twice))
        assert [[d.order for d in g] for g in merge.group(drafts)] == [[d.order for d in g] for g in once]
        monkeypatch.undo()


def test_candidate_pairs_stay_linear_for_one_date_repeated():
    rng = random.Random(1)
    drafts = sorted((_draft(i, rng) for i in range(2000)), key=lambda d: d.order)
    pairs = sum(1 for _ in merge._candidate_pairs(drafts))
    blocks = 3 + 3  # sentence, article, and at most three event words
    assert pairs <= len(drafts) * merge.WINDOW * blocks + len(drafts)


def test_drafts_of_one_sentence_share_its_text():
    text = "أكد الوزير في الرباط يوم 9 مارس 2022 ثم يوم 10 مارس 2022   وأيضا يوم 11 مارس 2022 أن الاجتماع ناجح."
    doc = Article(id="a1", text=text, published=date(2022, 3, 9))
    mentions = [mention(f"يوم {d} مارس 2022", text, "DATE", f"2022-03-{d}", (date(2022, 3, d),) * 2, "day")
                for d in (9, 10, 11)]
    drafts = EventBuilder().article_drafts(doc, mentions)
    assert len(drafts) == 3
    assert all(d.sentence is drafts[0].sentence for d in drafts)
    assert drafts[0].sentence == squash(text)
    for d, m in zip(drafts, mentions):
        (a, b), = d.highlights
        assert d.sentence[a:b] == m.text
    shared = set.intersection(*(set(d.shingles) for d in drafts))
    first = {s: s for s in drafts[0].shingles}
    assert shared and all(first[s] is s for d in drafts[1:] for s in d.shingles if s in shared)


def test_squashed_offsets_follow_the_squashed_text():
    sentence = "  قال   الوزير\tيوم 9 مارس\n2022  "
    start = sentence.index("يوم")
    end = sentence.index("2022") + 4
    (a, b), = squashed_offsets(sentence, ((start, end),))
    assert squash(sentence)[a:b] == "يوم 9 مارس 2022"


def test_empty_sets_are_shared():
    assert frozen_set([]) is EMPTY and frozen_set(x for x in ()) is EMPTY
    assert frozen_set(["a"]) == frozenset({"a"})
