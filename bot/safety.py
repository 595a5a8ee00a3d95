"""Deterministic safety layer: spots danger now, a child telling, and worry about one's own thoughts.

Rules live in data/safety/patterns.yml (see bot/patterns.py for the syntax). The detector runs a
blank spaCy English pipeline (tokenizer and sentencizer) with a Matcher, so it needs no model
download and gives the same answer every time.
"""
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

import spacy
import yaml
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from bot import DATA_DIR
from bot.patterns import PatternError, compile_pattern

DEFAULT_PATTERNS = DATA_DIR / "safety" / "patterns.yml"

EMERGENCY = "emergency"
CHILD_DISCLOSURE = "child_disclosure"
STOP_IT_NOW = "stop_it_now"
# A rule naming a child anywhere in the message ("a little girl", "my 2 year old"): it drops the
# matches of the rules listed under `dropped_if_a_child_is_named` ("i live alone" speaks for adults only).
# A child word inside a match of a rule listed under `names_no_child` names no child ("my daughter is 27",
# "she has no children").
CHILD_NAMED = "child_named"
# Checked in this order: the first signal that fires wins.
SIGNALS = (EMERGENCY, CHILD_DISCLOSURE, STOP_IT_NOW)

_TYPOGRAPHIC = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class SafetyResult:
    """What the safety layer found in one message."""

    signal: Optional[str]
    rules: Tuple[str, ...] = ()
    negated_danger: bool = False


@dataclass(frozen=True)
class _SignalRules:
    exact: Tuple[str, ...]
    any: Tuple[str, ...]
    together: Tuple[Tuple[str, ...], ...]
    together_in_message: Tuple[Tuple[str, ...], ...]
    unless_sentence: Tuple[str, ...]
    unless_message: Tuple[str, ...]
    not_now_markers: Tuple[str, ...] = ()
    not_now_unless: Tuple[str, ...] = ()
    not_now_blocks: Tuple[str, ...] = ()
    outlasting: Tuple[str, ...] = ()
    outlasted: Tuple[str, ...] = ()


