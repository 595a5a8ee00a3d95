"""The SafetyOverride NLU component, run the way Rasa runs it (as in rasa-nlu-examples)."""
import json

import numpy
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.core.events import ActiveLoop, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.safety_override import SafetyOverride


@pytest.fixture()
def component(tmp_path):
    return SafetyOverride.create(
        SafetyOverride.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("safety"),
        ExecutionContext(graph_schema=None, model_id="test"),
    )


@pytest.fixture()
def in_form_component(tmp_path):
    return SafetyOverride.create(
        {**SafetyOverride.get_default_config(), "form_emergency_floor": 0.9},
        LocalModelStorage(tmp_path),
        Resource("safety"),
        ExecutionContext(graph_schema=None, model_id="test"),
    )


def conversation(active_loop=None, requested_slot=None):
    events = [ActiveLoop(active_loop)] if active_loop else []
    events += [SlotSet("requested_slot", requested_slot)] if requested_slot else []
    return DialogueStateTracker.from_events("person-1", events)


@pytest.fixture()
def fallback(tmp_path):
    config = {**FallbackClassifier.get_default_config(), "threshold": 0.4, "ambiguity_threshold": 0.05}
    return FallbackClassifier.create(
        config, LocalModelStorage(tmp_path), Resource("fallback"), ExecutionContext(graph_schema=None, model_id="test")
    )


def parsed(text, *ranking):
    intents = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    return Message(data={"text": text, "intent": intents[0], "intent_ranking": intents})


def test_danger_now_overrides_a_low_confidence_guess_and_beats_the_fallback(component, fallback):
    message = parsed("hes hitting her rn", ("concern", 0.31), ("emergency", 0.30), ("greet", 0.2))
    fallback.process(component.process([message]))
    assert message.get("intent") == {"name": "emergency", "confidence": 1.0}
    assert [entry["name"] for entry in message.get("intent_ranking")] == ["emergency", "concern", "greet"]
    assert message.get("safety")["rules"]


def test_a_low_confidence_emergency_is_confirmed_not_lost_to_the_fallback(component, fallback):
    message = parsed("please help he's hurting my sister", ("emergency", 0.35), ("routine_check", 0.2))
    fallback.process(component.process([message]))
    assert message.get("intent") == {"name": "emergency", "confidence": 1.0}


def test_without_the_component_the_same_message_would_fall_back(fallback):
    message = parsed("hes hitting her rn", ("concern", 0.31), ("emergency", 0.30))
    fallback.process([message])
    assert message.get("intent")["name"] == "nlu_fallback"


def test_an_ml_near_tie_with_emergency_gets_emergency_not_the_ambiguity_fallback(component, fallback):
    message = parsed("a man keeps taking photos of my kids at the pool", ("concern", 0.50), ("emergency", 0.48))
    fallback.process(component.process([message]))
    assert message.get("intent") == {"name": "emergency", "confidence": 0.48}


def test_an_unsure_ml_emergency_below_the_threshold_is_left_to_the_fallback(component, fallback):
    # A phone number typed into a form is no danger now; the fallback's reply names 999 anyway.
    message = parsed("07700 900123", ("emergency", 0.3), ("concern", 0.28))
    fallback.process(component.process([message]))
    assert message.get("intent")["name"] == "nlu_fallback"


def test_the_emergency_tie_and_fallback_threshold_are_set_beside_the_fallbacks_own(project_config):
    pipeline = {step["name"].split(".")[-1]: step for step in project_config["pipeline"]}
    assert pipeline["SafetyOverride"]["emergency_tie"] == pipeline["FallbackClassifier"]["ambiguity_threshold"]
    assert pipeline["SafetyOverride"]["fallback_threshold"] == pipeline["FallbackClassifier"]["threshold"]


def test_negated_danger_turns_an_ml_emergency_into_the_next_intent(component):
    message = parsed("nobody is in danger right now, just worried", ("emergency", 0.6), ("concern", 0.3))
    component.process([message])
    assert message.get("intent") == {"name": "concern", "confidence": 0.3}


def test_no_signal_leaves_the_ml_result_alone(component):
    message = parsed("how much does it cost", ("faq_cost", 0.97), ("faq_how_long", 0.01))
    component.process([message])
    assert message.get("intent") == {"name": "faq_cost", "confidence": 0.97}
    assert message.get("safety")["override"] is None


def test_button_payloads_are_left_alone(component):
    message = parsed("/routine_check", ("routine_check", 1.0))
    component.process([message])
    assert message.get("intent")["name"] == "routine_check"
    assert message.get("safety") is None


def test_inside_a_form_an_unsure_ml_emergency_is_held_back_and_flagged(in_form_component):
    message = parsed("he drives them to swimming", ("emergency", 0.71), ("out_of_scope", 0.2))
    in_form_component.process([message], conversation("application_form"))
    assert message.get("intent")["name"] == "out_of_scope"
    assert message.get("safety")["emergency_held_back"] is True
    json.dumps(message.get("safety"))  # stored with the conversation


def test_the_safety_output_serialises_with_numpy_confidences(in_form_component):
    message = parsed("he drives them to swimming", ("emergency", numpy.float64(0.71)), ("out_of_scope", numpy.float64(0.2)))
    in_form_component.process([message], conversation("application_form"))
    assert json.loads(json.dumps(message.get("safety")))["emergency_held_back"] is True


def test_inside_a_form_a_sure_ml_emergency_or_a_rule_still_interrupts(in_form_component):
    sure = parsed("the man from church is keeping my son at his house", ("emergency", 0.97), ("concern", 0.02))
    rule = parsed("hes hitting her rn", ("concern", 0.6), ("emergency", 0.3))
    in_form_component.process([sure, rule], conversation("concern_form"))
    assert [sure.get("intent")["name"], rule.get("intent")["name"]] == ["emergency", "emergency"]
    assert not sure.get("safety")["emergency_held_back"] and not rule.get("safety")["emergency_held_back"]


def test_outside_a_form_the_floor_does_not_apply(in_form_component):
    first = parsed("he drives them to swimming", ("emergency", 0.71), ("out_of_scope", 0.2))
    unknown = parsed("he drives them to swimming", ("emergency", 0.71), ("out_of_scope", 0.2))
    in_form_component.process([first], conversation())
    in_form_component.process([unknown])
    assert first.get("intent")["name"] == unknown.get("intent")["name"] == "emergency"


def test_inside_a_form_names_and_ages_are_never_an_ml_emergency(in_form_component):
    message = parsed("my boy oscar hes just turned 6", ("emergency", 0.97), ("out_of_scope", 0.02))
    in_form_component.process([message], conversation("application_form", "children"))
    assert message.get("intent")["name"] == "out_of_scope"


def test_inside_a_form_a_usual_arrangement_is_never_an_ml_emergency_but_999_is_still_named(in_form_component):
    message = parsed("he takes my son out in his car", ("emergency", 0.98), ("routine_check", 0.01))
    in_form_component.process([message], conversation("application_form", "subject_contact"))
    assert message.get("intent")["name"] == "routine_check"
    assert message.get("safety")["emergency_held_back"] is True  # the next question starts with 999


def test_inside_a_form_an_emergency_the_fallback_would_have_taken_is_not_flagged(in_form_component):
    message = parsed("0770 12", ("emergency", 0.31), ("out_of_scope", 0.2))
    in_form_component.process([message], conversation("application_form", "contact"))
    assert message.get("intent")["name"] == "out_of_scope"
    assert message.get("safety")["emergency_held_back"] is False
