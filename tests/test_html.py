"""The timeline pages: structure, Arabic dates from CLDR, plural forms, languages, paging at newsroom
scale, search index, links and sharing, escaping, templates, and hostile article text."""
from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import icalendar
import jinja2
import pytest
import vobject

import timeline
from timeline.events import build_events
from timeline.render.dates import DateLabels, infer_month_system
from timeline.render.html import render_html
from timeline.render.ics import render_ics
from timeline.render.pages import render_pages

from timeline_fixtures import article, mention, month, seed_article


class Outline(HTMLParser):
    """Collects tags, attributes and text, and checks that every element that opens closes."""

    VOID = {"meta", "link", "br", "img", "input", "hr"}

    def __init__(self):
        super().__init__()
        self.stack, self.tags, self.text, self.errors = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")

    def handle_data(self, data):
        self.text.append(data)

    def all(self, tag):
        return [attrs for name, attrs in self.tags if name == tag]


def outline(html: str) -> Outline:
    parsed = Outline()
    parsed.feed(html)
    parsed.close()
    assert not parsed.errors and not parsed.stack, (parsed.errors, parsed.stack)
    return parsed


def seed_page(**options) -> str:
    seed = seed_article()
    mentions = timeline.extract_article(seed)
    return render_html(build_events([(seed, mentions)]), DateLabels(infer_month_system(mentions)), **options)


def test_seed_page_structure():
    html = seed_page()
    page = outline(html)
    assert page.all("html") == [{"lang": "ar", "dir": "rtl"}]
    assert len([a for a in page.all("li") if "event" in (a.get("class") or "").split()]) == 5
    assert len(page.all("ol")) >= 3
    datetimes = [a["datetime"] for a in page.all("time")]
    assert {"2014", "2021-12-01", "2022-03-08", "2022-05", "2022-07"} <= set(datetimes)
    assert len(page.all("mark")) == 5


def test_seed_page_speaks_the_articles_month_names():
    text = " ".join(outline(seed_page()).text)
    assert "ماي 2022" in text and "يوليوز 2022" in text and "أوائل دجنبر 2021" in text
    assert "8 مارس 2022" in text
    assert "5 شعبان 1443 هـ" in text  # the Hijri date of 8 March 2022 beside it
    for badge in ("يوم", "شهر", "أوائل الشهر", "سنة"):
        assert f'class="badge precision" title="دقة التاريخ">{badge}<' in seed_page()


def test_month_system_can_be_chosen():
    seed = seed_article()
    events = build_events([(seed, timeline.extract_article(seed))])
    levant = render_html(events, DateLabels("levant"))
    assert "أيار 2022" in levant and "تموز 2022" in levant


def test_page_is_self_contained_and_offers_the_feed():
    html = seed_page(feed_url="https://news.example/t/calendar.ics")
    page = outline(html)
    assert not page.all("script") or all("src" not in a for a in page.all("script"))
    assert all(a.get("rel") != "stylesheet" for a in page.all("link"))
    assert "@import" not in html and "url(" not in html
    hrefs = [a["href"] for a in page.all("a")]
    assert "webcal://news.example/t/calendar.ics" in hrefs and "calendar.ics" in hrefs
    assert "@media print" in html


def test_csp_hashes_match_the_inline_style_and_script():
    import base64
    import hashlib

    html = seed_page()
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', html).group(1)
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy


HOSTILE = '</li></ol><script>alert("x")</script> "quoted" \'single\'; a,b\r\nEND:VCALENDAR\nBEGIN:VEVENT\r\nSUMMARY:evil & <b>bold</b>'


def hostile_events():
    text = f"عقد اجتماع {HOSTILE} في ماي المقبل بالرباط {HOSTILE}."
    doc = article(text, title=f"عنوان {HOSTILE}", url="javascript:alert(1)")
    other = article("مهرجان في يوليو المقبل.", id="b\r\nEND:VCALENDAR", title=HOSTILE, url="https://ok.example/?a=1&b=<2>")
    return build_events([
        (doc, [mention("ماي المقبل", text, "DATE", "2022-05", month(2022, 5), "month")]),
        (other, [mention("يوليو المقبل", other.text, "DATE", "2022-07", month(2022, 7), "month")]),
    ])


