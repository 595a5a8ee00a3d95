"""From a finished intake to a police request: the idempotency key, and reaching the store."""
import pytest
from cryptography.fernet import Fernet

from bot.intake.submit import StoreProvider, build_intake, intake_key
from bot.store.requests import StoreUnavailable
from tests.rasa_helpers import free_port
from tests.test_intake_turns import ALL_ANSWERS


def test_the_same_intake_always_has_the_same_key():
    assert intake_key("person-1", "i1") == intake_key("person-1", "i1") != intake_key("person-2", "i1")


def test_build_intake_keeps_answers_and_route():
    intake = build_intake("concern_form", {"concern_details": "x", "intake_id": "i1"}, "person-1", "socketio")
    assert intake.kind == "concern" and intake.triage == "concern" and intake.channel == "socketio"
    assert intake.fields["concern_details"] == "x" and "intake_id" not in intake.fields


def test_an_unreachable_database_is_store_unavailable_then_recovers(monkeypatch, tmp_path):
    monkeypatch.setenv("INTAKE_KEYS", Fernet.generate_key().decode())
    monkeypatch.setenv("DATABASE_URL", f"postgresql://postgres@127.0.0.1:{free_port()}/test")
    provider = StoreProvider()
    intake = build_intake("application_form", {**ALL_ANSWERS, "intake_id": "i1"}, "person-1", "rest")
    with pytest.raises(StoreUnavailable):
        provider.submit(intake)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'requests.db'}")
    reference = provider.submit(intake)
    assert provider.submit(intake) == reference
