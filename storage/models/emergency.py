"""What the bot remembers about a user's emergency, so the help fits and survives a restart."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, utcnow

PLACE_WORDS_LIMIT = 300


class EmergencyContext(Base):
    """One row per user: where the person in danger is, which alarms were shown, and a story kept for a
    report the user may start with one tap."""

    __tablename__ = "emergency_contexts"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2; "ID" for Indonesia
    country_source: Mapped[str | None] = mapped_column(String(16))  # message, choice, location, case
    # her words naming where she is ("sy di johor bahru, skudai"): the nearest mission comes first
    place_words: Mapped[str | None] = mapped_column(String(PLACE_WORDS_LIMIT))
    # danger key -> ISO time the full block was last shown (one full block per conversation and danger)
    alerts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    pending_story: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
