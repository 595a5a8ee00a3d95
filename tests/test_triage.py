"""Triage decisions, and that the domain and rules agree with them."""
import re

import pytest
import yaml

from bot import PROJECT_ROOT
from bot.safety import SafetyResult
from bot.triage import ROUTES, SOFT_ROUTES, next_triage, route_of, safety_intent

RULES = yaml.safe_load((PROJECT_ROOT / "data" / "core" / "rules.yml").read_text(encoding="utf-8"))["rules"]


@pytest.mark.parametrize(
    "current, intent, expected",
    [
        (None, "routine_check", "routine_check"),
        (None, "greet", "other"),
        (None, "faq_cost", "information"),
        ("other", "faq_cost", "information"),
        ("information", "thanks", "other"),
        ("emergency", "thanks", "emergency"),
        ("concern", "faq_how_long", "concern"),
        ("routine_check", "emergency", "emergency"),
        ("emergency", "routine_check", "routine_check"),
        ("concern", "affirm", "concern"),
        (None, "deny", None),
    ],
)
def test_next_triage(current, intent, expected):
    assert next_triage(current, intent) == expected


TIE = 0.05


def ranking(*names):
    return [{"name": name, "confidence": 0.9 - 0.1 * i} for i, name in enumerate(names)]


def test_a_signal_overrides_a_less_severe_intent():
    assert safety_intent(ranking("concern", "emergency"), SafetyResult("emergency"), TIE) == "emergency"
    assert safety_intent(ranking("faq_what_is"), SafetyResult("stop_it_now"), TIE) == "stop_it_now"


def test_a_signal_confirms_the_same_low_confidence_intent():
    # The classifier says emergency at 0.35: without the rule's certainty the fallback would take over.
    assert safety_intent([{"name": "emergency", "confidence": 0.35}], SafetyResult("emergency"), TIE) == "emergency"


def test_a_signal_never_downgrades_a_more_severe_intent():
    assert safety_intent(ranking("emergency"), SafetyResult("child_disclosure"), TIE) is None
    assert safety_intent(ranking("child_disclosure"), SafetyResult("stop_it_now"), TIE) is None


def test_negated_danger_demotes_an_ml_emergency_only():
    negated = SafetyResult(None, negated_danger=True)
    assert safety_intent(ranking("emergency", "concern"), negated, TIE) == "concern"
    assert safety_intent(ranking("routine_check", "emergency"), negated, TIE) is None


def test_an_ml_emergency_first_or_in_a_near_tie_is_imposed_so_no_fallback_replaces_it():
    no_signal = SafetyResult(None)
    assert safety_intent(ranking("emergency", "concern"), no_signal, TIE) == "emergency"
    tie = [{"name": "concern", "confidence": 0.50}, {"name": "emergency", "confidence": 0.49}]
    assert safety_intent(tie, no_signal, TIE) == "emergency"
    clear = [{"name": "concern", "confidence": 0.60}, {"name": "emergency", "confidence": 0.30}]
    assert safety_intent(clear, no_signal, TIE) is None
    assert safety_intent(ranking("concern", "routine_check"), no_signal, TIE) is None


def test_domain_slot_mappings_follow_the_triage_vocabulary(domain):
    slot = domain["slots"]["triage"]
    assert tuple(slot["values"]) == ROUTES
    direct = {m["intent"]: m["value"] for m in slot["mappings"] if m["type"] == "from_intent"}
    soft = next(m for m in slot["mappings"] if m["type"] == "custom")
    assert soft["action"] == "action_triage_soft"
    for intent in domain["intents"]:
        route = route_of(intent)
        if route in SOFT_ROUTES:
            assert intent in soft["intent"], intent
        elif route:
            assert direct.get(intent) == route, intent
        else:
            assert intent not in direct and intent not in soft["intent"], intent
    assert "nlu_fallback" in soft["intent"]


def test_every_intent_has_a_rule_and_every_faq_an_answer(domain):
    first_steps = {rule["steps"][0].get("intent") for rule in RULES}
    for rule in RULES:
        first_steps.update(option["intent"] for option in rule["steps"][0].get("or", []))
    assert set(domain["intents"]) | {"nlu_fallback"} <= first_steps
    for intent in domain["intents"]:
        if intent.startswith("faq_"):
            assert f"utter_{intent}" in domain["responses"]


def first_action(intent):
    rule = next(rule for rule in RULES if rule["steps"][0].get("intent") == intent)
    return rule["steps"][1]["action"]


def response_text(domain, name):
    return " ".join(variant["text"] for variant in domain["responses"][name])


def test_emergency_reply_gives_999_first_and_needs_no_action_server(domain):
    rule = next(rule for rule in RULES if rule["steps"][0].get("intent") == "emergency")
    actions = [step["action"] for step in rule["steps"][1:]]
    assert all(action.startswith("utter_") for action in actions)
    text = response_text(domain, actions[0])
    assert text.startswith("Call 999 now")
    assert "?" not in text.split("999")[0]
    assert "18000" in text and "BSL" in text


@pytest.mark.parametrize(
    "intent, must_say",
    [
        ("child_disclosure", ["not in trouble", "right thing", "0800 1111", "999"]),
        ("concern", ["101", "0808 800 5000", "help@nspcc.org.uk", "999", "police will act"]),
        ("stop_it_now", ["0808 1000 900", "confidential", "pass it on", "999"]),
        ("routine_check", ["101", "free", "999"]),
        ("nlu_fallback", ["999", "0808 800 5000", "0800 1111", "0808 1000 900"]),
        ("greet", ["999"]),
        ("out_of_scope", ["999"]),
    ],
)
def test_route_replies_say_what_they_must(domain, intent, must_say):
    text = response_text(domain, first_action(intent))
    for words in must_say:
        assert words in text, (intent, words)


def test_fallbacks_always_name_999_and_the_helplines(domain):
    for name in ("utter_fallback", "utter_fallback_phone", "utter_default"):
        text = response_text(domain, name)
        assert "999" in text and "0808 800 5000" in text and "0800 1111" in text, name
    # A message not understood may be an emergency: 999 comes first.
    for name in ("utter_fallback", "utter_fallback_phone"):
        assert response_text(domain, name).startswith("If a child is in danger right now, call 999."), name


def test_replies_use_short_sentences(domain):
    for name, variants in domain["responses"].items():
        for variant in variants:
            for sentence in re.split(r"(?<=[.?!])\s+|\n", variant["text"]):
                assert len(sentence.split()) <= 32, (name, sentence)


def test_below_the_form_floor_an_ml_emergency_is_demoted_but_a_rule_still_wins():
    no_signal = SafetyResult(None)
    answer = [{"name": "emergency", "confidence": 0.71}, {"name": "out_of_scope", "confidence": 0.2}]
    assert safety_intent(answer, no_signal, TIE, ml_emergency_floor=0.9) == "out_of_scope"
    tie = [{"name": "concern", "confidence": 0.50}, {"name": "emergency", "confidence": 0.49}]
    assert safety_intent(tie, no_signal, TIE, ml_emergency_floor=0.9) is None
    sure = [{"name": "emergency", "confidence": 0.97}, {"name": "concern", "confidence": 0.02}]
    assert safety_intent(sure, no_signal, TIE, ml_emergency_floor=0.9) == "emergency"
    assert safety_intent(answer, SafetyResult("emergency"), TIE, ml_emergency_floor=0.9) == "emergency"
