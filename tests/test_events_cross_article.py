"""Merging across articles: the tie that made two drafts candidates (one town, or doers not shown to be one)
is no evidence of one happening by itself; the story's own words must be shared too (merge._shared_story)."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.events import build_events

from timeline_fixtures import article, mention

SATURDAY = (date(2018, 4, 14), date(2018, 4, 14))


def _events(first: str, first_date: str, second: str, second_date: str, span=SATURDAY, value="2018-04-14"):
    """The events of two one-sentence articles, built in both orders (the grouping may not depend on it)."""
    one, two = article(first, id="a"), article(second, id="b")
    items = [(one, [mention(first_date, one.text, "DATE", value, span, "day")]),
             (two, [mention(second_date, two.text, "DATE", value, span, "day")])]
    forward, backward = build_events(items), build_events(items[::-1])
    assert [sorted(s.id for s in e.sources) for e in forward] == [sorted(s.id for s in e.sources) for e in backward]
    return forward


def _sources(events):
    return sorted(len(e.sources) for e in events)


@pytest.mark.parametrize("first, first_date, second, second_date", [
    # a convoy shot at on its way out of a town, and air strikes answering an attack in the town
    ("تعرضت قافلة تقل مدنيين في مدينة دوما السبت لإطلاق نار من مسلحين موالين للنظام.", "السبت",
     "شنت الولايات المتحدة فجر السبت ضربات على مواقع للنظام ردا على هجوم في مدينة دوما.", "فجر السبت"),
    # a raid on a town's market, and a bombing of a town's hospital
    ("قتل خمسة مدنيين في غارة جوية استهدفت سوقا في مدينة إدلب السبت بحسب المرصد.", "السبت",
     "أدى تفجير سيارة مفخخة قرب مستشفى في مدينة إدلب السبت إلى سقوط جرحى.", "السبت"),
    # two matches in one stadium's city
    ("فاز الوداد على الرجاء في مباراة قمة بمدينة الدار البيضاء السبت.", "السبت",
     "تعادل فريق الجيش مع النادي القنيطري في مباراة أقيمت بالدار البيضاء السبت.", "السبت"),
])
def test_a_town_named_by_both_is_no_shared_story(first, first_date, second, second_date):
    assert _sources(_events(first, first_date, second, second_date)) == [1, 1]


@pytest.mark.parametrize("first, first_date, second, second_date", [
    # two Tunisian parties speaking of the local elections the same day
    ("وأوضح رئيس حزب آفاق تونس في مداخلة له في تونس العاصمة اليوم أنه آن الأوان لإجراء الانتخابات البلدية.", "اليوم",
     "وأضاف القيادي في حركة النهضة نور الدين البحيري في تونس العاصمة اليوم السبت أن الحركة تدعم مقترح الهيئة لإجراء الانتخابات.",
     "اليوم السبت"),
    # the spokesmen of an election committee and of a bank, each in a statement to the press
    ("أكد رئيس اللجنة المتحدث الرسمي للانتخابات البلدية في الرياض في تصريح أمس أن الأنظمة تمنع الترشيحات، مشيرا إلى دعم مرشحين ضمن قوائم.",
     "أمس",
     "وكشف المتحدث الرسمي للبنك السعودي للتسليف في الرياض في تصريح له أمس عن دعم المشروعات ضمن برنامج مسارات، مشيرا إلى نتائج الربع.",
     "أمس"),
])
def test_two_doers_not_shown_to_be_one_need_the_story_told_in_many_words(first, first_date, second, second_date):
    assert _sources(_events(first, first_date, second, second_date)) == [1, 1]


@pytest.mark.parametrize("first, first_date, second, second_date", [
    # one air raid on one town, told by two outlets in their own words
    ("سقط عشرات القتلى من الحوثيين السبت جراء غارات شنها طيران التحالف استهدفت تجمعا لهم في مدينة الحديدة.", "السبت",
     "قتل عدد من الحوثيين في غارات لطيران التحالف استهدفت تجمعا لهم في مدينة الحديدة يوم السبت.", "يوم السبت"),
    # one friendly match in Nice
    ("واصل منتخب تونس الانتصارات إثر فوزه السبت في مدينة نيس الفرنسية على كوستاريكا 1-صفر.", "السبت",
     "حققت تونس فوزا على كوستاريكا 1-صفر في المباراة التي جمعتهما في مدينة نيس الفرنسية مساء السبت.", "مساء السبت"),
    # one doer named by both: the place does not have to carry the tie
    ("أعلن الرئيس الأميركي دونالد ترمب السبت انسحاب بلاده من الاتفاق النووي رغم الدعوات.", "السبت",
     "وكان الرئيس الأميركي دونالد ترمب أعلن السبت الانسحاب من الاتفاق رغم الضغوط.", "السبت"),
])
def test_one_happening_told_in_other_words_still_joins(first, first_date, second, second_date):
    assert _sources(_events(first, first_date, second, second_date)) == [2]


def test_a_tournament_of_the_same_days_in_one_country_keeps_its_place_as_evidence():
    """«المونديال … في روسيا بين 14 يونيو و15 يوليو» twice: a span of weeks in one country is specific already."""
    weeks = (date(2018, 6, 14), date(2018, 7, 15))
    events = _events("ومن المقرر أن يستكمل نيمار تعافيه قبل الانطلاق إلى روسيا للمشاركة في المونديال بين 14 يونيو و15 يوليو.",
                     "بين 14 يونيو و15 يوليو",
                     "ويخوض المنتخب غمار المونديال المقبل في روسيا بين 14 يونيو و15 يوليو معولا على جيل من الشبان.",
                     "بين 14 يونيو و15 يوليو", span=weeks, value="2018-06-14/2018-07-15")
    assert _sources(events) == [2]


# --- one sentence edited by another outlet: most words and many runs of words kept, no doer or place needed

@pytest.mark.parametrize("first, first_date, second, second_date", [
    ("سعى الرئيس التركي رجب طيب أردوغان إلى التأكيد على استقلالية القضاء التركي، بعدما وجه الرئيس الأمريكي دونالد ترامب، "
     "السبت، الشكر لأردوغان على إطلاق سراح القس الأمريكي أندرو برونسون.", "السبت",
     "وكان الرئيس التركي رجب طيب أردوغان، قد سعى إلى التأكيد على استقلالية القضاء التركي، بعدما وجه الرئيس الأمريكي دونالد "
     "ترامب، السبت، الشكر له على إطلاق سراح القس الأمريكي.", "السبت"),
    ("عاودت مؤشرات البورصة السعودية الارتفاع إلى أعلى في التعاملات الصباحية، السبت، لتكتسي شاشات التداول باللون الأخضر "
     "بعد خسائر كبيرة الأسبوع الماضي.", "السبت",
     "ارتدت مؤشرات البورصة السعودية لأعلى في التعاملات الصباحية اليوم السبت، لتكتسي شاشات التداول باللون الأخضر بعد خسائر "
     "كبيرة الأسبوع الماضي.", "اليوم السبت"),
])
def test_an_edited_copy_of_a_sentence_joins_without_a_doer_or_place(first, first_date, second, second_date):
    assert _sources(_events(first, first_date, second, second_date)) == [2]


@pytest.mark.parametrize("first, first_date, second, second_date", [
    # Libya cutting its ties, told after the four states cutting theirs: the same words, other runs of words
    ("أعلنت ليبيا اليوم السبت، قطع علاقاتها مع دولة قطر، وذلك عقب قرار السعودية والإمارات والبحرين ومصر قطع العلاقات "
     "الدبلوماسية مع الدوحة.", "اليوم السبت",
     "أعلنت كل من السعودية والإمارات والبحرين ومصر، فجر اليوم السبت، قطع علاقاتها الدبلوماسية بقطر، وأخذت قرارات بشأن منع "
     "سفر مواطنيها إلى قطر.", "فجر اليوم السبت"),
    # two divisions' rounds of one Sunday
    ("تدور يوم السبت مقابلات الجولة الثالثة من مرحلة التتويج لبطولة الرابطة المحترفة الأولى لكرة القدم وفي ما يلي برنامج "
     "النقل التلفزي.", "يوم السبت",
     "دارت عشية اليوم السبت مباريات الجولة الأخيرة من المرحلة الأولى لبطولة الرابطة المحترفة الثانية لكرة القدم وفي ما يلي "
     "النتائج.", "اليوم السبت"),
])
def test_sentences_sharing_words_but_not_their_runs_are_no_edited_copy(first, first_date, second, second_date):
    assert _sources(_events(first, first_date, second, second_date)) == [1, 1]
