"""Resolution without text: partial values in, spans out (DCT = Wednesday 2022-03-09 as in the spec)."""
from datetime import date

import pytest

from timeline.partial import Partial
from timeline.resolve import Resolved, resolve, weekday_date

DCT = date(2022, 3, 9)


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize("partial, value, mod, first, last", [
    (Partial("date", month=5, relation="NEXT"), "2022-05", None, "2022-05-01", "2022-05-31"),
    (Partial("date", month=12, relation="PREV", part="START"), "2021-12", "START", "2021-12-01", "2021-12-10"),
    (Partial("date", month=4, relation="NEXT", part="MID"), "2022-04", "MID", "2022-04-11", "2022-04-20"),
    (Partial("date", month=3, day=8, relation="THIS"), "2022-03-08", None, "2022-03-08", "2022-03-08"),
    (Partial("date", unit="month", relation="THIS", part="END"), "2022-03", "END", "2022-03-21", "2022-03-31"),
    (Partial("date", unit="year", relation="NEXT", part="START"), "2023", "START", "2023-01-01", "2023-04-30"),
    (Partial("date", year=2014), "2014", None, "2014-01-01", "2014-12-31"),
    (Partial("date", unit="week", relation="NEXT"), "2022-W11", None, "2022-03-14", "2022-03-20"),
    (Partial("date", unit="weekend", relation="THIS"), "2022-W10-WE", None, "2022-03-12", "2022-03-13"),
    (Partial("date", unit="month", relation="PREV"), "2022-02", None, "2022-02-01", "2022-02-28"),
    (Partial("date", unit="year", relation="NEXT"), "2023", None, "2023-01-01", "2023-12-31"),
    (Partial("date", day_offset=-1), "2022-03-08", None, "2022-03-08", "2022-03-08"),
    (Partial("date", day_offset=-2), "2022-03-07", None, "2022-03-07", "2022-03-07"),
    (Partial("date", day_offset=2), "2022-03-11", None, "2022-03-11", "2022-03-11"),
    (Partial("date", weekday=2, relation="NEXT"), "2022-03-15", None, "2022-03-15", "2022-03-15"),
    (Partial("date", weekday=2, relation="PREV"), "2022-03-08", None, "2022-03-08", "2022-03-08"),
    (Partial("date", offset=(-3, "day")), "2022-03-06", None, "2022-03-06", "2022-03-06"),
    (Partial("date", offset=(2, "week")), "2022-W12", None, "2022-03-21", "2022-03-27"),
    (Partial("date", offset=(-2, "month")), "2022-01", None, "2022-01-01", "2022-01-31"),
    (Partial("date", offset=(-2, "year")), "2020", None, "2020-01-01", "2020-12-31"),
    (Partial("date", quarter=1, relation="THIS"), "2022-Q1", None, "2022-01-01", "2022-03-31"),
    (Partial("date", season="SU", year=2022), "2022-SU", None, "2022-06-01", "2022-08-31"),
    (Partial("date", decade=9, century_relative=-1), "199", None, "1990-01-01", "1999-12-31"),
    (Partial("date", decade=5, century_relative=-1, part="START"), "195", "START", "1950-01-01", "1953-04-30"),
    (Partial("date", month=5, day=10, until=Partial("date", month=5, day=12)), "2022-05-10/2022-05-12", None,
     "2022-05-10", "2022-05-12"),
    (Partial("date", year=1950, until=Partial("date", year=1953)), "1950/1953", None, "1950-01-01", "1953-12-31"),
    (Partial("date", calendar="hijri", month=9, day=15, year=1443, year_calendar="hijri"), "2022-04-16", None,
     "2022-04-16", "2022-04-16"),
    (Partial("date", calendar="hijri", month=9, relation="NEXT"), "2022-04-02/2022-05-01", None, "2022-04-02", "2022-05-01"),
    (Partial("date", calendar="hijri", month=10, feast_day=1, relation="NEXT"), "2022-05-02", None, "2022-05-02", "2022-05-02"),
    (Partial("date", month=12, tense="PAST"), "2021-12", None, "2021-12-01", "2021-12-31"),
])
def test_spec_table(partial, value, mod, first, last):
    resolved = resolve(partial, DCT)
    assert (resolved.value, resolved.mod, resolved.span) == (value, mod, (d(first), d(last)))


@pytest.mark.parametrize("month, tense, dct, year", [
    (11, "PAST", date(2018, 5, 26), 2017),   # rule 2: past tense, month after the DCT's -> last year
    (1, "FUTURE", date(2016, 12, 2), 2017),  # future tense, month before the DCT's -> next year
    (3, "PAST", date(2018, 6, 8), 2018),
    (7, None, date(2018, 6, 8), 2018),       # no cue: the DCT's year
])
def test_bare_month_follows_the_tense(month, tense, dct, year):
    assert resolve(Partial("date", month=month, tense=tense), dct).span[0].year == year


