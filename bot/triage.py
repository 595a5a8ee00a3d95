"""Triage vocabulary and the decisions around it, in plain Python.

The `triage` slot holds one of ROUTES. Intents that name a route set it straight from the
domain (no action server needed); the "soft" routes (information, other) only fill an empty
slot or replace another soft one, so "thanks" after an emergency keeps `emergency`.
"""
from typing import Dict, List, Optional

from bot.safety import CHILD_DISCLOSURE, EMERGENCY, STOP_IT_NOW, SafetyResult

ROUTES = ("emergency", "concern", "routine_check", "stop_it_now", "child_disclosure", "information", "other")
SOFT_ROUTES = ("information", "other")

ROUTE_OF_INTENT: Dict[str, str] = {
    "emergency": "emergency",
    "concern": "concern",
    "routine_check": "routine_check",
    "stop_it_now": "stop_it_now",
    "child_disclosure": "child_disclosure",
    "ask_opening_hours": "information",
    "greet": "other",
    "goodbye": "other",
    "thanks": "other",
    "out_of_scope": "other",
    "nlu_fallback": "other",
}

# Questions about the scheme are intents named faq_<topic>, answered by utter_faq_<topic>.
FAQ_PREFIX = "faq_"

# Helplines whose opening status follows each route's reply.
HELPLINES_FOR_ROUTE: Dict[str, List[str]] = {
    "concern": ["nspcc"],
    "stop_it_now": ["stop_it_now"],
    "child_disclosure": ["childline"],
}

# Most severe first: a safety signal never replaces a more severe machine-learned intent.
_SEVERITY = (EMERGENCY, CHILD_DISCLOSURE, STOP_IT_NOW)


def route_of(intent: Optional[str]) -> Optional[str]:
    """The route an intent points to, or None for intents that answer a question (affirm, deny)."""
    if intent and intent.startswith(FAQ_PREFIX):
        return "information"
    return ROUTE_OF_INTENT.get(intent or "")


def next_triage(current: Optional[str], intent: Optional[str]) -> Optional[str]:
    """The triage value after a message with `intent`, given the `current` value."""
    route = route_of(intent)
    if route is None:
        return current
    if route in SOFT_ROUTES and current not in (None, *SOFT_ROUTES):
        return current
    return route


def safety_intent(
    ranking: List[dict], safety: SafetyResult, emergency_tie: float, ml_emergency_floor: float = 0.0
) -> Optional[str]:
    """The intent the safety layer imposes on the ML ranking, or None to keep the ML result.

    A signal wins unless the ML intent is more severe. When both agree the signal is still
    returned, so the intent gets the rule's certainty and no fallback can replace it. Without a
    signal, a negated danger ("nobody is in danger right now") or an ML emergency below
    `ml_emergency_floor` (raised inside an intake form, where short answers look like danger to the
    classifier) stops an ML emergency; otherwise an ML emergency ranked first, or within
    `emergency_tie` of the first, is imposed, so that a near-tie with another intent never becomes
    the fallback's "I didn't understand".
    """
    ml_intent = ranking[0]["name"] if ranking else None
    if safety.signal:
        ml_severity = _SEVERITY.index(ml_intent) if ml_intent in _SEVERITY else len(_SEVERITY)
        return safety.signal if _SEVERITY.index(safety.signal) <= ml_severity else None
    emergency = next((entry for entry in ranking if entry["name"] == EMERGENCY), None)
    if safety.negated_danger or (emergency and emergency["confidence"] < ml_emergency_floor):
        if ml_intent == EMERGENCY:
            return next((entry["name"] for entry in ranking[1:] if entry["name"] != EMERGENCY), None)
        return None
    if emergency and ranking[0]["confidence"] - emergency["confidence"] < emergency_tie:
        return EMERGENCY
    return None
