"""Buttons as numbered plain text, for channels that cannot show buttons, and numbered replies read back.

"Reply 2" is turned into the second button's payload before Rasa reads it, so "2" and the words
of the option both work.
"""
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.twilio import TwilioInput
from sanic import Sanic

Buttons = List[Dict[Text, Any]]


def numbered_text(text: Text, buttons: Buttons) -> Text:
    """The message followed by its options as a numbered list."""
    options = "\n".join(f"{number}. {button['title']}" for number, button in enumerate(buttons, start=1))
    return f"{text}\nReply with a number, or in your own words:\n{options}"


async def conversation_events(agent: Any, sender_id: Text) -> List[Dict[Text, Any]]:
    """The conversation's events as dicts (none for a new conversation)."""
    tracker = await agent.tracker_store.retrieve(sender_id)
    return [event.as_dict() for event in tracker.events] if tracker else []


def last_buttons(events: List[Dict[Text, Any]]) -> Buttons:
    """The buttons of the bot's last message in a conversation (events as dicts)."""
    for event in reversed(events):
        if event.get("event") == "bot":
            return (event.get("data") or {}).get("buttons") or []
        if event.get("event") == "user":
            return []
    return []


def resolve_reply(text: Text, buttons: Buttons) -> Text:
    """The payload of the option a bare number chooses ("2", "2."), otherwise the text unchanged."""
    match = re.fullmatch(r"\s*(\d{1,2})[.)]?\s*", text or "")
    if match and buttons and 1 <= int(match.group(1)) <= len(buttons):
        return buttons[int(match.group(1)) - 1]["payload"]
    return text


class NumberedOutput(OutputChannel):
    """Wraps a channel's output: messages with buttons are sent as numbered text."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner

    @classmethod
    def name(cls) -> Text:
        return "numbered"

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        buttons = message.get("buttons") or message.get("quick_replies")
        if buttons and message.get("text"):
            rest = {key: value for key, value in message.items() if key not in ("buttons", "quick_replies", "text")}
            await self.inner.send_response(recipient_id, {**rest, "text": numbered_text(message["text"], buttons)})
        else:
            await self.inner.send_response(recipient_id, message)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self.inner.send_text_message(recipient_id, text, **kwargs)


async def numbered_message(message: UserMessage, events: List[Dict[Text, Any]]) -> UserMessage:
    """The same message with a numbered reply resolved and an output that numbers options."""
    message.text = resolve_reply(message.text, last_buttons(events))
    message.output_channel = NumberedOutput(message.output_channel)
    return message


class NumberedOptions:
    """Mixin for one of Rasa's input channels whose app cannot show buttons: it keeps Rasa's
    connector and changes only what passes through it."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]):
        async def numbered(message: UserMessage) -> Optional[Any]:
            events = await conversation_events(Sanic.get_app().ctx.agent, message.sender_id)
            return await on_new_message(await numbered_message(message, events))

        return super().blueprint(numbered)


class NumberedTwilioInput(NumberedOptions, TwilioInput):
    """Rasa's Twilio connector (SMS, WhatsApp), with options as numbers: /webhooks/twilio/webhook."""


class NumberedRestInput(NumberedOptions, RestInput):
    """REST for integrations that show only text (an SMS gateway, a plain-text app):
    POST /webhooks/rest_numbered/webhook, the same body and reply as `rest`."""

    @classmethod
    def name(cls) -> Text:
        return "rest_numbered"
