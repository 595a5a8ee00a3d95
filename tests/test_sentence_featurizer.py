"""SentenceEmbeddingFeaturizer adds one scaled dense sentence feature per message with text."""
import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.sentence_encoder import shared_encoder
from bot.nlu.sentence_featurizer import SentenceEmbeddingFeaturizer


def make(tmp_path, **config):
    config = {**SentenceEmbeddingFeaturizer.get_default_config(), **config}
    return SentenceEmbeddingFeaturizer.create(
        config, LocalModelStorage(tmp_path), Resource("embedding"), ExecutionContext(None, node_name="embedding")
    )


def sentence_feature(message):
    sequence, sentence = message.get_dense_features(TEXT)
    assert sequence is None
    return sentence.features


def test_adds_the_scaled_embedding_as_a_sentence_feature(tmp_path):
    message = Message(data={TEXT: "can i check my new partner"})
    make(tmp_path, scale=3.0).process([message])
    expected = shared_encoder().encode(["can i check my new partner"]) * 3.0
    np.testing.assert_allclose(sentence_feature(message), expected, atol=1e-6)


def test_training_examples_are_featurized(tmp_path):
    data = TrainingData([Message(data={TEXT: "hello", "intent": "greet"}), Message(data={"intent": "deny"})])
    make(tmp_path).process_training_data(data)
    with_text, without_text = data.training_examples
    assert sentence_feature(with_text).shape == (1, 384)
    assert without_text.get_dense_features(TEXT) == (None, None)


def test_scale_must_be_positive(tmp_path):
    with pytest.raises(ValueError):
        make(tmp_path, scale=0)
