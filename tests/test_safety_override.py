"""The SafetyOverride NLU component, run the way Rasa runs it (as in rasa-nlu-examples)."""
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
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


def test_the_emergency_tie_is_set_beside_the_fallbacks_ambiguity_threshold(project_config):
    pipeline = {step["name"].split(".")[-1]: step for step in project_config["pipeline"]}
    assert pipeline["SafetyOverride"]["emergency_tie"] == pipeline["FallbackClassifier"]["ambiguity_threshold"]


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