def test_hostile_text_cannot_break_the_page():
    html = render_html(hostile_events(), DateLabels("maghreb"))
    page = outline(html)
    assert len(page.all("script")) == 1, "only the page's own script"
    assert "<b>" not in html and "&lt;script&gt;" in html
    assert len([a for a in page.all("li") if "event" in (a.get("class") or "").split()]) == 2
    # The javascript: URL is shown as text, never as a link; the https one is a link, escaped.
    hrefs = [a["href"] for a in page.all("a")]
    assert not any(h.lower().startswith("javascript") for h in hrefs)
    assert "https://ok.example/?a=1&b=<2>" in hrefs  # HTMLParser unescapes &amp; and &lt;
    assert "https://ok.example/?a=1&amp;b=&lt;2&gt;" in html


def test_hostile_text_cannot_break_the_feed():
    data = render_ics(hostile_events(), DateLabels("egypt"))
    lines = data.decode("utf-8").split("\r\n")
    assert [line for line in lines if line == "END:VCALENDAR"] == ["END:VCALENDAR"]
    assert lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert sum(line == "BEGIN:VEVENT" for line in lines) == 2
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    # Property-like text stays text inside its property.
    assert "SUMMARY:evil & <b>bold</b>" in events[0]["SUMMARY"] and "\n" not in events[0]["SUMMARY"]
    assert "END:VCALENDAR BEGIN:VEVENT" in events[1]["DESCRIPTION"]
    assert '<script>alert("x")</script> "quoted" \'single\'; a,b' in events[1]["DESCRIPTION"]
    assert "URL" not in events[0], "javascript: is no URL for a calendar either"
    vobject.readOne(data.decode("utf-8")).validate(raiseException=True)


def test_user_templates_override_packaged_ones(tmp_path):
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "event.html").write_text('<li class="event custom">{{ event.title }}</li>\n', encoding="utf-8")
    html = seed_page(template_dir=tmp_path)
    assert html.count('class="event custom"') == 5
    assert '<html lang="ar" dir="rtl">' in html  # the rest still comes from the package


def test_undefined_names_fail_loudly(tmp_path):
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "event.html").write_text("<li>{{ event.no_such_field }}</li>\n", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError):
        seed_page(template_dir=tmp_path)


def test_user_templates_are_autoescaped_too(tmp_path):
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "event.html").write_text("<li class=\"event\">{{ event.title }}</li>\n", encoding="utf-8")
    html = render_html(hostile_events(), DateLabels("egypt"), template_dir=tmp_path)
    assert "<script>alert" not in html


def test_no_events_still_renders_a_page():
    page = outline(render_html([], DateLabels("egypt")))
    assert page.all("html") == [{"lang": "ar", "dir": "rtl"}]


def test_approximate_hijri_event_says_so():
    text = "يبدأ المهرجان يوم 15 رمضان 1443 هـ."
    doc = article(text)
    day = (date(2022, 4, 16),) * 2
    events = build_events([(doc, [mention("15 رمضان 1443 هـ", text, "DATE", "2022-04-16", day, "day", approximate=True)])])
    html = render_html(events, DateLabels("egypt"))
    assert ">تقريبي<" in html and "15 رمضان 1443 هـ" in html and "16 أبريل 2022" in html


# --- Arabic done by the libraries made for it -------------------------------------------------------

import random  # noqa: E402
from datetime import timedelta  # noqa: E402

from babel import Locale  # noqa: E402
from babel.numbers import format_decimal  # noqa: E402

from timeline.model import Event, Mention, Source  # noqa: E402
from timeline.render.dates import GREGORIAN_SYSTEMS, SYSTEM_LOCALES  # noqa: E402
from timeline.render.json import key_events, render_timelinejs  # noqa: E402
from timeline.render.pages import PAGE_OUTPUTS, counted  # noqa: E402
from timeline.render.search import normalize  # noqa: E402


@pytest.mark.parametrize("system, locales, expected", [
    ("maghreb", ["ar_MA"], {5: "ماي", 7: "يوليوز", 8: "غشت", 12: "دجنبر"}),
    ("algeria", ["ar_DZ", "ar_TN"], {1: "جانفي", 6: "جوان", 8: "أوت"}),
    ("levant", ["ar_LB", "ar_SY", "ar_IQ", "ar_JO"], {1: "كانون الثاني", 2: "شباط", 12: "كانون الأول"}),
    ("egypt", ["ar_EG"], {1: "يناير", 5: "مايو"}),
])
def test_month_names_come_from_cldr(system, locales, expected):
    labels = DateLabels(system)
    names = [labels.month(m) for m in range(1, 13)]
    for locale in locales:  # the system's names are those of every country that uses it
        assert names == [Locale.parse(locale).months["format"]["wide"][m] for m in range(1, 13)]
    for month_, name in expected.items():
        assert labels.month(month_) == name
    assert SYSTEM_LOCALES[system] == locales[0]


