"""Recall and false alarms of the safety layer on a labelled phrasings file."""
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from bot import PROJECT_ROOT
from bot.safety import SIGNALS, SafetyDetector, default_detector

DEFAULT_PHRASINGS = PROJECT_ROOT / "tests" / "safety" / "phrasings.yml"
NONE = "none"


def load_phrasings(path: Path = DEFAULT_PHRASINGS) -> Dict[str, List[str]]:
    """Labelled phrasings: {label: [text, ...]} with labels from SIGNALS plus "none"."""
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def evaluate(phrasings: Dict[str, List[str]], detector: SafetyDetector) -> Tuple[Dict[str, dict], List[Tuple[str, str, str]]]:
    """Per-label recall and false alarms, and the list of (expected, got, text) misses."""
    figures: Dict[str, dict] = {}
    misses: List[Tuple[str, str, str]] = []
    predicted: Dict[str, Counter] = {}
    for label, texts in phrasings.items():
        got = Counter()
        for text in texts:
            signal = detector.detect(text).signal or NONE
            got[signal] += 1
            if signal != label:
                misses.append((label, signal, text))
        predicted[label] = got
    total = sum(len(texts) for texts in phrasings.values())
    for signal in SIGNALS:
        expected = len(phrasings.get(signal, []))
        hits = predicted.get(signal, Counter())[signal]
        negatives = total - expected
        false_alarms = sum(predicted[label][signal] for label in predicted if label != signal)
        figures[signal] = {
            "expected": expected,
            "caught": hits,
            "recall": hits / expected if expected else 1.0,
            "false_alarms": false_alarms,
            "false_alarm_rate": false_alarms / negatives if negatives else 0.0,
        }
    return figures, misses


def main(path: Path = DEFAULT_PHRASINGS, show_misses: bool = True) -> int:
    """Print the report; return 1 if any emergency phrasing was missed."""
    figures, misses = evaluate(load_phrasings(path), default_detector())
    print(f"Safety layer on {path}")
    print(f"{'signal':<18}{'recall':>16}{'false alarms':>22}")
    for signal, row in figures.items():
        recall = f"{row['caught']}/{row['expected']} {row['recall']:.1%}"
        alarms = f"{row['false_alarms']} ({row['false_alarm_rate']:.1%})"
        print(f"{signal:<18}{recall:>16}{alarms:>22}")
    if show_misses and misses:
        print("\nMisses (expected -> got: text):")
        for expected, got, text in misses:
            print(f"  {expected} -> {got}: {text}")
    return 1 if figures["emergency"]["recall"] < 1.0 else 0