@pytest.mark.parametrize("weekday, tense, dct, expected", [
    (5, "PAST", date(2018, 8, 3), date(2018, 8, 3)),    # DCT is that weekday: the DCT itself
    (3, "PAST", date(2018, 2, 10), date(2018, 2, 7)),
    (7, "FUTURE", date(2017, 6, 24), date(2017, 6, 25)),
    (1, None, date(2022, 3, 9), date(2022, 3, 7)),      # nearest: two days back beats five ahead
    (5, None, date(2022, 3, 9), date(2022, 3, 4)),      # no cue: news tells of the week gone by
    (4, None, date(2022, 3, 9), date(2022, 3, 10)),     # no cue, but the next one is tomorrow
])
def test_bare_weekday(weekday, tense, dct, expected):
    assert weekday_date(weekday, None, tense, dct) == expected


def test_offset_counts_from_an_anchor_in_the_text():
    anchor = Resolved("DATE", "2014-01-24", span=(date(2014, 1, 24), date(2014, 1, 24)), grain="day", explicit_year=True)
    resolved = resolve(Partial("date", offset=(3, "month"), anchored=True), DCT, anchor=anchor)
    assert resolved.value == "2014-04"


def test_past_and_next_n_units_are_dct_anchored_spans():
    past = resolve(Partial("past_n", amount=2, unit="day"), date(2017, 6, 24))
    assert (past.value, past.span) == ("PAST_REF", (date(2017, 6, 22), date(2017, 6, 23)))
    future = resolve(Partial("next_n", amount=3, unit="month"), DCT)
    assert (future.value, future.span) == ("FUTURE_REF", (date(2022, 3, 10), date(2022, 6, 9)))


@pytest.mark.parametrize("partial, value", [
    (Partial("duration", amount=240, unit="year"), "P240Y"),
    (Partial("duration", amount=3.5, unit="week"), "P3.5W"),
    (Partial("duration", amount=72, unit="hour"), "PT72H"),
    (Partial("set", value="XXXX-WXX-5"), "XXXX-WXX-5"),
])
def test_lengths_and_sets_have_no_span(partial, value):
    resolved = resolve(partial, DCT)
    assert resolved.value == value and resolved.span is None


def test_time_takes_the_day_beside_it():
    resolved = resolve(Partial("time", hour=19, minute=0), DCT, sentence_day=date(2018, 4, 27))
    assert (resolved.type, resolved.value, resolved.span) == ("TIME", "2018-04-27T19:00", (date(2018, 4, 27),) * 2)
    assert resolve(Partial("time", day_offset=-1, day_part="EV"), DCT).value == "2022-03-08TEV"


def test_hijri_spans_are_approximate():
    assert resolve(Partial("date", calendar="hijri", month=9, relation="NEXT"), DCT).approximate
    assert not resolve(Partial("date", month=9, relation="NEXT"), DCT).approximate


@pytest.mark.parametrize("partial, value", [
    # the relation of «من العام الماضي» is the year's: March of last year, even when March is past
    (Partial("date", month=1, year_relation="PREV"), "2021-01"),
    (Partial("date", month=9, year_relation="NEXT"), "2023-09"),
    (Partial("date", month=11, year_relation="BEFORE_PREV"), "2020-11"),
    (Partial("date", month=3, day=15, year_relation="THIS"), "2022-03-15"),
    # and the month's own relation counts from the DCT's month
    (Partial("date", month=1, relation="PREV"), "2022-01"),
    (Partial("date", month=3, relation="BEFORE_PREV"), "2020-03"),
    (Partial("date", unit="year", relation="BEFORE_PREV"), "2020"),
    (Partial("date", unit="week", relation="AFTER_NEXT"), "2022-W12"),
])
def test_year_relations_and_two_steps(partial, value):
    assert resolve(partial, DCT).value == value


# --- issue 9: resolution of the new partial values ---

@pytest.mark.parametrize("partial, value, first, last", [
    # «ثاني خميس من نوفمبر», «آخر جمعة من الشهر»
    (Partial("date", month=11, nth_weekday=(2, 4)), "2022-11-10", "2022-11-10", "2022-11-10"),
    (Partial("date", unit="month", relation="THIS", nth_weekday=(-1, 5)), "2022-03-25", "2022-03-25", "2022-03-25"),
    # «الأسبوع الأخير من يونيو 2019», «الأسبوع الثاني من عام 2020»
    (Partial("date", month=6, year=2019, week_of=-1), "2019-06-24/2019-06-30", "2019-06-24", "2019-06-30"),
    (Partial("date", year=2020, week_of=2), "2020-W02", "2020-01-06", "2020-01-12"),
    # «العاشر من الشهر القادم»
    (Partial("date", unit="month", relation="NEXT", day=10), "2022-04-10", "2022-04-10", "2022-04-10"),
    # «يوم القدس» (last Friday of رمضان 1443), «عيد الفصح» (Western, 2022)
    (Partial("date", calendar="hijri", month=9, feast_day=1, feast_rule="last_friday", relation="NEXT"),
     "2022-04-29", "2022-04-29", "2022-04-29"),
    (Partial("date", month=3, feast_day=1, feast_rule="easter", relation="NEXT"), "2022-04-17", "2022-04-17", "2022-04-17"),
    (Partial("date", month=3, feast_day=1, feast_rule="orthodox_easter", relation="NEXT"), "2022-04-24", "2022-04-24", "2022-04-24"),
])
def test_issue9_dates(partial, value, first, last):
    r = resolve(partial, DCT)
    assert (r.value, r.span) == (value, (d(first), d(last)))


