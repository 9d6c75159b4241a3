"""State shared by every instance: per-user rate-limit windows and the P3MI registry with its imports.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.base import UtcDateTime

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rate_windows",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("lane", sa.String(length=16), nullable=False),
        sa.Column("started", sa.Float(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "lane", name=op.f("pk_rate_windows")),
    )
    op.create_table(
        "agency_registry_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.Column("agencies", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_registry_imports")),
    )
    op.create_table(
        "agency_registry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("licence_number", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_registry")),
    )


def downgrade() -> None:
    op.drop_table("agency_registry")
    op.drop_table("agency_registry_imports")
    op.drop_table("rate_windows")
