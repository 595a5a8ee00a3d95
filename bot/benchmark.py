"""Speed and memory figures for the trained assistant: `python -m bot benchmark` (`make benchmark`).

It prints figures and asserts nothing: timings on a shared two-core machine vary too much for a test.
- reading one message: the whole NLU pipeline (the safety rules included), as each chat message is read;
- the safety rules alone, which give 999 without the classifier;
- the sentence encoder in batches, as training and the held-out runs use it;
- the process's peak memory with the model loaded.
"""
import asyncio
import resource
import statistics
import time
from pathlib import Path
from typing import Callable, Dict, List, Sequence

from bot.labelled import nlu_examples

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "nlu" / "redteam_eval.yml"


def timings_ms(run: Callable[[str], object], texts: Sequence[str]) -> List[float]:
    """Milliseconds `run` took on each text, after one warm-up call."""
    run(texts[0])
    out = []
    for text in texts:
        start = time.perf_counter()
        run(text)
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(timings: Sequence[float]) -> Dict[str, float]:
    """Median and 95th percentile of per-message timings, in milliseconds."""
    ordered = sorted(timings)
    return {"median": statistics.median(ordered), "p95": ordered[int(0.95 * (len(ordered) - 1))]}


def encoder_batch_rate(texts: Sequence[str]) -> float:
    """Messages per second through the sentence encoder in its default batches."""
    from bot.nlu.sentence_encoder import shared_encoder

    encoder = shared_encoder()
    start = time.perf_counter()
    encoder.encode(list(texts))
    return len(texts) / (time.perf_counter() - start)


def peak_memory_mb() -> float:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(model: Path, sample: Path = SAMPLE) -> int:
    from rasa.core.agent import Agent

    from bot.nlu_test import quiet_rasa_logging
    from bot.safety import default_detector

    quiet_rasa_logging()
    texts = [text for _, text in nlu_examples(sample)]
    agent = Agent.load(model_path=str(model))
    loop = asyncio.new_event_loop()
    parse = summary(timings_ms(lambda text: loop.run_until_complete(agent.parse_message(text)), texts))
    detector = default_detector()
    rules = summary(timings_ms(detector.detect, texts))
    rate = encoder_batch_rate(texts)
    loop.close()
    print(f"{len(texts)} messages from {sample.name}")
    print(f"reading one message (NLU and rules): median {parse['median']:.1f} ms, 95th percentile {parse['p95']:.1f} ms")
    print(f"safety rules alone:                  median {rules['median']:.1f} ms, 95th percentile {rules['p95']:.1f} ms")
    print(f"sentence encoder in batches:         {rate:.0f} messages a second")
    print(f"peak memory with the model loaded:   {peak_memory_mb():.0f} MB")
    return 0
