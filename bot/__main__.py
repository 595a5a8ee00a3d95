"""Command line: `python -m bot safety-report [FILE]`, `rules-check`, `hours`, `nlu-test SET...`, `benchmark`,
`staff ...`."""
import argparse
import sys
from pathlib import Path


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["staff"]:
        from bot import staff

        return staff.main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("safety-report", help="recall and false alarms of the safety layer")
    report.add_argument("file", nargs="?", type=Path, help="phrasings YAML (default: tests/safety/phrasings.yml)")
    report.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    check = commands.add_parser("rules-check", help="the safety rules on every labelled message")
    check.add_argument("--before", type=Path, help="the patterns file before a change: list what it did")
    commands.add_parser("hours", help="which helplines are open now")
    commands.add_parser("staff", help="police staff tool for request records (python -m bot staff --help)")
    nlu = commands.add_parser("nlu-test", help="Rasa's NLU evaluation on held-out sets, model loaded once")
    nlu.add_argument("sets", nargs="+", type=Path, help="NLU YAML files (tests/nlu/*.yml)")
    nlu.add_argument("--model", type=Path, default=Path("models/current.tar.gz"))
    nlu.add_argument("--out", type=Path, default=Path("results/nlu"), help="one folder per set is written here")
    bench = commands.add_parser("benchmark", help="speed and memory figures of the trained assistant")
    bench.add_argument("--model", type=Path, default=Path("models/current.tar.gz"))
    args = parser.parse_args(argv)
    if args.command == "safety-report":
        from bot import safety_report

        return safety_report.main(args.file or safety_report.DEFAULT_PHRASINGS, not args.quiet)
    if args.command == "rules-check":
        from bot import rules_check

        return rules_check.main(args.before)
    if args.command == "nlu-test":
        from bot import nlu_test

        return nlu_test.main(args.model, args.sets, args.out)
    if args.command == "benchmark":
        from bot import benchmark

        return benchmark.main(args.model)
    from bot import helplines

    for line in helplines.status_lines(helplines.load_directory()):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
