"""Staff names and provinces; what a staff-chat prompt asks for.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff_members") as batch:
        batch.add_column(sa.Column("name", sa.Text(), nullable=True))
        batch.add_column(sa.Column("province_code", sa.String(length=8), nullable=True))
    with op.batch_alter_table("case_message_links") as batch:
        batch.add_column(sa.Column("detail", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_message_links") as batch:
        batch.drop_column("detail")
    with op.batch_alter_table("staff_members") as batch:
        batch.drop_column("province_code")
        batch.drop_column("name")
