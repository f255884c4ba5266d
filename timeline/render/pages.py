"""Events -> every page of the site: {relative path: bytes}.

Layout (README "The timeline pages"):

- When the whole timeline fits in one page (PAGE_ELEMENTS, PAGE_BYTES), index.html is that page,
  as the seed's is: years, their months, and each year's periods (events longer than a month) in a
  section of their own after its months.
- Otherwise index.html shows what matters now: the upcoming events, the latest months, and the list
  of years; each year has years/YYYY.html. A year that fits in a page holds its months and its
  periods; a dense year's page is a month index, and each month is years/YYYY-MM.html (split into
  -2, -3 … parts when a month alone is too big), its periods years/YYYY-periods.html.
- Every event lives on exactly one page: its permalink is that page + #event-ID (ID from
  events.event_id, stable across builds). search.json indexes every event with its page.

Budgets are measured, not guessed: each event is rendered once and its bytes and elements counted,
and pages are filled up to the budget, leaving room for the page's own header and navigation.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Sequence

import jinja2
from markupsafe import Markup, escape

from ..model import Event
from . import is_web_url
from .dates import DateLabels
from .html import (
    DEFAULT_TITLE,
    EVENT_TEMPLATE,
    PAGE_TEMPLATE,
    SCRIPT,
    STYLESHEET,
    EventView,
    csp_hash,
    environment,
    event_view,
    source_text,
    webcal,
)
from .search import SEARCH_INDEX, search_index

PAGE_ELEMENTS = 6000  # elements of event markup on one page (the page's frame adds a few hundred)
PAGE_BYTES = 600_000  # bytes of event markup on one page
UPCOMING_LIMIT = 30
INDEX_BYTES = PAGE_BYTES // 2  # upcoming and latest events on the index
INDEX_ELEMENTS = PAGE_ELEMENTS // 2
YEARS_DIR = "years"
TIMELINEJS_PAGE = "timelinejs.html"
TIMELINEJS_ASSETS = "timelinejs"  # the site's copy of TimelineJS's dist files
TIMELINEJS_ENV = "TIMELINEJS_DIST"  # where @knight-lab/timelinejs's dist/ is (npm install @knight-lab/timelinejs)
# Names in DIR the pages own besides index.html (never carried over from a previous build).
PAGE_OUTPUTS = (YEARS_DIR, SEARCH_INDEX, TIMELINEJS_PAGE, TIMELINEJS_ASSETS)
_ELEMENT = re.compile(rb"<[a-zA-Z]")


@dataclass
class Item:
    event: Event
    view: EventView
    key: tuple  # sort key: start, end, id
    cost: tuple[int, int] = (0, 0)  # bytes, elements


@dataclass
class Section:
    id: str
    heading: str
    items: list[Item]
    more: tuple[str, str] | None = None  # (label, href) to the full list
    year_heading: str | None = None  # on a one-page site, the year's heading before its first section


@dataclass
class Link:
    label: str
    href: str
    count: int | None = None
    current: bool = False


@dataclass
class Page:
    path: str
    heading: str
    kind: str  # index | year | month | periods
    sections: list[Section] = field(default_factory=list)
    month_index: list[Link] = field(default_factory=list)
    prev: Link | None = None
    next: Link | None = None
    up: Link | None = None
    parts: list[Link] = field(default_factory=list)
    year_index: list[tuple[str, list[Link]]] = field(default_factory=list)
    description: str = ""
    count: int = 0  # events of the year (a year page) or of the month (a month page)


def render_pages(
    events: Iterable[Event],
    labels: DateLabels,
    *,
    title: str = DEFAULT_TITLE,
    feed_url: str | None = None,
    feeds: Sequence[str] = ("calendar.ics",),
    json_file: str = "events.json",
    timelinejs_file: str = "timelinejs.json",
    timelinejs_page: str | None = None,
    template_dir: str | Path | None = None,
    base_url: str | None = None,
    timelinejs_dist: str | Path | None = None,
) -> dict[str, bytes]:
    """Every page of the site and its search index, as {path relative to the site: bytes}.

    With TimelineJS's dist folder (`timelinejs_dist`, else the TIMELINEJS_DIST environment variable)
    the site also gets timelinejs.html and the TimelineJS files it loads (timelinejs/).
    """
    from ..locale import translations

    env = environment(template_dir)
    trans = translations(labels.lang)
    env.install_gettext_translations(trans, newstyle=True)
    t = trans.gettext

    def count(n: int, singular: str, plural: str) -> Markup:
        return counted(labels, n, singular, plural)

    env.globals["count"] = count
    events = list(events)
    items = []
    for event in events:
        view = event_view(event, labels)
        items.append(Item(event, view, (event.span[0], event.span[1], view.id)))
    items.sort(key=lambda i: i.key)
    stylesheet = source_text(env, STYLESHEET)
    script = source_text(env, SCRIPT)
    event_template = env.get_template(EVENT_TEMPLATE)
    rendered: dict[tuple[str, str], Markup] = {}

    def event_html(item: Item, root: str) -> Markup:
        key = (item.view.id, root)
        if key not in rendered:
            rendered[key] = Markup(event_template.render(event=item.view, root=root))
        return rendered[key]

    for item in items:  # measured once, as on a page one folder down (the longer links)
        data = event_html(item, "../").encode("utf-8")
        item.cost = (len(data), len(_ELEMENT.findall(data)))

    pages = plan(items, labels, t)
    dist = timelinejs_dist or os.environ.get(TIMELINEJS_ENV) or None
    extra = timelinejs_files(Path(dist), env, labels.lang, title, timelinejs_file) if dist else {}
    if extra:
        timelinejs_page = TIMELINEJS_PAGE
    source_count = len({s.id for e in events for s in e.sources})
    now = latest_publication(events)
    site = {
        "title": title,
        "lang": labels.lang,
        "dir": "rtl" if labels.lang == "ar" else "ltr",
        "og_locale": labels.locale,
        "event_count": len(items),
        "source_count": source_count,
        "month_system": labels.system,
        "json_file": json_file,
        "timelinejs_file": timelinejs_file,
        "timelinejs_page": timelinejs_page,
        "search_index": SEARCH_INDEX,
        "stylesheet": Markup(stylesheet),
        "script": Markup(script),
        "style_hash": csp_hash(stylesheet),
        "script_hash": csp_hash(script),
        "now": now.isoformat() if now else "",
    }
    main_feed = feeds[0] if feeds else "calendar.ics"
    template = env.get_template(PAGE_TEMPLATE)
    out: dict[str, bytes] = {}
    for page in pages:
        root = "../" * page.path.count("/")
        shown = [item for section in page.sections for item in section.items]
        context = dict(site)
        context.update(
            page=page,
            root=root,
            sections=[{"id": s.id, "heading": s.heading, "more": s.more, "year_heading": s.year_heading,
                       "events": [event_html(i, root) for i in s.items], "count": len(s.items)}
                      for s in page.sections],
            one_page=len(pages) == 1,
            filters=filter_options(shown),
            canonical=_join(base_url, "" if page.path == "index.html" else page.path) if base_url else None,
            og_image=None,
            alternates=[{"href": _join(base_url, f) if base_url else root + f, "title": f} for f in feeds],
            feed_file=root + main_feed,
            webcal_url=webcal(feed_url) if feed_url else None,
            feed_url=feed_url if is_web_url(feed_url) else None,
            description=page.description or _description(t, count, len(items), source_count, page),
        )
        out[page.path] = template.render(context).encode("utf-8")
    out[SEARCH_INDEX] = search_index(items)
    out.update(extra)
    return out


def timelinejs_files(dist: Path, env: jinja2.Environment, lang: str, title: str, json_file: str) -> dict[str, bytes]:
    """timelinejs.html and the TimelineJS files it loads, copied from the npm package's dist/ folder.

    Only what the page uses: the script, its stylesheet, the icon font, and the language file.
    A folder without TimelineJS in it is an error (ValueError: the user asked for it), not a silent skip.
    """
    if (dist / "dist" / "js" / "timeline.js").is_file():
        dist = dist / "dist"  # the package folder itself
    names = ["js/timeline.js", "css/timeline.css", *(f"css/icons/{p.name}" for p in sorted((dist / "css" / "icons").glob("tl-icons.*")))]
    if lang != "en":
        names.append(f"js/locale/{lang}.json")
    missing = [name for name in names if not (dist / name).is_file()]
    if missing:
        raise ValueError(f"{TIMELINEJS_ENV}: {dist} is not TimelineJS's dist folder ({missing[0]} is missing); "
                                f"npm install @knight-lab/timelinejs and give its dist/")
    files = {f"{TIMELINEJS_ASSETS}/{name}": (dist / name).read_bytes() for name in names}
    script = (
        '(function () {\n  "use strict";\n'
        f'  var base = new URL("{TIMELINEJS_ASSETS}/js/", document.baseURI).href;\n'
        f'  window.timeline = new TL.Timeline("timeline-embed", "{json_file}", '
        f'{{script_path: base, language: "{lang}", font: null, hash_bookmark: false, timenav_position: "bottom"}});\n'
        "}());\n"
    )
    html = env.get_template(TIMELINEJS_PAGE).render(
        lang=lang, dir="rtl" if lang == "ar" else "ltr", title=title, assets=TIMELINEJS_ASSETS,
        script=Markup(script), script_hash=csp_hash(script))
    files[TIMELINEJS_PAGE] = html.encode("utf-8")
    return files


def counted(labels: DateLabels, n: int, singular: str, plural: str) -> Markup:
    """«5122 حدثًا», «حدثان»: the catalog's form for CLDR's plural category of n (Babel), the number in
    the locale's digits and symbols, isolated in <bdi> so it never runs into the text beside it."""
    from ..locale import translations

    number = Markup("<bdi>%s</bdi>") % labels.number(n)
    return escape(translations(labels.lang).ngettext(singular, plural, n)) % {"num": number}


