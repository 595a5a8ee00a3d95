"""Per-intent and per-route figures from `rasa test nlu` (intent_report.json, intent_errors.json)."""
import json
from collections import Counter
from pathlib import Path
from typing import Dict, List

from bot.triage import route_of

_SUMMARY_ROWS = ("accuracy", "macro avg", "weighted avg", "micro avg")


def route_of_intent(intent: str) -> str:
    """The triage route of an intent; intents without one (affirm, deny) stand for themselves."""
    return route_of(intent) or intent


def route_figures(report: Dict[str, dict], errors: List[dict]) -> Dict[str, Dict[str, int]]:
    """Messages per route and how many were routed right: a faq_* mix-up is still `information`."""
    support: Counter = Counter()
    for intent, row in report.items():
        if intent not in _SUMMARY_ROWS:
            support[route_of_intent(intent)] += row["support"]
    wrong = Counter(
        route_of_intent(error["intent"])
        for error in errors
        if route_of_intent(error["intent"]) != route_of_intent(error["intent_prediction"]["name"])
    )
    return {route: {"support": n, "right": n - wrong[route]} for route, n in sorted(support.items())}


def main(report_path: Path) -> int:
    """Print the intent table and the route table; intent_errors.json is read from the same folder."""
    report = json.loads(Path(report_path).read_text(encoding="utf-8"))
    errors_path = Path(report_path).with_name("intent_errors.json")
    errors = json.loads(errors_path.read_text(encoding="utf-8")) if errors_path.exists() else []
    print(f"{'intent':<28}{'precision':>10}{'recall':>9}{'f1':>8}{'support':>9}")
    for intent, row in sorted(report.items()):
        if intent not in _SUMMARY_ROWS:
            print(f"{intent:<28}{row['precision']:>10.3f}{row['recall']:>9.3f}{row['f1-score']:>8.3f}{row['support']:>9}")
    macro = report["macro avg"]
    print(f"{'macro avg':<28}{macro['precision']:>10.3f}{macro['recall']:>9.3f}{macro['f1-score']:>8.3f}{macro['support']:>9}")
    print(f"accuracy {report['accuracy']:.3f}\n")
    routes = route_figures(report, errors)
    print(f"{'route':<20}{'routed right':>14}")
    for route, row in routes.items():
        print(f"{route:<20}{row['right']:>6}/{row['support']:<4}{row['right'] / row['support']:>7.1%}")
    right, total = sum(r["right"] for r in routes.values()), sum(r["support"] for r in routes.values())
    print(f"{'all':<20}{right:>6}/{total:<4}{right / total:>7.1%}")
    return 0
