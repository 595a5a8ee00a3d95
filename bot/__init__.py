"""Safeguarding assistant library: triage, safety rules, helplines; usable without Rasa."""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
