"""Case rules as plain functions: status transitions, ticket codes, urgency, closure deadlines, phones.

No I/O here, so the rules are tested with parameter tables and read in one place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from storage.errors import InvalidInput
from storage.models.cases import (
    CLOSED_STATUSES,
    Case,
    CasePriority,
    CaseStatus,
    ClosureReason,
    WaitingReason,
)


@dataclass(frozen=True)
class QueuePolicy:
    """The numbers behind tickets, reminders and closure flags (config `complaints:`)."""

    ticket_prefix: str = "ADU"
    urgent_unclaimed_minutes: int = 30
    unanswered_hours: int = 24
    documents_incomplete_days: int = 30
    no_clarification_working_days: int = 15
    unreachable_days: int = 60
    no_response_days: int = 180
    card_retry_seconds: int = 60
    # An abandoned draft holds personal data nobody consented to file: it goes after this many days.
    draft_retention_days: int = 30
    # A handled update's payload is her message as Telegram sent it (name, phone, story): the timer sweep
    # deletes handled inbox rows after this many hours. Duplicate deliveries come within minutes.
    handled_update_retention_hours: int = 24
    # Saved reasons per closing status (config `staff.reasons`): one saved for another status is refused.
    saved_reasons: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def reason_fits(self, status: CaseStatus, reason: str) -> bool:
        """False when `reason` is a saved reason of another status only (sent to the worker it would say
        the wrong thing); free text always fits."""
        if reason in self.saved_reasons.get(status.value, ()):
            return True
        return not any(reason in reasons for reasons in self.saved_reasons.values())


ALLOWED_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.NEW: frozenset(
        {CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_COMPLAINANT, CaseStatus.REJECTED, CaseStatus.REFERRED}
    ),
    CaseStatus.IN_PROGRESS: frozenset(
        {CaseStatus.WAITING_FOR_COMPLAINANT, CaseStatus.RESOLVED, CaseStatus.REJECTED, CaseStatus.REFERRED}
    ),
    CaseStatus.WAITING_FOR_COMPLAINANT: frozenset(
        {CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.REJECTED, CaseStatus.REFERRED}
    ),
    # A closed case can be reopened (new evidence, a mistaken closure); it goes back to work, not to "new".
    CaseStatus.RESOLVED: frozenset({CaseStatus.IN_PROGRESS}),
    CaseStatus.REJECTED: frozenset({CaseStatus.IN_PROGRESS}),
    CaseStatus.REFERRED: frozenset({CaseStatus.IN_PROGRESS}),
}


def can_transition(current: CaseStatus, target: CaseStatus) -> bool:
    return target in ALLOWED_TRANSITIONS[current]


def ticket_code(prefix: str, case_id: int) -> str:
    return f"{prefix}-{case_id:06d}"


TICKET_PATTERN = re.compile(r"^\s*#?([A-Za-z]{2,8})-?([0-9]+)\s*$")
TICKET_DIGITS_MAX = 12
# Telegram user and chat ids have at most 52 significant bits; anything beyond was mistyped.
MAX_TELEGRAM_ID = 2**52
TELEGRAM_ID_PATTERN = re.compile(r"^\s*(-?[0-9]{1,16})\s*$")


def parse_ticket(text: str) -> str | None:
    """`adu-123`, `ADU-000123`, `#ADU000123` -> `ADU-000123`; None when it is not a ticket.

    An absurdly long number is still a ticket (one that does not exist), so the answer is "not found".
    """
    match = TICKET_PATTERN.match(text)
    if match is None:
        return None
    prefix, digits = match.group(1).upper(), match.group(2).lstrip("0") or "0"
    if len(digits) > TICKET_DIGITS_MAX:
        return f"{prefix}-{digits[:TICKET_DIGITS_MAX]}…"
    return ticket_code(prefix, int(digits))


def parse_telegram_id(text: str) -> int | None:
    """A user or chat id as typed (`9001`, `-1001234567890`); None when Telegram could not have issued it."""
    match = TELEGRAM_ID_PATTERN.match(text)
    if match is None:
        return None
    value = int(match.group(1))
    return value if value != 0 and abs(value) < MAX_TELEGRAM_ID else None


def attachment_copy_path(
    root: Path, user_id: int, file_unique_id: str, suffix: str, size_bytes: int | None, max_bytes: int
) -> Path | None:
    """Where to keep a copy of an attachment on disk, or None when it is too large (or of unknown size)
    to keep. Telegram's file id is kept either way. Only letters, digits and dots of the suffix survive,
    so no file name can lead outside the user's folder."""
    if size_bytes is None or size_bytes > max_bytes:
        return None
    safe_suffix = "".join(c for c in suffix[:10] if c.isalnum() or c == ".")
    return root / str(user_id) / f"{file_unique_id}{safe_suffix}"


