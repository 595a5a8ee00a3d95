"""Every labelled message in the project: training data, held-out sets and safety phrasings."""
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import yaml

from bot import PROJECT_ROOT
from bot.safety_report import load_phrasings


def nlu_examples(path: Path) -> Iterator[Tuple[str, str]]:
    """(intent, text) pairs from a Rasa NLU YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for block in data["nlu"]:
        for line in block["examples"].splitlines():
            text = line.strip()[2:].strip()
            if text:
                yield block["intent"], text


def training_files(root: Path = PROJECT_ROOT) -> List[Path]:
    """The Rasa NLU training data files."""
    return sorted((root / "data" / "nlu").glob("*.yml"))


def held_out_files(root: Path = PROJECT_ROOT) -> List[Path]:
    """The held-out NLU sets, never trained on."""
    return sorted((root / "tests" / "nlu").glob("*.yml"))


def labelled_messages(root: Path = PROJECT_ROOT) -> Dict[str, Tuple[str, str]]:
    """{text: (label, source file stem)}: NLU intents, and the safety phrasings' labels ("none" for hard
    negatives). A text found twice keeps its first label (training data, then held-out sets, then phrasings)."""
    messages: Dict[str, Tuple[str, str]] = {}
    for path in training_files(root) + held_out_files(root):
        for intent, text in nlu_examples(path):
            messages.setdefault(text, (intent, path.stem))
    for path in sorted((root / "tests" / "safety").glob("*.yml")):
        for label, texts in load_phrasings(path).items():
            for text in texts:
                messages.setdefault(text, (label, f"safety/{path.stem}"))
    return messages
