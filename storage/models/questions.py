"""Questions the FAQ could not answer well, kept (without any user id) so staff can improve the content."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Enum, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, utcnow


class QuestionEventKind(StrEnum):
    FALLBACK = "fallback"  # nothing in the FAQ fitted
    CLARIFY_CHOICE = "clarify_choice"  # the user picked one of the offered entries (or none of them)
    THUMBS_DOWN = "thumbs_down"  # the user said the answer did not help
    THUMBS_UP = "thumbs_up"
    NOT_THIS = "not_this"  # under an answer, the user pressed "Bukan ini?" and chose another entry


class QuestionLog(Base):
    __tablename__ = "question_log"
    __table_args__ = (Index("ix_question_log_kind_created_at", "kind", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[QuestionEventKind] = mapped_column(
        Enum(QuestionEventKind, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e])
    )
    question: Mapped[str] = mapped_column(Text)
    normalized_question: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(16))
    entry_id: Mapped[str | None] = mapped_column(String(80))
    candidates: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
