"""Custom actions. Decisions live in bot/; these only read the tracker and send replies."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.helplines import Directory, load_directory, services_named_in, status_lines
from bot.triage import HELPLINES_FOR_ROUTE, next_triage

# Asked about hours without naming a service: the helplines the public most often need.
DEFAULT_HOURS_SERVICES = ["nspcc", "childline", "stop_it_now"]


class ActionTriageSoft(Action):
    """Custom slot mapping: `information` / `other` fill `triage` only when it holds no route yet."""

    def name(self) -> Text:
        return "action_triage_soft"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        current = tracker.get_slot("triage")
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        updated = next_triage(current, intent)
        return [] if updated == current else [SlotSet("triage", updated)]


class _WithDirectory:
    """Mixin, not an Action: rasa_sdk registers every Action subclass as a named action."""

    def __init__(self, directory: Directory = None) -> None:
        self.directory = directory or load_directory()


class ActionHelplineStatus(_WithDirectory, Action):
    """After a route's reply: whether the helpline for that route is open now."""

    def name(self) -> Text:
        return "action_helpline_status"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        keys = HELPLINES_FOR_ROUTE.get(tracker.get_slot("triage") or "", [])
        for line in status_lines(self.directory, keys) if keys else []:
            dispatcher.utter_message(text=line)
        return []


class ActionHelplineHours(_WithDirectory, Action):
    """Answers "is the nspcc open now?" for the services named, or the main helplines."""

    def name(self) -> Text:
        return "action_helpline_hours"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        keys = services_named_in(tracker.latest_message.get("text") or "") or DEFAULT_HOURS_SERVICES
        lines = status_lines(self.directory, keys)
        lines.append("If a child is in danger right now, call 999 at any time.")
        dispatcher.utter_message(text="\n".join(lines))
        return []
