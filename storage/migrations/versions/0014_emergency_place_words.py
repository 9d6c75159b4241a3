"""The words in which she said where she is, kept with the remembered country: a city or area there puts
the nearest mission first in follow-ups and in the ticket.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("emergency_contexts") as batch:
        batch.add_column(sa.Column("place_words", sa.String(length=300), nullable=True))


def downgrade() -> None:
    op.drop_column("emergency_contexts", "place_words")  # SQLite 3.35+ drops a column in place
