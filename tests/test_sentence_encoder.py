"""The NumPy all-MiniLM-L6-v2 encoder gives the embeddings sentence-transformers gives."""
import json
from pathlib import Path

import numpy as np
import pytest

from bot.nlu.sentence_encoder import SentenceEncoder, bundled_model_dir

REFERENCE = json.loads((Path(__file__).parent / "data" / "minilm_reference.json").read_text())


@pytest.fixture(scope="module")
def encoder():
    return SentenceEncoder()


def test_model_comes_from_the_installed_wheel():
    assert (bundled_model_dir() / "model.safetensors").is_file()


def test_matches_sentence_transformers(encoder):
    vectors = encoder.encode(REFERENCE["texts"])
    np.testing.assert_allclose(vectors, np.array(REFERENCE["embeddings"]), atol=1e-5)


def test_batching_and_order_do_not_change_a_vector(encoder):
    texts = REFERENCE["texts"]
    one_by_one = np.vstack([encoder.encode([t]) for t in texts])
    np.testing.assert_allclose(encoder.encode(texts, batch_size=2), one_by_one, atol=1e-5)


def test_vectors_are_unit_length(encoder):
    vectors = encoder.encode(["hi", "", "a " * 600])
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_similar_meanings_are_closer_than_different_ones(encoder):
    danger, danger_reworded, question = encoder.encode([
        "a man is hurting my little sister right now",
        "someone is attacking a child in my house at this moment",
        "how much does it cost to apply",
    ])
    assert danger @ danger_reworded > danger @ question + 0.2


def test_knows_a_word_only_for_words_in_its_vocabulary(encoder):
    assert encoder.knows_a_word("plz hes in my ROOM")
    assert not encoder.knows_a_word("zxqv blorp")
    assert not encoder.knows_a_word("??? 123")
