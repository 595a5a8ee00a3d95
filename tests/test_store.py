"""The request store on SQLite always, and on PostgreSQL when TEST_DATABASE_URL is set."""
import os
from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from alembic.config import Config
from cryptography.fernet import Fernet
from sqlalchemy import text

from bot.store.crypto import Cipher
from bot.store.db import MIGRATIONS, make_engine, migrate
from bot.store.requests import Intake, RequestNotFound, RequestStore, StoreUnavailable

DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.now = NOW

    def __call__(self):
        return self.now


@pytest.fixture(params=DATABASES)
def engine(request, tmp_path):
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'requests.db'}")
        migrate(engine)
        yield engine
        return
    engine = make_engine(os.environ["TEST_DATABASE_URL"])
    migrate(engine)
    yield engine
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


@pytest.fixture()
def clock():
    return Clock()


@pytest.fixture()
def store(engine, clock):
    return RequestStore(engine, Cipher([Fernet.generate_key()]), retention_days=30, clock=clock)


def intake(key="conversation-1/intake-1", name="Jane Smith"):
    return Intake(key=key, kind="application", triage="routine_check", channel="rest",
                  fields={"applicant": {"name": name}, "children": [{"first_name": "Amy", "age": 4}]})


def test_submit_gives_a_reference_and_the_record_reads_back(store):
    reference = store.submit(intake())
    record = store.show(reference, actor="pc-123", reason="triage of new requests")
    assert record["reference"] == reference and record["status"] == "new"
    assert record["fields"]["applicant"]["name"] == "Jane Smith"
    assert record["review_date"] == (NOW + timedelta(days=30)).date()


def test_the_same_intake_twice_is_one_record(store):
    first = store.submit(intake())
    assert store.submit(intake()) == first
    assert [row["reference"] for row in store.list_new()] == [first]


def test_personal_fields_are_encrypted_at_rest(store, engine):
    store.submit(intake(name="Zebediah Quartermaine"))
    with engine.connect() as connection:
        raw = connection.execute(text("SELECT fields FROM police_requests")).scalar()
    assert b"Zebediah" not in bytes(raw)


def test_sqlite_file_never_holds_the_plaintext_name(tmp_path, clock):
    path = tmp_path / "plain.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    RequestStore(engine, Cipher([Fernet.generate_key()]), clock=clock).submit(intake(name="Zebediah Quartermaine"))
    engine.dispose()
    assert b"Zebediah" not in path.read_bytes()


def test_lookup_forgives_how_a_reference_is_typed(store):
    reference = store.submit(intake())
    typed = reference.lower().replace("-", " ")
    assert store.show(typed, actor="pc-123", reason="caller quoted it")["reference"] == reference
    with pytest.raises(RequestNotFound):
        store.show("SL-0000-0000-0", actor="pc-123", reason="typo")


def test_every_access_is_audited(store):
    reference = store.submit(intake())
    store.show(reference, actor="pc-123", reason="first review")
    store.set_status(reference, "in_progress", actor="pc-123", reason="called applicant")
    store.export(NOW.date(), NOW.date(), actor="sgt-9", reason="weekly return")
    trail = store.audit_trail(reference)
    assert [event["action"] for event in trail] == ["created", "viewed", "status_changed", "exported"]
    assert trail[1]["actor"] == "pc-123" and trail[1]["reason"] == "first review"
    assert "new -> in_progress" in trail[2]["reason"]


def test_the_audit_log_cannot_be_changed(store, engine):
    store.submit(intake())
    with pytest.raises(Exception, match="append-only"):
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM audit_events"))


def test_export_covers_the_date_range(store, clock):
    early = store.submit(intake(key="a"))
    clock.now = NOW + timedelta(days=3)
    late = store.submit(intake(key="b"))
    exported = store.export(NOW.date(), NOW.date() + timedelta(days=1), actor="sgt-9", reason="audit")
    assert [row["reference"] for row in exported] == [early]
    assert late not in [row["reference"] for row in exported]


def test_purge_erases_content_past_review_and_logs_no_content(store, clock):
    old = store.submit(intake(key="old", name="Old Name"))
    clock.now = NOW + timedelta(days=20)
    recent = store.submit(intake(key="recent"))
    clock.now = NOW + timedelta(days=31)
    assert store.purge(actor="records-officer") == [old]
    erased = store.show(old, actor="records-officer", reason="check purge")
    assert erased["fields"] is None and erased["erased_at"] is not None
    assert store.show(recent, actor="records-officer", reason="check purge")["fields"] is not None
    trail = store.audit_trail(old)
    assert trail[-2]["action"] == "erased"
    assert all("Old Name" not in (event["reason"] or "") for event in trail)


def test_key_rotation_keeps_records_readable(engine, clock):
    old_key, new_key = Fernet.generate_key(), Fernet.generate_key()
    reference = RequestStore(engine, Cipher([old_key]), clock=clock).submit(intake())
    both = RequestStore(engine, Cipher([new_key, old_key]), clock=clock)
    assert both.rotate_keys() == 1
    only_new = RequestStore(engine, Cipher([new_key]), clock=clock)
    assert only_new.show(reference, actor="pc-1", reason="after rotation")["fields"]["applicant"]["name"] == "Jane Smith"


def test_an_unreachable_database_is_reported_not_hidden(tmp_path):
    engine = make_engine("postgresql://nobody@127.0.0.1:9/none")
    store = RequestStore(engine, Cipher([Fernet.generate_key()]))
    with pytest.raises(StoreUnavailable):
        store.submit(intake())
