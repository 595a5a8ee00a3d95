"""Field encryption: authenticated, key from config or a 0600 key file, rotation."""
import stat

import pytest
from cryptography.fernet import Fernet

from bot.store.crypto import Cipher, EncryptionKeyError, load_keys


def test_round_trip_and_tampering_is_detected():
    cipher = Cipher([Fernet.generate_key()])
    token = cipher.encrypt("Jane Smith")
    assert b"Jane" not in token
    assert cipher.decrypt(token) == "Jane Smith"
    with pytest.raises(EncryptionKeyError):
        cipher.decrypt(token[:-4] + b"AAAA")


def test_a_key_file_is_created_with_0600(tmp_path):
    path = tmp_path / "keys" / "intake.key"
    keys = load_keys(env={}, key_file=path)
    assert len(keys) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_keys(env={}, key_file=path) == keys


def test_keys_from_configuration_and_rotation():
    old, new = Fernet.generate_key(), Fernet.generate_key()
    token = Cipher([old]).encrypt("secret")
    both = Cipher(load_keys(env={"INTAKE_KEYS": f"{new.decode()},{old.decode()}"}))
    assert both.decrypt(token) == "secret"
    rotated = both.rotate(token)
    assert Cipher([new]).decrypt(rotated) == "secret"


def test_missing_or_bad_keys_are_clear_errors(tmp_path):
    with pytest.raises(EncryptionKeyError, match="No encryption key"):
        load_keys(env={}, key_file=tmp_path / "none.key", create=False)
    with pytest.raises(EncryptionKeyError, match="not a valid Fernet key"):
        load_keys(env={"INTAKE_KEYS": "not-a-key"})
