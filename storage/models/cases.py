"""Complaint cases and everything attached to them: the audit trail, relayed messages, attachments,
message links (which Telegram message belongs to which case) and timers swept by the reminder job."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, utcnow
from storage.models.enums import str_enum
from storage.update_keys import MAX_KEY_LENGTH


class CaseStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING_FOR_COMPLAINANT = "waiting_for_complainant"
    RESOLVED = "resolved"
    REJECTED = "rejected"
    REFERRED = "referred"  # handed to another ministry / the police: closed for this office

    @property
    def is_closed(self) -> bool:
        return self in CLOSED_STATUSES


CLOSED_STATUSES = frozenset({CaseStatus.RESOLVED, CaseStatus.REJECTED, CaseStatus.REFERRED})
OPEN_STATUSES = frozenset(set(CaseStatus) - CLOSED_STATUSES)
# An urgent case handed to another agency is still someone in danger: it stays in the urgent list and
# count until staff lower its priority ("Jadikan normal") once they know she is safe.
URGENT_WATCHED_STATUSES = OPEN_STATUSES | {CaseStatus.REFERRED}


class CasePriority(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"


class CaseCategory(StrEnum):
    UNPAID_WAGES = "unpaid_wages"
    DOCUMENTS_KEPT = "documents_kept"
    VIOLENCE = "violence"
    TRAFFICKING = "trafficking"
    FEES_FRAUD = "fees_fraud"
    NOT_DEPARTED = "not_departed"
    REPATRIATION = "repatriation"
    CONTRACT = "contract"
    OTHER = "other"


class Reporter(StrEnum):
    WORKER = "worker"
    FAMILY = "family"


class WaitingReason(StrEnum):
    CLARIFICATION = "clarification"  # closure after N working days without an answer
    DOCUMENTS = "documents"  # closure after N days with documents still incomplete


class ClosureReason(StrEnum):
    """Why a case is flagged for closing (DOMAIN.md, Perban 6/2024 and 23/2025)."""

    DOCUMENTS_INCOMPLETE = "documents_incomplete"
    NO_CLARIFICATION = "no_clarification"
    UNREACHABLE = "unreachable"
    NO_RESPONSE = "no_response"


class EventKind(StrEnum):
    CREATED = "created"
    STATUS_CHANGED = "status_changed"
    CLAIMED = "claimed"
    PRIORITY_CHANGED = "priority_changed"
    NOTE = "note"
    MESSAGE_IN = "message_in"
    MESSAGE_OUT = "message_out"
    ATTACHMENT = "attachment"
    UNREACHABLE = "unreachable"
    REMINDER = "reminder"
    CLOSURE_FLAGGED = "closure_flagged"
    ERASED = "erased"


class Direction(StrEnum):
    FROM_COMPLAINANT = "in"
    TO_COMPLAINANT = "out"


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    DOCUMENT = "document"
    VOICE = "voice"  # voice notes: many workers speak rather than type
    VIDEO = "video"  # videos and round video notes
    AUDIO = "audio"


class LinkKind(StrEnum):
    CARD = "card"  # the case card in a staff chat
    NOTE_PROMPT = "note_prompt"  # "reply to this with a note": the reply is internal
    REMINDER = "reminder"  # a re-posted card
    STAFF_COPY = "staff_copy"  # a complainant message copied to the staff chat
    COMPLAINANT = "complainant"  # a bot message in the complainant's chat about this case
    # "Reply to this with ...": the officer's reply completes a status change (detail: what it asks for).
    REASON_PROMPT = "reason_prompt"  # the reason for closing, rejecting or referring (detail: status code)
    QUESTION_PROMPT = "question_prompt"  # the question for the complainant (detail: waiting reason)


class TimerKind(StrEnum):
    POST_CARD = "post_card"  # the card is not in the staff chat yet (crash between commit and post)
    URGENT_UNCLAIMED = "urgent_unclaimed"
    UNANSWERED = "unanswered"
    CLOSURE = "closure"


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_status_priority", "status", "priority"),
        Index("ix_cases_complainant_user_id", "complainant_user_id"),
        Index("ix_cases_created_at", "created_at"),
        Index("ix_cases_province_code", "province_code"),
        Index("ix_cases_country_code", "country_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Set in the same transaction as the insert, from the id: unique without a counter table.
    ticket: Mapped[str | None] = mapped_column(String(24), unique=True)
    status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus), default=CaseStatus.NEW)
    priority: Mapped[CasePriority] = mapped_column(str_enum(CasePriority), default=CasePriority.NORMAL)
    category: Mapped[CaseCategory] = mapped_column(str_enum(CaseCategory))
    reporter: Mapped[Reporter] = mapped_column(str_enum(Reporter))
    triage_urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8), default="id")

    # Personal data: cleared by the anonymising erase (/hapusdata).
    complainant_user_id: Mapped[int | None] = mapped_column(BigInteger)
    complainant_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    complainant_name: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(32))
    story: Mapped[str | None] = mapped_column(Text)
    agency: Mapped[str | None] = mapped_column(Text)

    # As typed (shown to staff), and as the canonical code that search, statistics, routing and province
    # scope use: ISO 3166-1 alpha-2 ("MY") and ISO 3166-2:ID ("ID-JI"); None when nothing matched.
    country: Mapped[str | None] = mapped_column(String(120))
    province: Mapped[str | None] = mapped_column(String(120))
    country_code: Mapped[str | None] = mapped_column(String(8))
    province_code: Mapped[str | None] = mapped_column(String(8))

    assigned_to: Mapped[int | None] = mapped_column(BigInteger)
    staff_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    card_message_id: Mapped[int | None] = mapped_column(Integer)
    waiting_reason: Mapped[WaitingReason | None] = mapped_column(str_enum(WaitingReason))
    unreachable_since: Mapped[datetime | None] = mapped_column()
    closure_flag: Mapped[ClosureReason | None] = mapped_column(str_enum(ClosureReason))
    # Which update created the row (storage.update_keys), so a redelivery is recognised. The id column is
    # from before keys, always empty now (dropping it would mean copying the table on SQLite).
    source_update_key: Mapped[str | None] = mapped_column(String(MAX_KEY_LENGTH), index=True, unique=True)
    source_update_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    status_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_complainant_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_staff_reply_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    erased_at: Mapped[datetime | None] = mapped_column()

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_unreachable(self) -> bool:
        return self.unreachable_since is not None


class CaseEvent(Base):
    """Append-only audit trail: never updated except to blank personal text on erase."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind))
    actor_user_id: Mapped[int | None] = mapped_column(BigInteger)
    detail: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CaseMessage(Base):
    """A message relayed between the complainant and staff through the bot."""

    __tablename__ = "case_messages"
    __table_args__ = (Index("ix_case_messages_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    direction: Mapped[Direction] = mapped_column(str_enum(Direction, length=8))
    author_user_id: Mapped[int | None] = mapped_column(BigInteger)
    text: Mapped[str | None] = mapped_column(Text)
    forwarded: Mapped[bool] = mapped_column(Boolean, default=False)
    delivered: Mapped[bool | None] = mapped_column(Boolean)
    # Which update created the row (storage.update_keys), so a redelivery is recognised. The id column is
    # from before keys, always empty now (dropping it would mean copying the table on SQLite).
    source_update_key: Mapped[str | None] = mapped_column(String(MAX_KEY_LENGTH), index=True, unique=True)
    source_update_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attachment(Base):
    """A photo or document: Telegram's file id always, a copy on disk when it fits the size limit."""

    __tablename__ = "case_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AttachmentKind] = mapped_column(str_enum(AttachmentKind, length=16))
    file_id: Mapped[str] = mapped_column(String(255))
    file_unique_id: Mapped[str | None] = mapped_column(String(128))
    file_name: Mapped[str | None] = mapped_column(Text)
    mime_type: Mapped[str | None] = mapped_column(String(128))
    size_bytes: Mapped[int | None] = mapped_column(Integer)
    stored_path: Mapped[str | None] = mapped_column(Text)
    not_stored_reason: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MessageLink(Base):
    """Which case a Telegram message belongs to, so a reply to it finds the case."""

    __tablename__ = "case_message_links"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    message_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LinkKind] = mapped_column(str_enum(LinkKind, length=16))
    detail: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CaseTimer(Base):
    """A due time for the sweep job: stored, so reminders and closure checks survive restarts."""

    __tablename__ = "case_timers"
    __table_args__ = (
        UniqueConstraint("case_id", "kind", name="uq_case_timers_case_id_kind"),
        Index("ix_case_timers_due_at", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[TimerKind] = mapped_column(str_enum(TimerKind))
    due_at: Mapped[datetime] = mapped_column()
    detail: Mapped[str | None] = mapped_column(String(64))
