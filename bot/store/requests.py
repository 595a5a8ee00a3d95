"""Create, read, export, update and purge police requests. Every access is audited."""
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Dict, List, Optional

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from bot.store.crypto import Cipher, load_keys
from bot.store.db import database_url, make_engine, migrate
from bot.store.models import KINDS, STATUSES, AuditEvent, PoliceRequest
from bot.store.reference import new_reference, normalise

# The police review each request for deletion a year after it was made (configurable).
DEFAULT_RETENTION_DAYS = 365
ASSISTANT = "assistant"


class StoreUnavailable(RuntimeError):
    """The database cannot be reached or is locked; nothing was written."""


class RequestNotFound(LookupError):
    """No request has that reference."""


@dataclass(frozen=True)
class Intake:
    """A finished intake. `key` is the same for every submit of the same intake (idempotency)."""

    key: str
    kind: str
    triage: str
    channel: str
    fields: Dict[str, Any]


def open_store(create_key: bool = False) -> "RequestStore":
    """The store named by DATABASE_URL, migrated, with keys from configuration; `create_key`
    writes a key file on first use (the assistant), the staff tool never does."""
    try:
        engine = make_engine(database_url())
        migrate(engine)
    except OperationalError as error:
        raise StoreUnavailable("The database is not available just now.") from error
    return RequestStore(engine, Cipher(load_keys(create=create_key)))


def _now() -> datetime:
    return datetime.now(timezone.utc)


