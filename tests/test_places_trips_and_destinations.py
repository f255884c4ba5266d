"""Places of trips: the object of a verb of visiting, a statement made during a visit, a
visit's destination past the comma closing the time, setting off from a place, a new route from its airport;
and what is no scene: an origin («قادمة من», «من» + town), a craft's destination, a later destination («عقب»,
«بعد»), joining a body, a camp before a word of preparing (sentences written for the tests in the corpus's
phrasing)."""
from __future__ import annotations

import pytest

from place_helpers import where, name, country, name_in_last_line


def test_the_object_of_a_verb_of_visiting_is_where_the_visit_happens():
    text = "وزار فريق من صندوق النقد الدولي تونس في الفترة من 15 إلى 31 أغسطس لمناقشة سياسات الحكومة."
    assert where(text, "من 15 إلى 31 أغسطس").name == "تونس"
    text = "وزار مبعوثون كوريون جنوبيون واشنطن الشهر الماضي لإبلاغها بدعوة كيم."
    assert where(text, "الشهر الماضي").name == "واشنطن"
    text = "وكان المشاط ضمن وفد حوثي زار الصين في بداية سبتمبر 2016."
    assert where(text, "بداية سبتمبر 2016").country == "CN"
    # a trip: not the visitor's country (France), the visited one
    assert where("زار الرئيس الفرنسي الصين يوم الأحد", "يوم الأحد").country == "CN"


def test_a_place_before_the_verb_or_past_a_clause_break_is_not_visited():
    text = "وقال مسؤول من باريس إن الوفد زار، الأحد الماضي، مقر الشركة."
    assert where(text, "الأحد الماضي") is None
    text = "زارها الرئيس الأحد الماضي وقال إن فرنسا ستساعد."
    assert where(text, "الأحد الماضي") is None


def test_a_place_inside_a_coming_or_returning_from_phrase_is_the_origin():
    text = "انطلقت تدريبات الفريق مساء أمس الإثنين عقب عودتهم من المعسكر الخارجي في ميلانو."
    assert where(text, "مساء أمس الإثنين") is None
    text = "وصلت بعثة الفريق مساء أمس قادمة من معسكرها الإعدادي في سويسرا."
    assert where(text, "مساء أمس") is None
    # past a clause break the place is the happening's again
    text = "انطلقت تدريبات الفريق بعد عودتهم من المعسكر، مساء أمس الإثنين في ملعب جدة."
    assert where(text, "مساء أمس الإثنين").name == "جدة"


TILLERSON = ("وقال وزير الخارجية الأمريكي ريكس تيلرسون اليوم الجمعة إن ترامب اتخذ القرار من تلقاء نفسه.\n"
             "وأبلغ تيلرسون الصحفيين أثناء زيارة لجيبوتي \"إنه قرار اتخذه الرئيس من تلقاء نفسه\".")


def test_a_statement_made_during_a_visit_the_next_sentence_tells():
    first = TILLERSON.split("\n")[0]
    assert where(TILLERSON, "اليوم الجمعة", "ترامب يضع شروطا للقاء كيم", first).name == "جيبوتي"
    text = "وقال الوزير أثناء زيارة إلى فرنسا ليومين \"نحن سعداء أنه اتفقنا اليوم مع الوزيرة\"."
    assert where(text, "اليوم").country == "FR"


def test_a_visit_told_inside_the_quote_is_someone_elses():
    text = ("وكان المتحدث باسم الأمم المتحدة قد قال في تصريحات صحفية أمس إن المبعوث يعتقد أن خطته تكتسب قبولا.\n"
            "وأضاف \"ولد الشيخ التقى خلال زيارة إلى القاهرة الأمين العام لجامعة الدول العربية\".")
    first = text.split("\n")[0]
    assert where(text, "أمس", "بحاح لولد الشيخ: مهمتك تطبيق القرار", first) is None


def test_a_destination_after_aqib_or_baad_is_a_later_happening():
    text = "وفي يوليو 2016 انهار اتفاق سلام أبرم في 2015 عقب فرار مشار إلى جنوب أفريقيا."
    assert where(text, "2015") is None
    text = "وهذه ثاني صفقة بين الفريقين هذا الصيف بعد انتقال لاعب الوسط الى ميلان مقابل 20 مليون يورو."
    assert where(text, "هذا الصيف") is None
    # a destination of the dated happening itself
    text = "وصل الوفد أمس إلى باريس بعد ظهر الاثنين."
    assert where(text, "أمس").name == "باريس"


def test_setting_off_from_a_place_at_the_time_happens_there():
    text = ("حطت الطائرة صباح اليوم بمطار بورت لويس بعد رحلة مطولة إنطلقت عشية يوم أمس من مطار تونس قرطاج "
            "عبر الخطوط التركية.")
    assert where(text, "يوم أمس").country == "TN"
    text = "وأقلعت الطائرة صباح اليوم من مطار محمد الخامس بالدار البيضاء في اتجاه القاهرة."
    assert name(text, "صباح اليوم") == "الدار البيضاء"
    # coming back from a place is no departure: where they are now is not told
    assert where("وعاد الوفد أمس من باريس.", "أمس") is None


