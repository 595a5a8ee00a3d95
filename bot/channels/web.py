"""The website channel: the chat widget's files, its demo page, the text-only page and the
quick-exit help, all served by the Rasa server under /webhooks/web/.

The widget itself talks to Rasa's `socketio` channel; the text-only page posts a form to this
channel, which passes the message to Rasa and renders the conversation as HTML.
"""
import os
import uuid
from typing import Any, Awaitable, Callable, Dict, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import PROJECT_ROOT
from bot.channels import pages
from bot.channels.numbered import conversation_events, last_buttons, resolve_reply
from bot.validation import free_text

WEB_DIR = PROJECT_ROOT / "web"
SOCKET_IO_CLIENT = PROJECT_ROOT / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"
DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather"
MAX_MESSAGE = 2000
NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
STATIC = {
    "widget.js": (WEB_DIR / "widget.js", "application/javascript"),
    "widget.css": (WEB_DIR / "widget.css", "text/css"),
    "page.css": (WEB_DIR / "page.css", "text/css"),
    "demo": (WEB_DIR / "demo.html", "text/html"),
    "socket.io.min.js": (SOCKET_IO_CLIENT, "application/javascript"),
}


class WebInput(InputChannel):
    """credentials.yml: `bot.channels.web.WebInput:` (optional `exit_url`)."""

    @classmethod
    def name(cls) -> Text:
        return "web"

    @classmethod
    def from_credentials(cls, credentials: Dict[Text, Any]) -> "WebInput":
        return cls(**(credentials or {}))

    def __init__(self, exit_url: Text = "") -> None:
        self.exit_url = exit_url or os.environ.get("EXIT_URL") or DEFAULT_EXIT_URL

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        web = Blueprint("web_page", __name__)

        @web.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @web.route("/<name:str>", methods=["GET"])
        async def static(_: Request, name: Text) -> HTTPResponse:
            if name not in STATIC:
                return response.text("Not found", status=404)
            path, content_type = STATIC[name]
            return await response.file(path, mime_type=content_type, headers=NO_STORE)

        @web.route("/quick-exit", methods=["GET"])
        async def quick_exit(_: Request) -> HTTPResponse:
            return response.html(pages.page("How quick exit works", pages.QUICK_EXIT_HELP, self.exit_url), headers=NO_STORE)

        @web.route("/text", methods=["GET"])
        async def text_start(_: Request) -> HTTPResponse:
            return response.html(pages.text_page(uuid.uuid4().hex, [], self.exit_url), headers=NO_STORE)

        @web.route("/text", methods=["POST"])
        async def text_reply(request: Request) -> HTTPResponse:
            sender = _valid_sender(request.form.get("sender"))
            choice = (request.form.get("choice") or "").strip()
            typed = (request.form.get("message") or "").strip()
            agent = request.app.ctx.agent
            events = await conversation_events(agent, sender)
            if not (choice or typed):
                return response.html(pages.text_page(sender, events, self.exit_url, "Type a message, or choose an answer."), status=400, headers=NO_STORE)
            checked = free_text(choice or typed, MAX_MESSAGE)
            if not checked.ok:
                return response.html(pages.text_page(sender, events, self.exit_url, checked.error), status=400, headers=NO_STORE)
            text = checked.value if choice else resolve_reply(checked.value, last_buttons(events))
            await on_new_message(UserMessage(text, CollectingOutputChannel(), sender, input_channel=self.name()))
            return response.html(pages.text_page(sender, await conversation_events(agent, sender), self.exit_url), headers=NO_STORE)

        return web


def _valid_sender(sender: Any) -> Text:
    """The conversation id from the form, or a new one if it is missing or not ours."""
    try:
        return uuid.UUID(str(sender)).hex
    except ValueError:
        return uuid.uuid4().hex
