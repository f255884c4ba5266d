"""A dated mention built in a sentence written for a test, and what non_event_reason says of it: the helpers the
non-event tests (test_detect_*.py) share. Only a span's length counts to the rules (one day, a week, a month, a
year …), so each grain has one span of that length."""
from __future__ import annotations

from datetime import date

from timeline.events.detect import non_event_reason
from timeline.model import Mention

SPANS = {
    "day": (date(2018, 3, 16), date(2018, 3, 16)),
    "weekend": (date(2015, 6, 27), date(2015, 6, 28)),
    "week": (date(2018, 6, 15), date(2018, 6, 21)),
    "weeks": (date(2018, 4, 19), date(2018, 5, 2)),  # «الأسبوعين الماضيين»: a window with no grain
    "month": (date(2018, 6, 1), date(2018, 6, 30)),
    "months": (date(2018, 1, 1), date(2018, 5, 31)),  # «بين يناير ومايو 2018»: months of grain month
    "quarter": (date(2018, 4, 1), date(2018, 6, 30)),
    "season": (date(2018, 4, 1), date(2018, 6, 30)),
    "year": (date(2018, 1, 1), date(2018, 12, 31)),
    "decade": (date(1980, 1, 1), date(1989, 12, 31)),
}
GRAIN_OF = {"weeks": None, "months": "month"}


def _mention(sentence: str, expression: str, nth: int = 0, **fields) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(expression, start + 1)
    return Mention(expression, start, start + len(expression), **fields)


def reason(sentence: str, expression: str, grain: str = "day", *, nth: int = 0, value: str = "X"):
    """Why the `nth` `expression` of `sentence`, a date of that grain, tells of no happening (None: it does)."""
    mention = _mention(sentence, expression, nth, type="DATE", value=value, span=SPANS[grain],
                       grain=GRAIN_OF.get(grain, grain))
    return non_event_reason(sentence, (0, len(sentence)), mention)


def clock(sentence: str, expression: str):
    """The same for a clock time of one day («الساعة الثامنة صباحا», a wire's «10:34»)."""
    mention = _mention(sentence, expression, type="TIME", value="X", span=SPANS["day"], grain="time")
    return non_event_reason(sentence, (0, len(sentence)), mention)


def days(sentence: str, expression: str):
    """The same for a run of seven days of grain day («من 8 إلى 14 مارس»)."""
    mention = _mention(sentence, expression, type="DATE", value="X", span=(date(2018, 3, 8), date(2018, 3, 14)),
                       grain="day")
    return non_event_reason(sentence, (0, len(sentence)), mention)


def feast(sentence: str, expression: str):
    """The same for a feast resolved to its day («عيد الفطر» of 2017)."""
    mention = _mention(sentence, expression, type="DATE", value="2017-06-26", span=(date(2017, 6, 26), date(2017, 6, 26)),
                       grain="day")
    return non_event_reason(sentence, (0, len(sentence)), mention)
