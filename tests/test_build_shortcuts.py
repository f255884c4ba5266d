"""build.py's shortcuts give what the longer way gave: a clause's words taken from its sentence's,
the squashed-offset map made run by run."""
import random

from timeline.events.build import _squash_map, _words_within
from timeline.events.sentences import CLAUSE_END, squash
from timeline.terms import words

SENTENCES = [
    "خلال ندوة صحافية عقدها الوزير، أعلن عن افتتاح المعرض يوم 8 مارس؛ وسيستمر أسبوعا",
    "قال المتحدث: إن الاجتماع سيعقد الثلاثاء المقبل, في الرباط",
    "  أسفر الزلزال عن مقتل 12 شخصا،وإصابة آخرين  ",
]


def _clauses(sentence: str):
    cursor = 0
    for boundary in CLAUSE_END.finditer(sentence):
        yield cursor, boundary.start()
        cursor = boundary.end()
    yield cursor, len(sentence)


def test_a_clauses_words_are_its_sentences_words_inside_it():
    for sentence in SENTENCES:
        sentence_words = words(sentence)
        for start, end in _clauses(sentence):
            taken = _words_within(sentence_words, start, end)
            assert [(w.norm, w.start - start, w.end - start) for w in taken] == [
                (w.norm, w.start, w.end) for w in words(sentence[start:end])
            ]


def test_a_word_across_the_ends_gives_none():
    sentence_words = words("افتتاح المعرض")
    assert _words_within(sentence_words, 3, 13) is None
    assert _words_within(sentence_words, 0, 10) is None


def _squash_map_by_character(sentence: str):
    mapping, squashed, previous_space = [], 0, True
    stripped_start = len(sentence) - len(sentence.lstrip())
    for index, ch in enumerate(sentence):
        mapping.append(squashed)
        if index < stripped_start:
            continue
        if ch.isspace():
            if not previous_space:
                squashed += 1
            previous_space = True
        else:
            squashed += 1
            previous_space = False
    mapping.append(squashed)
    return tuple(mapping), squash(sentence)


def test_squash_map_is_the_character_walk():
    rng = random.Random(5)
    samples = SENTENCES + ["", "   ", "a", " a\n\n b\t"]
    samples += ["".join(rng.choice(["ب", "a", " ", "\n", "\t", "\u00a0", "\u2003", "،"]) for _ in range(rng.randint(0, 40)))
                for _ in range(2000)]
    for sentence in samples:
        assert _squash_map.__wrapped__(sentence) == _squash_map_by_character(sentence), repr(sentence)
