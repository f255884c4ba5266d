"""The seed's page in a real browser: headless Debian chromium driven by Playwright."""
from __future__ import annotations

import json
import os

import pytest

from timeline.site import build

from timeline_fixtures import CHROMIUM, CHROMIUM_ARGS, EXAMPLES, SEEDS, require_chromium, require_node_package

SCREENSHOT = EXAMPLES / "seed-site.png"  # the seed's page as a reader sees it; `make examples` updates it


def screenshot_path(tmp_path):
    """examples/seed-site.png only when asked (UPDATE_EXAMPLES=1, as `make examples` does): `make test` changes no tracked file."""
    return SCREENSHOT if os.environ.get("UPDATE_EXAMPLES") == "1" else tmp_path / "seed-site.png"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    result = build([SEEDS], out, base_url="https://news.example/timeline/")
    assert not result.problems
    return out, result


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser, url, **context_options):
    context = browser.new_context(viewport={"width": 1000, "height": 900}, locale="ar", **context_options)
    page = context.new_page()
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    # Self-contained: any request that is not the page itself is a failure.
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    page.wait_for_load_state("load")
    return context, page, problems, requests


def test_page_loads_clean_shows_every_event_and_reads_right_to_left(site, browser, tmp_path):
    out, result = site
    url = (out / "index.html").as_uri()
    context, page, problems, requests = open_page(browser, url)
    try:
        assert problems == []
        assert requests == [url]
        events = page.locator("li.event")
        assert events.count() == len(result.events) == 5
        for index in range(events.count()):
            assert events.nth(index).is_visible()
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        assert page.locator("#filters").is_visible(), "the script shows the filter form"
        shot = screenshot_path(tmp_path)
        shot.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 0
    finally:
        context.close()


def test_filtering_by_category_and_year(site, browser):
    out, _ = site
    context, page, problems, _ = open_page(browser, (out / "index.html").as_uri())
    try:
        page.select_option("#filter-category", "منتدى")
        assert page.locator("li.event:visible").count() == 1
        assert page.locator("li.year:visible").count() == 1
        page.select_option("#filter-category", "")
        page.select_option("#filter-year", "2022")
        assert page.locator("li.event:visible").count() == 3
        assert problems == []
    finally:
        context.close()


def test_works_without_javascript(site, browser):
    out, _ = site
    context, page, problems, _ = open_page(browser, (out / "index.html").as_uri(), java_script_enabled=False)
    try:
        assert page.locator("li.event:visible").count() == 5
        assert not page.locator("#filters").is_visible()
    finally:
        context.close()


def test_axe_finds_no_serious_or_critical_violations(site, browser):
    out, _ = site
    axe = require_node_package("axe-core") / "axe.min.js"
    # The page's CSP admits only its own script; the test context lets axe in beside it.
    context, page, _, _ = open_page(browser, (out / "index.html").as_uri(), bypass_csp=True)
    try:
        page.add_script_tag(path=str(axe))
        results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        bad = [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in results["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == [], json.dumps(bad, ensure_ascii=False, indent=1)
    finally:
        context.close()