def plan(items: list[Item], labels: DateLabels, t) -> list[Page]:
    """Which events go on which page; sets every view's `page` (its permalink's page)."""
    total_bytes = sum(i.cost[0] for i in items)
    total_elements = sum(i.cost[1] for i in items)
    by_year: dict[int, list[Item]] = {}
    for item in items:
        by_year.setdefault(item.view.year, []).append(item)
    if total_bytes <= PAGE_BYTES and total_elements <= PAGE_ELEMENTS:
        index = Page("index.html", "", "index")
        for year in sorted(by_year):
            sections = year_sections(year, by_year[year], labels, t)
            sections[0].year_heading = labels.year(year)
            for section in sections:
                for item in section.items:
                    item.view.page = "index.html"
            index.sections.extend(sections)
            index.month_index.extend(Link(s.heading, "#" + s.id, len(s.items)) for s in sections)
        return [index]

    pages: list[Page] = []
    years = sorted(by_year)
    year_links = {y: Link(labels.year(y), f"{YEARS_DIR}/{y}.html", len(by_year[y])) for y in years}
    for position, year in enumerate(years):
        year_items = by_year[year]
        path = f"{YEARS_DIR}/{year}.html"
        page = Page(path, labels.year(year), "year", up=Link(t("Home"), "index.html"), count=len(year_items))
        if position > 0:
            page.prev = year_links[years[position - 1]]
        if position + 1 < len(years):
            page.next = year_links[years[position + 1]]
        sections = year_sections(year, year_items, labels, t)
        if _fits(year_items):
            for section in sections:
                for item in section.items:
                    item.view.page = path
            page.sections = sections
            page.month_index = [Link(_short(s, labels, t), "#" + s.id, len(s.items)) for s in sections]
            pages.append(page)
            continue
        pages.append(page)  # a dense year: its page is the month index; the months have pages
        for section in sections:
            stem = f"{YEARS_DIR}/{section.id.removeprefix('m-')}"
            chunks = chunk(section.items)
            paths = [f"{stem}.html" if n == 0 else f"{stem}-{n + 1}.html" for n in range(len(chunks))]
            page.month_index.append(Link(_short(section, labels, t), paths[0], len(section.items)))
            parts = [Link(t("part {number}").format(number=labels.digits(n + 1)), p) for n, p in enumerate(paths)]
            for n, (chunk_items, chunk_path) in enumerate(zip(chunks, paths)):
                for item in chunk_items:
                    item.view.page = chunk_path
                kind = "periods" if section.id.endswith("periods") else "month"
                sub = Page(chunk_path, section.heading, kind, up=Link(labels.year(year), path),
                           sections=[Section(section.id, section.heading, chunk_items)], count=len(section.items))
                sub.prev = page.prev
                sub.next = page.next
                if len(chunks) > 1:
                    sub.parts = [Link(p.label, p.href, current=(i == n)) for i, p in enumerate(parts)]
                pages.append(sub)
        for sub in pages:
            if sub.up is not None and sub.up.href == path:
                sub.month_index = page.month_index
    index = Page("index.html", "", "index")
    index.sections = index_sections(items, labels, t)
    index.year_index = year_index(years, year_links, labels, t)
    now = latest_publication([i.event for i in items])
    near = sorted(years, key=lambda y: (abs(y - now.year), -y) if now else -y)[:6]
    index.month_index = [year_links[y] for y in sorted(near, reverse=True)]
    for page in pages:
        page.month_index = [Link(l.label, l.href, l.count, current=(l.href == page.path)) for l in page.month_index]
    return [index, *pages]


