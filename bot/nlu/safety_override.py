"""Rasa NLU component: the deterministic safety layer overrides the machine-learned intent.

Place it after the intent classifier and before FallbackClassifier, so that low confidence can
never turn a message about danger now into `nlu_fallback`.
"""
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.safety import SafetyDetector, default_detector
from bot.triage import safety_intent

SAFETY_KEY = "safety"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyOverride(GraphComponent):
    """Sets the intent to `emergency`, `child_disclosure` or `stop_it_now` when the rules fire."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """`patterns`: a patterns file; empty means the project's data/safety/patterns.yml.

        `emergency_tie`: an ML emergency this close to the top intent wins; set it to
        FallbackClassifier's `ambiguity_threshold`, so no near-tie with danger now falls back.
        """
        return {"patterns": None, "emergency_tie": 0.05}

    def __init__(self, config: Dict[Text, Any]) -> None:
        patterns = config.get("patterns")
        self._detector = SafetyDetector.from_file(Path(patterns)) if patterns else default_detector()
        self._emergency_tie: float = config["emergency_tie"]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyOverride":
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to learn: the rules are data."""
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        """Apply the rules to each message and override the intent when they say so."""
        for message in messages:
            self._apply(message)
        return messages

    def _apply(self, message: Message) -> None:
        text: Optional[str] = message.get(TEXT)
        if not text or text.startswith("/"):
            return
        result = self._detector.detect(text)
        ranking = message.get(INTENT_RANKING_KEY) or []
        override = safety_intent(ranking, result, self._emergency_tie)
        message.set(
            SAFETY_KEY,
            {"signal": result.signal, "rules": list(result.rules), "negated_danger": result.negated_danger, "override": override},
            add_to_output=True,
        )
        if override is None:
            return
        # A rule is certain. An imposed or demoted ML intent keeps its ML confidence, so
        # FallbackClassifier still judges it (an unsure guess at a phone number typed into a form is
        # not danger now). Other entries drop to 0, so a near-tie is no "ambiguity".
        ml_confidence = next((entry["confidence"] for entry in ranking if entry.get("name") == override), 0.0)
        chosen = {"name": override, "confidence": 1.0 if result.signal else ml_confidence}
        rest = [dict(entry, confidence=0.0) for entry in ranking if entry.get("name") != override]
        message.set(INTENT, chosen, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [chosen, *rest], add_to_output=True)