class RequestStore:
    """Police requests in a SQL database, personal fields encrypted with `cipher`."""

    def __init__(self, engine: Engine, cipher: Cipher, retention_days: int = DEFAULT_RETENTION_DAYS,
                 clock: Callable[[], datetime] = _now):
        self._engine = engine
        self._cipher = cipher
        self._retention = timedelta(days=retention_days)
        self._clock = clock

    def submit(self, intake: Intake) -> str:
        """Store the intake and return its reference; the same intake always gets the same one."""
        if intake.kind not in KINDS:
            raise ValueError(f"unknown kind {intake.kind!r}")
        existing = self._reference_for(intake.key)
        if existing:
            return existing
        now = self._clock()
        try:
            with self._session() as session, session.begin():
                request = PoliceRequest(
                    id=str(uuid.uuid4()), reference=self._unused_reference(session), intake_key=intake.key,
                    kind=intake.kind, triage=intake.triage, channel=intake.channel, status="new",
                    created_at=now, review_date=(now + self._retention).date(),
                    fields=self._cipher.encrypt(json.dumps(intake.fields, default=str, sort_keys=True)),
                )
                session.add(request)
                session.flush()
                session.add(AuditEvent(request_id=request.id, action="created", actor=ASSISTANT, at=now))
                return request.reference
        except IntegrityError:
            # The same intake was submitted at the same moment by another process.
            return self._reference_for(intake.key) or self.submit(intake)

    def list_new(self) -> List[Dict[str, Any]]:
        """New requests, without personal data (so not audited as a view)."""
        with self._session() as session:
            rows = session.execute(
                select(PoliceRequest).where(PoliceRequest.status == "new").order_by(PoliceRequest.created_at)
            ).scalars()
            return [_summary(row) for row in rows]

    def show(self, reference: str, actor: str, reason: str) -> Dict[str, Any]:
        """One request with its fields decrypted; audited as `viewed`."""
        with self._session() as session, session.begin():
            request = self._find(session, reference)
            self._audit(session, request, "viewed", actor, reason)
            return self._full(request)

    def export(self, start: date, end: date, actor: str, reason: str) -> List[Dict[str, Any]]:
        """Requests created from `start` to `end` inclusive, decrypted; each audited as `exported`."""
        with self._session() as session, session.begin():
            rows = session.execute(
                select(PoliceRequest)
                .where(PoliceRequest.created_at >= _midnight(start), PoliceRequest.created_at < _midnight(end + timedelta(days=1)))
                .order_by(PoliceRequest.created_at)
            ).scalars().all()
            for request in rows:
                self._audit(session, request, "exported", actor, reason)
            return [self._full(request) for request in rows]

    def set_status(self, reference: str, status: str, actor: str, reason: str) -> None:
        """Change the status (new, in_progress, closed); audited."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        with self._session() as session, session.begin():
            request = self._find(session, reference)
            self._audit(session, request, "status_changed", actor, f"{request.status} -> {status}: {reason}")
            request.status = status

    def purge(self, actor: str) -> List[str]:
        """Erase the personal fields of every request past its review date; audited, no content logged."""
        today = self._clock().date()
        with self._session() as session, session.begin():
            rows = session.execute(
                select(PoliceRequest).where(PoliceRequest.review_date < today, PoliceRequest.erased_at.is_(None))
            ).scalars().all()
            for request in rows:
                request.fields = None
                request.erased_at = self._clock()
                self._audit(session, request, "erased", actor, "past its review date")
            return [request.reference for request in rows]

    def audit_trail(self, reference: str) -> List[Dict[str, Any]]:
        """The audit events of one request, oldest first."""
        with self._session() as session:
            request = self._find(session, reference)
            rows = session.execute(
                select(AuditEvent).where(AuditEvent.request_id == request.id).order_by(AuditEvent.id)
            ).scalars()
            return [{"action": e.action, "actor": e.actor, "reason": e.reason, "at": e.at} for e in rows]

    def rotate_keys(self) -> int:
        """Re-encrypt every stored field with the newest key; returns how many were rewritten."""
        with self._session() as session, session.begin():
            rows = session.execute(select(PoliceRequest).where(PoliceRequest.fields.is_not(None))).scalars().all()
            for request in rows:
                request.fields = self._cipher.rotate(request.fields)
            return len(rows)

    # helpers
    def _session(self) -> Session:
        return _GuardedSession(self._engine)

    def _reference_for(self, key: str) -> Optional[str]:
        with self._session() as session:
            return session.execute(select(PoliceRequest.reference).where(PoliceRequest.intake_key == key)).scalar()

    @staticmethod
    def _unused_reference(session: Session) -> str:
        while True:
            reference = new_reference()
            if session.execute(select(PoliceRequest.id).where(PoliceRequest.reference == reference)).first() is None:
                return reference

    @staticmethod
    def _find(session: Session, reference: str) -> PoliceRequest:
        canonical = normalise(reference)
        request = session.execute(select(PoliceRequest).where(PoliceRequest.reference == canonical)).scalar() if canonical else None
        if request is None:
            raise RequestNotFound(f"No request has the reference {reference!r}. Check it and try again.")
        return request

    def _audit(self, session: Session, request: PoliceRequest, action: str, actor: str, reason: Optional[str]) -> None:
        session.add(AuditEvent(request_id=request.id, action=action, actor=actor, reason=reason, at=self._clock()))

    def _full(self, request: PoliceRequest) -> Dict[str, Any]:
        fields = json.loads(self._cipher.decrypt(request.fields)) if request.fields is not None else None
        return {**_summary(request), "fields": fields, "erased_at": request.erased_at}


class _GuardedSession(Session):
    """A Session whose database outages surface as StoreUnavailable."""

    def __init__(self, engine: Engine):
        super().__init__(engine, future=True)

    def __exit__(self, kind, error, traceback):
        super().__exit__(kind, error, traceback)
        if isinstance(error, OperationalError):
            raise StoreUnavailable("The database is not available just now.") from error
        return False


def _summary(request: PoliceRequest) -> Dict[str, Any]:
    return {
        "reference": request.reference, "kind": request.kind, "triage": request.triage,
        "channel": request.channel, "status": request.status,
        "created_at": request.created_at, "review_date": request.review_date,
    }


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