# --- a visit's destination right after the comma closing the time

def test_a_visit_right_after_the_time_comma_happens_at_its_destination():
    assert country("وبدأ الرئيس الصيني الخميس، زيارته للإمارات على رأس وفد رفيع المستوى.", "الخميس") == "AE"
    assert country("ووصل وزير الخارجية مساء الأحد، في زيارته لروسيا تستمر يومين.", "مساء الأحد") == "RU"


@pytest.mark.parametrize("sentence, time", [
    # a destination with no trip word before it is not the dated happening's
    ("ومن اجل ذلك افتتح اردوغان في يونيو الماضي، أنبوبا يضخ غاز بحر قزوين من اذربيجان إلى أوروبا.", "يونيو الماضي"),
    ("وذلك خلال القمة التي جمعت الكوريتين في سبتمبر الماضي، أجاب كيم: إذا زار البابا بيونج يانج فسوف نرحب به.",
     "سبتمبر الماضي"),
])
def test_a_destination_without_a_trip_word_past_the_comma_is_not_the_scene(sentence, time):
    place = where(sentence, time)
    assert place is None or place.country not in ("KP",) and place.name != "أوروبا"


# --- a «في» inside a «من» + town phrase tells where the origin lies, not where the happening is

@pytest.mark.parametrize("sentence, time", [
    ("وظهر نقفي إلى العلن في بداية الألفية الجديدة وكيف انتقل من بلدة فقيرة في باكستان ليصبح رجل أعمال.",
     "بداية الألفية الجديدة"),
    ("وفاز العداء الذي ينحدر من مدينة صغيرة في كينيا بالسباق يوم الأحد.", "يوم الأحد"),
    ("وصل اللاعب يوم الأحد قادما من قرية نائية في المغرب.", "يوم الأحد"),
])
def test_a_town_of_origin_is_not_the_place(sentence, time):
    assert where(sentence, time) is None


@pytest.mark.parametrize("sentence, time, code", [
    ("وانطلقت يوم الأحد في مدينة صفاقس فعاليات المهرجان.", "يوم الأحد", "TN"),
    ("وشارك في المسيرة يوم الأحد آلاف من سكان المدينة في تونس.", "يوم الأحد", "TN"),
])
def test_a_town_with_in_stays_the_place(sentence, time, code):
    assert country(sentence, time) == code


# --- a relative clause inside a «من» of coming places the time it holds

@pytest.mark.parametrize("sentence, time, expected", [
    ("انطلقت التدريبات بعد عودتهم من المعسكر الخارجي الذي أقيم في مدينة ميلانو الإيطالية مطلع الأسبوع الجاري.",
     "مطلع الأسبوع الجاري", "ميلانو"),
    ("وصل اللاعبون عائدين من المعسكر الذي أقامه الفريق في النمسا خلال الأسبوع الماضي.", "الأسبوع الماضي", "النمسا"),
    ("حل المنتخب بالمطار قادما من البطولة التي أقيمت بالدوحة الشهر الماضي.", "الشهر الماضي", "الدوحة"),
])
def test_a_relative_clause_in_an_origin_places_its_own_time(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time, origin", [
    ("انطلقت التدريبات مساء أمس بعد عودتهم من المعسكر الخارجي الذي أقيم في مدينة ميلانو.", "مساء أمس", "ميلانو"),
    ("وكان اللاعبون الذين وصلوا أمس عائدين من المعسكر في ميلانو قد تدربوا.", "أمس", "ميلانو"),  # «الذين» before «من»
])
def test_a_time_outside_the_relative_clause_keeps_it_an_origin(sentence, time, origin):
    assert name(sentence, time) != origin


# --- a place before a word of preparing is not the later happening's

@pytest.mark.parametrize("sentence, time, camp", [
    ("يبدأ المنتخب السعودي الأولمبي يوم غد الأثنين، معسكرا إعداديا في الرياض، حتى السابع والعشرين من يونيو الجاري، "
     "تأهبا للمشاركة في بطولة غرب آسيا المقرر لها سبتمبر المقبل.", "سبتمبر المقبل", "الرياض"),
    ("أجرى المنتخب أولى تدريباته في مقر معسكره بمدينة أنطاليا التركية استعداداً لخوض بطولة الأندية المقامة خلال "
     "الشهر المقبل.", "الشهر المقبل", "أنطاليا"),
    ("يواصل الفريق تدريباته في الدمام تحضيرا لمواجهة الهلال يوم السبت المقبل.", "يوم السبت المقبل", "الدمام"),
])
def test_a_camp_before_a_word_of_preparing_is_not_the_later_happening_place(sentence, time, camp):
    assert name(sentence, time) != camp