def test_every_system_has_a_locale_and_hijri_names_come_from_hijridate():
    assert set(SYSTEM_LOCALES) == set(GREGORIAN_SYSTEMS)
    text = "يبدأ المهرجان يوم 15 رمضان 1443 هـ."
    doc = article(text)
    day = (date(2022, 4, 16),) * 2
    events = build_events([(doc, [mention("15 رمضان 1443 هـ", text, "DATE", "2022-04-16", day, "day", approximate=True)])])
    assert DateLabels("levant").hijri(events[0]) == "15 رمضان 1443 هـ"
    assert DateLabels("levant").gregorian(events[0]) == "16 نيسان 2022"


@pytest.mark.parametrize("n, expected", [
    (0, "لا أحداث"), (1, "حدث واحد"), (2, "حدثان"), (3, "3 أحداث"), (11, "11 حدثًا"), (100, "100 حدث"),
    (5122, "{} حدثًا".format(format_decimal(5122, locale="ar_MA", numbering_system="latn"))),
])
def test_counts_take_the_arabic_plural_form(n, expected):
    label = counted(DateLabels("maghreb"), n, "%(num)s event", "%(num)s events")
    assert re.sub(r"</?bdi>", "", str(label)) == expected
    assert Locale.parse("ar").plural_form(n) in ("zero", "one", "two", "few", "many", "other")


def test_count_line_reads_right_and_isolates_the_numbers():
    html = seed_page()
    assert "<bdi>5</bdi> أحداث من مقال واحد" in html
    articles = [counted(DateLabels("egypt"), n, "%(num)s article", "%(num)s articles") for n in (1, 2, 11, 1299)]
    assert [re.sub(r"</?bdi>", "", str(a)) for a in articles] == ["مقال واحد", "مقالان", "11 مقالًا", "1,299 مقالًا"]


def test_digits_follow_the_build():
    labels = DateLabels("egypt", numbering="arab")
    assert labels.day(date(2022, 3, 8)) == "٨ مارس ٢٠٢٢"
    assert labels.number(5122) == format_decimal(5122, locale="ar_EG", numbering_system="arab")
    assert DateLabels("egypt").day(date(2022, 3, 8)) == "8 مارس 2022"


def test_mixed_direction_runs_are_isolated():
    page = outline(seed_page())
    assert all(a.get("dir") == "auto" for a in page.all("h3") if (a.get("id") or "").startswith("title-"))
    assert all(a.get("dir") == "auto" for a in page.all("blockquote"))
    assert page.all("bdi"), "counts, categories and places are <bdi>"


# --- Interface language -----------------------------------------------------------------------------

def seed_events():
    seed = seed_article()
    return build_events([(seed, timeline.extract_article(seed))])


@pytest.mark.parametrize("lang, words, month_", [
    ("fr", ["Rechercher", "Catégorie", "Lien permanent"], "mai 2022"),
    ("en", ["Search", "Category", "Permalink"], "May 2022"),
])
def test_labels_in_french_and_english(lang, words, month_):
    html = render_pages(seed_events(), DateLabels("maghreb", lang=lang))["index.html"].decode()
    page = outline(html)
    assert page.all("html") == [{"lang": lang, "dir": "ltr"}]
    for word in words:
        assert word in html
    assert month_ in html
    assert "المغرب يحتضن اجتماع التحالف الدولي" in html, "the articles' text stays as written"
    assert 'lang="ar"' in html


