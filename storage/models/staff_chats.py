"""Staff chats where someone who is not staff may be present. Kept in the database, not in memory, so a
restart (or another instance on the same database) goes on sending summaries there until a member check
finds only known staff again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, utcnow

MAX_REASON_LENGTH = 200


class ExposedStaffChat(Base):
    __tablename__ = "exposed_staff_chats"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    reason: Mapped[str] = mapped_column(String(MAX_REASON_LENGTH))
    since: Mapped[datetime] = mapped_column(default=utcnow)
