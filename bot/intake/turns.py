"""One turn of an intake: read the answer to the question asked and decide what changes.

Plain Python so it is tested without Rasa: the form validation action passes the text and the
answers so far, and turns the Outcome into slot events and messages.
"""
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Dict, List, Optional

from bot.facts import extract_facts
from bot.intake import answers
from bot.intake.answers import UNKNOWN, is_cancel
from bot.intake.forms import (
    APPLICATION, CHANGE, CONFIRM, MAY_BE_UNKNOWN, SKIPPABLE_AFTER_TRIES, section_for, section_slots,
)
from bot.triage import FAQ_PREFIX
from bot.validation import Check, is_unknown

TRIES = "intake_tries"
PENDING = "intake_pending"
QUESTION_INTENTS_MIN_CONFIDENCE = 0.6


@dataclass
class Outcome:
    """Slot changes (None clears a slot), messages to show, responses to utter, and whether to submit."""

    slots: Dict[str, Any] = field(default_factory=dict)
    messages: List[str] = field(default_factory=list)
    responses: List[str] = field(default_factory=list)
    submit: bool = False


Reader = Callable[[str, Dict[str, Any], date], Check]
READERS: Dict[str, Reader] = {
    "subject_name": lambda text, values, today: answers.subject_name(text),
    "subject_relationship": lambda text, values, today: answers.subject_relationship(text),
    "subject_age": lambda text, values, today: answers.age(text, today),
    "subject_area": lambda text, values, today: answers.text(200)(text),
    "subject_contact": lambda text, values, today: answers.text(300)(text),
    "children": lambda text, values, today: answers.children(text, values.get("child_ages")),
    "applicant_relationship": lambda text, values, today: answers.applicant_relationship(text),
    "applicant_dob": lambda text, values, today: answers.date_of_birth(text, today),
    "applicant_postcode": lambda text, values, today: answers.postcode(text),
    "contact": lambda text, values, today: answers.contact(text),
    "applicant_address": lambda text, values, today: answers.text(300)(text),
    "contact_safety": lambda text, values, today: answers.contact_safety(text),
    "reason": lambda text, values, today: answers.text(1000)(text),
    "other_parent_knows": lambda text, values, today: answers.other_parent_knows(text),
    "concern_details": lambda text, values, today: answers.text(1000)(text),
    "concern_where_when": lambda text, values, today: answers.text(300)(text),
    "concern_child": lambda text, values, today: answers.text(200)(text),
    "concern_subject": lambda text, values, today: answers.text(200)(text),
}

# Questions whose answers have a fixed shape (each child's name and age; a usual arrangement such as
# "he takes my son out in his car"). A message that is nothing but such an answer does not describe
# danger now, however the classifier reads it.
_SHAPED_ANSWERS: Dict[str, Callable[[str], bool]] = {
    "subject_contact": answers.routine_contact,
    "children": lambda text: answers.children(text).ok,
    "concern_child": lambda text: answers.children(text).ok,
}


def is_shaped_answer(slot: Optional[str], text: str) -> bool:
    """`text` is only an answer to the question for `slot` ("my son jack hes 9" to "which children?")."""
    check = _SHAPED_ANSWERS.get(slot or "")
    return bool(check and check(text))


def answer(form: str, slot: str, text: str, values: Dict[str, Any], today: date,
           intent: Optional[Dict[str, Any]] = None) -> Outcome:
    """The outcome of `text` given as the answer to the question for `slot`."""
    if is_cancel(text):
        return Outcome({CONFIRM: "cancelled", slot: None})
    if _is_question(text, intent):
        return Outcome({slot: None}, responses=[f"utter_{intent['name']}"])
    if slot == CONFIRM:
        return _confirm(form, text, values)
    if slot == CHANGE:
        return _change(form, text)
    if is_unknown(text) and _unknown_allowed(form, slot, values):
        return _accepted(slot, {slot: UNKNOWN}, values)
    if slot == "applicant_name":
        return _name(form, text, values, today)
    check = READERS[slot](text, values, today)
    if not check.ok:
        return _failed(form, slot, check.error, values)
    found = {slot: check.value}
    if slot == "subject_name" and not values.get("subject_age"):
        given_age = answers.age_in(text, today)
        if given_age is not None:
            found["subject_age"] = given_age.value
    if form == APPLICATION:
        found = {**_facts(text, values, slot), **found}
        if slot == "children":
            relationship = answers.applicant_relationship(text)
            if relationship.ok and not str(relationship.value).startswith("other") and not values.get("applicant_relationship"):
                found["applicant_relationship"] = relationship.value
    return _accepted(slot, found, values)


