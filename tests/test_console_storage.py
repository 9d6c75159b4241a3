"""The console's storage on real databases (SQLite, and PostgreSQL when TEST_DATABASE_URL is set): login
links are single use, expire and belong to staff; sessions end and die with the staff entry; the queue's
new filters count what they list; report rows carry the first staff reply."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from storage.base import utcnow
from storage.db import Database
from storage.errors import AccessDenied
from storage.models.cases import CaseCategory, CasePriority
from storage.models.staff import StaffRole
from storage.repositories.cases import CaseFilter
from storage.services.cases import CaseQueue
from storage.services.console import ConsoleAccess
from storage.services.intake import IntakeService
from storage.services.staff import StaffDirectory
from tests.storage_fixtures import ADMIN_ID, OFFICER_ID, file_case


@pytest.fixture
def console(database: Database, staff: StaffDirectory) -> ConsoleAccess:
    return ConsoleAccess(database, staff, timedelta(minutes=30))


async def test_a_login_link_opens_one_session_once_and_only_while_fresh(console: ConsoleAccess) -> None:
    token = await console.issue_link_token(OFFICER_ID)
    opened = await console.redeem(token)
    assert opened.signed_in.user_id == OFFICER_ID
    with pytest.raises(AccessDenied):
        await console.redeem(token)
    stale = await console.issue_link_token(OFFICER_ID, now=utcnow() - timedelta(minutes=11))
    with pytest.raises(AccessDenied):
        await console.redeem(stale)
    with pytest.raises(AccessDenied):
        await console.issue_link_token(4242)  # not staff
    current = await console.current(opened.session_id)
    assert current is not None
    assert current.csrf_token == opened.signed_in.csrf_token
    assert await console.current(opened.session_id, now=utcnow() + timedelta(minutes=31)) is None
    await console.end(opened.session_id)
    assert await console.current(opened.session_id) is None


async def test_a_removed_officer_loses_her_open_session(database: Database, staff: StaffDirectory) -> None:
    console = ConsoleAccess(database, staff, timedelta(minutes=30))
    await staff.add_officer(ADMIN_ID, 7001, StaffRole.OFFICER)
    opened = await console.redeem(await console.issue_link_token(7001))
    assert await console.current(opened.session_id) is not None
    await staff.remove_officer(ADMIN_ID, 7001)
    assert await console.current(opened.session_id) is None


async def test_queue_filters_list_and_count_the_same_cases(intake: IntakeService, queue: CaseQueue) -> None:
    await file_case(intake, 101, category="unpaid_wages", country="Malaysia", story="gaji di Penang")
    await file_case(intake, 102, category="violence", country="Arab Saudi", urgent=True)
    await file_case(intake, 103, category="documents_kept", country="Malaysia", story="paspor di agensi")
    base = CaseFilter(limit=None)
    past, soon = utcnow() - timedelta(hours=1), utcnow() + timedelta(minutes=1)
    cases = {
        "violence": replace(base, category=CaseCategory.VIOLENCE),
        "malaysia": replace(base, country_code="MY"),
        "text": replace(base, text="penang"),
        "urgent": replace(base, priority=CasePriority.URGENT),
        # Nobody has claimed or answered anything yet.
        "sla urgent": replace(base, sla_breached=(soon, past)),
        "sla unanswered": replace(base, sla_breached=(past, soon)),
        "sla none": replace(base, sla_breached=(past, past)),
    }
    everything = (await queue.queue_page(OFFICER_ID, base)).cases
    urgent = sum(1 for case in everything if case.priority is CasePriority.URGENT)  # triage may add some
    assert urgent >= 1
    expected = {
        "violence": 1,
        "malaysia": 2,
        "text": 1,
        "urgent": urgent,
        "sla urgent": urgent,
        "sla unanswered": 3,
        "sla none": 0,
    }
    for name, wanted in cases.items():
        page = await queue.queue_page(OFFICER_ID, wanted)
        assert (len(page.cases), page.total) == (expected[name], expected[name]), name
    newest = await queue.queue_page(OFFICER_ID, replace(base, order="newest"))
    assert [case.complainant_user_id for case in newest.cases] == [103, 102, 101]


async def test_report_rows_carry_the_first_staff_reply(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 111)
    await queue.staff_reply(OFFICER_ID, case.id, "Kami hubungi agensi.", update_key=None)
    await queue.staff_reply(OFFICER_ID, case.id, "Sudah ada kabar?", update_key=None)
    (row,) = await queue.report_rows(OFFICER_ID, utcnow() - timedelta(days=1), utcnow() + timedelta(days=1))
    assert row.first_response_at is not None
    assert row.created_at <= row.first_response_at <= utcnow()
    assert row.province_code == "ID-JI"
