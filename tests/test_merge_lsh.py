"""merge.py's own MinHash LSH gives datasketch's candidates (it replaced datasketch, whose import loads scipy)."""
import random

import pytest

from timeline.events import merge

datasketch = pytest.importorskip("datasketch")


def _datasketch_signature(shingle_set):
    signature = datasketch.MinHash(num_perm=merge._PERMUTATIONS, seed=merge._SEED)
    signature.update_batch([s.encode("utf-8") for s in sorted(shingle_set)])
    return signature


def _sentences(seed: int, count: int) -> list[frozenset[str]]:
    """Word 3-shingles of made-up sentences over a small Arabic vocabulary, many of them near copies."""
    rng = random.Random(seed)
    vocabulary = "أعلن وزير الخارجية اليوم الجمعة عن زيارة رسمية إلى الرباط لبحث التعاون بين البلدين في مجال الطاقة".split()
    base = [rng.choice(vocabulary) for _ in range(25)]
    sentences = []
    for _ in range(count):
        words = list(base) if rng.random() < 0.6 else [rng.choice(vocabulary) for _ in range(rng.randint(0, 30))]
        for _ in range(rng.randint(0, 4)):
            if words:
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
        sentences.append(merge.shingles(words))
    return sentences


def test_the_bands_are_those_datasketch_picks_for_the_threshold():
    lsh = datasketch.MinHashLSH(threshold=merge.NEAR_DUPLICATE, num_perm=merge._PERMUTATIONS)
    assert (lsh.b, lsh.r) == merge._LSH_BANDS


@pytest.mark.parametrize("seed", range(3))
def test_signatures_are_datasketch_ones(seed):
    for shingle_set in _sentences(seed, 40) + [frozenset(), frozenset(["كلمة"])]:
        ours = merge.minhash_signature(shingle_set)
        assert ours.tolist() == _datasketch_signature(shingle_set).hashvalues.tolist()


@pytest.mark.parametrize("seed", range(3))
def test_candidates_are_those_datasketch_lsh_returns(seed):
    sentences = _sentences(seed, 60)
    lsh = datasketch.MinHashLSH(num_perm=merge._PERMUTATIONS, params=merge._LSH_BANDS)
    signatures = [_datasketch_signature(s) for s in sentences]
    for position, signature in enumerate(signatures):
        lsh.insert(position, signature)
    expected = [set(lsh.query(signature)) for signature in signatures]
    ours = merge._lsh_candidates(sentences)
    assert ours == expected
    assert any(len(found) > 1 for found in ours), "near copies meet"
    assert any(len(found) == 1 for found in ours), "other sentences stay apart"
