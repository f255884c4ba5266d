"""The rules, in the order that settles ties between matches of the same length (match.py), and the word
classes (TRIGGERS) around which the scan lets each of them run.
"""
from __future__ import annotations

from ..normalize import LETTER, normalize
from ..partial import Partial
from .clocks import p_clock
from .dates import p_date_parts, p_day_misspelt_month, p_numeric_date, p_numeric_month
from .days import p_relative_day, p_this_day_part, p_tonight, p_weekday
from .durations import p_dual_duration, p_duration, p_fraction_of_unit, p_single_duration, p_single_duration_any
from .feasts import p_feast, p_holy_month
from .fragments import YEAR_REL, month_x, year_x
from .offsets import p_offset, p_past_or_next_n
from .ranges import p_cross_month_range, p_day_range, p_first_months, p_month_range, p_year_range
from .relative_units import (
    p_day_of, p_day_of_month_unit, p_nth_weekday, p_part_of_unit, p_relative_unit, p_same_day, p_same_period,
    p_same_unit, p_unit_in_context, p_week_of, p_weekday_of_week, p_weekend)
from .rule import Rule
from .sets_and_vague import p_every, p_every_year_date, p_per_unit, p_set_word, p_vague
from .values import relation
from .words import (
    DAY_ORDINALS, DAY_TENS, DECADES, FEASTS, HOUR_WORDS, LASTING_VERBS, MONTHS, NUMBERS, PARTS, RELATIONS,
    RELATIVE_DAYS, SEASONS, SETS, UNITS, VAGUE, WEEKDAYS, WEEKDAYS_BARE)
from .years import p_century, p_decade, p_quarter, p_season, p_year


# Words too common to trigger a rule when an entry has a rarer one («بعد غد» runs on «غد»).
_COMMON = {normalize(w) for w in ("بعد", "قبل", "أول", "الأول", "يوم", "من", "في", "إلى", "حتى", "على", "عن")}


def _trigger_word(entry: str) -> str:
    """The word of an entry that a match of it must contain: its longest uncommon word."""
    words = entry.split()
    return max([w for w in words if w not in _COMMON] or words, key=len)


def _trigger_words(words) -> set[str]:
    return {_trigger_word(entry) for entry in words}


def _trigger_offset(words) -> int:
    """How far into an entry its trigger word can start («عيد الأضحى المبارك»: 4), for a rule's reach."""
    return max(entry.index(_trigger_word(entry)) for entry in words)


# «الأيام الأخيرة»: words that close a past-N expression like a relation
LAST = ("الاخيره", "الاخيرين", "الاخير", "الاخيرتين")
# «لمدة شهر»، «منذ عام»: words before a bare unit that make it a one-unit duration
DURATION_INTRO = ("لمده", "مده", "طيله", "طوال", "قرابه", "نحو", "حوالي", "خلال", "غضون", "منذ",
                  "مرور", "بعد", "قبل", "مدار", "مدي")  # «على مدار أسبوع»، «على مدى شهر»  # «بعد يوم من الهجوم»: the offset rule leaves event-anchored ones

# «اليوم، 23 أغسطس»: a relative day before a written date is one mention with it; the date wins (rule 15)
# «مساء أمس الجمعة 29 ماي»، «فجر السبت 14 نيسان/أبريل»: a part of the day before the weekday makes the date a TIME
# (not before a bare day: «ليلة 27 رمضان» stays the feast's DATE; not «منتصف ليل …»: midnight)
WD_PREFIX = (r"(?:(?<!منتصف )(?P<dpw>{DAYPART})\s+(?:من\s+)?(?:يوم\s+)?(?=(?:{RELDAY}\s+)?(?:يوم\s+)?{WD}))?"
             r"(?:(?:يوم\s+)?{RELDAY}\s*[,،]?\s*(?=\d|{ORDDAY}|(?:يوم\s+)?{WD}))?"
             r"(?:(?:(?P<relday>{RELDAY})\s+)?(?:يوم\s+)?(?P<wd>{WD})(?:\s+{REL})?\s*[,،]?\s*"
             r"(?:(?:الموافق|الموافقه)\s+(?:ل\s*)?)?)?")
NUMERIC_DATE = r"(?:(?:يوم|اليوم)\s+)?(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<mo>[01]?\d)\s*(?P=sep)\s*(?P<y>\d{{4}}|\d\d)(?![\d/]){YSUF}"
# «1440/5/12هـ»، «2019/01/18م»: year first, as Gulf agencies write it (a URL's «/2018/01/24/» is no date)
YEAR_FIRST_DATE = (r"(?<![\d/])(?:(?:يوم|اليوم)\s+)?(?P<y>(?:19|20|13|14)\d\d)\s*(?P<sep>[/-])\s*(?P<mo>[01]?\d)\s*(?P=sep)"
                   r"\s*(?P<d>[0-3]?\d)(?![\d/]){YSUF}")
