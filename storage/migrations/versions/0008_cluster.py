"""Several instances on one database: the inbox knows each update's chat, and named work leases.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.base import UtcDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("update_inbox") as batch:
        batch.add_column(sa.Column("chat_id", sa.BigInteger(), nullable=True))
    op.create_index("ix_update_inbox_chat_id", "update_inbox", ["chat_id", "id"], unique=False)
    op.create_table(
        "work_lease",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=64), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_work_lease")),
    )


def downgrade() -> None:
    op.drop_table("work_lease")
    op.drop_index("ix_update_inbox_chat_id", table_name="update_inbox")
    with op.batch_alter_table("update_inbox") as batch:
        batch.drop_column("chat_id")
