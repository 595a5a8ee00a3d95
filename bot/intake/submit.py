"""Turn a finished intake into a police request in the store; reach the store lazily so an outage is survivable."""
import hashlib
from typing import Any, Dict, Optional

from bot.intake.forms import KIND_OF_FORM, record_fields
from bot.store.requests import Intake, RequestStore, open_store


def intake_key(sender_id: str, intake_id: str) -> str:
    """The same for every submit of one intake, so a retry never makes a second record."""
    return hashlib.sha256(f"{sender_id}:{intake_id}".encode()).hexdigest()


def build_intake(form: str, values: Dict[str, Any], sender_id: str, channel: Optional[str]) -> Intake:
    kind = KIND_OF_FORM[form]
    return Intake(
        key=intake_key(sender_id, values["intake_id"]), kind=kind,
        triage=values.get("triage") or ("routine_check" if kind == "application" else "concern"),
        channel=channel or "unknown", fields=record_fields(form, values),
    )


class StoreProvider:
    """Opens the store on first use and tries again on the next use if the database was down."""

    def __init__(self) -> None:
        self._store: Optional[RequestStore] = None

    def get(self) -> RequestStore:
        if self._store is None:
            self._store = open_store(create_key=True)
        return self._store

    def submit(self, intake: Intake) -> str:
        return self.get().submit(intake)
