"""One Event from the drafts merged as one happening: the lead's title, the most common place, one zone."""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..model import Event
from . import merge


def merged_event(group: list[merge.Draft]) -> Event:
    """The event a group of drafts tells: its lead's title and day, the most common place and category, one zone."""
    lead = min(group, key=lambda d: (not d.lead, d.order))  # the lead sentence tells it best
    sources = sorted({d.source.id: d.source for d in group}.values(), key=lambda s: s.id)
    cited = sorted(((d.source.id, m) for d in group for m in d.mentions), key=lambda c: (c[0], c[1].field, c[1].start))
    place = lead.place or _most_common([d.place for d in group], key=lambda p: p.name)
    category = _most_common([d.category for d in group])
    time = min((d.time for d in group if d.time), default=None)
    end_time = next((d.end_time for d in sorted(group, key=lambda d: d.order) if d.end_time), None)
    tz = None
    if time:
        outlet_zone = min((d.outlet_zone for d in group if d.outlet_zone), default=None)
        stated = next((d.clock_zone for d in group if d.clock_zone), None)
        tz = stated or (place.tz if place and place.tz else None) or outlet_zone
    return Event(
        title=lead.title,
        sentence=lead.sentence,
        span=lead.span,
        grain=lead.grain,
        mentions=tuple(m for _, m in cited),
        mention_sources=tuple(s for s, _ in cited),
        sources=tuple(sources),
        highlights=tuple(sorted({h for d in group if d.sentence_key == lead.sentence_key for h in d.highlights})),
        category=category,
        place=place.name if place else None,
        mod=lead.mentions[0].mod,
        approximate=any(m.approximate for d in group for m in d.mentions),
        time=time,
        end_time=end_time,
        tz=tz,
        country=place.country if place else None,
        country_name=place.country_name if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        actor=lead.actor or next((d.actor for d in group if d.actor), None),
        importance=importance(group),
    )


def importance(group: Sequence[merge.Draft]) -> float:
    """More articles telling it, and telling it in their lead, make a key event."""
    sources = {d.source.id for d in group}
    leads = {d.source.id for d in group if d.lead}
    return round(len(sources) + 0.5 * len(leads), 2)


def _most_common(values, key=lambda v: v):
    counted = Counter(key(v) for v in values if v)
    if not counted:
        return None
    best = min(counted, key=lambda k: (-counted[k], k))
    return next(v for v in values if v and key(v) == best)
