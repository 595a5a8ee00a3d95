"""Held-out NLU sets through Rasa's own evaluation (what `rasa test nlu` runs), loading the model once.

`rasa test nlu` loads the model for every set it is given; with many sets that load is most of the
time. This calls the same `rasa.nlu.test.run_evaluation` on each set with one loaded agent, writes the
same intent_report.json and intent_errors.json under `out/<set>/`, and prints the figures. A missed
emergency fails the run: every emergency in every set must be routed to 999.
"""
import asyncio
import logging
from pathlib import Path
from typing import List

from bot import nlu_report


async def _evaluate(model: Path, sets: List[Path], out: Path) -> list:
    from rasa.core.agent import Agent
    from rasa.nlu.test import run_evaluation

    agent = Agent.load(model_path=str(model))
    results = []
    for path in sets:
        folder = out / path.stem
        await run_evaluation(str(path), agent.processor, output_directory=str(folder), errors=True, disable_plotting=True)
        results.append(nlu_report.read_results(folder))
        print(f"\n## {path} ({nlu_report.totals(results[-1:])['messages']} messages)\n")
        nlu_report.print_report(*results[-1])
    return results


def quiet_rasa_logging() -> None:
    """As `rasa test nlu --quiet`: no per-message debug lines (they would print every test message)."""
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)


def main(model: Path, sets: List[Path], out: Path) -> int:
    """Evaluate each set, print its tables and the totals; fail if any emergency was missed."""
    quiet_rasa_logging()
    results = asyncio.run(_evaluate(model, sets, out))
    print(f"\n## All {len(sets)} sets\n")
    nlu_report.print_totals(nlu_report.totals(results))
    missed = [text for _, errors in results for text in nlu_report.missed_emergencies(errors)]
    for text in missed:
        print(f"MISSED EMERGENCY: {text}")
    return 1 if missed else 0
