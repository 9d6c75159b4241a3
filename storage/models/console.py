"""The browser console's own tables: one-time login links, sessions, and the audit of who saw what."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, utcnow


class ConsoleLoginLink(Base):
    """A link sent by `/konsol`: only the SHA-256 of its token is stored, so a database copy opens nothing."""

    __tablename__ = "console_login_links"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column()


class ConsoleSession(Base):
    """A signed-in browser; the cookie carries the session id, the table its hash, owner, CSRF and expiry."""

    __tablename__ = "console_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()


class ConsoleAudit(Base):
    """Every view of a case's personal data and every export: who, when, which case (None: many)."""

    __tablename__ = "console_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ProposedPhrasing(Base):
    """A question users asked that the FAQ served badly, proposed by an editor as a phrasing of an entry;
    accepted ones go into the YAML patch for faq/content/."""

    __tablename__ = "console_phrasings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question: Mapped[str] = mapped_column(String(600))
    entry_id: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(8), default="id")
    proposed_by: Mapped[int] = mapped_column(BigInteger)
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)
    accepted: Mapped[bool | None] = mapped_column()
    decided_by: Mapped[int | None] = mapped_column(BigInteger)
    decided_at: Mapped[datetime | None] = mapped_column()
