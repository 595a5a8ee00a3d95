"""Tables: police requests (personal fields encrypted) and the append-only audit log."""
from sqlalchemy import Column, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()

KINDS = ("application", "concern")
STATUSES = ("new", "in_progress", "closed")
AUDIT_ACTIONS = ("created", "viewed", "exported", "status_changed", "erased")


class PoliceRequest(Base):
    """One request for the police. Only `fields` holds personal data, and it is encrypted."""

    __tablename__ = "police_requests"

    id = Column(String(36), primary_key=True)
    reference = Column(String(16), nullable=False, unique=True)
    intake_key = Column(String(64), nullable=False, unique=True)
    kind = Column(String(16), nullable=False)
    triage = Column(String(20), nullable=False)
    channel = Column(String(32), nullable=False)
    status = Column(String(16), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)
    review_date = Column(Date, nullable=False)
    fields = Column(LargeBinary, nullable=True)
    erased_at = Column(DateTime(timezone=True), nullable=True)


class AuditEvent(Base):
    """Who did what to which request, when and why. Rows are never changed or deleted."""

    __tablename__ = "audit_events"

    id = Column(Integer, primary_key=True, autoincrement=True)
    request_id = Column(String(36), ForeignKey("police_requests.id"), nullable=True)
    action = Column(String(16), nullable=False)
    actor = Column(String(64), nullable=False)
    reason = Column(Text, nullable=True)
    at = Column(DateTime(timezone=True), nullable=False)