class SafetyDetector:
    """Matches the safety rules against a message and returns the strongest signal."""

    def __init__(self, config: Dict):
        self._nlp = spacy.blank("en")
        self._nlp.add_pipe("sentencizer")
        self._matcher = Matcher(self._nlp.vocab)
        sets = {name: _words(name, words) for name, words in config.get("sets", {}).items()}
        for rule, patterns in config["rules"].items():
            self._matcher.add(rule, [compile_pattern(p, sets) for p in patterns])
        self._negation: Set[str] = set(config.get("negation", []))
        self._cancel_inside: Set[str] = set(config.get("cancel_inside", []))
        self._cancelling: Set[str] = self._negation | self._cancel_inside
        self._dropped_by_child: Set[str] = set(config.get("dropped_if_a_child_is_named", []))
        self._names_no_child: Set[str] = set(config.get("names_no_child", []))
        self._settling: Set[str] = set(config.get("demotes_ml_emergency", []))
        self._unsettling: Set[str] = set(config.get("unsettled_by_a_later_sentence", []))
        taken_back = config.get("taken_back", {})
        self._takeable: Set[str] = set(taken_back.get("rules", []))
        self._turns: Set[str] = set(taken_back.get("by", []))
        self._turn_reach: int = taken_back.get("within", 0)
        self._calm_openings: Set[str] = set(taken_back.get("not_by_a_turn_opening", []))
        corrected = config.get("corrected", {})
        self._corrections: Set[str] = set(corrected.get("by", []))
        self._correction_reach: int = corrected.get("within", 0)
        self._signals: Dict[str, _SignalRules] = {}
        for signal in SIGNALS:
            spec = config["signals"][signal]
            self._signals[signal] = _SignalRules(
                exact=tuple(_bare(phrase) for phrase in spec.get("exact", [])),
                any=tuple(spec.get("any", [])),
                together=tuple(tuple(group) for group in spec.get("together", [])),
                together_in_message=tuple(tuple(group) for group in spec.get("together_in_message", [])),
                unless_sentence=tuple(spec.get("unless_sentence", [])),
                unless_message=tuple(spec.get("unless_message", [])),
                outlasting=tuple(spec.get("outlasting", {}).get("rules", [])),
                outlasted=tuple(spec.get("outlasting", {}).get("statements", [])),
                **_not_now_fields(spec.get("not_now", {})),
            )
        # Rules that block a signal ("it's not urgent") stay live inside a negation, and a negation
        # rule that also blocks ("no kids involved") stays live to block.
        self._blockers: Set[str] = {
            rule for spec in self._signals.values() for rule in spec.unless_sentence + spec.unless_message
        }
        # A time told inside a harmless phrase still tells the time ("heard screaming from next door last week").
        self._times: Set[str] = {rule for spec in self._signals.values() for rule in spec.not_now_markers}
        self._check_rule_names(config["rules"])

    @classmethod
    def from_file(cls, path: Path = DEFAULT_PATTERNS) -> "SafetyDetector":
        """Build a detector from a patterns file."""
        with open(path, encoding="utf-8") as handle:
            return cls(yaml.safe_load(handle))

    def detect(self, text: str) -> SafetyResult:
        """Return the first signal (in SIGNALS order) whose rules fire on the text."""
        text = " ".join(text.translate(_TYPOGRAPHIC).split())
        for signal in SIGNALS:
            if _bare(text) in self._signals[signal].exact:
                return SafetyResult(signal, ("exact",))
        doc = self._nlp(_closed(text))
        matches = self._matches(doc)
        adults = [span for rule, span in matches if rule in self._names_no_child]
        children = [
            span for rule, span in matches if rule == CHILD_NAMED and not any(_inside(span, adult) for adult in adults)
        ]
        matches = [
            (rule, span)
            for rule, span in matches
            if not (rule in self._dropped_by_child and any(not _overlaps(child, span) for child in children))
        ]
        containers = [span for rule, span in matches if rule in self._cancel_inside]
        negations = [
            span
            for rule, span in matches
            if rule in self._negation and not any(_inside(span, container) for container in containers)
        ]
        live = [
            (rule, span)
            for rule, span in matches
            if (
                rule in self._blockers
                or (rule not in self._cancelling and not any(_overlaps(span, negation) for negation in negations))
            )
            and (rule in self._times or not any(_inside(span, container) for container in containers))
        ]
        live = self._drop_corrected(self._drop_taken_back(live))
        demoted = bool(negations) or any(
            rule in self._settling and not self._told_later(span, live) for rule, span in live
        )
        for signal in SIGNALS:
            fired = self._fired_rules(self._signals[signal], live, doc)
            if fired:
                return SafetyResult(signal, fired, demoted)
        return SafetyResult(None, (), demoted)

    def _matches(self, doc: Doc) -> List[Tuple[str, Span]]:
        vocab = self._nlp.vocab.strings
        return [(vocab[match_id], doc[start:end]) for match_id, start, end in self._matcher(doc)]

    def _drop_taken_back(self, live: List[Tuple[str, Span]]) -> List[Tuple[str, Span]]:
        """Drop a safe statement taken back at once by a turn ("he's not here now but he's on his way").

        A turn that opens a match of a `not_by_a_turn_opening` rule takes nothing back ("it's calm now and my
        sister is asleep").
        """
        safe_starts = [span.start for rule, span in live if rule in self._calm_openings]
        turns = [
            span
            for rule, span in live
            if rule in self._turns and not any(span.start <= start <= span.end for start in safe_starts)
        ]
        return [
            (rule, span)
            for rule, span in live
            if not (rule in self._takeable and any(self._takes_back(turn, span) for turn in turns))
        ]

    def _takes_back(self, turn: Span, safe: Span) -> bool:
        """A turn that starts inside or just after a safe statement and reaches past it: "he's not here now but
        he's ...". A turn wholly inside the statement is part of it ("police found him and he's home")."""
        return safe.start < turn.start <= safe.end + self._turn_reach and turn.end > safe.end

    def _drop_corrected(self, live: List[Tuple[str, Span]]) -> List[Tuple[str, Span]]:
        """Drop what the writer took back at once ("he's hurting the kids, sorry no that's wrong, i mean he could"):
        every match that ends within `within` tokens before a correction. What the correction goes on to say stays."""
        corrections = [span.start for rule, span in live if rule in self._corrections]
        return [
            (rule, span)
            for rule, span in live
            if not any(span.end <= start <= span.end + self._correction_reach for start in corrections)
        ]

    def _told_later(self, settled: Span, live: List[Tuple[str, Span]]) -> bool:
        """Whether a later sentence tells of a time of now ("i took her phone off her. ... he's told her to meet
        him at 7 tonight"): the settled statement is then past news and demotes nothing."""
        sentence_end = settled.doc[settled.start].sent.end
        return any(rule in self._unsettling and span.start >= sentence_end for rule, span in live)

    def _fired_rules(self, rules: _SignalRules, live: List[Tuple[str, Span]], doc: Doc) -> Tuple[str, ...]:
        blocking = [(rule, span) for rule, span in live if rule in rules.unless_message]
        if any(rule not in self._takeable for rule, _ in blocking):
            return ()
        # A safe-for-now statement covers its own sentence and the ones before it, not what is told after
        # it ("it's quiet now. he's hitting her again"); the `outlasting` rules count beside an `outlasted`
        # statement ("shes floppy and not waking up properly, hes gone now").
        covered_until = max((doc[span.start].sent.end for _, span in blocking), default=0)
        fully_covered_until = max(
            (doc[span.start].sent.end for rule, span in blocking if rule not in rules.outlasted), default=0
        )
        fired: List[str] = []
        in_message: Set[str] = set()
        for sentence in doc.sents:
            if sentence.start < fully_covered_until:
                continue
            present = {rule for rule, span in live if sentence.start <= span.start and span.end <= sentence.end}
            if present.intersection(rules.unless_sentence):
                continue
            if present.intersection(rules.not_now_markers) and not present.intersection(rules.not_now_unless):
                present -= set(rules.not_now_blocks)
            if sentence.start < covered_until:
                present &= set(rules.outlasting)
            fired.extend(rule for rule in rules.any if rule in present)
            fired.extend("+".join(group) for group in rules.together if present.issuperset(group))
            in_message |= present
        fired.extend("+".join(group) for group in rules.together_in_message if in_message.issuperset(group))
        return tuple(dict.fromkeys(fired))

    def _check_rule_names(self, rules: Dict) -> None:
        named = self._cancelling | self._settling | self._unsettling | self._dropped_by_child | self._names_no_child
        named |= self._takeable | self._turns | self._calm_openings | self._corrections
        named |= {CHILD_NAMED} if self._dropped_by_child else set()
        for spec in self._signals.values():
            named.update(*spec.together, *spec.together_in_message, spec.any, spec.unless_sentence, spec.unless_message)
            named.update(spec.not_now_markers, spec.not_now_unless, spec.not_now_blocks)
            named.update(spec.outlasting, spec.outlasted)
        unknown = sorted(named - set(rules))
        if unknown:
            raise PatternError(f"signals name rules that are not defined: {unknown}")


