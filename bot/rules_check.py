"""`python -m bot rules-check [--before PATTERNS]`: the safety rules on every labelled message.

Prints how many emergencies the rules catch and how many other messages they call an emergency.
Given the patterns file from before a change (`git show HEAD:data/safety/patterns.yml > old.yml`),
it lists what the change did (to the emergency signal, and to a child telling and Stop It Now), and
fails if any emergency the old rules caught is no longer caught, or if a labelled emergency the rules
do not catch is newly read as settled or negated (that demotes the classifier's emergency, which the
rules cannot see: `make nlu-test` tells).
"""
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bot.labelled import labelled_messages
from bot.safety import DEFAULT_PATTERNS, EMERGENCY, SafetyDetector, SafetyResult


Row = Tuple[str, str, str]
Signals = Dict[str, Optional[str]]


@dataclass
class Changes:
    """What a rule change did, as (label, source, text) rows; `other` rows also say the signal before and after."""

    lost: List[Row] = field(default_factory=list)
    gained: List[Row] = field(default_factory=list)
    fixed: List[Row] = field(default_factory=list)
    new_false: List[Row] = field(default_factory=list)
    other: List[Tuple[str, str, str]] = field(default_factory=list)
    demoted: List[Row] = field(default_factory=list)


def readings(detector: SafetyDetector, messages: Dict[str, Tuple[str, str]]) -> Dict[str, SafetyResult]:
    """{text: what the rules find in it}."""
    return {text: detector.detect(text) for text in messages}


def signals(results: Dict[str, SafetyResult]) -> Signals:
    """{text: the signal the rules raise, or None}."""
    return {text: result.signal for text, result in results.items()}


def newly_demoted(
    before: Dict[str, SafetyResult], after: Dict[str, SafetyResult], messages: Dict[str, Tuple[str, str]]
) -> List[Row]:
    """Labelled emergencies the rules do not catch whose classifier emergency is now demoted and was not before."""
    return [
        (label, source, text)
        for text, (label, source) in messages.items()
        if label == EMERGENCY
        and after[text].signal != EMERGENCY
        and after[text].negated_danger
        and not before[text].negated_danger
    ]


def figures(signals: Signals, messages: Dict[str, Tuple[str, str]]) -> Dict[str, int]:
    """Messages, labelled emergencies, those the rules catch, and other messages they call an emergency."""
    emergencies = [text for text, (label, _) in messages.items() if label == EMERGENCY]
    return {
        "messages": len(messages),
        "emergencies": len(emergencies),
        "caught": sum(signals[text] == EMERGENCY for text in emergencies),
        "false_emergencies": sum(
            signals[text] == EMERGENCY for text, (label, _) in messages.items() if label != EMERGENCY
        ),
    }


def compare(before: Signals, after: Signals, messages: Dict[str, Tuple[str, str]]) -> Changes:
    """Sort every message whose signal changed."""
    changes = Changes()
    for text, (label, source) in messages.items():
        was, now = before[text] == EMERGENCY, after[text] == EMERGENCY
        if was == now:
            if before[text] != after[text]:
                changes.other.append((f"{label}, {source}", f"{before[text]} -> {after[text]}", text))
            continue
        row = (label, source, text)
        if label == EMERGENCY:
            (changes.gained if now else changes.lost).append(row)
        else:
            (changes.new_false if now else changes.fixed).append(row)
    return changes


def main(before_patterns: Optional[Path] = None, patterns: Path = DEFAULT_PATTERNS) -> int:
    """Print the figures (and the changes against `before_patterns`); 1 if an emergency was lost or newly demoted."""
    messages = labelled_messages()
    after_results = readings(SafetyDetector.from_file(patterns), messages)
    after = signals(after_results)
    now = figures(after, messages)
    print(
        f"{now['messages']} labelled messages: the rules catch {now['caught']} of {now['emergencies']} emergencies "
        f"and call {now['false_emergencies']} other messages an emergency"
    )
    if before_patterns is None:
        return 0
    before_results = readings(SafetyDetector.from_file(before_patterns), messages)
    before = signals(before_results)
    was = figures(before, messages)
    print(f"before: {was['caught']} caught, {was['false_emergencies']} false emergencies")
    changes = compare(before, after, messages)
    changes.demoted = newly_demoted(before_results, after_results, messages)
    for title, rows in [
        ("LOST (an emergency no longer caught)", changes.lost),
        ("DEMOTED (an emergency the rules miss, newly read as settled or negated)", changes.demoted),
        ("new false emergencies", changes.new_false),
        ("false emergencies fixed", changes.fixed),
        ("emergencies newly caught", changes.gained),
        ("other signals changed (a child telling, Stop It Now; before -> after)", changes.other),
    ]:
        print(f"\n{title}: {len(rows)}")
        for first, second, text in rows:
            print(f"  [{first}, {second}] {text}")
    return 1 if changes.lost or changes.demoted else 0