def catalog_ids(lang):
    from babel.messages.pofile import read_po

    from timeline.locale import catalog_path

    with open(catalog_path(lang), "rb") as stream:
        catalog = read_po(stream, locale=lang)
    return catalog


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_catalogs_translate_every_label(lang):
    from timeline.render.html import packaged_template_dir

    catalog = catalog_ids(lang)
    for message in catalog:
        if message.id:
            assert message.string and all(message.string if isinstance(message.string, tuple) else [message.string]), message.id
    used = set()
    for path in packaged_template_dir().rglob("*.html"):
        used |= set(re.findall(r'_\(["\']([^"\']+)["\']', path.read_text(encoding="utf-8")))
    source = (packaged_template_dir().parent / "timeline" / "render" / "dates.py")
    if source.is_file():
        used |= set(re.findall(r'_\("([^"]+)"\)', source.read_text(encoding="utf-8")))
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    assert used and used <= ids, used - ids


# --- Pages at newsroom scale --------------------------------------------------------------------------

CATEGORIES = ["انتخابات", "اقتصاد", "رياضة", "قمة", "احتجاج", "مؤتمر صحفي", "زيارة", "محاكمة"]
PLACES = [("الرباط", "MA", "المغرب"), ("تونس", "TN", "تونس"), ("بيروت", "LB", "لبنان"), ("القاهرة", "EG", "مصر"),
          ("الجزائر", "DZ", "الجزائر"), ("دمشق", "SY", "سوريا"), (None, None, None)]
OUTLETS = ["https://www.hespress.com/a/", "https://www.jawharafm.net/ar/", "https://www.france24.com/ar/",
           "https://arabic.cnn.com/", "https://www.bbc.com/arabic/", "text-only"]
VERBS = ["تنطلق", "تعقد", "يفتتح", "تنظم", "يزور", "تجري", "تستضيف", "يناقش"]
THINGS = ["القمة العربية", "الانتخابات البلدية", "معرض الكتاب", "مهرجان السينما", "المؤتمر الاقتصادي",
          "محادثات السلام", "البطولة الإفريقية", "الدورة البرلمانية"]


def generated_events(count: int = 5000, seed: int = 11) -> list[Event]:
    """Corpus-like events from templates: most in recent years, a tail of history, some long periods,
    several sources each (a wire story told by many outlets)."""
    rng = random.Random(seed)
    events = []
    for n in range(count):
        roll = rng.random()
        if roll < 0.03:
            year = rng.randint(1900, 1999)
        elif roll < 0.10:
            year = rng.randint(2000, 2014)
        else:
            year = rng.choice([2015, 2016, 2017, 2017, 2018, 2018, 2018, 2019])
        start = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        kind = rng.random()
        if kind < 0.08:
            span, grain, when = (date(year, 1, 1), date(year, 12, 31)), "year", f"عام {year}"
        elif kind < 0.2:
            last = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            span, grain, when = (start.replace(day=1), last), "month", f"شهر {start.month} {year}"
        else:
            span, grain, when = (start, start), "day", f"{start.day}/{start.month}/{year}"
        city, country, country_name = rng.choice(PLACES)
        verb, thing = rng.choice(VERBS), rng.choice(THINGS)
        sentence = (f"وقالت مصادر مطلعة إن {thing} {verb} في {when}" + (f" في {city}" if city else "")
                    + f" بمشاركة وفود من {rng.randint(3, 40)} دولة، وسط ترقب واسع لنتائجها على المستوى الإقليمي والدولي.")
        start_at = sentence.index(when)
        sources = []
        for k in range(1 + (rng.random() < 0.3) * rng.randint(1, 6)):
            outlet = rng.choice(OUTLETS)
            sid = f"gen-{n}-{k}"
            url = None if outlet == "text-only" else f"{outlet}{n}-{k}.html"
            sources.append(Source(sid, f"{thing}: {verb} {'الأعمال' if k else 'الجلسة'} رقم {n}", url,
                                  span[0] - timedelta(days=rng.randint(0, 30))))
        mentions = tuple(Mention(when, start_at, start_at + len(when), "DATE", span[0].isoformat(), None, span, grain,
                                 False, "text") for _ in sources)
        events.append(Event(
            title=f"{thing} {verb}" + (f" في {city}" if city else ""), sentence=sentence, span=span, grain=grain,
            mentions=mentions, mention_sources=tuple(s.id for s in sources), sources=tuple(sources),
            highlights=((start_at, start_at + len(when)),), category=rng.choice(CATEGORIES), place=city,
            country=country, country_name=country_name, importance=len(sources) + rng.random(),
        ))
    return events


def element_count(html: str) -> int:
    return len(re.findall(r"<[a-zA-Z]", html))


