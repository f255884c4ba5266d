"""non_event_reason on four classes of corpus text that read as happenings but are not (events/detect/): a coming
window of hours or days an order gives (its deadline, names.py _window), a feast things are readied for (its purpose,
names.py _prepared_for), a period of years in a relative aside between the verb of a measure and the rate it reaches
(the figure's period, figures.py _measured_around_an_aside) or told as the subject of a rate reached later
(_subject_reaching_a_rate), and the speaker's own forecast of a coming window or a
coach's contract running out (outlook.py _forecast, names.py _contract_end). Sentences after corpus phrasings."""
import pytest

from non_event_helpers import feast, reason


@pytest.mark.parametrize("sentence, expression", [
    ("فيما وجه حاكم دبي، الشيخ محمد بن راشد آل مكتوم، بتوفير كافة احتياجات المواطن بشكل فوري، وتلبية جميع متطلبات "
     "العيش الكريم له ولأسرته خلال الـ 24 ساعة القادمة.", "الـ 24 ساعة القادمة"),
    ("وأمهلت السلطات المحلية أصحاب المحلات المخالفة لتسوية أوضاعهم خلال الأيام الثلاثة المقبلة.",
     "الأيام الثلاثة المقبلة"),
    ("وأمرت المحكمة الشركة بتسليم الوثائق خلال الساعات الـ48 المقبلة.", "الساعات الـ48 المقبلة"),
    ("وطلب من الوزيرة عرض تقرير مفصل أمام مجلس الوزراء خلال الأيام العشرة المقبلة.", "الأيام العشرة المقبلة"),
])
def test_a_coming_window_an_order_gives_is_its_deadline(sentence, expression):
    assert reason(sentence, expression, "weeks", value="FUTURE_REF") == "boundary"


@pytest.mark.parametrize("sentence, expression", [
    ("ويخوض فريقه ثلاث مباريات ودية خلال الأسبوعين المقبلين.", "الأسبوعين المقبلين"),
    ("وتدرس الحكومة عدة محاور لخفض الدين العام، وذلك خلال اجتماعاتها على مدار الأسبوعين المقبلين.",
     "الأسبوعين المقبلين"),
])
def test_a_coming_window_with_no_order_stays_an_event(sentence, expression):
    assert reason(sentence, expression, "weeks", value="FUTURE_REF") is None


@pytest.mark.parametrize("sentence, expression", [
    ("كما تم أيضا حجز اكثر من 3 طن من الموالح والزيتون والمخللات الفاسدة المعدة للتسويق بمناسبة شهر رمضان، وفق ما "
     "أعلنت عنه وزارة التجارة.", "شهر رمضان"),
    ("أسفرت عن مقتل المئات وتشريد مئات الآلاف.. مع استعداداتنا لعيد الأضحى المبارك لا ننسى مد يد العون لإخوتنا في "
     "الهند.", "عيد الأضحى المبارك"),
    ("وشرعت المحلات في عرض الحلويات والتمور استعدادا لاستقبال شهر رمضان.", "شهر رمضان"),
    ("وحجزت فرق المراقبة كميات من المواد الغذائية المعدة لشهر رمضان في مستودع عشوائي.", "شهر رمضان"),
])
def test_a_feast_things_are_readied_for_is_their_purpose(sentence, expression):
    assert feast(sentence, expression) == "label"


@pytest.mark.parametrize("sentence, expression", [
    # the prayer the people get ready to go to is held on the feast
    ("فيما شيوخ وكبار القبيلة يرابطون بمسجد الدوار استعدادا للذهاب لصلاة العيد بالمصلى بشكل جماعي.", "العيد"),
    ("واحتفل المسلمون في المدينة بعيد الفطر وسط أجواء من الفرح.", "عيد الفطر"),
])
def test_a_feast_of_a_happening_stays_an_event(sentence, expression):
    assert feast(sentence, expression) is None


