"""non_event_reason on a feast that is the occasion of a happening, not its time (events/detect/names.py _occasion):
«بحلول»، «بمناسبة حلول» a feast (a greeting, a word, a trip made for its coming; the held-out readers leave it out),
and a feast after «بمناسبة» beside another day of the sentence (that day is the happening's). Alone, a feast after
«بمناسبة» dates the happening. And the month a cargo loads in («لشحنات سبتمبر»): the period a price is for (label).
Sentences after corpus phrasings."""
import pytest

from non_event_helpers import reason


@pytest.mark.parametrize("sentence, expression, grain", [
    ("جاء ذلك خلال رسالة وجهها رئيس الوزراء إلى المسلمين في بلاده، لتهنئتهم بحلول عيد الفطر، ونشرتها الحكومة، "
     "اليوم الأحد، على موقعها الرسمي.", "عيد الفطر", "day"),
    ("وبمناسبة حلول عيد الفطر، أضاف الوزير الروسي أن ذلك العيد يعد عطلة أساسية في البلاد.", "عيد الفطر", "day"),
    ("وفي السياق، هنأ الرئيس فلاديمير بوتين، المسلمين في بلاده بحلول عيد الفطر.", "عيد الفطر", "day"),
    ("وقتل الشاب داخل قطار عائدا إلى ولايته، بعد قيامه برحلة تسوق في نيودلهي بمناسبة حلول عيد الفطر.",
     "عيد الفطر", "day"),
])
def test_the_coming_of_a_feast_is_the_occasion(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "label"


@pytest.mark.parametrize("sentence, expression, grain", [
    ("كشفت شركة غوغل الخميس الماضي عن موقع خاص يسهل تحديد اتجاه القبلة وذلك بمناسبة شهر رمضان.",
     "شهر رمضان", "month"),
    ("واستقبل الرئيس اليوم مجموعة من الأطفال بمناسبة عيد الفطر في قصر الرئاسة.", "عيد الفطر", "day"),
])
def test_a_feast_beside_the_day_of_the_happening_is_its_occasion(sentence, expression, grain):
    assert reason(sentence, expression, grain) == "label"


@pytest.mark.parametrize("sentence, expression", [
    ("أهدت امرأة تركية زوجها هدية مختلفة بمناسبة عيد الحب الذي صادف وضعها لمولودها.", "عيد الحب"),
    ("وناشد خامنئي القوات الثورية بحماية النظام، وذلك في كلمة له بطهران أمام حشود، بمناسبة عيد الفطر.",
     "عيد الفطر"),
    ("واحتفل المسلمون في المدينة بعيد الفطر وسط أجواء من الفرح.", "عيد الفطر"),
])
def test_a_feast_alone_after_its_occasion_word_dates_the_happening(sentence, expression):
    assert reason(sentence, expression, "day") is None


@pytest.mark.parametrize("sentence, expression", [
    ("قالت أرامكو في بيان لها اليوم الأربعاء إنها رفعت أسعار البيع الرسمية لخامها الخفيف إلى المشترين في آسيا لشحنات "
     "سبتمبر أيلول 50 سنتا عن مستواها في شحنات أغسطس آب.", "سبتمبر أيلول"),
    ("قالت أرامكو في بيان لها اليوم الأربعاء إنها رفعت أسعار البيع الرسمية لخامها الخفيف إلى المشترين في آسيا لشحنات "
     "سبتمبر أيلول 50 سنتا عن مستواها في شحنات أغسطس آب.", "أغسطس آب"),
    ("وقالت أرامكو في بيان أمس الأول إن السعودية رفعت أسعار البيع لشحنات الشهر المقبل 50 سنتا.", "الشهر المقبل"),
    ("وخفضت الشركة سعر خامها لتحميل أكتوبر بمقدار دولار للبرميل.", "أكتوبر"),
])
def test_the_month_a_cargo_loads_in_is_the_period_of_a_price(sentence, expression):
    assert reason(sentence, expression, "month") == "label"


def test_the_month_of_a_statement_on_cargoes_stays_an_event():
    assert reason("وأعلنت الشركة في سبتمبر رفع أسعار شحنات النفط إلى آسيا.", "سبتمبر", "month") is None