def _short(section: Section, labels: DateLabels, t) -> str:
    """A section's name in its year's month index: the month alone, or «periods»."""
    if section.id.endswith("periods"):
        return t("Periods longer than a month")
    return labels.month(int(section.id[-2:]))


def year_sections(year: int, items: list[Item], labels: DateLabels, t) -> list[Section]:
    """The year's months in order, then its periods (events longer than a month) in a section of their own."""
    months: dict[int, list[Item]] = {}
    periods = []
    for item in items:
        if item.view.long:
            periods.append(item)
        else:
            months.setdefault(item.event.span[0].month, []).append(item)
    sections = [Section(f"m-{year}-{m:02d}", labels.month_year(year, m), months[m]) for m in sorted(months)]
    if periods:
        sections.append(Section(f"m-{year}-periods", t("Periods longer than a month, {year}").format(year=labels.year(year)),
                                periods))
    return sections


def index_sections(items: list[Item], labels: DateLabels, t) -> list[Section]:
    """Upcoming events (after the latest publication), then the latest months up to the budget."""
    now = latest_publication([i.event for i in items])
    dated = [i for i in items if not i.view.long]
    all_upcoming = [i for i in dated if now is not None and i.event.span[0] > now]
    upcoming = all_upcoming[:UPCOMING_LIMIT]
    past = [i for i in dated if now is None or i.event.span[0] <= now]
    sections = []
    budget_bytes, budget_elements = INDEX_BYTES, INDEX_ELEMENTS  # the index stays light: it is the first page read
    if upcoming:
        more = None
        if len(all_upcoming) > len(upcoming):  # the rest, from the page of the first one not shown
            more = (t("More upcoming events"), all_upcoming[len(upcoming)].view.page)
        sections.append(Section("upcoming", t("Upcoming"), upcoming, more))
        budget_bytes -= sum(i.cost[0] for i in upcoming)
        budget_elements -= sum(i.cost[1] for i in upcoming)
    months: dict[tuple[int, int], list[Item]] = {}
    for item in past:
        months.setdefault((item.event.span[0].year, item.event.span[0].month), []).append(item)
    for (year, month) in sorted(months, reverse=True)[:3]:
        month_items = months[(year, month)]
        shown = []
        for item in reversed(month_items):  # the latest first, while the page has room
            if item.cost[0] > budget_bytes or item.cost[1] > budget_elements:
                break
            shown.append(item)
            budget_bytes -= item.cost[0]
            budget_elements -= item.cost[1]
        if not shown:
            break
        shown.reverse()
        page = month_items[0].view.page
        more = (t("All events of {month}").format(month=labels.month_year(year, month)), page.split("#")[0])
        sections.append(Section(f"latest-{year}-{month:02d}", labels.month_year(year, month), shown, more))
        if len(shown) < len(month_items):
            break
    return sections


