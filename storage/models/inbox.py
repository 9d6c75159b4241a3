"""Updates fetched from Telegram, kept until handled so a crash between fetching and handling loses nothing.

Telegram forgets an update once the next `getUpdates` carries a higher offset; a row is written here before
that offset is sent. An update is known by its content key (`storage.update_keys`), not by its update id,
which Telegram starts again after a quiet week or under a new token; `id` is this table's own sequence and
orders what is replayed. `attempts` counts how often handling began, so an update that keeps killing the bot
is given up after a few tries instead of being replayed forever. `chat_id` says which chat an update belongs
to, so instances sharing one database can take a chat's updates one at a time in stored order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, utcnow
from storage.update_keys import MAX_KEY_LENGTH


class InboxUpdate(Base):
    __tablename__ = "update_inbox"
    __table_args__ = (
        Index("ix_update_inbox_handled_at", "handled_at"),
        Index("ix_update_inbox_chat_id", "chat_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    update_key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH), unique=True)
    update_id: Mapped[int] = mapped_column(BigInteger)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    handled_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=1)
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
