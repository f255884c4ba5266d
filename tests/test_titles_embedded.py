"""A date inside an embedded happening (an anniversary's, a relative clause's, a temporal preposition's verbal noun,
a scheduled contest) is told by that happening, not by the sentence's main verb (blind audit 1117's largest title-0
class, «other-happening»). Dates of the main verb keep its title."""
from __future__ import annotations

import pytest

from timeline.events.titles import headline
from timeline.model import Mention

from timeline_fixtures import mention


def title_of(sentence: str, when: str) -> str:
    return headline(sentence, (0, len(sentence)), mention(when, sentence, "DATE", "X")).text


@pytest.mark.parametrize("sentence, when, expected", [
    # the anniversary's happening, when the date names its year
    ("دعت جماعة الإخوان إلى الحوار، وذلك في الذكرى الخامسة لفض اعتصامي رابعة والنهضة، في 14 أغسطس عام 2013.",
     "14 أغسطس عام 2013", "فض اعتصامي رابعة والنهضة"),
    ("أشاد الرئيس بالجيش في الذكرى المئوية لتأسيس جمهورية اذربيجان في مايو من عام 1918.",
     "مايو من عام 1918", "تأسيس جمهورية اذربيجان"),
    # a temporal preposition's verbal noun (an event trigger), also in a frame of expectation
    ("حيث من المقرر أن يستكمل تعافيه قبيل انطلاق مونديال روسيا الشهر القادم.", "الشهر القادم", "انطلاق مونديال روسيا"),
    ("فتحت الأسهم الأمريكية دون تغير يذكر قبيل صدور بيانات الوظائف غدا الجمعة.", "غدا الجمعة", "صدور بيانات الوظائف"),
    ("وكشف سكريبال عن عشرات الجواسيس قبل القبض عليه في موسكو في عام 2004.", "عام 2004", "القبض عليه في موسكو"),
    # a relative clause's verb right before the date, its noun the subject of the verb opening the sentence
    ("واعتبرت النيابة العامة في ميونخ التي اتهمت في أواخر مايو مدير الشركة روبرت ستادلر، أن هناك خطر إخفاء أدلة.",
     "أواخر مايو", "النيابة العامة في ميونخ تتهم مدير الشركة روبرت ستادلر"),
    # an object relative clause: its subject, its verb, the noun
    ("حيث كان يرغب في المشاركة ببطولة العالم التي تستضيفها جاكرتا الأسبوع المقبل.", "الأسبوع المقبل",
     "جاكرتا تستضيف بطولة العالم"),
    # … with the place after its date
    ("يذكر أن وليد جلاد قد إنسحب من أشغال الأيام البرلمانية التي عقدتها حركة مشروع تونس أمس السبت في صفاقس، و التي ستتواصل أشغالها.",
     "أمس السبت", "حركة مشروع تونس عقدت أشغال الأيام البرلمانية في صفاقس"),
    ("وفر عشرات آلاف السوريين هربا من العملية العسكرية واسعة النطاق التي باشرتها قوات النظام السوري في 19 يونيو بدعم روسي.",
     "19 يونيو", "قوات النظام السوري باشرت العملية العسكرية واسعة النطاق"),
    # a named contest after ل and its participle of schedule
    ("بدأت المنتخبات العربية الاستعداد لكأس العالم 2018 لكرة القدم المقرر إجراؤها من 14 يونيو لغاية 15 يوليو، من خلال مباريات ودية.",
     "من 14 يونيو لغاية 15 يوليو", "كأس العالم لكرة القدم"),
])
def test_the_embedded_happening_is_told(sentence, when, expected):
    assert title_of(sentence, when) == expected


@pytest.mark.parametrize("sentence, when, unwanted", [
    # the anniversary itself, today's, keeps the main clause (no year named)
    ("وأحيا أنصار الجماعة الذكرى الخامسة لفض اعتصام رابعة اليوم الثلاثاء في عدة مدن.", "اليوم الثلاثاء", "فض اعتصام"),
    # a relative clause inside a concession is the main clause's circumstance
    ("رغم الحركية التي شهدتها البلاد خلال الاسبوع المنقضي، فقد عرفت بورصة تونس تراجعا في معاملاتها.",
     "الاسبوع المنقضي", "شهدت البلاد"),
    # «من قبل» is «ever before»; a verbal noun with only its pronoun says whose elsewhere
    ("وقال مسلم آخر لم نشهد من قبل حادثة سيئة كهجوم السبت الماضي.", "السبت الماضي", "حادثة سيئة كالهجوم"),
    ("صرح المدير التنفيذي للنادي على إثر انسحاب فريقه مساء اليوم أن الحكم لم يحتسب ضربة جزاء.", "مساء اليوم",
     "انسحاب فريقه"),
    # an indefinite participle of schedule: the noun alone says nothing
    ("لكن القضية تسلط الضوء على الانقسام في مولدوفا قبيل انتخابات مقررة في نوفمبر.", "نوفمبر", "انتخابات مقررة"),
])
def test_the_main_clause_stays_when_the_embedded_phrase_says_little(sentence, when, unwanted):
    assert title_of(sentence, when) != unwanted and not title_of(sentence, when).startswith(unwanted)


@pytest.mark.parametrize("sentence, when, expected", [
    # dates of the main verb: its title as before
    ("وقرر الاتحاد الأوروبي، الأربعاء، أن يتفاوض على تجديد اتفاق الصيد مع المغرب.", "الأربعاء",
     "الاتحاد الأوروبي يقرر أن يتفاوض على تجديد اتفاق الصيد مع المغرب"),
    ("ساعد الحريري عائلته بعد اغتيال والده عام 2005.", "عام 2005", "اغتيال والده"),
])
def test_a_date_of_the_main_verb_keeps_its_title(sentence, when, expected):
    assert title_of(sentence, when) == expected


def test_an_embedded_happening_names_whom_its_pronoun_points_to():
    # «قبل القبض عليه في موسكو في عام 2004»: the embedded arrest is told of the sentence's subject (pronouns.py)
    before = "سكريبال جاسوس سابق. وقال سكريبال إنه بخير. "
    sentence = "وكشف سكريبال عن عشرات الجواسيس الروس للمخابرات البريطانية قبل القبض عليه في موسكو في عام 2004."
    text = before + sentence
    start = text.index("عام 2004")
    title = headline(text, (len(before), len(text)), Mention("عام 2004", start, start + 8, "DATE", "X"),
                     article_title="بريطانيا تتهم روسيا")
    assert title.text == "القبض على سكريبال في موسكو"
