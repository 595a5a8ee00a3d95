"""Rasa NLU component: the deterministic safety layer overrides the machine-learned intent.

Place it after the intent classifier and before FallbackClassifier, so that low confidence can
never turn a message about danger now into `nlu_fallback`.
"""
import math
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import REQUESTED_SLOT
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.intake.turns import is_shaped_answer
from bot.safety import EMERGENCY, SafetyDetector, default_detector
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

        `form_emergency_floor`: inside an intake form, an ML emergency without a rule signal needs
        at least this confidence. Short answers ("my son jack hes 9", "he drives them to
        swimming") look like danger to the classifier; the rules still interrupt a form at once.

        `fallback_threshold`: FallbackClassifier's `threshold`. An ML emergency held back by the
        floor is flagged (`emergency_held_back`) only if it would have passed the fallback.
        """
        return {"patterns": None, "emergency_tie": 0.05, "form_emergency_floor": 0.0, "fallback_threshold": 0.4}

    def __init__(self, config: Dict[Text, Any]) -> None:
        patterns = config.get("patterns")
        self._detector = SafetyDetector.from_file(Path(patterns)) if patterns else default_detector()
        self._emergency_tie: float = config["emergency_tie"]
        self._form_emergency_floor: float = config["form_emergency_floor"]
        self._fallback_threshold: float = config["fallback_threshold"]

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

    def process(self, messages: List[Message], tracker: Optional[DialogueStateTracker] = None) -> List[Message]:
        """Apply the rules to each message and override the intent when they say so.

        Rasa passes the conversation so far (before this message): it tells whether a form is asking.
        """
        for message in messages:
            self._apply(message, tracker)
        return messages

    def _ml_emergency_floor(self, text: str, tracker: Optional[DialogueStateTracker]) -> float:
        """No floor outside a form; inside one, `form_emergency_floor`, or no ML emergency at all
        for an answer that has the question's fixed shape ("my son jack hes 9")."""
        if tracker is None or tracker.active_loop_name is None:
            return 0.0
        if is_shaped_answer(tracker.get_slot(REQUESTED_SLOT), text):
            return math.inf
        return self._form_emergency_floor

    def _apply(self, message: Message, tracker: Optional[DialogueStateTracker]) -> None:
        text: Optional[str] = message.get(TEXT)
        if not text or text.startswith("/"):
            return
        result = self._detector.detect(text)
        ranking = message.get(INTENT_RANKING_KEY) or []
        override = safety_intent(ranking, result, self._emergency_tie, self._ml_emergency_floor(text, tracker))
        # The form's validation action adds "call 999 if a child is in danger right now" to the next question.
        ml_emergency = next((entry["confidence"] for entry in ranking if entry.get("name") == EMERGENCY), 0.0)
        held_back = bool(  # confidences are NumPy floats; the flag must serialise as JSON
            override != EMERGENCY
            and ml_emergency >= self._fallback_threshold
            and safety_intent(ranking, result, self._emergency_tie) == EMERGENCY
        )
        message.set(
            SAFETY_KEY,
            {
                "signal": result.signal,
                "rules": list(result.rules),
                "negated_danger": result.negated_danger,
                "override": override,
                "emergency_held_back": held_back,
            },
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
