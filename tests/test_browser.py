"""The pages in a real browser: headless Debian chromium driven by Playwright.

Two sites: the seed's (one page, as it always was) and a generated one of corpus size (5,000
events from templates, tests/test_html.generated_events), served over HTTP from a local server
so the search index loads as it does on a web server. Screenshots at 390 and 1280 px go to
examples/ only with UPDATE_EXAMPLES=1 (`make examples`); otherwise to a temporary folder.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import re
import threading

import pytest

from timeline.render.dates import DateLabels
from timeline.render.ics import render_ics
from timeline.render.pages import render_pages
from timeline.site import build

from test_html import generated_events
from timeline_fixtures import CHROMIUM, CHROMIUM_ARGS, EXAMPLES, SEEDS, require_chromium, require_node_package

SCREENSHOT = EXAMPLES / "seed-site.png"  # the seed's page as a reader sees it; `make examples` updates it


def shot_path(tmp_path, name: str):
    """examples/NAME only when asked (UPDATE_EXAMPLES=1, as `make examples` does): `make test` changes no tracked file."""
    folder = EXAMPLES if os.environ.get("UPDATE_EXAMPLES") == "1" else tmp_path
    folder.mkdir(exist_ok=True)
    return folder / name


def screenshot_path(tmp_path):
    return shot_path(tmp_path, SCREENSHOT.name)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The seed's site under /seed/ and the generated big site under /big/, on a local HTTP server."""
    root = tmp_path_factory.mktemp("served")
    result = build([SEEDS], root / "seed", base_url="https://news.example/timeline/")
    assert not result.problems
    events = generated_events()
    big = root / "big"
    pages = render_pages(events, DateLabels("levant"), feeds=("calendar.ics",))
    pages["calendar.ics"] = render_ics(events[:50], DateLabels("levant"))
    for name, data in pages.items():
        (big / name).parent.mkdir(parents=True, exist_ok=True)
        (big / name).write_bytes(data)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}/"
    yield {"root": root, "base": base, "seed": result, "events": events, "pages": pages}
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser, url, width=1000, **context_options):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="ar", **context_options)
    page = context.new_page()
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    page.wait_for_load_state("load")
    return context, page, problems, requests


def visible_events(page) -> int:
    return page.locator("li.event:visible").count()


def until(page, check, timeout_ms: int = 5000) -> None:
    """Poll `check()` (page.wait_for_function would evaluate a string, which the pages' CSP forbids)."""
    waited = 0
    while not check():
        assert waited < timeout_ms, "timed out"
        page.wait_for_timeout(50)
        waited += 50


def test_seed_page_loads_clean_shows_every_event_and_reads_right_to_left(served, browser, tmp_path):
    url = served["base"] + "seed/index.html"
    context, page, problems, requests = open_page(browser, url, width=1280)
    try:
        assert problems == []
        assert requests == [url], "self-contained: nothing else is loaded"
        events = page.locator("li.event")
        assert events.count() == len(served["seed"].events) >= 5
        for index in range(events.count()):
            assert events.nth(index).is_visible()
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        assert page.locator("#filters").is_visible(), "the script shows the search and filter form"
        shot = screenshot_path(tmp_path)
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 0
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(shot_path(tmp_path, "seed-site-390.png")), full_page=True)
    finally:
        context.close()


def test_seed_filters_by_category_and_keeps_the_state_in_the_url(served, browser):
    context, page, problems, _ = open_page(browser, served["base"] + "seed/index.html")
    try:
        page.select_option("#filter-category", "منتدى")
        assert visible_events(page) == 1
        assert page.locator("section.group:visible").count() == 1
        assert page.locator(".year-heading:visible").count() == 1
        assert "category=" in page.url
        shared = page.url
        page.select_option("#filter-category", "")
        assert visible_events(page) == len(served["seed"].events) and "category=" not in page.url
        page.goto(shared)
        assert visible_events(page) == 1 and page.input_value("#filter-category") == "منتدى"
        assert problems == []
    finally:
        context.close()