def year_index(years: list[int], links: dict[int, Link], labels: DateLabels, t) -> list[tuple[str, list[Link]]]:
    """Years grouped by century, the latest first: a compact list of links."""
    groups: dict[int, list[Link]] = {}
    for year in sorted(years, reverse=True):
        groups.setdefault(year // 100, []).append(links[year])
    return [(f"{labels.digits(c * 100)}–{labels.digits(c * 100 + 99)}", groups[c])
            for c in sorted(groups, reverse=True)]


def chunk(items: list[Item]) -> list[list[Item]]:
    """Consecutive runs of items, each within the page budget (an item alone may exceed it)."""
    chunks: list[list[Item]] = [[]]
    size = elements = 0
    for item in items:
        if chunks[-1] and (size + item.cost[0] > PAGE_BYTES or elements + item.cost[1] > PAGE_ELEMENTS):
            chunks.append([])
            size = elements = 0
        chunks[-1].append(item)
        size += item.cost[0]
        elements += item.cost[1]
    return chunks


def _fits(items: list[Item]) -> bool:
    return sum(i.cost[0] for i in items) <= PAGE_BYTES and sum(i.cost[1] for i in items) <= PAGE_ELEMENTS


def filter_options(items: list[Item]) -> dict:
    """The choices of the page's filters, from the events on it (most frequent first, then by name)."""
    categories = Counter(i.view.category for i in items if i.view.category)
    countries: dict[str, str] = {}
    places = Counter()
    for i in items:
        if i.view.country:
            countries.setdefault(i.view.country, i.view.country_name or i.view.country)
        if i.view.city:
            places[(i.view.country or "", i.view.city)] += 1
    hosts = Counter(h for i in items for h in i.view.hosts)
    by_country: dict[str, list[str]] = {}
    for (country, city), _n in sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[:60]:
        by_country.setdefault(country, []).append(city)
    return {
        "categories": sorted(categories, key=lambda c: (-categories[c], c)),
        "places": [{"code": code, "name": countries.get(code, code) if code else "", "cities": sorted(by_country.get(code, []))}
                   for code in sorted(set(countries) | set(by_country), key=lambda c: countries.get(c, c))],
        "sources": sorted(hosts, key=lambda h: (-hosts[h], h))[:60],
    }


def latest_publication(events: Iterable[Event]) -> date | None:
    """The build's "now": the latest publication date among the sources (a build is reproducible)."""
    days = [_day(s.published) for e in events for s in e.sources if s.published]
    return max(days, default=None)


def _description(t, count, events: int, sources: int, page: Page | None = None) -> str:
    """The count line, as plain text: the site's on the index, the year's or month's elsewhere."""
    if page is not None and page.kind != "index":
        return (escape(t("%(events)s in %(period)s.")) % {
            "events": count(page.count, "%(num)s event", "%(num)s events"), "period": page.heading}).striptags()
    return (escape(t("%(events)s from %(articles)s, in chronological order.")) % {
        "events": count(events, "%(num)s event", "%(num)s events"),
        "articles": count(sources, "%(num)s article", "%(num)s articles"),
    }).striptags()


def _join(base: str, name: str) -> str:
    return base.rstrip("/") + "/" + name


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
