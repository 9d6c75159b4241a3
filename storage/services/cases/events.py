"""What happened to a case, as plain data: every write of the case core returns an `Outcome` whose events a
notifier turns into messages (the Telegram one tells the complainant, redraws the card and posts to the
staff chat; a browser console would refresh its page). The core itself never talks to a front end.

DomainEvent
├── StatusChanged          status moved (with the officer's reason, the agency for a referral, or the
│                          question for "waiting for the complainant"); actor None: the complainant's answer
├── Claimed                an officer took the case (previous_assignee: whom it was taken from)
├── PriorityChanged
├── NoteAdded              internal: staff only
├── ReplySent              a staff message to the complainant, recorded and waiting to be delivered
├── ComplainantMessaged    the complainant wrote (text and/or an attachment)
├── ComplainantUnreachable the complainant blocked the bot
└── DataErased             the complainant's personal data left the case (/hapusdata)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from storage.models.cases import AttachmentKind, Case, CasePriority, CaseStatus, WaitingReason


@dataclass(frozen=True)
class DomainEvent:
    case: Case


E = TypeVar("E", bound=DomainEvent)


@dataclass(frozen=True)
class StatusChanged(DomainEvent):
    old: CaseStatus
    new: CaseStatus
    actor: int | None
    reason: str | None = None
    agency: str | None = None  # referrals: the agency the case went to
    question: str | None = None  # waiting for the complainant: what she was asked
    waiting_reason: WaitingReason | None = None


@dataclass(frozen=True)
class Claimed(DomainEvent):
    by: int
    previous_assignee: int | None


@dataclass(frozen=True)
class PriorityChanged(DomainEvent):
    old: CasePriority
    new: CasePriority
    actor: int


@dataclass(frozen=True)
class NoteAdded(DomainEvent):
    actor: int
    text: str


@dataclass(frozen=True)
class ReplySent(DomainEvent):
    """Recorded, not yet delivered: the notifier delivers it and records whether that worked."""

    actor: int
    message_id: int
    text: str
    is_question: bool = False


@dataclass(frozen=True)
class ComplainantMessaged(DomainEvent):
    message_id: int
    text: str | None
    forwarded: bool = False
    attachment_kind: AttachmentKind | None = None
    attachment_file_id: str | None = None
    danger: bool = False  # the triage found danger in it: staff read it marked urgent


@dataclass(frozen=True)
class ComplainantUnreachable(DomainEvent):
    pass


@dataclass(frozen=True)
class DataErased(DomainEvent):
    pass


@dataclass(frozen=True)
class Outcome:
    """A case after a write, and what happened to it (empty when nothing changed, e.g. a repeated claim)."""

    case: Case
    events: tuple[DomainEvent, ...] = ()
    duplicate: bool = False  # the same update was handled before: nothing new happened

    def of(self, kind: type[E]) -> list[E]:
        return [event for event in self.events if isinstance(event, kind)]
