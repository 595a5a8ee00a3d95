"""UnknownWordsFallback zeroes the confidences of a message with no known word, and only then."""
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.unknown_words import UnknownWordsFallback

CONTEXT = ExecutionContext(None, node_name="unknown_words")


def trained(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("unknown_words")
    component = UnknownWordsFallback.create({}, storage, resource, CONTEXT)
    component.train(TrainingData([Message(data={TEXT: "hiya, plz help", INTENT: "greet"})]))
    return UnknownWordsFallback.load({}, storage, resource, CONTEXT)


def classified(text):
    ranking = [{"name": "goodbye", "confidence": 0.7}, {"name": "greet", "confidence": 0.3}]
    return Message(data={TEXT: text, INTENT: ranking[0], INTENT_RANKING_KEY: ranking})


def test_a_message_with_no_known_word_gets_zero_confidence(tmp_path):
    message = classified("zxqv blorp ???")
    trained(tmp_path).process([message])
    assert message.get(INTENT) == {"name": "goodbye", "confidence": 0.0}
    assert [entry["confidence"] for entry in message.get(INTENT_RANKING_KEY)] == [0.0, 0.0]


def test_words_from_training_or_the_encoder_vocabulary_count_as_known(tmp_path):
    component = trained(tmp_path)
    for text in ("hiya", "PLZ", "wibble dog"):
        message = classified(text)
        component.process([message])
        assert message.get(INTENT)["confidence"] == 0.7, text


def test_intent_shortcuts_are_left_alone(tmp_path):
    message = classified("/nlu_fallback")
    trained(tmp_path).process([message])
    assert message.get(INTENT)["confidence"] == 0.7
