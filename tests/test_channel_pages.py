"""The text-only page's HTML: escaped text, the bot's own links, the question as the label, errors."""
from bot.channels import pages

EXIT = "https://www.bbc.co.uk/weather"


def test_user_text_is_escaped():
    events = [{"event": "user", "text": "<script>alert(1)</script>"}, {"event": "bot", "text": "ok"}]
    html = pages.text_page("s1", events, EXIT)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_bot_addresses_become_links_and_bot_html_does_not():
    assert pages.bot_text("visit www.stopitnow.org.uk now") == (
        '<p>visit <a href="https://www.stopitnow.org.uk">www.stopitnow.org.uk</a> now</p>'
    )
    assert pages.bot_text("<b>x</b>") == "<p>&lt;b&gt;x&lt;/b&gt;</p>"


def test_the_last_bot_message_labels_the_field_with_its_options():
    events = [
        {"event": "user", "text": "hi"},
        {"event": "bot", "text": "How do you know them?", "data": {"buttons": [{"title": "Friend", "payload": "Friend"}]}},
    ]
    html = pages.text_page("s1", events, EXIT)
    assert '<label for="message" class="question-label">How do you know them?</label>' in html
    assert '<button type="submit" name="choice" value="Friend">1. Friend</button>' in html
    assert 'value="s1"' in html and "In danger now? Call 999" in html and f'href="{EXIT}"' in html


def test_errors_follow_the_govuk_pattern():
    html = pages.text_page("s1", [], EXIT, error="Type a message, or choose an answer.")
    assert "<title>Error: Talk to us about keeping a child safe</title>" in html
    assert 'role="alert"' in html and '<a href="#message">Type a message, or choose an answer.</a>' in html
    assert 'aria-describedby="message-error"' in html
