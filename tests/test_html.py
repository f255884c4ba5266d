"""The timeline page: structure, Arabic dates, escaping, templates, and hostile article text."""
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
