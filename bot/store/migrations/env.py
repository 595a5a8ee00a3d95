"""Alembic environment: runs migrations on the connection or URL given by bot.store.db."""
from alembic import context
from sqlalchemy import create_engine

from bot.store.models import Base

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"), future=True)
    with engine.begin() as connection:
        _migrate(connection)


def _migrate(connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
