"""Where locate() puts the happening a time of a text written for a test dates: the helpers the place tests
(test_places_*.py other than test_places.py, test_places_story.py and test_places_nations.py) share."""
from __future__ import annotations

from timeline.events.places import Place, locate


def where(text: str, time: str, headline: str = "", sentence: str | None = None, home: str | None = None,
          background: bool = False) -> Place | None:
    """The place of the first `time` in `sentence` (the whole text unless given) of `text`."""
    start = text.index(sentence) if sentence else 0
    end = start + len(sentence) if sentence else len(text)
    at = text.index(time, start)
    return locate(text, (start, end), (at, at + len(time)), headline=headline, home=home, background=background)


def name(*args, **kwargs) -> str | None:
    place = where(*args, **kwargs)
    return place.name if place else None


def country(*args, **kwargs) -> str | None:
    place = where(*args, **kwargs)
    return place.country if place else None


def name_in_last_line(text: str, time: str, headline: str = "", home: str | None = None) -> str | None:
    """The place of the last `time`, in its line: the text's last line is the sentence, the lines before it are the
    article so far (a dateline, a lead)."""
    at = text.rindex(time)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    place = locate(text, (start, end), (at, at + len(time)), headline=headline, home=home)
    return place.name if place else None
