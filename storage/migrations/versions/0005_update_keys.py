"""Updates known by their content key instead of their update id, which Telegram starts again.

The inbox gets its own sequence (`id`) and a unique `update_key`; `update_id` stays as plain data. Cases
and case messages record the key of the update that created them (`source_update_key`, unique) and
their `source_update_id` is emptied (the column stays: dropping it means copying `cases` on SQLite, see
below), and a draft keeps the keys of the last updates it took (`_handled_updates`) instead of the last
update id. Keys are computed from the payloads the inbox still holds; an update id whose payload is gone
becomes `upd:<id>`.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from storage.base import UtcDateTime
from storage.update_keys import LEGACY_PREFIX, MAX_KEY_LENGTH, legacy_key, update_key

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HANDLED_KEYS = "_handled_updates"
OLD_LAST_UPDATE = "_update_id"

_old_inbox = sa.table(
    "update_inbox",
    sa.column("update_id", sa.BigInteger()),
    sa.column("payload", sa.JSON()),
    sa.column("received_at", UtcDateTime()),
    sa.column("handled_at", UtcDateTime()),
    sa.column("attempts", sa.Integer()),
)
_new_inbox = sa.table(
    "update_inbox",
    sa.column("id", sa.Integer()),
    sa.column("update_key", sa.String()),
    sa.column("update_id", sa.BigInteger()),
    sa.column("payload", sa.JSON()),
    sa.column("received_at", UtcDateTime()),
    sa.column("handled_at", UtcDateTime()),
    sa.column("attempts", sa.Integer()),
)
_drafts = sa.table("complaint_drafts", sa.column("user_id", sa.BigInteger()), sa.column("answers", sa.JSON()))


def _create_inbox(keyed: bool) -> None:
    if keyed:
        op.create_table(
            "update_inbox",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("update_key", sa.String(length=MAX_KEY_LENGTH), nullable=False),
            sa.Column("update_id", sa.BigInteger(), nullable=False),
            sa.Column("payload", sa.JSON(), nullable=False),
            sa.Column("received_at", UtcDateTime(), nullable=False),
            sa.Column("handled_at", UtcDateTime(), nullable=True),
            sa.Column("attempts", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_update_inbox")),
            sa.UniqueConstraint("update_key", name=op.f("uq_update_inbox_update_key")),
        )
    else:
        op.create_table(
            "update_inbox",
            sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
            sa.Column("payload", sa.JSON(), nullable=False),
            sa.Column("received_at", UtcDateTime(), nullable=False),
            sa.Column("handled_at", UtcDateTime(), nullable=True),
            sa.Column("attempts", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("update_id", name=op.f("pk_update_inbox")),
        )
    op.create_index("ix_update_inbox_handled_at", "update_inbox", ["handled_at"], unique=False)


def _drop_inbox() -> None:
    op.drop_index("ix_update_inbox_handled_at", table_name="update_inbox")
    op.drop_table("update_inbox")


def upgrade() -> None:
    bind = op.get_bind()
    rows = [
        dict(row._mapping) for row in bind.execute(sa.select(_old_inbox).order_by(_old_inbox.c.update_id))
    ]
    keys = {row["update_id"]: _key_of(row["payload"], row["update_id"]) for row in rows}
    _drop_inbox()
    _create_inbox(keyed=True)
    seen: set[str] = set()
    for row in rows:
        key = keys[row["update_id"]]
        if key not in seen:
            seen.add(key)
            bind.execute(sa.insert(_new_inbox).values(update_key=key, **row))

    for table in ("cases", "case_messages"):
        # Added in place, never through a table copy: on SQLite, copying `cases` drops the old table,
        # and with foreign keys on that deletes every row that references a case.
        op.add_column(table, sa.Column("source_update_key", sa.String(length=MAX_KEY_LENGTH), nullable=True))
        source = _sources(table)
        found = bind.execute(
            sa.select(source.c.id, source.c.source_update_id).where(source.c.source_update_id.is_not(None))
        )
        for record_id, update_id in list(found):
            key = keys.get(update_id) or legacy_key(update_id)
            bind.execute(
                sa.update(source)
                .where(source.c.id == record_id)
                .values(source_update_key=key, source_update_id=None)
            )
        op.create_index(f"ix_{table}_source_update_key", table, ["source_update_key"], unique=True)

    for user_id, answers in list(bind.execute(sa.select(_drafts.c.user_id, _drafts.c.answers))):
        if not isinstance(answers, dict) or OLD_LAST_UPDATE not in answers:
            continue
        last = answers.pop(OLD_LAST_UPDATE)
        if isinstance(last, int):
            answers[HANDLED_KEYS] = [keys.get(last) or legacy_key(last)]
        bind.execute(sa.update(_drafts).where(_drafts.c.user_id == user_id).values(answers=answers))


def downgrade() -> None:
    bind = op.get_bind()
    rows = [dict(row._mapping) for row in bind.execute(sa.select(_new_inbox).order_by(_new_inbox.c.id))]
    _drop_inbox()
    _create_inbox(keyed=False)
    seen: set[int] = set()
    for row in rows:
        key = row.pop("update_key")
        row.pop("id")
        if row["update_id"] not in seen and key:
            seen.add(row["update_id"])
            bind.execute(sa.insert(_old_inbox).values(**row))

    for table in ("cases", "case_messages"):
        source = _sources(table)
        found = bind.execute(
            sa.select(source.c.id, source.c.source_update_key).where(
                source.c.source_update_key.like(f"{LEGACY_PREFIX}%")
            )
        )
        for record_id, key in list(found):
            old_id = int(key.removeprefix(LEGACY_PREFIX))
            bind.execute(sa.update(source).where(source.c.id == record_id).values(source_update_id=old_id))
        op.drop_index(f"ix_{table}_source_update_key", table_name=table)
        # A plain column without constraints: SQLite drops it in place (3.35+), no table copy.
        op.execute(f"ALTER TABLE {table} DROP COLUMN source_update_key")

    for user_id, answers in list(bind.execute(sa.select(_drafts.c.user_id, _drafts.c.answers))):
        if isinstance(answers, dict) and HANDLED_KEYS in answers:
            answers.pop(HANDLED_KEYS)
            bind.execute(sa.update(_drafts).where(_drafts.c.user_id == user_id).values(answers=answers))


def _sources(table: str) -> sa.TableClause:
    return sa.table(
        table,
        sa.column("id", sa.Integer()),
        sa.column("source_update_id", sa.BigInteger()),
        sa.column("source_update_key", sa.String()),
    )


def _key_of(payload: Any, update_id: int) -> str:
    if isinstance(payload, dict):
        return update_key({**payload, "update_id": update_id})
    return legacy_key(update_id)