def _not_now_fields(not_now: Dict) -> Dict:
    """A signal's `not_now` option: its marker rules (a time in the past or well ahead), the rules that
    cancel them, the rules they block."""
    return {
        "not_now_markers": tuple(not_now.get("markers", [])),
        "not_now_unless": tuple(not_now.get("unless", [])),
        "not_now_blocks": tuple(not_now.get("blocks", [])),
    }


def _closed(text: str) -> str:
    """The text with a full stop added when it ends without one (or "!" or "?"), so a pattern that names the end
    of a sentence (`,|.`, or `!with|and`, which needs a next token) also matches at the end of the message:
    "they didnt go and he left" reads as "... and he left."."""
    return text if not text or text[-1] in ".!?" else text + "."


def _bare(text: str) -> str:
    """Lower case, letters, digits and single spaces only: how `exact` phrases are compared."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _words(name: str, words: List) -> List[str]:
    """A set's words; YAML turns a bare `no` or `on` into a boolean, so insist on strings."""
    bad = [word for word in words if not isinstance(word, str)]
    if bad:
        raise PatternError(f"set @{name} has non-text entries {bad}: quote them in the YAML file")
    return [word.lower() for word in words]


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(a: Span, b: Span) -> bool:
    return b.start <= a.start and a.end <= b.end


@lru_cache(maxsize=1)
def default_detector() -> SafetyDetector:
    """The detector built from the project's own patterns file (built once per process)."""
    return SafetyDetector.from_file()
