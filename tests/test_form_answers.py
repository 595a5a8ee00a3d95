"""Answers to the intake questions, read by the trained model inside the form: none is danger now.

tests/data/intake_answers.yml: 450 answers, 25 to each question, written by a helper who had not seen
the training data. Before the form floor (config.yml: form_emergency_floor) 17 of them were read as
emergencies and would have interrupted the form with the 999 reply each time they were typed.
"""
import pytest
import yaml
from rasa.core.agent import Agent
from rasa.core.channels import UserMessage
from rasa.shared.core.events import ActiveLoop, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot import PROJECT_ROOT
from tests.rasa_helpers import MODEL

ANSWERS = yaml.safe_load((PROJECT_ROOT / "tests" / "data" / "intake_answers.yml").read_text(encoding="utf-8"))
CONCERN_QUESTIONS = {"concern_where_when", "concern_child", "concern_subject"}


@pytest.fixture(scope="module")
def agent():
    return Agent.load(str(MODEL))


def asking(slot):
    form = "concern_form" if slot in CONCERN_QUESTIONS else "application_form"
    return DialogueStateTracker.from_events("person-1", [ActiveLoop(form), SlotSet("requested_slot", slot)])


async def test_no_written_answer_is_read_as_an_emergency_inside_the_form(agent):
    assert sum(len(texts) for texts in ANSWERS.values()) == 450
    emergencies = []
    for slot, texts in ANSWERS.items():
        for text in texts:
            parsed = await agent.processor.parse_message(UserMessage(text), asking(slot))
            if parsed["intent"]["name"] == "emergency":
                emergencies.append((slot, text))
    assert emergencies == []

