"""Places, round 4: names the gazetteer lacks (a name opening with «بئر / وادي / جبل», a place inside «في
مياه / إحدى مستشفيات»), stadiums, central banks, and the country of a local name (corpus-like sentences
written for the tests)."""
from __future__ import annotations

from timeline.events.places import locate


def where(text: str, time: str, headline: str = "", sentence: str | None = None):
    sentence = sentence or text
    start = text.index(sentence)
    at = text.index(time, start)
    return locate(text, (start, start + len(sentence)), (at, at + len(time)), headline=headline)


def test_a_name_opening_with_a_well_valley_or_mountain_word_is_a_place():
    text = "وأكد الوزير، خلال زيارة أداها صباح الاثنين إلى سوق الخضر ببئر الزيتون، أن المراقبة ستتكثف."
    assert where(text, "صباح الاثنين").name == "بئر الزيتون"
    text = "وجرفت السيول مساء أمس سيارة بوادي رمان شمال المحافظة."
    assert where(text, "مساء أمس").name == "وادي رمان"
    text = "واندلعت مواجهات يوم الجمعة في جبل الصخور جنوبي المدينة."
    assert where(text, "يوم الجمعة").name == "جبل الصخور"


def test_an_idiom_with_such_a_word_is_no_place():
    text = "وقال الوزير الخميس إن الحكومة ستأخذ بعين الاعتبار مطالب السكان."
    assert where(text, "الخميس") is None
    text = "وتحولت فرق الإسعاف مساء السبت إلى عين المكان."
    assert where(text, "مساء السبت") is None


def test_a_local_name_takes_the_country_of_the_articles_story():
    headline = "سيول جارفة في عسير"
    text = "شهدت منطقة عسير أمطارا غزيرة.\nوعثرت الفرق يوم أمس على سيارة جرفتها السيول بوادي رمان."
    place = where(text, "يوم أمس", headline, sentence="وعثرت الفرق يوم أمس على سيارة جرفتها السيول بوادي رمان.")
    assert place.name == "وادي رمان" and place.country == "SA"


def test_a_place_inside_a_chain_of_one_of_waters_of_hospitals_of():
    text = "توفي الممثل المعروف الأحد في إحدى مستشفيات العاصمة المصرية القاهرة بعد مرض."
    assert where(text, "الأحد").name == "القاهرة"
    text = "واختفى الغواص السبت الماضي في مياه جزيرة ميركادا الإيطالية."
    place = where(text, "السبت الماضي")
    assert place.name == "ميركادا" and place.country == "IT"


def test_a_match_on_a_stadium_is_in_its_city():
    text = "وخسر الفريق الأحد على ملعب رادس أمام منافسه بهدفين."
    assert where(text, "الأحد").name == "رادس"
    text = "ويستقبل النادي منافسه الإسباني على ملعب \"أنفيلد\" مساء الثلاثاء."
    assert where(text, "مساء الثلاثاء").name == "ليفربول"
    text = "وسيلعب الفريق مساء الأربعاء على أرضية ملعب \"حديقة الأمراء\"."
    assert where(text, "مساء الأربعاء").name == "باريس"


def test_a_central_bank_of_a_country_acting_is_that_country():
    text = "وأعلن المصرف المركزي التركي الخميس رفع سعر الفائدة."
    assert where(text, "الخميس").country == "TR"


def test_an_unread_place_in_the_sentence_does_not_take_the_story_place():
    headline = "وفاة الكاتب المصري المعروف في القاهرة"
    text = ("توفي الكاتب المعروف الاثنين في أحد مستشفيات القاهرة.\n"
            "ومن المقرر أن يشيع جثمانه الثلاثاء في مسقط رأسه بمحافظة الغربية.")
    sentence = "ومن المقرر أن يشيع جثمانه الثلاثاء في مسقط رأسه بمحافظة الغربية."
    assert where(text, "الثلاثاء", headline, sentence=sentence) is None


def test_a_time_fronted_alone_before_a_comma_dates_the_clause_after_it():
    text = "وفي 4 و6 يونيو 2014، شنت طائرات غارتين قرب حلب، استهدفتا مخزنا للأسلحة."
    assert where(text, "4 و6 يونيو 2014").name == "حلب"
    text = "وفي مطلع أيار/مايو، أمرت الهيئة الفدرالية للنقل في النمسا بسحب 20 ألف سيارة."
    assert where(text, "مطلع أيار/مايو").country == "AT"
    # a fronted clause with its own happening still keeps its time («في حفل أقيم الأحد، …»)
    text = "وفي حفل أقيم الأحد، قال الوزير إن الحكومة ستفتتح مصنعا في صفاقس."
    assert where(text, "الأحد") is None


