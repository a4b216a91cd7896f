from alembic import context
from app.db import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
