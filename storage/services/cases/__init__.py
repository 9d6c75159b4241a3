"""The case core: what staff do to cases, what complainants add to them, and what each may see.

One façade, `CaseQueue`, over parts kept in their own modules: reads, staff actions, the complainant's side,
staff-chat links, erasure, export and statistics. Every staff method takes the acting user (an id, or a
`StaffActor` carrying the provinces of the chat she acts in) and re-checks her role and province scope
inside its own transaction, so a forged or stale button cannot change a case and a case outside her
provinces looks missing. Writes return an `Outcome` whose domain events a `CaseNotifier` acts on; the core
knows no front end.
"""

from __future__ import annotations

from storage.errors import AccessDenied
from storage.models.cases import Attachment, AttachmentKind, MessageLink
from storage.services.cases.actions import StaffActions
from storage.services.cases.base import Actor, Scope, StaffActor
from storage.services.cases.complainant import ANSWERED_REASON, REOPENED_REASON, ComplainantSide
from storage.services.cases.erasure import ERASED_TEXT, Erasure, ErasureService
from storage.services.cases.events import (
    Claimed,
    ComplainantMessaged,
    ComplainantUnreachable,
    DataErased,
    DomainEvent,
    NoteAdded,
    Outcome,
    PriorityChanged,
    ReplySent,
    StatusChanged,
)
from storage.services.cases.export import EXPORT_COLUMNS, CaseExport
from storage.services.cases.links import (
    LinkedCase,
    OpenQuestion,
    StaffChatLinks,
    parse_question_detail,
    question_detail,
)
from storage.services.cases.notify import CaseNotifier, Published
from storage.services.cases.reads import CaseDetail, CaseReads, Page
from storage.services.cases.report import CaseReport, ReportRow
from storage.services.cases.statistics import CaseStatistics, Statistics
from storage.services.intake import DraftAttachment


class CaseQueue(
    CaseReads,
    StaffActions,
    ComplainantSide,
    StaffChatLinks,
    ErasureService,
    CaseExport,
    CaseStatistics,
    CaseReport,
):
    """The one entry point of the case core (see the module docstring)."""


def new_attachment(
    kind: AttachmentKind,
    file_id: str,
    *,
    file_unique_id: str | None = None,
    file_name: str | None = None,
    mime_type: str | None = None,
    size_bytes: int | None = None,
    stored_path: str | None = None,
    not_stored_reason: str | None = None,
) -> Attachment:
    """An attachment for `complainant_message` (keyword arguments for what Telegram may leave out)."""
    return DraftAttachment(
        kind, file_id, file_unique_id, file_name, mime_type, size_bytes, stored_path, not_stored_reason
    ).to_model()


__all__ = [
    "ANSWERED_REASON",
    "ERASED_TEXT",
    "EXPORT_COLUMNS",
    "REOPENED_REASON",
    "AccessDenied",
    "Actor",
    "CaseDetail",
    "CaseNotifier",
    "CaseQueue",
    "Claimed",
    "ComplainantMessaged",
    "ComplainantUnreachable",
    "DataErased",
    "DomainEvent",
    "Erasure",
    "LinkedCase",
    "MessageLink",
    "NoteAdded",
    "OpenQuestion",
    "Outcome",
    "Page",
    "PriorityChanged",
    "Published",
    "ReplySent",
    "ReportRow",
    "Scope",
    "StaffActor",
    "Statistics",
    "StatusChanged",
    "new_attachment",
    "parse_question_detail",
    "question_detail",
]