YEAR_OR_REL = "(?:" + year_x("year") + r"|\s+(?P<rel>{REL})|" + YEAR_REL + ")?"

RULES: list[Rule] = [
    Rule("numeric_date", NUMERIC_DATE, p_numeric_date, reach=(8, 30), triggers=('NUMERIC',)),
    Rule("iso_date", r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?!\d)", p_numeric_date, reach=(8, 16), triggers=('ISO',)),
    Rule("year_first_date", YEAR_FIRST_DATE, p_numeric_date, reach=(8, 20), triggers=('NUMERIC', 'ISO')),
    # «يوم الخميس 18/1/2019»، «أمس الأربعاء 20 - 10 - 1436هـ»: the weekday is part of the date, as before a month name
    # (rules of their own, around weekdays: numbers with a date separator are too many to look 45 characters back)
    Rule("weekday_numeric_date", WD_PREFIX + NUMERIC_DATE, p_numeric_date, reach=(25, 50), triggers=('WD',), needs=('NUMBER',)),
    Rule("weekday_year_first_date", WD_PREFIX + YEAR_FIRST_DATE, p_numeric_date, reach=(25, 50), triggers=('WD',),
         needs=('NUMBER',)),
    Rule("every_year_date", r"(?:(?P<day>{DAYN})\s+(?:من\s+)?)?(?:شهر\s+)?" + month_x("month")
         + r"\s+من\s+كل\s+(?:عام|سنه)", p_every_year_date, reach=(75, 10), triggers=('EVERY',), needs=('MONTH',)),
    Rule("cross_month_range", r"(?:(?P<from>من|بين)\s+)?(?P<day1>{DAYN})\s+(?:من\s+)?(?P<month1>{MONTH})(?:\s*/\s*{MONTH}|\s*\(\s*{MONTH}\s*\))?\s*(?P<to>{TO})\s*"
         r"(?P<day>{DAYN})\s+(?:من\s+)?" + month_x("month") + r"(?:" + year_x("year") + r"|\s+(?P<rel>{REL}))?",
         p_cross_month_range, reach=(40, 70), triggers=('MONTH',), hits_needed=2,
         needs=('NUMBER', 'DAY_ORDINAL'), needs_hits=2),
    Rule("year_range", r"(?:(?P<from>من|بين)\s+)?(?:(?:ال|ل)?(?:عام|سنه|عامي|سنتي)\s*)?(?P<y1>{YEAR})\s*(?P<sep>-|/|الى|حتى|و)\s*"
         r"(?:(?:عام|سنه)\s+)?(?P<y2>{YEAR})(?![\d/])(?P<y2suf>{YSUF})", p_year_range, reach=(30, 30), triggers=('YEAR',), hits_needed=2),
    Rule("day_month", WD_PREFIX + r"(?:(?:يوم|اليوم)\s+)?(?P<day>{DAYN})\s*(?:من\s+)?(?:شهر\s+)?" + month_x("month")
         + YEAR_OR_REL, p_date_parts, reach=(70, 60), triggers=('MONTH',),
         needs=('NUMBER', 'DAY_ORDINAL')),
    Rule("day_misspelt_month", r"(?:(?:يوم|اليوم)\s+)?(?P<day>{DAYN})\s+(?P<misspelt>" + LETTER + r"{{3,9}})\s*\(\s*"
         r"(?P<month>{MONTH})\s*\)" + YEAR_OR_REL, p_day_misspelt_month, reach=(40, 60), triggers=('MONTH',),
         needs=('NUMBER', 'DAY_ORDINAL')),
    Rule("day_range", r"(?:(?:من|بين|يومي|ايام)\s+)?(?:{WD}(?:\s*(?:و|،|,)\s*{WD})*\s+)?(?P<day>{DAYN})(?:\s*[و،,]?\s*{DAYN})*\s*(?:-|(?:و\s*)?(?:(?:الى|حتى)(?:\s+غايه)?|لغايه)|و|ل(?=\s*\d))\s*(?:(?:يوم|اليوم)\s+)?(?P<day2>{DAYN})\s+"
         r"(?:من\s+)?(?:شهر\s+)?" + month_x("month") + YEAR_OR_REL, p_day_range, reach=(60, 60), triggers=('MONTH',),
         needs=('NUMBER', 'DAY_ORDINAL'), needs_hits=2),
    # «من شهري سبتمبر إلى نوفمبر»: after من/بين the dual شهري names the two ends (alone, «شهري مايو ويونيو» lists two)
    Rule("month_range", r"(?:من|بين)\s+(?:شهري?\s+)?(?P<month1>{MONTH})(?:\s*/\s*{MONTH}|\s*\(\s*{MONTH}\s*\))?\s*{TO}\s*(?:شهر\s+)?" + month_x("month")
         + YEAR_OR_REL, p_month_range, reach=(25, 60), triggers=('MONTH',), hits_needed=2),
    Rule("month", r"(?:(?P<part>{PART})\s+(?:من\s+)?|(?P<half>{HALF})\s+من\s+|(?:ال)?ايام\s+(?:ال)?(?P<ndays>{NUMW}|[1-9]|1[0-5])\s+الاولي\s+من\s+)?(?:شهر\s+)?" + month_x("month")
         + r"(?P<epithet>\s+(?:الكريم|المبارك|الفضيل|المعظم|الابرك)(?!\w))?" + YEAR_OR_REL, p_date_parts, reach=(30, 60), triggers=('MONTH',)),
    Rule("same_period", r"(?:(?:نفس|ذات)\s+الفتره|الفتره\s+(?:نفسها|ذاتها|المماثله))\s+من\s+(?:(?:ال)?(?:عام|سنه)\s+"
         r"(?:(?P<year>{YEAR})|(?P<rel>{REL}))|(?P<year2>{YEAR}))", p_same_period, reach=(20, 40), triggers=('PERIOD',)),
    Rule("same_day_of_year", r"(?:نفس|ذات)\s+(?:ال)?(?:يوم|تاريخ)\s+من\s+(?:(?:ال)?(?:عام|سنه)\s+)?(?P<year>{YEAR})",
         p_same_day, reach=(0, 40), triggers=('SAME',)),
    Rule("year", r"(?:(?P<part>{PART})(?:\s+(?:من\s+)?|(?=\d)))?(?:(?P<kw>(?:ال|ل)?(?:عام|سنه))\s+)?(?P<year>{YEAR})(?P<yearsuf>{YSUF})",
         p_year, reach=(30, 15), triggers=('YEAR',)),
    Rule("day_of_month_unit", WD_PREFIX + r"(?:(?:يوم|اليوم)\s+)?(?P<day>{DAYN})\s+من\s+(?:شهر\s+)?(?:الشهر\s+(?:(?P<rel>{REL})|(?P<same>نفسه|ذاته)|(?P<this>هذا))"
         r"|(?P<same2>نفس|ذات)\s+الشهر|(?P<this2>هذا)\s+الشهر)(?!\w)",
         p_day_of_month_unit, reach=(75, 30), triggers=('RELUNIT',), needs=('NUMBER', 'DAY_ORDINAL')),
    Rule("holy_month", r"(?P<this>هذا|هذه)\s+(?:ال)?شهر\s+(?:الفضيل|الصيام|الصوم|الكريم|المبارك)(?!\w)",
         p_holy_month, reach=(15, 25), triggers=('HOLY_EPITHET',)),
    Rule("numeric_month", r"(?:(?P<part>{PART})\s+(?:من\s+)?)?شهر\s+(?P<mo>1[0-2]|0?[1-9])(?![\d.,:/%])"
         r"(?:\s+(?P<rel>{REL})|" + year_x("year") + r")?", p_numeric_month, reach=(30, 30), triggers=('HOLY',),
         needs=('NUMBER',)),
    Rule("nth_weekday", r"(?:(?P<nth>اول|ثاني|ثالث|رابع|خامس|اخر)\s+(?:يوم\s+)?(?P<wd>{WDBARE}|{WD})|(?:يوم\s+)?(?P<wdl>{WD})\s+(?P<lastw>الاخير|الاخيره))\s+(?:من|في)\s+"
         r"(?:(?:شهر\s+)?" + month_x("month") + YEAR_OR_REL + r""
         r"|(?P<unit>الشهر)(?:\s+(?P<urel>{REL}))?)", p_nth_weekday, reach=(25, 60), triggers=('WD',), needs=('NTH', 'LAST')),
    Rule("day_of", r"(?:(?P<nth>اول|اخر)\s+يوم|(?:ال)?يوم\s+(?P<nth2>الاول|الاخير))\s+(?:من|في)\s+(?:(?:شهر\s+)?" + month_x("month")
         + YEAR_OR_REL + r"|(?P<unit>الشهر|العام|السنه)(?:\s+(?P<urel>{REL})|(?!\s+ال))"
         r"|(?:ال)?(?:عام|سنه)\s+(?P<wyear>{YEAR}))", p_day_of, reach=(15, 60), triggers=('FIRST_LAST_DAY',), needs=('UNIT',)),
    Rule("weekday_of_week", r"(?:يوم\s+)?(?P<wd>{WD})\s+(?:من\s+)?(?:هذا\s+الاسبوع|الاسبوع\s+(?P<rel>{REL}))(?!\w)",
         p_weekday_of_week, reach=(10, 40), triggers=('WD',), needs=('RELUNIT',)),
    Rule("week_of", r"(?:(?:ال)?اسبوع\s+(?P<n>الاول|الثاني|الثالث|الرابع|الاخير)|(?P<n2>اول|اخر)\s+اسبوع)\s+(?:(?:من|في)\s+)?(?:(?:شهر\s+)?" + month_x("month")
         + YEAR_OR_REL + r"|(?:ال)?(?:عام|سنه)\s+(?P<wyear>{YEAR}))",
         p_week_of, reach=(10, 60), triggers=('WEEK',)),
    Rule("same_unit", r"(?:(?P<unit>(?:ال)(?:يوم|اسبوع|شهر|عام|سنه))\s+(?:نفسه|ذاته|عينه|نفسها|ذاتها)"
         r"|(?:نفس|ذات|ذلك|تلك)\s+(?P<unit2>(?:ال)(?:يوم|اسبوع|شهر|عام|سنه))(?!\s+(?:من|{REL}|ال))"
         r"|(?<!مثل )هذا\s+(?P<unit3>اليوم)(?!\s+(?:ال|{REL}))|(?P<unit4>يوم)(?:ها|ذاك|ئذ)"
         r"|(?:تلك|نفس|ذات)\s+(?P<night>الليله)(?!\s+(?:من|{REL}|ال))|(?P<night2>الليله)\s+(?:نفسها|ذاتها))(?!\w)",
         p_same_unit, reach=(10, 20), triggers=('RELDAY', 'RELUNIT', 'SAME', 'THAT', 'TONIGHT')),
    Rule("relative_day", r"(?:(?P<mid>منتصف)\s+(?=ليل|الليل))?(?:(?P<dp>{DAYPART})\s+(?:من\s+)?(?:يوم\s+)?)?(?P<relday>{RELDAY})(?:\s+(?P<wd>{WD})|\s*\(\s*(?P<wdp>{WD})\s*\)|\s*[،,]\s*(?P<wdc>{WD})(?=\s*[،,]))?", p_relative_day, reach=(25, 30), triggers=('RELDAY',)),
    Rule("tonight", r"(?<!تلك )(?<!نفس )(?<!ذات )الليله(?:\s+(?P<rel>الماضيه|البارحه))?(?!\s+(?:ال|{REL}))", p_tonight, reach=(5, 20), triggers=("TONIGHT",)),
    Rule("this_day_part", r"(?:هذا|هذه)\s+(?P<dp>الصباح|المساء|الليله)", p_this_day_part, reach=(10, 5), triggers=('DEFINITE_DAYPART',)),
    Rule("weekday", r"(?:(?P<mid>منتصف)\s+(?=ليل|الليل))?(?:(?P<dp>{DAYPART})\s+(?:يوم\s+)?)?(?:يوم\s+)?(?P<wd>{WD})"
         r"(?(dp)(?:(?:\s*[-–]\s*|\s+(?:و\s*|الى\s+|على\s+)?)(?:يوم\s+)?(?P<wd2>{WD}))?)(?:\s+(?P<rel>{REL}))?"
         r"(?:\s+(?P<relday>{RELDAY}))?(?:(?P<feast_day>\s+(?:اول|ثاني|ثالث)\s+ايام\s+(?:العيد|{FEAST}))"
         r"|(?=(?P<feast_said>\s+(?:هو|هي|سيكون|يكون)\s+(?:(?:اول|ثاني|ثالث)\s+)?ايام\s+(?:العيد|{FEAST}))))?",
         p_weekday, reach=(25, 50), triggers=('WD',)),
    Rule("clock", r"(?:(?:ال)?ساعه\s+)?(?:(?P<hh>[0-2]?\d)(?P<sep>[:.,])(?P<mm>[0-5]\d)(?::[0-5]\d)?(?!\d)|(?P<hn>[0-2]?\d)(?![\d:.,])|(?P<hw>{HOURW}))"
         r"(?:\s+و\s*(?P<frac>النصف|نصف|الربع|ربع|الثلث|ثلث|(?P<mins>\d{{1,2}}|{NUMW}(?:\s+(?:و\s*)?{NUMW}){{0,2}})\s+(?:دقيقه|دقائق)))?"
         # «السابعة إلى ربع»: «إلى» for «إلا» before a quarter or a third that no word follows as a noun
         # («وصل إلى ربع النهائي» is a quarter-final)
         r"(?:\s+(?:الا|إلا|الي(?=\s+(?:ربع|الربع|ثلث|الثلث)(?!\s+(?:ال)?نهائي)))\s+(?P<minus>ربعا|ربع|الربع|ثلثا|ثلث|الثلث))?"
         r"(?:\s+(?:من\s+)?(?:(?:هذا|هذه)\s+)?(?P<dp>{DAYPART}))?"
         # «الثالثة من اليوم التالي»: the next day of the story, not today (the clock stops before it)
         r"(?:\s+(?:من\s+)?(?:يوم\s+)?(?P<relday>{RELDAY})(?!\s+(?:التالي|الموالي|اللاحق|السابق)))?(?:\s+(?P<wd>{WD}))?"
         r"(?P<utc>\s+(?:ب?(?:ال)?توقيت\s+(?:غرينتش|غرينيتش|جرينتش|جرينيتش|العالمي)|ت\s*\.?\s*غ(?!\w)|gmt|GMT|utc|UTC))?", p_clock, reach=(12, 70), triggers=('CLOCK', 'HHMM')),
    Rule("day_after_anchor", r"(?:ال)?(?P<unit>يوم)\s+(?P<rel>التالي|الموالي|اللاحق|السابق)", p_relative_unit,
         reach=(10, 15), triggers=('RELDAY',), needs=('REL',)),
    Rule("relative_unit", r"(?:(?P<part>{PART})\s+(?:من\s+)?|(?P<half>{HALF})\s+من\s+(?=ال))?(?:(?P<this>هذا|هذه)\s+(?P<unit>(?:ال)(?:اسبوع|شهر|عام|سنه))|"
         r"(?P<unit2>{UNITDEF})\s+(?:(?P<rel>{REL})|هذا|هذه))(?:\s+(?P<year>{YEAR}))?", p_relative_unit, reach=(25, 30), triggers=('RELUNIT',)),
    Rule("weekend", r"(?:عطله\s+)?نهايه\s+(?:ال)?اسبوع(?:\s+(?P<rel>{REL})|\s+(?P<this>هذا))?", p_weekend, reach=(10, 25), triggers=('WEEKEND',), needs=('UNIT',)),
    Rule("part_of_unit", r"(?:(?P<part>{PART}|نص)\s+(?:من\s+)?|(?P<half>{HALF})\s+من\s+)(?P<unit>(?:ال)(?:اسبوع|شهر|عام|سنه))(?!\s+(?:ال|{YEAR}))", p_part_of_unit, reach=(20, 20), triggers=('PART', 'RELUNIT', 'COLLOQUIAL_PART'), hits_needed=2),
    Rule("unit_in_context", r"(?:خلال|طيله|طوال|لاحق\s+من|متاخر\s+من|وقت\s+سابق\s+من)\s+(?P<m>(?P<unit>(?:ال)(?:اسبوع|شهر|عام|سنه)))(?!\s+ال|\s*\d)",
         p_unit_in_context, reach=(25, 25), triggers=('RELUNIT', 'UNIT_CONTEXT'), hits_needed=2),
    Rule("quarter", r"(?:(?P<part>{PART})\s+(?:من\s+)?)?(?P<kind>الربع|الثلاثي|النصف|السداسي|السداسيه)\s+(?P<n>الاولي|الثانيه|الاخيره|الاول|الثاني|الثالث|الرابع|الاخير)(?!\w)(?:\s+فقط)?"
         r"(?:\s+(?:من\s+)?(?:(?:(?:ال|لل)?(?:عام|سنه)\s+(?P<rel>{REL}))|(?P<this>هذا|هذه)\s+(?:العام|السنه)|(?:(?:ال|ل)?(?:عام|سنه)\s+)?(?P<year>{YEAR})(?P<yearsuf>{YSUF}))"
         r"|\s+(?P<of_year>(?:من\s+(?:ال)?|لل)(?:عام|سنه)(?:\s+المالي(?:ه)?)?))?", p_quarter, reach=(30, 40), triggers=('QUARTER',)),
    # «الربع السابق» after «الربع الأول» (the one before it), «الربع الحالي من العام»: a quarter counted like a unit
    Rule("relative_quarter", r"الربع\s+(?P<rel>{REL})(?:\s+(?:من\s+(?:ال)?|لل)(?:عام|سنه)(?:\s+(?:الحالي|الجاري))?)?",
         lambda m: Partial("date", unit="quarter", relation=relation(m["rel"])), reach=(10, 40), triggers=('QUARTER',),
         needs=('REL',)),
    Rule("season", r"(?:فصل\s+)?(?:(?P<this>هذا|هذه)\s+)?(?P<season>{SEASON})(?:\s+(?P<rel>{REL})|" + year_x("year") + r")?", p_season, reach=(15, 25), triggers=('SEASON',)),
    Rule("decade", r"(?:(?P<part>{PART})\s+(?:من\s+)?)?(?:(?:سنوات|عقد|حقبه)\s+)?(?:ال)?(?P<decade>{DECADE})(?:\s+و\s*(?:ال)?(?P<decade2>{DECADE}))?(?:\s+(?:من\s+)?(?P<century>{CENTURY}))?",
         p_decade, reach=(30, 40), triggers=('DECADE',)),
    # «في بداية الألفية الجديدة»، «مطلع الألفية الثالثة»: the first decade of the 2000s (as the gold reads it)
    Rule("millennium_start", r"(?:بدايه|مطلع|اوائل|فجر)\s+(?:من\s+)?(?:ال)?الفيه\s+(?:الجديده|الثالثه|الحاليه)(?!\w)",
         lambda m: Partial("date", decade=0, century=20), reach=(5, 40), triggers=('PART',)),
    Rule("century", r"(?:(?P<part>{PART})\s+(?:من\s+)?)?(?P<century>{CENTURY})", p_century, reach=(25, 20), triggers=('CENTURY',)),
    Rule("feast", r"(?:(?P<nth>اول|ثاني|ثالث|رابع)\s+ايام\s+)?(?P<feast>{FEAST})(?:\s+(?P<rel>{REL})|"
         + year_x("year") + r"|\s+(?:(?:المبارك|السعيد)\s+)?(?:يوم\s+)?(?P<fwd>{WD})(?:\s+{REL})?(?!\s*\d))?", p_feast, reach=(14 + _trigger_offset(FEASTS), 30),
         triggers=('FEAST',)),
    Rule("offset", r"(?P<dir>قبل|بعد)(?P<after_it>ها|ه\s+ب|ها\s+ب)?\s*(?:مرور\s+|حوالي\s+|نحو\s+)?(?:(?P<num>{NUM})(?:\s+|(?<=\d)))?(?P<unit>{UNIT})(?:\s+(?:واحد|واحده)(?!\w))?(?P<offfrac>(?>{FRAC}))"
         r"(?!(?:\s+(?:فقط|تقريبا|بالضبط|كامله|كاملين|كاملا|واحد|واحده))?\s+(?:من\s+(?!(?:الان|اليوم|الحين)(?!\w))|على\s+(?!(?:يد|ايدي)(?!\w)))|\s+{REL})",
         p_offset, reach=(0, 60), triggers=('OFFSET',), needs=('UNIT',)),
    Rule("first_months", r"(?:(?:ال\s*)?(?:(?P<num>{NUM})\s+(?:ال)?(?:اشهر|شهور)|(?:ال)?(?:اشهر|شهور)\s+(?:ال)?(?P<num2>{NUMW}))\s+"
         r"(?P<which>الاولي|الاخيره)|(?:ال)?(?P<dual>شهرين|شهران)\s+(?P<which2>الاولين|الاوليين|الاولان|الاخيرين|الاخيران))\s+من\s+(?:(?:ال)?(?:عام|سنه)(?:\s+(?P<rel>{REL}))?(?:\s+(?P<year>{YEAR}))?|(?P<year2>{YEAR}))",
         p_first_months, reach=(25, 60), triggers=('UNIT',), needs=('FIRST_LAST',)),
    Rule("past_or_next_n", r"(?:(?P<defnum>ال\s*|ل)?(?P<num>{NUM})\s+)?(?P<unit>(?:ال)?{UNIT})(?:\s+(?P<num2>(?:ال)?(?:\d+|{NUMW}(?:\s+و\s*(?:ال)?{NUMW})?)))?\s+"
         r"(?P<rel>{REL}|" + "|".join(LAST) + ")", p_past_or_next_n, reach=(70, 20), triggers=('REL', 'LAST'), needs=('UNIT',)),
    Rule("duration", r"(?:(?:اكثر|اقل|ازيد)\s+من\s+)?(?:(?P<defnum>ال|ل)(?=[^\W\d]))?(?P<num>{NUM})(?:\s+|(?<=\d))(?P<unit>{UNIT}){FRAC}", p_duration, reach=(45, 30), triggers=('UNIT',),
         needs=('NUMBER', 'NUMBER_WORD')),
    Rule("dual_duration", r"(?:(?:اكثر|اقل|ازيد)\s+من\s+)?(?P<unit>{UNIT}){FRAC}", p_dual_duration, reach=(15, 30), triggers=('DUAL_UNIT',)),
    Rule("one_unit", r"(?P<unit>{UNIT})\s+(?:واحد|واحده)(?!\w)", p_single_duration, reach=(15, 15), triggers=('UNIT',), needs=('ONE',)),
    Rule("fraction_of_unit", r"(?:(?:اكثر|اقل|ازيد)\s+من\s+)?(?P<frac>نصف|ربع|ثلث)\s+(?P<unit>ساعه|قرن|عقد)(?!\s+(?:ال|{WD}))",
         p_fraction_of_unit, reach=(20, 10), triggers=('UNIT',), needs=('FRACTION',)),
    Rule("single_duration", r"(?:(?:اكثر|اقل|ازيد)\s+من\s+(?P<m1>(?P<unit>{UNIT}){FRAC2})|(?:" + "|".join(DURATION_INTRO) + r")\s+"
         r"(?P<m>(?P<unit2>{UNIT}){FRAC}))(?!\s+(?:{MONTH}|ال))", lambda m: p_single_duration_any(m), reach=(0, 25), triggers=('DURATION_INTRO',), needs=('UNIT',)),
    # «وكان لافتا في خطبة هذا العيد …»: the feast the article named before it (engine.py; none named: no date)
    Rule("this_feast", r"(?:هذا|هذه)\s+(?:العيد|الاعياد)(?!\s+(?:ال|{REL}))", lambda m: Partial("date", relation="SAME_THIS"),
         reach=(10, 15), triggers=('THE_FEAST',)),
    # «قبل الإعلان النهائي لقوائم المرشحين بأسبوع»، «قبل انطلاق الموسم بشهر»: the gap between two happenings,
    # one unit glued to بـ after «قبل/بعد» and the happening (a length, as «بيومين»; not «قبل ذلك بأسبوع», anchored)
    Rule("gap_before_event", r"(?:قبل|بعد)\s+(?!(?:ذلك|ذاك|تلك)(?!\w))(?:[^\W\d]+\s+){{1,4}}?ب(?!ال)(?P<m>(?P<unit2>{UNIT}){FRAC})"
         r"(?!\w|\s+(?:{MONTH}|ال|من))", lambda m: p_single_duration_any(m), reach=(60, 25), triggers=('GAP_UNIT',)),
    # «استغرق تصوير الفيلم شهرا»، «واستمر الاجتماع ساعة»: one unit after a verb of lasting (and its subject: a
    # definite word, or a construct ending in one)
    Rule("lasting", r"(?:{LASTING})(?:\s+(?:[^\W\d]+\s+)?ال[^\W\d]+)?\s+(?:ل\s*)?(?P<m>(?P<unit2>{UNIT})(?:\s+واحد[اه]?(?!\w))?{FRAC})(?!\s+(?:{MONTH}|ال))",
         lambda m: p_single_duration_any(m), reach=(30, 35), triggers=('LASTING',), needs=('UNIT',)),
    # «هبط المؤشر لأدنى مستوياته في عام»، «بلغ الدولار أدنى سعر في أسبوع»: the span a record is counted over
    Rule("record_in_unit", r"(?:ادني|اعلي)\s+(?:[^\W\d]+\s+){{1,3}}?في\s+(?P<m>(?P<unit2>{UNIT}){FRAC})(?!\s*(?:\d|ال|{MONTH}))",
         lambda m: p_single_duration_any(m), reach=(50, 25), triggers=('RECORD',), needs=('UNIT',)),
    Rule("every", r"كل\s+(?:(?P<num>{NUM})\s+(?P<nunit>{UNIT})|(?P<dual>{UNIT})(?=\s|$|[^\w])(?<=ين)|(?:يوم\s+)?(?P<wd>(?:{WD}|{WDBARE})(?:\s*(?:و|،|,)\s*(?:{WD}|{WDBARE}))*)(?:\s+من\s+كل\s+اسبوع)?|"
         r"(?P<season>{SEASON})|(?P<unit>يوم|اسبوع|شهر|عام|سنه|ساعه)(?!\s+(?:{WD}|{WDBARE}))|(?P<dp>صباح|مساء|ليله|ظهر|عصر|فجر)(?!\s+(?:{WD}|{RELDAY}|ال)))",
         p_every, reach=(5, 60), triggers=('EVERY',), needs=('WD', 'SEASON', 'UNIT', 'EVERY_DAYPART')),
    Rule("per_unit", r"(?P<m>في\s+(?P<unit>(?:ال)(?:اسبوع|شهر|عام|سنه|يوم)))(?!\s*(?:ال|{REL}|\d|[,،]?\s*{YEAR}|نفس|ذات))",
         p_per_unit, reach=(10, 5), triggers=('RELUNIT', 'RELDAY')),
    Rule("set_word", r"(?P<word>{SETWORD})", p_set_word, reach=(30, 30), triggers=('SETWORD',)),
    Rule("vague", r"(?P<word>{VAGUE})", p_vague, reach=(30, 30), triggers=('VAGUE',)),
]

