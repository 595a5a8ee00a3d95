"""Per-intent and per-route figures from `rasa test nlu`'s intent_report.json."""
import json
from collections import defaultdict
from pathlib import Path
from typing import Dict

from bot.triage import route_of

_SKIP = ("accuracy", "macro avg", "weighted avg", "micro avg")


def route_figures(report: Dict[str, dict]) -> Dict[str, dict]:
    """Recall per triage route: faq_* intents count together as `information`."""
    totals: Dict[str, Dict[str, float]] = defaultdict(lambda: {"support": 0, "correct": 0})
    for intent, row in report.items():
        if intent in _SKIP or not isinstance(row, dict):
            continue
        route = route_of(intent) or intent
        support = row.get("support", 0)
        totals[route]["support"] += support
        confused = row.get("confused_with", {})
        wrong_route = sum(n for other, n in confused.items() if (route_of(other) or other) != route)
        totals[route]["correct"] += support - wrong_route - _missing(row, confused)
    return {route: {**t, "recall": t["correct"] / t["support"] if t["support"] else 1.0} for route, t in totals.items()}


def _missing(row: dict, confused: Dict[str, int]) -> int:
    """Errors not listed in confused_with (Rasa lists only the top confusions)."""
    errors = round(row.get("support", 0) * (1 - row.get("recall", 1.0)))
    return max(0, errors - sum(confused.values()))


def main(path: Path) -> int:
    """Print intent and route tables."""
    report = json.loads(Path(path).read_text(encoding="utf-8"))
    print(f"{'intent':<28}{'precision':>10}{'recall':>9}{'f1':>8}{'support':>9}")
    for intent, row in sorted(report.items()):
        if intent in _SKIP or not isinstance(row, dict):
            continue
        print(f"{intent:<28}{row['precision']:>10.3f}{row['recall']:>9.3f}{row['f1-score']:>8.3f}{row['support']:>9}")
    macro = report["macro avg"]
    print(f"{'macro avg':<28}{macro['precision']:>10.3f}{macro['recall']:>9.3f}{macro['f1-score']:>8.3f}{macro['support']:>9}")
    print(f"accuracy {report['accuracy']:.3f}\n")
    print(f"{'route':<20}{'routed right':>14}")
    for route, row in sorted(route_figures(report).items()):
        print(f"{route:<20}{int(row['correct']):>6}/{int(row['support']):<4}{row['recall']:>7.1%}")
    return 0
