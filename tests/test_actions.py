"""Custom actions with fake trackers and a collecting dispatcher (as in RasaHQ/financial-demo)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ActionHelplineHours, ActionHelplineStatus, ActionTriageSoft
from bot.helplines import load_directory

MONDAY_NOON = datetime(2026, 11, 30, 12, tzinfo=ZoneInfo("Europe/London"))


def tracker(intent=None, text="", triage=None):
    latest = {"intent": {"name": intent, "confidence": 1.0}, "text": text, "entities": []}
    return Tracker("test-user", {"triage": triage}, latest, [], False, None, {}, "action_listen")


@pytest.fixture()
def directory(monkeypatch):
    directory = load_directory()
    monkeypatch.setattr(directory, "now", lambda: MONDAY_NOON)
    return directory


async def run(action, tracker_):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker_, {})
    return [message["text"] for message in dispatcher.messages], events


@pytest.mark.parametrize(
    "triage, intent, events",
    [
        (None, "greet", [SlotSet("triage", "other")]),
        (None, "faq_cost", [SlotSet("triage", "information")]),
        ("emergency", "thanks", []),
        ("concern", "faq_how_long", []),
    ],
)
async def test_triage_soft_fills_only_an_empty_or_soft_slot(triage, intent, events):
    assert (await run(ActionTriageSoft(), tracker(intent, triage=triage)))[1] == events


@pytest.mark.parametrize(
    "triage, expected",
    [
        ("stop_it_now", ["Stop It Now helpline, 0808 1000 900 or www.stopitnow.org.uk: open now until 9pm."]),
        ("concern", ["NSPCC helpline, 0808 800 5000 or help@nspcc.org.uk: open now until 10pm."]),
        ("routine_check", []),
    ],
)
async def test_helpline_status_follows_the_route(directory, triage, expected):
    assert (await run(ActionHelplineStatus(directory), tracker(triage=triage)))[0] == expected


async def test_hours_for_a_named_service(directory):
    texts, _ = await run(ActionHelplineHours(directory), tracker("ask_opening_hours", "is stop it now open"))
    assert texts == [
        "Stop It Now helpline, 0808 1000 900 or www.stopitnow.org.uk: open now until 9pm.\n"
        "If a child is in danger right now, call 999 at any time."
    ]


async def test_hours_without_a_service_list_the_main_helplines(directory):
    texts, _ = await run(ActionHelplineHours(directory), tracker("ask_opening_hours", "when are you open"))
    assert texts[0].count("\n") == 3
    assert "NSPCC" in texts[0] and "Childline" in texts[0] and "Stop It Now" in texts[0] and "999" in texts[0]
