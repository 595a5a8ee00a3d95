"""Database connection and migrations. SQLite by default (var/requests.db); DATABASE_URL for PostgreSQL."""
import os
from pathlib import Path
from typing import Optional

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from bot import PROJECT_ROOT

DEFAULT_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'requests.db'}"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(env: Optional[dict] = None) -> str:
    """DATABASE_URL, or the SQLite file under the git-ignored var/ folder."""
    return (os.environ if env is None else env).get("DATABASE_URL") or DEFAULT_URL


def make_engine(url: str) -> Engine:
    """An engine in SQLAlchemy 2.0 style; SQLite gets foreign keys and a busy timeout."""
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, future=True, connect_args={"timeout": 5})
        event.listen(engine, "connect", lambda connection, _: connection.execute("PRAGMA foreign_keys=ON"))
        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema up to date (alembic upgrade head)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
