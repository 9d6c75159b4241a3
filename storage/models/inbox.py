"""Updates fetched from Telegram, kept until handled so a crash between fetching and handling loses nothing.

Telegram forgets an update once the next `getUpdates` carries a higher offset; a row is written here before
that offset is sent. `attempts` counts how often handling began, so an update that keeps killing the bot
is given up after a few tries instead of being replayed forever.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, utcnow


class InboxUpdate(Base):
    __tablename__ = "update_inbox"
    __table_args__ = (Index("ix_update_inbox_handled_at", "handled_at"),)

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    handled_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=1)
