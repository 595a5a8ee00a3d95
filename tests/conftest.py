"""Shared fixtures. TensorFlow's log level is set before anything imports it."""
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

import pytest  # noqa: E402
import yaml  # noqa: E402

from bot import PROJECT_ROOT  # noqa: E402
from bot.labelled import held_out_files, nlu_examples, training_files  # noqa: E402
from bot.safety import default_detector  # noqa: E402
from tests.rasa_helpers import running_assistant  # noqa: E402


@pytest.fixture(scope="session")
def detector():
    return default_detector()


@pytest.fixture(scope="session")
def domain():
    return yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def project_config():
    return yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))


EVALUATION_SETS = held_out_files()


def training_examples():
    for path in training_files():
        yield from nlu_examples(path)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A running assistant (action server and Rasa server with every channel); its base URL."""
    with running_assistant(tmp_path_factory.mktemp("assistant")) as url:
        yield url