def test_seed_works_without_javascript(served, browser):
    context, page, problems, _ = open_page(browser, served["base"] + "seed/index.html", java_script_enabled=False)
    try:
        assert visible_events(page) == len(served["seed"].events)
        assert not page.locator("#filters").is_visible()
    finally:
        context.close()


def test_every_page_of_the_big_site_stays_light_in_the_browser(served, browser):
    pages = served["pages"]
    heaviest = max((p for p in pages if p.endswith(".html")), key=lambda p: len(pages[p]))
    for path in ("index.html", heaviest):
        context, page, problems, _ = open_page(browser, served["base"] + "big/" + path)
        try:
            assert page.evaluate("document.getElementsByTagName('*').length") < 10_000
            assert len(pages[path]) < 1_000_000
            assert problems == []
        finally:
            context.close()


def test_typing_in_the_search_box_narrows_the_events_and_clearing_restores_them(served, browser):
    context, page, problems, requests = open_page(browser, served["base"] + "big/index.html")
    try:
        before = visible_events(page)
        assert before > 30
        page.fill("#search-q", "بيروت")
        until(page, lambda: visible_events(page) < before)
        narrowed = visible_events(page)
        assert 0 < narrowed < before
        for text in page.locator("li.event:visible").all_inner_texts():
            assert "بيروت" in text
        assert "q=" in page.url
        page.wait_for_selector("#search-results li")  # matches on the other pages, from search.json
        link = page.locator("#search-results li a").first.get_attribute("href")
        assert re.match(r"years/\d{4}(-\d\d|-periods)?(-\d+)?\.html#event-[0-9a-f]+$", link)
        assert served["base"] + "big/search.json" in requests
        page.fill("#search-q", "")
        until(page, lambda: visible_events(page) == before)
        assert visible_events(page) == before and "q=" not in page.url
        assert page.locator("#search-results").is_hidden()
        assert problems == []
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_a_year_page_is_reachable_from_the_index(served, browser, javascript):
    context, page, problems, _ = open_page(browser, served["base"] + "big/index.html", java_script_enabled=javascript)
    try:
        page.locator("#years a", has_text="2018").first.click()
        page.wait_for_load_state("load")
        assert page.url.endswith("/big/years/2018.html")
        assert page.locator("h1").inner_text() == "2018"
        # A dense year: its months have pages of their own, one click away.
        page.locator("#months a", has_text="أيار").first.click()
        page.wait_for_load_state("load")
        assert page.url.endswith("/big/years/2018-05.html")
        assert visible_events(page) > 50
        page.locator("a[rel=prev]").first.click()
        page.wait_for_load_state("load")
        assert page.url.endswith("/big/years/2017.html")
        assert problems == []
    finally:
        context.close()


def test_a_permalink_scrolls_to_its_event(served, browser):
    month = served["pages"]["years/2018-05.html"].decode()
    anchor = re.findall(r'<li class="event" id="(event-[0-9a-f]+)"', month)[-20]
    context, page, problems, _ = open_page(browser, served["base"] + f"big/years/2018-05.html#{anchor}")
    try:
        until(page, lambda: page.evaluate("window.scrollY") > 1000)
        box = page.locator(f"#{anchor}").bounding_box()
        assert box is not None and 0 <= box["y"] < 900
        assert page.evaluate("document.querySelector(':target').id") == anchor
        assert problems == []
    finally:
        context.close()


def test_a_shared_filter_applies_on_load(served, browser):
    url = served["base"] + "big/years/2018-05.html?category=%D9%82%D9%85%D8%A9&place=LB"
    context, page, problems, _ = open_page(browser, url)
    try:
        shown = page.locator("li.event:visible")
        assert shown.count() > 0
        for index in range(shown.count()):
            assert shown.nth(index).get_attribute("data-category") == "قمة"
            assert shown.nth(index).get_attribute("data-country") == "LB"
        assert problems == []
    finally:
        context.close()


