"""The two intakes as data: their questions (slots) in order, sections, and which answers may be unknown.

`required_slots` decides the next questions from the answers so far; `summary` and `record_fields`
turn the answers into what the person checks and what the police receive.
"""
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List, Optional, Tuple

import phonenumbers

from bot.intake.answers import APPLICANT_RELATIONSHIPS, SUBJECT_RELATIONSHIPS, UNKNOWN

APPLICATION = "application_form"
CONCERN = "concern_form"
KIND_OF_FORM = {APPLICATION: "application", CONCERN: "concern"}
CONFIRM = "intake_confirm"
CHANGE = "change_section"
# Internal slots: not questions, never sent to the police.
STATE_SLOTS = ("intake_id", "intake_tries", "intake_pending", "child_ages", CONFIRM, CHANGE)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    slots: Tuple[str, ...]


SECTIONS: Dict[str, Tuple[Section, ...]] = {
    APPLICATION: (
        Section("person", "The person you want checked",
                ("subject_name", "subject_relationship", "subject_age", "subject_area", "subject_contact")),
        Section("children", "The children", ("children", "applicant_relationship")),
        Section("you", "About you", ("applicant_name", "applicant_dob", "applicant_postcode")),
        Section("contact", "How to contact you", ("contact", "applicant_address", "contact_safety")),
        Section("reason", "Why you are asking", ("reason", "other_parent_knows")),
    ),
    CONCERN: (
        Section("worry", "Your worry", ("concern_details", "concern_where_when")),
        Section("child", "The child", ("concern_child",)),
        Section("person", "The person you are worried about", ("concern_subject",)),
        Section("you", "About you", ("applicant_name",)),
        Section("contact", "How to contact you", ("contact", "applicant_address", "contact_safety")),
    ),
}
# Questions the police accept "don't know" or "skip" for, in each intake.
MAY_BE_UNKNOWN = {
    APPLICATION: {"subject_age", "subject_area", "subject_contact", "reason", "other_parent_knows", "applicant_address"},
    CONCERN: {"concern_child", "concern_subject", "concern_where_when", "applicant_name", "contact", "applicant_address"},
}
# After two failed tries these may be skipped too; the rest are needed to start (or call 101).
SKIPPABLE_AFTER_TRIES = {"subject_relationship", "applicant_relationship", "applicant_dob", "applicant_postcode", "contact_safety"}
LABELS = {
    "subject_name": "Name", "subject_relationship": "How you know them", "subject_age": "Age or date of birth",
    "subject_area": "Where they live", "subject_contact": "Contact with the children",
    "children": "Children", "applicant_relationship": "You are their",
    "applicant_name": "Your name", "applicant_dob": "Your date of birth", "applicant_postcode": "Your postcode",
    "contact": "Contact you by", "applicant_address": "Your address", "contact_safety": "Safe times",
    "reason": "Your reasons", "other_parent_knows": "The other parent knows",
    "concern_details": "What happened", "concern_where_when": "Where and when",
    "concern_child": "The child", "concern_subject": "The person",
}


def required_slots(form: str, values: Dict[str, Any]) -> List[str]:
    """The questions still to ask, in order, given the answers so far (and [] once cancelled)."""
    if values.get(CONFIRM) == "cancelled":
        return []
    contact = values.get("contact") or {}
    skipped = set()
    if values.get("subject_relationship") == "partner_living_together":
        skipped.add("subject_contact")  # they live with the children
    if not isinstance(contact, dict) or contact.get("method") != "letter":
        skipped.add("applicant_address")
    if contact == UNKNOWN:
        skipped.add("contact_safety")
    slots = [slot for section in SECTIONS[form] for slot in section.slots if slot not in skipped]
    if values.get(CONFIRM) == "change":
        slots.append(CHANGE)
    return slots + [CONFIRM]


def section_slots(form: str, key: str) -> Tuple[str, ...]:
    return next(section.slots for section in SECTIONS[form] if section.key == key)


def section_for(form: str, text: str) -> Optional[str]:
    """Which section the person wants to change: by number, title or a key word."""
    sections = SECTIONS[form]
    words = text.lower()
    if words.strip().isdigit() and 1 <= int(words) <= len(sections):
        return sections[int(words) - 1].key
    keywords = {
        "person": r"them|him|her|person|checked|subject|their name",
        "children": r"child|children|kids?|son|daughter",
        "child": r"child|kids?|son|daughter",
        "you": r"me|my name|about me|about you|my date|birth|postcode|myself|my details",
        "contact": r"contact|phone|number|email|letter|safe|times|address|message",
        "reason": r"reasons?|why|other parent",
        "worry": r"worry|worried|happened|where|when|what i said",
    }
    for section in sections:
        if section.title.lower() in words or re.search(rf"\b(?:{keywords.get(section.key, '$^')})\b", words):
            return section.key
    return None


def show(slot: str, value: Any) -> str:
    """One answer as the person should read it back."""
    if value == UNKNOWN or value is None:
        return "Not known"
    if slot == "children":
        return ", ".join(f"{child['name']} ({child['age']})" for child in value)
    if slot == "subject_relationship":
        return SUBJECT_RELATIONSHIPS.get(value, str(value).replace("other: ", "Other: "))
    if slot == "applicant_relationship":
        return APPLICANT_RELATIONSHIPS.get(value, str(value).replace("other: ", "Other: ")).lower()
    if slot == "subject_age":
        if "date_of_birth" in value:
            return _long_date(value["date_of_birth"])
        return f"about {value['age']}" if value.get("approximate") else str(value["age"])
    if slot == "applicant_dob":
        return _long_date(value)
    if slot == "contact":
        if value["method"] == "letter":
            return "letter"
        return f"{value['method']}: {_national(value['value']) if value['method'] == 'phone' else value['value']}"
    if slot == "contact_safety":
        message = "they may leave a message" if value["leave_message"] else "no messages"
        times = "any time" if value["times"] == UNKNOWN else value["times"]
        return f"{times} ({message})"
    if slot == "other_parent_knows":
        return {"yes": "yes", "no": "no", "not_applicable": "does not apply"}[value]
    return str(value)


def summary(form: str, values: Dict[str, Any]) -> str:
    """What the person gave, section by section, numbered so a section can be changed by number."""
    wanted = set(required_slots(form, values))
    parts = []
    for number, section in enumerate(SECTIONS[form], start=1):
        lines = [f"{LABELS[slot]}: {show(slot, values.get(slot))}" for slot in section.slots if slot in wanted]
        parts.append(f"{number}. {section.title}\n" + "\n".join(lines))
    return "Here is what you told me:\n\n" + "\n\n".join(parts)


def contact_phrase(values: Dict[str, Any]) -> str:
    """How the police will get in touch, in the words of the consent question."""
    contact = values.get("contact")
    if not isinstance(contact, dict):
        return "The police will not be able to contact you, because you did not give contact details."
    if contact["method"] == "letter":
        return "The police will write to you at the address you gave."
    where = _national(contact["value"]) if contact["method"] == "phone" else contact["value"]
    how = "call you on" if contact["method"] == "phone" else "email you at"
    return f"The police will {how} {where}, at the times you said are safe."


def record_fields(form: str, values: Dict[str, Any]) -> Dict[str, Any]:
    """The answers the police need, and nothing else (no transcript, no internal state)."""
    wanted = required_slots(form, values)
    return {slot: values.get(slot) for slot in wanted if slot not in STATE_SLOTS}


def _national(e164: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(e164, "GB"), phonenumbers.PhoneNumberFormat.NATIONAL)


def _long_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"
