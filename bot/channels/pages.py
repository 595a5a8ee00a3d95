"""Server-rendered HTML for the text-only page (no JavaScript): the conversation so far and the
bot's question as a labelled field. User and bot text is always escaped; only links written in
the bot's own responses become links."""
import html
import re
from typing import Any, Dict, List, Optional, Text, Tuple

from bot.channels.numbered import last_buttons

_LINK = re.compile(r"\b((?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/[\w./-]*)?)", re.I)
START_LABEL = "What would you like help with? Tell me in your own words."


def bot_text(text: Text, inline: bool = False) -> Text:
    """Escaped bot text, one paragraph per line (or line breaks, inside a label), with the bot's
    own web addresses as links."""
    lines = []
    for line in text.split("\n"):
        if line.strip():
            escaped = html.escape(line)
            lines.append(_LINK.sub(lambda m: f'<a href="{_href(m.group(1))}">{m.group(1)}</a>', escaped))
    return "<br>".join(lines) if inline else "".join(f"<p>{line}</p>" for line in lines)


def _href(address: Text) -> Text:
    return address if address.lower().startswith("http") else f"https://{address}"


def transcript(events: List[Dict[Text, Any]]) -> List[Tuple[Text, Text]]:
    """(who, text) for each message."""
    speakers = {"user": "You", "bot": "Assistant"}
    return [(speakers[event["event"]], event["text"]) for event in events if event.get("event") in speakers and event.get("text")]


def page(title: Text, body: Text, exit_url: Text) -> Text:
    """A whole page with the quick-exit link and the 999 line at the top."""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="page.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="safety-bar">
  <p class="danger-line"><strong>In danger now? Call 999</strong></p>
  <p class="exit"><a class="exit-link" href="{html.escape(exit_url)}" rel="noreferrer">Exit this page</a>
  <a class="exit-help" href="quick-exit">How quick exit works</a></p>
</header>
<main id="main" tabindex="-1">
{body}
</main>
</body>
</html>"""


def text_page(sender: Text, events: List[Dict[Text, Any]], exit_url: Text, error: Optional[Text] = None) -> Text:
    """The text-only conversation page."""
    lines, buttons = transcript(events), last_buttons(events)
    question = lines[-1][1] if lines and lines[-1][0] == "Assistant" else START_LABEL
    shown = lines[:-1] if lines and lines[-1][0] == "Assistant" else lines
    parts = ["<h1>Talk to us about keeping a child safe</h1>"]
    if error:
        parts.append(
            '<div class="error-summary" role="alert" aria-labelledby="error-title" tabindex="-1">'
            '<h2 id="error-title">There is a problem</h2>'
            f'<ul><li><a href="#message">{html.escape(error)}</a></li></ul></div>'
        )
    if not lines:
        parts.append(
            "<p>This page works without JavaScript and with screen readers. Nothing is saved on "
            "this device. You can stop at any time.</p>"
        )
    if shown:
        items = "".join(
            f'<li class="{who.lower()}"><span class="who">{who}:</span> '
            f'{bot_text(text) if who == "Assistant" else "<p>" + html.escape(text) + "</p>"}</li>'
            for who, text in shown
        )
        parts.append(f'<p><a href="#message">Go to the question</a></p><h2>Conversation so far</h2><ol class="transcript">{items}</ol>')
    field_error = f'<p id="message-error" class="field-error"><span class="visually-hidden">Error:</span> {html.escape(error)}</p>' if error else ""
    described = ' aria-describedby="message-error"' if error else ""
    options = ""
    if buttons:
        choices = "".join(
            f'<li><button type="submit" name="choice" value="{html.escape(button["payload"])}">'
            f'{number}. {html.escape(button["title"])}</button></li>'
            for number, button in enumerate(buttons, start=1)
        )
        options = f'<p class="hint">Choose one, or type your answer below (a number works too).</p><ul class="options">{choices}</ul>'
    parts.append(f"""<form method="post" action="text" novalidate>
<input type="hidden" name="sender" value="{html.escape(sender)}">
<div class="question{' has-error' if error else ''}">
<label for="message" class="question-label">{bot_text(question, inline=True)}</label>
{options}
{field_error}
<textarea id="message" name="message" rows="3"{described}></textarea>
</div>
<button type="submit" class="send">Send</button>
</form>""")
    title = ("Error: " if error else "") + "Talk to us about keeping a child safe"
    return page(title, "\n".join(parts), exit_url)


QUICK_EXIT_HELP = """<h1>How quick exit works</h1>
<p>Press the <strong>Exit this page</strong> button, or press the Shift key 3 times, to leave this
site at once. The page is hidden straight away and a weather page opens instead.</p>
<p>Quick exit does not delete your browsing history. Someone using this device could still see
that you visited this site.</p>
<h2>To browse more privately</h2>
<ul>
<li>Use a private window: in Chrome or Edge press Ctrl, Shift and N; in Firefox press Ctrl, Shift
and P; in Safari choose File, then New Private Window. On a phone, look for "Incognito" or
"Private" in the browser menu.</li>
<li>Or delete this site from your history afterwards, in your browser's history settings.</li>
</ul>
<p>If a child is in danger right now, call 999.</p>
<p><a href="text">Go to the text-only chat</a></p>"""