def initial_priority(story_urgent: bool) -> CasePriority:
    """Urgent when triage reads danger happening now in the story. The category alone says too little: a
    documents case may be a held passport alone, or a held passport and a locked door."""
    return CasePriority.URGENT if story_urgent else CasePriority.NORMAL


_PHONE_CLEAN = re.compile(r"[\s().\-]")


def normalise_phone(text: str) -> str:
    """Accept Indonesian (08…, 62…, +62…) and international (+CC…) numbers; return +<digits>.

    Raises InvalidInput for anything else, so the user can be asked again.
    """
    cleaned = _PHONE_CLEAN.sub("", text.strip())
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    if cleaned.startswith("0"):
        cleaned = "+62" + cleaned[1:]
    elif cleaned.startswith("62"):
        cleaned = "+" + cleaned
    if not re.fullmatch(r"\+[1-9]\d{7,14}", cleaned):
        raise InvalidInput("not a phone number")
    if cleaned.startswith("+62") and not re.fullmatch(r"\+62[2-9]\d{7,12}", cleaned):
        raise InvalidInput("not an Indonesian phone number")
    return cleaned


_NUMBER_IN_TEXT: Final = re.compile(r"\+?\d[\d\s().-]{6,}\d")


def phone_and_note(text: str) -> tuple[str | None, str]:
    """A typed answer to "which number?": the number in it (normalised) and what she wrote beside it ("0812
    3456 7890 wa aja" -> the number and "wa aja"; "jgn ditelpon, chat aja" -> no number and the note).

    Raises InvalidInput when it holds something like a number that is not one (a typo: ask again)."""
    found = _NUMBER_IN_TEXT.search(text)
    if found is None:
        if sum(char.isdigit() for char in text) >= 5:
            raise InvalidInput("digits that are not a phone number")
        return None, " ".join(text.split())
    phone = normalise_phone(found.group())
    note = " ".join(f"{text[: found.start()]} {text[found.end() :]}".split()).strip(" ,;:-()")
    return phone, note


def add_working_days(start: datetime, days: int) -> datetime:
    """`days` working days (Monday to Friday) after `start`; public holidays are not known here."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def closure_deadlines(case: Case, policy: QueuePolicy) -> list[tuple[datetime, ClosureReason]]:
    """Every closure rule that applies to the case now, with the time it is reached (DOMAIN.md)."""
    if case.status in CLOSED_STATUSES or case.erased_at is not None:
        return []
    deadlines: list[tuple[datetime, ClosureReason]] = []
    if case.status is CaseStatus.WAITING_FOR_COMPLAINANT:
        if case.waiting_reason is WaitingReason.DOCUMENTS:
            deadlines.append(
                (
                    case.status_changed_at + timedelta(days=policy.documents_incomplete_days),
                    ClosureReason.DOCUMENTS_INCOMPLETE,
                )
            )
        elif case.last_complainant_at <= case.status_changed_at:
            deadlines.append(
                (
                    add_working_days(case.status_changed_at, policy.no_clarification_working_days),
                    ClosureReason.NO_CLARIFICATION,
                )
            )
    if case.unreachable_since is not None:
        deadlines.append(
            (case.unreachable_since + timedelta(days=policy.unreachable_days), ClosureReason.UNREACHABLE)
        )
    deadlines.append(
        (case.last_complainant_at + timedelta(days=policy.no_response_days), ClosureReason.NO_RESPONSE)
    )
    return sorted(deadlines, key=lambda item: item[0])


def next_closure_deadline(case: Case, policy: QueuePolicy) -> tuple[datetime, ClosureReason] | None:
    """The earliest closure rule not yet flagged on the case."""
    for due, reason in closure_deadlines(case, policy):
        if reason != case.closure_flag:
            return due, reason
    return None
