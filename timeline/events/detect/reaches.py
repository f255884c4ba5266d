"""How far a cue may stand from the mention it governs, and the patterns and small closed word sets the checks
share (the open word lists live in lexicon/non_event_cues.tsv)."""
from __future__ import annotations

import re

NEGATION_REACH = 4  # a negation further before the mention denies another verb
PASSING_REACH = 3  # «تمر أيام الجمعة …»، «الساعات الأولى مرت من دون …»: time words this many between verb and days
TIME_NOUNS = frozenset({"ايام", "الايام", "ساعات", "الساعات", "ليالي", "الليالي", "اسابيع", "الاسابيع"})
# «لن يتم بحث مسألة توسيع الاتحاد الخميس»: a denied «يتم» reaches over its verbal noun's phrase
NEGATED_PASSIVE_REACH = 6
# «القانون التوجيهي عدد 80 لسنة 2002 المؤرخ في 23 جويلية 2002»: a legal text's word this near before «المؤرخ»
LEGAL_REACH = 8
BORN_REACH = 3  # «المزدادة بالرباط سنة 1995»: a birth word, its birthplace, the year
NAME_REACH = 5  # «جائزة أفضل لاعب في العالم لسنة 2018»، «مؤشر التطور الاجتماعي العالمي للعام الحالي»
# «كان أمينا عاما للجنة الأولمبية الدولية بين 1989 و2003», not «كانت أسر الضحايا سعت إلى تحميل السلطة … المسؤولية
# عن ست وقائع إطلاق نار بين عامي 2002 و2004» (a «كان» that far is an auxiliary of another verb)
STATE_REACH = 10
# «انتهاء المهلة الرسمية لتقديم ملف الترشيح في 16 آذار»: a deadline word this near before the mention governs it
DEADLINE_REACH = 6
# «سينتهي عقد يوسف أيت بناصر رفقته سنة 2021»: the contract's end this near before the year
CONTRACT_REACH = 8
# «أعلنت الولايات المتحدة في بداية العام»: a statement verb, its subject, then the «في» of the period
ANNOUNCE_REACH = 4
NAMED_YEAR_REACH = 2  # «معاهدة صداقة عام 1955»
# «للعام الدراسي الجديد 1436هـ / 1437هـ»، «الخطة الخمسية العاشرة للتنمية 2015 - 2019م»: a school year's or a plan's
# word this near before the years it covers
COVERS_REACH = 3
COVERS_BREAKS = frozenset({"في", "خلال", "منذ", "حتى", "بين", "من", "الى", "بعد", "قبل"})
LIST_REACH = 8  # a list's name is longer: «قائمة فوربس للنساء الأكثر نفوذا بالعالم لعام 2008»
MEASURE_REACH = 10  # a measure word further from the mention measures something else
DATELINE_MAX_WORDS = 16
ALTERNATIVE_REACH = 4  # «في يوم المحاربين القدامى أو الرابع من يوليو»: «أو» this near joins two dates
MODAL_REACH = 6  # «يمكن أن تدخل حيز التنفيذ في سبتمبر», not «قد يكون تركيز ترامب منصبا على … قمته في 12 حزيران»
MODAL_PERIOD_REACH = 10  # over a period longer than a day, past no relative pronoun nor time preposition
# «ألغت جمعية "علماء الهند" الإسلامية، احتفالاتها السنوية الخاصة بعيد الفطر»: the calling-off verb this near
CALLED_OFF_REACH = 8
# a feast after one of these is the time of the calling off («ألغى الرئيس في عيد الفطر …»), not what is called off
FEAST_TIME_WORDS = frozenset({"في", "خلال", "يوم", "ايام", "منذ", "قبل", "بعد", "حتى", "طوال", "عشيه", "ليله", "مع"})
INTEND_REACH = 12
# «على أن يبدأ تسليم الطائرات في 2020» is a term for a year; «على أن يبحث اجتماع الرباط في مايو المقبل» a meeting
TERM_MIN_DAYS = 364  # a year's span, first to last day
TREND_REACH = 3  # «ارتفاع أسعار النفط سيعزز»: the future verb right after the measure
LEAD_WORDS = 2  # «وفي النصف الأول من العام الجاري، سجلت …»: a clause of the mention and this few words opens a sentence
# and its measure word opens the next clause: «بلغت قيمة الصادرات», not «فرضت الحكومة سعرا موحدا» (an object)
LEAD_MEASURE_REACH = 3
# «وست حالات في 2008»، «نحو 532.5 مليون دولار في عطلة عيد الفصح حول العالم»: a clause going on with a figure told
# before it has this few words besides the mention
FIGURE_CLAUSE_WORDS = 10
APPROXIMATELY = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "ونحو", "وحوالي"})
# «قفزة في إنفاق المستهلكين خلال شهر رمضان»: a measure noun this near before the «في» or «خلال» of a period
PERIOD_OF_MEASURE_REACH = 4
# companies report results by the quarter or the half year: a count of thousands for one is a result
QUARTER_GRAINS = frozenset({"quarter", "half"})
# prepositions of a clause that only places the sentence in time: «وخلال الربع الثاني من العام الجاري،» (as words are
# normalised: «إلى» is «الي»)
TIME_PREPOSITIONS = frozenset({"في", "خلال", "من", "الي", "وفي", "وخلال", "ففي", "طوال", "وطوال"})
RELATIVE_OPENINGS = frozenset({"الذي", "التي", "والذي", "والتي", "الذين", "والذين"})  # a clause describing a noun
RELATIVE_PRONOUNS = RELATIVE_OPENINGS | {"اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"}  # duals and plurals too
# «بعد افتتاح المتحف عام 2015»: in a relative aside, the period after one of these dates another happening
ASIDE_HAPPENING_EDGES = frozenset({"بعد", "منذ", "عقب", "اثر", "قبل", "وبعد", "ومنذ"})
YEAR_DAYS = 364  # a period this long or longer: a year, a range of years
QUARTER_DAYS = 88  # a quarter, a half, a year or longer
LONE_MENTION_WORDS = 1  # a clause with this few words besides the mention borrows the one before
RANK_REACH = 2  # «حلت أبل في المركز الأول عام 2018»، «حل رابعا العام 2017»: the rank right before the period
THEN_REACH = 3  # «قبل خمس سنوات»: a count of years this near after «قبل» is a time long past
# «قبل ست سنوات كان المستهلك لا يعرف …»: «كان» this near «قبل» and a count of years tells a state then
STATE_THEN_REACH = 8
NOWADAYS_REACH = 3  # «أصبحت سماعات الأذن اليوم خفيفة»: a state word this near a bare «اليوم» makes it «nowadays»
# «خلال الأسبوعين المقبلين» may hold scheduled matches; «خلال السنوات الثلاث المقبلة» only a plan or forecast
FUTURE_WINDOW_DAYS = 31
PAST_WINDOW_DAYS = 366  # «خلال السنوات الخمس الماضية»: a past window longer than this holds a trend, not a happening

