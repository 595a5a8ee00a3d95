"""Rasa NLU component: a message with no word anyone knows goes to the fallback.

The classifier always picks some intent, and keyboard mashing ("zxqv blorp", "grrr", "???")
can score high enough to pass FallbackClassifier and get a goodbye or a "yes". If no word of a
message appears in the training data or in the sentence encoder's vocabulary, this component
sets every confidence to 0, so the fallback reply (999 and the helplines) answers instead.
Place it after the intent classifier and before SafetyOverride, which can still raise a signal.
"""
import json
import re
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.sentence_encoder import shared_encoder

_WORD = re.compile(r"[a-z]+")
_FILE = "known_words.json"


def words_of(text: str) -> List[str]:
    """The lower-case alphabetic words of a text."""
    return _WORD.findall(text.lower())


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class UnknownWordsFallback(GraphComponent):
    """Zeroes the intent confidences of a message none of whose words are known."""

    def __init__(self, model_storage: ModelStorage, resource: Resource, known: Iterable[str] = ()) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self._known: FrozenSet[str] = frozenset(known)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "UnknownWordsFallback":
        return cls(model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Remember every word of the training messages."""
        self._known = frozenset(
            word for message in training_data.training_examples for word in words_of(message.get(TEXT) or "")
        )
        with self._model_storage.write_to(self._resource) as directory:
            (directory / _FILE).write_text(json.dumps(sorted(self._known)), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "UnknownWordsFallback":
        with model_storage.read_from(resource) as directory:
            known = json.loads((directory / _FILE).read_text(encoding="utf-8"))
        return cls(model_storage, resource, known)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text: Optional[str] = message.get(TEXT)
            if text and not text.startswith("/") and not self.knows_a_word(text):
                intent = message.get(INTENT)
                if intent:
                    message.set(INTENT, dict(intent, confidence=0.0), add_to_output=True)
                ranking = message.get(INTENT_RANKING_KEY) or []
                message.set(INTENT_RANKING_KEY, [dict(entry, confidence=0.0) for entry in ranking], add_to_output=True)
        return messages

    def knows_a_word(self, text: str) -> bool:
        """Whether a word of the text was in the training data or is in the encoder's vocabulary."""
        return any(word in self._known for word in words_of(text)) or shared_encoder().knows_a_word(text)
