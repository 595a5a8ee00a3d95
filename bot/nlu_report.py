"""Per-intent and per-route figures from Rasa's NLU evaluation (intent_report.json, intent_errors.json)."""
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


def false_emergencies(errors: List[dict]) -> int:
    """Messages from any other route that were read as an emergency."""
    return sum(
        1
        for error in errors
        if route_of_intent(error["intent_prediction"]["name"]) == "emergency"
        and route_of_intent(error["intent"]) != "emergency"
    )


def missed_emergencies(errors: List[dict]) -> List[str]:
    """Emergency messages that were routed anywhere else."""
    return [
        error["text"]
        for error in errors
        if route_of_intent(error["intent"]) == "emergency"
        and route_of_intent(error["intent_prediction"]["name"]) != "emergency"
    ]


def read_results(folder: Path) -> tuple:
    """The intent report and the errors `rasa test nlu` wrote to `folder`."""
    report = json.loads((folder / "intent_report.json").read_text(encoding="utf-8"))
    errors_path = folder / "intent_errors.json"
    errors = json.loads(errors_path.read_text(encoding="utf-8")) if errors_path.exists() else []
    return report, errors


def print_report(report: Dict[str, dict], errors: List[dict]) -> None:
    """Print the intent table and the route table of one evaluation set."""
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


def totals(results: List[tuple]) -> Dict[str, int]:
    """Routed right, emergencies caught and false emergencies over several sets' (report, errors)."""
    figures = Counter()
    for report, errors in results:
        routes = route_figures(report, errors)
        figures["messages"] += sum(r["support"] for r in routes.values())
        figures["right"] += sum(r["right"] for r in routes.values())
        emergency = routes.get("emergency", {"support": 0, "right": 0})
        figures["emergencies"] += emergency["support"]
        figures["emergencies_caught"] += emergency["right"]
        figures["false_emergencies"] += false_emergencies(errors)
    figures["non_emergencies"] = figures["messages"] - figures["emergencies"]
    return dict(figures)


def print_totals(figures: Dict[str, int]) -> None:
    """One line per target: routed right, emergencies caught, false emergencies."""
    print(f"routed right      {figures['right']}/{figures['messages']} ({figures['right'] / figures['messages']:.1%})")
    print(f"emergencies       {figures['emergencies_caught']}/{figures['emergencies']} caught")
    share = figures["false_emergencies"] / max(figures["non_emergencies"], 1)
    print(f"false emergencies {figures['false_emergencies']}/{figures['non_emergencies']} ({share:.1%})")
