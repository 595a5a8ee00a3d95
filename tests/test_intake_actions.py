"""Intake actions with fake trackers, a collecting dispatcher and a fake store."""
import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.intake import ActionAskIntakeConfirm, ActionIntakeFinished, ValidateApplicationForm, ValidateConcernForm
from bot import PROJECT_ROOT
from bot.store.requests import StoreUnavailable
from tests.test_intake_turns import ALL_ANSWERS

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


class FakeStore:
    def __init__(self, down=0):
        self.down = down
        self.intakes = []

    def submit(self, intake):
        if self.down:
            self.down -= 1
            raise StoreUnavailable("down")
        self.intakes.append(intake)
        return "SL-ABCD-EFGH-J"


def tracker(requested, text, slots, form="application_form", events_before=(), safety=None):
    user = {"event": "user", "text": text, "parse_data": {"intent": {"name": "nlu_fallback", "confidence": 1.0}}}
    events = [*events_before, user, {"event": "slot", "name": requested, "value": text}]
    values = {**slots, "requested_slot": requested, requested: text}
    latest = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 1.0}, "entities": [], "safety": safety}
    return Tracker("person-1", values, latest, events, False, None, {"name": form}, "action_listen")


async def validate(action, tracker_):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker_, DOMAIN)
    return {event["name"]: event["value"] for event in events}, [m.get("text") or m.get("response") for m in dispatcher.messages]


@pytest.fixture()
def application():
    action = ValidateApplicationForm()
    action.store = FakeStore()
    return action


async def test_an_answer_is_checked_and_the_next_question_chosen(application):
    slots, messages = await validate(application, tracker("applicant_postcode", "cv34 4bz", {"intake_id": "i1"}))
    assert slots["applicant_postcode"] == "CV34 4BZ" and slots["requested_slot"] == "subject_name"
    assert messages == []


async def test_an_answer_the_classifier_alone_read_as_danger_is_kept_with_a_999_line_first(application):
    held = {"signal": None, "rules": [], "negated_danger": False, "override": "out_of_scope", "emergency_held_back": True}
    slots, messages = await validate(application, tracker("subject_contact", "he drives them to swimming", {"intake_id": "i1"}, safety=held))
    assert slots["subject_contact"] == "he drives them to swimming"
    assert messages[0] == "utter_intake_danger_reminder"


async def test_a_bad_answer_is_explained_and_asked_again(application):
    slots, messages = await validate(application, tracker("contact", "0770", {**ALL_ANSWERS, "contact": None, "intake_id": "i1"}))
    assert slots["contact"] is None and slots["requested_slot"] == "contact"
    assert "UK phone number" in messages[0]


async def test_the_first_validation_gives_the_intake_an_id_and_prefills_from_the_opening_message(application):
    opening = {"event": "user", "text": "can i check my boyfriend Dave Jones, he's 40",
               "parse_data": {"intent": {"name": "routine_check", "confidence": 0.9}}}
    t = Tracker("person-1", {}, {"text": opening["text"]}, [opening], False, None, {}, "utter_routine_check")
    slots, _ = await validate(application, t)
    assert slots["intake_id"] and slots["subject_name"] == "Dave Jones"
    assert slots["subject_relationship"] == "boyfriend_girlfriend" and slots["requested_slot"] == "subject_area"


async def test_yes_sends_the_record_once(application):
    values = {**ALL_ANSWERS, "intake_id": "i1", "triage": "routine_check"}
    slots, _ = await validate(application, tracker("intake_confirm", "yes", values))
    assert slots["intake_confirm"] == "sent" and slots["intake_reference"] == "SL-ABCD-EFGH-J"
    assert slots["requested_slot"] is None
    intake = application.store.intakes[0]
    assert intake.kind == "application" and intake.triage == "routine_check" and intake.fields["subject_name"] == "John Smith"
    assert "intake_id" not in intake.fields and "triage" not in intake.fields


async def test_an_outage_is_told_honestly_and_the_next_message_retries_with_the_same_key(application):
    application.store = FakeStore(down=1)
    values = {**ALL_ANSWERS, "intake_id": "i1"}
    slots, messages = await validate(application, tracker("intake_confirm", "yes", values))
    assert messages == ["utter_intake_store_down"] and slots["intake_pending"] is True
    assert slots["requested_slot"] == "intake_confirm" and slots["intake_confirm"] is None
    slots, _ = await validate(application, tracker("intake_confirm", "hello?", {**values, "intake_pending": True}))
    assert slots["intake_reference"] == "SL-ABCD-EFGH-J"


async def test_a_concern_form_starts_from_the_concern_message():
    action = ValidateConcernForm()
    opening = {"event": "user", "text": "my neighbour takes photos of kids", "parse_data": {"intent": {"name": "concern"}}}
    t = Tracker("person-1", {}, {"text": "yes"}, [opening, {"event": "user", "text": "yes"}], False, None, {}, "utter_offer_concern_report")
    slots, _ = await validate(action, t)
    assert slots["concern_details"] == "my neighbour takes photos of kids" and slots["requested_slot"] == "concern_where_when"


async def test_the_summary_then_what_happens_next_then_the_question():
    dispatcher = CollectingDispatcher()
    t = Tracker("person-1", {**ALL_ANSWERS}, {}, [], False, None, {"name": "application_form"}, "application_form")
    await ActionAskIntakeConfirm().run(dispatcher, t, DOMAIN)
    texts = [message["text"] for message in dispatcher.messages]
    assert texts[0].startswith("Here is what you told me") and "not told that you asked" in texts[1]
    assert "does not mean there is no risk" in texts[1] and "call you on 07700 900123" in texts[2]
    assert [button["title"] for button in dispatcher.messages[2]["buttons"]] == ["Yes, send it", "Change something", "Cancel"]


async def test_finishing_gives_the_reference_and_clears_every_answer():
    dispatcher = CollectingDispatcher()
    t = Tracker("person-1", {**ALL_ANSWERS, "intake_confirm": "sent", "intake_reference": "SL-ABCD-EFGH-J"}, {}, [], False, None, {}, "application_form")
    events = await ActionIntakeFinished().run(dispatcher, t, DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_intake_sent"
    cleared = {event["name"] for event in events if event["value"] is None}
    assert set(ALL_ANSWERS) <= cleared and "intake_reference" not in cleared
