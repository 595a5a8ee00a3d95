"""Whole conversations through the trained model (make train first; `make test` does)."""
import pytest
from rasa.core.agent import Agent
from rasa.utils.endpoints import EndpointConfig

from bot.safety_report import load_phrasings
from bot.triage import route_of
from tests.conftest import EVALUATION_SETS, nlu_examples
from tests.rasa_helpers import EMERGENCY_OPENING, MODEL, Conversation, free_port, running_action_server


@pytest.fixture(scope="session")
def action_server():
    with running_action_server() as url:
        yield url


@pytest.fixture(scope="session")
def agent(action_server):
    return Agent.load(str(MODEL), action_endpoint=EndpointConfig(action_server))


@pytest.fixture(scope="session")
def agent_without_actions():
    # Nothing listens on this port: the action server is "down".
    return Agent.load(str(MODEL), action_endpoint=EndpointConfig(f"http://127.0.0.1:{free_port()}/webhook"))


def gets_999_first(replies, triage):
    return bool(replies) and replies[0].startswith(EMERGENCY_OPENING) and triage == "emergency"


async def test_every_emergency_phrasing_gets_999_first_with_triage_emergency(agent):
    missed = []
    for text in load_phrasings()["emergency"]:
        chat = Conversation(agent)
        if not gets_999_first(await chat.say(text), await chat.triage()):
            missed.append(text)
    assert missed == []


async def test_heldout_first_messages_are_routed_right(agent):
    """Every held-out message as a first message, end to end: the `triage` slot the hidden set reads,
    and 999 first for every emergency."""
    wrong, missed, total = [], [], 0
    for intent, text in (example for name in EVALUATION_SETS for example in nlu_examples(name)):
        expected = route_of(intent)
        if expected is None:
            continue
        total += 1
        chat = Conversation(agent)
        replies = await chat.say(text)
        triage = await chat.triage()
        if triage != expected:
            wrong.append((expected, triage, text))
        if expected == "emergency" and not gets_999_first(replies, triage):
            missed.append(text)
    assert missed == []
    # Regression guards a little under the figures in the README (target: 97% routed right).
    false_emergencies = [w for w in wrong if w[1] == "emergency"]
    assert len(false_emergencies) / total <= 0.03, false_emergencies
    assert 1 - len(wrong) / total >= 0.95, wrong


async def test_emergency_in_the_middle_of_a_conversation(agent):
    chat = Conversation(agent)
    await chat.say("hello")
    await chat.say("how long does it take")
    assert await chat.triage() == "information"
    replies = await chat.say("oh god he's just come back drunk and he's hitting my son")
    assert replies[0].startswith(EMERGENCY_OPENING)
    assert await chat.triage() == "emergency"
    await chat.say("thank you")
    assert await chat.triage() == "emergency"


async def test_a_routine_enquiry_that_becomes_an_emergency(agent):
    chat = Conversation(agent)
    await chat.say("i want to check my new boyfriend before he moves in with me and my daughter")
    assert await chat.triage() == "routine_check"
    replies = await chat.say("wait he's taken her and he won't bring her back")
    assert replies[0].startswith(EMERGENCY_OPENING)
    assert await chat.triage() == "emergency"


async def test_a_concern_that_turns_out_routine(agent):
    chat = Conversation(agent)
    await chat.say("my neighbour's kids always have bruises and i think their dad hits them")
    assert await chat.triage() == "concern"
    await chat.say("actually i just want the police to check my new partner, he's moving in")
    assert await chat.triage() == "routine_check"


@pytest.mark.parametrize(
    "text, route, words",
    [
        ("im 13 and my stepdad keeps coming in my room at night", "child_disclosure", ["not in trouble", "0800 1111"]),
        ("nobody is in danger right now but my neighbour's kids always have bruises", "concern", ["101", "0808 800 5000"]),
        ("i have sexual thoughts about children and i want help", "stop_it_now", ["0808 1000 900"]),
        ("how much does it cost to apply", "information", ["free"]),
        ("hello", "other", ["999"]),
    ],
)
async def test_routes_reply_in_kind(agent, text, route, words):
    chat = Conversation(agent)
    replies = " ".join(await chat.say(text))
    assert await chat.triage() == route
    for word in words:
        assert word in replies


async def test_route_reply_is_followed_by_whether_the_helpline_is_open(agent):
    replies = await Conversation(agent).say("i'm really worried about my own thoughts about kids")
    assert replies[-1].startswith("Stop It Now helpline, 0808 1000 900")
    assert "open now" in replies[-1] or "closed now" in replies[-1]


@pytest.mark.parametrize("text", ["zxqv blorp", "qqqq wibble zonk", "flibber jabber wonk", "???", "grrr", "fdsjkl sdf"])
async def test_nonsense_gets_999_and_the_helplines(agent, text):
    replies = " ".join(await Conversation(agent).say(text))
    assert "999" in replies and "0808 800 5000" in replies and "0800 1111" in replies


async def test_two_misunderstandings_in_a_row_offer_the_phone_routes(agent):
    chat = Conversation(agent)
    first = await chat.say("/nlu_fallback")
    assert first[0].startswith("If a child is in danger right now, call 999.")
    second = " ".join(await chat.say("/nlu_fallback"))
    assert "talk to a person" in second and "101" in second and "999" in second


async def test_emergency_needs_no_action_server(agent_without_actions):
    chat = Conversation(agent_without_actions)
    replies = await chat.say("there's a man in my daughter's bedroom right now")
    assert replies[0].startswith(EMERGENCY_OPENING)
    assert await chat.triage() == "emergency"
