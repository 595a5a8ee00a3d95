"""Field encryption at rest with Fernet (AES-128-CBC with HMAC-SHA256: authenticated).

Keys come from INTAKE_KEYS (comma-separated Fernet keys, newest first) or, when that is not set,
from a key file (default var/keys/intake.key) that is created with 0600 permissions on first use.
Rotation: put a new key first in INTAKE_KEYS (or the key file, one key a line), keep the old
ones after it, re-encrypt stored fields with `Cipher.rotate`, then drop the old keys.
"""
import os
from pathlib import Path
from typing import List, Optional

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot import PROJECT_ROOT

DEFAULT_KEY_FILE = PROJECT_ROOT / "var" / "keys" / "intake.key"


class EncryptionKeyError(RuntimeError):
    """No usable key: the data cannot be read or written."""


def load_keys(env: Optional[dict] = None, key_file: Optional[Path] = None, create: bool = True) -> List[bytes]:
    """The keys to use, newest first."""
    env = os.environ if env is None else env
    if env.get("INTAKE_KEYS"):
        keys = [key.strip().encode() for key in env["INTAKE_KEYS"].split(",") if key.strip()]
    else:
        path = Path(env.get("INTAKE_KEY_FILE") or key_file or DEFAULT_KEY_FILE)
        if not path.exists():
            if not create:
                raise EncryptionKeyError(f"No encryption key: set INTAKE_KEYS or create {path}.")
            _create_key_file(path)
        keys = [line.strip().encode() for line in path.read_text().splitlines() if line.strip()]
    if not keys:
        raise EncryptionKeyError("The encryption key setting is empty.")
    for key in keys:
        try:
            Fernet(key)
        except ValueError as error:
            raise EncryptionKeyError("An encryption key is not a valid Fernet key.") from error
    return keys


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(Fernet.generate_key() + b"\n")


class Cipher:
    """Encrypts with the newest key; decrypts with any of them."""

    def __init__(self, keys: List[bytes]):
        self._fernet = MultiFernet([Fernet(key) for key in keys])

    def encrypt(self, plaintext: str) -> bytes:
        return self._fernet.encrypt(plaintext.encode("utf-8"))

    def decrypt(self, token: bytes) -> str:
        try:
            return self._fernet.decrypt(token).decode("utf-8")
        except InvalidToken as error:
            raise EncryptionKeyError("This record cannot be decrypted with the configured keys.") from error

    def rotate(self, token: bytes) -> bytes:
        """The same plaintext, re-encrypted with the newest key."""
        return self._fernet.rotate(token)
