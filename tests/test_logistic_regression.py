"""TunedLogisticRegression passes `C` to scikit-learn and keeps Rasa's other settings."""
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource

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
