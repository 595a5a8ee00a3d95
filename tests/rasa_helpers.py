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
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the action server did not start")
        yield f"{url}/webhook"
    finally:
        process.terminate()
        process.wait(timeout=10)


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