@pytest.fixture(scope="module")
def big_site():
    events = generated_events()
    pages = render_pages(events, DateLabels("levant"), base_url="https://news.example/t/",
                         feeds=("calendar.ics", "upcoming.ics"), feed_url="https://news.example/t/calendar.ics")
    return events, pages


def test_every_page_is_under_a_megabyte_and_ten_thousand_elements(big_site):
    events, pages = big_site
    html_pages = {path: data for path, data in pages.items() if path.endswith(".html")}
    assert len(html_pages) > 20
    for path, data in html_pages.items():
        assert len(data) < 1_000_000, (path, len(data))
        assert element_count(data.decode()) < 10_000, path
        outline(data.decode())  # every page is well formed
    assert set(path.split("/")[0] for path in pages) <= {"index.html", *PAGE_OUTPUTS}


def test_every_event_lives_on_exactly_one_page_and_its_permalink_resolves(big_site):
    events, pages = big_site
    index = json.loads(pages["search.json"])
    assert len(index["events"]) == len(events)
    fields = index["fields"]
    homes = {}
    for row in index["events"]:
        record = dict(zip(fields, row))
        homes[record["id"]] = index["pages"][record["page"]]
    from timeline.events import event_id

    assert set(homes) == {event_id(e) for e in events}
    anchors = {}
    for path, data in pages.items():
        if path.endswith(".html") and path != "index.html":
            for anchor in re.findall(r'<li class="event" id="event-([0-9a-f]+)"', data.decode()):
                assert anchor not in anchors, "an event on two pages"
                anchors[anchor] = path
    assert anchors == homes
    # Permalinks on the index point at the event's own page.
    home = pages["index.html"].decode()
    links = re.findall(r'class="permalink" href="([^"#]+)#event-([0-9a-f]+)"', home)
    assert links and all(homes[i] == href for href, i in links)


def test_index_shows_upcoming_and_latest_months_and_links_every_year(big_site):
    events, pages = big_site
    home = pages["index.html"].decode()
    assert 'id="upcoming"' in home and 'id="latest-' in home
    years = sorted({e.span[0].year for e in events})
    for year in years:
        assert f'href="years/{year}.html"' in home
        assert f"years/{year}.html" in pages
    assert home.count('class="event"') < len(events) / 5


def test_year_pages_have_a_month_index_and_previous_next_links(big_site):
    events, pages = big_site
    years = sorted({e.span[0].year for e in events})
    for position, year in enumerate(years):
        html = pages[f"years/{year}.html"].decode()
        page = outline(html)
        hrefs = [a["href"] for a in page.all("a")]
        if position:
            assert f"../years/{years[position - 1]}.html" in hrefs
        if position + 1 < len(years):
            assert f"../years/{years[position + 1]}.html" in hrefs
        month_links = [h for h in hrefs if h.startswith("#m-") or re.match(rf"\.\./years/{year}-", h)]
        assert month_links, year
        for href in month_links:  # every jump link lands
            if href.startswith("#"):
                assert f'id="{href[1:]}"' in html
            else:
                assert href.removeprefix("../") in pages


def test_periods_longer_than_a_month_are_kept_apart(big_site):
    events, pages = big_site
    dense = pages["years/2018.html"].decode()
    assert "years/2018-periods.html" in dense
    periods = pages["years/2018-periods.html"].decode()
    assert 'datetime="2018"' in periods
    months = pages["years/2018-05.html"].decode()
    assert 'datetime="2018"' not in months


def test_links_and_sharing(big_site):
    events, pages = big_site
    home = outline(pages["index.html"].decode())
    assert {"rel": "canonical", "href": "https://news.example/t/"} in home.all("link")
    feeds = [a for a in home.all("link") if a.get("rel") == "alternate" and a.get("type") == "text/calendar"]
    assert [a["href"] for a in feeds] == ["https://news.example/t/calendar.ics", "https://news.example/t/upcoming.ics"]
    metas = {a.get("property") or a.get("name"): a.get("content") for a in home.all("meta")}
    assert metas["og:url"] == "https://news.example/t/" and metas["og:title"] and metas["og:locale"] == "ar_LB"
    number = format_decimal(len(events), locale="ar_LB", numbering_system="latn")
    assert metas["description"] == metas["og:description"] and metas["description"].startswith(f"{number} حدث من ")
    year = outline(pages["years/2018.html"].decode())
    assert {"rel": "canonical", "href": "https://news.example/t/years/2018.html"} in year.all("link")


