"""Headless Debian Chromium for the browser tests (the `server` fixture is in tests/conftest.py).

Playwright drives the system's /usr/bin/chromium (Debian's `chromium` package); no browser is
downloaded. Screenshots are written to results/screenshots/.
"""
import os
import shutil

import pytest
from playwright.sync_api import sync_playwright

from bot import PROJECT_ROOT

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = PROJECT_ROOT / "results" / "screenshots"
NEUTRAL = "https://www.bbc.co.uk/weather"


# Module scope: Playwright's sync API holds an event loop while it is open, which the asyncio
# tests in other modules must not meet.
@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium is needed for the browser tests: install Debian's package (apt-get install chromium); looked for {CHROMIUM}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    # Quick exit leaves for a real site; answer it locally so the tests need no internet.
    page.route(NEUTRAL + "**", lambda route: route.fulfill(status=200, content_type="text/html",
                                                         body="<!doctype html><title>Weather</title><h1>Weather</h1>"))
    yield page
    context.close()


def axe_violations(page):
    """axe-core's violations for the WCAG 2.0, 2.1 and 2.2 A and AA rules."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
    )
    return [(violation["id"], [node["target"] for node in violation["nodes"]]) for violation in result["violations"]]


def screenshot(page, name, full_page=False):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)
