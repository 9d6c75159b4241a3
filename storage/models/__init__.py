"""Every table of the application. Importing this package registers them all on `Base.metadata`."""

from storage.models.cases import Attachment, Case, CaseEvent, CaseMessage, CaseTimer, MessageLink
from storage.models.intake import ComplaintDraft, PendingCaseReply
from storage.models.preferences import UserPreference
from storage.models.questions import QuestionEventKind, QuestionLog
from storage.models.staff import StaffMemberRecord

__all__ = ["QuestionEventKind", "QuestionLog", "UserPreference"]
# Complaints and the staff queue (issue 4).
__all__ += [
    "Attachment",
    "Case",
    "CaseEvent",
    "CaseMessage",
    "CaseTimer",
    "ComplaintDraft",
    "MessageLink",
    "PendingCaseReply",
    "StaffMemberRecord",
]
from storage.models.console import (  # noqa: E402, F401  (the staff console's sign-in and audit)
    ConsoleAudit,
    ConsoleLoginLink,
    ConsoleSession,
    ProposedPhrasing,
)
from storage.models.emergency import EmergencyContext  # noqa: E402, F401  (emergency help per user)
from storage.models.inbox import InboxUpdate  # noqa: E402, F401  (the durable update inbox)
from storage.models.instances import InstanceFingerprint  # noqa: E402, F401  (what live instances run with)
from storage.models.leases import WorkLease  # noqa: E402, F401  (work shared between instances)
from storage.models.shared_state import (  # noqa: E402, F401  (rate limits and the agency registry)
    RateWindow,
    RegisteredAgency,
    RegistryImport,
)
from storage.models.staff_chats import ExposedStaffChat  # noqa: E402, F401  (staff chats open to outsiders)
