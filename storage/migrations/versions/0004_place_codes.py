"""Canonical place codes on cases, filled for existing cases from the country and province as typed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from faq.places import load_places

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("country_code", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("province_code", sa.String(length=8), nullable=True))
    op.create_index("ix_cases_country_code", "cases", ["country_code"], unique=False)
    op.create_index("ix_cases_province_code", "cases", ["province_code"], unique=False)
    _fill_codes()


def downgrade() -> None:
    op.drop_index("ix_cases_province_code", table_name="cases")
    op.drop_index("ix_cases_country_code", table_name="cases")
    # Not batch_alter_table: on SQLite it rebuilds `cases`, and with foreign keys on, dropping the old table
    # cascades to every case's messages, events and attachments. SQLite (3.35+) drops a column in place.
    op.drop_column("cases", "province_code")
    op.drop_column("cases", "country_code")


def _fill_codes() -> None:
    places = load_places()
    cases = sa.table(
        "cases",
        sa.column("id", sa.Integer),
        sa.column("country", sa.String),
        sa.column("province", sa.String),
        sa.column("country_code", sa.String),
        sa.column("province_code", sa.String),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(cases.c.id, cases.c.country, cases.c.province).where(
            sa.or_(cases.c.country.is_not(None), cases.c.province.is_not(None))
        )
    ).all()
    for case_id, country, province in rows:
        country_code = places.country_code(country)
        province_code = places.province_code(province)
        if country_code is None and province_code is None:
            continue
        connection.execute(
            sa.update(cases)
            .where(cases.c.id == case_id)
            .values(country_code=country_code, province_code=province_code)
        )
