"""Conversation state kept in the database so it survives a restart of the bot."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, utcnow


class ComplaintDraft(Base):
    """A complaint being filled in: one per user; deleted in the transaction that files the case."""

    __tablename__ = "complaint_drafts"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    step: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8), default="id")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PendingCaseReply(Base):
    """The complainant pressed "message the officer": their next message goes to this case."""

    __tablename__ = "pending_case_replies"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
