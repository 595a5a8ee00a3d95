"""Several intake facts from one message."""
import pytest

from bot.facts import extract_facts


def test_the_issue_example():
    facts = extract_facts("my new partner John Smith, he's 34, he's moving in with me and my two kids aged 4 and 7")
    assert facts == {
        "subject_relationship": "partner_living_together",
        "subject_name": "John Smith",
        "subject_age": 34,
        "applicant_relationship": "parent",
        "child_ages": [4, 7],
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my boyfriend Dave is 29 and wants to meet my daughter who is 6",
         {"subject_relationship": "boyfriend_girlfriend", "subject_name": "Dave", "subject_age": 29,
          "applicant_relationship": "parent", "child_ages": [6]}),
        ("my neighbour keeps offering to babysit my grandson",
         {"subject_relationship": "neighbour", "applicant_relationship": "grandparent"}),
        ("my brother in law, he's about 45", {"subject_relationship": "relative", "subject_age": 45}),
        ("my fella Steve Jones has been staying over", {"subject_relationship": "boyfriend_girlfriend", "subject_name": "Steve Jones"}),
        ("my sisters husband called Mark", {"subject_relationship": "relative", "subject_name": "Mark"}),
        ("my sister's boyfriend", {"subject_relationship": "relative"}),
        ("my friend's dad", {"subject_relationship": "other"}),
        ("i want to check someone", {}),
    ],
)
def test_facts(text, expected):
    assert extract_facts(text) == expected


def test_lower_case_names_are_not_guessed():
    assert "subject_name" not in extract_facts("my partner john is moving in")
