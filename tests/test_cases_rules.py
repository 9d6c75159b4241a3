"""Pure case rules: transitions, tickets, phones, working days, closure deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage.errors import InvalidInput
from storage.models.cases import Case, CasePriority, CaseStatus, ClosureReason, WaitingReason
from storage.services.rules import (
    QueuePolicy,
    add_working_days,
    attachment_copy_path,
    can_transition,
    closure_deadlines,
    initial_priority,
    next_closure_deadline,
    normalise_phone,
    parse_ticket,
    ticket_code,
)

S = CaseStatus


@pytest.mark.parametrize(
    ("current", "target", "allowed"),
    [
        (S.NEW, S.IN_PROGRESS, True),
        (S.NEW, S.RESOLVED, False),
        (S.NEW, S.NEW, False),
        (S.IN_PROGRESS, S.WAITING_FOR_COMPLAINANT, True),
        (S.IN_PROGRESS, S.RESOLVED, True),
        (S.IN_PROGRESS, S.NEW, False),
        (S.WAITING_FOR_COMPLAINANT, S.IN_PROGRESS, True),
        (S.WAITING_FOR_COMPLAINANT, S.REFERRED, True),
        (S.RESOLVED, S.IN_PROGRESS, True),
        (S.RESOLVED, S.REJECTED, False),
        (S.REJECTED, S.NEW, False),
    ],
)
def test_transitions(current: CaseStatus, target: CaseStatus, allowed: bool) -> None:
    assert can_transition(current, target) is allowed


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ADU-000123", "ADU-000123"), ("adu-123", "ADU-000123"), ("#ADU000123", "ADU-000123"), ("halo", None)],
)
def test_parse_ticket(text: str, expected: str | None) -> None:
    assert parse_ticket(text) == expected


def test_ticket_code_pads_to_six_digits() -> None:
    assert ticket_code("ADU", 7) == "ADU-000007"
    assert ticket_code("LPR", 1234567) == "LPR-1234567"


def test_initial_priority_follows_the_story_not_the_category() -> None:
    assert initial_priority(story_urgent=False) is CasePriority.NORMAL
    assert initial_priority(story_urgent=True) is CasePriority.URGENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("081234567890", "+6281234567890"),
        ("0812-3456-7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("+886 912 345 678", "+886912345678"),
        ("00852 9123 4567", "+85291234567"),
    ],
)
def test_valid_phones(text: str, expected: str) -> None:
    assert normalise_phone(text) == expected


@pytest.mark.parametrize("text", ["", "123", "halo kak", "+62 0812", "08123", "<b>0812</b>", "+1" + "9" * 20])
def test_invalid_phones(text: str) -> None:
    with pytest.raises(InvalidInput):
        normalise_phone(text)


def test_working_days_skip_weekends() -> None:
    friday = datetime(2026, 11, 20, 10, tzinfo=UTC)
    assert add_working_days(friday, 1) == datetime(2026, 11, 23, 10, tzinfo=UTC)  # Monday
    assert add_working_days(friday, 15) == datetime(2026, 12, 11, 10, tzinfo=UTC)


def _case(**values: object) -> Case:
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)  # a Monday
    defaults: dict[str, object] = {
        "status": S.IN_PROGRESS,
        "status_changed_at": start,
        "last_complainant_at": start,
        "created_at": start,
        "unreachable_since": None,
        "waiting_reason": None,
        "closure_flag": None,
        "erased_at": None,
    }
    defaults.update(values)
    return Case(**defaults)


POLICY = QueuePolicy()
START = datetime(2026, 11, 2, 9, tzinfo=UTC)


def test_open_case_only_has_the_no_response_rule() -> None:
    assert closure_deadlines(_case(), POLICY) == [(START + timedelta(days=180), ClosureReason.NO_RESPONSE)]


def test_waiting_for_clarification_uses_working_days() -> None:
    case = _case(status=S.WAITING_FOR_COMPLAINANT, waiting_reason=WaitingReason.CLARIFICATION)
    assert next_closure_deadline(case, POLICY) == (
        add_working_days(START, 15),
        ClosureReason.NO_CLARIFICATION,
    )


def test_waiting_for_documents_uses_thirty_days() -> None:
    case = _case(status=S.WAITING_FOR_COMPLAINANT, waiting_reason=WaitingReason.DOCUMENTS)
    assert next_closure_deadline(case, POLICY) == (
        START + timedelta(days=30),
        ClosureReason.DOCUMENTS_INCOMPLETE,
    )


def test_unreachable_uses_sixty_days_and_flags_move_to_the_next_rule() -> None:
    case = _case(unreachable_since=START)
    assert next_closure_deadline(case, POLICY) == (START + timedelta(days=60), ClosureReason.UNREACHABLE)
    case.closure_flag = ClosureReason.UNREACHABLE
    assert next_closure_deadline(case, POLICY) == (START + timedelta(days=180), ClosureReason.NO_RESPONSE)


def test_closed_cases_have_no_deadline() -> None:
    assert closure_deadlines(_case(status=S.RESOLVED), POLICY) == []


@pytest.mark.parametrize(
    ("suffix", "size", "expected"),
    [
        (".jpg", 100, "/att/7/U1.jpg"),
        (".pdf", 1000, "/att/7/U1.pdf"),  # exactly the limit is kept
        ("/../../etc", 100, "/att/7/U1....etc"),  # a name cannot lead out of the user's folder
        (".verylongsuffix", 100, "/att/7/U1.verylongs"),
        (".jpg", 1001, None),  # too large: only Telegram's file id is kept
        (".jpg", None, None),  # unknown size: not downloaded
    ],
)
def test_attachment_copy_path(suffix: str, size: int | None, expected: str | None) -> None:
    path = attachment_copy_path(Path("/att"), 7, "U1", suffix, size, max_bytes=1000)
    assert (str(path) if path is not None else None) == expected


SAVED_REASONS = QueuePolicy(
    saved_reasons={"resolved": ("Anda sudah dipulangkan dengan selamat.",), "rejected": ("Bukan wewenang.",)}
)


@pytest.mark.parametrize(
    ("status", "reason", "fits"),
    [
        (CaseStatus.RESOLVED, "Anda sudah dipulangkan dengan selamat.", True),
        (CaseStatus.REJECTED, "Anda sudah dipulangkan dengan selamat.", False),
        (CaseStatus.REFERRED, "Bukan wewenang.", False),
        (CaseStatus.REJECTED, "Bukan wewenang.", True),
        (CaseStatus.REJECTED, "Alasan yang ditulis sendiri.", True),
    ],
)
def test_a_saved_reason_fits_only_its_own_status(status: CaseStatus, reason: str, fits: bool) -> None:
    assert SAVED_REASONS.reason_fits(status, reason) is fits
