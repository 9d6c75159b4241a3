"""Keyed hashes of the secrets each live webhook instance runs with, compared at start-up.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.base import UtcDateTime

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "instance_fingerprints",
        sa.Column("holder", sa.String(length=64), nullable=False),
        sa.Column("webhook_secret", sa.String(length=16), nullable=True),
        sa.Column("web_key", sa.String(length=16), nullable=True),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("holder", name=op.f("pk_instance_fingerprints")),
    )


def downgrade() -> None:
    op.drop_table("instance_fingerprints")
