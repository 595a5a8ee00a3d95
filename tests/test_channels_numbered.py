"""Numbered options for channels without buttons: formatting, reading a number back, and a whole
exchange through the running server's `rest_numbered` channel."""
import json
import urllib.request
import uuid

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from bot.channels.numbered import NumberedOutput, last_buttons, numbered_message, numbered_text, resolve_reply

BUTTONS = [{"title": "Yes, send it", "payload": "yes, send it"}, {"title": "Cancel", "payload": "cancel"}]


def test_numbered_text_lists_the_options():
    assert numbered_text("Send it?", BUTTONS) == (
        "Send it?\nReply with a number, or in your own words:\n1. Yes, send it\n2. Cancel"
    )


def test_a_number_chooses_an_option_and_words_pass_through():
    assert resolve_reply("2", BUTTONS) == "cancel"
    assert resolve_reply(" 1. ", BUTTONS) == "yes, send it"
    assert resolve_reply("3", BUTTONS) == "3"
    assert resolve_reply("cancel please", BUTTONS) == "cancel please"
    assert resolve_reply("2", []) == "2"


def test_only_the_bots_last_message_counts():
    events = [{"event": "bot", "text": "Send it?", "data": {"buttons": BUTTONS}}]
    assert last_buttons(events) == BUTTONS
    assert last_buttons(events + [{"event": "user", "text": "hi"}]) == []


async def test_output_sends_buttons_as_numbered_text():
    collector = CollectingOutputChannel()
    await NumberedOutput(collector).send_response("u1", {"text": "Send it?", "buttons": BUTTONS})
    await NumberedOutput(collector).send_response("u1", {"text": "Thank you."})
    assert [message["text"] for message in collector.messages] == [numbered_text("Send it?", BUTTONS), "Thank you."]
    assert "buttons" not in collector.messages[0]


async def test_numbered_message_resolves_and_wraps():
    message = UserMessage("1", CollectingOutputChannel(), "u1")
    events = [{"event": "bot", "text": "Send it?", "data": {"buttons": BUTTONS}}]
    resolved = await numbered_message(message, events)
    assert resolved.text == "yes, send it" and isinstance(resolved.output_channel, NumberedOutput)


def post(server, sender, text):
    request = urllib.request.Request(
        f"{server}/webhooks/rest_numbered/webhook", data=json.dumps({"sender": sender, "message": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as reply:
        return [message.get("text", "") for message in json.loads(reply.read())]


def test_a_text_only_channel_gets_numbers_and_can_answer_by_number_or_words(server):
    sender = f"numbered-{uuid.uuid4().hex}"
    replies = post(server, sender, "hello")
    assert "1. Ask the police to check someone" in replies[-1] and "buttons" not in replies[-1]
    replies = post(server, sender, "1")  # the first option: the routine check
    assert replies[-1].startswith("What is the name and age")
    replies = post(server, sender, "Mark Jones, 40")
    assert "3. Relative" in replies[-1]
    replies = post(server, sender, "Neighbour")  # words work as well as numbers
    assert replies[-1].startswith("Where do they live?")