# «2016»، «2016م»: a year standing alone, the form a name carries as its label
BARE_YEAR = re.compile(r"^\s*\d{4}\s*م?\s*$")
SLASHED_YEAR_BEFORE = re.compile(r"(?<!\d)(\d{4})\s*/\s*$")  # «2018/ » right before the mention
PERCENT = re.compile(r"\d\s*%|%\s*\d")
NUMBER = re.compile(r"^[بل]?\d+(?:ر\d+)?$")  # «23», «6ر23» (a Tunisian agency's decimal), «ب9ر7»
YEAR = re.compile(r"^(1[89]|20)\d\d$")
LARGE = frozenset({"الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "تريليون", "تريليونات"})
QUOTES = "\"»”'"
OPEN_QUOTES = "\"«“'"
# «كانت تأمل في الحصول على طلبية خلال معرض دبي في نوفمبر»: a past hope, the happening was held
PAST_BE = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"})
# a hope whose clause turns to another verb: «يسعى القادة إلى إنقاذ الاتفاق الذي أبرم في 2015»
INTEND_BREAKS = frozenset({"الذي", "التي", "الذين", "اللذين", "لانه", "لانها", "لان", "عند", "عندما", "حيث",
                           "المقرر", "المقرره", "المزمع", "المزمعه"})
# «يعرف باسم»، «تعرف بعض»، «يعرف بأن»: a «بـ» word after «يعرف» that names or says, no trait it is known for
NOT_KNOWN_FOR = frozenset({"باسم", "بعض", "بعد", "بان", "بانه", "بانها", "بانهم", "بها", "به", "بهم", "بين"})
# «عدم صحة ما يتداول»، «لا صحة لما نشر»: a «ما» opening what a denial denies
DENIED_OPENINGS = frozenset({"ما", "لما", "بما"})
# «نفى الأنباء التي نشرتها وسائل إعلام قالت إنه أمر العام الماضي …»: past a relative clause, «عندما» or «لكن» the
# mention dates another verb than the denied one
DENIAL_BREAKS = frozenset({"الذي", "التي", "الذين", "والذي", "والتي", "والذين", "عند", "عندما", "حين", "حينما", "لكن",
                           "لكنه", "لكنها", "ولكن", "بل", "وانما", "انما", "حيث"})
WHEN = frozenset({"حين", "حينما", "عندما", "لما", "وحين", "وعندما"})  # a clause telling a happening at that time
THAT = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم"})  # «أن», «أنه»: what follows is said
RESTATING = frozenset({"اي", "أي"})  # «بعد 10 إلى 15 عاما أي العام 2026»: the same time again, told otherwise
RESTATED_REACH = 6  # the governing word of the time restated stands this near before «أي»
# «صبيحة اليوم، المصادف لعيد الفطر»: the day again, named by the feast it falls on
COINCIDING = frozenset({"المصادف", "المصادفه", "الذي يصادف", "يصادف", "الموافق ل"})
SAME_DAY = frozenset({"الموافق", "الموافقه", "لموافق", "لموافقه"})  # «… الموافق الثامن من أغسطس»: the same day again
COPULAS = frozenset({"هو", "هي", "يكون", "تكون"})  # «30 يونيو هو آخر أجل»
FIRST_PERSON_FORECASTS = frozenset({"اتوقع", "نتوقع"})  # «وأتوقع عودة …»: a speaker predicting (as words are normalised)
FUTURE_RELATIONS = frozenset({"المقبل", "المقبله", "القادم", "القادمه", "المقبلين", "القادمين", "غدا"})

# tables whose words put a sentence on a given day (against opening hours, habits)
DAY_TABLES = ("weekdays.tsv", "relative_days.tsv", "months.tsv", "relations.tsv")
# «مستلزمات خاصة بعيد الفطر»: the words that may join a thing to the feast it is for (the feast glued to «ب» or «ل»)
FOR_THE_OCCASION = frozenset({"خاصه", "الخاصه", "خاص", "الخاص", "المخصصه", "المخصص"})
# «المعدة للتسويق بمناسبة شهر رمضان»، «استعدادا لاستقبال شهر رمضان»: a word of readiness this near before the feast
# it readies for, with one of these right before the feast (as words are normalised)
PREPARED_REACH = 3
FOR_THE_FEAST = frozenset({"بمناسبه", "لمناسبه", "لاستقبال", "لحلول", "لقدوم"})
SEEMING_REACH = 3  # «تبدو درجة حرارة الطقس دافئة»: a seeming verb and the weather word this near
# «يشير إلى تراجع حاد في الأجور الحقيقية بمصر خلال العام الماضي»: a trend's noun this many words before the «في/خلال»
TREND_NOUN_REACH = 6
LIST_BULLETS = ("*", "•", "-")  # «*العرض الأول الساعة 11 صباحا *العرض الثاني …»: the marks of a listed item
TIMETABLE_CLOCKS = 3  # so many «الساعة» in a sentence with a show named by its ordinal: a timetable, not a story
