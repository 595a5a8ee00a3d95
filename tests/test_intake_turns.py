"""One intake turn at a time: answers, facts from one message, unknowns, retries, summary and changes."""
from datetime import date

import yaml

from bot import PROJECT_ROOT
from bot.intake import forms, turns
from bot.intake.answers import UNKNOWN
from bot.intake.forms import APPLICATION, CHANGE, CONCERN, CONFIRM

TODAY = date(2026, 11, 29)
ALL_ANSWERS = {
    "subject_name": "John Smith", "subject_relationship": "friend", "subject_age": {"age": 34, "approximate": False},
    "subject_area": "Leamington", "subject_contact": "he babysits", "children": [{"name": "Amy", "age": 4}],
    "applicant_relationship": "parent", "applicant_name": "Jane Smith", "applicant_dob": "1989-03-12",
    "applicant_postcode": "CV34 4BZ", "contact": {"method": "phone", "value": "+447700900123"},
    "contact_safety": {"times": "evenings", "leave_message": False}, "reason": UNKNOWN, "other_parent_knows": "no",
}


def answer(slot, text, values=None, form=APPLICATION, intent=None):
    return turns.answer(form, slot, text, values or {}, TODAY, intent)


def test_a_normal_answer_fills_its_slot():
    assert answer("subject_area", "Leamington Spa").slots == {"subject_area": "Leamington Spa"}


def test_several_facts_in_one_message_fill_questions_not_yet_answered():
    outcome = answer("subject_name", "my new partner John Smith, he's 34, he's moving in with me and my two kids aged 4 and 7")
    assert outcome.slots == {
        "subject_name": "John Smith", "subject_relationship": "partner_living_together",
        "subject_age": {"age": 34, "approximate": False}, "applicant_relationship": "parent", "child_ages": [4, 7],
    }


def test_the_message_that_starts_an_application_prefills_it():
    found = turns.prefill(APPLICATION, "can i check my boyfriend Dave Jones, he's 40, he's around my daughter a lot", {})
    assert found["subject_name"] == "Dave Jones" and found["subject_relationship"] == "boyfriend_girlfriend"
    assert found["subject_age"] == {"age": 40, "approximate": False}


def test_the_message_that_starts_a_concern_is_its_details():
    assert turns.prefill(CONCERN, "my neighbour  keeps   taking photos of kids", {}) == {"concern_details": "my neighbour keeps taking photos of kids"}
    assert turns.prefill(CONCERN, "another worry", {"concern_details": "kept"}) == {}


def test_children_answer_also_says_what_the_writer_is_to_them():
    outcome = answer("children", "my son Sam, 7")
    assert outcome.slots["children"] == [{"name": "Sam", "age": 7}]
    assert outcome.slots["applicant_relationship"] == "parent"


def test_unknown_is_accepted_where_the_police_accept_it():
    assert answer("subject_age", "dunno").slots == {"subject_age": UNKNOWN}
    assert answer("reason", "skip").slots == {"reason": UNKNOWN}
    refused = answer("applicant_postcode", "skip")
    assert refused.slots["applicant_postcode"] is None and refused.messages


def test_two_failed_tries_offer_skip_or_101_and_then_skip_works():
    first = answer("applicant_postcode", "warwick")
    assert first.slots["intake_tries"] == {"applicant_postcode": 1} and len(first.messages) == 1
    second = answer("applicant_postcode", "somewhere", first.slots)
    assert "skip" in second.messages[1] and "101" in second.messages[1]
    skipped = answer("applicant_postcode", "skip", second.slots)
    assert skipped.slots["applicant_postcode"] == UNKNOWN and skipped.slots["intake_tries"] == {}


def test_two_failed_phone_numbers_offer_101_not_skip():
    first = answer("contact", "0770")
    second = answer("contact", "0770 12", first.slots)
    assert second.slots["contact"] is None
    assert "101" in second.messages[1] and "skip" not in second.messages[1]


def test_name_and_date_of_birth_together_or_apart():
    both = answer("applicant_name", "Jane Smith 12/03/1989")
    assert both.slots == {"applicant_name": "Jane Smith", "applicant_dob": "1989-03-12"}
    assert answer("applicant_name", "Jane Smith").slots == {"applicant_name": "Jane Smith"}
    assert answer("applicant_name", "Jane Smith 12/03/1989", form=CONCERN).slots == {"applicant_name": "Jane Smith"}


def test_cancel_at_any_question_ends_the_intake():
    outcome = answer("children", "cancel")
    assert outcome.slots[CONFIRM] == "cancelled"
    assert forms.required_slots(APPLICATION, {**ALL_ANSWERS, **outcome.slots}) == []


def test_a_scheme_question_mid_intake_is_answered_then_asked_again():
    outcome = answer("subject_area", "how long does it take?", intent={"name": "faq_how_long", "confidence": 0.9})
    assert outcome.responses == ["utter_faq_how_long"] and outcome.slots == {"subject_area": None}


def test_confirm_yes_submits_and_no_reprompts():
    assert answer(CONFIRM, "yes, send it", ALL_ANSWERS).submit
    refused = answer(CONFIRM, "no", ALL_ANSWERS)
    assert not refused.submit and "Nothing is sent" in refused.messages[0]