def test_a_compass_word_alone_places_the_happening():
    text = "تظاهر آلاف من المعلمين الأحد وسط تل أبيب احتجاجا على قانون جديد."
    assert where(text, "الأحد").name == "تل أبيب"
    text = "سقطت مروحية عسكرية تقل خمسة جنود غربي العراق مساء الخميس."
    assert where(text, "مساء الخميس").country == "IQ"
    text = "ولعب الفريق الثلاثاء على ملعب سان بطرسبورغ أمام منافسه."
    assert where(text, "الثلاثاء").country == "RU"


def test_a_compass_word_after_a_distance_a_clock_or_before_a_continent_places_nothing():
    text = "عثرت الشرطة أمس على جثة رجل على بعد 200 كلم شمال الرياض."
    assert where(text, "أمس") is None
    text = "وقال المسؤول إن القرار يسري في الساعة الثامنة بتوقيت شرق الولايات المتحدة يوم الاثنين."
    assert where(text, "يوم الاثنين") is None
    text = "ويبدأ المنتخب معسكرا يوم الأحد تأهبا لبطولة غرب آسيا."
    assert where(text, "يوم الأحد") is None


def test_maghrebi_letters_spell_the_same_towns():
    headline = "الڨصرين : حجز بضائع مهربة"
    text = "تمكنت الوحدات الديوانية صباح اليوم الأحد من حجز بضائع مهربة."
    place = where(text, "صباح اليوم الأحد", headline)
    assert place.name == "القصرين" and place.country == "TN"
    assert where("وقع الحادث أمس في ڨابس.", "أمس").name == "قابس"


def test_a_headline_of_one_countrys_official_body_acting_sets_the_story_there():
    text = ("أدانت محكمة صلح الأربعاء رجلا بالاحتيال على عشرات المستثمرين.\n"
            "ومن المقرر أن تبدأ جلسة النطق بالحكم في 12 حزيران/يونيو.")
    sentence = "ومن المقرر أن تبدأ جلسة النطق بالحكم في 12 حزيران/يونيو."
    assert where(text, "12 حزيران/يونيو", "محكمة أردنية تدين رجل أعمال بالاحتيال", sentence).country == "JO"
    assert where(text, "12 حزيران/يونيو", "البنك المركزي التونسي يرفع نسبة الفائدة", sentence).country == "TN"
    # two nations in the headline, or none acting: no country
    assert where(text, "12 حزيران/يونيو", "وزير الخارجية الأمريكي يلتقي نظيره الروسي", sentence) is None
    assert where(text, "12 حزيران/يونيو", "رجل أعمال يدان بالاحتيال", sentence) is None


def test_a_town_taken_with_the_taker_between_is_the_scene():
    text = "وبعد سيطرة المسلحين على مدينة الرمادي في 17 مايو 2015 فر آلاف السكان."
    assert where(text, "17 مايو 2015").name == "الرمادي"


def test_a_head_of_states_office_is_held_in_its_country():
    text = "في 15 أكتوبر من عام 1987، تسلم الرئيس رئاسة الجمهورية التونسية خلفا لسلفه."
    assert where(text, "15 أكتوبر من عام 1987").country == "TN"
    # «برئاسة»: a delegation chaired by someone of that country, not held there
    text = "وصل الاثنين وفد برئاسة وزير خارجية قطر لبحث الأزمة."
    assert where(text, "الاثنين") is None


def test_a_matchs_stadium_in_the_first_sentence_is_not_the_story_place():
    text = ("بعد أن قاد فريقه للفوز مساء الثلاثاء على ملعب أنفيلد، أصبح اللاعب نجم مواقع التواصل.\n"
            "ويتساءل كثيرون إن كان اللاعب الذي فاز الأحد الماضي بجائزة أفضل لاعب سيحرز الكرة الذهبية.")
    sentence = "ويتساءل كثيرون إن كان اللاعب الذي فاز الأحد الماضي بجائزة أفضل لاعب سيحرز الكرة الذهبية."
    assert where(text, "الأحد الماضي", "هل يحرز اللاعب الكرة الذهبية؟", sentence) is None
    assert where(text, "مساء الثلاثاء", "هل يحرز اللاعب الكرة الذهبية؟").name == "ليفربول"


def test_a_national_body_acts_for_its_country_over_a_long_clause():
    text = ("قررت الرابطة المغربية لكرة السلة، الثلاثاء، استئناف منافسات الدوري نهاية الأسبوع المقبل، "
            "بعدما علقت في 3 فبراير إثر اقتحام مشجعين أرض الملعب.")
    assert where(text, "3 فبراير").country == "MA"
