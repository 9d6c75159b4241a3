"""Emergency memory per user: the country of the person in danger, alarms shown, a story kept for a report.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.base import UtcDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "emergency_contexts",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("country_source", sa.String(length=16), nullable=True),
        sa.Column("alerts", sa.JSON(), nullable=False),
        sa.Column("pending_story", sa.Text(), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_emergency_contexts")),
    )


def downgrade() -> None:
    op.drop_table("emergency_contexts")
