"""A Rasa featurizer adding each message's all-MiniLM-L6-v2 embedding as a sentence feature.

The n-gram featurizers see which words a message uses; the embedding sees what it means, so a
message worded unlike any training example can still land near the right ones. `scale` sets the
embedding's weight beside the n-gram counts in the intent classifier.
"""
from typing import Any, Dict, List, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.sentence_encoder import shared_encoder


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds a dense sentence feature (the scaled embedding of the message text)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**DenseFeaturizer.get_default_config(), "scale": 1.0}

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        if config["scale"] <= 0:
            raise ValueError("SentenceEmbeddingFeaturizer: 'scale' must be positive.")

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls(execution_context.node_name, config)

    def process(self, messages: List[Message]) -> List[Message]:
        """Sets the feature on every message that has text, encoding them in one batch."""
        with_text = [m for m in messages if m.get(TEXT)]
        if with_text:
            vectors = shared_encoder().encode([m.get(TEXT) for m in with_text]) * self._config["scale"]
            for message, vector in zip(with_text, vectors):
                self.add_features_to_message(None, vector[np.newaxis, :], TEXT, message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
