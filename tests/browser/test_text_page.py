"""The text-only page with JavaScript turned off: a whole intake, errors, options by number, axe."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, screenshot


@pytest.fixture()
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def answer(page, text):
    page.get_by_role("textbox").fill(text)
    page.get_by_role("button", name="Send").click()


def test_a_whole_application_without_javascript(no_js_page, server):
    page = no_js_page
    page.goto(f"{server}/webhooks/web/text")
    expect(page.get_by_text("In danger now? Call 999")).to_be_visible()
    expect(page.get_by_role("link", name="Exit this page")).to_be_visible()
    answer(page, "i want to check someone")
    expect(page.get_by_label(re.compile("name and age"))).to_be_visible()
    answer(page, "Mark Jones, about 40")
    page.get_by_role("button", name="5. Neighbour").click()
    for text, label in [
        ("Kenilworth", "How do they have contact"),
        ("he babysits", "Which children"),
        ("Amy 4 and Sam 7", "What are you to the children?"),
    ]:
        answer(page, text)
        expect(page.get_by_label(re.compile(label))).to_be_visible()
    answer(page, "1")  # numbered option: Parent
    for text in ["Jane Smith 12/03/1989", "cv34 4bz", "jane@example.com", "any time", "skip", "no"]:
        answer(page, text)
    expect(page.locator(".transcript")).to_contain_text("Here is what you told me")
    screenshot(page, "text-page-summary", full_page=True)
    page.get_by_role("button", name="1. Yes, send it").click()
    expect(page.locator(".question-label")).to_contain_text(re.compile(r"Your reference is SL-"))


def test_an_empty_message_shows_the_error_pattern(no_js_page, server):
    page = no_js_page
    page.goto(f"{server}/webhooks/web/text")
    page.get_by_role("button", name="Send").click()
    expect(page).to_have_title(re.compile("^Error: "))
    expect(page.get_by_role("alert")).to_contain_text("There is a problem")
    expect(page.get_by_role("textbox")).to_have_attribute("aria-describedby", "message-error")


def test_text_page_has_no_accessibility_violations(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server}/webhooks/web/text")
    assert axe_violations(page) == []
    answer(page, "hello")
    assert axe_violations(page) == []
    page.goto(f"{server}/webhooks/web/quick-exit")
    assert axe_violations(page) == []
    context.close()
