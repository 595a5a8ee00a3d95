"""TunedLogisticRegression passes `C` to scikit-learn, keeps Rasa's other settings, trains quietly."""
import warnings

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.exceptions import ConvergenceWarning

from bot.nlu.logistic_regression import TunedLogisticRegression


def make(tmp_path, **config):
    config = {**TunedLogisticRegression.get_default_config(), **config}
    return TunedLogisticRegression(config, "classifier", LocalModelStorage(tmp_path), Resource("classifier"))


def test_c_from_the_config_reaches_the_classifier(tmp_path):
    assert make(tmp_path, C=10.0).clf.C == 10.0


def test_default_keeps_rasas_settings(tmp_path):
    classifier = make(tmp_path).clf
    assert classifier.C == 1.0
    assert classifier.class_weight == "balanced"


def message(text, intent, vector):
    example = Message(data={TEXT: text, INTENT: intent})
    example.add_features(Features(np.array([vector], dtype=float), FEATURE_TYPE_SENTENCE, TEXT, "featurizer"))
    return example


def test_stopping_at_max_iter_does_not_warn(tmp_path):
    data = TrainingData([
        message("hello", "greet", [1.0, 0.2, 0.1]),
        message("hi there", "greet", [0.9, 0.1, 0.3]),
        message("bye", "goodbye", [0.1, 1.0, 0.2]),
        message("see you", "goodbye", [0.2, 0.8, 0.9]),
    ])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        make(tmp_path, max_iter=1).train(data)
    assert not [w for w in caught if issubclass(w.category, ConvergenceWarning)]


def test_trained_and_loaded_weights_predict_without_copying(tmp_path):
    data = TrainingData([
        message("hello", "greet", [1.0, 0.2, 0.1]),
        message("bye", "goodbye", [0.1, 1.0, 0.2]),
        message("thanks", "thank", [0.3, 0.1, 1.0]),
    ])
    trained = make(tmp_path)
    trained.train(data)
    config = {**TunedLogisticRegression.get_default_config()}
    context = ExecutionContext(GraphSchema({}), node_name="classifier")
    loaded = TunedLogisticRegression.load(config, LocalModelStorage(tmp_path), Resource("classifier"), context)
    for classifier in (trained.clf, loaded.clf):
        assert classifier.coef_.T.flags.c_contiguous
    assert np.array_equal(loaded.clf.coef_, trained.clf.coef_)
    assert loaded.process([message("hi", None, [0.9, 0.3, 0.1])])[0].get(INTENT)["name"] == "greet"