def test_dark_mode_and_print(served, browser):
    context, page, problems, _ = open_page(browser, served["base"] + "seed/index.html", color_scheme="dark")
    try:
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert sum(int(x) for x in re.findall(r"\d+", background)[:3]) < 150, background
        page.emulate_media(media="print")
        assert page.locator("#filters").is_hidden() and visible_events(page) == len(served["seed"].events)
    finally:
        context.close()


def test_focus_order_follows_the_page(served, browser):
    context, page, problems, _ = open_page(browser, served["base"] + "seed/index.html")
    try:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        assert page.locator("a.skip").is_visible(), "the skip link shows when focused"
        order = []
        for _ in range(12):
            page.keyboard.press("Tab")
            order.append(page.evaluate("document.activeElement.id || document.activeElement.getAttribute('href')"))
        assert order.index("search-q") < order.index("filter-category") < order.index("filter-place")
    finally:
        context.close()


@pytest.mark.parametrize("path", ["seed/index.html", "big/index.html", "big/years/2018.html", "big/years/2018-05.html",
                                  "big/years/2003.html"])
def test_axe_finds_no_serious_or_critical_violations(served, browser, path, tmp_path):
    axe = require_node_package("axe-core") / "axe.min.js"
    width = 390 if path.endswith("2018.html") else 1280
    # The page's CSP admits only its own script; the test context lets axe in beside it.
    context, page, _, _ = open_page(browser, served["base"] + path, width=width, bypass_csp=True)
    try:
        page.add_script_tag(path=str(axe))
        results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        bad = [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in results["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == [], json.dumps(bad, ensure_ascii=False, indent=1)
        if path.startswith("big/"):  # the generated site's look, at a phone's and a desktop's width
            name = "big-" + path.split("/", 1)[1].replace("/", "-").replace(".html", f"-{width}.png")
            page.screenshot(path=str(shot_path(tmp_path, name)))
            if path == "big/index.html":
                page.set_viewport_size({"width": 390, "height": 844})
                page.screenshot(path=str(shot_path(tmp_path, "big-index-390.png")))
    finally:
        context.close()


def test_timelinejs_page_runs_from_the_sites_own_copy(served, browser, tmp_path):
    dist = require_node_package("@knight-lab/timelinejs") / "dist"
    from timeline.render.json import render_timelinejs

    events = served["events"][:400]
    site = served["root"] / "tl"
    pages = render_pages(events, DateLabels("levant"), timelinejs_dist=dist)
    pages["timelinejs.json"] = render_timelinejs(events, DateLabels("levant"), "t", limit=40).encode("utf-8")
    for name, data in pages.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(data)
    assert 'href="timelinejs.html"' in pages["index.html"].decode()
    context, page, problems, requests = open_page(browser, served["base"] + "tl/timelinejs.html", width=1280)
    try:
        until(page, lambda: page.locator(".tl-slide").count() > 40, timeout_ms=15000)
        assert page.locator(".tl-slide").count() == 41  # the title and the 40 key events
        assert all(url.startswith(served["base"]) for url in requests), "no CDN"
        assert problems == []
        page.screenshot(path=str(shot_path(tmp_path, "big-timelinejs-1280.png")))
    finally:
        context.close()


def test_a_page_opened_from_disk_searches_its_own_events_without_errors(served, browser):
    url = (served["root"] / "seed" / "index.html").as_uri()
    context, page, problems, requests = open_page(browser, url)
    try:
        total = visible_events(page)
        page.fill("#search-q", "مراكش")
        until(page, lambda: visible_events(page) < total)
        assert visible_events(page) == 1
        page.fill("#search-q", "")
        until(page, lambda: visible_events(page) == total)
        assert problems == [] and requests == [url], "no fetch of search.json from file://"
    finally:
        context.close()
