"""Reading intake answers the way people type them."""
from datetime import date

import pytest

from bot.intake import answers
from bot.intake.answers import UNKNOWN

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize("text, expected", [
    ("Amy 4 and Sam 7", [("Amy", 4), ("Sam", 7)]),
    ("amy (4), sam (7)", [("Amy", 4), ("Sam", 7)]),
    ("my son Sam who is 7 and my daughter Amy, 4", [("Sam", 7), ("Amy", 4)]),
    ("Amy and Sam, 4 and 7", [("Amy", 4), ("Sam", 7)]),
    ("Tom is 15, Lucy is 12 and Ben is nine", [("Tom", 15), ("Lucy", 12), ("Ben", 9)]),
    ("twins Ella and Mia aged 3", [("Ella", 3), ("Mia", 3)]),
    ("my baby Noah 8 months", [("Noah", 0)]),
    ("lily-mae 3 and harrison 10 months", [("Lily-mae", 3), ("Harrison", 0)]),
    ("Lily aged 6", [("Lily", 6)]),
    ("two boys, Jack 6 and Harry 9", [("Jack", 6), ("Harry", 9)]),
    ("Jack who's 6 and Mary-Jane, a 9-year-old", [("Jack", 6), ("Mary-Jane", 9)]),
    ("Lily who is 6 and her brother Max who is 3, I'm their mum", [("Lily", 6), ("Max", 3)]),
    ("just one, my daughter Ella, she's nearly 5", [("Ella", 5)]),
    ("my son jack hes 9", [("Jack", 9)]),
    ("my boy oscar hes just turned 6", [("Oscar", 6)]),
    ("my granddaughters, hollie 10 and keira 12", [("Hollie", 10), ("Keira", 12)]),
])
def test_children_names_and_ages(text, expected):
    check = answers.children(text)
    assert check.ok, check.error
    assert [(child["name"], child["age"]) for child in check.value] == expected


def test_children_names_take_ages_given_earlier():
    assert answers.children("Amy and Sam", [4, 7]).value == [{"name": "Amy", "age": 4}, {"name": "Sam", "age": 7}]


@pytest.mark.parametrize("text", ["Jack", "4 and 7", "my kids", "Amy 19"])
def test_children_needs_a_name_and_an_age_under_18(text):
    assert not answers.children(text).ok


@pytest.mark.parametrize("text, name, born", [
    ("Jane Smith, 12/03/1989", "Jane Smith", "1989-03-12"),
    ("my name is jane smith born 12th March 1989", "Jane Smith", "1989-03-12"),
    ("I'm Mo Khan dob 3 May 1990", "Mo Khan", "1990-05-03"),
    ("May Jones 1 june 1985", "May Jones", "1985-06-01"),
    ("Jane Smith", "Jane Smith", None),
    ("natalie bell i was born on 1st august 1991", "Natalie Bell", "1991-08-01"),
    ("jo (joanne) walker 5 may 86", "Jo Joanne Walker", "1986-05-05"),
])
def test_name_and_date_of_birth_in_one_answer(text, name, born):
    name_check, born_check = answers.name_and_date_of_birth(text, TODAY)
    assert name_check.value == name
    assert (born_check.value if born_check else None) == born


def test_a_date_alone_is_not_a_name():
    name_check, born_check = answers.name_and_date_of_birth("12/03/1989", TODAY)
    assert not name_check.ok and born_check.ok


def test_date_of_birth_must_be_an_adult_in_the_past():
    assert answers.date_of_birth("12 March 1989", TODAY).value == "1989-03-12"
    assert not answers.date_of_birth("12 March 2030", TODAY).ok
    assert not answers.date_of_birth("12 March 2019", TODAY).ok


@pytest.mark.parametrize("text, expected", [
    ("07700 900 123", {"method": "phone", "value": "+447700900123"}),
    ("+44 7700 900123", {"method": "phone", "value": "+447700900123"}),
    ("my number is 01926 415899", {"method": "phone", "value": "+441926415899"}),
    ("Jane@Example.com", {"method": "email", "value": "Jane@example.com"}),
    ("by letter please", {"method": "letter", "value": None}),
])
def test_contact(text, expected):
    assert answers.contact(text).value == expected


@pytest.mark.parametrize("text", ["0770", "call me", "email me", "jane@example", "whenever"])
def test_contact_re_prompts(text):
    assert answers.contact(text).error


@pytest.mark.parametrize("text, leave", [
    ("weekdays after 6pm, don't leave a message", False),
    ("please do not leave voicemail", False),
    ("any time, you can leave a message", True),
    ("evenings", False),  # not said: the police will not leave one
])
def test_contact_safety_defaults_to_no_message(text, leave):
    assert answers.contact_safety(text).value["leave_message"] is leave


@pytest.mark.parametrize("text, expected", [
    ("Partner, living together", "partner_living_together"),
    ("2", "boyfriend_girlfriend"),
    ("my husband", "partner_living_together"),
    ("he's my sister's husband", "relative"),
    ("he lives next door", "neighbour"),
    ("my ex", "other: my ex"),
])
def test_subject_relationship(text, expected):
    assert answers.subject_relationship(text).value == expected


@pytest.mark.parametrize("text, expected", [
    ("mum", "parent"), ("I'm her nan", "grandparent"), ("foster carer", "carer"), ("Guardian", "guardian"),
    ("4", "grandparent"), ("her aunt", "other: her aunt"),
])
def test_applicant_relationship(text, expected):
    assert answers.applicant_relationship(text).value == expected


@pytest.mark.parametrize("text, expected", [
    ("John Smith", "John Smith"), ("my partner John Smith", "John Smith"),
    ("his name is Dave Jones, 34", "Dave Jones"), ("Dave, goes by DJ", "Dave, goes by DJ"),
    ("his name is John and he's 35", "John"),
])
def test_subject_name(text, expected):
    assert answers.subject_name(text).value == expected


def test_subject_name_cannot_be_unknown():
    assert not answers.subject_name("dunno").ok


def test_age_accepts_about_and_unknown():
    assert answers.age("about 40", TODAY).value == {"age": 40, "approximate": True}
    assert answers.age("dunno", TODAY).value == UNKNOWN
    assert answers.age("5th May 1980", TODAY).value == {"date_of_birth": "1980-05-05"}


@pytest.mark.parametrize("text, expected", [
    ("yes", "yes"), ("no she doesn't", "no"), ("not sure", UNKNOWN), ("he passed away", "not_applicable"),
    ("hes not in the picture", "not_applicable"), ("i'm not sure, i havent told her", "no"), ("i'll tell him after", "no"),
    ("he knows, hes worried too", "yes"), ("the mum knows, im the grandad", "yes"),
    ("the other parent is the one going out with him so no", "no"),
])
def test_other_parent_knows(text, expected):
    assert answers.other_parent_knows(text).value == expected


@pytest.mark.parametrize("text", ["cancel", "Cancel.", "stop", "forget it", "I want to cancel"])
def test_cancel(text):
    assert answers.is_cancel(text)


@pytest.mark.parametrize("text", ["cancelled my plans", "stop it now", "he won't stop"])
def test_not_cancel(text):
    assert not answers.is_cancel(text)


def test_postcode_alone_or_in_an_address():
    assert answers.postcode("cv34 4bz").value == "CV34 4BZ"
    assert answers.postcode("12 High Street, Warwick CV34 4BZ").value == "CV34 4BZ"
    assert not answers.postcode("Warwick").ok
