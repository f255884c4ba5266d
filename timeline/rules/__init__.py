"""Rules: (name, pattern, produce) records built from the lexicon tables.

A pattern runs over normalised text (normalize.py); `{NAME}` placeholders expand to
alternations of lexicon words. produce(match) returns a Partial (see partial.py) or None to
reject the match; it never sees the publication date. The named group `m`, when a pattern has
one, is the mention's extent (context words outside it are evidence, not part of the value).

One module a part, each importing only those before it in this list:
  rule.py            the Rule record and the proclitics a mention may carry
  words.py           the lexicon tables as lookups
  fragments.py       the `{NAME}` pattern fragments built from them, expand()
  values.py          value parsing shared by the productions (numbers, ordinals, months, years, units)
  dates.py, ranges.py, days.py, clocks.py, relative_units.py, years.py, feasts.py, durations.py,
  offsets.py, sets_and_vague.py
                     the productions, one family a module
  table.py           RULES (their order settles ties) and the TRIGGERS word classes of the scan
  compiled.py        compile_cached(): the compiled patterns, kept on disk
"""
from .compiled import compile_cached
from .fragments import expand, word_alternation
from .rule import CLITIC_PATTERN, CLITICS, Rule
from .table import RULES, TRIGGERS, _trigger_offset
from .values import word_before
from .words import FEASTS, MONTHS, RELATIONS, RELATIVE_DAYS, VAGUE

__all__ = ["CLITIC_PATTERN", "CLITICS", "FEASTS", "MONTHS", "RELATIONS", "RELATIVE_DAYS", "RULES", "Rule", "TRIGGERS",
           "VAGUE", "_trigger_offset", "compile_cached", "expand", "word_alternation", "word_before"]
