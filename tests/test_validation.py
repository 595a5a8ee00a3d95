"""Intake answer checks with real-world inputs."""
from datetime import date

import pytest

from bot import validation as v

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("07700 900 123", "+447700900123"),
        ("+44 7700 900123", "+447700900123"),
        ("07911123456", "+447911123456"),
        ("01926 415899", "+441926415899"),
        ("(01926) 415 899", "+441926415899"),
    ],
)
def test_uk_phone_numbers(text, expected):
    assert v.phone(text).value == expected


@pytest.mark.parametrize("text", ["12345", "07700", "phone me", "+1 202 555 0143", "0791112345678"])
def test_not_uk_phone_numbers(text):
    check = v.phone(text)
    assert not check.ok and "07700 900123" in check.error


def test_email():
    assert v.email(" Jo.Smith@Example.com ").value == "Jo.Smith@example.com"
    assert not v.email("jo.smith@").ok
    assert not v.email("not an email").ok


@pytest.mark.parametrize("text, expected", [("cv34 4bz", "CV34 4BZ"), ("CV344BZ", "CV34 4BZ"), ("sw1a 1aa", "SW1A 1AA"), ("m1 1ae", "M1 1AE")])
def test_postcodes(text, expected):
    assert v.postcode(text).value == expected


@pytest.mark.parametrize("text", ["cv34", "12345", "warwick", "CV34 4B"])
def test_not_postcodes(text):
    assert not v.postcode(text).ok


@pytest.mark.parametrize("text", ["dunno", "I don't know", "not sure", "skip", "No idea.", "idk", "no idea sorry", "honestly dunno"])
def test_unknown_answers(text):
    assert v.is_unknown(text)


def test_a_real_answer_is_not_unknown():
    assert not v.is_unknown("John Smith")


@pytest.mark.parametrize("text, expected", [("12th March 1989", date(1989, 3, 12)), ("12/03/1989", date(1989, 3, 12)), ("1 jan 2000", date(2000, 1, 1))])
def test_dates_of_birth(text, expected):
    assert v.date_of_birth(text, TODAY).value == expected


@pytest.mark.parametrize("text, words", [("March 1989", "day, month and year"), ("12/03/2030", "past"), ("1 1 1880", "age of 146")])
def test_bad_dates_of_birth(text, words):
    assert words in v.date_of_birth(text, TODAY).error


@pytest.mark.parametrize(
    "text, expected",
    [
        ("about 40", {"age": 40, "approximate": True}),
        ("34", {"age": 34, "approximate": False}),
        ("in his 30s", {"age": 35, "approximate": True}),
        ("12th March 1989", {"date_of_birth": date(1989, 3, 12)}),
        ("Date of birth 9 February 1984", {"date_of_birth": date(1984, 2, 9)}),
        ("not sure, maybe 45ish", {"age": 45, "approximate": True}),
        ("somewhere between 55 and 60", {"age": 57, "approximate": True}),
        ("hes 36 or 37", {"age": 36, "approximate": True}),
        ("born 1975", {"age": TODAY.year - 1975, "approximate": True}),
        ("1986 i think, dont know the exact date", {"age": TODAY.year - 1986, "approximate": True}),
    ],
)
def test_age_or_date_of_birth(text, expected):
    assert v.age_or_date_of_birth(text, TODAY).value == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4 and 7", [4, 7]),
        ("my two kids aged 4 and 7", [4, 7]),
        ("twins aged three", [3, 3]),
        ("she's 6 months", [0]),
        ("a baby", [0]),
        ("12", [12]),
    ],
)
def test_child_ages(text, expected):
    assert v.child_ages(text).value == expected


@pytest.mark.parametrize("text", ["19", "lots", ""])
def test_bad_child_ages(text):
    assert not v.child_ages(text).ok


def test_free_text_is_capped_and_tidied():
    assert v.free_text("  he  seems   odd ", 100).value == "he seems odd"
    assert "under 10 characters" in v.free_text("x" * 11, 10).error
    assert not v.free_text("   ", 10).ok
