"""Intake actions: form validation, the summary question and the end of an intake.

The decisions are in bot/intake; these read the tracker, call them, and send what they return.
"""
import uuid
from datetime import date
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.intake import turns
from bot.intake.forms import APPLICATION, CONCERN, CONFIRM, SECTIONS, STATE_SLOTS, contact_phrase, required_slots, summary
from bot.intake.submit import StoreProvider, build_intake
from bot.store.requests import StoreUnavailable

STORE = StoreProvider()
REFERENCE = "intake_reference"
CONFIRM_BUTTONS = [
    {"title": "Yes, send it", "payload": "yes, send it"},
    {"title": "Change something", "payload": "change something"},
    {"title": "Cancel", "payload": "cancel"},
]
NEXT_STEPS = {
    APPLICATION: (
        "What happens next:\n"
        "- The police make first checks within 24 hours. If a child is in danger, they act at once.\n"
        "- Within about 10 days, they contact you to talk, in person or by phone. You will need proof of who you are.\n"
        "- The whole process takes about 45 days.\n"
        "- The person you asked about is not told that you asked.\n"
        "- If the police tell you something, you must promise to keep it private. Sharing it without their "
        "agreement, or giving false information, can lead to action against you.\n"
        "- If the police have nothing to tell you, it does not mean there is no risk. Keep trusting your instincts."
    ),
    CONCERN: (
        "What happens next:\n"
        "- The police read your concern and decide how to keep the child safe. If a child is at risk, they act.\n"
        "- If you gave contact details, they may contact you to ask more.\n"
        "- If a child is in danger at any time, call 999."
    ),
}


def _values(tracker: Tracker) -> Dict[str, Any]:
    return dict(tracker.slots)


class _IntakeValidation:
    """Shared by both forms' validation actions (a mixin, so rasa_sdk does not register it)."""

    form: str
    store = STORE

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        return required_slots(self.form, _values(tracker))

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[EventType]:
        values = _values(tracker)
        updates: Dict[str, Any] = {}
        if not values.get("intake_id"):
            updates = {"intake_id": str(uuid.uuid4()), **turns.prefill(self.form, _starting_text(tracker, self.form), values)}
        if (tracker.latest_message.get("safety") or {}).get("emergency_held_back"):
            dispatcher.utter_message(response="utter_intake_danger_reminder")
        slot = tracker.get_slot("requested_slot")
        if slot and slot in tracker.slots_to_validate():
            outcome = turns.answer(self.form, slot, tracker.latest_message.get("text") or "", {**values, **updates},
                                   date.today(), tracker.latest_message.get("intent"))
            for response in outcome.responses:
                dispatcher.utter_message(response=response)
            for message in outcome.messages:
                dispatcher.utter_message(text=message)
            updates.update(outcome.slots)
            if outcome.submit:
                updates.update(self._submit(dispatcher, tracker, {**values, **updates}))
        return [SlotSet(name, value) for name, value in updates.items()]

    def _submit(self, dispatcher: CollectingDispatcher, tracker: Tracker, values: Dict[str, Any]) -> Dict[str, Any]:
        intake = build_intake(self.form, values, tracker.sender_id, tracker.get_latest_input_channel())
        try:
            reference = self.store.submit(intake)
        except StoreUnavailable:
            dispatcher.utter_message(response="utter_intake_store_down")
            return {CONFIRM: None, turns.PENDING: True}
        return {CONFIRM: "sent", REFERENCE: reference, turns.PENDING: None}


class ValidateApplicationForm(_IntakeValidation, FormValidationAction):
    form = APPLICATION

    def name(self) -> Text:
        return "validate_application_form"


class ValidateConcernForm(_IntakeValidation, FormValidationAction):
    form = CONCERN

    def name(self) -> Text:
        return "validate_concern_form"


class ActionAskIntakeConfirm(Action):
    """The summary, what happens next, and the consent question; or, after an outage, how to retry."""

    def name(self) -> Text:
        return "action_ask_intake_confirm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        form = tracker.active_loop.get("name") or APPLICATION
        values = _values(tracker)
        if values.get(turns.PENDING):
            dispatcher.utter_message(response="utter_intake_retry", buttons=[CONFIRM_BUTTONS[2]])
            return []
        if not (values.get(turns.TRIES) or {}).get(CONFIRM):  # shown once; a re-prompt asks only the question
            dispatcher.utter_message(text=summary(form, values))
            dispatcher.utter_message(text=NEXT_STEPS[form])
        dispatcher.utter_message(
            text=f"{contact_phrase(values)} Do you agree to this, and shall I send it to the police now?",
            buttons=CONFIRM_BUTTONS,
        )
        return []


class ActionIntakeFinished(Action):
    """After the form: give the reference, or confirm the cancel; then clear every answer from the conversation."""

    def name(self) -> Text:
        return "action_intake_finished"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        if tracker.get_slot(CONFIRM) == "sent":
            dispatcher.utter_message(response="utter_intake_sent", reference=tracker.get_slot(REFERENCE))
        else:
            dispatcher.utter_message(response="utter_intake_cancelled")
        answers = {slot for sections in SECTIONS.values() for section in sections for slot in section.slots}
        return [SlotSet(slot, None) for slot in sorted(answers | set(STATE_SLOTS))]


def _starting_text(tracker: Tracker, form: str) -> Optional[str]:
    """The message that led to the intake: the latest one the route's intent was given to."""
    intent = "routine_check" if form == APPLICATION else "concern"
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") == "action_intake_finished":
            return None
        if event.get("event") == "user" and (event.get("parse_data") or {}).get("intent", {}).get("name") == intent:
            return event.get("text")
    return None
