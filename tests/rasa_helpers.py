"""Helpers for tests that talk to the trained model through a real action server."""
import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from typing import Dict, Iterator, Optional

import pytest
from cryptography.fernet import Fernet

from bot import PROJECT_ROOT

MODEL = PROJECT_ROOT / "models" / "current.tar.gz"
EMERGENCY_OPENING = "Call 999 now"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_action_server(env: Optional[Dict[str, str]] = None) -> Iterator[str]:
    """Start `rasa run actions` on a free port (with extra environment) and yield its webhook URL."""
    port = free_port()
    rasa = os.path.join(os.path.dirname(sys.executable), "rasa")
    process = subprocess.Popen(
        [rasa, "run", "actions", "--actions", "actions", "--port", str(port), "--quiet"],
        cwd=PROJECT_ROOT, env={**os.environ, "SANIC_HOST": "127.0.0.1", **(env or {})},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{url}/health", "the action server did not start")
        yield f"{url}/webhook"
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def running_assistant(folder) -> Iterator[str]:
    """The action server and the Rasa server with every channel in credentials.yml, on free
    ports, with a SQLite store in `folder`; yields the Rasa server's base URL."""
    env = {"DATABASE_URL": f"sqlite:///{folder / 'requests.db'}", "INTAKE_KEYS": Fernet.generate_key().decode()}
    with running_action_server(env) as actions:
        endpoints = folder / "endpoints.yml"
        endpoints.write_text(f"action_endpoint:\n  url: \"{actions}\"\n", encoding="utf-8")
        port = free_port()
        rasa = os.path.join(os.path.dirname(sys.executable), "rasa")
        process = subprocess.Popen(
            [rasa, "run", "--model", str(MODEL), "--endpoints", str(endpoints), "--credentials", "credentials.yml",
             "--interface", "127.0.0.1", "--port", str(port), "--quiet"],
            cwd=PROJECT_ROOT, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_for(f"{url}/webhooks/web", "the Rasa server did not start", tries=240)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=20)


def _wait_for(url: str, failure: str, tries: int = 120) -> None:
    for _ in range(tries):
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.5)
    pytest.fail(failure)


class Conversation:
    """One person talking to the agent; `say` returns the bot's texts."""

    def __init__(self, agent):
        self.agent = agent
        self.sender = f"test-{uuid.uuid4()}"

    async def say(self, text):
        return [reply.get("text", "") for reply in await self.agent.handle_text(text, sender_id=self.sender)]

    async def tracker(self):
        return await self.agent.tracker_store.retrieve(self.sender)

    async def triage(self):
        return (await self.tracker()).get_slot("triage")

    async def slot(self, name):
        return (await self.tracker()).get_slot(name)