def test_change_a_section_by_name_clears_it_to_be_asked_again():
    outcome = answer(CONFIRM, "change the children", ALL_ANSWERS)
    assert outcome.slots == {"children": None, "applicant_relationship": None, CHANGE: None, CONFIRM: None, "intake_tries": {}}


def test_change_asks_which_part_then_takes_a_number():
    first = answer(CONFIRM, "change something", ALL_ANSWERS)
    assert first.slots == {CONFIRM: "change"}
    values = {**ALL_ANSWERS, **first.slots}
    assert forms.required_slots(APPLICATION, values)[-2:] == [CHANGE, CONFIRM]
    second = answer(CHANGE, "4", values)
    assert second.slots["contact"] is None and second.slots["contact_safety"] is None and second.slots[CONFIRM] is None


def test_after_an_outage_any_message_retries():
    assert answer(CONFIRM, "hello?", {**ALL_ANSWERS, "intake_pending": True}).submit


def test_required_slots_skip_what_does_not_apply():
    living = forms.required_slots(APPLICATION, {"subject_relationship": "partner_living_together"})
    assert "subject_contact" not in living and "applicant_address" not in living
    letter = forms.required_slots(APPLICATION, {"contact": {"method": "letter", "value": None}})
    assert "applicant_address" in letter
    anonymous = forms.required_slots(CONCERN, {"contact": UNKNOWN})
    assert "contact_safety" not in anonymous


def test_a_normal_application_asks_at_most_12_questions():
    """Name and age, and the writer's name and date of birth, are one question each; the children
    answer says what the writer is to them (tests/stories/test_intake.yml walks through it)."""
    answered_together = ("subject_age", "applicant_dob", "applicant_relationship")
    asked = [slot for slot in forms.required_slots(APPLICATION, {}) if slot not in answered_together]
    assert len(asked) == 12
    living = forms.required_slots(APPLICATION, {"subject_relationship": "partner_living_together"})
    assert len([slot for slot in living if slot not in answered_together]) == 11


def test_name_and_age_in_one_answer():
    assert answer("subject_name", "John Smith, about 40").slots == {"subject_name": "John Smith", "subject_age": {"age": 40, "approximate": True}}
    assert answer("subject_name", "Dave, not sure how old he is").slots == {"subject_name": "Dave", "subject_age": UNKNOWN}
    assert answer("subject_name", "mark lee born 3 March 1980").slots == {"subject_name": "Mark Lee", "subject_age": {"date_of_birth": "1980-03-03"}}


def test_summary_reads_back_each_section():
    text = forms.summary(APPLICATION, ALL_ANSWERS)
    assert "1. The person you want checked" in text and "Name: John Smith" in text
    assert "Children: Amy (4)" in text and "Your date of birth: 12 March 1989" in text
    assert "Contact you by: phone: 07700 900123" in text and "evenings (no messages)" in text
    assert "Your reasons: Not known" in text


def test_record_holds_answers_only():
    fields = forms.record_fields(APPLICATION, {**ALL_ANSWERS, "intake_id": "x", "intake_tries": {}, CONFIRM: None, "triage": "routine_check"})
    assert set(fields) == set(ALL_ANSWERS)


def test_an_unclear_confirm_is_counted_so_the_summary_is_not_repeated():
    outcome = answer(CONFIRM, "any time", ALL_ANSWERS)
    assert outcome.slots["intake_tries"] == {CONFIRM: 1}


def test_an_email_is_not_taken_as_a_name():
    assert answer("applicant_name", "jane@example.com").slots["applicant_name"] is None


def test_only_names_and_ages_are_a_shaped_answer_to_the_children_questions():
    for text in ("my son jack hes 9", "my boy oscar hes just turned 6", "my granddaughters, hollie 10 and keira 12"):
        assert turns.is_shaped_answer("children", text), text
    assert turns.is_shaped_answer("concern_child", "charlie hes 12")
    assert not turns.is_shaped_answer("children", "jack 9, hes in his van now")
    assert not turns.is_shaped_answer("reason", "amy 4 and sam 7")
    assert not turns.is_shaped_answer(None, "amy 4 and sam 7")


def test_a_usual_arrangement_in_one_short_clause_is_a_shaped_answer_to_the_contact_question():
    for text in ("he takes my son out in his car", "he takes her off in his car", "she babysits on fridays",
                 "he drives them to swimming", "they see him at the park", "he comes round our house most weekends"):
        assert turns.is_shaped_answer("subject_contact", text), text
    for text in ("he takes my son out in his car now", "he took my son", "he's got my daughter in his car",
                 "he takes her and hasnt brought her back", "he takes them and wont bring them back",
                 "he takes her away from me", "he is with them right now", "he takes her tonight",
                 "he picks her up from school, he has a knife"):
        assert not turns.is_shaped_answer("subject_contact", text), text
    assert not turns.is_shaped_answer("reason", "he takes my son out in his car")


def test_the_written_answers_to_every_question_are_accepted():
    # tests/data/intake_answers.yml: 25 answers to each question, written as people type them.
    written = yaml.safe_load((PROJECT_ROOT / "tests" / "data" / "intake_answers.yml").read_text(encoding="utf-8"))
    refused = []
    for slot, texts in written.items():
        form = CONCERN if slot.startswith("concern_") else APPLICATION
        for text in texts:
            outcome = turns.answer(form, slot, text, {}, date(2026, 12, 5))
            if outcome.slots.get(slot) is None:
                refused.append(text)
    assert refused == []