@pytest.mark.parametrize("sentence, expression, grain", [
    ("وانخفضت حالات الإصابة، التي شخصت في عيادات الصحة الجنسية بين عامي 2009 و2017، لدى الفتيات في سن 15 إلى 17 "
     "عاما بنسبة 89 في المئة، ولدى الفتيان في نفس السن بنسبة 70 في المئة.", "بين عامي 2009 و2017", "decade"),
    ("وارتفعت مبيعات السيارات، التي سجلتها الجمعية بين عامي 2014 و2017، في السوق المحلية بنسبة 12 بالمائة.",
     "بين عامي 2014 و2017", "decade"),
    ("وتراجعت صادرات الفوسفات، التي رصدها التقرير خلال عام 2016، إلى الأسواق الأوروبية بنحو 8%.", "عام 2016",
     "year"),
])
def test_a_period_in_an_aside_between_a_measure_and_its_rate_is_the_figures(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "statistic"


@pytest.mark.parametrize("sentence, expression, grain", [
    # the aside dates another happening, after which the figure is counted
    ("وارتفع عدد الزوار، الذين جاؤوا بعد افتتاح المتحف عام 2015، بنسبة 20%.", "عام 2015", "year"),
    # no rate after the aside: a toll
    ("وارتفعت حصيلة القتلى، التي أعلنتها الوزارة بين عامي 2014 و2017، إلى 40 قتيلا.", "بين عامي 2014 و2017",
     "decade"),
    # no measure before it: a visit
    ("وزار الرئيس المدينة، التي دمرها الزلزال عام 2016، لتفقد أحوال السكان المتضررين بنسبة 20%.", "عام 2016",
     "year"),
])
def test_an_aside_without_both_sides_of_a_figure_stays_an_event(sentence, expression, grain):
    assert reason(sentence, expression, grain) is None


def test_the_speakers_own_forecast_of_a_coming_window_is_hypothetical():
    sentence = "كما نواصل جهودنا لإعادة النازحين، وأتوقع عودة نصف مليون منهم خلال الأسابيع الثلاثة المقبلة."
    assert reason(sentence, "الأسابيع الثلاثة المقبلة", "weeks", value="FUTURE_REF") == "hypothetical"


def test_a_forecast_in_another_clause_leaves_the_year_an_event():
    sentence = ("لكن يجب علينا ألا نتوقع هذا الالتزام الكبير بالمواعيد، إذ أعلنت سبيس إكس عن صاروخ فالكون هيفي عام "
                "2011.")
    assert reason(sentence, "عام 2011", "year") is None


@pytest.mark.parametrize("sentence, expression", [
    ("وقال كونتي، المدير الفني السابق ليوفنتوس ومنتخب إيطاليا والذي ينتهي تعاقده مع تشيلسي بعد 18 شهرا، إن فريقه "
     "بدا غير مرتاح.", "بعد 18 شهرا"),
    ("وأكد النادي أن المدرب الذي سينتهي تعاقده مع الفريق في صيف 2019 لن يجدد.", "صيف 2019"),
])
def test_the_end_of_a_coachs_contract_is_the_edge_of_his_stay(sentence, expression):
    assert reason(sentence, expression, "month") == "boundary"


@pytest.mark.parametrize("sentence, expression", [
    ("ولفت المتحدث الى ان السداسية الأولى من سنة 2015 تزامنت مع استعادة مجموعة المواد الأولية لنسقها المسجل، لتبلغ "
     "نسبة نمو الواردات، نحو 6ر4 بالمائة.", "السداسية الأولى من سنة 2015"),
    ("وأكد التقرير أن الربع الأول من العام الجاري شهد انتعاشا في الصادرات، لتصل نسبة النمو إلى 5 بالمائة.",
     "الربع الأول من العام الجاري"),
])
def test_a_period_told_as_the_subject_of_a_rate_reached_later_is_the_figures(sentence, expression):
    assert reason(sentence, expression, "quarter") == "statistic"


@pytest.mark.parametrize("sentence, expression", [
    # no rate after the verb of a figure: a count
    ("وأكد الوزير أن الربع الأول من العام الجاري شهد توقيع اتفاقيات جديدة، ليصل عددها إلى 12 اتفاقية.",
     "الربع الأول من العام الجاري"),
    # the period does not open what is said: the statement's verb governs it
    ("وأعلنت الشركة في الربع الأول من العام الجاري عن خطة جديدة، لترتفع أسهمها بنسبة 5%.",
     "الربع الأول من العام الجاري"),
])
def test_a_period_not_the_subject_of_a_rate_stays_an_event(sentence, expression):
    assert reason(sentence, expression, "quarter") is None