def prefill(form: str, text: str, values: Dict[str, Any]) -> Dict[str, Any]:
    """Answers already given in the message that started the intake."""
    if not text or text.startswith("/"):  # a button's intent payload says nothing more
        return {}
    if form == APPLICATION:
        return _facts(text, values, None)
    return {} if values.get("concern_details") else {"concern_details": " ".join(text.split())[:1000]}


def _facts(text: str, values: Dict[str, Any], asked: Optional[str]) -> Dict[str, Any]:
    """Facts the message states for questions not yet answered, so they are not asked."""
    facts = extract_facts(text)
    found: Dict[str, Any] = {}
    for slot in ("subject_name", "subject_relationship", "applicant_relationship", "child_ages"):
        if slot in facts and not values.get(slot) and slot != asked:
            found[slot] = facts[slot]
    if "subject_age" in facts and not values.get("subject_age") and asked != "subject_age":
        found["subject_age"] = {"age": facts["subject_age"], "approximate": False}
    return found


def _name(form: str, text: str, values: Dict[str, Any], today: date) -> Outcome:
    name, born = answers.name_and_date_of_birth(text, today)
    if not name.ok:
        return _failed(form, "applicant_name", name.error, values)
    found = {"applicant_name": name.value}
    if form == APPLICATION and born is not None and born.ok:
        found["applicant_dob"] = born.value
    return _accepted("applicant_name", found, values)


def _confirm(form: str, text: str, values: Dict[str, Any]) -> Outcome:
    if values.get(PENDING):
        return Outcome({CONFIRM: None}, submit=True)
    lower = text.lower()
    if "change" in lower or "edit" in lower or "wrong" in lower:
        section = section_for(form, lower.replace("change", " "))
        return _clear_section(form, section) if section else Outcome({CONFIRM: "change"})
    if answers.yes_no(text) or any(word in lower for word in ("send", "submit", "agree", "confirm")):
        return Outcome({CONFIRM: None}, submit=True)
    tries = dict(values.get(TRIES) or {})
    tries[CONFIRM] = tries.get(CONFIRM, 0) + 1
    return Outcome({CONFIRM: None, TRIES: tries}, messages=[
        "Please say yes to send it, change to change something, or cancel to stop. Nothing is sent until you say yes."
    ])


def _change(form: str, text: str) -> Outcome:
    section = section_for(form, text)
    if section is None:
        return Outcome({CHANGE: None}, messages=["Please choose a part by its number, like 2."])
    return _clear_section(form, section)


def _clear_section(form: str, section: str) -> Outcome:
    cleared = {slot: None for slot in section_slots(form, section)}
    return Outcome({**cleared, CHANGE: None, CONFIRM: None, TRIES: {}}, messages=["OK. Let's go through that part again."])


def _unknown_allowed(form: str, slot: str, values: Dict[str, Any]) -> bool:
    tried = (values.get(TRIES) or {}).get(slot, 0)
    return slot in MAY_BE_UNKNOWN[form] or (slot in SKIPPABLE_AFTER_TRIES and tried >= 2)


def _accepted(slot: str, found: Dict[str, Any], values: Dict[str, Any]) -> Outcome:
    tries = dict(values.get(TRIES) or {})
    if tries.pop(slot, None) is not None:
        found[TRIES] = tries
    return Outcome(found)


def _failed(form: str, slot: str, error: str, values: Dict[str, Any]) -> Outcome:
    tries = dict(values.get(TRIES) or {})
    tries[slot] = tries.get(slot, 0) + 1
    messages = [error]
    if tries[slot] >= 2:
        if _unknown_allowed(form, slot, {TRIES: tries}):
            messages.append("If it is easier, type skip to leave this out. Or call the police on 101 and ask about this.")
        else:
            messages.append("If this is hard to do here, you can call the police on 101 instead. Or type cancel to stop.")
    return Outcome({slot: None, TRIES: tries}, messages=messages)


def _is_question(text: str, intent: Optional[Dict[str, Any]]) -> bool:
    """A question about the scheme in the middle of the intake: answered, then the intake question is asked again."""
    if not intent or not text.strip().endswith("?"):
        return False
    name = intent.get("name") or ""
    return name.startswith(FAQ_PREFIX) and intent.get("confidence", 0) >= QUESTION_INTENTS_MIN_CONFIDENCE
