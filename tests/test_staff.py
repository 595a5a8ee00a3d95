"""The staff tool, end to end on a SQLite file."""
import csv
import json

import pytest
from cryptography.fernet import Fernet

from bot import staff
from bot.store.crypto import Cipher
from bot.store.db import make_engine, migrate
from bot.store.requests import Intake, RequestStore


@pytest.fixture()
def configured(tmp_path, monkeypatch):
    key = Fernet.generate_key()
    url = f"sqlite:///{tmp_path / 'requests.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("INTAKE_KEYS", key.decode())
    engine = make_engine(url)
    migrate(engine)
    store = RequestStore(engine, Cipher([key]))
    reference = store.submit(Intake("k1", "concern", "concern", "rest", {"worry": "bruises", "child": {"first_name": "Amy"}}))
    return store, reference


def run(capsys, *argv):
    code = staff.main(["--as", "pc-123", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_show_status_and_audit(configured, capsys):
    store, reference = configured
    code, out, _ = run(capsys, "list")
    assert code == 0 and reference in out and "Amy" not in out
    code, out, _ = run(capsys, "show", reference, "--reason", "initial checks")
    assert code == 0 and json.loads(out)["fields"]["worry"] == "bruises"
    assert run(capsys, "status", reference, "in_progress", "--reason", "assigned")[0] == 0
    assert [e["action"] for e in store.audit_trail(reference)] == ["created", "viewed", "status_changed"]
    assert store.audit_trail(reference)[1]["actor"] == "pc-123"


def test_show_needs_a_reason(configured, capsys):
    _, reference = configured
    with pytest.raises(SystemExit):
        staff.main(["show", reference])


def test_export_writes_json_and_csv(configured, capsys, tmp_path):
    _, reference = configured
    code, out, _ = run(capsys, "export", "--from", "2000-01-01", "--to", "2100-01-01", "--out", str(tmp_path / "out" / "week"), "--reason", "return")
    assert code == 0 and "1 requests" in out
    assert json.loads((tmp_path / "out" / "week.json").read_text())[0]["reference"] == reference
    rows = list(csv.DictReader((tmp_path / "out" / "week.csv").open()))
    assert rows[0]["reference"] == reference and "bruises" in rows[0]["fields"]


def test_clear_errors(configured, capsys, monkeypatch, tmp_path):
    code, _, err = run(capsys, "show", "SL-0000-0000-0", "--reason", "typo")
    assert code == 1 and "No request has the reference" in err
    monkeypatch.delenv("INTAKE_KEYS")
    monkeypatch.setenv("INTAKE_KEY_FILE", str(tmp_path / "missing.key"))
    code, _, err = run(capsys, "list")
    assert code == 1 and "No encryption key" in err
    monkeypatch.setenv("INTAKE_KEYS", Fernet.generate_key().decode())
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none")
    code, _, err = run(capsys, "list")
    assert code == 1 and "not available" in err
