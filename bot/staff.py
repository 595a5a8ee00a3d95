"""Staff tool for police request records: `python -m bot staff COMMAND` (see --help).

Showing, exporting and changing a record asks for a reason, which goes into the audit log
with the member of staff's name (--as, or the login name).
"""
import argparse
import csv
import getpass
import json
import sys
from datetime import date
from pathlib import Path
from typing import List, Optional

from sqlalchemy.exc import OperationalError

from bot.store.crypto import EncryptionKeyError
from bot.store.models import STATUSES
from bot.store.requests import RequestNotFound, RequestStore, StoreUnavailable, open_store


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot staff", description=__doc__)
    parser.add_argument("--as", dest="actor", default=None, help="your name or collar number (default: login name)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="new requests (no personal data)")
    show = commands.add_parser("show", help="one request, decrypted (audited)")
    show.add_argument("reference")
    show.add_argument("--reason", required=True)
    export = commands.add_parser("export", help="requests made in a date range, as JSON and CSV (audited)")
    export.add_argument("--from", dest="start", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    export.add_argument("--to", dest="end", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    export.add_argument("--out", type=Path, required=True, help="file name without extension")
    export.add_argument("--reason", required=True)
    status = commands.add_parser("status", help="change a request's status (audited)")
    status.add_argument("reference")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--reason", required=True)
    commands.add_parser("purge", help="erase requests past their review date (audited)")
    commands.add_parser("rotate-keys", help="re-encrypt every record with the newest key")
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    actor = args.actor or getpass.getuser()
    try:
        store = open_store()
        return _run(store, args, actor)
    except RequestNotFound as error:
        print(error, file=sys.stderr)
    except EncryptionKeyError as error:
        print(f"{error} The records cannot be read without the key.", file=sys.stderr)
    except (StoreUnavailable, OperationalError):
        print("The database is not available or is locked. Try again in a moment.", file=sys.stderr)
    return 1


def _run(store: RequestStore, args: argparse.Namespace, actor: str) -> int:
    if args.command == "list":
        for row in store.list_new():
            print(f"{row['reference']}  {row['kind']:<11} {row['triage']:<16} {row['created_at']:%Y-%m-%d %H:%M}  {row['channel']}")
    elif args.command == "show":
        print(json.dumps(store.show(args.reference, actor, args.reason), default=str, indent=2))
    elif args.command == "export":
        rows = store.export(args.start, args.end, actor, args.reason)
        _write_exports(rows, args.out)
        print(f"{len(rows)} requests written to {args.out}.json and {args.out}.csv")
    elif args.command == "status":
        store.set_status(args.reference, args.status, actor, args.reason)
        print(f"{args.reference}: {args.status}")
    elif args.command == "purge":
        erased = store.purge(actor)
        print(f"{len(erased)} requests erased" + (f": {', '.join(erased)}" if erased else ""))
    elif args.command == "rotate-keys":
        print(f"{store.rotate_keys()} records re-encrypted with the newest key")
    return 0


def _write_exports(rows: List[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    Path(f"{out}.json").write_text(json.dumps(rows, default=str, indent=2), encoding="utf-8")
    with open(f"{out}.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["reference", "kind", "triage", "channel", "status", "created_at", "review_date", "fields"])
        for row in rows:
            writer.writerow([row["reference"], row["kind"], row["triage"], row["channel"], row["status"],
                             row["created_at"], row["review_date"], json.dumps(row["fields"], default=str)])