def test_without_base_url_the_links_are_relative():
    pages = render_pages(generated_events(400), DateLabels("egypt"))
    year = outline(pages["years/2018.html"].decode())
    assert not [a for a in year.all("link") if a.get("rel") == "canonical"]
    assert [a["href"] for a in year.all("link") if a.get("rel") == "alternate"] == ["../calendar.ics"]


def test_a_base_url_without_scheme_is_a_clear_error(tmp_path):
    from timeline.site import OptionError, check_options

    with pytest.raises(OptionError) as caught:
        check_options(tmp_path, base_url="news.example/timeline/")
    assert caught.value.option == "--base-url" and "https://news.example/timeline/" in str(caught.value)


def test_search_index_is_small_and_normalised(big_site):
    events, pages = big_site
    data = pages["search.json"]
    assert len(data) / len(events) < 600, "a few hundred bytes an event"
    index = json.loads(data)
    words = dict(zip(index["fields"], index["events"][0]))["words"]
    assert words == normalize(words) and "إ" not in words and "ة" not in words
    assert normalize("الإمارات العربيّة") == "الامارات العربيه"


def test_timelinejs_carries_the_key_events(big_site):
    events, _ = big_site
    record = json.loads(render_timelinejs(events, DateLabels("levant"), "t", limit=50))
    assert len(record["events"]) == 50
    chosen = key_events(events, 50)
    assert min(e.importance for e in chosen) >= sorted((e.importance for e in events), reverse=True)[49]
    starts = [(e["start_date"]["year"], e["start_date"].get("month", 0), e["start_date"].get("day", 0)) for e in record["events"]]
    assert starts == sorted(starts)
    assert len(json.loads(render_timelinejs(events[:30], DateLabels("levant"), "t", limit=None))["events"]) == 30


def test_page_and_feed_use_one_month_system(tmp_path):
    from timeline.site import build

    result = build([ROOT_SEEDS], tmp_path / "site", months="levant")
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    feed = (tmp_path / "site" / "calendar.ics").read_bytes().decode("utf-8").replace("\r\n ", "")
    assert "كانون الأول 2021" in page and "كانون الأول 2021" in feed
    inferred = build([ROOT_SEEDS], tmp_path / "inferred")
    assert inferred.months == "maghreb" and result.months == "levant"
    page = (tmp_path / "inferred" / "index.html").read_text(encoding="utf-8")
    feed = (tmp_path / "inferred" / "calendar.ics").read_bytes().decode("utf-8").replace("\r\n ", "")
    assert "دجنبر 2021" in page and "دجنبر 2021" in feed and "ديسمبر 2021" not in feed


def test_the_seed_fits_on_one_page_as_before(tmp_path):
    from timeline.site import build

    build([ROOT_SEEDS], tmp_path / "site")
    names = sorted(p.relative_to(tmp_path / "site").as_posix() for p in (tmp_path / "site").rglob("*") if p.is_file())
    assert "index.html" in names and "search.json" in names
    assert not any(name.startswith("years/") for name in names)


def test_a_smaller_build_does_not_keep_the_pages_of_a_bigger_one(tmp_path):
    from timeline.site import publish

    out = tmp_path / "site"
    publish({"index.html": b"big", "years/2018.html": b"x", "search.json": b"{}"}, out)
    (out / "mine.txt").write_text("kept")
    publish({"index.html": b"small", "search.json": b"{}"}, out)
    assert not (out / "years").exists() and (out / "mine.txt").read_text() == "kept"


import json  # noqa: E402

from timeline_fixtures import SEEDS as ROOT_SEEDS  # noqa: E402


def test_cli_lang_and_timelinejs_limit(tmp_path):
    from typer.testing import CliRunner

    from timeline.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["build", str(ROOT_SEEDS), "--out", str(tmp_path / "fr"), "--lang", "fr",
                                 "--timelinejs-limit", "2"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "fr" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr">' in html and "Rechercher" in html
    assert len(json.loads((tmp_path / "fr" / "timelinejs.json").read_text(encoding="utf-8"))["events"]) == 2
    bad = runner.invoke(app, ["build", str(ROOT_SEEDS), "--out", str(tmp_path / "x"), "--lang", "de"])
    assert bad.exit_code == 2 and "--lang" in bad.output and not (tmp_path / "x").exists()
