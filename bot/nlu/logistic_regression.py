"""Rasa's LogisticRegressionClassifier with its regularisation strength `C` in the config.

Rasa 3.6 fixes C at scikit-learn's default (1.0). Our features are raw n-gram counts over a few
thousand short messages; weaker regularisation routed more unseen messages right. `max_iter` is
capped on purpose (predictions stop changing long before the solver converges), so scikit-learn's
ConvergenceWarning is silenced during training.

Predictions multiply a message's sparse features by the weights transposed; SciPy copies a
non-contiguous right-hand side on every call (tens of megabytes with our n-gram vocabulary), so the
weights are kept in column-major order after training and loading. The numbers are the same.
"""
import warnings
from typing import Any, Dict, Text

import numpy as np
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.exceptions import ConvergenceWarning


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class TunedLogisticRegression(LogisticRegressionClassifier):
    """Logistic regression intent classifier; `C` is the inverse regularisation strength."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "C": 1.0}

    def __init__(self, config: Dict[Text, Any], name: Text, model_storage: ModelStorage, resource: Resource) -> None:
        super().__init__(config, name, model_storage, resource)
        self.clf.set_params(C=self.config["C"])

    def train(self, training_data: TrainingData) -> Resource:
        """Train as Rasa does, without the warning the deliberate `max_iter` cap causes."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            resource = super().train(training_data)
        self._keep_weights_column_major()
        return resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "TunedLogisticRegression":
        component = super().load(config, model_storage, resource, execution_context, **kwargs)
        component._keep_weights_column_major()
        return component

    def _keep_weights_column_major(self) -> None:
        """Column-major weights, so `coef_.T` is contiguous and predicting copies nothing."""
        if hasattr(self.clf, "coef_"):
            self.clf.coef_ = np.asfortranarray(self.clf.coef_)
