"""Sentence geometry: a line break inside a clause (wire copy hard-wrapped) and «..» as a pause end no sentence;
paragraph breaks (datelines, headings, lists, a blank line) and «..» as a stop still do."""
from __future__ import annotations

import pytest

from timeline.events.sentences import TextGeometry
from timeline.events.titles import headline
from timeline_fixtures import mention


def sentences(text: str) -> list[str]:
    geometry = TextGeometry(text)
    for first, second in zip(geometry.sentences, geometry.sentences[1:]):
        assert first.end <= second.start  # in order, never overlapping
    return [text[s.start : s.end] for s in geometry.sentences]


def sentence_of(text: str, words: str) -> str:
    geometry = TextGeometry(text)
    at = text.index(words)
    sentence = geometry.sentence_at(at)
    assert sentence.start <= at and at + len(words) <= sentence.end  # the words map into their sentence
    return text[sentence.start : sentence.end]


@pytest.mark.parametrize("text, before, after", [
    ("واصل المنتخب تدريباته استعداداً لبطولة مجلس التعاون الخليجي التي ستقام في\nأبوظبي خلال شهر سبتمبر المقبل .",
     "لبطولة", "سبتمبر المقبل"),
    ("وتعلن الجمعية عن جائزتها التي\nتمنح في شهر مارس المقبل للفائزين.", "جائزتها", "شهر مارس"),
    ("وكان الوزير قد أكد أن\nالمشروع سيكتمل في ديسمبر المقبل.", "الوزير", "ديسمبر المقبل"),
    ("ونفذت القوات عملية من ثلاثة محاور إلى الجنوب من مدينة كركوك في شمال العراق،\nوأوضح أن العملية نفذت يوم الأحد.",
     "كركوك", "يوم الأحد"),
    ("بلقاء تجارب الكتاب، ومشاركة أمير تاج السر، فهد سليمان الخليوي،\nوعبد الحفيظ الشمري، من الساعة 5:30 مساء.",
     "تجارب الكتاب", "الساعة 5:30"),
    ("ويتوقع أن تظهر المواجهة يوم الجمعة بمستوى فني كبير\n.", "يوم الجمعة", "كبير\n."),
])
def test_a_line_broken_inside_a_clause_goes_on(text, before, after):
    sentence = sentence_of(text, after)
    assert before in sentence and after in sentence


@pytest.mark.parametrize("text, first", [
    ("الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\nواصل المنتخب تدريباته أمس.",
     "الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس"),
    ("مستشفى خاص يحتجز جثة لرضيعة\nوفي حادث وقع الأسبوع المنصرم أثار الرأي العام.", "مستشفى خاص يحتجز جثة لرضيعة"),
    ("من جهته اجتمع أمس عضو الاتحاد بمدرب المنتخب.\n// انتهى //\n13:11 ت م",
     "من جهته اجتمع أمس عضو الاتحاد بمدرب المنتخب."),
    ("وأسفرت الإجراءات عن النتائج التالية، في\n\nبيان صدر أمس.", "وأسفرت الإجراءات عن النتائج التالية، في"),
])
def test_a_paragraph_break_still_ends_a_sentence(text, first):
    assert sentences(text)[0] == first


@pytest.mark.parametrize("text", [
    "أسماء المعينين:\n- يونس التازي، عامل إقليم تطوان،\n- محمد الكروج، عامل إقليم الجديدة",
    "الفائزون:\n* فريق الهلال، في\n* فريق النصر",
    "المغادرون:\n14 - مد جبيبون، بنجلاديشي الجنسية،\n15 - مقال مريدة، بنجلاديشي الجنسية.",
])
def test_each_item_of_a_list_stays_a_sentence(text):
    assert len(sentences(text)) == 3


@pytest.mark.parametrize("text, before, after", [
    ("وشهد دبي مول زيارة 233 ألف شخص يوميا.. خلال الربع الأول من العام الجاري.", "233 ألف شخص", "الربع الأول"),
    ("وبلغت نسبة الإشغال 87% بحسب إرنست آند يونغ.. فيما لا تزال الفنادق الجديدة تتوق للافتتاح في مايو.",
     "إرنست آند يونغ", "مايو"),
    ("وقال النادي إن حالة اللاعب مستقرة.. على عكس بعض التقارير التي نشرت أمس الأحد.", "حالة اللاعب", "أمس الأحد"),
    ("وسجلت الدائرة 26 ألف معاملة.. منذ مطلع الشهر الجاري.", "26 ألف معاملة", "مطلع الشهر الجاري"),
])
def test_two_dots_before_a_dependent_phrase_are_a_pause(text, before, after):
    sentence = sentence_of(text, after)
    assert before in sentence


@pytest.mark.parametrize("text, first", [
    ("دبي.. مدينة أشباح؟\nلذلك فالمطار هو الأكثر ازدحاما.", "دبي.. مدينة أشباح؟"),
    ("قطر.. صعد المؤشر 0.6 في المئة أمس. وهبط في دبي.", "قطر.. صعد المؤشر 0.6 في المئة أمس."),
    ("سلطنة عمان.. صعد المؤشر يوم الأحد.", "سلطنة عمان.. صعد المؤشر يوم الأحد."),
    ("اليوم.. يحق أن تحتفل مصر بإنجاز مشروعها.", "اليوم.. يحق أن تحتفل مصر بإنجاز مشروعها."),
])
def test_two_dots_after_a_kicker_are_a_pause(text, first):
    assert sentences(text)[0] == first


@pytest.mark.parametrize("text, first", [
    ("كل شيء احترق.. لم يعد لدينا أي شيء.", "كل شيء احترق.."),
    ("أسفرت الفيضانات عن مقتل المئات وتشريد مئات الآلاف.. مع استعداداتنا لعيد الأضحى لا ننسى مد يد العون.",
     "أسفرت الفيضانات عن مقتل المئات وتشريد مئات الآلاف.."),
    ("تجاوز الفريق أزمته... في الموسم المقبل سيعود بقوة.", "تجاوز الفريق أزمته..."),
    ("إن المعول في نجاحك هو العمل المتواصل ليلا ونهارا.. هذا ما قاله المدرب أمس.",
     "إن المعول في نجاحك هو العمل المتواصل ليلا ونهارا.."),
])
def test_two_dots_elsewhere_end_a_sentence(text, first):
    assert sentences(text)[0] == first


def test_the_wrapped_wire_sentence_gives_a_title_of_its_clause():
    text = ("الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\nواصل ناشئو المنتخب السعودي للجودو تدريباتهم "
            "استعداداً لبطولة مجلس التعاون الخليجي التي ستقام في\nأبوظبي خلال شهر سبتمبر المقبل .")
    when = mention("شهر سبتمبر المقبل", text, "DATE", "2015-09")
    sentence = TextGeometry(text).sentence_at(when.start)
    title = headline(text, sentence.bounds, when).text
    assert title != "أبوظبي" and "بطولة" in title


def test_sentences_cover_every_word_once():
    text = ("لبطولة التعاون التي ستقام في\nأبوظبي المقبل .\nدبي.. مدينة أشباح؟ زيارة 233 ألف شخص يوميا.. خلال الربع "
            "الأول.\n\nقطر.. صعد المؤشر،\nوعبد الحفيظ الشمري.. كل شيء احترق.. لم يعد لدينا أي شيء")
    covered = "".join(sentences(text))
    assert "".join(covered.split()) == "".join(text.split())
