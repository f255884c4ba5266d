"""Places told by what a happening concerns: a well-known institution abroad stands in its city, a stadium told
after its match's round and a comma is where the match is played, a sector or public scene with a nationality is
in that country, a nationality adjective of a «ستان» country keeps its whole name («الباكستاني»), and what a
word of preventing names is no scene (sentences written for the tests in the corpus's phrasing)."""
from __future__ import annotations

from place_helpers import where, name, country, name_in_last_line


def test_a_well_known_university_stands_in_its_city():
    text = "عاد مارك زوكربيرغ بعد 12 سنة منذ تخليه عن الدراسة، إلى جامعة هارفارد الشهر الماضي لتلقي درجة فخرية."
    assert where(text, "الشهر الماضي").country == "US"
    assert name("وألقى الوزير محاضرة في جامعة أكسفورد يوم الثلاثاء الماضي.", "يوم الثلاثاء الماضي") == "أكسفورد"
    assert name("وافتتح المؤتمر أمس في معهد ماساتشوستس للتكنولوجيا.", "أمس") == "كامبريدج"
    assert country("وحاضر الإمام يوم الخميس في جامعة الأزهر.", "يوم الخميس") == "EG"


def test_a_stadium_after_its_matchs_round_and_a_comma_is_where_the_match_is():
    text = ("بعدما تغلب على نظيره الكاميروني 3-1 اليوم الأحد في الجولة الثالثة الأخيرة من مباريات المجموعة الثانية ، "
            "على ملعب استاد \"فيشت\" الأولمبي في سوتشي.")
    assert name(text, "اليوم الأحد") == "سوتشي"
    text = "عندما يخوض المباراة المقبلة في مواجهة روسيا على استاد فيشت الواقع على البحر الأسود يوم السبت."
    assert name(text, "يوم السبت") == "سوتشي"
    text = "وفاز الفريق مساء أمس في الجولة الأخيرة من الدوري ، على ملعب ويمبلي."
    assert name(text, "مساء أمس") == "لندن"


def test_a_stadium_past_another_time_is_not_the_dated_happenings():
    text = "وتأهل الفريق مساء أمس بعد فوزه ذهابا في الجولة التي أقيمت الجمعة الماضية ، على ملعب ويمبلي."
    assert where(text, "مساء أمس") is None


def test_a_sector_with_a_nationality_is_in_that_country():
    text = "أظهر مسح أن النمو في القطاع الخاص الألماني تباطأ خلال فبراير مقارنة مع مستواه قبل شهر."
    assert country(text, "خلال فبراير") == "DE"
    assert country("وتراجعت الاستثمارات في القطاع المصرفي المصري خلال العام الماضي.", "خلال العام الماضي") == "EG"
    # a sector with no nationality is no place
    assert where("وتراجعت الاستثمارات في القطاع الخاص خلال العام الماضي.", "خلال العام الماضي") is None


def test_a_countrys_public_scene_is_that_country():
    text = "تشهد الساحة التونسية تنافسا محموما بين الحزبين منذ الأحد الماضي."
    assert country(text, "منذ الأحد الماضي") == "TN"
    assert country("وأثار القرار جدلا واسعا في الشارع المصري يوم الجمعة.", "يوم الجمعة") == "EG"


def test_a_body_telling_a_statesman_of_another_country_is_placed_in_neither():
    # «الباكستاني» is Pakistan's adjective: the Turkmen authorities told Pakistan's prime minister, somewhere
    text = "الا ان سلطات تركمانستان ابلغت رئيس الوزراء الباكستاني نواز شريف الاثنين ان المشروع سيبدأ هذه السنة."
    assert where(text, "الاثنين") is None
    text = "وأعلنت وزارة الخارجية الكازاخستانية الأحد أن الاجتماع سيعقد في موعده."
    assert country(text, "الأحد") == "KZ"


def test_what_a_word_of_preventing_names_is_no_scene():
    text = "إلا أن لافروف انتقد ضمنا دمشق السبت لمنعها دخول مساعدات إنسانية أرسلتها الأمم المتحدة إلى مدينة دوما."
    assert where(text, "السبت") is None
    text = "وشددت القوات الأحد إجراءاتها لمنع تهريب السلاح إلى ميليشيات الحوثي في اليمن."
    assert where(text, "الأحد") is None


def test_a_town_written_after_an_institution_is_its_town():
    text = "جاء ذلك خلال الحفل الختامي الذي أقيم لبرنامج إعداد قادة المستقبل بجامعة هارفارد في بوسطن يوم الجمعة الماضي."
    assert name(text, "يوم الجمعة الماضي") == "بوسطن"
    assert name("وذكر الباحث في كلية الطب بجامعة هارفارد ببوسطن أمس أن الخلاصة مهمة.", "أمس") == "بوسطن"


def test_a_town_named_again_with_its_nationality_is_not_the_country():
    text = ("اكتسى برج خليفة في مدينة دبي الإماراتية بشعار كأس العالم، وذلك بعد أن حط كأس البطولة في المدينة "
            "الإماراتية، الأربعاء.")
    assert name(text, "الأربعاء") == "دبي"


def test_an_institution_named_again_is_in_the_town_written_after_it_before():
    text = ("جاء ذلك خلال الحفل الذي أقيم بجامعة هارفارد في بوسطن واستفاد منه ٣٠ طالبا خلال فترة الصيف، "
            "يوم الجمعة الماضي، بحضور عميدة البرنامج في جامعة هارفارد.")
    assert name(text, "يوم الجمعة الماضي") == "بوسطن"
    text = "وعمل الباحث سنوات في جامعة هارفارد ببوسطن.\nوألقى محاضرة أمس في جامعة هارفارد."
    assert name_in_last_line(text, "أمس") == "بوسطن"