# Word classes for the prefilter (scan.py): a rule runs only in windows around words of its
# trigger classes, and only where the words its `needs` classes name are there too. A class lists
# the longest word of each lexicon entry; scan.py adds the proclitic forms. The number shapes
# NUMBER (any number), NUMERIC (a number before a date separator), YEAR (four digits), ISO (four
# digits and a hyphen) and HHMM are recognised in scan.py.
TRIGGERS: dict[str, set[str]] = {
    "MONTH": _trigger_words(MONTHS),
    "WD": set(WEEKDAYS) | set(WEEKDAYS_BARE),
    "RELDAY": _trigger_words(RELATIVE_DAYS),
    "UNIT": set(UNITS) | {"ال" + w for w in UNITS},
    "RELUNIT": {"الاسبوع", "الشهر", "العام", "السنه", "لعام", "لسنه", "لشهر", "لاسبوع"},
    "PART": _trigger_words(PARTS),
    "SEASON": set(SEASONS),
    "DECADE": set(DECADES) | {"ال" + w for w in DECADES},
    "CENTURY": {"القرن"},
    "FEAST": _trigger_words(FEASTS),
    "SETWORD": set(SETS),
    "VAGUE": _trigger_words(VAGUE),
    "CLOCK": {"ساعه", "الساعه"} | _trigger_words(HOUR_WORDS),
    "QUARTER": {"الربع", "النصف", "الثلاثي", "السداسي", "السداسيه"},
    "EVERY": {"كل"},
    "EVERY_DAYPART": {"صباح", "مساء", "ليله", "ظهر", "عصر", "فجر"},  # «كل صباح»
    "WEEKEND": {"نهايه"},
    "COLLOQUIAL_PART": {"نص"},
    "SAME": {"نفس", "ذات"},
    "PERIOD": {"الفتره"},
    "HOLY": {"شهر"},
    "HOLY_EPITHET": {"الفضيل", "الصيام", "الصوم", "الكريم", "المبارك"},
    "NTH": {"اول", "ثاني", "ثالث", "رابع", "خامس", "اخر"},
    "FIRST_LAST": {"الاولي", "الاخيره", "الاولين", "الاوليين", "الاولان", "الاخيرين", "الاخيران"},  # «الأشهر الثلاثة الأولى»: any first_months match holds one
    "WEEK": {"اسبوع", "الاسبوع"},
    "FIRST_LAST_DAY": {"اول", "اخر", "الاول", "الاخير"},  # «أول يوم من»، «اليوم الأخير من»
    "THAT": {normalize(w) for w in ("يومها", "يومذاك", "يومئذ")},
    "TONIGHT": {"الليله"},
    "THE_FEAST": {"العيد", "الاعياد"},
    "GAP_UNIT": {"ب" + w for w, row in UNITS.items() if row["count"] == "1" and not w.startswith("ال")},  # «بأسبوع»
    "DEFINITE_DAYPART": {"الليله", "الصباح", "المساء"},
    "NUMBER_WORD": set(NUMBERS) | {"ال" + w for w in NUMBERS},  # «الثلاثة عقود»
    "DAY_ORDINAL": set(DAY_ORDINALS) | set(DAY_TENS),
    "UNIT_CONTEXT": {"خلال", "طيله", "طوال", "لاحق", "متاخر", "سابق"},
    "OFFSET": {"قبل", "بعد", "قبلها", "بعدها", "قبله", "بعده"},
    "REL": _trigger_words(RELATIONS),
    "LAST": set(LAST),
    "DUAL_UNIT": {w for w, row in UNITS.items() if row["count"] == "2"},
    "DURATION_INTRO": set(DURATION_INTRO) | {"اكثر", "اقل", "ازيد"},  # and «أكثر من شهر»
    "ONE": {"واحد", "واحده"},
    "LASTING": set(LASTING_VERBS),
    "RECORD": {"ادني", "اعلي"},
    "FRACTION": {"نصف", "ربع", "ثلث"},
}