@pytest.mark.parametrize("sentence, time, expected", [
    ("وتغادر البعثة السبت القادم متجهة إلى أوغندا استعدادا لملاقاة كامبالا يوم 15 مايو الجاري.",
     "يوم 15 مايو الجاري", "أوغندا"),  # a trip's destination
    ("يبدأ المنتخب يوم غد الأثنين معسكرا إعداديا في الرياض تأهبا للمشاركة في بطولة غرب آسيا.", "يوم غد الأثنين",
     "الرياض"),  # the camp's own time
    ("استعدادا لخوض لقاء تيمور الشرقية في الثالث من سبتمبر المقبل بمدينة جدة.", "الثالث من سبتمبر المقبل", "جدة"),
])
def test_a_place_of_the_prepared_happening_or_of_the_preparation_itself_stays(sentence, time, expected):
    assert name(sentence, time) == expected


@pytest.mark.parametrize("sentence, time, expected", [
    ("زار وزير الخارجية الأمريكي مايك بومبيو، الرياض يوم الثلاثاء، لإجراء محادثات.", "يوم الثلاثاء", "الرياض"),
    ("وزار الرئيس الفرنسي، الصين الأسبوع الماضي.", "الأسبوع الماضي", "الصين"),
    # two commas: the place is no longer the visit's object
    ("زار الوزير، أمس، المعرض، وقالت الرياض إنها ترحب.", "أمس", None),
])
def test_a_comma_closing_the_visitors_name(sentence, time, expected):
    assert name(sentence, time) == expected


# --- a craft's destination

@pytest.mark.parametrize("sentence, time", [
    ("جرَّ ضباطٌ من أمن المطار داو من مقعده على متن طائرة تابعة، متجهة إلى لويسفيل بولاية كنتاكي يوم الأحد.",
     "يوم الأحد"),
    ("لكن الثلاثاء تحدث الناطق باسم وزير التوحيد عن إمكان تخصيص رحلة مباشرة إلى كوريا الشمالية في خطوة نادرة.",
     "الثلاثاء"),
    ("وتحطمت الطائرة المتجهة إلى القاهرة يوم الأحد.", "يوم الأحد"),
    ("وغرقت سفينة متجهة إلى ليبيا الخميس.", "الخميس"),
])
def test_a_craft_destination_is_no_scene(sentence, time):
    assert name(sentence, time) is None


@pytest.mark.parametrize("sentence, time, expected", [
    # a team heading off to play, a trip: the destination is still where it happens
    ("وتغادر بعثة النادي الأهلي الإمارات السبت القادم متجهة إلى أوغندا استعدادا لملاقاة كامبالا.", "السبت القادم",
     "أوغندا"),
    ("ووصل الرئيس في رحلة إلى باريس يوم الأحد.", "يوم الأحد", "باريس"),
    ("ويتوجه الوزير الخميس إلى القاهرة في زيارة رسمية.", "الخميس", "القاهرة"),
])
def test_a_trip_destination_stays_a_scene(sentence, time, expected):
    assert name(sentence, time) == expected


# --- joining

@pytest.mark.parametrize("sentence, time", [
    ("ويشار إلى أن السلطة الفلسطينية انضمت إلى المحكمة الجنائية الدولية في كانون الثاني/يناير 2015.",
     "كانون الثاني/يناير 2015"),
    ("وكان صلاح قد انضم إلى ليفربول قادما من روما الصيف الماضي.", "الصيف الماضي"),
])
def test_joining_is_no_trip(sentence, time):
    assert name(sentence, time) is None


# --- a new route launched from its airport

@pytest.mark.parametrize("sentence, time, expected", [
    ("وستبدأ شركة النيل للطيران بتسيير رحلاتها من مطار الجوف اعتبارًا من يوم اليوم الجمعة برحلتين أسبوعيًا بين "
     "الجوف والقاهرة.", "يوم اليوم الجمعة", "الجوف"),
    ("وتبدأ الخطوط السعودية تسيير رحلات مباشرة من مطار جدة إلى موسكو الشهر المقبل.", "الشهر المقبل", "جدة"),
    ("فيما ستبدأ العربية بتسيير رحلاتها اعتبارًا من يوم الخميس الموافق 20 أغسطس باربع رحلات أسبوعيًا بين تبوك "
     "والشارقة.", "يوم الخميس الموافق 20 أغسطس", "تبوك"),
])
def test_a_route_is_launched_at_its_origin(sentence, time, expected):
    assert name_in_last_line(sentence, time) == expected


def test_between_two_countries_is_no_route():
    assert name_in_last_line("وتم توقيع الاتفاق بين مصر والسعودية الأحد.", "الأحد") is None
