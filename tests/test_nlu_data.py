"""Training and held-out data stay apart, and the training data is wide enough."""
from collections import Counter

import yaml

from bot.labelled import training_files
from tests.conftest import EVALUATION_SETS, nlu_examples, training_examples

TRIAGE_INTENTS = ("emergency", "concern", "routine_check", "stop_it_now", "child_disclosure")


def test_heldout_messages_are_not_training_data():
    training = {text.lower() for _, text in training_examples()}
    heldout = [text for path in EVALUATION_SETS for _, text in nlu_examples(path)]
    assert len(heldout) >= 150
    assert [text for text in heldout if text.lower() in training] == []


def test_each_triage_intent_has_at_least_40_examples():
    counts = Counter(intent for intent, _ in training_examples())
    for intent in TRIAGE_INTENTS:
        assert counts[intent] >= 40, intent


def test_no_example_is_given_two_intents():
    seen = {}
    for intent, text in training_examples():
        assert seen.setdefault(text.lower(), intent) == intent, text


def test_every_intent_block_has_examples():
    """Rasa warns about an intent block whose examples were all removed (e.g. as duplicates)."""
    empty = []
    for path in training_files() + EVALUATION_SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        empty += [(path.name, block["intent"]) for block in data["nlu"] if "intent" in block and not (block["examples"] or "").strip()]
    assert empty == []
