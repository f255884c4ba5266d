"""build.py's shortcut gives what the longer way gave: a clause's words taken from its sentence's."""
from timeline.events.draft_words import words_within
from timeline.events.sentences import CLAUSE_END
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
            taken = words_within(sentence_words, start, end)
            assert [(w.norm, w.start - start, w.end - start) for w in taken] == [
                (w.norm, w.start, w.end) for w in words(sentence[start:end])
            ]


def test_a_word_across_the_ends_gives_none():
    sentence_words = words("افتتاح المعرض")
    assert words_within(sentence_words, 3, 13) is None
    assert words_within(sentence_words, 0, 10) is None
