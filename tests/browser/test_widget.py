"""The chat widget in headless Chromium: emergency, a whole intake, keyboard only, quick exit, axe."""
import re

from playwright.sync_api import expect

from tests.browser.conftest import NEUTRAL, axe_violations, screenshot

SESSION = "sa-session-id"


def open_chat(page, server):
    page.goto(f"{server}/webhooks/web/demo")
    page.get_by_role("button", name="Chat: worried about a child?").click()
    expect(page.locator(".sa-status")).to_contain_text("Connected")


def say(page, text):
    page.get_by_label("Your message").fill(text)
    page.get_by_role("button", name="Send").click()


def last_bot(page):
    return page.locator(".sa-bot").last


def test_an_emergency_gets_999(page, server):
    open_chat(page, server)
    say(page, "he's here now and he's hurting my little girl")
    expect(page.locator(".sa-bot").nth(1)).to_contain_text("Call 999 now")
    expect(page.locator(".sa-user").last).to_have_text("You said: he's here now and he's hurting my little girl")


def test_a_routine_check_to_a_reference_number(page, server):
    open_chat(page, server)
    answers = [
        ("i want to ask the police to check someone", "What is the name and age"),
        ("Mark Jones, about 40", "How do you know them?"),
    ]
    for text, next_question in answers:
        say(page, text)
        expect(last_bot(page)).to_contain_text(next_question)
    page.locator(".sa-option", has_text="Boyfriend or girlfriend").click()
    for text, next_question in [
        ("Kenilworth", "How do they have contact"),
        ("he stays over at weekends", "Which children"),
        ("my son Sam, 7", "full name and date of birth"),
        ("Jane Smith 12/03/1989", "postcode"),
        ("cv34 4bz", "How should the police contact you?"),
        ("07700 900123", "When is it safe"),
        ("evenings, no voicemail", "why are you asking"),
        ("skip", "other parent know"),
        ("no", "shall I send it to the police now?"),
    ]:
        say(page, text)
        expect(last_bot(page)).to_contain_text(next_question)
    screenshot(page, "widget-summary")
    page.locator(".sa-option", has_text="Yes, send it").click()
    expect(last_bot(page)).to_contain_text(re.compile(r"Your reference is SL-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]\b"))


def test_keyboard_only(page, server):
    page.goto(f"{server}/webhooks/web/demo")
    launcher = page.get_by_role("button", name="Chat: worried about a child?")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('sa-launcher')"):
            break
    expect(launcher).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Your message")).to_be_focused()
    expect(page.locator(".sa-status")).to_contain_text("Connected")
    page.keyboard.type("what is sarahs law")
    page.keyboard.press("Enter")
    expect(last_bot(page)).to_contain_text("check")
    page.keyboard.press("Escape")
    expect(page.locator("#sa-panel")).to_be_hidden()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")


def test_quick_exit_button_leaves_and_forgets_the_session(page, server):
    open_chat(page, server)
    assert page.evaluate(f"sessionStorage.getItem('{SESSION}')")
    page.get_by_role("button", name="Exit this page").click()
    page.wait_for_url(NEUTRAL)
    page.goto(f"{server}/webhooks/web/demo")  # same tab, same origin: the same sessionStorage
    assert page.evaluate(f"sessionStorage.getItem('{SESSION}')") is None


def test_quick_exit_with_shift_three_times(page, server):
    open_chat(page, server)
    page.locator("body").click(position={"x": 5, "y": 200})
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    page.goto(f"{server}/webhooks/web/demo")
    assert page.evaluate(f"sessionStorage.getItem('{SESSION}')") is None


def test_capital_letters_in_the_chat_do_not_exit(page, server):
    open_chat(page, server)
    page.get_by_label("Your message").type("My Son And I Are OK")
    assert page.url.endswith("/webhooks/web/demo")


def test_user_text_is_shown_as_text_not_html(page, server):
    open_chat(page, server)
    say(page, "<img src=x onerror=alert(1)><b>hi</b>")
    expect(page.locator(".sa-user").last).to_have_text("You said: <img src=x onerror=alert(1)><b>hi</b>")
    assert page.locator(".sa-log img, .sa-log b").count() == 0


def test_no_transcript_in_local_storage(page, server):
    open_chat(page, server)
    say(page, "hello")
    expect(last_bot(page)).to_be_visible()
    assert page.evaluate("localStorage.length") == 0
    assert page.evaluate("Object.keys(sessionStorage)") == [SESSION]


def test_end_chat_forgets_the_session(page, server):
    open_chat(page, server)
    page.get_by_role("button", name="End chat").click()
    assert page.evaluate(f"sessionStorage.getItem('{SESSION}')") is None
    expect(page.locator(".sa-log .sa-msg")).to_have_count(0)


def test_no_accessibility_violations_closed_and_open(page, server):
    page.goto(f"{server}/webhooks/web/demo")
    assert axe_violations(page) == []
    screenshot(page, "widget-closed")
    open_chat(page, server)
    say(page, "hi")
    expect(page.locator(".sa-option").first).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "widget-open")


def test_a_lost_connection_is_announced_and_the_conversation_carries_on(page, server):
    open_chat(page, server)
    say(page, "what is sarahs law")
    expect(last_bot(page)).to_contain_text("check")
    page.context.set_offline(True)
    expect(page.get_by_role("status")).to_have_text("Connection lost. Reconnecting…")
    page.context.set_offline(False)
    expect(page.get_by_role("status")).to_have_text("Connected again.", timeout=20000)
    say(page, "how much does it cost")
    expect(last_bot(page)).to_contain_text("free")


def test_reduced_motion_is_respected(browser, server):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(f"{server}/webhooks/web/demo")
    page.get_by_role("button", name="Chat: worried about a child?").click()
    assert page.evaluate("getComputedStyle(document.querySelector('.sa-panel')).transitionDuration") == "0s"
    assert page.evaluate("getComputedStyle(document.querySelector('.sa-panel')).animationName") == "none"
    context.close()


def test_small_screen_and_zoom(browser, server):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{server}/webhooks/web/demo")
    page.get_by_role("button", name="Chat: worried about a child?").click()
    panel = page.locator("#sa-panel").bounding_box()
    assert panel["width"] <= 320
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    context.close()