def test_nights_midnight_and_utc():
    night = resolve(Partial("time", weekday=1, day_part="NI", night_pair=True, relation="PREV"), DCT)
    assert (night.value, night.span) == ("2022-03-07TNI", (d("2022-03-07"), d("2022-03-08")))
    midnight = resolve(Partial("time", day_offset=-1, day_part="NI", midnight=True), DCT)
    assert (midnight.value, midnight.span) == ("2022-03-09T00:00", (DCT, DCT))
    assert resolve(Partial("time", hour=8, minute=0, utc=True), DCT).value == "2022-03-09T08:00Z"


def test_fractional_durations_and_offsets():
    assert resolve(Partial("duration", amount=1.5, unit="century"), DCT).value == "P150Y"
    assert resolve(Partial("duration", amount=2.5, unit="year"), DCT).value == "P2.5Y"
    # «قبل شهر ونصف الشهر»: 45 days back
    assert resolve(Partial("date", offset=(-1.5, "month")), DCT).value == "2022-01"


def test_same_unit_needs_a_date_to_refer_to():
    from timeline.resolve import Unresolvable
    told = resolve(Partial("date", year=1956, month=7, day=26), DCT)
    assert resolve(Partial("date", unit="day", relation="SAME"), DCT, told).value == "1956-07-26"
    assert resolve(Partial("date", unit="year", relation="SAME"), DCT, told).value == "1956"
    with pytest.raises(Unresolvable):
        resolve(Partial("date", unit="day", relation="SAME"), DCT, None)


def test_same_day_a_few_paragraphs_later():
    from timeline import extract
    text = ("قال الممثل التجاري في الأول من آب/أغسطس 2018 إن الرئيس كلفه بالملف.\nوردت الصين محذرة.\n"
            "للمزيد: ما هي أسلحة الصين؟\nوأعلنت بكين في اليوم ذاته أنها تدرس فرض رسوم.")
    same = [m for m in extract(text, date(2018, 8, 8)) if m.text == "اليوم ذاته"]
    assert same and same[0].value == "2018-08-01"


# --- «اليوم التالي»، «الشهر التالي» count from the date just told only when it is at least as fine ---

YEAR_2019 = Resolved("DATE", "2019", span=(date(2019, 1, 1), date(2019, 12, 31)), grain="year", explicit_year=True)
MONTH_APRIL_2017 = Resolved("DATE", "2017-04", span=(date(2017, 4, 1), date(2017, 4, 30)), grain="month")
DAY_20_JUNE_2019 = Resolved("DATE", "2019-06-20", span=(date(2019, 6, 20), date(2019, 6, 20)), grain="day")


@pytest.mark.parametrize("partial, anchor", [
    (Partial("date", unit="day", relation="FOLLOWING"), YEAR_2019),  # «كأس آسيا 2019 … في اليوم التالي»
    (Partial("date", unit="day", relation="FOLLOWING"), MONTH_APRIL_2017),  # «في أبريل … وفي اليوم التالي»
    (Partial("date", unit="month", relation="FOLLOWING"), YEAR_2019),  # «2014 … تسليم الشهر التالي»
    (Partial("date", unit="day", relation="PRECEDING"), MONTH_APRIL_2017),
])
def test_following_unit_needs_a_fine_enough_anchor(partial, anchor):
    from timeline.resolve import Unresolvable
    with pytest.raises(Unresolvable):
        resolve(partial, DCT, anchor)


@pytest.mark.parametrize("partial, anchor, value", [
    (Partial("date", unit="day", relation="FOLLOWING"), DAY_20_JUNE_2019, "2019-06-21"),
    (Partial("date", unit="month", relation="FOLLOWING"), MONTH_APRIL_2017, "2017-05"),
    (Partial("date", unit="year", relation="FOLLOWING"), YEAR_2019, "2020"),
])
def test_following_unit_from_a_fine_enough_anchor(partial, anchor, value):
    assert resolve(partial, DCT, anchor).value == value
